package pyrt

import (
	"slices"
	"sort"
)

// Sorted is sorted(xs, reverse=reverse): a stable sorted copy using Python
// ordering (Compare). As in CPython, reverse=True keeps equal elements in
// their original order.
func Sorted[T any](xs []T, reverse bool) []T {
	out := make([]T, len(xs))
	copy(out, xs)
	SortInPlace(out, reverse)
	return out
}

// SortInPlace is xs.sort(reverse=reverse).
func SortInPlace[T any](xs []T, reverse bool) {
	switch s := any(xs).(type) {
	case []int:
		if reverse {
			slices.SortFunc(s, func(a, b int) int { return cmp3(int64(b), int64(a)) })
		} else {
			slices.Sort(s)
		}
		return
	case []string:
		if reverse {
			slices.SortFunc(s, func(a, b string) int { return cmp3(b, a) })
		} else {
			slices.Sort(s)
		}
		return
	case []float64:
		// stable: -0.0 and 0.0 compare equal but are distinguishable
		if reverse {
			slices.Reverse(s)
		}
		slices.SortStableFunc(s, floatCmp)
		if reverse {
			slices.Reverse(s)
		}
		return
	}
	// CPython: reverse, stable ascending sort, reverse again (keeps equal
	// elements in their original order).
	if reverse {
		slices.Reverse(xs)
	}
	sort.SliceStable(xs, func(i, j int) bool { return Compare(any(xs[i]), any(xs[j])) < 0 })
	if reverse {
		slices.Reverse(xs)
	}
}

func floatCmp(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// SortedBy is sorted(xs, key=key, reverse=reverse); key is called exactly
// once per item, the sort is stable.
func SortedBy[T any, K any](xs []T, key func(T) K, reverse bool) []T {
	out := make([]T, len(xs))
	copy(out, xs)
	SortInPlaceBy(out, key, reverse)
	return out
}

// SortInPlaceBy is xs.sort(key=key, reverse=reverse).
func SortInPlaceBy[T any, K any](xs []T, key func(T) K, reverse bool) {
	n := len(xs)
	keys := make([]K, n)
	for i, x := range xs {
		keys[i] = key(x)
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	if reverse {
		slices.Reverse(idx)
	}
	var cmpf func(a, b int) int
	switch ks := any(keys).(type) {
	case []int:
		cmpf = func(a, b int) int { return cmp3(int64(ks[a]), int64(ks[b])) }
	case []string:
		cmpf = func(a, b int) int { return cmp3(ks[a], ks[b]) }
	case []float64:
		cmpf = func(a, b int) int { return floatCmp(ks[a], ks[b]) }
	default:
		cmpf = func(a, b int) int { return Compare(any(keys[a]), any(keys[b])) }
	}
	slices.SortStableFunc(idx, cmpf)
	if reverse {
		slices.Reverse(idx)
	}
	tmp := make([]T, n)
	for i, j := range idx {
		tmp[i] = xs[j]
	}
	copy(xs, tmp)
}

// Min is min(xs): the first of equal smallest elements; empty raises
// ValueError "min() arg is an empty sequence".
func Min[T any](xs []T) T {
	if len(xs) == 0 {
		panic(NewError("ValueError", "min() arg is an empty sequence"))
	}
	best := xs[0]
	for _, x := range xs[1:] {
		if Lt(any(x), any(best)) {
			best = x
		}
	}
	return best
}

// Max is max(xs): the first of equal largest elements; empty raises
// ValueError "max() arg is an empty sequence".
func Max[T any](xs []T) T {
	if len(xs) == 0 {
		panic(NewError("ValueError", "max() arg is an empty sequence"))
	}
	best := xs[0]
	for _, x := range xs[1:] {
		if Gt(any(x), any(best)) {
			best = x
		}
	}
	return best
}

// MinBy is min(xs, key=key) (key called once per item; first minimal
// item wins).
func MinBy[T any, K any](xs []T, key func(T) K) T {
	if len(xs) == 0 {
		panic(NewError("ValueError", "min() arg is an empty sequence"))
	}
	best, bk := xs[0], key(xs[0])
	for _, x := range xs[1:] {
		k := key(x)
		if Lt(any(k), any(bk)) {
			best, bk = x, k
		}
	}
	return best
}

// MaxBy is max(xs, key=key) (first maximal item wins).
func MaxBy[T any, K any](xs []T, key func(T) K) T {
	if len(xs) == 0 {
		panic(NewError("ValueError", "max() arg is an empty sequence"))
	}
	best, bk := xs[0], key(xs[0])
	for _, x := range xs[1:] {
		k := key(x)
		if Gt(any(k), any(bk)) {
			best, bk = x, k
		}
	}
	return best
}

// NLargest is heapq.nlargest(n, xs): sorted(xs, reverse=True)[:n] as the
// Python docs define it (stable: of equal items the earlier comes first),
// and [] for n <= 0.
func NLargest[T any](n int, xs []T) []T { return headOf(n, Sorted(xs, true)) }

// NLargestBy is heapq.nlargest(n, xs, key=key).
func NLargestBy[T any, K any](n int, xs []T, key func(T) K) []T {
	return headOf(n, SortedBy(xs, key, true))
}

// NSmallest is heapq.nsmallest(n, xs): sorted(xs)[:n], [] for n <= 0.
func NSmallest[T any](n int, xs []T) []T { return headOf(n, Sorted(xs, false)) }

// NSmallestBy is heapq.nsmallest(n, xs, key=key).
func NSmallestBy[T any, K any](n int, xs []T, key func(T) K) []T {
	return headOf(n, SortedBy(xs, key, false))
}

func headOf[T any](n int, xs []T) []T {
	if n <= 0 {
		return []T{}
	}
	if n < len(xs) {
		return xs[:n:n]
	}
	return xs
}
