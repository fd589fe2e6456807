package pyrt

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// Expectations below were produced by CPython 3.11 (python3); the Python
// expression is kept in each case.

func TestExtraCheckUnpack(t *testing.T) {
	runPyCases(t, []pyCase{
		{"v0, v1 = [0, 1, 2]", func() string { CheckUnpack(3, 2); return "ok" }, "panic:ValueError: too many values to unpack (expected 2)"},
		{"v0, v1, v2 = [0]", func() string { CheckUnpack(1, 3); return "ok" }, "panic:ValueError: not enough values to unpack (expected 3, got 1)"},
		{"v0, v1 = [0, 1]", func() string { CheckUnpack(2, 2); return "ok" }, "ok"},
		{"v0, = []", func() string { CheckUnpack(0, 1); return "ok" }, "panic:ValueError: not enough values to unpack (expected 1, got 0)"},
		{"[] = []", func() string { CheckUnpack(0, 0); return "ok" }, "ok"},
		{"v0, = [0, 1, 2, 3, 4]", func() string { CheckUnpack(5, 1); return "ok" }, "panic:ValueError: too many values to unpack (expected 1)"},
		{"v0, v1 = [0]", func() string { CheckUnpack(1, 2); return "ok" }, "panic:ValueError: not enough values to unpack (expected 2, got 1)"},
	})
}

func TestExtraBuiltins(t *testing.T) {
	runPyCases(t, []pyCase{
		{"sum([])", func() string { return i2s(Sum([]int{})) }, "0"},
		{"repr(max([], default=None))", func() string { return Repr(MaxOpt([]string{})) }, "None"},
		{"repr(max(['b', 'a'], default=None))", func() string { return Repr(MaxOpt([]string{"b", "a"})) }, "'b'"},
		{"repr(max(['bb', 'a', 'cc'], key=len, default=None))", func() string {
			return Repr(MaxByOpt([]string{"bb", "a", "cc"}, func(s string) int { return len(s) }))
		}, "'bb'"},
		{"repr(min([3, 1, 2], default=None))", func() string { return Repr(MinOpt([]int{3, 1, 2})) }, "1"},
		{"repr(min([], key=abs, default=None))", func() string { return Repr(MinByOpt([]int{}, AbsInt)) }, "None"},
		{"sum([1, 2, 3])", func() string { return i2s(Sum([]int{1, 2, 3})) }, "6"},
		{"sum([-5, 2, -1])", func() string { return i2s(Sum([]int{-5, 2, -1})) }, "-4"},
		{"sum([0.1, 0.2, 0.3])", func() string { return f2s(Sum([]float64{0.1, 0.2, 0.3})) }, "0.6000000000000001"},
		{"sum([1e100, 1.0, -1e100])", func() string { return f2s(Sum([]float64{1e100, 1.0, -1e100})) }, "0.0"},
		{"sum([0.5, 0.25])", func() string { return f2s(Sum([]float64{0.5, 0.25})) }, "0.75"},
		{"sum([-0.0])", func() string { return f2s(Sum([]float64{math.Copysign(0, -1)})) }, "0.0"},
		{"any([])", func() string { return b2s(AnyOf([]int{})) }, "False"},
		{"all([])", func() string { return b2s(AllOf([]int{})) }, "True"},
		{"any([0, 0, 3])", func() string { return b2s(AnyOf([]int{0, 0, 3})) }, "True"},
		{"all([0, 0, 3])", func() string { return b2s(AllOf([]int{0, 0, 3})) }, "False"},
		{"all([1, 2, 3])", func() string { return b2s(AllOf([]int{1, 2, 3})) }, "True"},
		{"any(['', ''])", func() string { return b2s(AnyOf([]string{"", ""})) }, "False"},
		{"all(['a', ' '])", func() string { return b2s(AllOf([]string{"a", " "})) }, "True"},
		{"all(['a', ''])", func() string { return b2s(AllOf([]string{"a", ""})) }, "False"},
		{"any([0.0, -0.0])", func() string { return b2s(AnyOf([]float64{0.0, math.Copysign(0, -1)})) }, "False"},
		{"any([0.0, float('nan')])", func() string { return b2s(AnyOf([]float64{0.0, math.NaN()})) }, "True"},
		{"any([False, False])", func() string { return b2s(AnyOf([]bool{false, false})) }, "False"},
		{"all([True, True])", func() string { return b2s(AllOf([]bool{true, true})) }, "True"},
		{"any([0, '', None, [], 0.0, False])", func() string { return b2s(AnyOf([]any{0, "", nil, []int{}, 0.0, false})) }, "False"},
		{"any([0, '', None, [0]])", func() string { return b2s(AnyOf([]any{0, "", nil, []int{0}})) }, "True"},
		{"all([1, 'x', [0], 0.5, True])", func() string { return b2s(AllOf([]any{1, "x", []int{0}, 0.5, true})) }, "True"},
		{"all([1, 'x', None])", func() string { return b2s(AllOf([]any{1, "x", nil})) }, "False"},
		{"any([[], []])", func() string { return b2s(AnyOf([][]int{{}, {}})) }, "False"},
		{"all([[1], [2]])", func() string { return b2s(AllOf([][]int{{1}, {2}})) }, "True"},
		{"int(True)", func() string { return i2s(BoolInt(true)) }, "1"},
		{"int(False)", func() string { return i2s(BoolInt(false)) }, "0"},
		{"abs(-5)", func() string { return i2s(AbsInt(-5)) }, "5"},
		{"abs(0)", func() string { return i2s(AbsInt(0)) }, "0"},
		{"abs(7)", func() string { return i2s(AbsInt(7)) }, "7"},
		{"abs(-9223372036854775807)", func() string { return i2s(AbsInt(-9223372036854775807)) }, "9223372036854775807"},
		{"[1, 2, 1, 1].count(1)", func() string { return i2s(CountOf([]int{1, 2, 1, 1}, 1)) }, "3"},
		{"[1, 2, 1, 1].count(3)", func() string { return i2s(CountOf([]int{1, 2, 1, 1}, 3)) }, "0"},
		{"[].count(0)", func() string { return i2s(CountOf([]int{}, 0)) }, "0"},
		{"['a', 'b', 'a', 'A'].count('a')", func() string { return i2s(CountOf([]string{"a", "b", "a", "A"}, "a")) }, "2"},
		{"['é', 'e\\u0301'].count('é')", func() string { return i2s(CountOf([]string{"é", "e\u0301"}, "é")) }, "1"},
		{"[0.5, float('nan')].count(float('nan'))", func() string { return i2s(CountOf([]float64{0.5, math.NaN()}, math.NaN())) }, "0"},
		{"repr(list(zip([1, 2, 3], ['a', 'b'])))", func() string { return Repr(Zip2([]int{1, 2, 3}, []string{"a", "b"})) }, "[(1, 'a'), (2, 'b')]"},
		{"repr(list(zip([1], ['a', 'b', 'c'])))", func() string { return Repr(Zip2([]int{1}, []string{"a", "b", "c"})) }, "[(1, 'a')]"},
		{"repr(list(zip([], ['a'])))", func() string { return Repr(Zip2([]int{}, []string{"a"})) }, "[]"},
		{"repr(list(zip([1.5, 2.0], [True, None])))", func() string { return Repr(Zip2([]float64{1.5, 2.0}, []any{true, nil})) }, "[(1.5, True), (2.0, None)]"},
		{"repr(list(enumerate(['a', 'b'])))", func() string { return Repr(Enumerate([]string{"a", "b"}, 0)) }, "[(0, 'a'), (1, 'b')]"},
		{"repr(list(enumerate(['a', 'b'], 1)))", func() string { return Repr(Enumerate([]string{"a", "b"}, 1)) }, "[(1, 'a'), (2, 'b')]"},
		{"repr(list(enumerate(['a', 'b', 'c'], -2)))", func() string { return Repr(Enumerate([]string{"a", "b", "c"}, -2)) }, "[(-2, 'a'), (-1, 'b'), (0, 'c')]"},
		{"repr(list(enumerate([])))", func() string { return Repr(Enumerate([]int{}, 5)) }, "[]"},
		{"repr([1, 2] * 3)", func() string { return ints(Repeat([]int{1, 2}, 3)) }, "[1, 2, 1, 2, 1, 2]"},
		{"repr([1, 2] * 1)", func() string { return ints(Repeat([]int{1, 2}, 1)) }, "[1, 2]"},
		{"repr([1, 2] * 0)", func() string { return ints(Repeat([]int{1, 2}, 0)) }, "[]"},
		{"repr([1, 2] * -3)", func() string { return ints(Repeat([]int{1, 2}, -3)) }, "[]"},
		{"repr([] * 4)", func() string { return ints(Repeat([]int{}, 4)) }, "[]"},
		{"repr(['x'] * 2)", func() string { return strs(Repeat([]string{"x"}, 2)) }, "['x', 'x']"},
		{"repr([[0]] * 2)", func() string { return Repr(Repeat([][]int{{0}}, 2)) }, "[[0], [0]]"},
	})
}

