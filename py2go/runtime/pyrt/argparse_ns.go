package pyrt

import (
	"reflect"
	"strconv"
	"strings"
)

// Namespace is argparse.Namespace: attributes in the order they were set
// (which is how repr(args) and vars(args) show them). Values are Python
// values: string, int, float64, bool, nil (None) and []any (lists).
type Namespace struct {
	keys         []string
	vals         map[string]any
	fromDefault  map[string]bool
	unrecognized []string
}

// NewNamespace is argparse.Namespace().
func NewNamespace() *Namespace {
	return &Namespace{vals: map[string]any{}, fromDefault: map[string]bool{}}
}

// Set is setattr(ns, dest, v).
func (n *Namespace) Set(dest string, v any) {
	if _, ok := n.vals[dest]; !ok {
		n.keys = append(n.keys, dest)
	}
	n.vals[dest] = normArgValue(v)
	delete(n.fromDefault, dest)
}

// setDefault sets an action's default (argparse converts string defaults
// with type= only while the value is still that default object).
func (n *Namespace) setDefault(dest string, v any) {
	n.Set(dest, v)
	n.fromDefault[dest] = true
}

func (n *Namespace) isDefault(dest string) bool { return n.fromDefault[dest] }

// Has is hasattr(ns, dest).
func (n *Namespace) Has(dest string) bool {
	_, ok := n.vals[dest]
	return ok
}

// Get returns the attribute as a Python value (nil for None). A missing
// attribute raises AttributeError like Python.
func (n *Namespace) Get(dest string) any {
	v, ok := n.vals[dest]
	if !ok {
		panic(NewError("AttributeError", "'Namespace' object has no attribute "+Repr(dest)))
	}
	return v
}

// Keys lists the attribute names in order (vars(args)).
func (n *Namespace) Keys() []string { return append([]string(nil), n.keys...) }

// Vars is vars(args) as an insertion-ordered dict.
func (n *Namespace) Vars() *Dict[string, any] {
	d := NewDict[string, any]()
	for _, k := range n.keys {
		d.Set(k, n.vals[k])
	}
	return d
}

func nsTypeError(dest, want string, v any) {
	panic(NewError("TypeError", "argparse: attribute "+Repr(dest)+" is "+pyTypeName(v)+", not "+want))
}

// Str returns a str attribute.
func (n *Namespace) Str(dest string) string {
	v := n.Get(dest)
	s, ok := v.(string)
	if !ok {
		nsTypeError(dest, "str", v)
	}
	return s
}

// Int returns an int attribute (a bool counts, as in Python).
func (n *Namespace) Int(dest string) int {
	v := n.Get(dest)
	switch x := v.(type) {
	case int:
		return x
	case bool:
		if x {
			return 1
		}
		return 0
	}
	nsTypeError(dest, "int", v)
	return 0
}

// Float returns a float attribute; an int (e.g. an int default of a
// type=float option) is widened.
func (n *Namespace) Float(dest string) float64 {
	v := n.Get(dest)
	switch x := v.(type) {
	case float64:
		return x
	case int:
		return float64(x)
	}
	nsTypeError(dest, "float", v)
	return 0
}

// Bool returns a bool attribute.
func (n *Namespace) Bool(dest string) bool {
	v := n.Get(dest)
	b, ok := v.(bool)
	if !ok {
		nsTypeError(dest, "bool", v)
	}
	return b
}

// Value returns the attribute as an `any` (for Any-typed destinations).
func (n *Namespace) Value(dest string) any { return n.Get(dest) }

func listOf[T any](n *Namespace, dest, want string, conv func(any) (T, bool)) []T {
	v := n.Get(dest)
	l, ok := v.([]any)
	if !ok {
		nsTypeError(dest, "list", v)
	}
	out := make([]T, len(l))
	for i, x := range l {
		t, ok := conv(x)
		if !ok {
			nsTypeError(dest, want, x)
		}
		out[i] = t
	}
	return out
}

func convStr(x any) (string, bool) { s, ok := x.(string); return s, ok }
func convInt(x any) (int, bool)    { i, ok := x.(int); return i, ok }
func convFloat(x any) (float64, bool) {
	switch v := x.(type) {
	case float64:
		return v, true
	case int:
		return float64(v), true
	}
	return 0, false
}

// StrList returns a list[str] attribute.
func (n *Namespace) StrList(dest string) []string { return listOf(n, dest, "str", convStr) }

// IntList returns a list[int] attribute.
func (n *Namespace) IntList(dest string) []int { return listOf(n, dest, "int", convInt) }

// FloatList returns a list[float] attribute.
func (n *Namespace) FloatList(dest string) []float64 { return listOf(n, dest, "float", convFloat) }

func optOf[T any](n *Namespace, dest string, get func(string) T) *T {
	if n.Get(dest) == nil {
		return nil
	}
	v := get(dest)
	return &v
}

// OptStr returns an Optional[str] attribute (nil is None).
func (n *Namespace) OptStr(dest string) *string { return optOf(n, dest, n.Str) }

// OptInt returns an Optional[int] attribute.
func (n *Namespace) OptInt(dest string) *int { return optOf(n, dest, n.Int) }

