package pyrt

import (
	"strings"
	"sync"
	"time"
)

// Timezone is datetime.timezone: a fixed UTC offset (whole seconds) with an
// optional name. nil is "no tzinfo" (a naive datetime).
type Timezone struct {
	us    int64
	name  string
	named bool
}

// TimezoneUTC is datetime.timezone.utc.
var TimezoneUTC = &Timezone{}

// tzInterned holds one *Timezone per (offset, name): equal timezones are the
// same pointer, so equal datetimes are equal Go values (dict keys, sets).
var tzInterned sync.Map

func internTZ(z Timezone) *Timezone {
	if z == *TimezoneUTC {
		return TimezoneUTC
	}
	p, _ := tzInterned.LoadOrStore(z, &z)
	return p.(*Timezone)
}

// wall is t's wall clock kept in UTC: Datetime values hold wall clocks in
// time.UTC so that == on them (and on dict keys) compares fields, not zones.
func wall(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
}

func checkTZOffset(off Timedelta) {
	if off.us <= -usPerDay || off.us >= usPerDay {
		panic(NewError("ValueError", "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not "+off.PyRepr()+"."))
	}
	if off.us%1000000 != 0 {
		panic(NewError("NotImplementedError", "py2go: a UTC offset with a fraction of a second is not supported"))
	}
}

// NewTimezone is timezone(offset): timezone(timedelta(0)) is timezone.utc.
func NewTimezone(off Timedelta) *Timezone {
	checkTZOffset(off)
	return internTZ(Timezone{us: off.us})
}

// NewTimezoneNamed is timezone(offset, name).
func NewTimezoneNamed(off Timedelta, name string) *Timezone {
	checkTZOffset(off)
	return internTZ(Timezone{us: off.us, name: name, named: true})
}

func (z *Timezone) secs() int { return int(z.us / 1000000) }

// Utcoffset is tz.utcoffset(dt) (the same for every datetime).
func (z *Timezone) Utcoffset() Timedelta { return Timedelta{z.us} }

// Tzname is tz.tzname(dt): its name, "UTC", or "UTC+HH:MM".
func (z *Timezone) Tzname() string {
	switch {
	case z.named:
		return z.name
	case z.us == 0:
		return "UTC"
	}
	return "UTC" + offsetText(z.secs(), ":")
}

// PyStr is str(tz), its tzname.
func (z *Timezone) PyStr() string { return z.Tzname() }

// PyRepr is repr(tz).
func (z *Timezone) PyRepr() string {
	switch {
	case z.named:
		return "datetime.timezone(" + Timedelta{z.us}.PyRepr() + ", " + QuoteString(z.name) + ")"
	case z.us == 0:
		return "datetime.timezone.utc"
	}
	return "datetime.timezone(" + Timedelta{z.us}.PyRepr() + ")"
}

// Eq is tz == tz: timezones compare by offset only, as in CPython.
func (z *Timezone) Eq(o *Timezone) bool {
	if z == nil || o == nil {
		return z == o
	}
	return z.us == o.us
}

func (z *Timezone) loc() *time.Location {
	if z.us == 0 && !z.named {
		return time.UTC
	}
	return time.FixedZone(z.Tzname(), z.secs())
}

// withTZ keeps the wall clock and sets tzinfo (nil: naive).
func (d Datetime) withTZ(tz *Timezone) Datetime { return Datetime{t: wall(d.t), tz: tz} }

// DatetimeOfTZ is datetime(year, ..., microsecond, tzinfo=tz).
func DatetimeOfTZ(year, month, day, hour, minute, second, microsecond int, tz *Timezone) Datetime {
	return DatetimeOf(year, month, day, hour, minute, second, microsecond).withTZ(tz)
}

// DatetimeNowTZ is datetime.now(tz) (aware; naive when tz is None).
func DatetimeNowTZ(tz *Timezone) Datetime {
	if tz == nil {
		return DatetimeNow()
	}
	return Datetime{t: wall(time.Now().Truncate(time.Microsecond).In(tz.loc())), tz: tz}
}

