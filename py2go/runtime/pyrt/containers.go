package pyrt

import (
	"math"
	"reflect"
	"strings"
)

// Index is xs[i] with Python's negative indexing; out of range raises
// IndexError "list index out of range".
func Index[T any](xs []T, i int) T {
	if i < 0 {
		i += len(xs)
	}
	if i < 0 || i >= len(xs) {
		panic(NewError("IndexError", "list index out of range"))
	}
	return xs[i]
}

// SetIndex is xs[i] = v; out of range raises IndexError
// "list assignment index out of range".
func SetIndex[T any](xs []T, i int, v T) {
	if i < 0 {
		i += len(xs)
	}
	if i < 0 || i >= len(xs) {
		panic(NewError("IndexError", "list assignment index out of range"))
	}
	xs[i] = v
}

// Slice is xs[lo:hi] with Python semantics (negatives, clamping, Omit);
// it returns a copy, as Python does.
func Slice[T any](xs []T, lo, hi int) []T {
	start, n := sliceIndices(len(xs), lo, hi, 1)
	out := make([]T, n)
	copy(out, xs[start:start+n])
	return out
}

// SliceStep is xs[lo:hi:step] (a copy); step 0 raises ValueError
// "slice step cannot be zero".
func SliceStep[T any](xs []T, lo, hi, step int) []T {
	if step == Omit {
		step = 1
	}
	start, n := sliceIndices(len(xs), lo, hi, step)
	out := make([]T, n)
	for k := 0; k < n; k++ {
		out[k] = xs[start+k*step]
	}
	return out
}

// Pop is xs.pop(i) (pass -1 for xs.pop()): IndexError "pop from empty
// list" / "pop index out of range".
func Pop[T any](xs *[]T, i int) T {
	s := *xs
	if len(s) == 0 {
		panic(NewError("IndexError", "pop from empty list"))
	}
	if i < 0 {
		i += len(s)
	}
	if i < 0 || i >= len(s) {
		panic(NewError("IndexError", "pop index out of range"))
	}
	v := s[i]
	copy(s[i:], s[i+1:])
	var zero T
	s[len(s)-1] = zero
	*xs = s[:len(s)-1]
	return v
}

// Insert is xs.insert(i, v) with Python's clamping of i.
func Insert[T any](xs *[]T, i int, v T) {
	s := *xs
	n := len(s)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	var zero T
	s = append(s, zero)
	copy(s[i+1:], s[i:])
	s[i] = v
	*xs = s
}

// Remove is xs.remove(v): removes the first item == v; ValueError
// "list.remove(x): x not in list" when absent.
func Remove[T comparable](xs *[]T, v T) {
	s := *xs
	for i, x := range s {
		if x == v {
			copy(s[i:], s[i+1:])
			var zero T
			s[len(s)-1] = zero
			*xs = s[:len(s)-1]
			return
		}
	}
	panic(NewError("ValueError", "list.remove(x): x not in list"))
}

// IndexOf is xs.index(v); ValueError "<repr(v)> is not in list".
func IndexOf[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	panic(NewError("ValueError", Repr(any(v))+" is not in list"))
}

// Reversed is list(reversed(xs)) / xs[::-1] (a copy).
func Reversed[T any](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[len(xs)-1-i] = x
	}
	return out
}

// RangeList is list(range(start, stop, step)); step 0 raises ValueError
// "range() arg 3 must not be zero".
func RangeList(start, stop, step int) []int {
	if step == 0 {
		panic(NewError("ValueError", "range() arg 3 must not be zero"))
	}
	n := 0
	if step > 0 && start < stop {
		n = (stop-start-1)/step + 1
	} else if step < 0 && start > stop {
		n = (start-stop-1)/(-step) + 1
	}
	out := make([]int, n)
	for i := range out {
		out[i] = start + i*step
	}
	return out
}

