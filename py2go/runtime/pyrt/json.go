package pyrt

import (
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// JSONOpts are the keyword arguments of json.dumps / json.dump that py2go supports.
type JSONOpts struct {
	Indent      *string                 // nil: indent=None (one line)
	SortKeys    bool                    // sort_keys=True
	Seps        *Tuple2[string, string] // separators=(item, key); nil: Python's default
	KeepUnicode bool                    // ensure_ascii=False
	NoNaN       bool                    // allow_nan=False
}

// JSONIndent converts the indent= argument (None, an int or a str) as json.dumps does.
func JSONIndent(v any) *string {
	switch x := v.(type) {
	case nil:
		return nil
	case int:
		s := strings.Repeat(" ", max(x, 0))
		return &s
	case string:
		return &x
	case *int:
		if x == nil {
			return nil
		}
		return JSONIndent(*x)
	case *string:
		return x
	}
	panic(NewError("TypeError", "can't multiply sequence by non-int of type '"+jsonTypeName(reflect.ValueOf(v))+"'"))
}

// JSONDumps is json.dumps(v, ...): Python's exact text, by reflection over py2go values.
func JSONDumps(v any, o JSONOpts) (string, error) {
	e := jsonEnc{o: o, item: ", ", key: ": "}
	if o.Indent != nil {
		e.item = ","
	}
	if o.Seps != nil {
		e.item, e.key = o.Seps.V0, o.Seps.V1
	}
	if err := e.value(reflect.ValueOf(v), 0); err != nil {
		return "", err
	}
	return e.b.String(), nil
}

// JSONDump is json.dump(v, f, ...): writes the text of JSONDumps to w.
func JSONDump(v any, w io.Writer, o JSONOpts) error {
	s, err := JSONDumps(v, o)
	if err != nil {
		return err
	}
	return WriteString(w, s)
}

type jsonEnc struct {
	o         JSONOpts
	item, key string
	b         strings.Builder
}

func jsonTypeName(v reflect.Value) string {
	if !v.IsValid() {
		return "NoneType"
	}
	t := v.Type()
	switch t.Kind() {
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Int16, reflect.Int8, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "int"
	case reflect.Float64, reflect.Float32:
		return "float"
	case reflect.String:
		return "str"
	case reflect.Bool:
		return "bool"
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return "bytes"
		}
		return "list"
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	name := t.Name()
	if i := strings.IndexByte(name, '['); i >= 0 {
		name = name[:i]
	}
	switch {
	case name == "Dict":
		return "dict"
	case name == "Set":
		return "set"
	case strings.HasPrefix(name, "Tuple"):
		return "tuple"
	case name == "Datetime":
		return "datetime"
	case name == "Date":
		return "date"
	case name == "Timedelta":
		return "timedelta"
	case name == "Match":
		return "Match"
	}
	if v.Type().Implements(reflect.TypeOf((*PyKinder)(nil)).Elem()) {
		if k := v.Interface().(PyKinder).PyKinds(); len(k) > 0 {
			return k[0]
		}
	}
	if name == "" {
		return "object"
	}
	return name
}

func (e *jsonEnc) notSerializable(v reflect.Value) error {
	return NewError("TypeError", "Object of type "+jsonTypeName(v)+" is not JSON serializable")
}

func (e *jsonEnc) float(f float64) (string, error) {
	switch {
	case math.IsNaN(f):
		if e.o.NoNaN {
			return "", NewError("ValueError", "Out of range float values are not JSON compliant")
		}
		return "NaN", nil
	case math.IsInf(f, 1):
		if e.o.NoNaN {
			return "", NewError("ValueError", "Out of range float values are not JSON compliant")
		}
		return "Infinity", nil
	case math.IsInf(f, -1):
		if e.o.NoNaN {
			return "", NewError("ValueError", "Out of range float values are not JSON compliant")
		}
		return "-Infinity", nil
	}
	return FormatFloat(f), nil
}

// JSONQuote is the JSON string literal json.dumps writes for s.
func JSONQuote(s string, ensureASCII bool) string {
	var b strings.Builder
	writeJSONString(&b, s, ensureASCII)
	return b.String()
}

func writeJSONString(b *strings.Builder, s string, ascii bool) {
	const hex = "0123456789abcdef"
	u4 := func(r rune) {
		b.WriteString(`\u`)
		b.WriteByte(hex[r>>12&0xf])
		b.WriteByte(hex[r>>8&0xf])
		b.WriteByte(hex[r>>4&0xf])
		b.WriteByte(hex[r&0xf])
	}
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20:
				u4(r)
			case !ascii || r < 0x7f:
				b.WriteRune(r)
			case r < 0x10000:
				u4(r)
			default:
				r -= 0x10000
				u4(0xd800 | (r>>10)&0x3ff)
				u4(0xdc00 | r&0x3ff)
			}
		}
	}
	b.WriteByte('"')
}

