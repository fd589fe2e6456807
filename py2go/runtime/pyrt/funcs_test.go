package pyrt

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// Expectations from CPython 3.11:
//
//	list(map(str.upper, ["a", "b"]))            -> ['A', 'B']
//	list(map(len, []))                          -> []
//	list(filter(lambda n: n % 2, [1, 2, 3, 4])) -> [1, 3]
//	list(filter(None, ["", "x", "", "y"]))      -> ['x', 'y']
//	list(filter(None, [0, 1, 2]))               -> [1, 2]
func TestMapFilter(t *testing.T) {
	if got := MapList([]string{"a", "b"}, strings.ToUpper); !reflect.DeepEqual(got, []string{"A", "B"}) {
		t.Errorf("MapList = %v", got)
	}
	if got := MapList([]string{}, func(s string) int { return len(s) }); len(got) != 0 || got == nil {
		t.Errorf("MapList(empty) = %#v", got)
	}
	odd := FilterList([]int{1, 2, 3, 4}, func(n int) bool { return n%2 != 0 })
	if !reflect.DeepEqual(odd, []int{1, 3}) {
		t.Errorf("FilterList = %v", odd)
	}
	if got := FilterTruthy([]string{"", "x", "", "y"}); !reflect.DeepEqual(got, []string{"x", "y"}) {
		t.Errorf("FilterTruthy(str) = %v", got)
	}
	if got := FilterTruthy([]int{0, 1, 2}); !reflect.DeepEqual(got, []int{1, 2}) {
		t.Errorf("FilterTruthy(int) = %v", got)
	}
}

// map stops at the first exception, after calling f on the items before it (CPython 3.11:
// `list(map(lambda s: calls.append(s) or int(s), ["1", "x", "3"]))` raises ValueError with
// calls == ['1', 'x']).
func TestMapListStopsAtPanic(t *testing.T) {
	var calls []string
	defer func() {
		r := recover()
		err, ok := r.(error)
		if !ok || !errors.Is(err, err) || !reflect.DeepEqual(calls, []string{"1", "x"}) {
			t.Errorf("recovered %v, calls %v", r, calls)
		}
	}()
	MapList([]string{"1", "x", "3"}, func(s string) int {
		calls = append(calls, s)
		n, err := Atoi(s)
		if err != nil {
			panic(err)
		}
		return n
	})
	t.Error("no panic")
}

// re.sub/subn with a function as the replacement, expectations from CPython 3.11:
//
//	re.subn(r'(\w+)@(\w+)', lambda m: m.group(2).upper() + '@' + m.group(1), 'a@b, cc@dd and é@x')
//	    -> ('B@a, DD@cc and X@é', 3)
//	re.sub(r'\d+', lambda m: str(int(m.group(0)) * 2), 'x1 y22 z', count=1) -> 'x2 y22 z'
func TestSubnFunc(t *testing.T) {
	swap := ReCompile(`(\w+)@(\w+)`, 0)
	got := SubnFunc(swap, func(m *Match) string {
		return Upper(m.Group(2)) + "@" + m.Group(1)
	}, "a@b, cc@dd and é@x", 0)
	if got.V0 != "B@a, DD@cc and X@é" || got.V1 != 3 {
		t.Errorf("SubnFunc = %#v", got)
	}
	double := SubnFunc(ReCompile(`\d+`, 0), func(m *Match) string {
		n, err := Atoi(m.Group(0))
		if err != nil {
			panic(err)
		}
		return Str(n * 2)
	}, "x1 y22 z", 1)
	if double.V0 != "x2 y22 z" || double.V1 != 1 {
		t.Errorf("SubnFunc(count=1) = %#v", double)
	}
}
