package pyrt

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Timedelta is datetime.timedelta, in microseconds.
type Timedelta struct{ us int64 }

const usPerDay = 86400 * 1000000

// NewTimedelta is timedelta(days=, seconds=, microseconds=, milliseconds=, minutes=, hours=, weeks=)
// with float arguments rounded to the microsecond (half to even), as CPython does.
func NewTimedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks float64) Timedelta {
	total := weeks*7*usPerDay + days*usPerDay + hours*3600e6 + minutes*60e6 + seconds*1e6 + milliseconds*1e3 + microseconds
	if math.Abs(total) > 999999999*usPerDay {
		panic(NewError("OverflowError", "days=1000000000; must have magnitude <= 999999999"))
	}
	return Timedelta{int64(math.RoundToEven(total))}
}

// TimedeltaSeconds is timedelta(seconds=s) for an int.
func TimedeltaSeconds(s int) Timedelta { return Timedelta{int64(s) * 1000000} }

// Days is td.days.
func (d Timedelta) Days() int { return int(floorDiv64(d.us, usPerDay)) }

// Seconds is td.seconds (0..86399).
func (d Timedelta) Seconds() int { return int(floorMod64(d.us, usPerDay) / 1000000) }

// Microseconds is td.microseconds.
func (d Timedelta) Microseconds() int { return int(floorMod64(d.us, 1000000)) }

// TotalSeconds is td.total_seconds().
func (d Timedelta) TotalSeconds() float64 { return float64(d.us) / 1e6 }

// Add is td + td.
func (d Timedelta) Add(o Timedelta) Timedelta { return Timedelta{d.us + o.us} }

// Sub is td - td.
func (d Timedelta) Sub(o Timedelta) Timedelta { return Timedelta{d.us - o.us} }

// Mul is td * n.
func (d Timedelta) Mul(n int) Timedelta { return Timedelta{d.us * int64(n)} }

// DivInt is td / n: the microseconds divided and rounded half to even, as
// CPython's timedelta true division by an int does.
func (d Timedelta) DivInt(n int) Timedelta {
	if n == 0 {
		panic(NewError("ZeroDivisionError", "integer division or modulo by zero"))
	}
	m := int64(n)
	q := floorDiv64(d.us, m)
	r := d.us - q*m // 0 <= r < |m| in the direction of m
	// Compare 2r with m (signs taken so the remainder is against |m|).
	twice, abs := 2*r, m
	if m < 0 {
		twice, abs = -twice, -m
	}
	if twice > abs || (twice == abs && q%2 != 0) {
		q++
	}
	return Timedelta{q}
}

// SumTimedelta is sum(tds, start): Python adds the items to start left to right.
func SumTimedelta(xs []Timedelta, start Timedelta) Timedelta {
	for _, x := range xs {
		start = start.Add(x)
	}
	return start
}

// Neg is -td.
func (d Timedelta) Neg() Timedelta { return Timedelta{-d.us} }

// Div is td / td (a float).
func (d Timedelta) Div(o Timedelta) float64 {
	if o.us == 0 {
		panic(NewError("ZeroDivisionError", "division by zero"))
	}
	return float64(d.us) / float64(o.us)
}

// FloorDiv is td // td (an int).
func (d Timedelta) FloorDiv(o Timedelta) int {
	if o.us == 0 {
		panic(NewError("ZeroDivisionError", "integer division or modulo by zero"))
	}
	return int(floorDiv64(d.us, o.us))
}

// Cmp compares two timedeltas (-1, 0, 1).
func (d Timedelta) Cmp(o Timedelta) int {
	switch {
	case d.us < o.us:
		return -1
	case d.us > o.us:
		return 1
	}
	return 0
}