func (e *jsonEnc) newline(level int) {
	if e.o.Indent == nil {
		return
	}
	e.b.WriteByte('\n')
	for i := 0; i < level; i++ {
		e.b.WriteString(*e.o.Indent)
	}
}

type jsonKV struct {
	key  string
	orig any
	val  reflect.Value
}

func (e *jsonEnc) keyText(k any) (string, bool, error) {
	switch x := k.(type) {
	case string:
		return x, true, nil
	case bool:
		if x {
			return "true", true, nil
		}
		return "false", true, nil
	case nil:
		return "null", true, nil
	case float64:
		s, err := e.float(x)
		return s, true, err
	case float32:
		s, err := e.float(float64(x))
		return s, true, err
	}
	rv := reflect.ValueOf(k)
	switch rv.Kind() {
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Int16, reflect.Int8:
		return strconv.FormatInt(rv.Int(), 10), true, nil
	case reflect.Uint, reflect.Uint64, reflect.Uint32, reflect.Uint16, reflect.Uint8:
		return strconv.FormatUint(rv.Uint(), 10), true, nil
	case reflect.String:
		return rv.String(), true, nil
	}
	return "", false, NewError("TypeError", "keys must be str, int, float, bool or None, not "+jsonTypeName(rv))
}

func (e *jsonEnc) value(v reflect.Value, level int) error {
	if !v.IsValid() {
		e.b.WriteString("null")
		return nil
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			e.b.WriteString("null")
			return nil
		}
		return e.value(v.Elem(), level)
	}
	if v.CanInterface() {
		if d, ok := v.Interface().(dictLike); ok {
			if v.Kind() == reflect.Pointer && v.IsNil() {
				e.b.WriteString("null")
				return nil
			}
			return e.dict(d, level)
		}
		if _, ok := v.Interface().(tupleLike); ok || isTupleType(v.Type()) {
			n := v.NumField()
			items := make([]reflect.Value, n)
			for i := 0; i < n; i++ {
				items[i] = v.Field(i)
			}
			return e.list(items, level)
		}
	}
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			e.b.WriteString("true")
		} else {
			e.b.WriteString("false")
		}
		return nil
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Int16, reflect.Int8:
		e.b.WriteString(strconv.FormatInt(v.Int(), 10))
		return nil
	case reflect.Uint, reflect.Uint64, reflect.Uint32, reflect.Uint16:
		e.b.WriteString(strconv.FormatUint(v.Uint(), 10))
		return nil
	case reflect.Float64, reflect.Float32:
		s, err := e.float(v.Float())
		if err != nil {
			return err
		}
		e.b.WriteString(s)
		return nil
	case reflect.String:
		writeJSONString(&e.b, v.String(), !e.o.KeepUnicode)
		return nil
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			return e.notSerializable(v)
		}
		items := make([]reflect.Value, v.Len())
		for i := range items {
			items[i] = v.Index(i)
		}
		return e.list(items, level)
	case reflect.Pointer:
		if v.IsNil() {
			e.b.WriteString("null")
			return nil
		}
		switch v.Elem().Kind() {
		case reflect.Int, reflect.Int64, reflect.Float64, reflect.String, reflect.Bool, reflect.Slice:
			return e.value(v.Elem(), level)
		}
		return e.notSerializable(v)
	}
	return e.notSerializable(v)
}

func isTupleType(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && strings.HasPrefix(t.Name(), "Tuple") && t.NumField() > 0 && t.Field(0).Name == "V0"
}

func (e *jsonEnc) list(items []reflect.Value, level int) error {
	if len(items) == 0 {
		e.b.WriteString("[]")
		return nil
	}
	e.b.WriteByte('[')
	for i, it := range items {
		if i > 0 {
			e.b.WriteString(e.item)
		}
		e.newline(level + 1)
		if err := e.value(it, level+1); err != nil {
			return err
		}
	}
	e.newline(level)
	e.b.WriteByte(']')
	return nil
}

