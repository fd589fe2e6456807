package pyrt

import "container/list"

// Memo is the cache of a function decorated with functools.lru_cache / functools.cache:
// Python's LRU policy (a hit makes the entry the most recent; when full, the least recently
// used entry goes), so a function with side effects runs exactly when Python's would.
type Memo[K comparable, V any] struct {
	max   int // -1: unbounded (maxsize=None, functools.cache); 0: caches nothing
	items map[K]*list.Element
	order *list.List // front = most recently used
}

type memoEntry[K comparable, V any] struct {
	key K
	val V
}

// NewMemo is lru_cache(maxsize=max) (-1 for maxsize=None).
func NewMemo[K comparable, V any](max int) *Memo[K, V] {
	return &Memo[K, V]{max: max, items: map[K]*list.Element{}, order: list.New()}
}

// Get returns the cached result for key, marking it most recently used.
func (m *Memo[K, V]) Get(key K) (V, bool) {
	if el, ok := m.items[key]; ok {
		m.order.MoveToFront(el)
		return el.Value.(memoEntry[K, V]).val, true
	}
	var zero V
	return zero, false
}

// Put stores a result (only successful calls are cached, as in Python), evicting the least
// recently used entry when the cache is full.
func (m *Memo[K, V]) Put(key K, val V) {
	if m.max == 0 {
		return
	}
	if el, ok := m.items[key]; ok { // a recursive call stored it meanwhile
		el.Value = memoEntry[K, V]{key, val}
		m.order.MoveToFront(el)
		return
	}
	if m.max > 0 && m.order.Len() >= m.max {
		last := m.order.Back()
		m.order.Remove(last)
		delete(m.items, last.Value.(memoEntry[K, V]).key)
	}
	m.items[key] = m.order.PushFront(memoEntry[K, V]{key, val})
}