func TestExtraPartitionT(t *testing.T) {
	runPyCases(t, []pyCase{
		{"repr('a,b,c'.partition(','))", func() string { return PartitionT("a,b,c", ",").PyRepr() }, "('a', ',', 'b,c')"},
		{"repr('a,b,c'.rpartition(','))", func() string { return RPartitionT("a,b,c", ",").PyRepr() }, "('a,b', ',', 'c')"},
		{"repr('abc'.partition(','))", func() string { return PartitionT("abc", ",").PyRepr() }, "('abc', '', '')"},
		{"repr('abc'.rpartition(','))", func() string { return RPartitionT("abc", ",").PyRepr() }, "('', '', 'abc')"},
		{"repr(''.partition(','))", func() string { return PartitionT("", ",").PyRepr() }, "('', '', '')"},
		{"repr(''.rpartition(','))", func() string { return RPartitionT("", ",").PyRepr() }, "('', '', '')"},
		{"repr(','.partition(','))", func() string { return PartitionT(",", ",").PyRepr() }, "('', ',', '')"},
		{"repr(','.rpartition(','))", func() string { return RPartitionT(",", ",").PyRepr() }, "('', ',', '')"},
		{"repr('a=b=c'.partition('='))", func() string { return PartitionT("a=b=c", "=").PyRepr() }, "('a', '=', 'b=c')"},
		{"repr('a=b=c'.rpartition('='))", func() string { return RPartitionT("a=b=c", "=").PyRepr() }, "('a=b', '=', 'c')"},
		{"repr('héllo→wörld→x'.partition('→'))", func() string { return PartitionT("héllo→wörld→x", "→").PyRepr() }, "('héllo', '→', 'wörld→x')"},
		{"repr('héllo→wörld→x'.rpartition('→'))", func() string { return RPartitionT("héllo→wörld→x", "→").PyRepr() }, "('héllo→wörld', '→', 'x')"},
		{"repr('abc'.partition(''))", func() string { return PartitionT("abc", "").PyRepr() }, "panic:ValueError: empty separator"},
		{"repr('abc'.rpartition(''))", func() string { return RPartitionT("abc", "").PyRepr() }, "panic:ValueError: empty separator"},
		{"repr('aXXbXXc'.partition('XX'))", func() string { return PartitionT("aXXbXXc", "XX").PyRepr() }, "('a', 'XX', 'bXXc')"},
		{"repr('aXXbXXc'.rpartition('XX'))", func() string { return RPartitionT("aXXbXXc", "XX").PyRepr() }, "('aXXb', 'XX', 'c')"},
		{"repr('日本語'.partition('本'))", func() string { return PartitionT("日本語", "本").PyRepr() }, "('日', '本', '語')"},
		{"repr('日本語'.rpartition('本'))", func() string { return RPartitionT("日本語", "本").PyRepr() }, "('日', '本', '語')"},
	})
}

func TestExtraChars(t *testing.T) {
	runPyCases(t, []pyCase{
		{"repr(list(''))", func() string { return strs(Chars("")) }, "[]"},
		{"repr(list('abc'))", func() string { return strs(Chars("abc")) }, "['a', 'b', 'c']"},
		{"repr(list('héllo'))", func() string { return strs(Chars("héllo")) }, "['h', 'é', 'l', 'l', 'o']"},
		{"repr(list('日本'))", func() string { return strs(Chars("日本")) }, "['日', '本']"},
		{"repr(list('a😀b'))", func() string { return strs(Chars("a😀b")) }, "['a', '😀', 'b']"},
		{"repr(list('é'))", func() string { return strs(Chars("é")) }, "['e', '́']"},
		{"repr(list('a\\tb\\n'))", func() string { return strs(Chars("a\tb\n")) }, "['a', '\\t', 'b', '\\n']"},
		{"repr(list('\\'\"'))", func() string { return strs(Chars("'\"")) }, "[\"'\", '\"']"},
	})
}