func floorDiv64(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod64(a, b int64) int64 { return a - floorDiv64(a, b)*b }

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func padN(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// PyStr is str(td): "1 day, 2:03:04", "-1 day, 23:59:59", "0:00:01.500000".
func (d Timedelta) PyStr() string {
	days := d.Days()
	secs := d.Seconds()
	us := d.Microseconds()
	s := strconv.Itoa(secs/3600) + ":" + pad2(secs/60%60) + ":" + pad2(secs%60)
	if us != 0 {
		s += "." + padN(us, 6)
	}
	if days != 0 {
		unit := " days, "
		if days == 1 || days == -1 {
			unit = " day, "
		}
		s = strconv.Itoa(days) + unit + s
	}
	return s
}

// PyRepr is repr(td): datetime.timedelta(days=1, seconds=3600).
func (d Timedelta) PyRepr() string {
	var parts []string
	if v := d.Days(); v != 0 {
		parts = append(parts, "days="+strconv.Itoa(v))
	}
	if v := d.Seconds(); v != 0 {
		parts = append(parts, "seconds="+strconv.Itoa(v))
	}
	if v := d.Microseconds(); v != 0 {
		parts = append(parts, "microseconds="+strconv.Itoa(v))
	}
	if len(parts) == 0 {
		parts = []string{"0"}
	}
	return "datetime.timedelta(" + strings.Join(parts, ", ") + ")"
}

// Datetime is datetime.datetime: its wall clock in a UTC time.Time, and tz
// (an interned datetime.timezone) for an aware one, nil for a naive one.
type Datetime struct {
	t  time.Time
	tz *Timezone
}

// Date is datetime.date.
type Date struct{ t time.Time }

func naive(t time.Time) Datetime {
	return Datetime{t: time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond()/1000*1000, time.UTC)}
}

// DatetimeNow is datetime.now() (local wall clock, naive).
func DatetimeNow() Datetime { return naive(time.Now()) }

// DatetimeUTCNow is datetime.utcnow() (naive).
func DatetimeUTCNow() Datetime { return naive(time.Now().UTC()) }

// DatetimeNowUTC is datetime.now(timezone.utc) (aware).
func DatetimeNowUTC() Datetime {
	t := time.Now().UTC()
	return Datetime{t: t.Truncate(time.Microsecond), tz: TimezoneUTC}
}

// DateToday is date.today().
func DateToday() Date { return Date{naive(time.Now()).t} }

func tsTime(ts float64) time.Time {
	sec := math.Floor(ts)
	us := math.RoundToEven((ts - sec) * 1e6)
	return time.Unix(int64(sec), int64(us)*1000)
}

// DatetimeFromTimestamp is datetime.fromtimestamp(ts) (local time, naive).
func DatetimeFromTimestamp(ts float64) Datetime { return naive(tsTime(ts).Local()) }

// DatetimeUTCFromTimestamp is datetime.utcfromtimestamp(ts) (naive).
func DatetimeUTCFromTimestamp(ts float64) Datetime { return naive(tsTime(ts).UTC()) }

// DatetimeOf is datetime(year, month, day, hour, minute, second, microsecond) (naive).
func DatetimeOf(year, month, day, hour, minute, second, microsecond int) Datetime {
	checkDate(year, month, day)
	switch {
	case hour < 0 || hour > 23:
		panic(NewError("ValueError", "hour must be in 0..23"))
	case minute < 0 || minute > 59:
		panic(NewError("ValueError", "minute must be in 0..59"))
	case second < 0 || second > 59:
		panic(NewError("ValueError", "second must be in 0..59"))
	case microsecond < 0 || microsecond > 999999:
		panic(NewError("ValueError", "microsecond must be in 0..999999"))
	}
	return Datetime{t: time.Date(year, time.Month(month), day, hour, minute, second, microsecond*1000, time.UTC)}
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func checkDate(year, month, day int) {
	switch {
	case year < 1 || year > 9999:
		panic(NewError("ValueError", "year "+strconv.Itoa(year)+" is out of range"))
	case month < 1 || month > 12:
		panic(NewError("ValueError", "month must be in 1..12"))
	case day < 1 || day > daysIn(year, month):
		panic(NewError("ValueError", "day is out of range for month"))
	}
}

// Timestamp is dt.timestamp(): a naive datetime is local time.
func (d Datetime) Timestamp() float64 {
	t := d.utc()
	if d.tz == nil {
		t = localInstant(d.t, false)
	}
	return float64(t.Unix()) + float64(t.Nanosecond()/1000)/1e6
}

// Year ... Microsecond are the datetime attributes.
func (d Datetime) Year() int        { return d.t.Year() }
func (d Datetime) Month() int       { return int(d.t.Month()) }
func (d Datetime) Day() int         { return d.t.Day() }
func (d Datetime) Hour() int        { return d.t.Hour() }
func (d Datetime) Minute() int      { return d.t.Minute() }
func (d Datetime) Second() int      { return d.t.Second() }
func (d Datetime) Microsecond() int { return d.t.Nanosecond() / 1000 }

// Weekday is dt.weekday() (Monday is 0).
func (d Datetime) Weekday() int { return (int(d.t.Weekday()) + 6) % 7 }

// Date is dt.date().
func (d Datetime) Date() Date {
	return Date{time.Date(d.t.Year(), d.t.Month(), d.t.Day(), 0, 0, 0, 0, time.UTC)}
}

// Add is dt + td.
func (d Datetime) Add(td Timedelta) Datetime {
	r := Datetime{t: d.t.Add(time.Duration(td.us) * time.Microsecond), tz: d.tz}
	if r.t.Year() < 1 || r.t.Year() > 9999 {
		panic(NewError("OverflowError", "date value out of range"))
	}
	return r
}

// SubTD is dt - td.
func (d Datetime) SubTD(td Timedelta) Datetime { return d.Add(td.Neg()) }

func checkAware(a, b Datetime, op string) {
	if (a.tz == nil) != (b.tz == nil) {
		if op == "-" {
			panic(NewError("TypeError", "can't subtract offset-naive and offset-aware datetimes"))
		}
		panic(NewError("TypeError", "can't compare offset-naive and offset-aware datetimes"))
	}
}

// Sub is dt - dt.
func (d Datetime) Sub(o Datetime) Timedelta {
	checkAware(d, o, "-")
	return Timedelta{d.utc().Sub(o.utc()).Microseconds()}
}

// Cmp compares two datetimes (-1, 0, 1).
func (d Datetime) Cmp(o Datetime) int {
	checkAware(d, o, "<")
	return d.utc().Compare(o.utc())
}

// Replace is dt.replace(microsecond=0) and friends (-1 keeps a field).
func (d Datetime) Replace(year, month, day, hour, minute, second, microsecond int) Datetime {
	keep := func(v, old int) int {
		if v < 0 {
			return old
		}
		return v
	}
	r := DatetimeOf(keep(year, d.Year()), keep(month, d.Month()), keep(day, d.Day()), keep(hour, d.Hour()), keep(minute, d.Minute()), keep(second, d.Second()), keep(microsecond, d.Microsecond()))
	return r.withTZ(d.tz)
}

func (d Datetime) offset() string {
	if d.tz == nil {
		return ""
	}
	return offsetText(d.tz.secs(), ":")
}

// offsetText is +HH<sep>MM[<sep>SS], as isoformat() and %z print a UTC offset.
func offsetText(off int, sep string) string {
	sign := "+"
	if off < 0 {
		sign = "-"
		off = -off
	}
	s := sign + pad2(off/3600) + sep + pad2(off/60%60)
	if off%60 != 0 {
		s += sep + pad2(off%60)
	}
	return s
}

// Isoformat is dt.isoformat(sep="T").
func (d Datetime) Isoformat(sep string) string {
	s := padN(d.Year(), 4) + "-" + pad2(d.Month()) + "-" + pad2(d.Day()) + sep + pad2(d.Hour()) + ":" + pad2(d.Minute()) + ":" + pad2(d.Second())
	if us := d.Microsecond(); us != 0 {
		s += "." + padN(us, 6)
	}
	return s + d.offset()
}

// PyStr is str(dt): isoformat with a space.
func (d Datetime) PyStr() string { return d.Isoformat(" ") }

// PyRepr is repr(dt).
func (d Datetime) PyRepr() string {
	s := "datetime.datetime(" + strconv.Itoa(d.Year()) + ", " + strconv.Itoa(d.Month()) + ", " + strconv.Itoa(d.Day()) + ", " + strconv.Itoa(d.Hour()) + ", " + strconv.Itoa(d.Minute())
	if d.Second() != 0 || d.Microsecond() != 0 {
		s += ", " + strconv.Itoa(d.Second())
	}
	if d.Microsecond() != 0 {
		s += ", " + strconv.Itoa(d.Microsecond())
	}
	if d.tz != nil {
		s += ", tzinfo=" + d.tz.PyRepr()
	}
	return s + ")"
}

// Strftime is dt.strftime(fmt).
func (d Datetime) Strftime(format string) string { return strftime(d.t, format, d.tz) }

// Isoformat is date.isoformat().
func (d Date) Isoformat() string {
	return padN(d.t.Year(), 4) + "-" + pad2(int(d.t.Month())) + "-" + pad2(d.t.Day())
}

// PyStr is str(date).
func (d Date) PyStr() string { return d.Isoformat() }

// PyRepr is repr(date): datetime.date(2024, 1, 2).
func (d Date) PyRepr() string {
	return "datetime.date(" + strconv.Itoa(d.t.Year()) + ", " + strconv.Itoa(int(d.t.Month())) + ", " + strconv.Itoa(d.t.Day()) + ")"
}

// Strftime is date.strftime(fmt).
func (d Date) Strftime(format string) string { return strftime(d.t, format, nil) }

// Sub is date - date.
func (d Date) Sub(o Date) Timedelta { return Timedelta{d.t.Sub(o.t).Microseconds()} }

// Add is date + timedelta (whole days).
func (d Date) Add(td Timedelta) Date {
	return Date{d.t.AddDate(0, 0, Timedelta{td.us}.Days())}
}

// Cmp compares two dates.
func (d Date) Cmp(o Date) int { return d.t.Compare(o.t) }

// Year, Month, Day are the date attributes.
func (d Date) Year() int  { return d.t.Year() }
func (d Date) Month() int { return int(d.t.Month()) }
func (d Date) Day() int   { return d.t.Day() }

// Weekday is date.weekday() (Monday is 0).
func (d Date) Weekday() int { return (int(d.t.Weekday()) + 6) % 7 }

var (
	dayNames   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// strftime implements the C-locale directives CPython passes to glibc.
func strftime(t time.Time, format string, tz *Timezone) string {
	var b strings.Builder
	wd := (int(t.Weekday()) + 6) % 7
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'Y':
			b.WriteString(strconv.Itoa(t.Year()))
		case 'm':
			b.WriteString(pad2(int(t.Month())))
		case 'd':
			b.WriteString(pad2(t.Day()))
		case 'e':
			b.WriteString(strings.Repeat(" ", 2-len(strconv.Itoa(t.Day()))) + strconv.Itoa(t.Day()))
		case 'H':
			b.WriteString(pad2(t.Hour()))
		case 'I':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			b.WriteString(pad2(h))
		case 'M':
			b.WriteString(pad2(t.Minute()))
		case 'S':
			b.WriteString(pad2(t.Second()))
		case 'f':
			b.WriteString(padN(t.Nanosecond()/1000, 6))
		case 'y':
			b.WriteString(pad2(t.Year() % 100))
		case 'j':
			b.WriteString(padN(t.YearDay(), 3))
		case 'p':
			if t.Hour() < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'a':
			b.WriteString(dayNames[wd][:3])
		case 'A':
			b.WriteString(dayNames[wd])
		case 'b', 'h':
			b.WriteString(monthNames[t.Month()-1][:3])
		case 'B':
			b.WriteString(monthNames[t.Month()-1])
		case 'w':
			b.WriteString(strconv.Itoa(int(t.Weekday())))
		case 'u':
			b.WriteString(strconv.Itoa(wd + 1))
		case 'F':
			b.WriteString(strconv.Itoa(t.Year()) + "-" + pad2(int(t.Month())) + "-" + pad2(t.Day()))
		case 'T':
			b.WriteString(pad2(t.Hour()) + ":" + pad2(t.Minute()) + ":" + pad2(t.Second()))
		case 'R':
			b.WriteString(pad2(t.Hour()) + ":" + pad2(t.Minute()))
		case 'D':
			b.WriteString(pad2(int(t.Month())) + "/" + pad2(t.Day()) + "/" + pad2(t.Year()%100))
		case 'z':
			if tz != nil {
				b.WriteString(offsetText(tz.secs(), ""))
			}
		case 'Z':
			if tz != nil {
				b.WriteString(tz.Tzname())
			}
		case '%':
			b.WriteByte('%')
		default:
			panic(NewError("NotImplementedError", "py2go: strftime directive %"+string(format[i])+" is not supported"))
		}
	}
	return b.String()
}

// strptime: CPython's _strptime regular expressions (C locale).
var strptimeRE = map[byte]string{
	'd': `(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])`,
	'f': `(?P<f>[0-9]{1,6})`,
	'H': `(?P<H>2[0-3]|[0-1]\d|\d)`,
	'I': `(?P<I>1[0-2]|0[1-9]|[1-9])`,
	'j': `(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])`,
	'm': `(?P<m>1[0-2]|0[1-9]|[1-9])`,
	'M': `(?P<M>[0-5]\d|\d)`,
	'S': `(?P<S>6[0-1]|[0-5]\d|\d)`,
	'w': `(?P<w>[0-6])`,
	'u': `(?P<u>[1-7])`,
	'y': `(?P<y>\d\d)`,
	'Y': `(?P<Y>\d\d\d\d)`,
	'z': `(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))`,
	'a': `(?P<a>tuesday|saturday|wednesday|thursday|friday|sunday|monday|tue|sat|wed|thu|fri|sun|mon)`,
	'A': `(?P<A>tuesday|saturday|wednesday|thursday|friday|sunday|monday|tue|sat|wed|thu|fri|sun|mon)`,
	'b': `(?P<b>september|february|december|november|january|october|august|april|march|june|july|may|sep|feb|dec|nov|jan|oct|aug|apr|mar|jun|jul)`,
	'B': `(?P<B>september|february|december|november|january|october|august|april|march|june|july|may|sep|feb|dec|nov|jan|oct|aug|apr|mar|jun|jul)`,
	'p': `(?P<p>am|pm)`,
	'Z': `(?P<Z>utc|gmt)`,
}

var strptimeCache sync.Map

func strptimeRegexp(format string) *regexp.Regexp {
	if r, ok := strptimeCache.Load(format); ok {
		return r.(*regexp.Regexp)
	}
	var b strings.Builder
	b.WriteString(`(?i)\A`)
	seen := map[byte]bool{}
	ws := false
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			if !ws {
				b.WriteString(`\s+`)
			}
			ws = true
			continue
		}
		ws = false
		if c != '%' {
			b.WriteString(regexp.QuoteMeta(string(c)))
			continue
		}
		if i+1 >= len(format) {
			panic(NewError("ValueError", "stray % in format '"+format+"'"))
		}
		i++
		d := format[i]
		if d == '%' {
			b.WriteString("%")
			continue
		}
		re, ok := strptimeRE[d]
		if !ok {
			if d == 'c' || d == 'x' || d == 'X' || d == 'U' || d == 'W' || d == 'G' || d == 'V' {
				panic(NewError("NotImplementedError", "py2go: strptime directive %"+string(d)+" is not supported"))
			}
			panic(NewError("ValueError", "'"+string(d)+"' is a bad directive in format '"+format+"'"))
		}
		if seen[d] {
			panic(NewError("re.error", "redefinition of group name "+QuoteString(string(d))))
		}
		seen[d] = true
		b.WriteString(re)
	}
	r := regexp.MustCompile(b.String())
	strptimeCache.Store(format, r)
	return r
}

