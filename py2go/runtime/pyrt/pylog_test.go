package pyrt

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// Expectations printed by CPython 3.11 (TZ=UTC, created=1714564800.123456).
func TestLogFormatter(t *testing.T) {
	ts := time.Unix(1714564800, 123456000).UTC()
	r := func() *LogRecord {
		return &LogRecord{Name: "app.db", Level: LogWarning, Msg: "disk %s at %d%%", Args: []any{"sda", 93}, Created: ts}
	}
	saved := time.Local
	time.Local = time.UTC
	defer func() { time.Local = saved }()
	cases := []struct{ fmt, datefmt, want string }{
		{"%(asctime)s %(levelname)-8s %(name)s %(message)s", "", "2024-05-01 12:00:00,123 WARNING  app.db disk sda at 93%"},
		{"%(asctime)s|%(levelno)d|%(message)r", "%Y/%m/%d %H:%M:%S %a %b %j %p %I %y", "2024/05/01 12:00:00 Wed May 122 PM 12 24|30|'disk sda at 93%'"},
		{"[%(levelname)s] %(message)s", "", "[WARNING] disk sda at 93%"},
		{"%(msecs)03d %(name)10s", "", "123     app.db"},
	}
	for _, c := range cases {
		if got := NewLogFormatter(c.fmt, c.datefmt).Format(r()); got != c.want {
			t.Errorf("%q: got %q want %q", c.fmt, got, c.want)
		}
	}
	if got := panicText(func() { NewLogFormatter("hello", "") }); got != "ValueError: Invalid format 'hello' for '%' style" {
		t.Errorf("validate: %q", got)
	}
	if LogLevelName(25) != "Level 25" || LogLevelName(40) != "ERROR" {
		t.Error("level names")
	}
	if got := panicText(func() { LogCheckLevel("LOUD") }); got != "ValueError: Unknown level: 'LOUD'" {
		t.Errorf("checkLevel: %q", got)
	}
}

func panicText(f func()) (s string) {
	defer func() {
		if x := recover(); x != nil {
			s = x.(error).Error()
		}
	}()
	f()
	return ""
}

func TestLoggerHierarchy(t *testing.T) {
	var buf bytes.Buffer
	h := NewStreamHandler(&buf)
	h.SetFormatter(NewLogFormatter("%(levelname)s:%(name)s:%(message)s", ""))
	root := RootLogger()
	root.handlers = []*LogHandler{h}
	defer func() { root.handlers = nil; root.level = LogWarning }()
	a := GetLogger("t1")
	ab := GetLogger("t1.sub")
	ab.Info("hidden")
	a.SetLevel("DEBUG")
	ab.Debug("shown %d", 1)
	root.Info("root hidden")
	GetLogger("t1.sub").Error("e")
	want := "DEBUG:t1.sub:shown 1\nERROR:t1.sub:e\n"
	if buf.String() != want {
		t.Errorf("got %q", buf.String())
	}
	if GetLogger("root") != root || GetLogger("") != root {
		t.Error("root lookup")
	}
}

func TestStrftime(t *testing.T) {
	ts := time.Date(2024, 1, 7, 0, 5, 9, 0, time.UTC)
	got := LogStrftime("%d.%m.%Y %I:%M:%S %p %A %B %e %F %T %%f %Q", ts)
	want := "07.01.2024 12:05:09 AM Sunday January  7 2024-01-07 00:05:09 %f %Q"
	if !strings.EqualFold(got, want) || got != want {
		t.Errorf("got %q", got)
	}
}