// numKind classifies a value as a Python number: 0 not a number, 1 int
// (value in i, or u when it exceeds int64), 2 float.
func numOf(v any) (kind int, i int64, u uint64, big bool, f float64) {
	switch x := v.(type) {
	case int:
		return 1, int64(x), 0, false, 0
	case float64:
		return 2, 0, 0, false, x
	case bool:
		if x {
			return 1, 1, 0, false, 0
		}
		return 1, 0, 0, false, 0
	case string, nil:
		return 0, 0, 0, false, 0
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return 1, rv.Int(), 0, false, 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		x := rv.Uint()
		if x > math.MaxInt64 {
			return 1, 0, x, true, 0
		}
		return 1, int64(x), 0, false, 0
	case reflect.Float32, reflect.Float64:
		return 2, 0, 0, false, rv.Float()
	case reflect.Bool:
		if rv.Bool() {
			return 1, 1, 0, false, 0
		}
		return 1, 0, 0, false, 0
	}
	return 0, 0, 0, false, 0
}

// cmpIntFloat compares an int with a float exactly; ok=false for NaN.
func cmpIntFloat(i int64, f float64) (int, bool) {
	if math.IsNaN(f) {
		return 0, false
	}
	if f >= 9223372036854775808.0 {
		return -1, true
	}
	if f < -9223372036854775808.0 {
		return 1, true
	}
	t := math.Trunc(f)
	ti := int64(t)
	switch {
	case i < ti:
		return -1, true
	case i > ti:
		return 1, true
	case f > t:
		return -1, true
	case f < t:
		return 1, true
	}
	return 0, true
}

// numCompare compares two numbers; ok=false when unordered (NaN).
func numCompare(a, b any) (c int, ok bool, isNum bool) {
	ka, ia, ua, ba, fa := numOf(a)
	kb, ib, ub, bb, fb := numOf(b)
	if ka == 0 || kb == 0 {
		return 0, false, false
	}
	switch {
	case ka == 2 && kb == 2:
		if math.IsNaN(fa) || math.IsNaN(fb) {
			return 0, false, true
		}
		switch {
		case fa < fb:
			return -1, true, true
		case fa > fb:
			return 1, true, true
		}
		return 0, true, true
	case ka == 1 && kb == 1:
		if ba || bb {
			switch {
			case ba && bb:
				return cmp3(ua, ub), true, true
			case ba:
				return 1, true, true
			}
			return -1, true, true
		}
		return cmp3(ia, ib), true, true
	case ka == 1:
		if ba {
			fa := float64(ua)
			if math.IsNaN(fb) {
				return 0, false, true
			}
			return cmp3(fa, fb), true, true
		}
		c, ok := cmpIntFloat(ia, fb)
		return c, ok, true
	default:
		if bb {
			if math.IsNaN(fa) {
				return 0, false, true
			}
			return cmp3(fa, float64(ub)), true, true
		}
		c, ok := cmpIntFloat(ib, fa)
		return -c, ok, true
	}
}

