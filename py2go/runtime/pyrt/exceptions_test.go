package pyrt

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"testing"
)

type configError struct{ msg string }

func (e *configError) Error() string { return e.msg }
func (e *configError) PyKinds() []string {
	return []string{"ConfigError", "ValueError", "Exception", "BaseException"}
}

func TestExceptionBasics(t *testing.T) {
	e := NewError("ValueError", "bad")
	if e.Error() != "ValueError: bad" || NewError("ValueError", "").Error() != "ValueError" {
		t.Fatalf("Error(): %q", e.Error())
	}
	inner := errors.New("inner")
	w := Wrap("OSError", "wrapped", inner)
	if !errors.Is(w, inner) || w.Unwrap() != inner {
		t.Fatal("Wrap/Unwrap")
	}
	func() {
		defer func() {
			r := recover()
			if ex, ok := r.(*Exception); !ok || ex.Kind != "TypeError" || ex.Msg != "m" {
				t.Fatalf("Throw: %v", r)
			}
		}()
		Throw("TypeError", "m")
	}()
}

func TestIsKind(t *testing.T) {
	_, openErr := os.Open("/nonexistent/x.txt")
	_, dirErr := os.ReadFile("/")
	mkErr := os.Mkdir(os.TempDir(), 0o755)
	_, notDirErr := os.Open("/etc/passwd/x")
	_, numErr := strconv.Atoi("x")
	exitErr := exec.Command("false").Run()
	_, lookErr := exec.LookPath("no-such-command-xyz")
	type tc struct {
		err  error
		kind string
		want bool
	}
	cases := []tc{
		{NewError("KeyError", "'k'"), "KeyError", true},
		{NewError("KeyError", "'k'"), "LookupError", true},
		{NewError("KeyError", "'k'"), "Exception", true},
		{NewError("KeyError", "'k'"), "BaseException", true},
		{NewError("KeyError", "'k'"), "IndexError", false},
		{NewError("ZeroDivisionError", ""), "ArithmeticError", true},
		{NewError("UnicodeDecodeError", ""), "ValueError", true},
		{NewError("UnicodeDecodeError", ""), "UnicodeError", true},
		{NewError("FileNotFoundError", ""), "IOError", true},
		{NewError("FileNotFoundError", ""), "EnvironmentError", true},
		{NewError("BrokenPipeError", ""), "ConnectionError", true},
		{NewError("RecursionError", ""), "RuntimeError", true},
		{NewError("ModuleNotFoundError", ""), "ImportError", true},
		{NewError("CustomThing", ""), "Exception", true},
		{&SystemExit{Code: 1}, "SystemExit", true},
		{&SystemExit{Code: 1}, "BaseException", true},
		{&SystemExit{Code: 1}, "Exception", false},
		{NewError("KeyboardInterrupt", ""), "Exception", false},
		{&configError{"x"}, "ConfigError", true},
		{&configError{"x"}, "ValueError", true},
		{&configError{"x"}, "KeyError", false},
		{fmt.Errorf("ctx: %w", &configError{"x"}), "ConfigError", true},
		{openErr, "FileNotFoundError", true},
		{openErr, "OSError", true},
		{openErr, "IOError", true},
		{openErr, "PermissionError", false},
		{fmt.Errorf("while loading: %w", openErr), "FileNotFoundError", true},
		{dirErr, "IsADirectoryError", true},
		{mkErr, "FileExistsError", true},
		{notDirErr, "NotADirectoryError", true},
		{fs.ErrNotExist, "FileNotFoundError", true},
		{fs.ErrPermission, "PermissionError", true},
		{syscall.EACCES, "PermissionError", true},
		{syscall.ENOSPC, "OSError", true},
		{&os.SyscallError{Syscall: "x", Err: syscall.EPIPE}, "BrokenPipeError", true},
		{numErr, "ValueError", true},
		{io.EOF, "EOFError", true},
		{io.ErrUnexpectedEOF, "EOFError", true},
		{exitErr, "CalledProcessError", true},
		{exitErr, "SubprocessError", true},
		{lookErr, "FileNotFoundError", true},
		{errors.New("plain"), "Exception", true},
		{errors.New("plain"), "ValueError", false},
		{Wrap("RuntimeError", "x", openErr), "FileNotFoundError", false},
		{nil, "Exception", false},
	}
	for i, c := range cases {
		if got := IsKind(c.err, c.kind); got != c.want {
			t.Errorf("case %d: IsKind(%v, %q) = %v", i, c.err, c.kind, got)
		}
	}
}

