package pyrt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Number is the set of Go types used for Python int and float values.
type Number interface{ ~int | ~int64 | ~float64 }

// isFloatType reports whether T is a floating point type (no reflection).
func isFloatType[T Number]() bool {
	half := 0.5
	return T(half) != 0
}

// FloorDiv is Python's a // b: floor division for ints and floats.
// Division by zero raises ZeroDivisionError ("integer division or modulo by
// zero" / "float floor division by zero").
func FloorDiv[T Number](a, b T) T {
	if isFloatType[T]() {
		if b == 0 {
			panic(NewError("ZeroDivisionError", "float floor division by zero"))
		}
		_, d := floatDivmod(float64(a), float64(b))
		return T(d)
	}
	if b == 0 {
		panic(NewError("ZeroDivisionError", "integer division or modulo by zero"))
	}
	x, y := int64(a), int64(b)
	q := x / y
	if (x%y != 0) && ((x < 0) != (y < 0)) {
		q--
	}
	return T(q)
}

// Mod is Python's a % b: the result has the sign of b. For floats it is
// computed like CPython (fmod, then adjusted). Division by zero raises
// ZeroDivisionError ("integer modulo by zero" / "float modulo").
func Mod[T Number](a, b T) T {
	if isFloatType[T]() {
		if b == 0 {
			panic(NewError("ZeroDivisionError", "float modulo"))
		}
		m, _ := floatDivmod(float64(a), float64(b))
		return T(m)
	}
	if b == 0 {
		panic(NewError("ZeroDivisionError", "integer modulo by zero"))
	}
	x, y := int64(a), int64(b)
	m := x % y
	if m != 0 && ((m < 0) != (y < 0)) {
		m += y
	}
	return T(m)
}

// floatDivmod is CPython's float divmod (Objects/floatobject.c).
func floatDivmod(vx, wx float64) (mod, floordiv float64) {
	mod = math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return
}

// DivInt is Python's int / int (true division, correctly rounded even for
// operands beyond 2**53). b == 0 raises ZeroDivisionError "division by zero".
func DivInt(a, b int) float64 {
	if b == 0 {
		panic(NewError("ZeroDivisionError", "division by zero"))
	}
	const lim = 1 << 53
	if a <= lim && a >= -lim && b <= lim && b >= -lim {
		return float64(a) / float64(b)
	}
	f, _ := new(big.Rat).SetFrac(big.NewInt(int64(a)), big.NewInt(int64(b))).Float64()
	return f
}

// Div is Python's float / float; b == 0 raises ZeroDivisionError
// "float division by zero".
func Div(a, b float64) float64 {
	if b == 0 {
		panic(NewError("ZeroDivisionError", "float division by zero"))
	}
	return a / b
}

// PowInt is Python's int ** int for b >= 0 (wrapping on int64 overflow,
// where Python would switch to a big int). A negative b (for which Python
// returns a float) panics with ValueError; 0 ** negative panics with
// Python's ZeroDivisionError.
func PowInt(a, b int) int {
	if b < 0 {
		if a == 0 {
			panic(NewError("ZeroDivisionError", "0.0 cannot be raised to a negative power"))
		}
		panic(NewError("ValueError", "PowInt: negative exponent "+strconv.Itoa(b)+" (Python returns a float; use PowFloat)"))
	}
	r := 1
	for b > 0 {
		if b&1 == 1 {
			r *= a
		}
		a *= a
		b >>= 1
	}
	return r
}

// PowFloat is Python's float ** float, including its errors:
// 0.0 ** negative -> ZeroDivisionError "0.0 cannot be raised to a negative
// power", overflow -> OverflowError "(34, 'Numerical result out of range')".
// A negative base with a non-integral exponent (Python returns a complex)
// panics with ValueError "math domain error".
func PowFloat(a, b float64) float64 {
	if b == 0 {
		return 1
	}
	if math.IsNaN(a) {
		if b == 0 {
			return 1
		}
		return a
	}
	if math.IsNaN(b) {
		if a == 1 {
			return 1
		}
		return b
	}
	if a == 0 && b < 0 && !math.IsInf(b, 0) {
		panic(NewError("ZeroDivisionError", "0.0 cannot be raised to a negative power"))
	}
	if a < 0 && !math.IsInf(a, 0) && !math.IsInf(b, 0) && b != math.Floor(b) {
		panic(NewError("ValueError", "math domain error"))
	}
	r := math.Pow(a, b)
	if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
		panic(NewError("OverflowError", "(34, 'Numerical result out of range')"))
	}
	return r
}

// Round is round(x) for a float: nearest int, ties to even. NaN raises
// ValueError and infinities OverflowError, with CPython's messages.
func Round(x float64) int {
	return FloatToInt(math.RoundToEven(x))
}

