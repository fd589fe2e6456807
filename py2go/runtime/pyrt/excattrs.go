package pyrt

import "errors"

// pyCauser is implemented by the script's exception classes when the script reads __cause__:
// the root class of each hierarchy stores the cause `raise X from e` gives it.
type pyCauser interface {
	PyCause() error
	SetPyCause(cause error)
}

// chained carries the __cause__ of an error that has no place to store it (a Go error re-raised
// with `raise e from cause`); it is otherwise that error.
type chained struct{ err, cause error }

func (c *chained) Error() string { return c.err.Error() }
func (c *chained) Unwrap() error { return c.err }

// RaiseFrom is `raise err from cause`: err.__cause__ becomes cause (nil for `from None`), and err is
// what is raised.
func RaiseFrom(err, cause error) error {
	switch e := err.(type) {
	case pyCauser:
		e.SetPyCause(cause)
		return err
	case *Exception:
		e.Cause = cause
		return err
	case *chained:
		return &chained{e.err, cause}
	}
	return &chained{err, cause}
}

// ExcCause is e.__cause__: the exception `raise e from cause` named, nil (None) otherwise.
// Exceptions raised by library code have none here (Python's may chain their own).
func ExcCause(err error) error {
	switch e := err.(type) {
	case pyCauser:
		return e.PyCause()
	case *Exception:
		return e.Cause
	case *chained:
		return e.cause
	}
	return nil
}

// ExcMsg is e.msg: the message of a SyntaxError raised with one, or of a json.JSONDecodeError
// (without its position). Other exceptions have no such attribute: AttributeError, as in Python.
func ExcMsg(err error) string {
	var jd *JSONDecodeError
	if errors.As(err, &jd) {
		return jd.Msg
	}
	if node, _ := pyNode(err); node != nil && IsKind(err, "SyntaxError") {
		if e, ok := node.(*Exception); ok {
			return e.Msg
		}
	}
	panic(noAttribute(err, "msg"))
}

// ExcLineno is e.lineno: a json.JSONDecodeError's line; nil (None) for a SyntaxError raised with
// a message only. Other exceptions have no such attribute: AttributeError, as in Python.
func ExcLineno(err error) *int {
	var jd *JSONDecodeError
	if errors.As(err, &jd) {
		n := jd.Lineno
		return &n
	}
	if IsKind(err, "SyntaxError") {
		return nil
	}
	panic(noAttribute(err, "lineno"))
}

func noAttribute(err error, attr string) *Exception {
	return NewError("AttributeError", "'"+ExcTypeName(err)+"' object has no attribute '"+attr+"'")
}
