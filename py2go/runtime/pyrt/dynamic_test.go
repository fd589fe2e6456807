package pyrt

import "testing"

// Expectations printed by CPython 3.11.
func TestDynIsInstance(t *testing.T) {
	runPyCases(t, []pyCase{
		{`isinstance(True, int)`, func() string { return Repr(DynIsInstance(true, "int")) }, "True"},
		{`isinstance(1, int)`, func() string { return Repr(DynIsInstance(1, "int")) }, "True"},
		{`isinstance(1.5, (int, float))`, func() string { return Repr(DynIsInstance(1.5, "int", "float")) }, "True"},
		{`isinstance("s", str)`, func() string { return Repr(DynIsInstance("s", "str")) }, "True"},
		{`isinstance(None, dict)`, func() string { return Repr(DynIsInstance(nil, "dict")) }, "False"},
		{`isinstance([], list)`, func() string { return Repr(DynIsInstance([]any{}, "list")) }, "True"},
		{`isinstance({}, dict)`, func() string { return Repr(DynIsInstance(NewDict[string, any](), "dict")) }, "True"},
		{`isinstance(1, float)`, func() string { return Repr(DynIsInstance(1, "float")) }, "False"},
		{`isinstance(False, bool)`, func() string { return Repr(DynIsInstance(false, "bool")) }, "True"},
	})
}

func TestOptAny(t *testing.T) {
	s := "x"
	runPyCases(t, []pyCase{
		{`repr(None)`, func() string { return Repr(OptAny[string](nil)) }, "None"},
		{`repr('x')`, func() string { return Repr(OptAny(&s)) }, "'x'"},
	})
}
