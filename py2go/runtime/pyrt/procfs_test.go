package pyrt

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestShlex(t *testing.T) {
	for _, c := range shlexSplitCases {
		got, err := ShlexSplit(c.in)
		if c.err != "" {
			if err == nil || ExcStr(err) != c.err {
				t.Errorf("ShlexSplit(%q) err = %v, want %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, c.out) {
			t.Errorf("ShlexSplit(%q) = %q, %v; want %q", c.in, got, err, c.out)
		}
	}
	for _, c := range shlexQuoteCases {
		if got := ShlexQuote(c[0]); got != c[1] {
			t.Errorf("ShlexQuote(%q) = %q, want %q", c[0], got, c[1])
		}
	}
	if got := ShlexJoin([]string{"a b", "c"}); got != "'a b' c" {
		t.Errorf("ShlexJoin = %q", got)
	}
}

func TestOsPath(t *testing.T) {
	for _, c := range osPathCases {
		ext := PathSplitext(c[0])
		got := []string{c[0], PathBasename(c[0]), PathDirname(c[0]), ext.V0, ext.V1, PathNormpath(c[0])}
		if !reflect.DeepEqual(got, c) {
			t.Errorf("os.path on %q: got %q, want %q", c[0], got, c)
		}
	}
	for _, c := range pathJoinCases {
		n := len(c) - 1
		if got := PathJoin(c[0], c[1:n]...); got != c[n] {
			t.Errorf("PathJoin(%q) = %q, want %q", c[:n], got, c[n])
		}
	}
}

func TestFnmatch(t *testing.T) {
	for _, c := range fnmatchCases {
		if got := Fnmatch(c.name, c.pat); got != c.want {
			t.Errorf("Fnmatch(%q, %q) = %v, want %v", c.name, c.pat, got, c.want)
		}
	}
}

func TestPathlib(t *testing.T) {
	for _, c := range pathlibCases {
		p := NewPath(c[0])
		got := []string{c[0], p.Str(), p.Name(), p.Stem(), p.Suffix(), p.Parent().Str(), p.PyRepr()}
		if !reflect.DeepEqual(got, c) {
			t.Errorf("Path(%q): got %q, want %q", c[0], got, c)
		}
	}
	if NewPath("a", "b") != NewPath("a/b/") || Str(NewPath("x").Join("/etc", "y")) != "/etc/y" {
		t.Errorf("interning / join")
	}
	if !Lt(NewPath("a/b"), NewPath("a.b")) { // parts compare: ["a","b"] < ["a.b"]
		t.Errorf("path ordering by parts")
	}
}

func TestCSV(t *testing.T) {
	for _, c := range csvReadCases {
		rows, err := NewCSVReader(strings.NewReader(c.in), CSVDialect{}).ReadAll()
		if c.err != "" {
			if err == nil || ExcStr(err) != c.err || ExcName(err) != "_csv.Error" {
				t.Errorf("csv %q: err %v, want %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(rows, c.rows) {
			t.Errorf("csv %q: got %q %v, want %q", c.in, rows, err, c.rows)
		}
	}
	for _, c := range csvWriteCases {
		var b bytes.Buffer
		err := NewCSVWriter(&b, CSVDialect{Quoting: c.quoting, Delimiter: c.delim, Lineterminator: c.lt}).WriteRow(c.row)
		if err != nil || b.String() != c.want {
			t.Errorf("writerow %v: got %q %v, want %q", c.row, b.String(), err, c.want)
		}
	}
}

func TestFsOps(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "a", "b")
	if err := Makedirs(sub, false); err != nil {
		t.Fatal(err)
	}
	if err := Makedirs(sub, false); err == nil || ExcStr(err) != "[Errno 17] File exists: '"+sub+"'" {
		t.Errorf("makedirs twice: %v", err)
	}
	if err := Unlink(sub); ExcName(err) != "IsADirectoryError" {
		t.Errorf("unlink dir: %v", ExcName(err))
	}
	if err := Rmdir(filepath.Join(dir, "a")); ExcStr(err) != "[Errno 39] Directory not empty: '"+filepath.Join(dir, "a")+"'" {
		t.Errorf("rmdir: %v", ExcStr(err))
	}
	if err := os.WriteFile(filepath.Join(sub, "x.log"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".hidden.log"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := Glob(dir+"/**/*.log", true)
	if !reflect.DeepEqual(got, []string{dir + "/a/b/x.log"}) {
		t.Errorf("glob: %q", got)
	}
	w := NewWalk(dir)
	var roots []string
	for w.Next() {
		roots = append(roots, w.Root)
	}
	if len(roots) != 3 {
		t.Errorf("walk: %q", roots)
	}
	if err := Rmtree(filepath.Join(dir, "missing"), false); ExcName(err) != "FileNotFoundError" {
		t.Errorf("rmtree missing: %v", err)
	}
}

func TestProc(t *testing.T) {
	cp, err := Run(ProcOpts{Args: []string{"sh", "-c", "printf 'a\\r\\nb'; echo e >&2; exit 3"}, Capture: true, Text: true})
	if err != nil || cp.Returncode != 3 || cp.Stdout != "a\nb" || cp.Stderr != "e\n" {
		t.Errorf("run: %+v %v", cp, err)
	}
	_, err = Run(ProcOpts{Args: []string{"false"}, Check: true})
	if ExcStr(err) != "Command '['false']' returned non-zero exit status 1." || !IsKind(err, "CalledProcessError") ||
		ExcName(err) != "subprocess.CalledProcessError" || ProcErrReturncode(err) != 1 {
		t.Errorf("check: %v", err)
	}
	cp, _ = Run(ProcOpts{Args: []string{"sh", "-c", "kill -9 $$"}})
	if cp.Returncode != -9 {
		t.Errorf("signal: %d", cp.Returncode)
	}
	_, err = Run(ProcOpts{Args: []string{"sh", "-c", "kill -9 $$"}, Check: true})
	if ExcStr(err) != "Command '['sh', '-c', 'kill -9 $$']' died with <Signals.SIGKILL: 9>." {
		t.Errorf("signal msg: %v", ExcStr(err))
	}
	_, err = Run(ProcOpts{Args: []string{"no-such-cmd-xyz"}})
	if ExcStr(err) != "[Errno 2] No such file or directory: 'no-such-cmd-xyz'" || ExcName(err) != "FileNotFoundError" {
		t.Errorf("missing: %v", err)
	}
	_, err = Run(ProcOpts{Args: []string{"sleep", "5"}, Capture: true, HasTimeout: true, Timeout: 0.1, TimeoutText: "0.1"})
	if ExcStr(err) != "Command '['sleep', '5']' timed out after 0.1 seconds" || !IsKind(err, "TimeoutExpired") {
		t.Errorf("timeout: %v", err)
	}
	in := "b\na\n"
	out, err := CheckOutput(ProcOpts{Args: []string{"sort"}, Input: &in, Text: true})
	if out != "a\nb\n" || err != nil {
		t.Errorf("input: %q %v", out, err)
	}
	p, err := StartPopen(ProcOpts{Args: []string{"cat"}, Stdin: PIPE, Stdout: PIPE, Text: true})
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Communicate(&in, nil)
	if err != nil || res.V0 != in || p.Returncode != 0 {
		t.Errorf("communicate: %v %v", res, err)
	}
}

// shlex.split(s, comments=True) as printed by CPython 3.11.
func TestShlexComments(t *testing.T) {
	cases := []struct {
		in  string
		out []string
		err string
	}{
		{"a # b c", []string{"a"}, ""},
		{"a#b c", []string{"a"}, ""},
		{"x '#q' y # z", []string{"x", "#q", "y"}, ""},
		{`one\#two`, []string{"one#two"}, ""},
		{"l1 # c1\nl2 x#\nl3", []string{"l1", "l2", "x", "l3"}, ""},
		{"# only", []string{}, ""},
		{`"a" # "unterminated`, []string{"a"}, ""},
		{"a 'b # c", nil, "No closing quotation"},
	}
	for _, c := range cases {
		got, err := ShlexSplitComments(c.in, true)
		if c.err != "" {
			if err == nil || ExcStr(err) != c.err {
				t.Errorf("ShlexSplitComments(%q) err = %v, want %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, c.out) {
			t.Errorf("ShlexSplitComments(%q) = %q, %v; want %q", c.in, got, err, c.out)
		}
	}
}
