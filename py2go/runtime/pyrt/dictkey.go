package pyrt

import (
	"reflect"
	"sync"
)

// Python compares dict keys and set items by value. An Optional scalar is a Go pointer, which
// compares by address, so a key holding one (a tuple of a groupdict() value and a str) would
// make two equal Python keys distinct. Such keys are looked up through a canonical copy whose
// scalar pointers are interned by value: equal values share one pointer.

var (
	internMu sync.Mutex
	interned = map[any]reflect.Value{} // scalar value (with its type) -> its canonical pointer
)

// keyCanon says how a key type is looked up: 1 as it is, 2 through a canonical copy, 3 by
// checking each value (an interface type).
func keyCanon(t reflect.Type) int8 {
	if t.Kind() == reflect.Interface {
		return 3
	}
	if holdsScalarPtr(t, 0) {
		return 2
	}
	return 1
}

func holdsScalarPtr(t reflect.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	switch t.Kind() {
	case reflect.Pointer:
		return isScalarKind(t.Elem().Kind())
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if f := t.Field(i); f.IsExported() && holdsScalarPtr(f.Type, depth+1) {
				return true
			}
		}
	case reflect.Array:
		return holdsScalarPtr(t.Elem(), depth+1)
	case reflect.Interface:
		return true
	}
	return false
}

func isScalarKind(k reflect.Kind) bool {
	switch k {
	case reflect.String, reflect.Int, reflect.Int64, reflect.Float64, reflect.Bool:
		return true
	}
	return false
}

// canonValue is v with every (exported) scalar pointer replaced by the interned pointer of its
// value; v itself is not modified.
func canonValue(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || !isScalarKind(v.Type().Elem().Kind()) {
			return v
		}
		val := v.Elem().Interface()
		internMu.Lock()
		defer internMu.Unlock()
		if p, ok := interned[val]; ok && p.Type() == v.Type() {
			return p
		}
		interned[val] = v
		return v
	case reflect.Struct:
		if !holdsScalarPtr(v.Type(), 0) {
			return v
		}
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		for i := 0; i < c.NumField(); i++ {
			if c.Type().Field(i).IsExported() {
				c.Field(i).Set(canonValue(c.Field(i)))
			}
		}
		return c
	case reflect.Array:
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		for i := 0; i < c.Len(); i++ {
			c.Index(i).Set(canonValue(c.Index(i)))
		}
		return c
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		inner := canonValue(v.Elem())
		c := reflect.New(v.Type()).Elem()
		c.Set(inner)
		return c
	}
	return v
}

// key is the form of k the dict's index is keyed by.
func (d *Dict[K, V]) key(k K) K {
	if d.canon == 0 {
		d.canon = keyCanon(reflect.TypeOf((*K)(nil)).Elem())
	}
	switch d.canon {
	case 1:
		return k
	case 3:
		if any(k) == nil || !holdsScalarPtr(reflect.TypeOf(any(k)), 0) {
			return k
		}
	}
	return canonValue(reflect.ValueOf(&k).Elem()).Interface().(K)
}