func TestExcNameStrRepr(t *testing.T) {
	_, openErr := os.Open("/nonexistent/x.txt")
	renErr := os.Rename("/nonexistent/a", "/nonexistent/b")
	mkErr := os.Mkdir("/tmp", 0o755)
	_, dirErr := os.ReadFile("/tmp")
	_, notDir := os.Open("/etc/passwd/x")
	_, quoteErr := os.Stat("it's")
	_, numErr := Atoi("abc")
	type tc struct {
		err                error
		name, str, reprStr string
	}
	// expectations from CPython 3.11: type(e).__name__, str(e), repr(e)
	cases := []tc{
		{openErr, "FileNotFoundError", "[Errno 2] No such file or directory: '/nonexistent/x.txt'", "FileNotFoundError(2, 'No such file or directory')"},
		{renErr, "FileNotFoundError", "[Errno 2] No such file or directory: '/nonexistent/a' -> '/nonexistent/b'", "FileNotFoundError(2, 'No such file or directory')"},
		{mkErr, "FileExistsError", "[Errno 17] File exists: '/tmp'", "FileExistsError(17, 'File exists')"},
		{dirErr, "IsADirectoryError", "[Errno 21] Is a directory: '/tmp'", "IsADirectoryError(21, 'Is a directory')"},
		{notDir, "NotADirectoryError", "[Errno 20] Not a directory: '/etc/passwd/x'", "NotADirectoryError(20, 'Not a directory')"},
		{quoteErr, "FileNotFoundError", `[Errno 2] No such file or directory: "it's"`, "FileNotFoundError(2, 'No such file or directory')"},
		{NewError("KeyError", Repr("k")), "KeyError", "'k'", "KeyError('k')"},
		{NewError("KeyError", ""), "KeyError", "", "KeyError()"},
		{NewError("ValueError", ""), "ValueError", "", "ValueError()"},
		{NewError("ValueError", "x"), "ValueError", "x", "ValueError('x')"},
		{numErr, "ValueError", "invalid literal for int() with base 10: 'abc'", "ValueError(\"invalid literal for int() with base 10: 'abc'\")"},
		{&SystemExit{Code: 3}, "SystemExit", "3", "SystemExit(3)"},
		{&SystemExit{Code: 1, Msg: "m", HasMsg: true}, "SystemExit", "m", "SystemExit('m')"},
		{&SystemExit{none: true}, "SystemExit", "", "SystemExit()"},
		{syscall.EPIPE, "BrokenPipeError", "[Errno 32] Broken pipe", "BrokenPipeError(32, 'Broken pipe')"},
		{&configError{"bad config"}, "ConfigError", "bad config", "ConfigError('bad config')"},
		{errors.New("plain go"), "Exception", "plain go", "Exception('plain go')"},
	}
	for i, c := range cases {
		if g := ExcName(c.err); g != c.name {
			t.Errorf("case %d: ExcName = %q, want %q", i, g, c.name)
		}
		if g := ExcStr(c.err); g != c.str {
			t.Errorf("case %d: ExcStr = %q, want %q", i, g, c.str)
		}
		if g := ExcRepr(c.err); g != c.reprStr {
			t.Errorf("case %d: ExcRepr = %q, want %q", i, g, c.reprStr)
		}
	}
	var ne *strconv.NumError
	if !errors.As(numErr, &ne) {
		t.Error("Atoi error does not unwrap to *strconv.NumError")
	}
}

func TestCalledProcessError(t *testing.T) {
	err := exec.Command("false").Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Skip("false not available")
	}
	e := CalledProcessError([]string{"false"}, ee)
	// str(subprocess.CalledProcessError(1, ['false']))
	if e.Msg != "Command '['false']' returned non-zero exit status 1." || !IsKind(e, "SubprocessError") {
		t.Errorf("got %q", e.Msg)
	}
}

func catchIt(f func()) (err error) {
	defer Catch(&err)
	f()
	return nil
}

func catchAllIt(f func()) (err error) {
	defer CatchAll(&err)
	f()
	return nil
}

func TestCatch(t *testing.T) {
	zero := 0
	var xs []int
	var m map[string]int
	var p *struct{ X int }
	cases := []struct {
		f    func()
		want string
	}{
		{func() { Throw("ValueError", "v") }, "ValueError: v"},
		{func() { _ = 1 / zero }, "ZeroDivisionError: integer division or modulo by zero"},
		{func() { _ = xs[3] }, "IndexError: list index out of range"},
		{func() { m["a"] = 1 }, "TypeError: 'NoneType' object does not support item assignment"},
		{func() { _ = p.X }, "AttributeError: 'NoneType' object has no attribute (nil pointer dereference)"},
		{func() { panic(fs.ErrNotExist) }, "FileNotFoundError: [Errno 2] No such file or directory"},
		{func() { NewDict[string, int]().MustGet("k") }, "KeyError: 'k'"},
		{func() {}, ""},
	}
	for i, c := range cases {
		err := catchIt(c.f)
		got := ""
		if err != nil {
			got = ExcName(err) + ": " + ExcStr(err)
		}
		if got != c.want {
			t.Errorf("case %d: got %q want %q", i, got, c.want)
		}
	}
	// SystemExit passes through Catch but not CatchAll
	func() {
		defer func() {
			if _, ok := recover().(*SystemExit); !ok {
				t.Error("Catch swallowed SystemExit")
			}
		}()
		_ = catchIt(func() { Exit(2) })
	}()
	if err := catchAllIt(func() { Exit(2) }); !IsKind(err, "SystemExit") || err.(*SystemExit).Code != 2 {
		t.Errorf("CatchAll: %v", err)
	}
	// non-error panics are re-panicked
	func() {
		defer func() {
			if r := recover(); r != "bug" {
				t.Errorf("re-panic: %v", r)
			}
		}()
		_ = catchIt(func() { panic("bug") })
	}()
}

func TestExitHelpers(t *testing.T) {
	get := func(f func()) (e *SystemExit) {
		defer func() { e = recover().(*SystemExit) }()
		f()
		return nil
	}
	if e := get(func() { Exit(3) }); e.Code != 3 || e.HasMsg {
		t.Errorf("Exit: %+v", e)
	}
	if e := get(func() { ExitMsg("bye") }); e.Code != 1 || !e.HasMsg || e.Msg != "bye" {
		t.Errorf("ExitMsg: %+v", e)
	}
	if e := get(ExitNone); e.Code != 0 || e.HasMsg || ExcStr(e) != "" {
		t.Errorf("ExitNone: %+v", e)
	}
}

func TestKindAncestors(t *testing.T) {
	got := Repr(KindAncestors("FileNotFoundError"))
	if got != "['FileNotFoundError', 'OSError', 'Exception', 'BaseException']" {
		t.Error(got)
	}
	if got := Repr(KindAncestors("IOError")); got != "['OSError', 'Exception', 'BaseException']" {
		t.Error(got)
	}
}
