package pyrt

import (
	"errors"
	"os"
	"testing"
)

// scriptExc stands for a generated script exception class that stores its __cause__.
type scriptExc struct{ cause error }

func (e *scriptExc) Error() string          { return "bad row" }
func (e *scriptExc) PyKinds() []string      { return []string{"BadRow", "Exception", "BaseException"} }
func (e *scriptExc) PyCause() error         { return e.cause }
func (e *scriptExc) SetPyCause(cause error) { e.cause = cause }

func attrPanic(t *testing.T, f func()) string {
	t.Helper()
	var msg string
	func() {
		defer func() {
			if e, ok := recover().(*Exception); ok && e.Kind == "AttributeError" {
				msg = e.Msg
			}
		}()
		f()
	}()
	return msg
}

// Expectations from CPython 3.11: `raise X from e` then X.__cause__, e.msg / e.lineno.
func TestRaiseFromCause(t *testing.T) {
	cause := NewError("ValueError", "invalid literal for int() with base 10: 'x'")
	s := &scriptExc{}
	if got := RaiseFrom(s, cause); got != error(s) || ExcCause(s) != error(cause) {
		t.Fatalf("script class: %v", ExcCause(s))
	}
	b := NewError("RuntimeError", "wrapped")
	if RaiseFrom(b, cause) != error(b) || ExcCause(b) != error(cause) || ExcName(ExcCause(b)) != "ValueError" {
		t.Fatal("builtin exception")
	}
	if ExcCause(NewError("KeyError", "'k'")) != nil || ExcCause(&scriptExc{}) != nil {
		t.Fatal("no cause is None")
	}
	_, err := os.Open("/nonexistent/x")
	c := RaiseFrom(err, cause) // a Go error re-raised: wrapped, still the same exception
	if ExcCause(c) != error(cause) || ExcName(c) != "FileNotFoundError" || !errors.Is(c, err) {
		t.Fatalf("go error: %v %s", ExcCause(c), ExcName(c))
	}
	if ExcCause(RaiseFrom(c, nil)) != nil { // `raise e from None`
		t.Fatal("from None")
	}
	if ExcStr(c) != "[Errno 2] No such file or directory: '/nonexistent/x'" {
		t.Fatalf("str: %q", ExcStr(c))
	}
}

func TestExcMsgLineno(t *testing.T) {
	_, err := JSONLoads[any]("{\"a\": 1,\n \"b\" 2}")
	if ExcMsg(err) != "Expecting ':' delimiter" || *ExcLineno(err) != 2 {
		t.Fatalf("json: %q %v", ExcMsg(err), ExcLineno(err))
	}
	syn := NewError("SyntaxError", "line 3: bad")
	if ExcMsg(syn) != "line 3: bad" || ExcLineno(syn) != nil || ExcStr(syn) != "line 3: bad" {
		t.Fatal("SyntaxError")
	}
	if ExcMsg(NewError("IndentationError", "x")) != "x" {
		t.Fatal("subclass of SyntaxError")
	}
	cases := []struct {
		err  error
		want string
	}{
		{NewError("ValueError", "x"), "'ValueError' object has no attribute 'msg'"},
		{NewError("KeyError", "'k'"), "'KeyError' object has no attribute 'msg'"},
	}
	for _, c := range cases {
		if got := attrPanic(t, func() { ExcMsg(c.err) }); got != c.want {
			t.Errorf("msg of %v: %q", c.err, got)
		}
	}
	_, err = os.Open("/nonexistent/x")
	if got := attrPanic(t, func() { ExcLineno(err) }); got != "'FileNotFoundError' object has no attribute 'lineno'" {
		t.Errorf("lineno: %q", got)
	}
}

// moduleExc is an exception class of an imported local module: tracebacks name it module.Class.
type moduleExc struct{}

func (e *moduleExc) Error() string { return "no host db9" }
func (e *moduleExc) PyKinds() []string {
	return []string{"fleet.FleetError", "FleetError", "Exception", "BaseException"}
}

// CPython 3.11: repr(e) is "FleetError('no host db9')", type(e).__name__ "FleetError", the
// traceback's last line "fleet.FleetError: no host db9".
func TestModuleExceptionNames(t *testing.T) {
	e := &moduleExc{}
	if ExcRepr(e) != "FleetError('no host db9')" || ExcTypeName(e) != "FleetError" || ExcName(e) != "fleet.FleetError" {
		t.Fatalf("%q %q %q", ExcRepr(e), ExcTypeName(e), ExcName(e))
	}
	if !IsKind(e, "FleetError") || !IsKind(e, "Exception") {
		t.Fatal("IsKind")
	}
}
