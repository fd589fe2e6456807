package pyrt

import (
	"fmt"
	"reflect"
)

// Dynamic values: what py2go falls back to where nothing fixes a static type (an unannotated
// json.load result, a parameter no call site types). They hold int, float64, string, bool, nil,
// []any and *Dict[string, any] (what JSON decodes to); every operation checks the kind at run
// time and raises Python's TypeError when Python would.

// TypeName is type(v).__name__ for a dynamic value.
func TypeName(v any) string {
	switch v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case int:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case []any:
		return "list"
	case *Dict[string, any]:
		return "dict"
	case Date:
		return "date"
	case Datetime:
		return "datetime"
	case Timedelta:
		return "timedelta"
	}
	return reflect.TypeOf(v).String()
}

// OptValue is an Optional stored in a dynamic value: None (nil) or the value
// itself, as dynamic values hold them (never a pointer).
func OptValue[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

// Dynamic is a typed Go value stored where dynamic values live (a dict display mixing types,
// an item of JSON-shaped data): lists become []any and str-keyed dicts *Dict[string, any], item
// by item, so that AsList, AsDict and DynIndex accept them later. The result is a new list or
// dict, as the static analysis ensures the original is not grown afterwards (PG304).
func Dynamic(v any) any {
	switch x := v.(type) {
	case nil, string, int, float64, bool, []any, *Dict[string, any], []byte:
		return v
	case []string:
		out := make([]any, len(x))
		for i, s := range x {
			out[i] = s
		}
		return out
	case dictLike:
		if isNilPtr(v) {
			return nil
		}
		out := NewDict[string, any]()
		for _, kv := range x.pyItems() {
			k, ok := kv[0].(string)
			if !ok {
				return v // a dict with other keys is no JSON-shaped value: kept as it is
			}
			out.Set(k, Dynamic(kv[1]))
		}
		return out
	}
	switch rv := reflect.ValueOf(v); rv.Kind() {
	case reflect.Slice:
		out := make([]any, rv.Len())
		for i := range out {
			out[i] = Dynamic(rv.Index(i).Interface())
		}
		return out
	case reflect.Pointer: // an Optional scalar: None or the value
		switch rv.Elem().Kind() {
		case reflect.String, reflect.Int, reflect.Float64, reflect.Bool, reflect.Invalid:
			if rv.IsNil() {
				return nil
			}
			return Dynamic(rv.Elem().Interface())
		}
	}
	return v
}

// AsStr is a dynamic value used where a str is needed.
func AsStr(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	panic(NewError("TypeError", fmt.Sprintf("expected str, got %s", TypeName(v))))
}

// AsInt is a dynamic value used where an int is needed (a bool is an int in Python).
func AsInt(v any) int {
	switch x := v.(type) {
	case int:
		return x
	case bool:
		return BoolInt(x)
	}
	panic(NewError("TypeError", fmt.Sprintf("expected int, got %s", TypeName(v))))
}

// AsFloat is a dynamic value used where a float is needed (ints convert, as in arithmetic).
func AsFloat(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case int:
		return float64(x)
	case bool:
		return float64(BoolInt(x))
	}
	panic(NewError("TypeError", fmt.Sprintf("expected float, got %s", TypeName(v))))
}

// AsBool is a dynamic value used where a bool is needed.
func AsBool(v any) bool {
	if b, ok := v.(bool); ok {
		return b
	}
	panic(NewError("TypeError", fmt.Sprintf("expected bool, got %s", TypeName(v))))
}

// AsList is a dynamic value used where a list is needed.
func AsList(v any) []any {
	if xs, ok := v.([]any); ok {
		return xs
	}
	panic(NewError("TypeError", fmt.Sprintf("expected list, got %s", TypeName(v))))
}

// AsDict is a dynamic value used where a dict is needed.
func AsDict(v any) *Dict[string, any] {
	if d, ok := v.(*Dict[string, any]); ok {
		return d
	}
	panic(NewError("TypeError", fmt.Sprintf("expected dict, got %s", TypeName(v))))
}

