// Expected values in this file were produced by running the Python
// expressions with CPython 3.11 (see the py field of each case).

package pyrt

import (
	"math"
	"testing"
)

func TestContainersPython(t *testing.T) {
	cases := []pyCase{
		{`[10, 20, 30, 40, 50][0]`, func() string { return i2s(Index([]int{10, 20, 30, 40, 50}, 0)) }, "10"},
		{`(lambda l: (l.__setitem__(0, 99), repr(l))[1])([10, 20, 30, 40, 50])`, func() string { return setIdx([]int{10, 20, 30, 40, 50}, 0) }, "[99, 20, 30, 40, 50]"},
		{`[10, 20, 30, 40, 50][4]`, func() string { return i2s(Index([]int{10, 20, 30, 40, 50}, 4)) }, "50"},
		{`(lambda l: (l.__setitem__(4, 99), repr(l))[1])([10, 20, 30, 40, 50])`, func() string { return setIdx([]int{10, 20, 30, 40, 50}, 4) }, "[10, 20, 30, 40, 99]"},
		{`[10, 20, 30, 40, 50][-1]`, func() string { return i2s(Index([]int{10, 20, 30, 40, 50}, -1)) }, "50"},
		{`(lambda l: (l.__setitem__(-1, 99), repr(l))[1])([10, 20, 30, 40, 50])`, func() string { return setIdx([]int{10, 20, 30, 40, 50}, -1) }, "[10, 20, 30, 40, 99]"},
		{`[10, 20, 30, 40, 50][-5]`, func() string { return i2s(Index([]int{10, 20, 30, 40, 50}, -5)) }, "10"},
		{`(lambda l: (l.__setitem__(-5, 99), repr(l))[1])([10, 20, 30, 40, 50])`, func() string { return setIdx([]int{10, 20, 30, 40, 50}, -5) }, "[99, 20, 30, 40, 50]"},
		{`[10, 20, 30, 40, 50][5]`, func() string { return i2s(Index([]int{10, 20, 30, 40, 50}, 5)) }, "panic:IndexError: list index out of range"},
		{`(lambda l: (l.__setitem__(5, 99), repr(l))[1])([10, 20, 30, 40, 50])`, func() string { return setIdx([]int{10, 20, 30, 40, 50}, 5) }, "panic:IndexError: list assignment index out of range"},
		{`[10, 20, 30, 40, 50][-6]`, func() string { return i2s(Index([]int{10, 20, 30, 40, 50}, -6)) }, "panic:IndexError: list index out of range"},
		{`(lambda l: (l.__setitem__(-6, 99), repr(l))[1])([10, 20, 30, 40, 50])`, func() string { return setIdx([]int{10, 20, 30, 40, 50}, -6) }, "panic:IndexError: list assignment index out of range"},
		{`repr([10, 20, 30, 40, 50][:])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, Omit, Omit)) }, "[10, 20, 30, 40, 50]"},
		{`repr([10, 20, 30, 40, 50][:3])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, Omit, 3)) }, "[10, 20, 30]"},
		{`repr([10, 20, 30, 40, 50][:-1])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, Omit, -1)) }, "[10, 20, 30, 40]"},
		{`repr([10, 20, 30, 40, 50][:10])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, Omit, 10)) }, "[10, 20, 30, 40, 50]"},
		{`repr([10, 20, 30, 40, 50][:-10])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, Omit, -10)) }, "[]"},
		{`repr([10, 20, 30, 40, 50][0:])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, 0, Omit)) }, "[10, 20, 30, 40, 50]"},
		{`repr([10, 20, 30, 40, 50][0:3])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, 0, 3)) }, "[10, 20, 30]"},
		{`repr([10, 20, 30, 40, 50][0:-1])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, 0, -1)) }, "[10, 20, 30, 40]"},
		{`repr([10, 20, 30, 40, 50][0:10])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, 0, 10)) }, "[10, 20, 30, 40, 50]"},
		{`repr([10, 20, 30, 40, 50][0:-10])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, 0, -10)) }, "[]"},
		{`repr([10, 20, 30, 40, 50][2:])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, 2, Omit)) }, "[30, 40, 50]"},
		{`repr([10, 20, 30, 40, 50][2:3])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, 2, 3)) }, "[30]"},
		{`repr([10, 20, 30, 40, 50][2:-1])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, 2, -1)) }, "[30, 40]"},
		{`repr([10, 20, 30, 40, 50][2:10])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, 2, 10)) }, "[30, 40, 50]"},
		{`repr([10, 20, 30, 40, 50][2:-10])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, 2, -10)) }, "[]"},
		{`repr([10, 20, 30, 40, 50][-2:])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, -2, Omit)) }, "[40, 50]"},
		{`repr([10, 20, 30, 40, 50][-2:3])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, -2, 3)) }, "[]"},
		{`repr([10, 20, 30, 40, 50][-2:-1])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, -2, -1)) }, "[40]"},
		{`repr([10, 20, 30, 40, 50][-2:10])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, -2, 10)) }, "[40, 50]"},
		{`repr([10, 20, 30, 40, 50][-2:-10])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, -2, -10)) }, "[]"},
		{`repr([10, 20, 30, 40, 50][10:])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, 10, Omit)) }, "[]"},
		{`repr([10, 20, 30, 40, 50][10:3])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, 10, 3)) }, "[]"},
		{`repr([10, 20, 30, 40, 50][10:-1])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, 10, -1)) }, "[]"},
		{`repr([10, 20, 30, 40, 50][10:10])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, 10, 10)) }, "[]"},
		{`repr([10, 20, 30, 40, 50][10:-10])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, 10, -10)) }, "[]"},
		{`repr([10, 20, 30, 40, 50][-10:])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, -10, Omit)) }, "[10, 20, 30, 40, 50]"},
		{`repr([10, 20, 30, 40, 50][-10:3])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, -10, 3)) }, "[10, 20, 30]"},
		{`repr([10, 20, 30, 40, 50][-10:-1])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, -10, -1)) }, "[10, 20, 30, 40]"},
		{`repr([10, 20, 30, 40, 50][-10:10])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, -10, 10)) }, "[10, 20, 30, 40, 50]"},
		{`repr([10, 20, 30, 40, 50][-10:-10])`, func() string { return ints(Slice([]int{10, 20, 30, 40, 50}, -10, -10)) }, "[]"},
		{`repr([10, 20, 30, 40, 50][::-1])`, func() string { return ints(SliceStep([]int{10, 20, 30, 40, 50}, Omit, Omit, -1)) }, "[50, 40, 30, 20, 10]"},
		{`repr([10, 20, 30, 40, 50][::2])`, func() string { return ints(SliceStep([]int{10, 20, 30, 40, 50}, Omit, Omit, 2)) }, "[10, 30, 50]"},
		{`repr([10, 20, 30, 40, 50][1::-2])`, func() string { return ints(SliceStep([]int{10, 20, 30, 40, 50}, 1, Omit, -2)) }, "[20]"},
		{`repr([10, 20, 30, 40, 50][-1:0:-1])`, func() string { return ints(SliceStep([]int{10, 20, 30, 40, 50}, -1, 0, -1)) }, "[50, 40, 30, 20]"},
		{`repr([10, 20, 30, 40, 50][::0])`, func() string { return ints(SliceStep([]int{10, 20, 30, 40, 50}, Omit, Omit, 0)) }, "panic:ValueError: slice step cannot be zero"},
		{`repr([10, 20, 30, 40, 50][3:1:1])`, func() string { return ints(SliceStep([]int{10, 20, 30, 40, 50}, 3, 1, 1)) }, "[]"},
		{`repr([10, 20, 30, 40, 50][10:-10:-3])`, func() string { return ints(SliceStep([]int{10, 20, 30, 40, 50}, 10, -10, -3)) }, "[50, 20]"},
		{`(lambda l: (str(l.pop(-1)) + ' ' + repr(l)))([1, 2, 3])`, func() string { return popStr([]int{1, 2, 3}, -1) }, "3 [1, 2]"},
		{`(lambda l: (str(l.pop(0)) + ' ' + repr(l)))([1, 2, 3])`, func() string { return popStr([]int{1, 2, 3}, 0) }, "1 [2, 3]"},
		{`(lambda l: (str(l.pop(5)) + ' ' + repr(l)))([1, 2, 3])`, func() string { return popStr([]int{1, 2, 3}, 5) }, "panic:IndexError: pop index out of range"},
		{`(lambda l: (str(l.pop(-4)) + ' ' + repr(l)))([1, 2, 3])`, func() string { return popStr([]int{1, 2, 3}, -4) }, "panic:IndexError: pop index out of range"},
		{`(lambda l: (str(l.pop(-1)) + ' ' + repr(l)))([])`, func() string { return popStr([]int{}, -1) }, "panic:IndexError: pop from empty list"},
		{`(lambda l: (str(l.pop(0)) + ' ' + repr(l)))([7])`, func() string { return popStr([]int{7}, 0) }, "7 []"},
		{`(lambda l: (l.insert(0, 9), repr(l))[1])([1, 2, 3])`, func() string { return insertStr([]int{1, 2, 3}, 0) }, "[9, 1, 2, 3]"},
		{`(lambda l: (l.insert(1, 9), repr(l))[1])([1, 2, 3])`, func() string { return insertStr([]int{1, 2, 3}, 1) }, "[1, 9, 2, 3]"},
		{`(lambda l: (l.insert(3, 9), repr(l))[1])([1, 2, 3])`, func() string { return insertStr([]int{1, 2, 3}, 3) }, "[1, 2, 3, 9]"},
		{`(lambda l: (l.insert(10, 9), repr(l))[1])([1, 2, 3])`, func() string { return insertStr([]int{1, 2, 3}, 10) }, "[1, 2, 3, 9]"},
		{`(lambda l: (l.insert(-1, 9), repr(l))[1])([1, 2, 3])`, func() string { return insertStr([]int{1, 2, 3}, -1) }, "[1, 2, 9, 3]"},
		{`(lambda l: (l.insert(-10, 9), repr(l))[1])([1, 2, 3])`, func() string { return insertStr([]int{1, 2, 3}, -10) }, "[9, 1, 2, 3]"},
		{`(lambda l: (l.insert(5, 9), repr(l))[1])([])`, func() string { return insertStr([]int{}, 5) }, "[9]"},
		{`(lambda l: (l.remove(2), repr(l))[1])([1, 2, 3, 2])`, func() string { return removeStr([]int{1, 2, 3, 2}, 2) }, "[1, 3, 2]"},
		{`str([1, 2, 3, 2].index(2))`, func() string { return i2s(IndexOf([]int{1, 2, 3, 2}, 2)) }, "1"},
		{`(lambda l: (l.remove(5), repr(l))[1])([1, 2])`, func() string { return removeStr([]int{1, 2}, 5) }, "panic:ValueError: list.remove(x): x not in list"},
		{`str([1, 2].index(5))`, func() string { return i2s(IndexOf([]int{1, 2}, 5)) }, "panic:ValueError: 5 is not in list"},
		{`(lambda l: (l.remove(1), repr(l))[1])([])`, func() string { return removeStr([]int{}, 1) }, "panic:ValueError: list.remove(x): x not in list"},
		{`str([].index(1))`, func() string { return i2s(IndexOf([]int{}, 1)) }, "panic:ValueError: 1 is not in list"},
		{`str(['a'].index('x'))`, func() string { return i2s(IndexOf([]string{"a"}, "x")) }, "panic:ValueError: 'x' is not in list"},
		{`repr(list(reversed([1, 2, 3])))`, func() string { return ints(Reversed([]int{1, 2, 3})) }, "[3, 2, 1]"},
		{`repr(list(range(0, 5, 1)))`, func() string { return ints(RangeList(0, 5, 1)) }, "[0, 1, 2, 3, 4]"},
		{`repr(list(range(5, 0, -1)))`, func() string { return ints(RangeList(5, 0, -1)) }, "[5, 4, 3, 2, 1]"},
		{`repr(list(range(0, 10, 3)))`, func() string { return ints(RangeList(0, 10, 3)) }, "[0, 3, 6, 9]"},
		{`repr(list(range(10, 0, -3)))`, func() string { return ints(RangeList(10, 0, -3)) }, "[10, 7, 4, 1]"},
		{`repr(list(range(0, 0, 1)))`, func() string { return ints(RangeList(0, 0, 1)) }, "[]"},
		{`repr(list(range(5, 0, 1)))`, func() string { return ints(RangeList(5, 0, 1)) }, "[]"},
		{`repr(list(range(0, 5, -1)))`, func() string { return ints(RangeList(0, 5, -1)) }, "[]"},
		{`repr(list(range(1, 2, 0)))`, func() string { return ints(RangeList(1, 2, 0)) }, "panic:ValueError: range() arg 3 must not be zero"},
		{`repr(list(range(-5, 5, 2)))`, func() string { return ints(RangeList(-5, 5, 2)) }, "[-5, -3, -1, 1, 3]"},
		{`str(1 == 1.0)`, func() string { return b2s(Equal(1, 1.0)) }, "True"},
		{`str(5 == 5)`, func() string { return b2s(Equal(5, Ptr(5))) }, "True"},
		{`str('a' == 'b')`, func() string { return b2s(Equal(Ptr("a"), Ptr("b"))) }, "False"},
		{`str(None == 0)`, func() string { return b2s(Equal((*int)(nil), 0)) }, "False"},
		{`str(None == None)`, func() string { return b2s(Equal((*int)(nil), nil)) }, "True"},
		{`str(True == 1)`, func() string { return b2s(Equal(true, 1)) }, "True"},
		{`str(False == 0.0)`, func() string { return b2s(Equal(false, 0.0)) }, "True"},
		{`str('a' == 'a')`, func() string { return b2s(Equal("a", "a")) }, "True"},
		{`str('1' == 1)`, func() string { return b2s(Equal("1", 1)) }, "False"},
		{`str(None == None)`, func() string { return b2s(Equal(nil, nil)) }, "True"},
		{`str(None == 0)`, func() string { return b2s(Equal(nil, 0)) }, "False"},
		{`str([1, 2] == [1.0, 2.0])`, func() string { return b2s(Equal([]int{1, 2}, []float64{1, 2})) }, "True"},
		{`str([1, 2] == [1, 2, 3])`, func() string { return b2s(Equal([]int{1, 2}, []int{1, 2, 3})) }, "False"},
		{`str([1, 'a', None] == [1.0, 'a', None])`, func() string { return b2s(Equal([]any{1, "a", nil}, []any{1.0, "a", nil})) }, "True"},
		{`str([[1]] == [[1]])`, func() string { return b2s(Equal([][]int{{1}}, [][]int{{1}})) }, "True"},
		{`str((1, 'a') == (1.0, 'a'))`, func() string { return b2s(Equal(Tuple2[int, string]{1, "a"}, Tuple2[float64, string]{1, "a"})) }, "True"},
		{`str((1, 2) == [1, 2])`, func() string { return b2s(Equal(Tuple2[int, int]{1, 2}, []int{1, 2})) }, "False"},
		{`str({'a': 1, 'b': 2} == {'b': 2, 'a': 1})`, func() string {
			return b2s(Equal(DictOf(Tuple2[string, int]{"a", 1}, Tuple2[string, int]{"b", 2}), DictOf(Tuple2[string, int]{"b", 2}, Tuple2[string, int]{"a", 1})))
		}, "True"},
		{`str({'a': 1} == {'a': 2})`, func() string {
			return b2s(Equal(DictOf(Tuple2[string, int]{"a", 1}), DictOf(Tuple2[string, int]{"a", 2})))
		}, "False"},
		{`str({1, 2, 3} == {3, 2, 1})`, func() string { return b2s(Equal(NewSet(1, 2, 3), NewSet(3, 2, 1))) }, "True"},
		{`str({1, 2} == {1, 3})`, func() string { return b2s(Equal(NewSet(1, 2), NewSet(1, 3))) }, "False"},
		{`str(float('nan') == float('nan'))`, func() string { return b2s(Equal(math.NaN(), math.NaN())) }, "False"},
		{`str(9007199254740993 == 9007199254740992.0)`, func() string { return b2s(Equal(9007199254740993, 9007199254740992.0)) }, "False"},
		{`str(3 == 3)`, func() string { return b2s(Equal(int64(3), uint8(3))) }, "True"},
		{`str([] == [])`, func() string { return b2s(Equal([]int{}, []string{})) }, "True"},
		{`str(float('inf') == 9223372036854775807)`, func() string { return b2s(Equal(math.Inf(1), 9223372036854775807)) }, "False"},
		{`str(0.1+0.2 == 0.3)`, func() string { return b2s(Equal(float64(0x1.3333333333334p-02), 0.3)) }, "False"},
		{`str([] == [])`, func() string { return b2s(Equal([]int(nil), []int{})) }, "True"},
		{`str(-(1 < 2) + (1 > 2))`, func() string { return i2s(Compare(1, 2)) }, "-1"},
		{`str(-1 >= 0)`, func() string { return b2s(Ge(Ptr(-1), 0)) }, "False"},
		{`str(5 >= 3)`, func() string { return b2s(Ge(Ptr(5), Ptr(3))) }, "True"},
		{`str('b' < 'a')`, func() string { return b2s(Lt(Ptr("b"), "a")) }, "False"},
		{`str(None >= 0)`, func() string { return b2s(Ge((*int)(nil), 0)) }, "panic:TypeError: '>=' not supported between instances of 'NoneType' and 'int'"},
		{`str(1 > 2)`, func() string { return b2s(Gt(1, 2)) }, "False"},
		{`str(1 <= 2)`, func() string { return b2s(Le(1, 2)) }, "True"},
		{`str(-(2.5 < 2) + (2.5 > 2))`, func() string { return i2s(Compare(2.5, 2)) }, "1"},
		{`str(2.5 > 2)`, func() string { return b2s(Gt(2.5, 2)) }, "True"},
		{`str(2.5 <= 2)`, func() string { return b2s(Le(2.5, 2)) }, "False"},
		{`str(-('a' < 'b') + ('a' > 'b'))`, func() string { return i2s(Compare("a", "b")) }, "-1"},
		{`str('a' > 'b')`, func() string { return b2s(Gt("a", "b")) }, "False"},
		{`str('a' <= 'b')`, func() string { return b2s(Le("a", "b")) }, "True"},
		{`str(-('B' < 'a') + ('B' > 'a'))`, func() string { return i2s(Compare("B", "a")) }, "-1"},
		{`str('B' > 'a')`, func() string { return b2s(Gt("B", "a")) }, "False"},
		{`str('B' <= 'a')`, func() string { return b2s(Le("B", "a")) }, "True"},
		{`str(-('é' < 'z') + ('é' > 'z'))`, func() string { return i2s(Compare("é", "z")) }, "1"},
		{`str('é' > 'z')`, func() string { return b2s(Gt("é", "z")) }, "True"},
		{`str('é' <= 'z')`, func() string { return b2s(Le("é", "z")) }, "False"},
		{`str(-('😀' < '￿') + ('😀' > '￿'))`, func() string { return i2s(Compare("😀", "￿")) }, "1"},
		{`str('😀' > '￿')`, func() string { return b2s(Gt("😀", "￿")) }, "True"},
		{`str('😀' <= '￿')`, func() string { return b2s(Le("😀", "￿")) }, "False"},
		{`str(-([1, 2] < [1, 3]) + ([1, 2] > [1, 3]))`, func() string { return i2s(Compare([]int{1, 2}, []int{1, 3})) }, "-1"},
		{`str([1, 2] > [1, 3])`, func() string { return b2s(Gt([]int{1, 2}, []int{1, 3})) }, "False"},
		{`str([1, 2] <= [1, 3])`, func() string { return b2s(Le([]int{1, 2}, []int{1, 3})) }, "True"},
		{`str(-([1, 2] < [1]) + ([1, 2] > [1]))`, func() string { return i2s(Compare([]int{1, 2}, []int{1})) }, "1"},
		{`str([1, 2] > [1])`, func() string { return b2s(Gt([]int{1, 2}, []int{1})) }, "True"},
		{`str([1, 2] <= [1])`, func() string { return b2s(Le([]int{1, 2}, []int{1})) }, "False"},
		{`str(-([] < []) + ([] > []))`, func() string { return i2s(Compare([]int{}, []int{})) }, "0"},
		{`str([] > [])`, func() string { return b2s(Gt([]int{}, []int{})) }, "False"},
		{`str([] <= [])`, func() string { return b2s(Le([]int{}, []int{})) }, "True"},
		{`str(-((1, 'b') < (1, 'a')) + ((1, 'b') > (1, 'a')))`, func() string { return i2s(Compare(Tuple2[int, string]{1, "b"}, Tuple2[int, string]{1, "a"})) }, "1"},
		{`str((1, 'b') > (1, 'a'))`, func() string { return b2s(Gt(Tuple2[int, string]{1, "b"}, Tuple2[int, string]{1, "a"})) }, "True"},
		{`str((1, 'b') <= (1, 'a'))`, func() string { return b2s(Le(Tuple2[int, string]{1, "b"}, Tuple2[int, string]{1, "a"})) }, "False"},
		{`str(-(True < 2) + (True > 2))`, func() string { return i2s(Compare(true, 2)) }, "-1"},
		{`str(True > 2)`, func() string { return b2s(Gt(true, 2)) }, "False"},
		{`str(True <= 2)`, func() string { return b2s(Le(true, 2)) }, "True"},
		{`str(-(9007199254740993 < 9007199254740992.0) + (9007199254740993 > 9007199254740992.0))`, func() string { return i2s(Compare(9007199254740993, 9007199254740992.0)) }, "1"},
		{`str(9007199254740993 > 9007199254740992.0)`, func() string { return b2s(Gt(9007199254740993, 9007199254740992.0)) }, "True"},
		{`str(9007199254740993 <= 9007199254740992.0)`, func() string { return b2s(Le(9007199254740993, 9007199254740992.0)) }, "False"},
		{`str(-('a' < 1) + ('a' > 1))`, func() string { return i2s(Compare("a", 1)) }, "panic:TypeError: '<' not supported between instances of 'str' and 'int'"},
		{`str('a' > 1)`, func() string { return b2s(Gt("a", 1)) }, "panic:TypeError: '>' not supported between instances of 'str' and 'int'"},
		{`str('a' <= 1)`, func() string { return b2s(Le("a", 1)) }, "panic:TypeError: '<=' not supported between instances of 'str' and 'int'"},
		{`str(-(1 < 'a') + (1 > 'a'))`, func() string { return i2s(Compare(1, "a")) }, "panic:TypeError: '<' not supported between instances of 'int' and 'str'"},
		{`str(1 > 'a')`, func() string { return b2s(Gt(1, "a")) }, "panic:TypeError: '>' not supported between instances of 'int' and 'str'"},
		{`str(1 <= 'a')`, func() string { return b2s(Le(1, "a")) }, "panic:TypeError: '<=' not supported between instances of 'int' and 'str'"},
		{`str(-(None < 1) + (None > 1))`, func() string { return i2s(Compare(nil, 1)) }, "panic:TypeError: '<' not supported between instances of 'NoneType' and 'int'"},
		{`str(None > 1)`, func() string { return b2s(Gt(nil, 1)) }, "panic:TypeError: '>' not supported between instances of 'NoneType' and 'int'"},
		{`str(None <= 1)`, func() string { return b2s(Le(nil, 1)) }, "panic:TypeError: '<=' not supported between instances of 'NoneType' and 'int'"},
		{`str(-([1] < (1, 2)) + ([1] > (1, 2)))`, func() string { return i2s(Compare([]int{1}, Tuple2[int, int]{1, 2})) }, "panic:TypeError: '<' not supported between instances of 'list' and 'tuple'"},
		{`str([1] > (1, 2))`, func() string { return b2s(Gt([]int{1}, Tuple2[int, int]{1, 2})) }, "panic:TypeError: '>' not supported between instances of 'list' and 'tuple'"},
		{`str([1] <= (1, 2))`, func() string { return b2s(Le([]int{1}, Tuple2[int, int]{1, 2})) }, "panic:TypeError: '<=' not supported between instances of 'list' and 'tuple'"},
		{`str(-([1, 'a'] < [1, 2]) + ([1, 'a'] > [1, 2]))`, func() string { return i2s(Compare([]any{1, "a"}, []any{1, 2})) }, "panic:TypeError: '<' not supported between instances of 'str' and 'int'"},
		{`str([1, 'a'] > [1, 2])`, func() string { return b2s(Gt([]any{1, "a"}, []any{1, 2})) }, "panic:TypeError: '>' not supported between instances of 'str' and 'int'"},
		{`str([1, 'a'] <= [1, 2])`, func() string { return b2s(Le([]any{1, "a"}, []any{1, 2})) }, "panic:TypeError: '<=' not supported between instances of 'str' and 'int'"},
		{`str(-({1: 1} < {1: 1}) + ({1: 1} > {1: 1}))`, func() string { return i2s(Compare(DictOf(Tuple2[int, int]{1, 1}), DictOf(Tuple2[int, int]{1, 1}))) }, "panic:TypeError: '<' not supported between instances of 'dict' and 'dict'"},
		{`str({1: 1} > {1: 1})`, func() string { return b2s(Gt(DictOf(Tuple2[int, int]{1, 1}), DictOf(Tuple2[int, int]{1, 1}))) }, "panic:TypeError: '>' not supported between instances of 'dict' and 'dict'"},
		{`str({1: 1} <= {1: 1})`, func() string { return b2s(Le(DictOf(Tuple2[int, int]{1, 1}), DictOf(Tuple2[int, int]{1, 1}))) }, "panic:TypeError: '<=' not supported between instances of 'dict' and 'dict'"},
		{`str(-([1, 'a'] < [2, 2]) + ([1, 'a'] > [2, 2]))`, func() string { return i2s(Compare([]any{1, "a"}, []any{2, 2})) }, "-1"},
		{`str([1, 'a'] > [2, 2])`, func() string { return b2s(Gt([]any{1, "a"}, []any{2, 2})) }, "False"},
		{`str([1, 'a'] <= [2, 2])`, func() string { return b2s(Le([]any{1, "a"}, []any{2, 2})) }, "True"},
		{`repr(sorted([3, 1, 2]))`, func() string { return Repr(Sorted([]int{3, 1, 2}, false)) }, "[1, 2, 3]"},
		{`repr(sorted([3, 1, 2], reverse=True))`, func() string { return Repr(Sorted([]int{3, 1, 2}, true)) }, "[3, 2, 1]"},
		{`repr(min([3, 1, 2]))`, func() string { return Repr(Min([]int{3, 1, 2})) }, "1"},
		{`repr(max([3, 1, 2]))`, func() string { return Repr(Max([]int{3, 1, 2})) }, "3"},
		{`repr(sorted(['b', 'B', 'a', 'é']))`, func() string { return Repr(Sorted([]string{"b", "B", "a", "é"}, false)) }, "['B', 'a', 'b', 'é']"},
		{`repr(sorted(['b', 'B', 'a', 'é'], reverse=True))`, func() string { return Repr(Sorted([]string{"b", "B", "a", "é"}, true)) }, "['é', 'b', 'a', 'B']"},
		{`repr(min(['b', 'B', 'a', 'é']))`, func() string { return Repr(Min([]string{"b", "B", "a", "é"})) }, "'B'"},
		{`repr(max(['b', 'B', 'a', 'é']))`, func() string { return Repr(Max([]string{"b", "B", "a", "é"})) }, "'é'"},
		{`repr(sorted([2.5, -1.0, 0.0, 1e-9]))`, func() string { return Repr(Sorted([]float64{2.5, -1, 0, 1e-9}, false)) }, "[-1.0, 0.0, 1e-09, 2.5]"},
		{`repr(sorted([2.5, -1.0, 0.0, 1e-9], reverse=True))`, func() string { return Repr(Sorted([]float64{2.5, -1, 0, 1e-9}, true)) }, "[2.5, 1e-09, 0.0, -1.0]"},
		{`repr(min([2.5, -1.0, 0.0, 1e-9]))`, func() string { return Repr(Min([]float64{2.5, -1, 0, 1e-9})) }, "-1.0"},
		{`repr(max([2.5, -1.0, 0.0, 1e-9]))`, func() string { return Repr(Max([]float64{2.5, -1, 0, 1e-9})) }, "2.5"},
		{`repr(sorted([3, 1.5, True, 0]))`, func() string { return Repr(Sorted([]any{3, 1.5, true, 0}, false)) }, "[0, True, 1.5, 3]"},
		{`repr(sorted([3, 1.5, True, 0], reverse=True))`, func() string { return Repr(Sorted([]any{3, 1.5, true, 0}, true)) }, "[3, 1.5, True, 0]"},
		{`repr(min([3, 1.5, True, 0]))`, func() string { return Repr(Min([]any{3, 1.5, true, 0})) }, "0"},
		{`repr(max([3, 1.5, True, 0]))`, func() string { return Repr(Max([]any{3, 1.5, true, 0})) }, "3"},
		{`repr(sorted([(2, 'a'), (1, 'z'), (2, '')]))`, func() string { return Repr(Sorted([]Tuple2[int, string]{{2, "a"}, {1, "z"}, {2, ""}}, false)) }, "[(1, 'z'), (2, ''), (2, 'a')]"},
		{`repr(sorted([(2, 'a'), (1, 'z'), (2, '')], reverse=True))`, func() string { return Repr(Sorted([]Tuple2[int, string]{{2, "a"}, {1, "z"}, {2, ""}}, true)) }, "[(2, 'a'), (2, ''), (1, 'z')]"},
		{`repr(min([(2, 'a'), (1, 'z'), (2, '')]))`, func() string { return Repr(Min([]Tuple2[int, string]{{2, "a"}, {1, "z"}, {2, ""}})) }, "(1, 'z')"},
		{`repr(max([(2, 'a'), (1, 'z'), (2, '')]))`, func() string { return Repr(Max([]Tuple2[int, string]{{2, "a"}, {1, "z"}, {2, ""}})) }, "(2, 'a')"},
		{`repr(sorted([[1, 2], [1], [0, 9]]))`, func() string { return Repr(Sorted([][]int{{1, 2}, {1}, {0, 9}}, false)) }, "[[0, 9], [1], [1, 2]]"},
		{`repr(sorted([[1, 2], [1], [0, 9]], reverse=True))`, func() string { return Repr(Sorted([][]int{{1, 2}, {1}, {0, 9}}, true)) }, "[[1, 2], [1], [0, 9]]"},
		{`repr(min([[1, 2], [1], [0, 9]]))`, func() string { return Repr(Min([][]int{{1, 2}, {1}, {0, 9}})) }, "[0, 9]"},
		{`repr(max([[1, 2], [1], [0, 9]]))`, func() string { return Repr(Max([][]int{{1, 2}, {1}, {0, 9}})) }, "[1, 2]"},
		{`repr(sorted([1, 'a']))`, func() string { return Repr(Sorted([]any{1, "a"}, false)) }, "panic:TypeError: '<' not supported between instances of 'str' and 'int'"},
		{`repr(sorted([1, 'a'], reverse=True))`, func() string { return Repr(Sorted([]any{1, "a"}, true)) }, "panic:TypeError: '<' not supported between instances of 'int' and 'str'"},
		{`repr(min([1, 'a']))`, func() string { return Repr(Min([]any{1, "a"})) }, "panic:TypeError: '<' not supported between instances of 'str' and 'int'"},
		{`repr(max([1, 'a']))`, func() string { return Repr(Max([]any{1, "a"})) }, "panic:TypeError: '>' not supported between instances of 'str' and 'int'"},
		{`repr(sorted([0.0, -0.0, 0.0]))`, func() string { return Repr(Sorted([]float64{0, math.Copysign(0, -1), 0}, false)) }, "[0.0, -0.0, 0.0]"},
		{`repr(sorted([0.0, -0.0, 0.0], reverse=True))`, func() string { return Repr(Sorted([]float64{0, math.Copysign(0, -1), 0}, true)) }, "[0.0, -0.0, 0.0]"},
		{`repr(min([0.0, -0.0, 0.0]))`, func() string { return Repr(Min([]float64{0, math.Copysign(0, -1), 0})) }, "0.0"},
		{`repr(max([0.0, -0.0, 0.0]))`, func() string { return Repr(Max([]float64{0, math.Copysign(0, -1), 0})) }, "0.0"},
		{`repr(sorted([0, -0.0, False, 0.0]))`, func() string { return Repr(Sorted([]any{0, math.Copysign(0, -1), false, 0.0}, false)) }, "[0, -0.0, False, 0.0]"},
		{`repr(sorted([0, -0.0, False, 0.0], reverse=True))`, func() string { return Repr(Sorted([]any{0, math.Copysign(0, -1), false, 0.0}, true)) }, "[0, -0.0, False, 0.0]"},
		{`repr(min([0, -0.0, False, 0.0]))`, func() string { return Repr(Min([]any{0, math.Copysign(0, -1), false, 0.0})) }, "0"},
		{`repr(max([0, -0.0, False, 0.0]))`, func() string { return Repr(Max([]any{0, math.Copysign(0, -1), false, 0.0})) }, "0"},
		{`repr(sorted(['banana', 'Apple', 'cherry', 'fig', 'date', 'Elder'], key=len))`, func() string {
			return strs(SortedBy([]string{"banana", "Apple", "cherry", "fig", "date", "Elder"}, func(s string) int { return len(s) }, false))
		}, "['fig', 'date', 'Apple', 'Elder', 'banana', 'cherry']"},
		{`repr(sorted(['banana', 'Apple', 'cherry', 'fig', 'date', 'Elder'], key=len, reverse=True))`, func() string {
			return strs(SortedBy([]string{"banana", "Apple", "cherry", "fig", "date", "Elder"}, func(s string) int { return len(s) }, true))
		}, "['banana', 'cherry', 'Apple', 'Elder', 'date', 'fig']"},
		{`repr(sorted(['banana', 'Apple', 'cherry', 'fig', 'date', 'Elder'], key=str.lower))`, func() string {
			return strs(SortedBy([]string{"banana", "Apple", "cherry", "fig", "date", "Elder"}, Lower, false))
		}, "['Apple', 'banana', 'cherry', 'date', 'Elder', 'fig']"},
		{`repr(sorted(['banana', 'Apple', 'cherry', 'fig', 'date', 'Elder'], key=lambda s: (-len(s), s)))`, func() string {
			return strs(SortedBy([]string{"banana", "Apple", "cherry", "fig", "date", "Elder"}, func(s string) Tuple2[int, string] { return Tuple2[int, string]{-len(s), s} }, false))
		}, "['banana', 'cherry', 'Apple', 'Elder', 'date', 'fig']"},
		{`repr(sorted(['banana', 'Apple', 'cherry', 'fig', 'date', 'Elder'], key=lambda s: len(s) / 2, reverse=True))`, func() string {
			return strs(SortedBy([]string{"banana", "Apple", "cherry", "fig", "date", "Elder"}, func(s string) float64 { return float64(len(s)) / 2 }, true))
		}, "['banana', 'cherry', 'Apple', 'Elder', 'date', 'fig']"},
		{`min(['banana', 'Apple', 'cherry', 'fig', 'date', 'Elder'], key=len)`, func() string {
			return MinBy([]string{"banana", "Apple", "cherry", "fig", "date", "Elder"}, func(s string) int { return len(s) })
		}, "fig"},
		{`max(['banana', 'Apple', 'cherry', 'fig', 'date', 'Elder'], key=len)`, func() string {
			return MaxBy([]string{"banana", "Apple", "cherry", "fig", "date", "Elder"}, func(s string) int { return len(s) })
		}, "banana"},
		{`max([], key=len)`, func() string { return MaxBy([]string{}, func(s string) int { return len(s) }) }, "panic:ValueError: max() arg is an empty sequence"},
		{`min([], key=len)`, func() string { return MinBy([]string{}, func(s string) int { return len(s) }) }, "panic:ValueError: min() arg is an empty sequence"},
		{`min([])`, func() string { return Repr(Min([]int{})) }, "panic:ValueError: min() arg is an empty sequence"},
		{`max([])`, func() string { return Repr(Max([]string{})) }, "panic:ValueError: max() arg is an empty sequence"},
		{`sorted([1, 'a'])`, func() string { return Repr(Sorted([]any{1, "a"}, false)) }, "panic:TypeError: '<' not supported between instances of 'str' and 'int'"},
		{`str(bool(0))`, func() string { return b2s(Truthy(0)) }, "False"},
		{`str(bool(1))`, func() string { return b2s(Truthy(1)) }, "True"},
		{`str(bool(0.0))`, func() string { return b2s(Truthy(0.0)) }, "False"},
		{`str(bool(-0.0))`, func() string { return b2s(Truthy(math.Copysign(0, -1))) }, "False"},
		{`str(bool(float('nan')))`, func() string { return b2s(Truthy(math.NaN())) }, "True"},
		{`str(bool(''))`, func() string { return b2s(Truthy("")) }, "False"},
		{`str(bool(' '))`, func() string { return b2s(Truthy(" ")) }, "True"},
		{`str(bool(None))`, func() string { return b2s(Truthy(nil)) }, "False"},
		{`str(bool(False))`, func() string { return b2s(Truthy(false)) }, "False"},
		{`str(bool([]))`, func() string { return b2s(Truthy([]int{})) }, "False"},
		{`str(bool([0]))`, func() string { return b2s(Truthy([]int{0})) }, "True"},
		{`str(bool({}))`, func() string { return b2s(Truthy(NewDict[string, int]())) }, "False"},
		{`str(bool({0: 0}))`, func() string { return b2s(Truthy(DictOf(Tuple2[int, int]{0, 0}))) }, "True"},
		{`str(bool(set()))`, func() string { return b2s(Truthy(NewSet[int]())) }, "False"},
		{`str(bool({0}))`, func() string { return b2s(Truthy(NewSet(0))) }, "True"},
		{`str(bool((0, 0)))`, func() string { return b2s(Truthy(Tuple2[int, int]{0, 0})) }, "True"},
		{`str(bool(None))`, func() string { return b2s(Truthy((*Dict[string, int])(nil))) }, "False"},
		{`str(bool(0))`, func() string { return b2s(Truthy(uint8(0))) }, "False"},
		{`str(bool(-1))`, func() string { return b2s(Truthy(int64(-1))) }, "True"},
		{`str(bool([]))`, func() string { return b2s(Truthy([]string(nil))) }, "False"},
	}
	runPyCases(t, cases)
}

// prio stands for a generated IntEnum (class Prio(IntEnum): HIGH = 3; LOW = 1): the Go value is
// the member's index, PyCmp orders by value.
type prio int

var prioValues = [...]int{3, 1}

func (x prio) PyCmp(other any, op string) int {
	if y, ok := other.(prio); ok {
		other = prioValues[y]
	}
	return Compare(prioValues[x], other)
}

// Expectations from CPython 3.11: sorted([Prio.HIGH, Prio.LOW]) == [Prio.LOW, Prio.HIGH],
// Prio.HIGH > 2 is True, 2 < Prio.LOW is False.
func TestCompareUsesPyCmp(t *testing.T) {
	got := Sorted([]prio{0, 1}, false)
	if got[0] != 1 || got[1] != 0 {
		t.Errorf("Sorted(IntEnum by value) = %v, want [1 0]", got)
	}
	if !Gt(prio(0), 2) {
		t.Errorf("Prio.HIGH > 2 should be true")
	}
	if Lt(2, prio(1)) {
		t.Errorf("2 < Prio.LOW should be false")
	}
}
