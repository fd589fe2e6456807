package pyrt

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func itoa(i int) string { return strconv.Itoa(i) }

// Tuple2 is a Python 2-tuple.
type Tuple2[A, B any] struct {
	V0 A
	V1 B
}

// Tuple3 is a Python 3-tuple.
type Tuple3[A, B, C any] struct {
	V0 A
	V1 B
	V2 C
}

// Tuple4 is a Python 4-tuple.
type Tuple4[A, B, C, D any] struct {
	V0 A
	V1 B
	V2 C
	V3 D
}

// PyRepr is repr(t): "(a, b)" with repr of the items.
func (t Tuple2[A, B]) PyRepr() string { return reprTuple(t.pyItems()) }

// PyRepr is repr(t): "(a, b, c)" with repr of the items.
func (t Tuple3[A, B, C]) PyRepr() string { return reprTuple(t.pyItems()) }

// PyRepr is repr(t): "(a, b, c, d)" with repr of the items.
func (t Tuple4[A, B, C, D]) PyRepr() string { return reprTuple(t.pyItems()) }

func (t Tuple2[A, B]) pyItems() []any       { return []any{t.V0, t.V1} }
func (t Tuple3[A, B, C]) pyItems() []any    { return []any{t.V0, t.V1, t.V2} }
func (t Tuple4[A, B, C, D]) pyItems() []any { return []any{t.V0, t.V1, t.V2, t.V3} }

// tupleLike is implemented by the TupleN types.
type tupleLike interface{ pyItems() []any }

// PyTupler is implemented by generated named tuples (typing.NamedTuple,
// collections.namedtuple): they order like the tuple of their items.
type PyTupler interface{ PyItems() []any }

func reprTuple(items []any) string {
	var b strings.Builder
	b.WriteByte('(')
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Repr(it))
	}
	if len(items) == 1 {
		b.WriteByte(',')
	}
	b.WriteByte(')')
	return b.String()
}

// FormatFloat is repr(f) / str(f) for a Python float: the shortest string
// that round-trips, in fixed notation when 1e-4 <= |f| < 1e16 (with ".0"
// appended to integral values) and exponent notation otherwise
// ("1e+16", "1e-05", "1.5e-07"); "inf", "-inf", "nan".
func FormatFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	digits, exp, neg := shortestDigits(f)
	return layoutRepr(digits, exp+1, neg)
}

// formatFloat32 renders a float32 with the shortest digits that
// round-trip as float32 (Python has no float32; this matches numpy).
func formatFloat32(x float32) string {
	f := float64(x)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return FormatFloat(f)
	}
	s := strconv.FormatFloat(f, 'e', -1, 32)
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	i := strings.IndexByte(s, 'e')
	exp, _ := strconv.Atoi(s[i+1:])
	return layoutRepr(strings.Replace(s[:i], ".", "", 1), exp+1, neg)
}

// shortestDigits returns the shortest round-trip decimal digits of f and
// the decimal exponent of the first digit.
func shortestDigits(f float64) (digits string, exp int, neg bool) {
	s := strconv.FormatFloat(f, 'e', -1, 64)
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	i := strings.IndexByte(s, 'e')
	mant, e := s[:i], s[i+1:]
	exp, _ = strconv.Atoi(e)
	digits = strings.Replace(mant, ".", "", 1)
	return
}

// layoutRepr lays out digits with decimal point position decpt using the
// rules of CPython's float repr ('r' format with ADD_DOT_0).
func layoutRepr(digits string, decpt int, neg bool) string {
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	if decpt <= -4 || decpt > 16 {
		b.WriteByte(digits[0])
		if len(digits) > 1 {
			b.WriteByte('.')
			b.WriteString(digits[1:])
		}
		writeExp(&b, decpt-1)
		return b.String()
	}
	writeFixed(&b, digits, decpt, true)
	return b.String()
}

// writeFixed writes digits as a fixed-point number with the point after
// decpt digits; dot0 appends ".0" when there is no fractional part.
func writeFixed(b *strings.Builder, digits string, decpt int, dot0 bool) {
	switch {
	case decpt <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -decpt))
		b.WriteString(digits)
	case decpt >= len(digits):
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", decpt-len(digits)))
		if dot0 {
			b.WriteString(".0")
		}
	default:
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	}
}

func writeExp(b *strings.Builder, e int) {
	b.WriteByte('e')
	if e < 0 {
		b.WriteByte('-')
		e = -e
	} else {
		b.WriteByte('+')
	}
	if e < 10 {
		b.WriteByte('0')
	}
	b.WriteString(strconv.Itoa(e))
}

// Str is Python's str(v). Strings are returned as is, Go integers in
// decimal, float64 as FormatFloat, bool as True/False, nil as None, errors
// as ExcStr, values with PyStr()/PyRepr() via those methods, []byte as a
// bytes literal b'...', slices as lists "[...]" of Repr items, *Dict as
// "{k: v}", *Set as "{a, b}"/"set()", TupleN as "(a, b)"; pointers show
// their pointee and nil pointers print None.
func Str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case float64:
		return FormatFloat(x)
	case bool:
		if x {
			return "True"
		}
		return "False"
	case nil:
		return "None"
	case pyStrer:
		if isNilPtr(v) {
			return "None"
		}
		return x.PyStr()
	case error:
		if isNilPtr(v) {
			return "None"
		}
		return ExcStr(x)
	}
	return reprValue(v, false)
}

