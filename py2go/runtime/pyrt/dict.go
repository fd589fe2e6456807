package pyrt

import "strings"

// Dict is a Python dict: an insertion-ordered hash map. Re-setting an
// existing key keeps its position; deleting and re-inserting moves it to
// the end. Deletion is O(1) amortised (tombstones, compacted when they
// outnumber live entries). The zero value is an empty dict ready to use;
// a nil *Dict prints as None.
type Dict[K comparable, V any] struct {
	index map[K]int // key -> position in entries
	ents  []dictEntry[K, V]
	live  int
	// collections.defaultdict / Counter: what d[k] gives for a missing key, and the repr name
	factory func() V
	kind    string // "" (dict), "defaultdict(<class 'list'>" ..., "Counter" or "OrderedDict"
	canon   int8   // how keys are looked up (dictkey.go): 0 not decided yet
}

type dictEntry[K comparable, V any] struct {
	key  K
	val  V
	dead bool
}

// NewDict returns an empty dict ({}).
func NewDict[K comparable, V any]() *Dict[K, V] {
	return &Dict[K, V]{index: map[K]int{}}
}

// DictOf builds a dict from items in order (dict(items)).
func DictOf[K comparable, V any](items ...Tuple2[K, V]) *Dict[K, V] {
	d := NewDict[K, V]()
	for _, it := range items {
		d.Set(it.V0, it.V1)
	}
	return d
}

// Set is d[k] = v.
func (d *Dict[K, V]) Set(k K, v V) {
	if d.index == nil {
		d.index = map[K]int{}
	}
	ck := d.key(k)
	if i, ok := d.index[ck]; ok {
		d.ents[i].val = v
		return
	}
	d.index[ck] = len(d.ents)
	d.ents = append(d.ents, dictEntry[K, V]{key: k, val: v})
	d.live++
}

// Get is the two-value lookup `v = d.get(k)` / `k in d`.
func (d *Dict[K, V]) Get(k K) (V, bool) {
	if i, ok := d.index[d.key(k)]; ok {
		return d.ents[i].val, true
	}
	var zero V
	return zero, false
}

// GetOr is d.get(k, def).
func (d *Dict[K, V]) GetOr(k K, def V) V {
	if i, ok := d.index[d.key(k)]; ok {
		return d.ents[i].val
	}
	return def
}

// MustGet is d[k]; a missing key raises KeyError(k) (str is repr(k)).
func (d *Dict[K, V]) MustGet(k K) V {
	if i, ok := d.index[d.key(k)]; ok {
		return d.ents[i].val
	}
	if d.factory != nil {
		v := d.factory()
		if d.kind != "Counter" { // a defaultdict stores the default; a Counter only returns 0
			d.Set(k, v)
		}
		return v
	}
	panic(keyError(k))
}

// Has is `k in d`.
func (d *Dict[K, V]) Has(k K) bool {
	_, ok := d.index[d.key(k)]
	return ok
}

// Delete is `del d[k]`; a missing key raises KeyError.
func (d *Dict[K, V]) Delete(k K) {
	if !d.remove(k) {
		panic(keyError(k))
	}
}

func (d *Dict[K, V]) remove(k K) bool {
	i, ok := d.index[d.key(k)]
	if !ok {
		return false
	}
	delete(d.index, d.key(k))
	var zero dictEntry[K, V]
	d.ents[i] = zero
	d.ents[i].dead = true
	d.live--
	if i == len(d.ents)-1 {
		d.trimTail()
	} else if len(d.ents) > 16 && d.live < len(d.ents)/2 {
		d.compact()
	}
	return true
}

func (d *Dict[K, V]) trimTail() {
	n := len(d.ents)
	for n > 0 && d.ents[n-1].dead {
		n--
	}
	d.ents = d.ents[:n]
}

func (d *Dict[K, V]) compact() {
	j := 0
	for _, e := range d.ents {
		if !e.dead {
			d.ents[j] = e
			d.index[d.key(e.key)] = j
			j++
		}
	}
	var zero dictEntry[K, V]
	for i := j; i < len(d.ents); i++ {
		d.ents[i] = zero
	}
	d.ents = d.ents[:j]
}

// Pop is d.pop(k); a missing key raises KeyError.
func (d *Dict[K, V]) Pop(k K) V {
	v, ok := d.Get(k)
	if !ok {
		panic(keyError(k))
	}
	d.remove(k)
	return v
}

// PopOr is d.pop(k, def).
func (d *Dict[K, V]) PopOr(k K, def V) V {
	v, ok := d.Get(k)
	if !ok {
		return def
	}
	d.remove(k)
	return v
}

// SetDefault is d.setdefault(k, v): returns the existing value or inserts v.
func (d *Dict[K, V]) SetDefault(k K, v V) V {
	if old, ok := d.Get(k); ok {
		return old
	}
	d.Set(k, v)
	return v
}

