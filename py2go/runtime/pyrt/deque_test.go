package pyrt

import "testing"

// Expectations printed by CPython 3.11.
func TestDeque(t *testing.T) {
	runPyCases(t, []pyCase{
		{"deque(maxlen=2)", func() string { return Repr(NewDeque[int](nil, 2)) }, "deque([], maxlen=2)"},
		{"append past maxlen", func() string {
			d := NewDeque[int](nil, 2)
			d.Append(1)
			d.Append(2)
			d.Append(3)
			return Repr(d) + " " + Repr(d.Items())
		}, "deque([2, 3], maxlen=2) [2, 3]"},
		{"appendleft past maxlen", func() string {
			d := NewDeque([]int{2, 3}, 2)
			d.AppendLeft(0)
			return Repr(d)
		}, "deque([0, 2], maxlen=2)"},
		{"extend, ends", func() string {
			d := NewDeque([]int{1, 2, 3}, -1)
			d.Extend([]int{4, 5})
			return Repr(d) + " " + Repr(d.At(0)) + " " + Repr(d.At(-1))
		}, "deque([1, 2, 3, 4, 5]) 1 5"},
		{"deque().pop()", func() string { return Repr(NewDeque[int](nil, -1).Pop()) }, "panic:IndexError: pop from an empty deque"},
		{"deque().popleft()", func() string { return Repr(NewDeque[int](nil, -1).PopLeft()) }, "panic:IndexError: pop from an empty deque"},
		{"deque([1])[5]", func() string { return Repr(NewDeque([]int{1}, -1).At(5)) }, "panic:IndexError: deque index out of range"},
		{"deque(['a'], maxlen=0)", func() string { return Repr(NewDeque([]string{"a"}, 0)) }, "deque([], maxlen=0)"},
		{"deque(['a','b','c'], maxlen=2)", func() string { return Repr(NewDeque([]string{"a", "b", "c"}, 2)) }, "deque(['b', 'c'], maxlen=2)"},
	})
}
