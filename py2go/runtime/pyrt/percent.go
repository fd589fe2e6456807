package pyrt

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// PyLookuper is implemented by mappings usable with "%(name)s" formatting
// (*Dict implements it).
type PyLookuper interface {
	PyLookup(key any) (any, bool)
}

type pctState struct {
	args    []any
	argidx  int
	arglen  int
	single  any // the current "args" object when arglen == -1
	mapping PyLookuper
}

func (st *pctState) next() any {
	if st.arglen == -1 {
		if st.argidx == -2 {
			st.argidx = -1
			return st.single
		}
		panic(NewError("TypeError", "not enough arguments for format string"))
	}
	if st.argidx < st.arglen {
		v := st.args[st.argidx]
		st.argidx++
		return v
	}
	panic(NewError("TypeError", "not enough arguments for format string"))
}

// Percent is Python's printf-style `format % args` where args are the
// items of the right-hand tuple (pass one arg for a non-tuple operand).
// Supports flags - + space # 0, width and precision (including *), the
// conversions s r a d i u o x X e E f F g G c and %%; %d of a float
// truncates, %s uses Str, %r Repr. With exactly one argument implementing
// PyLookup (a *Dict) the mapping form "%(name)s" is available. Errors
// panic with CPython's TypeError/ValueError/KeyError messages.
func Percent(format string, args ...any) string {
	args = slices.Clone(args)
	for i, a := range args { // a set Optional formats as its value
		args[i] = derefScalar(a)
	}
	st := &pctState{args: args, arglen: len(args)}
	if len(args) == 1 {
		if m, ok := args[0].(PyLookuper); ok && !isNilPtr(args[0]) {
			st.mapping = m
			st.arglen = -1
			st.argidx = -2
			st.single = args[0]
		}
	}
	var b strings.Builder
	i := 0
	n := len(format)
	for i < n {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			b.WriteString(format[i:])
			break
		}
		b.WriteString(format[i : i+j])
		i += j + 1
		if i >= n {
			panic(NewError("ValueError", "incomplete format"))
		}
		if format[i] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		// mapping key
		if format[i] == '(' {
			if st.mapping == nil {
				panic(NewError("TypeError", "format requires a mapping"))
			}
			depth := 1
			k := i + 1
			for k < n && depth > 0 {
				switch format[k] {
				case '(':
					depth++
				case ')':
					depth--
				}
				k++
			}
			if depth > 0 {
				panic(NewError("ValueError", "incomplete format key"))
			}
			key := format[i+1 : k-1]
			v, ok := st.mapping.PyLookup(key)
			if !ok {
				panic(keyError(key))
			}
			st.single = v
			st.arglen = -1
			st.argidx = -2
			i = k
		}
		var left, plus, space, alt, zero bool
	flags:
		for i < n {
			switch format[i] {
			case '-':
				left = true
			case '+':
				plus = true
			case ' ':
				space = true
			case '#':
				alt = true
			case '0':
				zero = true
			default:
				break flags
			}
			i++
		}
		width, prec := -1, -1
		if i < n && format[i] == '*' {
			w, ok := asInt(st.next())
			if !ok {
				panic(NewError("TypeError", "* wants int"))
			}
			if w < 0 {
				left = true
				w = -w
			}
			width = w
			i++
		} else {
			for i < n && format[i] >= '0' && format[i] <= '9' {
				if width < 0 {
					width = 0
				}
				width = width*10 + int(format[i]-'0')
				i++
			}
		}
		if i < n && format[i] == '.' {
			i++
			prec = 0
			if i < n && format[i] == '*' {
				p, ok := asInt(st.next())
				if !ok {
					panic(NewError("TypeError", "* wants int"))
				}
				if p < 0 {
					p = 0
				}
				prec = p
				i++
			} else {
				for i < n && format[i] >= '0' && format[i] <= '9' {
					prec = prec*10 + int(format[i]-'0')
					i++
				}
			}
		}
		for i < n && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
			i++
		}
		if i >= n {
			panic(NewError("ValueError", "incomplete format"))
		}
		c, size := utf8.DecodeRuneInString(format[i:])
		pos := utf8.RuneCountInString(format[:i])
		i += size
		v := st.next()
		var body, sign, prefix string
		numeric := false
		switch c {
		case 's':
			body = Str(v)
		case 'r':
			body = Repr(v)
		case 'a':
			body = Ascii(v)
		case 'd', 'i', 'u':
			neg, abs := pctInt(v, c, true)
			numeric = true
			body = strconv.FormatUint(abs, 10)
			sign = pctSign(neg, plus, space)
		case 'o', 'x', 'X':
			neg, abs := pctInt(v, c, false)
			numeric = true
			base := 16
			if c == 'o' {
				base = 8
			}
			body = strconv.FormatUint(abs, base)
			if c == 'X' {
				body = strings.ToUpper(body)
			}
			if alt {
				prefix = "0" + string(c)
			}
			sign = pctSign(neg, plus, space)
		case 'e', 'E', 'f', 'F', 'g', 'G':
			f, ok := asFloat(v)
			if !ok {
				panic(NewError("TypeError", "must be real number, not "+pyTypeName(v)))
			}
			if prec < 0 {
				prec = 6
			}
			s := pyFloatString(f, byte(c), prec, alt, false, false)
			if strings.HasPrefix(s, "-") {
				s = s[1:]
				sign = "-"
			} else {
				sign = pctSign(false, plus, space)
			}
			body = s
			numeric = true
			prec = -1
		case 'c':
			switch x := v.(type) {
			case string:
				if utf8.RuneCountInString(x) != 1 {
					panic(NewError("TypeError", "%c requires int or char"))
				}
				body = x
			default:
				k, iv, _, big, _ := numOf(v)
				if k != 1 {
					panic(NewError("TypeError", "%c requires int or char"))
				}
				if big || iv < 0 || iv > 0x10ffff {
					panic(NewError("OverflowError", "%c arg not in range(0x110000)"))
				}
				body = string(rune(iv))
			}
		default:
			shown := "?"
			if c >= 31 && c <= 126 {
				shown = string(c)
			}
			panic(NewError("ValueError", "unsupported format character '"+shown+"' (0x"+strconv.FormatInt(int64(c), 16)+") at index "+strconv.Itoa(pos)))
		}
		if numeric {
			if prec >= 0 && len(body) < prec {
				body = strings.Repeat("0", prec-len(body)) + body
			}
			full := sign + prefix + body
			switch {
			case width <= len(full):
				b.WriteString(full)
			case left:
				b.WriteString(full + strings.Repeat(" ", width-len(full)))
			case zero:
				b.WriteString(sign + prefix + strings.Repeat("0", width-len(full)) + body)
			default:
				b.WriteString(strings.Repeat(" ", width-len(full)) + full)
			}
			continue
		}
		if prec >= 0 && (c == 's' || c == 'r' || c == 'a') && Len(body) > prec {
			body = StrSlice(body, 0, prec)
		}
		l := Len(body)
		switch {
		case width <= l:
			b.WriteString(body)
		case left:
			b.WriteString(body + strings.Repeat(" ", width-l))
		default:
			b.WriteString(strings.Repeat(" ", width-l) + body)
		}
	}
	if st.arglen >= 0 && st.argidx < st.arglen && st.mapping == nil {
		panic(NewError("TypeError", "not all arguments converted during string formatting"))
	}
	return b.String()
}