func (e *jsonEnc) dict(d dictLike, level int) error {
	items := d.pyItems()
	if len(items) == 0 {
		e.b.WriteString("{}")
		return nil
	}
	if e.o.SortKeys {
		sorted, err := sortedByKey(items, func(v any) string { return jsonTypeName(reflect.ValueOf(v)) })
		if err != nil {
			return err
		}
		items = sorted
	}
	e.b.WriteByte('{')
	for i, it := range items {
		k, _, err := e.keyText(it[0])
		if err != nil {
			return err
		}
		if i > 0 {
			e.b.WriteString(e.item)
		}
		e.newline(level + 1)
		writeJSONString(&e.b, k, !e.o.KeepUnicode)
		e.b.WriteString(e.key)
		if err := e.value(reflect.ValueOf(it[1]), level+1); err != nil {
			return err
		}
	}
	e.newline(level)
	e.b.WriteByte('}')
	return nil
}

// ---------------------------------------------------------------- decoding

// JSONValue is a decoded JSON value with Python's shapes: nil, bool, int,
// float64, string, []any, *Dict[string, any].
type JSONValue = any

type jsonDec struct {
	s string
}

func (d *jsonDec) fail(msg string, pos int) error {
	char := utf8.RuneCountInString(d.s[:pos])
	line := strings.Count(d.s[:pos], "\n") + 1
	col := char + 1
	if nl := strings.LastIndexByte(d.s[:pos], '\n'); nl >= 0 {
		col = char - utf8.RuneCountInString(d.s[:nl+1]) + 1
	}
	return &JSONDecodeError{Msg: msg, Pos: char, Lineno: line, Colno: col}
}

// JSONDecodeError is json.JSONDecodeError (a ValueError); uncaught, it prints
// as CPython does: "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)".
type JSONDecodeError struct {
	Msg                string
	Pos, Lineno, Colno int
}

// PyStr is str(e).
func (e *JSONDecodeError) PyStr() string {
	return e.Msg + ": line " + itoa(e.Lineno) + " column " + itoa(e.Colno) + " (char " + itoa(e.Pos) + ")"
}

func (e *JSONDecodeError) Error() string { return "JSONDecodeError: " + e.PyStr() }

// JSONErrPos is e.lineno, e.colno or e.pos of a json.JSONDecodeError (line and column from 1,
// pos in code points); AttributeError on another exception.
func JSONErrPos(err error, attr string) int {
	var je *JSONDecodeError
	if !errors.As(err, &je) {
		panic(NewError("AttributeError", fmt.Sprintf("'%s' object has no attribute '%s'", ExcName(err), attr)))
	}
	switch attr {
	case "lineno":
		return je.Lineno
	case "colno":
		return je.Colno
	}
	return je.Pos
}

// PyKinds is the class chain; the first name is what a traceback shows.
func (e *JSONDecodeError) PyKinds() []string {
	return []string{"json.decoder.JSONDecodeError", "JSONDecodeError", "ValueError", "Exception", "BaseException"}
}