func TestExtraFindFrom(t *testing.T) {
	runPyCases(t, []pyCase{
		{"'hello world'.find('o', -100)", func() string { return i2s(FindFrom("hello world", "o", -100)) }, "4"},
		{"'hello world'.find('o', -12)", func() string { return i2s(FindFrom("hello world", "o", -12)) }, "4"},
		{"'hello world'.find('o', -11)", func() string { return i2s(FindFrom("hello world", "o", -11)) }, "4"},
		{"'hello world'.find('o', -2)", func() string { return i2s(FindFrom("hello world", "o", -2)) }, "-1"},
		{"'hello world'.find('o', -1)", func() string { return i2s(FindFrom("hello world", "o", -1)) }, "-1"},
		{"'hello world'.find('o', 0)", func() string { return i2s(FindFrom("hello world", "o", 0)) }, "4"},
		{"'hello world'.find('o', 1)", func() string { return i2s(FindFrom("hello world", "o", 1)) }, "4"},
		{"'hello world'.find('o', 2)", func() string { return i2s(FindFrom("hello world", "o", 2)) }, "4"},
		{"'hello world'.find('o', 10)", func() string { return i2s(FindFrom("hello world", "o", 10)) }, "-1"},
		{"'hello world'.find('o', 11)", func() string { return i2s(FindFrom("hello world", "o", 11)) }, "-1"},
		{"'hello world'.find('o', 12)", func() string { return i2s(FindFrom("hello world", "o", 12)) }, "-1"},
		{"'hello world'.find('o', 16)", func() string { return i2s(FindFrom("hello world", "o", 16)) }, "-1"},
		{"'hello world'.find('o', 100)", func() string { return i2s(FindFrom("hello world", "o", 100)) }, "-1"},
		{"'hello world'.find('world', -100)", func() string { return i2s(FindFrom("hello world", "world", -100)) }, "6"},
		{"'hello world'.find('world', -12)", func() string { return i2s(FindFrom("hello world", "world", -12)) }, "6"},
		{"'hello world'.find('world', -11)", func() string { return i2s(FindFrom("hello world", "world", -11)) }, "6"},
		{"'hello world'.find('world', -2)", func() string { return i2s(FindFrom("hello world", "world", -2)) }, "-1"},
		{"'hello world'.find('world', -1)", func() string { return i2s(FindFrom("hello world", "world", -1)) }, "-1"},
		{"'hello world'.find('world', 0)", func() string { return i2s(FindFrom("hello world", "world", 0)) }, "6"},
		{"'hello world'.find('world', 1)", func() string { return i2s(FindFrom("hello world", "world", 1)) }, "6"},
		{"'hello world'.find('world', 2)", func() string { return i2s(FindFrom("hello world", "world", 2)) }, "6"},
		{"'hello world'.find('world', 10)", func() string { return i2s(FindFrom("hello world", "world", 10)) }, "-1"},
		{"'hello world'.find('world', 11)", func() string { return i2s(FindFrom("hello world", "world", 11)) }, "-1"},
		{"'hello world'.find('world', 12)", func() string { return i2s(FindFrom("hello world", "world", 12)) }, "-1"},
		{"'hello world'.find('world', 16)", func() string { return i2s(FindFrom("hello world", "world", 16)) }, "-1"},
		{"'hello world'.find('world', 100)", func() string { return i2s(FindFrom("hello world", "world", 100)) }, "-1"},
		{"'hello world'.find('', -100)", func() string { return i2s(FindFrom("hello world", "", -100)) }, "0"},
		{"'hello world'.find('', -12)", func() string { return i2s(FindFrom("hello world", "", -12)) }, "0"},
		{"'hello world'.find('', -11)", func() string { return i2s(FindFrom("hello world", "", -11)) }, "0"},
		{"'hello world'.find('', -2)", func() string { return i2s(FindFrom("hello world", "", -2)) }, "9"},
		{"'hello world'.find('', -1)", func() string { return i2s(FindFrom("hello world", "", -1)) }, "10"},
		{"'hello world'.find('', 0)", func() string { return i2s(FindFrom("hello world", "", 0)) }, "0"},
		{"'hello world'.find('', 1)", func() string { return i2s(FindFrom("hello world", "", 1)) }, "1"},
		{"'hello world'.find('', 2)", func() string { return i2s(FindFrom("hello world", "", 2)) }, "2"},
		{"'hello world'.find('', 10)", func() string { return i2s(FindFrom("hello world", "", 10)) }, "10"},
		{"'hello world'.find('', 11)", func() string { return i2s(FindFrom("hello world", "", 11)) }, "11"},
		{"'hello world'.find('', 12)", func() string { return i2s(FindFrom("hello world", "", 12)) }, "-1"},
		{"'hello world'.find('', 16)", func() string { return i2s(FindFrom("hello world", "", 16)) }, "-1"},
		{"'hello world'.find('', 100)", func() string { return i2s(FindFrom("hello world", "", 100)) }, "-1"},
		{"'hello world'.find('z', -100)", func() string { return i2s(FindFrom("hello world", "z", -100)) }, "-1"},
		{"'hello world'.find('z', -12)", func() string { return i2s(FindFrom("hello world", "z", -12)) }, "-1"},
		{"'hello world'.find('z', -11)", func() string { return i2s(FindFrom("hello world", "z", -11)) }, "-1"},
		{"'hello world'.find('z', -2)", func() string { return i2s(FindFrom("hello world", "z", -2)) }, "-1"},
		{"'hello world'.find('z', -1)", func() string { return i2s(FindFrom("hello world", "z", -1)) }, "-1"},
		{"'hello world'.find('z', 0)", func() string { return i2s(FindFrom("hello world", "z", 0)) }, "-1"},
		{"'hello world'.find('z', 1)", func() string { return i2s(FindFrom("hello world", "z", 1)) }, "-1"},
		{"'hello world'.find('z', 2)", func() string { return i2s(FindFrom("hello world", "z", 2)) }, "-1"},
		{"'hello world'.find('z', 10)", func() string { return i2s(FindFrom("hello world", "z", 10)) }, "-1"},
		{"'hello world'.find('z', 11)", func() string { return i2s(FindFrom("hello world", "z", 11)) }, "-1"},
		{"'hello world'.find('z', 12)", func() string { return i2s(FindFrom("hello world", "z", 12)) }, "-1"},
		{"'hello world'.find('z', 16)", func() string { return i2s(FindFrom("hello world", "z", 16)) }, "-1"},
		{"'hello world'.find('z', 100)", func() string { return i2s(FindFrom("hello world", "z", 100)) }, "-1"},
		{"'hello world'.find('lo w', -100)", func() string { return i2s(FindFrom("hello world", "lo w", -100)) }, "3"},
		{"'hello world'.find('lo w', -12)", func() string { return i2s(FindFrom("hello world", "lo w", -12)) }, "3"},
		{"'hello world'.find('lo w', -11)", func() string { return i2s(FindFrom("hello world", "lo w", -11)) }, "3"},
		{"'hello world'.find('lo w', -2)", func() string { return i2s(FindFrom("hello world", "lo w", -2)) }, "-1"},
		{"'hello world'.find('lo w', -1)", func() string { return i2s(FindFrom("hello world", "lo w", -1)) }, "-1"},
		{"'hello world'.find('lo w', 0)", func() string { return i2s(FindFrom("hello world", "lo w", 0)) }, "3"},
		{"'hello world'.find('lo w', 1)", func() string { return i2s(FindFrom("hello world", "lo w", 1)) }, "3"},
		{"'hello world'.find('lo w', 2)", func() string { return i2s(FindFrom("hello world", "lo w", 2)) }, "3"},
		{"'hello world'.find('lo w', 10)", func() string { return i2s(FindFrom("hello world", "lo w", 10)) }, "-1"},
		{"'hello world'.find('lo w', 11)", func() string { return i2s(FindFrom("hello world", "lo w", 11)) }, "-1"},
		{"'hello world'.find('lo w', 12)", func() string { return i2s(FindFrom("hello world", "lo w", 12)) }, "-1"},
		{"'hello world'.find('lo w', 16)", func() string { return i2s(FindFrom("hello world", "lo w", 16)) }, "-1"},
		{"'hello world'.find('lo w', 100)", func() string { return i2s(FindFrom("hello world", "lo w", 100)) }, "-1"},
		{"''.find('', -100)", func() string { return i2s(FindFrom("", "", -100)) }, "0"},
		{"''.find('', -2)", func() string { return i2s(FindFrom("", "", -2)) }, "0"},
		{"''.find('', -1)", func() string { return i2s(FindFrom("", "", -1)) }, "0"},
		{"''.find('', 0)", func() string { return i2s(FindFrom("", "", 0)) }, "0"},
		{"''.find('', 1)", func() string { return i2s(FindFrom("", "", 1)) }, "-1"},
		{"''.find('', 2)", func() string { return i2s(FindFrom("", "", 2)) }, "-1"},
		{"''.find('', 5)", func() string { return i2s(FindFrom("", "", 5)) }, "-1"},
		{"''.find('', 100)", func() string { return i2s(FindFrom("", "", 100)) }, "-1"},
		{"''.find('a', -100)", func() string { return i2s(FindFrom("", "a", -100)) }, "-1"},
		{"''.find('a', -2)", func() string { return i2s(FindFrom("", "a", -2)) }, "-1"},
		{"''.find('a', -1)", func() string { return i2s(FindFrom("", "a", -1)) }, "-1"},
		{"''.find('a', 0)", func() string { return i2s(FindFrom("", "a", 0)) }, "-1"},
		{"''.find('a', 1)", func() string { return i2s(FindFrom("", "a", 1)) }, "-1"},
		{"''.find('a', 2)", func() string { return i2s(FindFrom("", "a", 2)) }, "-1"},
		{"''.find('a', 5)", func() string { return i2s(FindFrom("", "a", 5)) }, "-1"},
		{"''.find('a', 100)", func() string { return i2s(FindFrom("", "a", 100)) }, "-1"},
		{"'aaa'.find('a', -100)", func() string { return i2s(FindFrom("aaa", "a", -100)) }, "0"},
		{"'aaa'.find('a', -4)", func() string { return i2s(FindFrom("aaa", "a", -4)) }, "0"},
		{"'aaa'.find('a', -3)", func() string { return i2s(FindFrom("aaa", "a", -3)) }, "0"},
		{"'aaa'.find('a', -2)", func() string { return i2s(FindFrom("aaa", "a", -2)) }, "1"},
		{"'aaa'.find('a', -1)", func() string { return i2s(FindFrom("aaa", "a", -1)) }, "2"},
		{"'aaa'.find('a', 0)", func() string { return i2s(FindFrom("aaa", "a", 0)) }, "0"},
		{"'aaa'.find('a', 1)", func() string { return i2s(FindFrom("aaa", "a", 1)) }, "1"},
		{"'aaa'.find('a', 2)", func() string { return i2s(FindFrom("aaa", "a", 2)) }, "2"},
		{"'aaa'.find('a', 3)", func() string { return i2s(FindFrom("aaa", "a", 3)) }, "-1"},
		{"'aaa'.find('a', 4)", func() string { return i2s(FindFrom("aaa", "a", 4)) }, "-1"},
		{"'aaa'.find('a', 8)", func() string { return i2s(FindFrom("aaa", "a", 8)) }, "-1"},
		{"'aaa'.find('a', 100)", func() string { return i2s(FindFrom("aaa", "a", 100)) }, "-1"},
		{"'aaa'.find('aa', -100)", func() string { return i2s(FindFrom("aaa", "aa", -100)) }, "0"},
		{"'aaa'.find('aa', -4)", func() string { return i2s(FindFrom("aaa", "aa", -4)) }, "0"},
		{"'aaa'.find('aa', -3)", func() string { return i2s(FindFrom("aaa", "aa", -3)) }, "0"},
		{"'aaa'.find('aa', -2)", func() string { return i2s(FindFrom("aaa", "aa", -2)) }, "1"},
		{"'aaa'.find('aa', -1)", func() string { return i2s(FindFrom("aaa", "aa", -1)) }, "-1"},
		{"'aaa'.find('aa', 0)", func() string { return i2s(FindFrom("aaa", "aa", 0)) }, "0"},
		{"'aaa'.find('aa', 1)", func() string { return i2s(FindFrom("aaa", "aa", 1)) }, "1"},
		{"'aaa'.find('aa', 2)", func() string { return i2s(FindFrom("aaa", "aa", 2)) }, "-1"},
		{"'aaa'.find('aa', 3)", func() string { return i2s(FindFrom("aaa", "aa", 3)) }, "-1"},
		{"'aaa'.find('aa', 4)", func() string { return i2s(FindFrom("aaa", "aa", 4)) }, "-1"},
		{"'aaa'.find('aa', 8)", func() string { return i2s(FindFrom("aaa", "aa", 8)) }, "-1"},
		{"'aaa'.find('aa', 100)", func() string { return i2s(FindFrom("aaa", "aa", 100)) }, "-1"},
		{"'aaa'.find('', -100)", func() string { return i2s(FindFrom("aaa", "", -100)) }, "0"},
		{"'aaa'.find('', -4)", func() string { return i2s(FindFrom("aaa", "", -4)) }, "0"},
		{"'aaa'.find('', -3)", func() string { return i2s(FindFrom("aaa", "", -3)) }, "0"},
		{"'aaa'.find('', -2)", func() string { return i2s(FindFrom("aaa", "", -2)) }, "1"},
		{"'aaa'.find('', -1)", func() string { return i2s(FindFrom("aaa", "", -1)) }, "2"},
		{"'aaa'.find('', 0)", func() string { return i2s(FindFrom("aaa", "", 0)) }, "0"},
		{"'aaa'.find('', 1)", func() string { return i2s(FindFrom("aaa", "", 1)) }, "1"},
		{"'aaa'.find('', 2)", func() string { return i2s(FindFrom("aaa", "", 2)) }, "2"},
		{"'aaa'.find('', 3)", func() string { return i2s(FindFrom("aaa", "", 3)) }, "3"},
		{"'aaa'.find('', 4)", func() string { return i2s(FindFrom("aaa", "", 4)) }, "-1"},
		{"'aaa'.find('', 8)", func() string { return i2s(FindFrom("aaa", "", 8)) }, "-1"},
		{"'aaa'.find('', 100)", func() string { return i2s(FindFrom("aaa", "", 100)) }, "-1"},
		{"'héllo wörld ö'.find('ö', -100)", func() string { return i2s(FindFrom("héllo wörld ö", "ö", -100)) }, "7"},
		{"'héllo wörld ö'.find('ö', -14)", func() string { return i2s(FindFrom("héllo wörld ö", "ö", -14)) }, "7"},
		{"'héllo wörld ö'.find('ö', -13)", func() string { return i2s(FindFrom("héllo wörld ö", "ö", -13)) }, "7"},
		{"'héllo wörld ö'.find('ö', -2)", func() string { return i2s(FindFrom("héllo wörld ö", "ö", -2)) }, "12"},
		{"'héllo wörld ö'.find('ö', -1)", func() string { return i2s(FindFrom("héllo wörld ö", "ö", -1)) }, "12"},
		{"'héllo wörld ö'.find('ö', 0)", func() string { return i2s(FindFrom("héllo wörld ö", "ö", 0)) }, "7"},
		{"'héllo wörld ö'.find('ö', 1)", func() string { return i2s(FindFrom("héllo wörld ö", "ö", 1)) }, "7"},
		{"'héllo wörld ö'.find('ö', 2)", func() string { return i2s(FindFrom("héllo wörld ö", "ö", 2)) }, "7"},
		{"'héllo wörld ö'.find('ö', 12)", func() string { return i2s(FindFrom("héllo wörld ö", "ö", 12)) }, "12"},
		{"'héllo wörld ö'.find('ö', 13)", func() string { return i2s(FindFrom("héllo wörld ö", "ö", 13)) }, "-1"},
		{"'héllo wörld ö'.find('ö', 14)", func() string { return i2s(FindFrom("héllo wörld ö", "ö", 14)) }, "-1"},
		{"'héllo wörld ö'.find('ö', 18)", func() string { return i2s(FindFrom("héllo wörld ö", "ö", 18)) }, "-1"},
		{"'héllo wörld ö'.find('ö', 100)", func() string { return i2s(FindFrom("héllo wörld ö", "ö", 100)) }, "-1"},
		{"'héllo wörld ö'.find('l', -100)", func() string { return i2s(FindFrom("héllo wörld ö", "l", -100)) }, "2"},
		{"'héllo wörld ö'.find('l', -14)", func() string { return i2s(FindFrom("héllo wörld ö", "l", -14)) }, "2"},
		{"'héllo wörld ö'.find('l', -13)", func() string { return i2s(FindFrom("héllo wörld ö", "l", -13)) }, "2"},
		{"'héllo wörld ö'.find('l', -2)", func() string { return i2s(FindFrom("héllo wörld ö", "l", -2)) }, "-1"},
		{"'héllo wörld ö'.find('l', -1)", func() string { return i2s(FindFrom("héllo wörld ö", "l", -1)) }, "-1"},
		{"'héllo wörld ö'.find('l', 0)", func() string { return i2s(FindFrom("héllo wörld ö", "l", 0)) }, "2"},
		{"'héllo wörld ö'.find('l', 1)", func() string { return i2s(FindFrom("héllo wörld ö", "l", 1)) }, "2"},
		{"'héllo wörld ö'.find('l', 2)", func() string { return i2s(FindFrom("héllo wörld ö", "l", 2)) }, "2"},
		{"'héllo wörld ö'.find('l', 12)", func() string { return i2s(FindFrom("héllo wörld ö", "l", 12)) }, "-1"},
		{"'héllo wörld ö'.find('l', 13)", func() string { return i2s(FindFrom("héllo wörld ö", "l", 13)) }, "-1"},
		{"'héllo wörld ö'.find('l', 14)", func() string { return i2s(FindFrom("héllo wörld ö", "l", 14)) }, "-1"},
		{"'héllo wörld ö'.find('l', 18)", func() string { return i2s(FindFrom("héllo wörld ö", "l", 18)) }, "-1"},
		{"'héllo wörld ö'.find('l', 100)", func() string { return i2s(FindFrom("héllo wörld ö", "l", 100)) }, "-1"},
		{"'héllo wörld ö'.find('', -100)", func() string { return i2s(FindFrom("héllo wörld ö", "", -100)) }, "0"},
		{"'héllo wörld ö'.find('', -14)", func() string { return i2s(FindFrom("héllo wörld ö", "", -14)) }, "0"},
		{"'héllo wörld ö'.find('', -13)", func() string { return i2s(FindFrom("héllo wörld ö", "", -13)) }, "0"},
		{"'héllo wörld ö'.find('', -2)", func() string { return i2s(FindFrom("héllo wörld ö", "", -2)) }, "11"},
		{"'héllo wörld ö'.find('', -1)", func() string { return i2s(FindFrom("héllo wörld ö", "", -1)) }, "12"},
		{"'héllo wörld ö'.find('', 0)", func() string { return i2s(FindFrom("héllo wörld ö", "", 0)) }, "0"},
		{"'héllo wörld ö'.find('', 1)", func() string { return i2s(FindFrom("héllo wörld ö", "", 1)) }, "1"},
		{"'héllo wörld ö'.find('', 2)", func() string { return i2s(FindFrom("héllo wörld ö", "", 2)) }, "2"},
		{"'héllo wörld ö'.find('', 12)", func() string { return i2s(FindFrom("héllo wörld ö", "", 12)) }, "12"},
		{"'héllo wörld ö'.find('', 13)", func() string { return i2s(FindFrom("héllo wörld ö", "", 13)) }, "13"},
		{"'héllo wörld ö'.find('', 14)", func() string { return i2s(FindFrom("héllo wörld ö", "", 14)) }, "-1"},
		{"'héllo wörld ö'.find('', 18)", func() string { return i2s(FindFrom("héllo wörld ö", "", 18)) }, "-1"},
		{"'héllo wörld ö'.find('', 100)", func() string { return i2s(FindFrom("héllo wörld ö", "", 100)) }, "-1"},
		{"'héllo wörld ö'.find('wö', -100)", func() string { return i2s(FindFrom("héllo wörld ö", "wö", -100)) }, "6"},
		{"'héllo wörld ö'.find('wö', -14)", func() string { return i2s(FindFrom("héllo wörld ö", "wö", -14)) }, "6"},
		{"'héllo wörld ö'.find('wö', -13)", func() string { return i2s(FindFrom("héllo wörld ö", "wö", -13)) }, "6"},
		{"'héllo wörld ö'.find('wö', -2)", func() string { return i2s(FindFrom("héllo wörld ö", "wö", -2)) }, "-1"},
		{"'héllo wörld ö'.find('wö', -1)", func() string { return i2s(FindFrom("héllo wörld ö", "wö", -1)) }, "-1"},
		{"'héllo wörld ö'.find('wö', 0)", func() string { return i2s(FindFrom("héllo wörld ö", "wö", 0)) }, "6"},
		{"'héllo wörld ö'.find('wö', 1)", func() string { return i2s(FindFrom("héllo wörld ö", "wö", 1)) }, "6"},
		{"'héllo wörld ö'.find('wö', 2)", func() string { return i2s(FindFrom("héllo wörld ö", "wö", 2)) }, "6"},
		{"'héllo wörld ö'.find('wö', 12)", func() string { return i2s(FindFrom("héllo wörld ö", "wö", 12)) }, "-1"},
		{"'héllo wörld ö'.find('wö', 13)", func() string { return i2s(FindFrom("héllo wörld ö", "wö", 13)) }, "-1"},
		{"'héllo wörld ö'.find('wö', 14)", func() string { return i2s(FindFrom("héllo wörld ö", "wö", 14)) }, "-1"},
		{"'héllo wörld ö'.find('wö', 18)", func() string { return i2s(FindFrom("héllo wörld ö", "wö", 18)) }, "-1"},
		{"'héllo wörld ö'.find('wö', 100)", func() string { return i2s(FindFrom("héllo wörld ö", "wö", 100)) }, "-1"},
		{"'日本語の日本'.find('日本', -100)", func() string { return i2s(FindFrom("日本語の日本", "日本", -100)) }, "0"},
		{"'日本語の日本'.find('日本', -7)", func() string { return i2s(FindFrom("日本語の日本", "日本", -7)) }, "0"},
		{"'日本語の日本'.find('日本', -6)", func() string { return i2s(FindFrom("日本語の日本", "日本", -6)) }, "0"},
		{"'日本語の日本'.find('日本', -2)", func() string { return i2s(FindFrom("日本語の日本", "日本", -2)) }, "4"},
		{"'日本語の日本'.find('日本', -1)", func() string { return i2s(FindFrom("日本語の日本", "日本", -1)) }, "-1"},
		{"'日本語の日本'.find('日本', 0)", func() string { return i2s(FindFrom("日本語の日本", "日本", 0)) }, "0"},
		{"'日本語の日本'.find('日本', 1)", func() string { return i2s(FindFrom("日本語の日本", "日本", 1)) }, "4"},
		{"'日本語の日本'.find('日本', 2)", func() string { return i2s(FindFrom("日本語の日本", "日本", 2)) }, "4"},
		{"'日本語の日本'.find('日本', 5)", func() string { return i2s(FindFrom("日本語の日本", "日本", 5)) }, "-1"},
		{"'日本語の日本'.find('日本', 6)", func() string { return i2s(FindFrom("日本語の日本", "日本", 6)) }, "-1"},
		{"'日本語の日本'.find('日本', 7)", func() string { return i2s(FindFrom("日本語の日本", "日本", 7)) }, "-1"},
		{"'日本語の日本'.find('日本', 11)", func() string { return i2s(FindFrom("日本語の日本", "日本", 11)) }, "-1"},
		{"'日本語の日本'.find('日本', 100)", func() string { return i2s(FindFrom("日本語の日本", "日本", 100)) }, "-1"},
		{"'日本語の日本'.find('の', -100)", func() string { return i2s(FindFrom("日本語の日本", "の", -100)) }, "3"},
		{"'日本語の日本'.find('の', -7)", func() string { return i2s(FindFrom("日本語の日本", "の", -7)) }, "3"},
		{"'日本語の日本'.find('の', -6)", func() string { return i2s(FindFrom("日本語の日本", "の", -6)) }, "3"},
		{"'日本語の日本'.find('の', -2)", func() string { return i2s(FindFrom("日本語の日本", "の", -2)) }, "-1"},
		{"'日本語の日本'.find('の', -1)", func() string { return i2s(FindFrom("日本語の日本", "の", -1)) }, "-1"},
		{"'日本語の日本'.find('の', 0)", func() string { return i2s(FindFrom("日本語の日本", "の", 0)) }, "3"},
		{"'日本語の日本'.find('の', 1)", func() string { return i2s(FindFrom("日本語の日本", "の", 1)) }, "3"},
		{"'日本語の日本'.find('の', 2)", func() string { return i2s(FindFrom("日本語の日本", "の", 2)) }, "3"},
		{"'日本語の日本'.find('の', 5)", func() string { return i2s(FindFrom("日本語の日本", "の", 5)) }, "-1"},
		{"'日本語の日本'.find('の', 6)", func() string { return i2s(FindFrom("日本語の日本", "の", 6)) }, "-1"},
		{"'日本語の日本'.find('の', 7)", func() string { return i2s(FindFrom("日本語の日本", "の", 7)) }, "-1"},
		{"'日本語の日本'.find('の', 11)", func() string { return i2s(FindFrom("日本語の日本", "の", 11)) }, "-1"},
		{"'日本語の日本'.find('の', 100)", func() string { return i2s(FindFrom("日本語の日本", "の", 100)) }, "-1"},
		{"'日本語の日本'.find('', -100)", func() string { return i2s(FindFrom("日本語の日本", "", -100)) }, "0"},
		{"'日本語の日本'.find('', -7)", func() string { return i2s(FindFrom("日本語の日本", "", -7)) }, "0"},
		{"'日本語の日本'.find('', -6)", func() string { return i2s(FindFrom("日本語の日本", "", -6)) }, "0"},
		{"'日本語の日本'.find('', -2)", func() string { return i2s(FindFrom("日本語の日本", "", -2)) }, "4"},
		{"'日本語の日本'.find('', -1)", func() string { return i2s(FindFrom("日本語の日本", "", -1)) }, "5"},
		{"'日本語の日本'.find('', 0)", func() string { return i2s(FindFrom("日本語の日本", "", 0)) }, "0"},
		{"'日本語の日本'.find('', 1)", func() string { return i2s(FindFrom("日本語の日本", "", 1)) }, "1"},
		{"'日本語の日本'.find('', 2)", func() string { return i2s(FindFrom("日本語の日本", "", 2)) }, "2"},
		{"'日本語の日本'.find('', 5)", func() string { return i2s(FindFrom("日本語の日本", "", 5)) }, "5"},
		{"'日本語の日本'.find('', 6)", func() string { return i2s(FindFrom("日本語の日本", "", 6)) }, "6"},
		{"'日本語の日本'.find('', 7)", func() string { return i2s(FindFrom("日本語の日本", "", 7)) }, "-1"},
		{"'日本語の日本'.find('', 11)", func() string { return i2s(FindFrom("日本語の日本", "", 11)) }, "-1"},
		{"'日本語の日本'.find('', 100)", func() string { return i2s(FindFrom("日本語の日本", "", 100)) }, "-1"},
		{"'a😀b😀c'.find('😀', -100)", func() string { return i2s(FindFrom("a😀b😀c", "😀", -100)) }, "1"},
		{"'a😀b😀c'.find('😀', -6)", func() string { return i2s(FindFrom("a😀b😀c", "😀", -6)) }, "1"},
		{"'a😀b😀c'.find('😀', -5)", func() string { return i2s(FindFrom("a😀b😀c", "😀", -5)) }, "1"},
		{"'a😀b😀c'.find('😀', -2)", func() string { return i2s(FindFrom("a😀b😀c", "😀", -2)) }, "3"},
		{"'a😀b😀c'.find('😀', -1)", func() string { return i2s(FindFrom("a😀b😀c", "😀", -1)) }, "-1"},
		{"'a😀b😀c'.find('😀', 0)", func() string { return i2s(FindFrom("a😀b😀c", "😀", 0)) }, "1"},
		{"'a😀b😀c'.find('😀', 1)", func() string { return i2s(FindFrom("a😀b😀c", "😀", 1)) }, "1"},
		{"'a😀b😀c'.find('😀', 2)", func() string { return i2s(FindFrom("a😀b😀c", "😀", 2)) }, "3"},
		{"'a😀b😀c'.find('😀', 4)", func() string { return i2s(FindFrom("a😀b😀c", "😀", 4)) }, "-1"},
		{"'a😀b😀c'.find('😀', 5)", func() string { return i2s(FindFrom("a😀b😀c", "😀", 5)) }, "-1"},
		{"'a😀b😀c'.find('😀', 6)", func() string { return i2s(FindFrom("a😀b😀c", "😀", 6)) }, "-1"},
		{"'a😀b😀c'.find('😀', 10)", func() string { return i2s(FindFrom("a😀b😀c", "😀", 10)) }, "-1"},
		{"'a😀b😀c'.find('😀', 100)", func() string { return i2s(FindFrom("a😀b😀c", "😀", 100)) }, "-1"},
		{"'a😀b😀c'.find('c', -100)", func() string { return i2s(FindFrom("a😀b😀c", "c", -100)) }, "4"},
		{"'a😀b😀c'.find('c', -6)", func() string { return i2s(FindFrom("a😀b😀c", "c", -6)) }, "4"},
		{"'a😀b😀c'.find('c', -5)", func() string { return i2s(FindFrom("a😀b😀c", "c", -5)) }, "4"},
		{"'a😀b😀c'.find('c', -2)", func() string { return i2s(FindFrom("a😀b😀c", "c", -2)) }, "4"},
		{"'a😀b😀c'.find('c', -1)", func() string { return i2s(FindFrom("a😀b😀c", "c", -1)) }, "4"},
		{"'a😀b😀c'.find('c', 0)", func() string { return i2s(FindFrom("a😀b😀c", "c", 0)) }, "4"},
		{"'a😀b😀c'.find('c', 1)", func() string { return i2s(FindFrom("a😀b😀c", "c", 1)) }, "4"},
		{"'a😀b😀c'.find('c', 2)", func() string { return i2s(FindFrom("a😀b😀c", "c", 2)) }, "4"},
		{"'a😀b😀c'.find('c', 4)", func() string { return i2s(FindFrom("a😀b😀c", "c", 4)) }, "4"},
		{"'a😀b😀c'.find('c', 5)", func() string { return i2s(FindFrom("a😀b😀c", "c", 5)) }, "-1"},
		{"'a😀b😀c'.find('c', 6)", func() string { return i2s(FindFrom("a😀b😀c", "c", 6)) }, "-1"},
		{"'a😀b😀c'.find('c', 10)", func() string { return i2s(FindFrom("a😀b😀c", "c", 10)) }, "-1"},
		{"'a😀b😀c'.find('c', 100)", func() string { return i2s(FindFrom("a😀b😀c", "c", 100)) }, "-1"},
		{"'a😀b😀c'.find('', -100)", func() string { return i2s(FindFrom("a😀b😀c", "", -100)) }, "0"},
		{"'a😀b😀c'.find('', -6)", func() string { return i2s(FindFrom("a😀b😀c", "", -6)) }, "0"},
		{"'a😀b😀c'.find('', -5)", func() string { return i2s(FindFrom("a😀b😀c", "", -5)) }, "0"},
		{"'a😀b😀c'.find('', -2)", func() string { return i2s(FindFrom("a😀b😀c", "", -2)) }, "3"},
		{"'a😀b😀c'.find('', -1)", func() string { return i2s(FindFrom("a😀b😀c", "", -1)) }, "4"},
		{"'a😀b😀c'.find('', 0)", func() string { return i2s(FindFrom("a😀b😀c", "", 0)) }, "0"},
		{"'a😀b😀c'.find('', 1)", func() string { return i2s(FindFrom("a😀b😀c", "", 1)) }, "1"},
		{"'a😀b😀c'.find('', 2)", func() string { return i2s(FindFrom("a😀b😀c", "", 2)) }, "2"},
		{"'a😀b😀c'.find('', 4)", func() string { return i2s(FindFrom("a😀b😀c", "", 4)) }, "4"},
		{"'a😀b😀c'.find('', 5)", func() string { return i2s(FindFrom("a😀b😀c", "", 5)) }, "5"},
		{"'a😀b😀c'.find('', 6)", func() string { return i2s(FindFrom("a😀b😀c", "", 6)) }, "-1"},
		{"'a😀b😀c'.find('', 10)", func() string { return i2s(FindFrom("a😀b😀c", "", 10)) }, "-1"},
		{"'a😀b😀c'.find('', 100)", func() string { return i2s(FindFrom("a😀b😀c", "", 100)) }, "-1"},
	})
}