// DynIndex is v[k]: list index (negative from the end) or dict key (KeyError when missing).
func DynIndex(v any, k any) any {
	switch x := v.(type) {
	case []any:
		i, ok := k.(int)
		if !ok {
			panic(NewError("TypeError", "list indices must be integers or slices, not "+TypeName(k)))
		}
		return Index(x, i)
	case *Dict[string, any]:
		s, ok := k.(string)
		if !ok {
			panic(NewError("KeyError", Repr(k)))
		}
		return x.MustGet(s)
	case string:
		i, ok := k.(int)
		if !ok {
			panic(NewError("TypeError", "string indices must be integers, not '"+TypeName(k)+"'"))
		}
		return StrIndex(x, i)
	case dictLike: // a typed dict stored in dynamic data (a record display of str values)
		if got, ok := x.PyLookup(k); ok {
			return got
		}
		panic(NewError("KeyError", Repr(k)))
	}
	panic(NewError("TypeError", fmt.Sprintf("'%s' object is not subscriptable", TypeName(v))))
}

// DynSetItem is v[k] = x on a dynamic value: a dict key (dynamic dicts have str keys, as
// json.loads gives) or a list index (negative from the end), else Python's TypeError.
func DynSetItem(v any, k any, x any) {
	switch c := v.(type) {
	case []any:
		i, ok := k.(int)
		if !ok {
			panic(NewError("TypeError", "list indices must be integers or slices, not "+TypeName(k)))
		}
		SetIndex(c, i, x)
		return
	case *Dict[string, any]:
		s, ok := k.(string)
		if !ok {
			panic(NewError("NotImplementedError", "a dynamic dict has str keys only, not "+TypeName(k)))
		}
		c.Set(s, x)
		return
	}
	panic(NewError("TypeError", fmt.Sprintf("'%s' object does not support item assignment", TypeName(v))))
}

// DynAppendItem is c[k].append(x) on dynamic data: the list in the slot grows and is written
// back (a Go append may move the slice), AttributeError when the slot holds no list.
func DynAppendItem(c any, k any, x any) {
	v := DynIndex(c, k)
	xs, ok := v.([]any)
	if !ok {
		panic(NewError("AttributeError", fmt.Sprintf("'%s' object has no attribute 'append'", TypeName(v))))
	}
	DynSetItem(c, k, append(xs, x))
}

// DynSlice is v[lo:hi] of a dynamic value (a list or a str; Omit for a missing bound).
func DynSlice(v any, lo, hi int) any {
	switch x := v.(type) {
	case []any:
		return Slice(x, lo, hi)
	case string:
		return StrSlice(x, lo, hi)
	case *Dict[string, any]:
		panic(NewError("TypeError", "unhashable type: 'slice'"))
	}
	panic(NewError("TypeError", fmt.Sprintf("'%s' object is not subscriptable", TypeName(v))))
}

// DynSum is sum(v) of dynamic values: 0 + each item, left to right, with Python's rules.
func DynSum(v any) any {
	acc := any(0)
	for _, x := range DynIter(v) {
		acc = DynArith("+", acc, x)
	}
	return acc
}

// DynGet is v.get(k, default) on a dynamic dict.
func DynGet(v any, k string, def any) any {
	return AsDict(v).GetOr(k, def)
}

// DynIter is `for x in v`: list items, dict keys or characters.
func DynIter(v any) []any {
	switch x := v.(type) {
	case []any:
		return x
	case *Dict[string, any]:
		keys := x.Keys()
		out := make([]any, len(keys))
		for i, k := range keys {
			out[i] = k
		}
		return out
	case string:
		chars := Chars(x)
		out := make([]any, len(chars))
		for i, c := range chars {
			out[i] = c
		}
		return out
	}
	panic(NewError("TypeError", fmt.Sprintf("'%s' object is not iterable", TypeName(v))))
}

// DynLen is len(v).
func DynLen(v any) int {
	switch x := v.(type) {
	case []any:
		return len(x)
	case *Dict[string, any]:
		return x.Len()
	case string:
		return Len(x)
	}
	panic(NewError("TypeError", fmt.Sprintf("object of type '%s' has no len()", TypeName(v))))
}

// DynContains is `k in v`.
func DynContains(v any, k any) bool {
	switch x := v.(type) {
	case []any:
		for _, it := range x {
			if Equal(it, k) {
				return true
			}
		}
		return false
	case *Dict[string, any]:
		s, ok := k.(string)
		return ok && x.Has(s)
	case string:
		s, ok := k.(string)
		if !ok {
			panic(NewError("TypeError", "'in <string>' requires string as left operand, not "+TypeName(k)))
		}
		return Find(x, s) >= 0
	}
	panic(NewError("TypeError", fmt.Sprintf("argument of type '%s' is not iterable", TypeName(v))))
}

