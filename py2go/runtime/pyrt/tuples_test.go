package pyrt

import (
	"math"
	"testing"
)

// repr() of Tuple5..Tuple8 with mixed items; expectations from CPython 3.11.
func TestTuplesPyRepr(t *testing.T) {
	runPyCases(t, []pyCase{
		{"repr((1, 'a', 2.5, True, None))", func() string { return Tuple5[int, string, float64, bool, *int]{1, "a", 2.5, true, nil}.PyRepr() }, "(1, 'a', 2.5, True, None)"},
		{"repr((-1, \"it's\", 1e16, False, 7))", func() string {
			return Tuple5[int, string, float64, bool, *int]{-1, "it's", 1e16, false, ptrTo(7)}.PyRepr()
		}, "(-1, \"it's\", 1e+16, False, 7)"},
		{"repr(('', 'say \"hi\"', 'tab\\t', 'é', '\\x00'))", func() string {
			return Tuple5[string, string, string, string, string]{"", "say \"hi\"", "tab\t", "é", "\x00"}.PyRepr()
		}, "('', 'say \"hi\"', 'tab\\t', 'é', '\\x00')"},
		{"repr((0.1, -0.0, 1e-05, float('inf'), float('nan')))", func() string {
			return Tuple5[float64, float64, float64, float64, float64]{0.1, math.Copysign(0, -1), 1e-05, math.Inf(1), math.NaN()}.PyRepr()
		}, "(0.1, -0.0, 1e-05, inf, nan)"},
		{"repr(([1, 2], ['a'], [], (3, 'b'), None))", func() string {
			return Tuple5[[]int, []string, []float64, Tuple2[int, string], any]{[]int{1, 2}, []string{"a"}, []float64{}, Tuple2[int, string]{3, "b"}, nil}.PyRepr()
		}, "([1, 2], ['a'], [], (3, 'b'), None)"},
		{"repr((1, 2, 3, 4, 5, 6))", func() string { return Tuple6[int, int, int, int, int, int]{1, 2, 3, 4, 5, 6}.PyRepr() }, "(1, 2, 3, 4, 5, 6)"},
		{"repr(('a', 1, 1.0, True, None, [None]))", func() string {
			return Tuple6[string, int, float64, bool, any, []any]{"a", 1, 1.0, true, nil, []any{nil}}.PyRepr()
		}, "('a', 1, 1.0, True, None, [None])"},
		{"repr(({'k': 1}, 'x', 2, 3.5, False, (1, 2, 3)))", func() string {
			return Tuple6[*Dict[string, int], string, int, float64, bool, Tuple3[int, int, int]]{DictOf(Tuple2[string, int]{"k", 1}), "x", 2, 3.5, false, Tuple3[int, int, int]{1, 2, 3}}.PyRepr()
		}, "({'k': 1}, 'x', 2, 3.5, False, (1, 2, 3))"},
		{"repr((1, 'b', 2.25, None, True, [], 'ü'))", func() string {
			return Tuple7[int, string, float64, *string, bool, []int, string]{1, "b", 2.25, nil, true, []int{}, "ü"}.PyRepr()
		}, "(1, 'b', 2.25, None, True, [], 'ü')"},
		{"repr((0, 0, 0, 0, 0, 0, (1, 2, 3, 4, 5)))", func() string {
			return Tuple7[int, int, int, int, int, int, Tuple5[int, int, int, int, int]]{0, 0, 0, 0, 0, 0, Tuple5[int, int, int, int, int]{1, 2, 3, 4, 5}}.PyRepr()
		}, "(0, 0, 0, 0, 0, 0, (1, 2, 3, 4, 5))"},
		{"repr((1, 'two', 3.0, False, None, [4], (5, 6), 'x\\ny'))", func() string {
			return Tuple8[int, string, float64, bool, any, []int, Tuple2[int, int], string]{1, "two", 3.0, false, nil, []int{4}, Tuple2[int, int]{5, 6}, "x\ny"}.PyRepr()
		}, "(1, 'two', 3.0, False, None, [4], (5, 6), 'x\\ny')"},
		{"repr((-9223372036854775808, 1e+100, 123456789.0, 'a\\'b\"c', True, None, [[1], []], (0, '')))", func() string {
			return Tuple8[int, float64, float64, string, bool, *float64, [][]int, Tuple2[int, string]]{math.MinInt64, 1e100, 123456789.0, "a'b\"c", true, nil, [][]int{{1}, {}}, Tuple2[int, string]{}}.PyRepr()
		}, "(-9223372036854775808, 1e+100, 123456789.0, 'a\\'b\"c', True, None, [[1], []], (0, ''))"},
		{"repr(('x', 'y', 'z', 'w', 'v', 'u', 't', 's'))", func() string {
			return Tuple8[string, string, string, string, string, string, string, string]{"x", "y", "z", "w", "v", "u", "t", "s"}.PyRepr()
		}, "('x', 'y', 'z', 'w', 'v', 'u', 't', 's')"},
	})
}

// namedHost stands for a generated typing.NamedTuple class.
type namedHost struct {
	Name string
	Port int
}

func (h namedHost) PyItems() []any { return []any{h.Name, h.Port} }

// Named tuples order like their items; expectations from CPython 3.11:
// H = namedtuple("H", "name port"); H("a", 2) < H("a", 10) is True, etc.
func TestNamedTupleCompare(t *testing.T) {
	cases := []struct {
		a, b namedHost
		want int
	}{
		{namedHost{"a", 2}, namedHost{"a", 10}, -1}, // H('a', 2) < H('a', 10): True
		{namedHost{"b", 1}, namedHost{"a", 10}, 1},  // H('b', 1) > H('a', 10): True
		{namedHost{"a", 1}, namedHost{"a", 1}, 0},   // H('a', 1) == H('a', 1): True
	}
	for _, c := range cases {
		if got := Compare(c.a, c.b); got != c.want {
			t.Errorf("Compare(%v, %v) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
	if !Lt(namedHost{"a", 2}, namedHost{"a", 10}) || Lt(namedHost{"a", 10}, namedHost{"a", 2}) {
		t.Errorf("Lt on named tuples")
	}
}
