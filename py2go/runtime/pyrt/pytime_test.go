package pyrt

import "testing"

// Expectations printed by CPython 3.11.
func TestPyTime(t *testing.T) {
	mustP := func(s, f string) Datetime {
		d, err := Strptime(s, f)
		if err != nil {
			t.Fatalf("Strptime(%q, %q): %v", s, f, err)
		}
		return d
	}
	d := mustP("2024-05-01 12:03:04", "%Y-%m-%d %H:%M:%S")
	d2 := mustP("01/May/2024:13:00:00 +0200", "%d/%b/%Y:%H:%M:%S %z")
	cases := []struct{ got, want string }{
		{Str(NewTimedelta(1, 7384, 0, 0, 0, 0, 0)), "1 day, 2:03:04"},
		{Str(TimedeltaSeconds(-1)), "-1 day, 23:59:59"},
		{Str(NewTimedelta(0, 1.5, 0, 0, 0, 0, 0)), "0:00:01.500000"},
		{Str(NewTimedelta(-3, 0, 0, 0, 0, 5, 0)), "-3 days, 5:00:00"},
		{Repr(NewTimedelta(0, 0, 0, 0, 0, 25, 0)), "datetime.timedelta(days=1, seconds=3600)"},
		{Repr(NewTimedelta(0, 0, 5, 0, 0, 0, 0).DivInt(2)), "datetime.timedelta(microseconds=2)"},
		{Repr(NewTimedelta(0, 0, 7, 0, 0, 0, 0).DivInt(2)), "datetime.timedelta(microseconds=4)"},
		{Repr(NewTimedelta(0, 0, -5, 0, 0, 0, 0).DivInt(2)), "datetime.timedelta(days=-1, seconds=86399, microseconds=999998)"},
		{Repr(NewTimedelta(0, 0, 5, 0, 0, 0, 0).DivInt(-2)), "datetime.timedelta(days=-1, seconds=86399, microseconds=999998)"},
		{Repr(NewTimedelta(0, 0, 7, 0, 0, 0, 0).DivInt(-2)), "datetime.timedelta(days=-1, seconds=86399, microseconds=999996)"},
		{Repr(NewTimedelta(0, 0, -7, 0, 0, 0, 0).DivInt(-2)), "datetime.timedelta(microseconds=4)"},
		{Repr(NewTimedelta(0, 0, 10000000, 0, 0, 0, 0).DivInt(3)), "datetime.timedelta(seconds=3, microseconds=333333)"},
		{Repr(NewTimedelta(0, 0, -2, 0, 0, 0, 0).DivInt(3)), "datetime.timedelta(days=-1, seconds=86399, microseconds=999999)"},
		{Repr(NewTimedelta(0, 0, 6, 0, 0, 0, 0).DivInt(4)), "datetime.timedelta(microseconds=2)"},
		{Repr(NewTimedelta(0, 0, 10, 0, 0, 0, 0).DivInt(-4)), "datetime.timedelta(days=-1, seconds=86399, microseconds=999998)"},
		{Str(SumTimedelta([]Timedelta{TimedeltaSeconds(90), NewTimedelta(1, 0, 0, 0, 0, 0, 0)}, TimedeltaSeconds(0))), "1 day, 0:01:30"},
		{Str(SumTimedelta(nil, TimedeltaSeconds(5))), "0:00:05"},
		{Format(d, "%Y-%m-%d %H:%M"), "2024-05-01 12:03"},
		{Format(d, ""), "2024-05-01 12:03:04"},
		{Format(d.Date(), "%d/%m/%Y"), "01/05/2024"},
		{Str(d), "2024-05-01 12:03:04"},
		{d.Isoformat("T"), "2024-05-01T12:03:04"},
		{d.Strftime("%a %d %b %Y %I:%M %p %j"), "Wed 01 May 2024 12:03 PM 122"},
		{Str(d2), "2024-05-01 13:00:00+02:00"},
		{Repr(d2), "datetime.datetime(2024, 5, 1, 13, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200)))"},
		{Repr(d2.Timestamp()), "1714561200.0"},
		{Str(d.Sub(DatetimeOf(2024, 4, 30, 11, 0, 0, 0))), "1 day, 1:03:04"},
		{Repr(d.Sub(DatetimeOf(2024, 4, 30, 0, 0, 0, 0)).TotalSeconds()), "129784.0"},
		{Str(mustP("2024-05-01T10:00:00.25", "%Y-%m-%dT%H:%M:%S.%f")), "2024-05-01 10:00:00.250000"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("%d: got %q want %q", i, c.got, c.want)
		}
	}
	errs := map[[2]string]string{
		{"2024-13-01", "%Y-%m-%d"}:  "ValueError: time data '2024-13-01' does not match format '%Y-%m-%d'",
		{"2024-05-01x", "%Y-%m-%d"}: "ValueError: unconverted data remains: x",
		{"2024-02-30", "%Y-%m-%d"}:  "ValueError: day is out of range for month",
	}
	for in, want := range errs {
		if _, err := Strptime(in[0], in[1]); err == nil || err.Error() != want {
			t.Errorf("Strptime%v: %v want %s", in, err, want)
		}
	}
}