func optStr[T any](p *T) string {
	if p == nil {
		return "None"
	}
	return Repr(*p)
}

func TestExtraGetPtr(t *testing.T) {
	d := DictOf(Tuple2[string, int]{"a", 1}, Tuple2[string, int]{"b", 0})
	runPyCases(t, []pyCase{
		{"d.get('a')", func() string { return optStr(d.GetPtr("a")) }, "1"},
		{"d.get('b')", func() string { return optStr(d.GetPtr("b")) }, "0"},
		{"d.get('c')", func() string { return optStr(d.GetPtr("c")) }, "None"},
	})
	// The pointer is to a copy: writing through it does not change d.
	p := d.GetPtr("a")
	*p = 42
	if v := d.MustGet("a"); v != 1 {
		t.Errorf("d['a'] after writing through GetPtr = %d, want 1", v)
	}
}

func TestExtraLookupEnv(t *testing.T) {
	t.Setenv("PYRT_LOOKUP_SET", "v")
	t.Setenv("PYRT_LOOKUP_EMPTY", "")
	os.Unsetenv("PYRT_LOOKUP_UNSET")
	runPyCases(t, []pyCase{
		{"os.environ.get('PYRT_LOOKUP_SET')", func() string { return optStr(LookupEnv("PYRT_LOOKUP_SET")) }, "'v'"},
		{"os.environ.get('PYRT_LOOKUP_EMPTY')", func() string { return optStr(LookupEnv("PYRT_LOOKUP_EMPTY")) }, "''"},
		{"os.getenv('PYRT_LOOKUP_UNSET')", func() string { return optStr(LookupEnv("PYRT_LOOKUP_UNSET")) }, "None"},
	})
}