func cmp3[T int64 | uint64 | float64 | string](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// PyEqualer lets transpiled classes define __eq__.
type PyEqualer interface{ PyEq(other any) bool }

func isNone(v any) bool { return v == nil || isNilPtr(v) }

// Equal is Python's a == b: numbers compare by value across int, float
// and bool (1 == 1.0 == True), strings by content, slices, tuples, *Dict
// and *Set deeply (dicts and sets ignore order), nil/nil pointers are
// None. Other values use PyEq when defined, else Go == (identity for
// pointers), else reflect.DeepEqual.
func Equal(a, b any) bool {
	a, b = derefScalar(a), derefScalar(b)
	switch x := a.(type) {
	case string:
		y, ok := b.(string)
		if ok {
			return x == y
		}
	case int:
		if y, ok := b.(int); ok {
			return x == y
		}
	case float64:
		if y, ok := b.(float64); ok {
			return x == y
		}
	}
	if e, ok := a.(PyEqualer); ok && !isNilPtr(a) {
		return e.PyEq(b)
	}
	if c, ok, isNum := numCompare(a, b); isNum {
		return ok && c == 0
	}
	an, bn := isNone(a), isNone(b)
	if an || bn {
		if an && bn {
			_, ad := a.(dictLike)
			_, bd := b.(dictLike)
			return ad == bd || a == nil || b == nil
		}
		return false
	}
	switch x := a.(type) {
	case tupleLike:
		y, ok := b.(tupleLike)
		if !ok {
			return false
		}
		return seqEqual(x.pyItems(), y.pyItems())
	case dictLike:
		y, ok := b.(dictLike)
		if !ok || x.Len() != y.Len() {
			return false
		}
		for _, kv := range x.pyItems() {
			v, found := y.PyLookup(kv[0])
			if !found || !Equal(kv[1], v) {
				return false
			}
		}
		return true
	case setLike:
		y, ok := b.(setLike)
		if !ok || x.Len() != y.Len() {
			return false
		}
		for _, v := range x.pyElems() {
			if !y.pyHas(v) {
				return false
			}
		}
		return true
	}
	if _, ok := b.(tupleLike); ok {
		return false
	}
	ra, rb := reflect.ValueOf(a), reflect.ValueOf(b)
	if isList(ra) && isList(rb) {
		if ra.Len() != rb.Len() {
			return false
		}
		for i := 0; i < ra.Len(); i++ {
			if !Equal(ra.Index(i).Interface(), rb.Index(i).Interface()) {
				return false
			}
		}
		return true
	}
	if ra.Kind() == reflect.Pointer && rb.Kind() == reflect.Pointer {
		if ra.Pointer() == rb.Pointer() && ra.Type() == rb.Type() {
			return true
		}
		if isList(ra.Elem()) && isList(rb.Elem()) {
			return Equal(ra.Elem().Interface(), rb.Elem().Interface())
		}
		return false
	}
	if ra.Type() == rb.Type() && ra.Type().Comparable() {
		return a == b
	}
	return reflect.DeepEqual(a, b)
}

func isList(v reflect.Value) bool {
	return v.Kind() == reflect.Slice || v.Kind() == reflect.Array
}

func seqEqual(a, b []any) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}

// Compare orders a and b like Python's < and >: numbers by value (int,
// float and bool mixed), strings by code point, lists and tuples
// lexicographically (first unequal item decides, then length), sets by
// inclusion. Unordered pairs (NaN) compare as 0. Incomparable types panic
// with TypeError "'<' not supported between instances of 'str' and 'int'".
func Compare(a, b any) int { return compareOp(a, b, "<") }

// Lt is a < b (TypeError message names '<').
func Lt(a, b any) bool { return compareOp(a, b, "<") < 0 && !unordered(a, b) }

// Le is a <= b.
func Le(a, b any) bool { return compareOp(a, b, "<=") <= 0 && !unordered(a, b) }

// Gt is a > b.
func Gt(a, b any) bool { return compareOp(a, b, ">") > 0 && !unordered(a, b) }

// Ge is a >= b.
func Ge(a, b any) bool { return compareOp(a, b, ">=") >= 0 && !unordered(a, b) }

func unordered(a, b any) bool {
	_, ok, isNum := numCompare(a, b)
	return isNum && !ok
}

// PyCmper is implemented by generated values that order themselves: IntEnum
// and StrEnum members compare by value, plain Enum members raise TypeError.
type PyCmper interface {
	PyCmp(other any, op string) int
}

var flippedOp = map[string]string{"<": ">", ">": "<", "<=": ">=", ">=": "<="}

