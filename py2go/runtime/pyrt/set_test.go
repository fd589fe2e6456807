package pyrt

import "testing"

func TestSetOps(t *testing.T) {
	a := NewSet(1, 2, 3)
	b := NewSet(3, 4)
	// Expected values from CPython 3.11 (small ints, where CPython's
	// iteration order is ascending like the insertion order used here).
	cases := []pyCase{
		{"{1, 2, 3} | {3, 4}", func() string { return Repr(a.Union(b)) }, "{1, 2, 3, 4}"},
		{"{1, 2, 3} & {3, 4}", func() string { return Repr(a.Intersection(b)) }, "{3}"},
		{"{1, 2, 3} - {3, 4}", func() string { return Repr(a.Difference(b)) }, "{1, 2}"},
		{"{1, 2, 3} ^ {3, 4}", func() string { return Repr(a.SymmetricDifference(b)) }, "{1, 2, 4}"},
		{"{1, 2} <= {1, 2, 3}", func() string { return b2s(NewSet(1, 2).IsSubset(a)) }, "True"},
		{"{1, 2, 3} >= {3, 4}", func() string { return b2s(a.IsSuperset(b)) }, "False"},
		{"set()", func() string { return Str(NewSet[string]()) }, "set()"},
		{"{'a'}", func() string { return Str(NewSet("a", "a")) }, "{'a'}"},
		{"len({1, 2, 3})", func() string { return i2s(a.Len()) }, "3"},
		{"2 in {1, 2, 3}", func() string { return b2s(a.Has(2)) }, "True"},
		{"set().pop()", func() string { return i2s(NewSet[int]().Pop()) }, "panic:KeyError: 'pop from an empty set'"},
		{"set().remove(5)", func() string { NewSet[int]().Remove(5); return "" }, "panic:KeyError: 5"},
		{"set(['x']).remove('y')", func() string { NewSet("x").Remove("y"); return "" }, "panic:KeyError: 'y'"},
		{"{1, 2} == {2, 1}", func() string { return b2s(NewSet(1, 2).Equal(NewSet(2, 1))) }, "True"},
		{"sorted({3, 1, 2})", func() string { return Repr(Sorted(NewSet(3, 1, 2).Items(), false)) }, "[1, 2, 3]"},
	}
	runPyCases(t, cases)
	s := NewSet(1, 2, 3)
	s.Discard(2)
	s.Discard(9)
	s.Add(2)
	if Repr(s) != "{1, 3, 2}" || s.Pop() != 1 || s.Len() != 2 {
		t.Error("Discard/Add/Pop", Repr(s))
	}
	c := s.Copy()
	c.Add(10)
	if s.Has(10) || !c.Has(10) {
		t.Error("Copy")
	}
	var nilS *Set[int]
	if Str(nilS) != "None" || nilS.Len() != 0 || nilS.Has(1) {
		t.Error("nil set")
	}
}