func pctSign(neg, plus, space bool) string {
	switch {
	case neg:
		return "-"
	case plus:
		return "+"
	case space:
		return " "
	}
	return ""
}

func asInt(v any) (int, bool) {
	k, i, _, big, _ := numOf(v)
	if k != 1 || big {
		return 0, false
	}
	return int(i), true
}

func asFloat(v any) (float64, bool) {
	k, i, u, big, f := numOf(v)
	switch {
	case k == 2:
		return f, true
	case k == 1 && big:
		return float64(u), true
	case k == 1:
		return float64(i), true
	}
	return 0, false
}

// pctInt converts v for %d (floats truncate) or %o/%x (ints only).
func pctInt(v any, c rune, allowFloat bool) (bool, uint64) {
	k, i, u, big, f := numOf(v)
	switch {
	case k == 1 && big:
		return false, u
	case k == 1:
		return i < 0, absU(i)
	case k == 2 && allowFloat:
		if math.IsNaN(f) {
			panic(NewError("ValueError", "cannot convert float NaN to integer"))
		}
		if math.IsInf(f, 0) {
			panic(NewError("OverflowError", "cannot convert float infinity to integer"))
		}
		t := math.Trunc(f)
		if t < 0 {
			return true, uint64(-t)
		}
		return false, uint64(t)
	}
	if allowFloat {
		panic(NewError("TypeError", "%"+string(c)+" format: a real number is required, not "+pyTypeName(v)))
	}
	panic(NewError("TypeError", "%"+string(c)+" format: an integer is required, not "+pyTypeName(v)))
}