func (d *jsonDec) ws(i int) int {
	for i < len(d.s) {
		switch d.s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// JSONParse is json.loads(s) into Python-shaped Go values (see JSONValue).
func JSONParse(s string) (any, error) {
	d := &jsonDec{s: s}
	i := d.ws(0)
	v, end, err := d.value(i)
	if err != nil {
		return nil, err
	}
	end = d.ws(end)
	if end != len(s) {
		return nil, d.fail("Extra data", end)
	}
	return v, nil
}

func (d *jsonDec) value(i int) (any, int, error) {
	s := d.s
	if i >= len(s) {
		return nil, i, d.fail("Expecting value", i)
	}
	switch c := s[i]; {
	case c == '"':
		return d.str(i + 1)
	case c == '{':
		return d.object(i + 1)
	case c == '[':
		return d.array(i + 1)
	case strings.HasPrefix(s[i:], "null"):
		return nil, i + 4, nil
	case strings.HasPrefix(s[i:], "true"):
		return true, i + 4, nil
	case strings.HasPrefix(s[i:], "false"):
		return false, i + 5, nil
	case strings.HasPrefix(s[i:], "NaN"):
		return math.NaN(), i + 3, nil
	case strings.HasPrefix(s[i:], "Infinity"):
		return math.Inf(1), i + 8, nil
	case strings.HasPrefix(s[i:], "-Infinity"):
		return math.Inf(-1), i + 9, nil
	case c == '-' || c >= '0' && c <= '9':
		return d.number(i)
	}
	return nil, i, d.fail("Expecting value", i)
}

func jsonIsDigit(c byte) bool { return c >= '0' && c <= '9' }

func (d *jsonDec) number(i int) (any, int, error) {
	s := d.s
	j := i
	if s[j] == '-' {
		j++
	}
	if j >= len(s) || !jsonIsDigit(s[j]) {
		return nil, i, d.fail("Expecting value", i)
	}
	if s[j] == '0' {
		j++
	} else {
		for j < len(s) && jsonIsDigit(s[j]) {
			j++
		}
	}
	isFloat := false
	if j+1 < len(s) && s[j] == '.' && jsonIsDigit(s[j+1]) {
		isFloat = true
		j += 2
		for j < len(s) && jsonIsDigit(s[j]) {
			j++
		}
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
		k := j + 1
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			k++
		}
		if k < len(s) && jsonIsDigit(s[k]) {
			for k < len(s) && jsonIsDigit(s[k]) {
				k++
			}
			isFloat = true
			j = k
		}
	}
	text := s[i:j]
	if isFloat {
		f, _ := strconv.ParseFloat(text, 64)
		return f, j, nil
	}
	n, err := strconv.Atoi(text)
	if err != nil {
		return nil, i, NewError("OverflowError", "py2go: JSON integer "+text+" does not fit a 64-bit int")
	}
	return n, j, nil
}

func (d *jsonDec) str(i int) (any, int, error) {
	s := d.s
	begin := i - 1
	var b strings.Builder
	for {
		if i >= len(s) {
			return nil, i, d.fail("Unterminated string starting at", begin)
		}
		c := s[i]
		switch {
		case c == '"':
			return b.String(), i + 1, nil
		case c < 0x20:
			return nil, i, d.fail("Invalid control character at", i)
		case c == '\\':
			if i+1 >= len(s) {
				return nil, i, d.fail("Unterminated string starting at", begin)
			}
			e := s[i+1]
			switch e {
			case '"', '\\', '/':
				b.WriteByte(e)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r, ok := jsonHex4(s, i+2)
				if !ok {
					return nil, i, d.fail("Invalid \\uXXXX escape", i+1)
				}
				i += 6
				if r >= 0xd800 && r < 0xdc00 && i+1 < len(s) && s[i] == '\\' && s[i+1] == 'u' {
					if r2, ok := jsonHex4(s, i+2); ok && r2 >= 0xdc00 && r2 < 0xe000 {
						r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
						i += 6
					}
				}
				b.WriteRune(r)
				continue
			default:
				return nil, i, d.fail("Invalid \\escape", i)
			}
			i += 2
		default:
			b.WriteByte(c)
			i++
		}
	}
}

func jsonHex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	n, err := strconv.ParseUint(s[i:i+4], 16, 32)
	if err != nil || strings.ContainsAny(s[i:i+4], "+-") {
		return 0, false
	}
	return rune(n), true
}