// DatetimeFromTimestampTZ is datetime.fromtimestamp(ts, tz) (naive local time when tz is None).
func DatetimeFromTimestampTZ(ts float64, tz *Timezone) Datetime {
	if tz == nil {
		return DatetimeFromTimestamp(ts)
	}
	return Datetime{t: wall(tsTime(ts).In(tz.loc())), tz: tz}
}

// Tzinfo is dt.tzinfo (nil for a naive datetime).
func (d Datetime) Tzinfo() *Timezone { return d.tz }

// Utcoffset is dt.utcoffset() (None for a naive datetime).
func (d Datetime) Utcoffset() *Timedelta {
	if d.tz == nil {
		return nil
	}
	off := d.tz.Utcoffset()
	return &off
}

// Tzname is dt.tzname() (None for a naive datetime).
func (d Datetime) Tzname() *string {
	if d.tz == nil {
		return nil
	}
	s := d.tz.Tzname()
	return &s
}

// ReplaceTZ is dt.replace(tzinfo=tz): the same wall clock with another (or no) tzinfo.
func (d Datetime) ReplaceTZ(tz *Timezone) Datetime { return d.withTZ(tz) }

// utc is the UTC moment of an aware datetime, and a naive one's wall clock
// (what comparisons and subtraction use).
func (d Datetime) utc() time.Time {
	if d.tz == nil {
		return d.t
	}
	return d.t.Add(-time.Duration(d.tz.us) * time.Microsecond)
}

// instant is the moment d stands for: a naive datetime is local time, as
// CPython's astimezone() assumes.
func (d Datetime) instant() time.Time {
	if d.tz != nil {
		return d.utc()
	}
	return localInstant(d.t, true)
}

// localInstant reads the wall clock of w (kept in UTC) as local time the way
// CPython does for fold=0: an ambiguous time (the hour repeated when DST ends)
// is the earlier one. For a missing time (skipped when DST starts) CPython 3.11
// differs by method: timestamp() applies the offset from before the change,
// astimezone() the one from after it (gapAfter).
func localInstant(w time.Time, gapAfter bool) time.Time {
	_, before := w.Add(-24 * time.Hour).In(time.Local).Zone()
	_, after := w.Add(24 * time.Hour).In(time.Local).Zone()
	for _, off := range []int{before, after} {
		t := w.Add(-time.Duration(off) * time.Second).In(time.Local)
		if _, o := t.Zone(); o == off {
			return t
		}
	}
	if gapAfter {
		before = after
	}
	return w.Add(-time.Duration(before) * time.Second).In(time.Local)
}

// Astimezone is dt.astimezone(tz).
func (d Datetime) Astimezone(tz *Timezone) Datetime {
	if tz == nil {
		return d.AstimezoneLocal()
	}
	r := Datetime{t: wall(d.instant().In(tz.loc())), tz: tz}
	if r.t.Year() < 1 || r.t.Year() > 9999 {
		panic(NewError("OverflowError", "date value out of range"))
	}
	return r
}

// AstimezoneLocal is dt.astimezone(): the local zone (TZ) at that moment, as a
// fixed offset named like tm_zone (CPython builds timezone(offset, tm_zone)).
func (d Datetime) AstimezoneLocal() Datetime {
	lt := d.instant().In(time.Local)
	name, off := lt.Zone()
	tz := internTZ(Timezone{us: int64(off) * 1000000, name: name, named: true})
	return Datetime{t: wall(lt), tz: tz}
}

// Eq is dt == dt: a naive and an aware datetime are never equal (no TypeError).
func (d Datetime) Eq(o Datetime) bool {
	if (d.tz == nil) != (o.tz == nil) {
		return false
	}
	return d.utc().Equal(o.utc())
}

// IsoformatSpec is dt.isoformat(sep, timespec).
func (d Datetime) IsoformatSpec(sep, timespec string) string {
	if Len(sep) != 1 {
		panic(NewError("TypeError", "isoformat() argument 1 must be a unicode character, not str"))
	}
	if timespec == "auto" {
		return d.Isoformat(sep)
	}
	s := padN(d.Year(), 4) + "-" + pad2(d.Month()) + "-" + pad2(d.Day()) + sep + pad2(d.Hour())
	switch timespec {
	case "hours":
	case "minutes":
		s += ":" + pad2(d.Minute())
	case "seconds":
		s += ":" + pad2(d.Minute()) + ":" + pad2(d.Second())
	case "milliseconds":
		s += ":" + pad2(d.Minute()) + ":" + pad2(d.Second()) + "." + padN(d.Microsecond()/1000, 3)
	case "microseconds":
		s += ":" + pad2(d.Minute()) + ":" + pad2(d.Second()) + "." + padN(d.Microsecond(), 6)
	default:
		panic(NewError("ValueError", "Unknown timespec value"))
	}
	return s + d.offset()
}