func readAllRawStr(in string) string {
	s, err := ReadAllRaw(strings.NewReader(in))
	if err != nil {
		return errText(err)
	}
	return Repr(s)
}

func readLinesRawStr(in string) string {
	ls, err := ReadLinesRaw(strings.NewReader(in))
	if err != nil {
		return errText(err)
	}
	return strs(ls)
}

// sys.stdin with strict errors (PYTHONIOENCODING=utf-8:strict; under the
// C/POSIX locale CPython's stdin would use surrogateescape instead).
func TestExtraReadRaw(t *testing.T) {
	runPyCases(t, []pyCase{
		{"printf 'a\\r\\nb\\rc\\n\\nd' | repr(sys.stdin.read())", func() string { return readAllRawStr("a\r\nb\rc\n\nd") }, "'a\\r\\nb\\rc\\n\\nd'"},
		{"printf '' | repr(sys.stdin.read())", func() string { return readAllRawStr("") }, "''"},
		{"printf 'h\\xc3\\xa9' | repr(sys.stdin.read())", func() string { return readAllRawStr("h\xc3\xa9") }, "'hé'"},
		{"printf 'ab\\xff\\r\\n' | sys.stdin.read()", func() string { return readAllRawStr("ab\xff\r\n") }, "panic:UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"},
		{"printf 'a\\nb\\xe2\\x82' | sys.stdin.read()", func() string { return readAllRawStr("a\nb\xe2\x82") }, "panic:UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 3-4: unexpected end of data"},
		{"printf '\\xed\\xa0\\x80x' | sys.stdin.read()", func() string { return readAllRawStr("\xed\xa0\x80x") }, "panic:UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
		{"printf 'a\\r\\nb\\rc\\n\\nd' | repr(sys.stdin.readlines())", func() string { return readLinesRawStr("a\r\nb\rc\n\nd") }, "['a\\r\\n', 'b\\rc\\n', '\\n', 'd']"},
		{"printf '' | repr(sys.stdin.readlines())", func() string { return readLinesRawStr("") }, "[]"},
		{"printf 'x\\n' | repr(sys.stdin.readlines())", func() string { return readLinesRawStr("x\n") }, "['x\\n']"},
		{"printf 'a\\nb\\xffc\\n' | sys.stdin.readlines()", func() string { return readLinesRawStr("a\nb\xffc\n") }, "panic:UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 3: invalid start byte"},
		{"printf 'a\\nb\\xe2\\x82' | sys.stdin.readlines()", func() string { return readLinesRawStr("a\nb\xe2\x82") }, "panic:UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
	})
}

func TestExtraPathPredicates(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(filepath.Join(dir, "file"), []byte("x\n"), 0o644))
	must(os.Mkdir(filepath.Join(dir, "dir"), 0o755))
	must(os.Symlink("file", filepath.Join(dir, "link_file")))
	must(os.Symlink("dir", filepath.Join(dir, "link_dir")))
	must(os.Symlink("missing", filepath.Join(dir, "broken")))
	haveFifo := syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o644) == nil
	// name, os.path.exists, os.path.isfile, os.path.isdir (CPython 3.11 on
	// the same tree).
	cases := []struct {
		name                string
		exists, file, isdir bool
	}{
		{"file", true, true, false},
		{"dir", true, false, true},
		{"link_file", true, true, false},
		{"link_dir", true, false, true},
		{"broken", false, false, false},
		{"fifo", true, false, false},
		{"missing", false, false, false},
		{"file/", false, false, false},
		{"dir/", true, false, true},
		{"file/x", false, false, false},
		{"dir/..", true, false, true},
	}
	for _, c := range cases {
		if c.name == "fifo" && !haveFifo {
			continue
		}
		p := dir + "/" + c.name
		if got := Exists(p); got != c.exists {
			t.Errorf("os.path.exists(%q) = %v, want %v", c.name, got, c.exists)
		}
		if got := IsFile(p); got != c.file {
			t.Errorf("os.path.isfile(%q) = %v, want %v", c.name, got, c.file)
		}
		if got := IsDir(p); got != c.isdir {
			t.Errorf("os.path.isdir(%q) = %v, want %v", c.name, got, c.isdir)
		}
	}
	for _, p := range []string{"", "a\x00b"} {
		if Exists(p) || IsFile(p) || IsDir(p) {
			t.Errorf("exists/isfile/isdir(%q) should all be False", p)
		}
	}
	if !Exists("/dev/null") || IsFile("/dev/null") || IsDir("/dev/null") {
		t.Errorf("/dev/null: want exists=True isfile=False isdir=False")
	}
}