func (d *jsonDec) object(i int) (any, int, error) {
	out := NewDict[string, any]()
	i = d.ws(i)
	if i < len(d.s) && d.s[i] == '}' {
		return out, i + 1, nil
	}
	for {
		if i >= len(d.s) || d.s[i] != '"' {
			return nil, i, d.fail("Expecting property name enclosed in double quotes", i)
		}
		k, j, err := d.str(i + 1)
		if err != nil {
			return nil, j, err
		}
		i = d.ws(j)
		if i >= len(d.s) || d.s[i] != ':' {
			return nil, i, d.fail("Expecting ':' delimiter", i)
		}
		i = d.ws(i + 1)
		v, j, err := d.value(i)
		if err != nil {
			return nil, j, err
		}
		out.Set(k.(string), v)
		i = d.ws(j)
		if i < len(d.s) && d.s[i] == '}' {
			return out, i + 1, nil
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return nil, i, d.fail("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}

func (d *jsonDec) array(i int) (any, int, error) {
	out := []any{}
	i = d.ws(i)
	if i < len(d.s) && d.s[i] == ']' {
		return out, i + 1, nil
	}
	for {
		v, j, err := d.value(i)
		if err != nil {
			return nil, j, err
		}
		out = append(out, v)
		i = d.ws(j)
		if i < len(d.s) && d.s[i] == ']' {
			return out, i + 1, nil
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return nil, i, d.fail("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}

// JSONLoads is json.loads(s) converted to the Go type T the script's
// annotation declares. A value whose JSON type differs from the annotation
// raises TypeError at load time (Python would only fail, if at all, where the
// value is used).
func JSONLoads[T any](s string) (T, error) {
	var out T
	v, err := JSONParse(s)
	if err != nil {
		return out, err
	}
	rv := reflect.ValueOf(&out).Elem()
	if err := jsonAssign(rv, v, "$"); err != nil {
		return out, err
	}
	return out, nil
}

// JSONLoad is json.load(f): reads f (universal newlines) and decodes like JSONLoads.
func JSONLoad[T any](r io.Reader) (T, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		var zero T
		return zero, err
	}
	s := strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n")
	s = strings.TrimPrefix(s, "\ufeff")
	return JSONLoads[T](s)
}

func jsonKindName(v any) string {
	if v == nil {
		return "null" // JSON's word in the decode error messages
	}
	return TypeName(v)
}

func jsonMismatch(path string, v any, want string) error {
	return NewError("TypeError", "py2go: JSON value at "+path+" is "+jsonKindName(v)+", the annotation expects "+want)
}

var jsonAnyType = reflect.TypeOf((*any)(nil)).Elem()

func jsonAssign(dst reflect.Value, v any, path string) error {
	t := dst.Type()
	if t == jsonAnyType {
		if v != nil {
			dst.Set(reflect.ValueOf(v))
		}
		return nil
	}
	switch t.Kind() {
	case reflect.Int:
		n, ok := v.(int)
		if !ok {
			return jsonMismatch(path, v, "int")
		}
		dst.SetInt(int64(n))
		return nil
	case reflect.Float64:
		f, ok := v.(float64)
		if !ok {
			return jsonMismatch(path, v, "float")
		}
		dst.SetFloat(f)
		return nil
	case reflect.String:
		x, ok := v.(string)
		if !ok {
			return jsonMismatch(path, v, "str")
		}
		dst.SetString(x)
		return nil
	case reflect.Bool:
		x, ok := v.(bool)
		if !ok {
			return jsonMismatch(path, v, "bool")
		}
		dst.SetBool(x)
		return nil
	case reflect.Slice:
		xs, ok := v.([]any)
		if !ok {
			return jsonMismatch(path, v, "list")
		}
		out := reflect.MakeSlice(t, len(xs), len(xs))
		for i, x := range xs {
			if err := jsonAssign(out.Index(i), x, path+"["+itoa(i)+"]"); err != nil {
				return err
			}
		}
		dst.Set(out)
		return nil
	case reflect.Struct:
		if isTupleType(t) {
			xs, ok := v.([]any)
			if !ok || len(xs) != t.NumField() {
				return jsonMismatch(path, v, "a list of "+itoa(t.NumField())+" items")
			}
			for i, x := range xs {
				if err := jsonAssign(dst.Field(i), x, path+"["+itoa(i)+"]"); err != nil {
					return err
				}
			}
			return nil
		}
	case reflect.Pointer:
		if v == nil {
			dst.Set(reflect.Zero(t))
			return nil
		}
		if strings.HasPrefix(t.Elem().Name(), "Dict[") {
			src, ok := v.(*Dict[string, any])
			if !ok {
				return jsonMismatch(path, v, "dict")
			}
			if t == reflect.TypeOf(src) {
				dst.Set(reflect.ValueOf(src))
				return nil
			}
			out := reflect.New(t.Elem())
			set := out.MethodByName("Set")
			kt, vt := set.Type().In(0), set.Type().In(1)
			if kt.Kind() != reflect.String {
				return NewError("TypeError", "py2go: JSON object keys are str; the annotation expects "+kt.String()+" keys")
			}
			for _, kv := range src.Items() {
				val := reflect.New(vt).Elem()
				if err := jsonAssign(val, kv.V1, path+"["+QuoteString(kv.V0)+"]"); err != nil {
					return err
				}
				set.Call([]reflect.Value{reflect.ValueOf(kv.V0).Convert(kt), val})
			}
			dst.Set(out)
			return nil
		}
		inner := reflect.New(t.Elem())
		if err := jsonAssign(inner.Elem(), v, path); err != nil {
			return err
		}
		dst.Set(inner)
		return nil
	}
	return NewError("TypeError", "py2go: cannot load JSON into "+t.String())
}

// sortedByKey is sorted(d.items()) by key for sort_keys=True (json.dumps, yaml.safe_dump): a
// stable sort with Python's <, and the TypeError sorted() raises for keys of different types
// (typeName names them as the caller's Python would).
func sortedByKey(items [][2]any, typeName func(any) string) ([][2]any, error) {
	sorted := make([][2]any, len(items))
	copy(sorted, items)
	var bad error
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i][0], sorted[j][0]
		if reflect.TypeOf(a) != reflect.TypeOf(b) && bad == nil {
			bad = NewError("TypeError", "'<' not supported between instances of '"+typeName(b)+"' and '"+typeName(a)+"'")
		}
		return Lt(a, b)
	})
	return sorted, bad
}