// Strptime is datetime.strptime(s, format).
func Strptime(s, format string) (Datetime, error) {
	rx := strptimeRegexp(format)
	m := rx.FindStringSubmatchIndex(s)
	if m == nil {
		return Datetime{}, NewError("ValueError", "time data "+QuoteString(s)+" does not match format "+QuoteString(format))
	}
	if m[1] != len(s) {
		return Datetime{}, NewError("ValueError", "unconverted data remains: "+s[m[1]:])
	}
	g := map[string]string{}
	for i, n := range rx.SubexpNames() {
		if n != "" && len(n) == 1 && m[2*i] >= 0 {
			g[n] = s[m[2*i]:m[2*i+1]]
		}
	}
	num := func(k string, def int) int {
		v, ok := g[k]
		if !ok {
			return def
		}
		n, _ := strconv.Atoi(strings.TrimSpace(v))
		return n
	}
	year := num("Y", 1900)
	if y, ok := g["y"]; ok {
		n, _ := strconv.Atoi(y)
		if n <= 68 {
			year = 2000 + n
		} else {
			year = 1900 + n
		}
	}
	month := num("m", 1)
	for _, k := range []string{"b", "B"} {
		if v, ok := g[k]; ok {
			v = strings.ToLower(v)
			for i, name := range monthNames {
				if strings.ToLower(name) == v || strings.ToLower(name[:3]) == v {
					month = i + 1
				}
			}
		}
	}
	day := num("d", 1)
	hour := num("H", 0)
	if v, ok := g["I"]; ok {
		h, _ := strconv.Atoi(v)
		pm := strings.ToLower(g["p"]) == "pm"
		switch {
		case !pm && h == 12:
			h = 0
		case pm && h != 12:
			h += 12
		}
		hour = h
	}
	us := 0
	if f, ok := g["f"]; ok {
		us, _ = strconv.Atoi(f + strings.Repeat("0", 6-len(f)))
	}
	if j, ok := g["j"]; ok {
		if _, hasM := g["m"]; !hasM {
			n, _ := strconv.Atoi(j)
			t := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n-1)
			month, day = int(t.Month()), t.Day()
		}
	}
	if day > daysIn(year, month) {
		return Datetime{}, NewError("ValueError", "day is out of range for month")
	}
	dt := Datetime{t: time.Date(year, time.Month(month), day, hour, num("M", 0), num("S", 0), us*1000, time.UTC)}
	if z, ok := g["z"]; ok {
		off := 0
		if z != "Z" && z != "z" {
			zz := strings.ReplaceAll(z[1:], ":", "")
			h, _ := strconv.Atoi(zz[0:2])
			mi, _ := strconv.Atoi(zz[2:4])
			sec := 0
			if len(zz) >= 6 {
				sec, _ = strconv.Atoi(zz[4:6])
			}
			off = h*3600 + mi*60 + sec
			if z[0] == '-' {
				off = -off
			}
		}
		dt = dt.withTZ(NewTimezone(Timedelta{int64(off) * 1000000}))
	}
	return dt, nil
}

// TimeStrftime is time.strftime(fmt) for the current local time.
func TimeStrftime(format string) string { return strftime(time.Now(), format, nil) }

// TimeTime is time.time().
func TimeTime() float64 { return float64(time.Now().UnixNano()) / 1e9 }

var monoStart = time.Now()

// TimeMonotonic is time.monotonic().
func TimeMonotonic() float64 { return time.Since(monoStart).Seconds() + 1 }

// TimeSleep is time.sleep(secs).
func TimeSleep(secs float64) {
	if secs < 0 {
		panic(NewError("ValueError", "sleep length must be non-negative"))
	}
	if secs > 0 {
		Flush()
	}
	time.Sleep(time.Duration(secs * float64(time.Second)))
}
