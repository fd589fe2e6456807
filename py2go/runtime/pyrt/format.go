package pyrt

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// fmtSpec is a parsed Python format-spec mini-language string.
type fmtSpec struct {
	fill      string
	align     byte // 0, '<', '>', '^', '='
	sign      byte // 0, '+', '-', ' '
	noNeg0    bool // 'z'
	alt       bool // '#'
	width     int  // -1 when absent
	grouping  byte // 0, ',', '_'
	precision int  // -1 when absent
	typ       byte // 0 when absent
}

func formatError(msg string) *Exception { return NewError("ValueError", msg) }

func isAlignChar(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }

// parseSpec parses spec like CPython's parse_internal_render_format_spec;
// defType/defAlign are the defaults of the object's type.
func parseSpec(spec, typeName string, defType, defAlign byte) fmtSpec {
	f := fmtSpec{fill: " ", width: -1, precision: -1, typ: defType, align: defAlign}
	pos := 0
	fillSpecified, alignSpecified := false, false
	// fill may be any character (multi-byte too)
	if r, size := utf8.DecodeRuneInString(spec); size > 0 && size < len(spec) && isAlignChar(spec[size]) {
		f.fill = string(r)
		f.align = spec[size]
		fillSpecified, alignSpecified = true, true
		pos = size + 1
	} else if len(spec) > 0 && isAlignChar(spec[0]) {
		f.align = spec[0]
		alignSpecified = true
		pos = 1
	}
	if pos < len(spec) && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ') {
		f.sign = spec[pos]
		pos++
	}
	if pos < len(spec) && spec[pos] == 'z' {
		f.noNeg0 = true
		pos++
	}
	if pos < len(spec) && spec[pos] == '#' {
		f.alt = true
		pos++
	}
	if !fillSpecified && pos < len(spec) && spec[pos] == '0' {
		f.fill = "0"
		if !alignSpecified && defAlign == '>' {
			f.align = '='
		}
		pos++
	}
	readInt := func() (int, bool) {
		start := pos
		n := 0
		for pos < len(spec) && spec[pos] >= '0' && spec[pos] <= '9' {
			if n > (math.MaxInt32-9)/10 {
				panic(formatError("Too many decimal digits in format string"))
			}
			n = n*10 + int(spec[pos]-'0')
			pos++
		}
		return n, pos > start
	}
	if n, ok := readInt(); ok {
		f.width = n
	}
	if pos < len(spec) && spec[pos] == ',' {
		f.grouping = ','
		pos++
	}
	if pos < len(spec) && spec[pos] == '_' {
		if f.grouping != 0 {
			panic(formatError("Cannot specify both ',' and '_'."))
		}
		f.grouping = '_'
		pos++
	}
	if pos < len(spec) && spec[pos] == ',' {
		if f.grouping == '_' {
			panic(formatError("Cannot specify both ',' and '_'."))
		}
	}
	if pos < len(spec) && spec[pos] == '.' {
		pos++
		n, ok := readInt()
		if !ok {
			panic(formatError("Format specifier missing precision"))
		}
		f.precision = n
	}
	rest := spec[pos:]
	if utf8.RuneCountInString(rest) > 1 {
		panic(formatError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'"))
	}
	if rest != "" {
		if len(rest) > 1 || rest[0] >= 0x80 {
			r, _ := utf8.DecodeRuneInString(rest)
			panic(formatError("Unknown format code '\\x" + strconv.FormatInt(int64(r), 16) + "' for object of type '" + typeName + "'"))
		}
		f.typ = rest[0]
	}
	if f.grouping != 0 {
		switch f.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if f.grouping == '_' {
				break
			}
			fallthrough
		default:
			if f.typ > 32 && f.typ < 128 {
				panic(formatError("Cannot specify '" + string(f.grouping) + "' with '" + string(f.typ) + "'."))
			}
			panic(formatError("Cannot specify '" + string(f.grouping) + "' with '\\x" + strconv.FormatInt(int64(f.typ), 16) + "'."))
		}
	}
	return f
}

func unknownFormat(typ byte, typeName string) *Exception {
	if typ > 32 && typ < 128 {
		return formatError("Unknown format code '" + string(typ) + "' for object of type '" + typeName + "'")
	}
	return formatError("Unknown format code '\\x" + strconv.FormatInt(int64(typ), 16) + "' for object of type '" + typeName + "'")
}

