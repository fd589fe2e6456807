package pyrt

import (
	"errors"
	"strconv"
	"testing"
)

type myInt int

type myFloat float64

// Behaviour where Go's fixed-size ints differ from Python's big ints is
// documented in README.md; these cases pin the chosen behaviour.
func TestNumberLimits(t *testing.T) {
	cases := []pyCase{
		{"round(1e20)", func() string { return i2s(Round(1e20)) }, "panic:OverflowError: int too large to convert to a Go int: 1e+20"},
		{"int('9223372036854775808')", func() string { return atoiStr("9223372036854775808") }, "panic:OverflowError: int too large to convert to a Go int: '9223372036854775808'"},
		{"int(1e19)", func() string { return i2s(FloatToInt(1e19)) }, "panic:OverflowError: int too large to convert to a Go int: 1e+19"},
		{"2 ** -1", func() string { return i2s(PowInt(2, -1)) }, "panic:ValueError: PowInt: negative exponent -1 (Python returns a float; use PowFloat)"},
		{"int('12', 1)", func() string { return atoiBaseStr("12", 1) }, "panic:ValueError: int() base must be >= 2 and <= 36, or 0"},
		{"myInt(-7) // 2", func() string { return i2s(int(FloorDiv(myInt(-7), 2))) }, "-4"},
		{"myInt(-7) % 2", func() string { return i2s(int(Mod(myInt(-7), 2))) }, "1"},
		{"-7.5 // 2 (named float)", func() string { return f2s(float64(FloorDiv(myFloat(-7.5), 2))) }, "-4.0"},
		{"-7.5 % 2 (named float)", func() string { return f2s(float64(Mod(myFloat(-7.5), 2))) }, "0.5"},
		{"str(myInt(3))", func() string { return Str(myInt(3)) }, "3"},
		{"format(myInt(255), 'x')", func() string { return Format(myInt(255), "#x") }, "0xff"},
	}
	runPyCases(t, cases)
	_, err := Atoi("12x")
	var ne *strconv.NumError
	if !errors.As(err, &ne) || ne.Num != "12x" || ne.Err != strconv.ErrSyntax {
		t.Errorf("Atoi unwrap: %#v", err)
	}
	_, err = Atof("x")
	if !errors.As(err, &ne) || !IsKind(err, "ValueError") {
		t.Errorf("Atof unwrap: %#v", err)
	}
}
