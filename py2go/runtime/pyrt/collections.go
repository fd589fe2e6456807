package pyrt

import (
	"reflect"
	"slices"
	"strings"
)

// NewDefaultDict is collections.defaultdict(factory): d[k] for a missing key stores and returns
// factory(); typeName is what the repr shows (`defaultdict(<class 'list'>, {...})`).
func NewDefaultDict[K comparable, V any](factory func() V, typeName string) *Dict[K, V] {
	d := NewDict[K, V]()
	d.factory = factory
	d.kind = "defaultdict(<class '" + typeName + "'>"
	return d
}

// NewCounter is collections.Counter(): c[k] is 0 for a missing key (without storing it).
func NewCounter[K comparable]() *Dict[K, int] {
	d := NewDict[K, int]()
	d.factory = func() int { return 0 }
	d.kind = "Counter"
	return d
}

// CounterOf is collections.Counter(items): counts in first-seen order.
func CounterOf[K comparable](items []K) *Dict[K, int] {
	c := NewCounter[K]()
	CounterUpdate(c, items)
	return c
}

// CounterUpdate is c.update(items): adds one per item.
func CounterUpdate[K comparable](c *Dict[K, int], items []K) {
	for _, it := range items {
		n, _ := c.Get(it)
		c.Set(it, n+1)
	}
}

// CounterMostCommon is c.most_common(n) (n < 0: all): by count, highest first; equal counts
// keep insertion order, as CPython's stable sort does.
func CounterMostCommon[K comparable](c *Dict[K, int], n int) []Tuple2[K, int] {
	items := c.Items()
	slices.SortStableFunc(items, func(a, b Tuple2[K, int]) int { return b.V1 - a.V1 })
	if n >= 0 && n < len(items) {
		items = items[:n]
	}
	return items
}

// counterRepr is repr(Counter): Counter({'a': 2, 'b': 1}) in most_common order, Counter() when empty.
func counterRepr[K comparable, V any](d *Dict[K, V]) string {
	if d.Len() == 0 {
		return "Counter()"
	}
	items := d.Items()
	slices.SortStableFunc(items, func(a, b Tuple2[K, V]) int {
		return int(reflect.ValueOf(b.V1).Int() - reflect.ValueOf(a.V1).Int())
	})
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = Repr(any(it.V0)) + ": " + Repr(any(it.V1))
	}
	return "Counter({" + strings.Join(parts, ", ") + "})"
}
