package pyrt

import (
	"fmt"
	"testing"
)

// pyCase is one table-test case: Python expression (for documentation),
// the Go computation, and the text CPython 3.11 produced for the
// expression (a raised exception is written "panic:Kind: str").
type pyCase struct {
	py   string
	got  func() string
	want string
}

// capture runs f, turning a panic into "panic:Kind: str" like the
// expectations generated with python3.
func capture(f func() string) (s string) {
	defer func() {
		if r := recover(); r != nil {
			if err, ok := r.(error); ok {
				s = "panic:" + ExcName(err) + ": " + ExcStr(err)
				return
			}
			s = fmt.Sprintf("panic:%v", r)
		}
	}()
	return f()
}

func runPyCases(t *testing.T, cases []pyCase) {
	t.Helper()
	for _, c := range cases {
		if got := capture(c.got); got != c.want {
			t.Errorf("%s: got %q, want %q", c.py, got, c.want)
		}
	}
}

func q(ss ...string) string { return Repr(ss) }

func strs(xs []string) string { return Repr(xs) }

func ints(xs []int) string { return Repr(xs) }

func b2s(b bool) string { return Str(b) }

func i2s(i int) string { return Str(i) }

func f2s(f float64) string { return Str(f) }

func ptrTo[T any](v T) *T { return &v }

type myStrer struct{}

func (myStrer) PyStr() string  { return "custom" }
func (myStrer) PyRepr() string { return "<repr>" }

func errText(err error) string {
	return "panic:" + ExcName(err) + ": " + ExcStr(err)
}

func atoiStr(s string) string {
	n, err := Atoi(s)
	if err != nil {
		return errText(err)
	}
	return Str(n)
}

func atoiBaseStr(s string, base int) string {
	n, err := AtoiBase(s, base)
	if err != nil {
		return errText(err)
	}
	return Str(n)
}

func atofStr(s string) string {
	f, err := Atof(s)
	if err != nil {
		return errText(err)
	}
	return Str(f)
}

func setIdx(xs []int, i int) string {
	SetIndex(xs, i, 99)
	return Repr(xs)
}

func popStr(xs []int, i int) string {
	v := Pop(&xs, i)
	return Str(v) + " " + Repr(xs)
}

func insertStr(xs []int, i int) string {
	Insert(&xs, i, 9)
	return Repr(xs)
}

func removeStr(xs []int, v int) string {
	Remove(&xs, v)
	return Repr(xs)
}