// SetDefaultExtend is d.setdefault(k, []).extend(ys): the list stored under
// k (a new one, inserted last, when k is missing) grows by ys; k is
// evaluated once.
func SetDefaultExtend[K comparable, T any](d *Dict[K, []T], k K, ys []T) {
	xs, _ := d.Get(k)
	d.Set(k, append(xs, ys...))
}

// Len is len(d).
func (d *Dict[K, V]) Len() int {
	if d == nil {
		return 0
	}
	return d.live
}

// Keys is list(d) / list(d.keys()) in insertion order.
func (d *Dict[K, V]) Keys() []K {
	out := make([]K, 0, d.Len())
	if d == nil {
		return out
	}
	for _, e := range d.ents {
		if !e.dead {
			out = append(out, e.key)
		}
	}
	return out
}

// Values is list(d.values()) in insertion order.
func (d *Dict[K, V]) Values() []V {
	out := make([]V, 0, d.Len())
	if d == nil {
		return out
	}
	for _, e := range d.ents {
		if !e.dead {
			out = append(out, e.val)
		}
	}
	return out
}

// Items is list(d.items()) in insertion order.
func (d *Dict[K, V]) Items() []Tuple2[K, V] {
	out := make([]Tuple2[K, V], 0, d.Len())
	if d == nil {
		return out
	}
	for _, e := range d.ents {
		if !e.dead {
			out = append(out, Tuple2[K, V]{e.key, e.val})
		}
	}
	return out
}

// Update is d.update(o): existing keys keep their position.
func (d *Dict[K, V]) Update(o *Dict[K, V]) {
	if o == nil {
		return
	}
	for _, e := range o.ents {
		if !e.dead {
			d.Set(e.key, e.val)
		}
	}
}

// Copy is d.copy() (shallow).
func (d *Dict[K, V]) Copy() *Dict[K, V] {
	c := NewDict[K, V]()
	c.Update(d)
	if d.kind == "OrderedDict" {
		c.kind = d.kind // od.copy() is an OrderedDict (a defaultdict's copy is not: see caveats)
	}
	return c
}

// Clear is d.clear().
func (d *Dict[K, V]) Clear() {
	d.index = map[K]int{}
	d.ents = nil
	d.live = 0
}

// PopItem is d.popitem(): removes and returns the last inserted item;
// an empty dict raises KeyError 'popitem(): dictionary is empty'.
func (d *Dict[K, V]) PopItem() Tuple2[K, V] {
	if d.Len() == 0 {
		if d.kind == "OrderedDict" {
			panic(keyError("dictionary is empty"))
		}
		panic(keyError("popitem(): dictionary is empty"))
	}
	d.trimTail()
	e := d.ents[len(d.ents)-1]
	d.remove(e.key)
	return Tuple2[K, V]{e.key, e.val}
}

// Equal is d == o: same keys with equal (Python ==) values, in any order.
func (d *Dict[K, V]) Equal(o *Dict[K, V]) bool {
	if d.Len() != o.Len() {
		return false
	}
	if d == nil || o == nil {
		return d == o || d.Len() == 0
	}
	for _, e := range d.ents {
		if e.dead {
			continue
		}
		ov, ok := o.Get(e.key)
		if !ok || !Equal(any(e.val), any(ov)) {
			return false
		}
	}
	return true
}

// PyRepr is repr(d): {k: v, ...} with repr of keys and values.
func (d *Dict[K, V]) PyRepr() string {
	if d == nil {
		return "None"
	}
	if d.kind == "Counter" {
		return counterRepr(d)
	}
	if d.kind == "OrderedDict" {
		return orderedDictRepr(d)
	}
	if d.kind != "" {
		return d.kind + ", " + d.Copy().PyRepr() + ")"
	}
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for _, e := range d.ents {
		if e.dead {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(Repr(any(e.key)))
		b.WriteString(": ")
		b.WriteString(Repr(any(e.val)))
	}
	b.WriteByte('}')
	return b.String()
}

// PyLookup looks key up for %-formatting with a mapping ("%(name)s").
func (d *Dict[K, V]) PyLookup(key any) (any, bool) {
	k, ok := key.(K)
	if !ok {
		return nil, false
	}
	v, ok := d.Get(k)
	return v, ok
}

// dictLike lets reflection-free code treat any *Dict[K, V] generically.
type dictLike interface {
	PyLookup(key any) (any, bool)
	pyItems() [][2]any
	Len() int
}

func (d *Dict[K, V]) pyItems() [][2]any {
	out := make([][2]any, 0, d.Len())
	if d == nil {
		return out
	}
	for _, e := range d.ents {
		if !e.dead {
			out = append(out, [2]any{e.key, e.val})
		}
	}
	return out
}