func compareOp(a, b any, op string) int {
	a, b = derefScalar(a), derefScalar(b)
	if c, ok := a.(PyCmper); ok {
		return c.PyCmp(b, op)
	}
	if c, ok := b.(PyCmper); ok {
		return -c.PyCmp(a, flippedOp[op])
	}
	switch x := a.(type) {
	case Timedelta:
		if y, ok := b.(Timedelta); ok {
			return x.Cmp(y)
		}
	case Datetime:
		if y, ok := b.(Datetime); ok {
			return x.Cmp(y)
		}
	case Date:
		if y, ok := b.(Date); ok {
			return x.Cmp(y)
		}
	case string:
		if y, ok := b.(string); ok {
			return strings.Compare(x, y)
		}
	case int:
		if y, ok := b.(int); ok {
			return cmp3(int64(x), int64(y))
		}
	case float64:
		if y, ok := b.(float64); ok {
			return cmp3(x, y)
		}
	}
	if c, _, isNum := numCompare(a, b); isNum {
		return c
	}
	if !isNone(a) && !isNone(b) {
		switch x := a.(type) {
		case tupleLike:
			if y, ok := b.(tupleLike); ok {
				return seqCompare(x.pyItems(), y.pyItems(), op)
			}
		case PyTupler:
			if y, ok := b.(PyTupler); ok {
				return seqCompare(x.PyItems(), y.PyItems(), op)
			}
		case setLike:
			if y, ok := b.(setLike); ok {
				sub := setSub(x, y)
				sup := setSub(y, x)
				switch {
				case sub && sup:
					return 0
				case sub:
					return -1
				case sup:
					return 1
				}
				return 0
			}
		}
		ra, rb := reflect.ValueOf(a), reflect.ValueOf(b)
		if ra.Kind() == reflect.String && rb.Kind() == reflect.String {
			return strings.Compare(ra.String(), rb.String())
		}
		if isList(ra) && isList(rb) {
			if _, ok := a.(tupleLike); !ok {
				return seqCompare(listItems(ra), listItems(rb), op)
			}
		}
	}
	panic(NewError("TypeError", "'"+op+"' not supported between instances of '"+pyTypeName(a)+"' and '"+pyTypeName(b)+"'"))
}

// derefScalar unwraps a non-nil Optional (a pointer to an int, float, str or
// bool): Python compares the value itself; a nil pointer stays None.
func derefScalar(v any) any {
	switch p := v.(type) {
	case *int:
		if p != nil {
			return *p
		}
	case *float64:
		if p != nil {
			return *p
		}
	case *string:
		if p != nil {
			return *p
		}
	case *bool:
		if p != nil {
			return *p
		}
	}
	return v
}

func setSub(a, b setLike) bool {
	if a.Len() > b.Len() {
		return false
	}
	for _, v := range a.pyElems() {
		if !b.pyHas(v) {
			return false
		}
	}
	return true
}

func listItems(v reflect.Value) []any {
	out := make([]any, v.Len())
	for i := range out {
		out[i] = v.Index(i).Interface()
	}
	return out
}

func seqCompare(a, b []any, op string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if !Equal(a[i], b[i]) {
			return compareOp(a[i], b[i], op)
		}
	}
	return cmp3(int64(len(a)), int64(len(b)))
}

// PyBooler lets transpiled classes define __bool__.
type PyBooler interface{ PyBool() bool }

// Truthy is bool(v): False for None/nil, False, 0, 0.0, "", empty
// slices/maps, empty *Dict/*Set; tuples are non-empty hence True; other
// values use PyBool when defined and are otherwise True.
func Truthy(v any) bool {
	switch x := v.(type) {
	case bool:
		return x
	case int:
		return x != 0
	case float64:
		return x != 0
	case string:
		return x != ""
	case nil:
		return false
	case PyBooler:
		if isNilPtr(v) {
			return false
		}
		return x.PyBool()
	case dictLike:
		return !isNilPtr(v) && x.Len() > 0
	case setLike:
		return !isNilPtr(v) && x.Len() > 0
	case tupleLike:
		return true
	case error:
		return !isNilPtr(v)
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Map:
		return rv.Len() > 0
	case reflect.Array:
		return rv.Len() > 0
	case reflect.String:
		return rv.Len() > 0
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return rv.Int() != 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return rv.Uint() != 0
	case reflect.Float32, reflect.Float64:
		return rv.Float() != 0
	case reflect.Bool:
		return rv.Bool()
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return false
		}
		if k := rv.Elem().Kind(); k == reflect.Slice || k == reflect.Map {
			return rv.Elem().Len() > 0
		}
		return true
	case reflect.Func, reflect.Chan:
		return !rv.IsNil()
	}
	return true
}
