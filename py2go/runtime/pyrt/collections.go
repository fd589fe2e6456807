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

// NewOrderedDict is collections.OrderedDict(items): a Dict (insertion-ordered like every dict)
// whose repr is CPython 3.11's `OrderedDict([('k', v)])`.
func NewOrderedDict[K comparable, V any](items ...Tuple2[K, V]) *Dict[K, V] {
	d := DictOf(items...)
	d.kind = "OrderedDict"
	return d
}

func orderedDictRepr[K comparable, V any](d *Dict[K, V]) string {
	if d.Len() == 0 {
		return "OrderedDict()"
	}
	parts := make([]string, 0, d.Len())
	for _, it := range d.Items() {
		parts = append(parts, "("+Repr(any(it.V0))+", "+Repr(any(it.V1))+")")
	}
	return "OrderedDict([" + strings.Join(parts, ", ") + "])"
}

// MoveToEnd is od.move_to_end(key, last): to the end, or to the front when !last; a missing key
// raises KeyError(key).
func (d *Dict[K, V]) MoveToEnd(key K, last bool) {
	v, ok := d.Get(key)
	if !ok {
		panic(keyError(key))
	}
	d.remove(key)
	if last {
		d.Set(key, v)
		return
	}
	rest := d.Items()
	d.Clear()
	d.Set(key, v)
	for _, it := range rest {
		d.Set(it.V0, it.V1)
	}
}

// PopItemLast is od.popitem(last=last): the newest item, or the oldest when !last.
func (d *Dict[K, V]) PopItemLast(last bool) Tuple2[K, V] {
	if last {
		return d.PopItem()
	}
	return d.popItemFirst()
}

// popItemFirst removes and returns the oldest item; an empty OrderedDict raises KeyError
// 'dictionary is empty'.
func (d *Dict[K, V]) popItemFirst() Tuple2[K, V] {
	if d.Len() == 0 {
		panic(keyError("dictionary is empty"))
	}
	it := d.Items()[0]
	d.remove(it.V0)
	return it
}

// NewDefaultDictFunc is collections.defaultdict(fn) for a lambda or function
// fn: its repr names the function without CPython's address.
func NewDefaultDictFunc[K comparable, V any](factory func() V, funcName string) *Dict[K, V] {
	d := NewDict[K, V]()
	d.factory = factory
	d.kind = "defaultdict(<function " + funcName + ">"
	return d
}