func exitOptStr(code *int) (s string) {
	defer func() {
		e, ok := recover().(*SystemExit)
		if !ok {
			s = "no SystemExit"
			return
		}
		s = Str(e.Code) + " " + Repr(ExcStr(e)) + " " + ExcRepr(e)
	}()
	ExitOpt(code)
	return "returned"
}

func TestExtraExitOpt(t *testing.T) {
	// exit status, repr(str(e)), repr(e)
	runPyCases(t, []pyCase{
		{"sys.exit(None)", func() string { return exitOptStr(nil) }, "0 '' SystemExit()"},
		{"sys.exit(0)", func() string { return exitOptStr(ptrTo(0)) }, "0 '0' SystemExit(0)"},
		{"sys.exit(3)", func() string { return exitOptStr(ptrTo(3)) }, "3 '3' SystemExit(3)"},
		{"sys.exit(-1)", func() string { return exitOptStr(ptrTo(-1)) }, "-1 '-1' SystemExit(-1)"},
	})
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

func TestExtraWriteString(t *testing.T) {
	var b bytes.Buffer
	for _, s := range []string{"héllo", "", "\r\n", "x\n"} {
		if err := WriteString(&b, s); err != nil {
			t.Fatalf("WriteString(%q): %v", s, err)
		}
	}
	if got, want := b.String(), "héllo\r\nx\n"; got != want {
		t.Errorf("written %q, want %q", got, want)
	}
	err := WriteString(failWriter{}, "x")
	if !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("WriteString on a failing writer: err = %v, want ENOSPC", err)
	}
}