// isoDigits reads n ASCII digits at s[i:] (CPython accepts no signs, spaces or
// other Unicode digits here).
func isoDigits(s string, i, n int) (int, bool) {
	if i < 0 || i+n > len(s) {
		return 0, false
	}
	v := 0
	for _, c := range []byte(s[i : i+n]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

func isDigitAt(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }

// isoSeparator finds where the date part of a datetime string ends.
func isoSeparator(s string) int {
	n := len(s)
	if n == 7 {
		return 7
	}
	if s[4] == '-' {
		if s[5] == 'W' {
			if n > 8 && s[8] == '-' {
				if n == 9 {
					return -1
				}
				if n > 10 && isDigitAt(s, 10) {
					return 8
				}
				return 10
			}
			return 8
		}
		return 10
	}
	if s[4] == 'W' {
		i := 7
		for i < n && isDigitAt(s, i) {
			i++
		}
		if i < 9 {
			return i
		}
		if i%2 == 0 {
			return 7
		}
		return 8
	}
	return 8
}

// isoWeekToDate is date.fromisocalendar's arithmetic; ok is false out of range.
func isoWeekToDate(year, week, day int) (int, int, int, bool) {
	if year < 1 || year > 9999 || day < 1 || day > 7 || week < 1 || week > 53 {
		return 0, 0, 0, false
	}
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	if week == 53 {
		first := (int(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC).Weekday()) + 6) % 7 // Monday is 0
		leap := daysIn(year, 2) == 29
		if !(first == 3 || (first == 2 && leap)) {
			return 0, 0, 0, false
		}
	}
	t := monday.AddDate(0, 0, (week-1)*7+day-1)
	return t.Year(), int(t.Month()), t.Day(), true
}

// parseIsoDate parses YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D].
func parseIsoDate(s string) (int, int, int, bool) {
	year, ok := isoDigits(s, 0, 4)
	if !ok || len(s) < 5 {
		return 0, 0, 0, false
	}
	sep := s[4] == '-'
	pos := 4
	if sep {
		pos++
	}
	if pos < len(s) && s[pos] == 'W' {
		pos++
		week, ok := isoDigits(s, pos, 2)
		if !ok {
			return 0, 0, 0, false
		}
		pos += 2
		day := 1
		if pos < len(s) {
			if sep {
				if s[pos] != '-' {
					return 0, 0, 0, false
				}
				pos++
			}
			if day, ok = isoDigits(s, pos, 1); !ok {
				return 0, 0, 0, false
			}
			pos++
		}
		if pos != len(s) {
			return 0, 0, 0, false
		}
		return isoWeekToDate(year, week, day)
	}
	month, ok := isoDigits(s, pos, 2)
	if !ok {
		return 0, 0, 0, false
	}
	pos += 2
	if sep {
		if pos >= len(s) || s[pos] != '-' {
			return 0, 0, 0, false
		}
		pos++
	}
	day, ok := isoDigits(s, pos, 2)
	if !ok || pos+2 != len(s) {
		return 0, 0, 0, false
	}
	return year, month, day, true
}

// parseHMSF parses HH[:?MM[:?SS[{.,}fff[fff]]]] into hour, minute, second, µs.
func parseHMSF(s string) ([4]int, bool) {
	var c [4]int
	pos := 0
	hasSep := false
	for comp := 0; comp < 3; comp++ {
		v, ok := isoDigits(s, pos, 2)
		if !ok {
			return c, false
		}
		c[comp] = v
		pos += 2
		if pos >= len(s) {
			return c, true
		}
		next := s[pos]
		if comp == 0 {
			hasSep = next == ':'
		}
		if comp >= 2 {
			break
		}
		if next == '.' || next == ',' {
			break // a fraction of the last component given
		}
		if hasSep {
			if next != ':' {
				return c, false
			}
			pos++
		}
	}
	if pos < len(s) {
		if s[pos] != '.' && s[pos] != ',' {
			return c, false
		}
		pos++
		rest := len(s) - pos
		n := min(rest, 6)
		if n == 0 {
			return c, false
		}
		us, ok := isoDigits(s, pos, n)
		if !ok {
			return c, false
		}
		for k := n; k < 6; k++ {
			us *= 10
		}
		c[3] = us
		for _, ch := range []byte(s[pos+n:]) {
			if ch < '0' || ch > '9' {
				return c, false
			}
		}
	}
	return c, true
}

// parseIsoTime parses the time part and its optional Z / ±HH[:MM[:SS[.f]]] offset.
func parseIsoTime(s string) ([4]int, *Timezone, bool) {
	if len(s) < 2 {
		return [4]int{}, nil, false
	}
	tzPos := strings.IndexAny(s, "+-Z")
	timeStr := s
	if tzPos >= 0 {
		timeStr = s[:tzPos]
	}
	c, ok := parseHMSF(timeStr)
	if !ok {
		return c, nil, false
	}
	if tzPos < 0 {
		return c, nil, true
	}
	if s[tzPos] == 'Z' {
		return c, TimezoneUTC, tzPos == len(s)-1
	}
	tzs := s[tzPos+1:]
	if n := len(tzs); n == 0 || n == 1 || n == 3 {
		return c, nil, false
	}
	z, ok := parseHMSF(tzs)
	if !ok {
		return c, nil, false
	}
	off := int64(z[0])*3600e6 + int64(z[1])*60e6 + int64(z[2])*1e6 + int64(z[3])
	if s[tzPos] == '-' {
		off = -off
	}
	if off == 0 {
		return c, TimezoneUTC, true
	}
	return c, NewTimezone(Timedelta{off}), true
}

func invalidIso(s string) error {
	return NewError("ValueError", "Invalid isoformat string: "+Repr(s))
}

// DatetimeFromIsoformat is datetime.fromisoformat(s) (CPython 3.11: dates with
// or without dashes, ISO weeks, any one-character separator, times to the
// hour/minute/second/fraction, Z and ±HH[:MM[:SS]] offsets).
func DatetimeFromIsoformat(s string) (d Datetime, err error) {
	defer Catch(&err)
	if len(s) < 7 || !isASCII(s) {
		return Datetime{}, invalidIso(s)
	}
	sepAt := isoSeparator(s)
	if sepAt < 0 || sepAt > len(s) {
		return Datetime{}, invalidIso(s)
	}
	y, mo, dd, ok := parseIsoDate(s[:sepAt])
	if !ok {
		return Datetime{}, invalidIso(s)
	}
	var c [4]int
	var tz *Timezone
	if sepAt < len(s) {
		if c, tz, ok = parseIsoTime(s[sepAt+1:]); !ok {
			return Datetime{}, invalidIso(s)
		}
	}
	return DatetimeOfTZ(y, mo, dd, c[0], c[1], c[2], c[3], tz), nil
}

// DateFromIsoformat is date.fromisoformat(s): YYYY-MM-DD, YYYYMMDD and ISO week dates.
func DateFromIsoformat(s string) (d Date, err error) {
	defer Catch(&err)
	if n := len(s); (n != 7 && n != 8 && n != 10) || !isASCII(s) {
		return Date{}, invalidIso(s)
	}
	y, mo, dd, ok := parseIsoDate(s)
	if !ok {
		return Date{}, invalidIso(s)
	}
	checkDate(y, mo, dd)
	return Date{time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC)}, nil
}

// DateOf is date(year, month, day), with CPython's range errors.
func DateOf(year, month, day int) Date {
	checkDate(year, month, day)
	return Date{time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)}
}

// SubTD is date - timedelta: CPython subtracts td.days (the seconds part is
// ignored, so date - timedelta(hours=25) is one day earlier, not two).
func (d Date) SubTD(td Timedelta) Date { return Date{d.t.AddDate(0, 0, -td.Days())} }
