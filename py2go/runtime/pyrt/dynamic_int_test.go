package pyrt

import "testing"

func TestDynInt(t *testing.T) {
	// Expectations printed by CPython 3.11: int(v) for each v.
	cases := []struct {
		v    any
		want string
	}{
		{nil, "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"},
		{" 42 ", "42"},
		{"4.5", "ValueError: invalid literal for int() with base 10: '4.5'"},
		{4.9, "4"},
		{-4.9, "-4"},
		{true, "1"},
		{[]any{1}, "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'"},
	}
	for _, c := range cases {
		n, err := DynInt(c.v)
		got := Str(n)
		if err != nil {
			got = ExcName(err) + ": " + ExcStr(err)
		}
		if got != c.want {
			t.Errorf("int(%s) = %q, want %q", Repr(c.v), got, c.want)
		}
	}
}

func TestOptValueInDict(t *testing.T) {
	// {"last": None, "n": "x"} stored in a dict[str, Any]: repr {'last': None, 'n': 'x'}
	var none *string
	d := DictOf(Tuple2[string, any]{"last", OptValue(none)}, Tuple2[string, any]{"n", OptValue(Ptr("x"))})
	if Repr(d) != "{'last': None, 'n': 'x'}" {
		t.Errorf("got %s", Repr(d))
	}
}

// Expectations printed by CPython 3.11.
func TestDynFloat(t *testing.T) {
	runPyCases(t, []pyCase{
		{`float('1.5')`, func() string { v, err := DynFloat("1.5"); return dynOut(v, err) }, "1.5"},
		{`float(' 2 ')`, func() string { v, err := DynFloat(" 2 "); return dynOut(v, err) }, "2.0"},
		{`float(True)`, func() string { v, err := DynFloat(true); return dynOut(v, err) }, "1.0"},
		{`float(3)`, func() string { v, err := DynFloat(3); return dynOut(v, err) }, "3.0"},
		{`float('x')`, func() string { v, err := DynFloat("x"); return dynOut(v, err) }, "ValueError: could not convert string to float: 'x'"},
		{`float(None)`, func() string { v, err := DynFloat(nil); return dynOut(v, err) }, "TypeError: float() argument must be a string or a real number, not 'NoneType'"},
	})
}

func dynOut(v float64, err error) string {
	if err != nil {
		return ExcName(err) + ": " + ExcStr(err)
	}
	return Repr(v)
}