// OptFloat returns an Optional[float] attribute.
func (n *Namespace) OptFloat(dest string) *float64 { return optOf(n, dest, n.Float) }

// OptBool returns an Optional[bool] attribute.
func (n *Namespace) OptBool(dest string) *bool { return optOf(n, dest, n.Bool) }

// OptStrList returns an Optional[list[str]] attribute (e.g. action="append"
// without a default: None when the option never appears).
func (n *Namespace) OptStrList(dest string) *[]string { return optOf(n, dest, n.StrList) }

// OptIntList returns an Optional[list[int]] attribute.
func (n *Namespace) OptIntList(dest string) *[]int { return optOf(n, dest, n.IntList) }

// OptFloatList returns an Optional[list[float]] attribute.
func (n *Namespace) OptFloatList(dest string) *[]float64 { return optOf(n, dest, n.FloatList) }

// NsGet returns attribute dest as Go type T, for the types the getters
// above cover (string, int, float64, bool, []string, []int, []float64,
// pointers to them for Optional, and any).
func NsGet[T any](n *Namespace, dest string) T {
	var zero T
	var r any
	switch any(zero).(type) {
	case string:
		r = n.Str(dest)
	case int:
		r = n.Int(dest)
	case float64:
		r = n.Float(dest)
	case bool:
		r = n.Bool(dest)
	case []string:
		r = n.StrList(dest)
	case []int:
		r = n.IntList(dest)
	case []float64:
		r = n.FloatList(dest)
	case *string:
		r = n.OptStr(dest)
	case *int:
		r = n.OptInt(dest)
	case *float64:
		r = n.OptFloat(dest)
	case *bool:
		r = n.OptBool(dest)
	case *[]string:
		r = n.OptStrList(dest)
	case *[]int:
		r = n.OptIntList(dest)
	case *[]float64:
		r = n.OptFloatList(dest)
	default:
		v := n.Get(dest)
		t, ok := v.(T)
		if items, isList := v.([]any); !ok && isList {
			// nargs/append with a library type= (FileType): the items as a []T
			if out, conv := convertList[T](items); conv {
				return out
			}
		}
		if !ok && v != nil {
			nsTypeError(dest, "the declared type", v)
		}
		return t
	}
	return r.(T)
}

// SetStr etc. are `args.dest = value` assignments.
func (n *Namespace) SetValue(dest string, v any) { n.Set(dest, v) }

// PyRepr is repr(args): Namespace(a=1, b='x').
func (n *Namespace) PyRepr() string {
	var parts []string
	star := NewDict[string, any]()
	for _, k := range n.keys {
		if IsIdentifier(k) {
			parts = append(parts, k+"="+Repr(n.vals[k]))
		} else {
			star.Set(k, n.vals[k])
		}
	}
	if star.Len() > 0 {
		parts = append(parts, "**"+Repr(star))
	}
	return "Namespace(" + strings.Join(parts, ", ") + ")"
}

// PyStr is str(args), the same as repr.
func (n *Namespace) PyStr() string { return n.PyRepr() }

// NsCall is ns.attr(args...) for a function stored with parser.set_defaults(func=handler): the
// subcommand dispatch `args.func(args)`. The result is a dynamic value (nil for None).
func NsCall(n *Namespace, dest string, args ...any) any {
	f := n.Get(dest)
	rv := reflect.ValueOf(f)
	if f == nil || rv.Kind() != reflect.Func {
		panic(NewError("TypeError", "'"+pyTypeName(f)+"' object is not callable"))
	}
	if rv.Type().NumIn() != len(args) {
		panic(NewError("TypeError", dest+"() takes "+strconv.Itoa(rv.Type().NumIn())+" positional argument(s) but "+strconv.Itoa(len(args))+" were given"))
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		in[i] = reflect.ValueOf(a)
	}
	out := rv.Call(in)
	if len(out) == 0 {
		return nil
	}
	return out[0].Interface()
}

// ExitDyn is sys.exit(v) for a dynamic value: None is status 0, an int (or bool) the status,
// anything else is printed to stderr with status 1.
func ExitDyn(v any) {
	switch x := v.(type) {
	case nil:
		panic(&SystemExit{none: true})
	case bool:
		panic(&SystemExit{Code: BoolInt(x)})
	case int:
		panic(&SystemExit{Code: x})
	}
	panic(&SystemExit{Code: 1, Msg: Str(v), HasMsg: true})
}

// convertList converts parsed list items to the slice type T ([]*os.File,
// []Datetime) when every item has T's element type.
func convertList[T any](items []any) (T, bool) {
	var zero T
	rt := reflect.TypeOf(zero)
	if rt == nil || rt.Kind() != reflect.Slice {
		return zero, false
	}
	out := reflect.MakeSlice(rt, len(items), len(items))
	for i, x := range items {
		xv := reflect.ValueOf(x)
		if !xv.IsValid() || !xv.Type().AssignableTo(rt.Elem()) {
			return zero, false
		}
		out.Index(i).Set(xv)
	}
	return out.Interface().(T), true
}
