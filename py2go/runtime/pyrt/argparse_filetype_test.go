package pyrt

import (
	"os"
	"path/filepath"
	"testing"
)

// Expectations printed by CPython 3.11 (argparse.FileType("r")("nope.log") and friends).
func TestArgFileType(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "nope.log")
	if _, err := ArgFileType("r")(missing); err == nil || ExcName(err) != "ArgumentTypeError" ||
		ExcStr(err) != "can't open '"+missing+"': [Errno 2] No such file or directory: '"+missing+"'" {
		t.Errorf("missing file: %v", err)
	}
	if v, err := ArgFileType("r")("-"); err != nil || v != os.Stdin {
		t.Errorf("- for reading: %v %v", v, err)
	}
	if _, err := ArgFileType("")("-"); err == nil || ExcStr(err) != `argument "-" with mode ''` {
		t.Errorf("- with mode '': %v", err)
	}
	out := filepath.Join(dir, "out.txt")
	v, err := ArgFileType("w")(out)
	if err != nil {
		t.Fatal(err)
	}
	f := v.(*os.File)
	_ = WriteString(f, "x\n")
	_ = f.Close()
	if b, _ := os.ReadFile(out); string(b) != "x\n" {
		t.Errorf("written: %q", b)
	}
	if v, err := ArgTypeErrFunc(DatetimeFromIsoformat)("yesterday"); err == nil || v != nil ||
		ExcStr(err) != "Invalid isoformat string: 'yesterday'" {
		t.Errorf("fromisoformat as type=: %v %v", v, err)
	}
}

// nargs="+" with type=FileType: args.logs is a list of files.
func TestNsGetLibraryList(t *testing.T) {
	ns := NewNamespace()
	ns.Set("logs", []any{os.Stdin, os.Stdout})
	got := NsGet[[]*os.File](ns, "logs")
	if len(got) != 2 || got[0] != os.Stdin || got[1] != os.Stdout {
		t.Errorf("got %v", got)
	}
}
