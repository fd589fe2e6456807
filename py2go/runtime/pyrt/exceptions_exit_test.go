package pyrt

import "testing"

func TestNewSystemExit(t *testing.T) {
	// raise SystemExit("bad") -> stderr "bad", status 1; SystemExit(3) -> 3; SystemExit() -> 0 (CPython 3.11)
	cases := []struct {
		arg  any
		code int
		str  string
	}{{"bad", 1, "bad"}, {3, 3, "3"}, {nil, 0, ""}}
	for _, c := range cases {
		e := NewSystemExit(c.arg)
		if e.Code != c.code || ExcStr(e) != c.str || IsKind(e, "Exception") || !IsKind(e, "SystemExit") {
			t.Errorf("SystemExit(%v): code %d str %q", c.arg, e.Code, ExcStr(e))
		}
	}
}
