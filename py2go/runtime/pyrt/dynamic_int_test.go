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
