package pyrt

import "testing"

// Expectations from CPython 3.11 (OrderedDict's repr changed in 3.12).
func TestOrderedDict(t *testing.T) {
	od := func() *Dict[string, int] {
		return NewOrderedDict(Tuple2[string, int]{"b", 1}, Tuple2[string, int]{"a", 2})
	}
	runPyCases(t, []pyCase{
		{"repr(OrderedDict())", func() string { return Repr(NewOrderedDict[string, int]()) }, "OrderedDict()"},
		{"repr(od)", func() string { return Repr(od()) }, "OrderedDict([('b', 1), ('a', 2)])"},
		{"od.move_to_end('b')", func() string { d := od(); d.MoveToEnd("b", true); return Repr(d) }, "OrderedDict([('a', 2), ('b', 1)])"},
		{"od.move_to_end('a', last=False)", func() string { d := od(); d.MoveToEnd("a", false); return Repr(d) }, "OrderedDict([('a', 2), ('b', 1)])"},
		{"od.move_to_end('zz')", func() string { od().MoveToEnd("zz", true); return "" }, "panic:KeyError: 'zz'"},
		{"od.popitem(last=False)", func() string { d := od(); it := d.PopItemLast(false); return Repr(it) + " " + Repr(d) }, "('b', 1) OrderedDict([('a', 2)])"},
		{"od.popitem()", func() string { d := od(); it := d.PopItem(); return Repr(it) + " " + Repr(d) }, "('a', 2) OrderedDict([('b', 1)])"},
		{"OrderedDict().popitem(last=False)", func() string { NewOrderedDict[string, int]().PopItemLast(false); return "" }, "panic:KeyError: 'dictionary is empty'"},
		{"OrderedDict().popitem()", func() string { NewOrderedDict[string, int]().PopItem(); return "" }, "panic:KeyError: 'dictionary is empty'"},
		{"repr(od.copy())", func() string { return Repr(od().Copy()) }, "OrderedDict([('b', 1), ('a', 2)])"},
	})
}

// Expectations printed by CPython 3.11 (the lambda's address left out, see NewDefaultDictFunc).
func TestDefaultDictCounterAndFunc(t *testing.T) {
	d := NewDefaultDict[string, *Dict[string, int]](func() *Dict[string, int] { return NewCounter[string]() }, "collections.Counter")
	c := d.MustGet("a")
	c.Set("x", c.MustGet("x")+1)
	if got, want := Repr(d), "defaultdict(<class 'collections.Counter'>, {'a': Counter({'x': 1})})"; got != want {
		t.Errorf("got %s want %s", got, want)
	}
	e := NewDefaultDictFunc[string, string](func() string { return "n/a" }, "<lambda>")
	_ = e.MustGet("k")
	if got, want := Repr(e), "defaultdict(<function <lambda>>, {'k': 'n/a'})"; got != want {
		t.Errorf("got %s want %s", got, want)
	}
}