// RoundN is round(x, n) exactly as CPython: x is rounded to n decimal
// places (n may be negative) using the exact binary value of x, ties to
// even, e.g. round(2.675, 2) == 2.67, round(0.125, 2) == 0.12.
func RoundN(x float64, n int) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x
	}
	if n > 323 {
		return x
	}
	if n < -308 {
		return 0.0 * x
	}
	var r float64
	if n >= 0 {
		r, _ = strconv.ParseFloat(strconv.FormatFloat(x, 'f', n, 64), 64)
	} else {
		q := new(big.Rat).SetFloat64(x)
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
		q.Quo(q, new(big.Rat).SetInt(p))
		i := ratRoundHalfEven(q)
		i.Mul(i, p)
		r, _ = new(big.Float).SetInt(i).Float64()
		if i.Sign() == 0 {
			r = math.Copysign(0, x)
		}
	}
	if math.IsInf(r, 0) {
		panic(NewError("OverflowError", "rounded value too large to represent"))
	}
	return r
}

func ratRoundHalfEven(q *big.Rat) *big.Int {
	num, den := q.Num(), q.Denom()
	fl, rem := new(big.Int).DivMod(num, den, new(big.Int)) // floor for den > 0
	twice := new(big.Int).Lsh(rem, 1)
	c := twice.Cmp(den)
	if c > 0 || (c == 0 && fl.Bit(0) == 1) {
		fl.Add(fl, big.NewInt(1))
	}
	return fl
}

// RoundIntN is round(x, n) for an int: for n < 0 rounds to a multiple of
// 10**-n with ties to even (round(1250, -2) == 1200); n >= 0 returns x.
func RoundIntN(x int, n int) int {
	if n >= 0 {
		return x
	}
	if n < -18 {
		return 0
	}
	p := 1
	for i := 0; i < -n; i++ {
		p *= 10
	}
	q := FloorDiv(x, p)
	r := x - q*p
	if 2*r > p || (2*r == p && q&1 == 1) {
		q++
	}
	return q * p
}

// IsPySpace reports whether r is whitespace for Python's str.isspace(),
// str.split() and str.strip() (includes \x1c-\x1f, unlike Go).
func IsPySpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	return unicode.IsSpace(r)
}

// decimalValue returns the value of a Unicode decimal digit (category Nd).
func decimalValue(r rune) (int, bool) {
	if r >= '0' && r <= '9' {
		return int(r - '0'), true
	}
	if r < 0x80 || !unicode.IsDigit(r) {
		return 0, false
	}
	for _, rg := range unicode.Nd.R16 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) && rg.Stride == 1 {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) && rg.Stride == 1 {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	return 0, false
}

// toASCIINumber maps Unicode whitespace to ' ' and decimal digits to ASCII
// (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII); other non-ASCII
// characters become '?' (which is never valid).
func toASCIINumber(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case IsPySpace(r):
			b.WriteByte(' ')
		default:
			if d, ok := decimalValue(r); ok {
				b.WriteByte(byte('0' + d))
			} else {
				b.WriteByte('?')
			}
		}
	}
	return b.String()
}

func intSyntaxError(s string, base int) error {
	return Wrap("ValueError", "invalid literal for int() with base "+strconv.Itoa(base)+": "+Repr(s),
		&strconv.NumError{Func: "Atoi", Num: s, Err: strconv.ErrSyntax})
}

// Atoi is int(s): surrounding whitespace is stripped, a sign is accepted,
// single underscores may separate digits and any Unicode decimal digit
// counts. Failure returns a ValueError *Exception ("invalid literal for
// int() with base 10: 'abc'") that unwraps to a *strconv.NumError. Values
// outside the int range (a big int in Python) give an OverflowError.
func Atoi(s string) (int, error) {
	t := strings.TrimSpace(s)
	if len(t) > 0 && len(t) <= 18 {
		// fast path: plain ASCII decimal
		ok := true
		start := 0
		if t[0] == '-' || t[0] == '+' {
			start = 1
		}
		if start == len(t) {
			ok = false
		}
		for i := start; i < len(t) && ok; i++ {
			if t[i] < '0' || t[i] > '9' {
				ok = false
			}
		}
		if ok {
			n, err := strconv.Atoi(t)
			if err == nil {
				return n, nil
			}
		}
	}
	return AtoiBase(s, 10)
}

