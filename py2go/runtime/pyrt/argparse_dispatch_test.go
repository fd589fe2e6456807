package pyrt

import "testing"

func exitOf(f func()) (code int, msg string, hasMsg bool) {
	defer func() {
		e := recover().(*SystemExit)
		code, msg, hasMsg = e.Code, e.Msg, e.HasMsg
	}()
	f()
	return
}

// sys.exit(v) with a dynamic value, as CPython 3.11 ends: `python3 -c 'import sys; sys.exit(v)'`
// gives status 0 for None, the int (True is 1), else prints str(v) and gives status 1.
func TestExitDyn(t *testing.T) {
	cases := []struct {
		v      any
		code   int
		msg    string
		hasMsg bool
	}{
		{nil, 0, "", false},
		{3, 3, "", false},
		{true, 1, "", false},
		{"bad config", 1, "bad config", true},
		{2.5, 1, "2.5", true},
		{[]any{1, "a"}, 1, "[1, 'a']", true},
	}
	for _, c := range cases {
		code, msg, hasMsg := exitOf(func() { ExitDyn(c.v) })
		if code != c.code || msg != c.msg || hasMsg != c.hasMsg {
			t.Errorf("sys.exit(%s): got (%d, %q, %v), want (%d, %q, %v)", Repr(c.v), code, msg, hasMsg, c.code, c.msg, c.hasMsg)
		}
	}
}

// args.func(args) after set_defaults(func=handler); CPython's errors for what is not there.
func TestNsCall(t *testing.T) {
	ns := NewNamespace()
	ns.Set("func", func(n *Namespace) int { return n.Int("n") * 2 })
	ns.Set("n", 21)
	ns.Set("name", "x")
	runPyCases(t, []pyCase{
		{"args.func(args)", func() string { return Repr(NsCall(ns, "func", ns)) }, "42"},
		{"args.missing(args)", func() string { return Repr(NsCall(ns, "missing", ns)) }, "panic:AttributeError: 'Namespace' object has no attribute 'missing'"},
		{"args.name(args)", func() string { return Repr(NsCall(ns, "name", ns)) }, "panic:TypeError: 'str' object is not callable"},
		{"hasattr(args, 'func')", func() string { return Repr(ns.Has("func")) }, "True"},
	})
}
