package pyrt

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
)

func fileContent(t *testing.T, f *os.File) string {
	t.Helper()
	b, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func tempFile(t *testing.T) *os.File {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "s")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestStreamBlockBuffered(t *testing.T) {
	t.Setenv("PYTHONUNBUFFERED", "")
	f := tempFile(t)
	s := NewStream(f, false)
	var _ io.Writer = s
	s.WriteString("line\n")
	if got := fileContent(t, f); got != "" {
		t.Fatalf("block-buffered stream wrote early: %q", got)
	}
	s.Write(bytes.Repeat([]byte("x"), 9000))
	if got := fileContent(t, f); len(got) < 8192 {
		t.Fatalf("expected a flush after 8 KiB, have %d bytes", len(got))
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if got := fileContent(t, f); got != "line\n"+strings.Repeat("x", 9000) {
		t.Fatalf("content %d bytes", len(got))
	}
}

func TestStreamLineBuffered(t *testing.T) {
	t.Setenv("PYTHONUNBUFFERED", "")
	f := tempFile(t)
	s := NewStream(f, true)
	s.WriteString("partial")
	if got := fileContent(t, f); got != "" {
		t.Fatalf("wrote before newline: %q", got)
	}
	s.WriteString(" line\nmore")
	if got := fileContent(t, f); got != "partial line\nmore" {
		t.Fatalf("line-buffered: %q", got)
	}
}

func TestStreamUnbuffered(t *testing.T) {
	t.Setenv("PYTHONUNBUFFERED", "1")
	f := tempFile(t)
	s := NewStream(f, false)
	s.WriteString("x")
	if got := fileContent(t, f); got != "x" {
		t.Fatalf("PYTHONUNBUFFERED: %q", got)
	}
}

func TestPrintAndFprint(t *testing.T) {
	t.Setenv("PYTHONUNBUFFERED", "")
	f := tempFile(t)
	old := Stdout
	Stdout = NewStream(f, false)
	defer func() { Stdout = old }()
	// print('a', 1, 2.0, None, True, [1, 'x'], {'k': (1, 2)})
	Print("a", 1, 2.0, nil, true, []any{1, "x"}, DictOf(Tuple2[string, Tuple2[int, int]]{"k", Tuple2[int, int]{1, 2}}))
	Print()
	Stdout.Flush()
	if got := fileContent(t, f); got != "a 1 2.0 None True [1, 'x'] {'k': (1, 2)}\n\n" {
		t.Errorf("Print: %q", got)
	}
	var b bytes.Buffer
	// print('a', 'b', sep='-', end='!')
	Fprint(&b, "-", "!", "a", "b")
	// print(sep='-', end='')
	Fprint(&b, "-", "")
	// print(1.5, [], sep='', end='\n')
	Fprint(&b, "", "\n", 1.5, []int{})
	if b.String() != "a-b!1.5[]\n" {
		t.Errorf("Fprint: %q", b.String())
	}
}

func TestFprintError(t *testing.T) {
	f := tempFile(t)
	f.Close()
	err := func() (err error) {
		defer Catch(&err)
		Fprint(f, " ", "\n", "x")
		return nil
	}()
	if !IsKind(err, "ValueError") || ExcStr(err) != "I/O operation on closed file." {
		t.Errorf("write to closed file: %v", err)
	}
}

// print("x", end=" ", flush=True) on a block-buffered stdout is in the file at once; without
// flush it waits in the buffer, as in CPython writing to a pipe.
func TestFprintFlush(t *testing.T) {
	t.Setenv("PYTHONUNBUFFERED", "")
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	s := NewStream(f, false)
	FprintFlush(s, false, " ", " ", "a")
	if got := fileContent(t, f); got != "" {
		t.Errorf("flush=False wrote %q", got)
	}
	FprintFlush(s, true, " ", " ", "b", 1)
	if got := fileContent(t, f); got != "a b 1 " {
		t.Errorf("flush=True: got %q", got)
	}
}