// AtoiBase is int(s, base) for base 0 or 2..36, with Python's prefixes
// 0x/0o/0b (required to match base when given; base 0 infers the base and
// rejects leading zeros such as '010').
func AtoiBase(s string, base int) (int, error) {
	if base != 0 && (base < 2 || base > 36) {
		return 0, NewError("ValueError", "int() base must be >= 2 and <= 36, or 0")
	}
	t := strings.Trim(toASCIINumber(s), " \t\n\v\f\r")
	neg := false
	if len(t) > 0 && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	b := base
	if len(t) >= 2 && t[0] == '0' {
		p := t[1] | 0x20
		switch {
		case p == 'x' && (base == 16 || base == 0):
			b, t = 16, t[2:]
		case p == 'o' && (base == 8 || base == 0):
			b, t = 8, t[2:]
		case p == 'b' && (base == 2 || base == 0):
			b, t = 2, t[2:]
		}
		if b != base && len(t) > 0 && t[0] == '_' {
			t = t[1:]
		}
	}
	if b == 0 {
		b = 10
		// base 0: no leading zeros unless the value is zero
		if len(t) > 1 && t[0] == '0' {
			for i := 0; i < len(t); i++ {
				if t[i] != '0' && t[i] != '_' {
					return 0, intSyntaxError(s, base)
				}
			}
		}
	}
	if t == "" || t[0] == '_' || t[len(t)-1] == '_' || strings.Contains(t, "__") {
		return 0, intSyntaxError(s, base)
	}
	v := new(big.Int)
	bb := big.NewInt(int64(b))
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == '_' {
			continue
		}
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case c >= 'a' && c <= 'z':
			d = int(c-'a') + 10
		case c >= 'A' && c <= 'Z':
			d = int(c-'A') + 10
		default:
			return 0, intSyntaxError(s, base)
		}
		if d >= b {
			return 0, intSyntaxError(s, base)
		}
		v.Mul(v, bb)
		v.Add(v, big.NewInt(int64(d)))
	}
	if neg {
		v.Neg(v)
	}
	if !v.IsInt64() || int64(int(v.Int64())) != v.Int64() {
		return 0, Wrap("OverflowError", "int too large to convert to a Go int: "+Repr(s),
			&strconv.NumError{Func: "Atoi", Num: s, Err: strconv.ErrRange})
	}
	return int(v.Int64()), nil
}

// Atof is float(s): surrounding whitespace is stripped; accepts decimal
// and exponent forms, underscores between digits, Unicode decimal digits,
// and inf/infinity/nan in any case with an optional sign. Overflow gives
// +-inf as in Python. Failure returns a ValueError *Exception
// ("could not convert string to float: 'x'") wrapping a *strconv.NumError.
func Atof(s string) (float64, error) {
	t := strings.Trim(toASCIINumber(s), " \t\n\v\f\r")
	fail := func() (float64, error) {
		return 0, Wrap("ValueError", "could not convert string to float: "+Repr(s),
			&strconv.NumError{Func: "ParseFloat", Num: s, Err: strconv.ErrSyntax})
	}
	body := t
	sign := 1.0
	if len(body) > 0 && (body[0] == '+' || body[0] == '-') {
		if body[0] == '-' {
			sign = -1
		}
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		return math.Inf(int(sign)), nil
	case "nan":
		return math.Copysign(math.NaN(), sign), nil
	}
	// validate: digitpart ["." [digitpart]] | "." digitpart, then exponent
	i := 0
	digits := func() bool {
		start := i
		for i < len(body) {
			c := body[i]
			if c >= '0' && c <= '9' {
				i++
				continue
			}
			if c == '_' && i > start && i+1 < len(body) && body[i+1] >= '0' && body[i+1] <= '9' {
				i++
				continue
			}
			break
		}
		return i > start
	}
	intPart := digits()
	fracPart := false
	if i < len(body) && body[i] == '.' {
		i++
		fracPart = digits()
	}
	if !intPart && !fracPart {
		return fail()
	}
	if i < len(body) && (body[i] == 'e' || body[i] == 'E') {
		i++
		if i < len(body) && (body[i] == '+' || body[i] == '-') {
			i++
		}
		if !digits() {
			return fail()
		}
	}
	if i != len(body) {
		return fail()
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(body, "_", ""), 64)
	if err != nil && !isRangeErr(err) {
		return fail()
	}
	return sign * f, nil
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// FloatToInt is int(f): truncates toward zero. NaN raises ValueError
// "cannot convert float NaN to integer", infinities OverflowError "cannot
// convert float infinity to integer"; values outside the Go int range
// (a big int in Python) raise OverflowError too.
func FloatToInt(f float64) int {
	if math.IsNaN(f) {
		panic(NewError("ValueError", "cannot convert float NaN to integer"))
	}
	if math.IsInf(f, 0) {
		panic(NewError("OverflowError", "cannot convert float infinity to integer"))
	}
	t := math.Trunc(f)
	if t >= 9223372036854775808.0 || t < -9223372036854775808.0 {
		panic(NewError("OverflowError", "int too large to convert to a Go int: "+FormatFloat(f)))
	}
	return int(t)
}

// Chr is chr(i). Out of range raises ValueError
// "chr() arg not in range(0x110000)". Surrogates (valid in Python) cannot
// be represented in Go strings and become U+FFFD.
func Chr(i int) string {
	if i < 0 || i > 0x10FFFF {
		panic(NewError("ValueError", "chr() arg not in range(0x110000)"))
	}
	if i < utf8.RuneSelf {
		return asciiStrings[i]
	}
	return string(rune(i))
}

var asciiStrings = func() (t [128]string) {
	for i := range t {
		t[i] = string(rune(i))
	}
	return
}()

// Ord is ord(s) for a one-character string; otherwise TypeError
// "ord() expected a character, but string of length N found".
func Ord(s string) int {
	r, size := utf8.DecodeRuneInString(s)
	if size == len(s) && size > 0 {
		return int(r)
	}
	panic(NewError("TypeError", "ord() expected a character, but string of length "+strconv.Itoa(utf8.RuneCountInString(s))+" found"))
}
