package pyrt

import (
	"fmt"
	"testing"
	"time"
)

type tzCase struct {
	name string
	got  func() string
	want string
}

// excText runs f and turns a raised Python exception into "Type: message".
func excText(f func() string) (s string) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Exception); ok {
				s = e.Error()
				return
			}
			s = fmt.Sprint(r)
		}
	}()
	return f()
}

func isoText[T interface{ PyRepr() string }](v T, err error) string {
	if err != nil {
		return err.Error()
	}
	return v.PyRepr()
}

// Expectations printed by CPython 3.11 (pytime_gen.py, TZ=Europe/Berlin).
func TestFromIsoformat(t *testing.T) {
	for _, c := range isoDatetimeCases {
		if got := isoText(DatetimeFromIsoformat(c[0])); got != c[1] {
			t.Errorf("datetime.fromisoformat(%q) = %s, want %s", c[0], got, c[1])
		}
	}
	for _, c := range isoDateCases {
		if got := isoText(DateFromIsoformat(c[0])); got != c[1] {
			t.Errorf("date.fromisoformat(%q) = %s, want %s", c[0], got, c[1])
		}
	}
}

func TestTimezones(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no tzdata:", err)
	}
	saved := time.Local
	time.Local = berlin
	defer func() { time.Local = saved }()
	p2 := NewTimezone(NewTimedelta(0, 0, 0, 0, 0, 2, 0))
	m5 := NewTimezone(NewTimedelta(0, 0, 0, 0, -30, -5, 0))
	cet := NewTimezoneNamed(NewTimedelta(0, 0, 0, 0, 0, 1, 0), "CET")
	naive := DatetimeOf(2024, 3, 31, 1, 30, 15, 250000)
	aware := DatetimeOfTZ(2024, 3, 31, 1, 30, 15, 250000, p2)
	summer := DatetimeOfTZ(2024, 7, 1, 12, 0, 0, 0, TimezoneUTC)
	for _, c := range tzOpCases(naive, aware, summer, p2, m5, cet) {
		if got := excText(c.got); got != c.want {
			t.Errorf("%s = %q, want %q", c.name, got, c.want)
		}
	}
}

// Equal datetimes are equal Go values, so they work as dict keys and set items
// (CPython: d[datetime.fromisoformat(s)] finds the entry of an equal datetime).
func TestDatetimeKeys(t *testing.T) {
	a, _ := DatetimeFromIsoformat("2024-01-01T10:00:00+02:00")
	b, _ := DatetimeFromIsoformat("2024-01-01T10:00+0200")
	c := DatetimeOfTZ(2024, 1, 1, 10, 0, 0, 0, NewTimezone(NewTimedelta(0, 0, 0, 0, 120, 0, 0)))
	if a != b || a != c {
		t.Errorf("equal aware datetimes differ as Go values: %v %v %v", a, b, c)
	}
	n1, n2 := DatetimeOf(2024, 1, 1, 10, 0, 0, 0), DatetimeOf(2024, 1, 1, 10, 0, 0, 0)
	if n1 != n2 || n1 == a.ReplaceTZ(nil).Add(NewTimedelta(0, 1, 0, 0, 0, 0, 0)) {
		t.Errorf("naive datetimes as keys")
	}
	if NewTimezoneNamed(NewTimedelta(0, 0, 0, 0, 0, 1, 0), "CET") != NewTimezoneNamed(NewTimedelta(0, 0, 0, 0, 0, 1, 0), "CET") {
		t.Errorf("timezones are not interned")
	}
}
