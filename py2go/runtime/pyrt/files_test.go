package pyrt

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

func scanAll(sc *bufio.Scanner) string {
	var out []string
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	s := Repr(out)
	if err := sc.Err(); err != nil {
		s += " ERR " + ExcStr(err)
	}
	return s
}

// Expected values: `list(open(path))` and `list(open(path, newline="\n"))`
// (the latter is how sys.stdin splits lines on POSIX) in CPython 3.11.
func TestScanLinesPython(t *testing.T) {
	cases := []struct {
		data, text, raw string
	}{
		{"a\r\nb\rc\nd", `['a\n', 'b\n', 'c\n', 'd']`, `['a\r\n', 'b\rc\n', 'd']`},
		{"\r\r\n\n", `['\n', '\n', '\n']`, `['\r\r\n', '\n']`},
		{"", `[]`, `[]`},
		{"x", `['x']`, `['x']`},
		{"a\r", `['a\n']`, `['a\r']`},
		{"\r", `['\n']`, `['\r']`},
		{"caf\xc3\xa9\r\nna\xc3\xafve", `['café\n', 'naïve']`, `['café\r\n', 'naïve']`},
		{"a\x85b\n", `[] ERR 'utf-8' codec can't decode byte 0x85 in position 1: invalid start byte`, `[] ERR 'utf-8' codec can't decode byte 0x85 in position 1: invalid start byte`},
		{"a\x0cb\n", `['a\x0cb\n']`, `['a\x0cb\n']`},
		{"abc\ndef\n\xffgh\n", `[] ERR 'utf-8' codec can't decode byte 0xff in position 8: invalid start byte`, ""},
		{"abc\n\xe2\x82\n", `[] ERR 'utf-8' codec can't decode bytes in position 4-5: invalid continuation byte`, ""},
		{"abc\n\xed\xa0\x80\n", `[] ERR 'utf-8' codec can't decode byte 0xed in position 4: invalid continuation byte`, ""},
		{"abc\n\xf0\x9f\x98\n", `[] ERR 'utf-8' codec can't decode bytes in position 4-6: invalid continuation byte`, ""},
	}
	for i, c := range cases {
		readers := map[string]func() io.Reader{
			"plain":   func() io.Reader { return strings.NewReader(c.data) },
			"onebyte": func() io.Reader { return iotest.OneByteReader(strings.NewReader(c.data)) },
			"half":    func() io.Reader { return iotest.HalfReader(strings.NewReader(c.data)) },
		}
		for name, mk := range readers {
			if got := scanAll(NewScanner(mk())); got != c.text {
				t.Errorf("case %d (%s): text got %s want %s", i, name, got, c.text)
			}
			if c.raw != "" {
				if got := scanAll(NewRawScanner(mk())); got != c.raw {
					t.Errorf("case %d (%s): raw got %s want %s", i, name, got, c.raw)
				}
			}
		}
		// the stateless SplitFunc agrees when the error is on the first line
		sc := bufio.NewScanner(iotest.OneByteReader(strings.NewReader(c.data)))
		sc.Split(ScanLines)
		if got := scanAll(sc); !strings.Contains(c.text, "ERR") && got != c.text {
			t.Errorf("case %d: ScanLines got %s want %s", i, got, c.text)
		}
	}
}

