package pyrt

import (
	"io"
	"strconv"
	"strings"
)

// Deque is collections.deque: appends and pops at both ends; with a maxlen, an append at one
// end drops items from the other, as ops scripts use it for "the last N lines". A slice is
// enough for the sizes scripts hold (pops at the left are O(n)).
type Deque[T any] struct {
	items  []T
	maxlen int // -1: unbounded
}

// NewDeque is deque(items, maxlen=maxlen) (maxlen -1 for None).
func NewDeque[T any](items []T, maxlen int) *Deque[T] {
	d := &Deque[T]{maxlen: maxlen}
	d.Extend(items)
	return d
}

// Append is d.append(x).
func (d *Deque[T]) Append(x T) {
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && len(d.items) == d.maxlen {
		d.items = d.items[1:]
	}
	d.items = append(d.items, x)
}

// AppendLeft is d.appendleft(x).
func (d *Deque[T]) AppendLeft(x T) {
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && len(d.items) == d.maxlen {
		d.items = d.items[:len(d.items)-1]
	}
	d.items = append([]T{x}, d.items...)
}

// Extend is d.extend(xs).
func (d *Deque[T]) Extend(xs []T) {
	for _, x := range xs {
		d.Append(x)
	}
}

// Pop is d.pop(); IndexError when empty.
func (d *Deque[T]) Pop() T {
	if len(d.items) == 0 {
		panic(NewError("IndexError", "pop from an empty deque"))
	}
	x := d.items[len(d.items)-1]
	d.items = d.items[:len(d.items)-1]
	return x
}

// PopLeft is d.popleft(); IndexError when empty.
func (d *Deque[T]) PopLeft() T {
	if len(d.items) == 0 {
		panic(NewError("IndexError", "pop from an empty deque"))
	}
	x := d.items[0]
	d.items = d.items[1:]
	return x
}

// At is d[i] (negative from the right); IndexError out of range.
func (d *Deque[T]) At(i int) T {
	if i < 0 {
		i += len(d.items)
	}
	if i < 0 || i >= len(d.items) {
		panic(NewError("IndexError", "deque index out of range"))
	}
	return d.items[i]
}

// Len is len(d).
func (d *Deque[T]) Len() int { return len(d.items) }

// Clear is d.clear().
func (d *Deque[T]) Clear() { d.items = nil }

// Items is list(d): a copy, oldest first.
func (d *Deque[T]) Items() []T { return append([]T{}, d.items...) }

// PyRepr is repr(d): deque([...]) with ", maxlen=N" when bounded.
func (d *Deque[T]) PyRepr() string {
	parts := make([]string, len(d.items))
	for i, x := range d.items {
		parts[i] = Repr(any(x))
	}
	s := "deque([" + strings.Join(parts, ", ") + "]"
	if d.maxlen >= 0 {
		s += ", maxlen=" + strconv.Itoa(d.maxlen)
	}
	return s + ")"
}

// DequeOfLines is deque(f, maxlen=n) over a text file: its lines (with their newlines, as
// iterating the file yields them), only the last n kept.
func DequeOfLines(r io.Reader, maxlen int) (*Deque[string], error) {
	d := NewDeque[string](nil, maxlen)
	sc := NewScanner(r)
	for sc.Scan() {
		d.Append(sc.Text())
	}
	return d, sc.Err()
}
