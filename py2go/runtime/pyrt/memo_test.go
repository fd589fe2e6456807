package pyrt

import (
	"fmt"
	"strings"
	"testing"
)

// The calls that run the body, as CPython 3.11 printed them for:
//
//	@functools.lru_cache(maxsize=N)
//	def g(x): print('g', x); return x
//	for x in [1, 2, 1, 3, 2, 1]: g(x)
func TestMemoFollowsPythonLRU(t *testing.T) {
	for _, c := range []struct {
		max  int
		want string
	}{
		{2, "g 1,g 2,g 3,g 2,g 1"},
		{0, "g 1,g 2,g 1,g 3,g 2,g 1"},
		{-1, "g 1,g 2,g 3"},
		{3, "g 1,g 2,g 3"},
	} {
		m := NewMemo[int, int](c.max)
		var ran []string
		g := func(x int) int {
			if v, ok := m.Get(x); ok {
				return v
			}
			ran = append(ran, fmt.Sprint("g ", x))
			m.Put(x, x)
			return x
		}
		for _, x := range []int{1, 2, 1, 3, 2, 1} {
			g(x)
		}
		if got := strings.Join(ran, ","); got != c.want {
			t.Errorf("maxsize=%d: ran %s, want %s", c.max, got, c.want)
		}
	}
}
