package pyrt

import "testing"

type rec struct {
	name string
	age  int
}

func TestSortKeyCalledOnce(t *testing.T) {
	xs := []int{5, 3, 9, 1, 7}
	calls := 0
	key := func(x int) int { calls++; return -x }
	got := SortedBy(xs, key, false)
	if calls != len(xs) || Repr(got) != "[9, 7, 5, 3, 1]" || Repr(xs) != "[5, 3, 9, 1, 7]" {
		t.Errorf("calls=%d got=%v xs=%v", calls, got, xs)
	}
	calls = 0
	_ = MaxBy(xs, key)
	if calls != len(xs) {
		t.Errorf("MaxBy calls=%d", calls)
	}
}

// sorted(recs, key=lambda r: r.age, reverse=True) keeps equal ages in
// their original order in CPython.
func TestSortStabilityReverse(t *testing.T) {
	recs := []rec{{"a", 30}, {"b", 20}, {"c", 30}, {"d", 20}, {"e", 40}}
	got := SortedBy(recs, func(r rec) int { return r.age }, true)
	names := ""
	for _, r := range got {
		names += r.name
	}
	if names != "eacbd" {
		t.Errorf("reverse stable: %s", names)
	}
	SortInPlaceBy(recs, func(r rec) string { return r.name }, true)
	if recs[0].name != "e" || recs[4].name != "a" {
		t.Errorf("SortInPlaceBy: %v", recs)
	}
	ys := []string{"b", "a", "c"}
	SortInPlace(ys, false)
	if Repr(ys) != "['a', 'b', 'c']" {
		t.Error(ys)
	}
	// sorted([(1, 'b'), (1, 'a'), (0, 'z')], reverse=True)
	ts := []Tuple2[int, string]{{1, "b"}, {1, "a"}, {0, "z"}}
	if got := Repr(Sorted(ts, true)); got != "[(1, 'b'), (1, 'a'), (0, 'z')]" {
		t.Error(got)
	}
	// sorted([2, 1, 2.0, 1.0], reverse=True) == [2, 2.0, 1, 1.0]
	if got := Repr(Sorted([]any{2, 1, 2.0, 1.0}, true)); got != "[2, 2.0, 1, 1.0]" {
		t.Error(got)
	}
}

// Expectations printed by CPython 3.11 (heapq.nlargest / nsmallest).
func TestNLargest(t *testing.T) {
	kv := []Tuple2[string, int]{{"a", 1}, {"b", 3}, {"c", 3}, {"d", 2}}
	second := func(p Tuple2[string, int]) int { return p.V1 }
	cases := []struct{ got, want string }{
		{Repr(NLargestBy(2, kv, second)), "[('b', 3), ('c', 3)]"},
		{Repr(NLargest(0, []int{1, 2})), "[]"},
		{Repr(NLargest(-1, []int{1, 2})), "[]"},
		{Repr(NLargest(5, []int{3, 1, 2})), "[3, 2, 1]"},
		{Repr(NSmallest(2, []int{3, 1, 2, 1})), "[1, 1]"},
		{Repr(NSmallestBy(1, kv, second)), "[('a', 1)]"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
}