// Large inputs: CPython decodes 8 KiB chunks, so the error position is
// relative to the chunk and lines of the failing chunk are not returned.
func TestScanLinesChunks(t *testing.T) {
	line := strings.Repeat("x", 99) + "\n"
	cases := []struct {
		data  string
		lines int
		err   string
	}{
		// (b'x'*99+b'\n')*90 + b'\xff\n'
		{strings.Repeat(line, 90) + "\xff\n", 81, "'utf-8' codec can't decode byte 0xff in position 808: invalid start byte"},
		// (b'x'*99+b'\n')*81 + b'ab\xe2\x82'
		{strings.Repeat(line, 81) + "ab\xe2\x82", 81, "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
		// b'a'*8191 + b'\xe2\x82\xac\n' + b'\xe2\x28\n'
		{strings.Repeat("a", 8191) + "\xe2\x82\xac\n\xe2\x28\n", 0, "'utf-8' codec can't decode byte 0xe2 in position 4: invalid continuation byte"},
		{strings.Repeat(line, 200), 200, ""},
	}
	for i, c := range cases {
		for _, one := range []bool{false, true} {
			var r io.Reader = strings.NewReader(c.data)
			if one {
				r = iotest.OneByteReader(r)
			}
			sc := NewScanner(r)
			n := 0
			for sc.Scan() {
				n++
			}
			errS := ""
			if err := sc.Err(); err != nil {
				errS = ExcStr(err)
				if !IsKind(err, "UnicodeDecodeError") || !IsKind(err, "ValueError") {
					t.Errorf("case %d: kind %s", i, ExcName(err))
				}
			}
			if n != c.lines || errS != c.err {
				t.Errorf("case %d: got %d lines, %q; want %d, %q", i, n, errS, c.lines, c.err)
			}
		}
	}
}

func TestCRAcrossBuffers(t *testing.T) {
	data := strings.Repeat("y", 4095) + "\r\n" + "z\r" + strings.Repeat("w", 5000) + "\r"
	for _, r := range []io.Reader{strings.NewReader(data), iotest.OneByteReader(strings.NewReader(data)), iotest.DataErrReader(strings.NewReader(data))} {
		got, err := ReadLines(r)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{strings.Repeat("y", 4095) + "\n", "z\n", strings.Repeat("w", 5000) + "\n"}
		if !Equal(got, want) {
			t.Errorf("got %d lines %q", len(got), Slice(got, 0, 2))
		}
	}
}

func TestReadTextAndDecode(t *testing.T) {
	s, err := ReadText(strings.NewReader("a\r\nb\rc\n"))
	if err != nil || s != "a\nb\nc\n" {
		t.Errorf("ReadText: %q %v", s, err)
	}
	// open(p).read() reports the absolute position (whole file decoded at once)
	line := strings.Repeat("x", 99) + "\n"
	_, err = ReadText(strings.NewReader(strings.Repeat(line, 90) + "\xff\n"))
	if ExcStr(err) != "'utf-8' codec can't decode byte 0xff in position 9000: invalid start byte" {
		t.Errorf("ReadText err: %v", err)
	}
	_, err = DecodeText([]byte("ab\xe2\x82"))
	if ExcStr(err) != "'utf-8' codec can't decode bytes in position 2-3: unexpected end of data" {
		t.Errorf("DecodeText err: %v", err)
	}
	_, err = DecodeText([]byte("\xc0\x80"))
	if ExcStr(err) != "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte" {
		t.Errorf("DecodeText err: %v", err)
	}
	ls, err := ReadLines(bytes.NewReader([]byte("l1\nl2")))
	if err != nil || Repr(ls) != "['l1\\n', 'l2']" {
		t.Errorf("ReadLines: %v %v", ls, err)
	}
	ls, err = ReadLines(strings.NewReader(""))
	if err != nil || len(ls) != 0 {
		t.Errorf("ReadLines empty: %v %v", ls, err)
	}
}

func TestLongLine(t *testing.T) {
	long := strings.Repeat("q", 200000)
	got, err := ReadLines(strings.NewReader(long + "\nend"))
	if err != nil || len(got) != 2 || got[0] != long+"\n" {
		t.Errorf("long line: %d %v", len(got), err)
	}
}

// f.close() twice is fine in Python.
func TestCloseFileTwice(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "x"))
	if err != nil {
		t.Fatal(err)
	}
	if err := CloseFile(f); err != nil {
		t.Fatal(err)
	}
	if err := CloseFile(f); err != nil {
		t.Errorf("second close: %v", err)
	}
}