func TestStarSplit(t *testing.T) {
	runPyCases(t, []pyCase{
		{"a, *b = [1, 2, 3]", func() string { return Repr(StarSplit([]int{1, 2, 3}, 1, 0)) }, "[2, 3]"},
		{"*a, b = [1]", func() string { return Repr(StarSplit([]int{1}, 0, 1)) }, "[]"},
		{"a, *b, c = [1]", func() string { return Repr(StarSplit([]int{1}, 1, 1)) }, "panic:ValueError: not enough values to unpack (expected at least 2, got 1)"},
	})
}

func TestExtraOptionalStrArgsAndGroupBy(t *testing.T) {
	first := func(s string) string { return s[:1] }
	runPyCases(t, []pyCase{
		{"re.compile('a').search(None)", func() string { return ReArg(nil) }, "panic:TypeError: expected string or bytes-like object, got 'NoneType'"},
		{"None.lower()", func() string { return OptAttr(nil, "lower") }, "panic:AttributeError: 'NoneType' object has no attribute 'lower'"},
		{"None[:60]", func() string { return OptSubscript(nil) }, "panic:TypeError: 'NoneType' object is not subscriptable"},
		{"'ab'.lower()", func() string { return Lower(OptAttr(Ptr("AB"), "lower")) }, "ab"},
		{"[(k, list(g)) for k, g in itertools.groupby(['a1','a2','b1','a3'], key=lambda s: s[0])]", func() string {
			return Repr(GroupBy([]string{"a1", "a2", "b1", "a3"}, first))
		}, "[('a', ['a1', 'a2']), ('b', ['b1']), ('a', ['a3'])]"},
		{"[(k, list(g)) for k, g in itertools.groupby([], key=lambda s: s[0])]", func() string {
			return Repr(GroupBy([]string{}, first))
		}, "[]"},
	})
}
