package pyrt

import "strings"

// Set is a Python set with deterministic (insertion) order. CPython's set
// iteration order is hash-based; for small ints and for programs that
// sort before printing the results agree, otherwise the order of printed
// sets may differ from CPython.
type Set[T comparable] struct {
	d Dict[T, struct{}]
}

// NewSet is set(items) / {a, b, ...}.
func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

// Add is s.add(v).
func (s *Set[T]) Add(v T) { s.d.Set(v, struct{}{}) }

// Has is `v in s`.
func (s *Set[T]) Has(v T) bool { return s != nil && s.d.Has(v) }

// Remove is s.remove(v); a missing element raises KeyError.
func (s *Set[T]) Remove(v T) {
	if !s.d.remove(v) {
		panic(keyError(v))
	}
}

// Discard is s.discard(v).
func (s *Set[T]) Discard(v T) { s.d.remove(v) }

// Len is len(s).
func (s *Set[T]) Len() int {
	if s == nil {
		return 0
	}
	return s.d.Len()
}

// Items is list(s).
func (s *Set[T]) Items() []T {
	if s == nil {
		return []T{}
	}
	return s.d.Keys()
}

// Union is s | o.
func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := s.Copy()
	for _, v := range o.Items() {
		r.Add(v)
	}
	return r
}

// Intersection is s & o.
func (s *Set[T]) Intersection(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for _, v := range s.Items() {
		if o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

// Difference is s - o.
func (s *Set[T]) Difference(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for _, v := range s.Items() {
		if !o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

// SymmetricDifference is s ^ o.
func (s *Set[T]) SymmetricDifference(o *Set[T]) *Set[T] {
	r := s.Difference(o)
	for _, v := range o.Items() {
		if !s.Has(v) {
			r.Add(v)
		}
	}
	return r
}

// IsSubset is s <= o.
func (s *Set[T]) IsSubset(o *Set[T]) bool {
	if s.Len() > o.Len() {
		return false
	}
	for _, v := range s.Items() {
		if !o.Has(v) {
			return false
		}
	}
	return true
}

// IsSuperset is s >= o.
func (s *Set[T]) IsSuperset(o *Set[T]) bool { return o.IsSubset(s) }

// Copy is s.copy().
func (s *Set[T]) Copy() *Set[T] { return NewSet(s.Items()...) }

// Pop is s.pop() (removes the first element in iteration order); an empty
// set raises KeyError 'pop from an empty set'.
func (s *Set[T]) Pop() T {
	if s.Len() == 0 {
		panic(keyError("pop from an empty set"))
	}
	for _, e := range s.d.ents {
		if !e.dead {
			s.d.remove(e.key)
			return e.key
		}
	}
	panic("unreachable")
}

// Equal is s == o.
func (s *Set[T]) Equal(o *Set[T]) bool { return s.Len() == o.Len() && s.IsSubset(o) }

// PyRepr is repr(s): {a, b} or set() when empty.
func (s *Set[T]) PyRepr() string {
	if s == nil {
		return "None"
	}
	if s.Len() == 0 {
		return "set()"
	}
	var b strings.Builder
	b.WriteByte('{')
	for i, v := range s.Items() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Repr(any(v)))
	}
	b.WriteByte('}')
	return b.String()
}

// setLike lets generic code treat any *Set[T] without reflection.
type setLike interface {
	Len() int
	pyElems() []any
	pyHas(v any) bool
}

func (s *Set[T]) pyElems() []any {
	items := s.Items()
	out := make([]any, len(items))
	for i, v := range items {
		out[i] = v
	}
	return out
}

func (s *Set[T]) pyHas(v any) bool {
	t, ok := v.(T)
	return ok && s.Has(t)
}