// Repr is Python's repr(v): strings are quoted with Python's rules (single
// quotes unless the string contains ' and no ", escapes \n \r \t \\ and
// \xNN/\uNNNN/\UNNNNNNNN for non-printable characters, printable non-ASCII
// kept; invalid UTF-8 bytes show as the surrogate escapes \udcNN CPython
// uses for undecodable bytes). Other values as Str, except that errors use
// ExcRepr and containers always show the repr of their items.
func Repr(v any) string {
	switch x := v.(type) {
	case string:
		return QuoteString(x)
	case int:
		return strconv.Itoa(x)
	case float64:
		return FormatFloat(x)
	case bool:
		if x {
			return "True"
		}
		return "False"
	case nil:
		return "None"
	case pyReprer:
		if isNilPtr(v) {
			return "None"
		}
		return x.PyRepr()
	case error:
		if isNilPtr(v) {
			return "None"
		}
		return ExcRepr(x)
	}
	return reprValue(v, true)
}

func isNilPtr(v any) bool {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Interface, reflect.Func, reflect.Chan:
		return rv.IsNil()
	}
	return false
}

// reprValue renders the non-fast-path types; repr selects repr() rules
// for the top level value (items of containers always use Repr).
func reprValue(v any, repr bool) string {
	switch x := v.(type) {
	case []string:
		return reprList(len(x), func(i int) string { return QuoteString(x[i]) })
	case []int:
		return reprList(len(x), func(i int) string { return strconv.Itoa(x[i]) })
	case []float64:
		return reprList(len(x), func(i int) string { return FormatFloat(x[i]) })
	case []any:
		return reprList(len(x), func(i int) string { return Repr(x[i]) })
	case []byte:
		return BytesRepr(x)
	case float32:
		return formatFloat32(x)
	case pyReprer:
		if isNilPtr(v) {
			return "None"
		}
		return x.PyRepr()
	case pyStrer:
		if isNilPtr(v) {
			return "None"
		}
		return x.PyStr()
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(rv.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(rv.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return FormatFloat(rv.Float())
	case reflect.Bool:
		if rv.Bool() {
			return "True"
		}
		return "False"
	case reflect.String:
		if repr {
			return QuoteString(rv.String())
		}
		return rv.String()
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return "[]"
		}
		if rv.Type().Elem().Kind() == reflect.Uint8 && rv.Kind() == reflect.Slice {
			return BytesRepr(rv.Bytes())
		}
		return reprList(rv.Len(), func(i int) string { return Repr(rv.Index(i).Interface()) })
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return "None"
		}
		if repr {
			return Repr(rv.Elem().Interface())
		}
		return Str(rv.Elem().Interface())
	case reflect.Map:
		if rv.IsNil() {
			return "None"
		}
	case reflect.Complex64, reflect.Complex128:
		return complexRepr(rv.Complex())
	}
	if s, ok := v.(fmt.Stringer); ok {
		return s.String()
	}
	return fmt.Sprint(v)
}

func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	fm := func(f float64) string {
		s := FormatFloat(f)
		return strings.TrimSuffix(s, ".0")
	}
	if re == 0 && !math.Signbit(re) {
		return fm(im) + "j"
	}
	sign := "+"
	if im < 0 || (im == 0 && math.Signbit(im)) || math.IsNaN(im) && math.Signbit(im) {
		sign = "-"
		im = -im
	}
	return "(" + fm(re) + sign + fm(im) + "j)"
}

func reprList(n int, item func(int) string) string {
	var b strings.Builder
	b.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(item(i))
	}
	b.WriteByte(']')
	return b.String()
}

const hexDigits = "0123456789abcdef"

// QuoteString is repr(s) for a Python str.
func QuoteString(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c == '\t':
				b.WriteString(`\t`)
			case c < 0x20 || c == 0x7f:
				b.WriteString(`\x`)
				b.WriteByte(hexDigits[c>>4])
				b.WriteByte(hexDigits[c&15])
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// undecodable byte: CPython's surrogateescape form
			b.WriteString(`\udc`)
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
			i++
			continue
		}
		i += size
		writeRuneRepr(&b, r)
	}
	b.WriteByte(quote)
	return b.String()
}

func writeRuneRepr(b *strings.Builder, r rune) {
	switch {
	case unicode.IsPrint(r):
		b.WriteRune(r)
	case r < 0x100:
		fmt.Fprintf(b, `\x%02x`, r)
	case r < 0x10000:
		fmt.Fprintf(b, `\u%04x`, r)
	default:
		fmt.Fprintf(b, `\U%08x`, r)
	}
}

// BytesRepr is repr(b) for a Python bytes object: b'...'.
func BytesRepr(p []byte) string {
	quote := byte('\'')
	if containsByte(p, '\'') && !containsByte(p, '"') {
		quote = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(quote)
	for _, c := range p {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			b.WriteString(`\x`)
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

func containsByte(p []byte, c byte) bool {
	for _, x := range p {
		if x == c {
			return true
		}
	}
	return false
}

// Ascii is ascii(v): Repr with non-ASCII characters escaped.
func Ascii(v any) string {
	r := Repr(v)
	var b strings.Builder
	for _, c := range r {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			fmt.Fprintf(&b, `\x%02x`, c)
		case c < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, c)
		default:
			fmt.Fprintf(&b, `\U%08x`, c)
		}
	}
	return b.String()
}
