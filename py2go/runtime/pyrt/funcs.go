package pyrt

// MapList is list(map(f, xs)): f called once per item, in order. An exception raised by f (a
// panic) ends the call at that item, as it ends the iteration in Python.
func MapList[T, R any](xs []T, f func(T) R) []R {
	out := make([]R, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// FilterList is list(filter(f, xs)): the items for which f is true, in order; f is called once
// per item.
func FilterList[T any](xs []T, f func(T) bool) []T {
	out := make([]T, 0, len(xs))
	for _, x := range xs {
		if f(x) {
			out = append(out, x)
		}
	}
	return out
}

// FilterTruthy is list(filter(None, xs)): the items that are true (Truthy), in order.
func FilterTruthy[T any](xs []T) []T {
	out := make([]T, 0, len(xs))
	for _, x := range xs {
		if Truthy(x) {
			out = append(out, x)
		}
	}
	return out
}