// DynArith is a op b (+ - * / // %) on dynamic numbers and strings, with Python's rules.
func DynArith(op string, a, b any) any {
	if r, ok := dynTimeArith(op, a, b); ok {
		return r
	}
	if sa, ok := a.(string); ok {
		if sb, ok := b.(string); ok && op == "+" {
			return sa + sb
		}
		if n, ok := b.(int); ok && op == "*" {
			return Mul(sa, n)
		}
		panic(NewError("TypeError", fmt.Sprintf("unsupported operand type(s) for %s: 'str' and '%s'", op, TypeName(b))))
	}
	if x, ok := a.(bool); ok { // True + 1 == 2: a bool is an int
		a = BoolInt(x)
	}
	if x, ok := b.(bool); ok {
		b = BoolInt(x)
	}
	ai, aInt := a.(int)
	bi, bInt := b.(int)
	if aInt && bInt {
		switch op {
		case "+":
			return ai + bi
		case "-":
			return ai - bi
		case "*":
			return ai * bi
		case "/":
			return DivInt(ai, bi)
		case "//":
			return FloorDiv(ai, bi)
		case "%":
			return Mod(ai, bi)
		}
	}
	if isNum(a) && isNum(b) {
		x, y := AsFloat(a), AsFloat(b)
		switch op {
		case "+":
			return x + y
		case "-":
			return x - y
		case "*":
			return x * y
		case "/":
			return Div(x, y)
		case "//":
			return FloorDiv(x, y)
		case "%":
			return Mod(x, y)
		}
	}
	panic(NewError("TypeError", fmt.Sprintf("unsupported operand type(s) for %s: '%s' and '%s'", op, operandName(a), operandName(b))))
}

// dynTimeArith is + and - between dynamic dates, datetimes and timedeltas (YAML timestamps
// are dynamic values): date - date and datetime - datetime give a timedelta, date/datetime
// +/- timedelta a date/datetime, timedelta +/- timedelta a timedelta.
func dynTimeArith(op string, a, b any) (any, bool) {
	if op != "+" && op != "-" {
		return nil, false
	}
	td, bTD := b.(Timedelta)
	switch x := a.(type) {
	case Date:
		if y, ok := b.(Date); ok && op == "-" {
			return x.Sub(y), true
		}
		if bTD {
			if op == "-" {
				td = td.Neg()
			}
			return x.Add(td), true
		}
	case Datetime:
		if y, ok := b.(Datetime); ok && op == "-" {
			return x.Sub(y), true
		}
		if bTD {
			if op == "-" {
				td = td.Neg()
			}
			return x.Add(td), true
		}
	case Timedelta:
		if bTD {
			if op == "-" {
				return x.Sub(td), true
			}
			return x.Add(td), true
		}
		if op == "+" {
			switch y := b.(type) {
			case Date:
				return y.Add(x), true
			case Datetime:
				return y.Add(x), true
			}
		}
	}
	return nil, false
}

// operandName is the class name CPython's operator errors print (tp_name: the datetime
// module's C types are qualified, 'datetime.date').
func operandName(v any) string {
	switch v.(type) {
	case Date, Datetime, Timedelta:
		return "datetime." + TypeName(v)
	}
	return TypeName(v)
}

func isNum(v any) bool {
	switch v.(type) {
	case int, bool, float64:
		return true
	}
	return false
}

// DynIsInstance is isinstance(v, (k1, k2, ...)) for a dynamic value and builtin
// class names (a bool is an int, as in Python).
func DynIsInstance(v any, kinds ...string) bool {
	name := TypeName(v)
	for _, k := range kinds {
		if name == k || (k == "int" && name == "bool") {
			return true
		}
	}
	return false
}

// DynInt is int(v) of a dynamic value: ints and bools as they are, floats truncated, strings
// parsed as int(str) does; anything else is CPython's TypeError.
func DynInt(v any) (int, error) {
	switch x := v.(type) {
	case int:
		return x, nil
	case bool:
		return BoolInt(x), nil
	case float64:
		return FloatToInt(x), nil
	case string:
		return Atoi(x)
	}
	return 0, NewError("TypeError", fmt.Sprintf("int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(v)))
}

// DynFloat is float(v) of a dynamic value: numbers and bools converted, strings parsed as
// float(str) does; anything else is CPython's TypeError.
func DynFloat(v any) (float64, error) {
	switch x := v.(type) {
	case float64:
		return x, nil
	case int:
		return float64(x), nil
	case bool:
		return float64(BoolInt(x)), nil
	case string:
		return Atof(x)
	}
	return 0, NewError("TypeError", fmt.Sprintf("float() argument must be a string or a real number, not '%s'", TypeName(v)))
}