// Format is Python's format(v, spec) / f"{v:spec}" for Go int kinds,
// float64/float32, string and bool (bool formats as str() for an empty
// spec and as an int otherwise), and, with an empty spec, any value (as
// Str). The full mini-language is supported:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
// Invalid specs panic with a ValueError carrying CPython's message.
func Format(v any, spec string) string {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && !isPyObject(v) {
		// an Optional value: format what it holds; None has no format spec of its own
		if rv.IsNil() {
			if spec == "" {
				return "None"
			}
			Throw("TypeError", "unsupported format string passed to NoneType.__format__")
		}
		return Format(rv.Elem().Interface(), spec)
	}
	switch x := v.(type) {
	case string:
		if spec == "" {
			return x
		}
		return formatStr(x, spec)
	case interface{ PyFormat(string) string }: // a library type's own __format__ (ipaddress)
		return x.PyFormat(spec)
	case int:
		if spec == "" {
			return strconv.Itoa(x)
		}
		return formatInt(x < 0, absU(int64(x)), spec, "int")
	case float64:
		if spec == "" {
			return FormatFloat(x)
		}
		return formatFloatSpec(x, spec, "float")
	case bool:
		if spec == "" {
			return Str(x)
		}
		if x {
			return formatInt(false, 1, spec, "bool")
		}
		return formatInt(false, 0, spec, "bool")
	case float32:
		return Format(float64(x), spec)
	case Datetime: // datetime.__format__: a non-empty spec is a strftime format
		if spec != "" {
			return x.Strftime(spec)
		}
	case Date:
		if spec != "" {
			return x.Strftime(spec)
		}
	case nil:
		if spec == "" {
			return "None"
		}
		panic(NewError("TypeError", "unsupported format string passed to NoneType.__format__"))
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if _, ok := v.(pyStrer); !ok {
			i := rv.Int()
			return formatInt(i < 0, absU(i), spec, "int")
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if _, ok := v.(pyStrer); !ok {
			return formatInt(false, rv.Uint(), spec, "int")
		}
	case reflect.Float32, reflect.Float64:
		return Format(rv.Float(), spec)
	case reflect.String:
		if _, ok := v.(pyStrer); !ok {
			return Format(rv.String(), spec)
		}
	}
	if spec == "" {
		return Str(v)
	}
	panic(NewError("TypeError", "unsupported format string passed to "+pyTypeName(v)+".__format__"))
}

func absU(i int64) uint64 {
	if i < 0 {
		return uint64(-(i + 1)) + 1
	}
	return uint64(i)
}

func formatStr(s, spec string) string {
	f := parseSpec(spec, "str", 's', '<')
	if f.typ != 's' {
		panic(unknownFormat(f.typ, "str"))
	}
	if f.sign != 0 {
		if f.sign == ' ' {
			panic(formatError("Space not allowed in string format specifier"))
		}
		panic(formatError("Sign not allowed in string format specifier"))
	}
	if f.noNeg0 {
		panic(formatError("Negative zero coercion (z) not allowed in string format specifier"))
	}
	if f.alt {
		panic(formatError("Alternate form (#) not allowed in string format specifier"))
	}
	if f.align == '=' {
		panic(formatError("'=' alignment not allowed in string format specifier"))
	}
	if f.precision >= 0 && Len(s) > f.precision {
		s = StrSlice(s, 0, f.precision)
	}
	return pad(s, f.width, f.fill, f.align)
}

// pad pads s to width code points with fill, aligned per align.
func pad(s string, width int, fill string, align byte) string {
	n := Len(s)
	if width <= n {
		return s
	}
	total := width - n
	left := 0
	switch align {
	case '>', '=':
		left = total
	case '^':
		left = total / 2
	}
	return strings.Repeat(fill, left) + s + strings.Repeat(fill, total-left)
}

// groupDigits inserts sep every size digits (from the right), padding
// with zeros to at least minWidth characters like CPython's
// _PyUnicode_InsertThousandsGrouping.
func groupDigits(digits string, sep string, size, minWidth int) string {
	if sep == "" {
		if len(digits) < minWidth {
			return strings.Repeat("0", minWidth-len(digits)) + digits
		}
		return digits
	}
	var pieces []string
	remaining := len(digits)
	useSep := false
	for {
		l := size
		m := remaining
		if minWidth > m {
			m = minWidth
		}
		if m < 1 {
			m = 1
		}
		if l > m {
			l = m
		}
		nZeros := l - remaining
		if nZeros < 0 {
			nZeros = 0
		}
		nChars := remaining
		if nChars > l {
			nChars = l
		}
		if nChars < 0 {
			nChars = 0
		}
		if useSep {
			pieces = append(pieces, sep)
		}
		pieces = append(pieces, strings.Repeat("0", nZeros)+digits[remaining-nChars:remaining])
		useSep = true
		remaining -= nChars
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth -= len(sep)
	}
	var b strings.Builder
	for i := len(pieces) - 1; i >= 0; i-- {
		b.WriteString(pieces[i])
	}
	return b.String()
}

// layoutNumber assembles sign, prefix, integer digits (grouped) and the
// remainder, then pads to the width (CPython's calc_number_widths).
func layoutNumber(f fmtSpec, sign, prefix, intDigits, rest string, groupSize int) string {
	sep := ""
	if f.grouping != 0 && intDigits != "" {
		sep = string(f.grouping)
	}
	minWidth := 0
	if f.fill == "0" && f.align == '=' {
		minWidth = f.width - len(sign) - len(prefix) - len(rest)
	}
	digits := groupDigits(intDigits, sep, groupSize, minWidth)
	if intDigits == "" && minWidth <= 0 {
		digits = ""
	}
	n := len(sign) + len(prefix) + len(digits) + utf8.RuneCountInString(rest)
	if f.width <= n {
		return sign + prefix + digits + rest
	}
	total := f.width - n
	switch f.align {
	case '=':
		return sign + prefix + strings.Repeat(f.fill, total) + digits + rest
	case '<':
		return sign + prefix + digits + rest + strings.Repeat(f.fill, total)
	case '^':
		l := total / 2
		return strings.Repeat(f.fill, l) + sign + prefix + digits + rest + strings.Repeat(f.fill, total-l)
	}
	return strings.Repeat(f.fill, total) + sign + prefix + digits + rest
}

func signString(neg bool, sign byte) string {
	switch {
	case neg:
		return "-"
	case sign == '+':
		return "+"
	case sign == ' ':
		return " "
	}
	return ""
}

func formatInt(neg bool, abs uint64, spec, typeName string) string {
	f := parseSpec(spec, typeName, 'd', '>')
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		x := float64(abs)
		if neg {
			x = -x
		}
		return formatFloatParsed(x, f)
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	default:
		panic(unknownFormat(f.typ, typeName))
	}
	if f.precision >= 0 {
		panic(formatError("Precision not allowed in integer format specifier"))
	}
	if f.noNeg0 {
		panic(formatError("Negative zero coercion (z) not allowed in integer format specifier"))
	}
	if f.typ == 'c' {
		if f.sign != 0 {
			panic(formatError("Sign not allowed with integer format specifier 'c'"))
		}
		if f.alt {
			panic(formatError("Alternate form (#) not allowed with integer format specifier 'c'"))
		}
		if neg || abs > 0x10ffff {
			panic(NewError("OverflowError", "%c arg not in range(0x110000)"))
		}
		return layoutNumber(f, "", "", "", string(rune(abs)), 3)
	}
	base, prefix := 10, ""
	switch f.typ {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if !f.alt {
		prefix = ""
	}
	digits := strconv.FormatUint(abs, base)
	if f.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	size := 3
	if base != 10 {
		size = 4
	}
	return layoutNumber(f, signString(neg, f.sign), prefix, digits, "", size)
}

func formatFloatSpec(x float64, spec, typeName string) string {
	f := parseSpec(spec, typeName, 0, '>')
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		panic(unknownFormat(f.typ, typeName))
	}
	return formatFloatParsed(x, f)
}

