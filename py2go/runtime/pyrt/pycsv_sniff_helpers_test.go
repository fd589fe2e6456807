package pyrt

import (
	"os"
	"path/filepath"
	"testing"
)

func sniffVerdict(sample string, delimiters *string) string {
	d, err := CSVSniffer{}.Sniff(sample, delimiters)
	if err != nil {
		panic(err)
	}
	return Repr(Tuple5[string, string, bool, bool, string]{d.Delimiter, d.Quotechar, *d.Doublequote, d.Skipinitialspace, d.Lineterminator})
}

func sniffHeader(sample string) string {
	ok, err := CSVSniffer{}.HasHeader(sample)
	if err != nil {
		panic(err)
	}
	return Repr(ok)
}

// f.read(n) then f.seek(0) on text files, as CPython 3.11 reads them:
// open(p, newline="").read(3) etc. (universal newlines apply to read()).
func TestReadTextNAndSeek(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(p, []byte("ab\r\ncd\ré€x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	read := func(n int) string {
		s, err := ReadTextN(f, n)
		if err != nil {
			panic(err)
		}
		return s
	}
	runPyCases(t, []pyCase{
		// f = open(p); [f.read(3), f.read(4), f.read(100), f.read(5)]
		{"f.read(3)", func() string { return Repr(read(3)) }, `'ab\n'`},
		{"f.read(4)", func() string { return Repr(read(4)) }, `'cd\né'`},
		{"f.read(100)", func() string { return Repr(read(100)) }, `'€x\n'`},
		{"f.read(5) at EOF", func() string { return Repr(read(5)) }, `''`},
		{"f.seek(0)", func() string { n, _ := Seek(f, 0); return i2s(n) }, "0"},
		{"f.read(0)", func() string { return Repr(read(0)) }, `''`},
		{"f.read(-1)", func() string { return Repr(read(-1)) }, `'ab\ncd\né€x\n'`},
		{"f.seek(-1)", func() string { n, _ := Seek(f, -1); return i2s(n) }, "panic:ValueError: negative seek position -1"},
	})
}