func formatFloatParsed(x float64, f fmtSpec) string {
	typ := f.typ
	prec := f.precision
	addDot0 := false
	defPrec := 6
	if typ == 0 {
		addDot0 = true
		typ = 'r'
		defPrec = 0
	}
	if typ == 'n' {
		typ = 'g'
	}
	pct := false
	if typ == '%' {
		typ = 'f'
		x *= 100
		pct = true
	}
	if prec < 0 {
		prec = defPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	s := pyFloatString(x, typ, prec, f.alt, addDot0, f.noNeg0)
	if pct {
		s += "%"
	}
	neg := false
	if strings.HasPrefix(s, "-") {
		neg = true
		s = s[1:]
	}
	// split into leading digits and remainder
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return layoutNumber(f, signString(neg, f.sign), "", s[:i], s[i:], 3)
}

// pyFloatString is CPython's PyOS_double_to_string for codes e E f F g G r.
func pyFloatString(x float64, code byte, prec int, alt, addDot0, noNeg0 bool) string {
	upper := false
	switch code {
	case 'E', 'F', 'G':
		upper = true
		code += 'a' - 'A'
	}
	if math.IsNaN(x) {
		if upper {
			return "NAN"
		}
		return "nan"
	}
	if math.IsInf(x, 0) {
		s := "inf"
		if upper {
			s = "INF"
		}
		if x < 0 {
			return "-" + s
		}
		return s
	}
	neg := math.Signbit(x)
	ax := math.Abs(x)
	var digits string
	var decpt int
	switch code {
	case 'r':
		var e int
		digits, e, _ = shortestDigits(ax)
		decpt = e + 1
	case 'e', 'g':
		n := prec
		if code == 'e' {
			n = prec + 1
		} else if n == 0 {
			n = 1
			prec = 1
		}
		s := strconv.FormatFloat(ax, 'e', n-1, 64)
		k := strings.IndexByte(s, 'e')
		e, _ := strconv.Atoi(s[k+1:])
		digits = strings.TrimRight(strings.Replace(s[:k], ".", "", 1), "0")
		decpt = e + 1
		if digits == "" {
			digits, decpt = "0", 1
		}
	case 'f':
		s := strconv.FormatFloat(ax, 'f', prec, 64)
		ip, fp, _ := strings.Cut(s, ".")
		all := strings.TrimLeft(ip+fp, "0")
		decpt = len(ip) - (len(ip+fp) - len(all))
		digits = strings.TrimRight(all, "0")
		if digits == "" {
			digits, decpt = "0", 1
		}
	}
	if noNeg0 && strings.Trim(digits, "0") == "" {
		neg = false
	}
	vend := len(digits)
	useExp := false
	switch code {
	case 'e':
		useExp = true
		vend = prec + 1
	case 'f':
		vend = decpt + prec
	case 'g':
		lim := prec
		if addDot0 {
			lim = prec - 1
		}
		if decpt <= -4 || decpt > lim {
			useExp = true
		}
		if alt {
			vend = prec
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vstart := 0
	if decpt <= 0 {
		vstart = decpt - 1
	}
	if !useExp && addDot0 {
		if vend <= decpt {
			vend = decpt + 1
		}
	} else if vend < decpt {
		vend = decpt
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	if decpt <= 0 {
		b.WriteString(strings.Repeat("0", decpt-vstart))
		b.WriteByte('.')
		b.WriteString(strings.Repeat("0", -decpt))
	} else {
		b.WriteString(strings.Repeat("0", -vstart))
	}
	if 0 < decpt && decpt <= len(digits) {
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	} else {
		b.WriteString(digits)
	}
	if len(digits) < decpt {
		b.WriteString(strings.Repeat("0", decpt-len(digits)))
		b.WriteByte('.')
		b.WriteString(strings.Repeat("0", vend-decpt))
	} else {
		b.WriteString(strings.Repeat("0", vend-len(digits)))
	}
	s := b.String()
	if strings.HasSuffix(s, ".") && !alt {
		s = s[:len(s)-1]
	}
	if useExp {
		e := 'e'
		if upper {
			e = 'E'
		}
		sign := '+'
		if exp < 0 {
			sign = '-'
			exp = -exp
		}
		es := strconv.Itoa(exp)
		if len(es) < 2 {
			es = "0" + es
		}
		s += string(e) + string(sign) + es
	}
	return s
}

// pyTypeName returns type(v).__name__ for the Python value v represents.
func pyTypeName(v any) string {
	switch x := v.(type) {
	case interface{ PyTypeName() string }:
		return x.PyTypeName()
	case nil:
		return "NoneType"
	case string:
		return "str"
	case bool:
		return "bool"
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, uintptr:
		return "int"
	case float64, float32:
		return "float"
	case []byte:
		return "bytes"
	case tupleLike:
		return "tuple"
	case dictLike:
		if isNilPtr(v) {
			return "NoneType"
		}
		return "dict"
	case setLike:
		if isNilPtr(v) {
			return "NoneType"
		}
		return "set"
	case error:
		return ExcName(v.(error))
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		return "list"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "int"
	case reflect.Float32, reflect.Float64:
		return "float"
	case reflect.String:
		return "str"
	case reflect.Bool:
		return "bool"
	case reflect.Pointer:
		if rv.IsNil() {
			return "NoneType"
		}
		return pyTypeName(rv.Elem().Interface())
	case reflect.Func:
		return "function"
	}
	t := rv.Type()
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Name()
}

// isPyObject says whether a pointer is itself a Python object (a dict, set, class instance with
// its own str/repr) rather than an Optional scalar.
func isPyObject(v any) bool {
	switch v.(type) {
	case interface{ PyStr() string }, interface{ PyRepr() string }, error:
		return true
	}
	return false
}
