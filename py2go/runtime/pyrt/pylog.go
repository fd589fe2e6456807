package pyrt

import (
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Python's logging levels.
const (
	LogNotset   = 0
	LogDebug    = 10
	LogInfo     = 20
	LogWarning  = 30
	LogError    = 40
	LogCritical = 50
)

var logLevelToName = map[int]string{
	LogCritical: "CRITICAL", LogError: "ERROR", LogWarning: "WARNING",
	LogInfo: "INFO", LogDebug: "DEBUG", LogNotset: "NOTSET",
}

var logNameToLevel = map[string]int{
	"CRITICAL": LogCritical, "FATAL": LogCritical, "ERROR": LogError, "WARN": LogWarning,
	"WARNING": LogWarning, "INFO": LogInfo, "DEBUG": LogDebug, "NOTSET": LogNotset,
}

// LogBasicFormat is logging.BASIC_FORMAT.
const LogBasicFormat = "%(levelname)s:%(name)s:%(message)s"

// LogLevelName is logging.getLevelName(level) for an int level.
func LogLevelName(level int) string {
	if n, ok := logLevelToName[level]; ok {
		return n
	}
	return "Level " + strconv.Itoa(level)
}

// LogCheckLevel is logging._checkLevel: an int, or a level name ("INFO");
// it panics with CPython's ValueError/TypeError otherwise.
func LogCheckLevel(level any) int {
	switch v := level.(type) {
	case int:
		return v
	case bool:
		return BoolInt(v)
	case string:
		if n, ok := logNameToLevel[v]; ok {
			return n
		}
		panic(NewError("ValueError", "Unknown level: "+Repr(v)))
	}
	panic(NewError("TypeError", "Level not an integer or a valid string: "+Repr(level)))
}

// LogFormatter is logging.Formatter with the "%" style.
type LogFormatter struct {
	fmt     string
	datefmt string
}

var logValidFmt = regexp.MustCompile(`(?i)%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]`)

// NewLogFormatter is logging.Formatter(fmt, datefmt) ("" means None). It
// panics with CPython's ValueError for a format without any %(field).
func NewLogFormatter(format, datefmt string) *LogFormatter {
	if format == "" {
		format = "%(message)s"
	} else if !logValidFmt.MatchString(format) {
		panic(NewError("ValueError", "Invalid format '"+format+"' for '%' style"))
	}
	return &LogFormatter{fmt: format, datefmt: datefmt}
}

// LogRecord is the part of a logging.LogRecord a format can show.
type LogRecord struct {
	Name    string
	Level   int
	Msg     string
	Args    []any
	Created time.Time
	message string
	asctime string
}

// logStart is when logging was "imported" (relativeCreated).
var logStart = time.Now()

// PyLookup makes a record usable as the mapping of Percent ("%(name)s").
func (r *LogRecord) PyLookup(key any) (any, bool) {
	k, _ := key.(string)
	switch k {
	case "name":
		return r.Name, true
	case "levelname":
		return LogLevelName(r.Level), true
	case "levelno":
		return r.Level, true
	case "message":
		return r.message, true
	case "msg":
		return r.Msg, true
	case "asctime":
		if r.asctime == "" {
			return nil, false
		}
		return r.asctime, true
	case "created":
		return float64(r.Created.UnixNano()) / 1e9, true
	case "msecs":
		return float64(r.Created.Nanosecond() / 1e6), true
	case "relativeCreated":
		return float64(r.Created.Sub(logStart).Nanoseconds()) / 1e6, true
	case "process":
		return os.Getpid(), true
	case "processName":
		return "MainProcess", true
	case "threadName":
		return "MainThread", true
	case "filename", "module", "pathname", "lineno", "funcName":
		panic(NewError("NotImplementedError", "py2go: the log format field %("+k+") (Python source location) is not translated"))
	}
	return nil, false
}

// message computes record.getMessage(): str(msg) % args when there are args.
func (r *LogRecord) getMessage() string {
	if len(r.Args) == 0 {
		return r.Msg
	}
	return Percent(r.Msg, r.Args...)
}

// Format is Formatter.format(record).
func (f *LogFormatter) Format(r *LogRecord) string {
	r.message = r.getMessage()
	if strings.Contains(f.fmt, "%(asctime)") {
		r.asctime = f.FormatTime(r.Created)
	}
	defer func() {
		if x := recover(); x != nil {
			if e, ok := x.(*Exception); ok && e.Kind == "KeyError" {
				panic(NewError("ValueError", "Formatting field not found in record: "+e.Msg))
			}
			panic(x)
		}
	}()
	return Percent(f.fmt, r)
}

// FormatTime is Formatter.formatTime: strftime(datefmt) in local time, or
// "2024-05-01 12:00:00,123" without a datefmt.
func (f *LogFormatter) FormatTime(t time.Time) string {
	t = t.Local()
	if f.datefmt != "" {
		return LogStrftime(f.datefmt, t)
	}
	ms := t.Nanosecond() / 1e6
	return LogStrftime("%Y-%m-%d %H:%M:%S", t) + "," + logPad3(ms)
}

func logPad3(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 3 {
		s = "0" + s
	}
	return s
}

func logPad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// LogStrftime is time.strftime(format, t) in the C locale (glibc): the
// directives %a %A %b %B %c %d %D %e %F %H %I %j %m %M %p %R %s %S %T %u %w
// %y %Y %z %Z %%; any other directive is kept as written.
func LogStrftime(format string, t time.Time) string {
	var b strings.Builder
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
		case 'y':
			b.WriteString(logPad2(t.Year() % 100))
		case 'm':
			b.WriteString(logPad2(int(t.Month())))
		case 'd':
			b.WriteString(logPad2(t.Day()))
		case 'e':
			s := strconv.Itoa(t.Day())
			if len(s) < 2 {
				s = " " + s
			}
			b.WriteString(s)
		case 'H':
			b.WriteString(logPad2(t.Hour()))
		case 'I':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			b.WriteString(logPad2(h))
		case 'M':
			b.WriteString(logPad2(t.Minute()))
		case 'S':
			b.WriteString(logPad2(t.Second()))
		case 'p':
			if t.Hour() < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'j':
			b.WriteString(logPad3(t.YearDay()))
		case 'a':
			b.WriteString(t.Weekday().String()[:3])
		case 'A':
			b.WriteString(t.Weekday().String())
		case 'b', 'h':
			b.WriteString(t.Month().String()[:3])
		case 'B':
			b.WriteString(t.Month().String())
		case 'u':
			w := int(t.Weekday())
			if w == 0 {
				w = 7
			}
			b.WriteString(strconv.Itoa(w))
		case 'w':
			b.WriteString(strconv.Itoa(int(t.Weekday())))
		case 'F':
			b.WriteString(LogStrftime("%Y-%m-%d", t))
		case 'T':
			b.WriteString(LogStrftime("%H:%M:%S", t))
		case 'R':
			b.WriteString(LogStrftime("%H:%M", t))
		case 'D':
			b.WriteString(LogStrftime("%m/%d/%y", t))
		case 'c':
			b.WriteString(LogStrftime("%a %b %e %H:%M:%S %Y", t))
		case 's':
			b.WriteString(strconv.FormatInt(t.Unix(), 10))
		case 'z':
			b.WriteString(t.Format("-0700"))
		case 'Z':
			name, _ := t.Zone()
			b.WriteString(name)
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

// LogHandler is a logging.StreamHandler or FileHandler.
type LogHandler struct {
	w         io.Writer
	stream    func() io.Writer // lastResort looks sys.stderr up at emit time
	level     int
	formatter *LogFormatter
	file      *os.File
}

// NewStreamHandler is logging.StreamHandler(stream); nil means sys.stderr.
func NewStreamHandler(w io.Writer) *LogHandler {
	if w == nil {
		w = Stderr
	}
	return &LogHandler{w: w}
}

// NewFileHandler is logging.FileHandler(filename, mode) (mode "a" or "w").
func NewFileHandler(filename, mode string) (*LogHandler, error) {
	flag := os.O_WRONLY | os.O_CREATE | os.O_APPEND
	switch mode {
	case "", "a", "at":
	case "w", "wt":
		flag = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	default:
		panic(NewError("ValueError", "py2go: FileHandler mode "+Repr(mode)+" is not supported"))
	}
	f, err := os.OpenFile(filename, flag, 0o666)
	if err != nil {
		return nil, err
	}
	return &LogHandler{w: f, file: f}, nil
}

// SetLevel is handler.setLevel(level).
func (h *LogHandler) SetLevel(level any) { h.level = LogCheckLevel(level) }

// SetFormatter is handler.setFormatter(fmt).
func (h *LogHandler) SetFormatter(f *LogFormatter) { h.formatter = f }

func (h *LogHandler) emit(r *LogRecord) {
	f := h.formatter
	if f == nil {
		f = logDefaultFormatter
	}
	var text string
	ok := func() (ok bool) {
		defer func() {
			if x := recover(); x != nil {
				logHandleError(r, x)
			}
		}()
		text = f.Format(r)
		return true
	}()
	if !ok {
		return
	}
	w := h.w
	if h.stream != nil {
		w = h.stream()
	}
	_, _ = io.WriteString(w, text+"\n")
	if s, ok := w.(*Stream); ok {
		_ = s.Flush()
	}
}

// logHandleError is Handler.handleError: a report on stderr, and logging
// goes on (logging.raiseExceptions is True).
func logHandleError(r *LogRecord, x any) {
	e, ok := x.(*Exception)
	if !ok {
		panic(x)
	}
	if e.Kind == "NotImplementedError" {
		panic(x)
	}
	args := make([]any, len(r.Args))
	copy(args, r.Args)
	var b strings.Builder
	b.WriteString("--- Logging error ---\nTraceback (most recent call last):\n  File \"<go>\", line 0, in <module>\n")
	b.WriteString(e.Error() + "\nCall stack:\n  File \"<go>\", line 0, in <module>\n")
	b.WriteString("Message: " + Repr(r.Msg) + "\nArguments: " + reprTuple(args) + "\n")
	_, _ = Stderr.WriteString(b.String())
}

var logDefaultFormatter = &LogFormatter{fmt: "%(message)s"}

// logLastResort is logging.lastResort: WARNING and above, bare message, to
// the current sys.stderr.
var logLastResort = &LogHandler{level: LogWarning, stream: func() io.Writer { return Stderr }}

// Logger is a logging.Logger.
type Logger struct {
	name      string
	level     int
	handlers  []*LogHandler
	Propagate bool
	isRoot    bool
}

var (
	logMu      sync.Mutex
	logRoot    = &Logger{name: "root", level: LogWarning, Propagate: true, isRoot: true}
	logLoggers = map[string]*Logger{}
)

// RootLogger is logging.getLogger() / logging.root.
func RootLogger() *Logger { return logRoot }

// GetLogger is logging.getLogger(name) ("" or "root" give the root logger).
func GetLogger(name string) *Logger {
	logMu.Lock()
	defer logMu.Unlock()
	if name == "" || name == "root" {
		return logRoot
	}
	if l, ok := logLoggers[name]; ok {
		return l
	}
	l := &Logger{name: name, Propagate: true}
	logLoggers[name] = l
	return l
}

// Name is logger.name.
func (l *Logger) Name() string { return l.name }

// SetLevel is logger.setLevel(level) (an int or a level name).
func (l *Logger) SetLevel(level any) { l.level = LogCheckLevel(level) }

// AddHandler is logger.addHandler(h).
func (l *Logger) AddHandler(h *LogHandler) {
	for _, x := range l.handlers {
		if x == h {
			return
		}
	}
	l.handlers = append(l.handlers, h)
}

// parent is the nearest existing ancestor ("a.b" -> "a" -> root).
func (l *Logger) parent() *Logger {
	if l.isRoot {
		return nil
	}
	logMu.Lock()
	defer logMu.Unlock()
	name := l.name
	for {
		i := strings.LastIndexByte(name, '.')
		if i < 0 {
			return logRoot
		}
		name = name[:i]
		if p, ok := logLoggers[name]; ok {
			return p
		}
	}
}

// EffectiveLevel is logger.getEffectiveLevel().
func (l *Logger) EffectiveLevel() int {
	for x := l; x != nil; x = x.parent() {
		if x.level != 0 {
			return x.level
		}
	}
	return LogNotset
}

// IsEnabledFor is logger.isEnabledFor(level).
func (l *Logger) IsEnabledFor(level int) bool {
	return level >= l.EffectiveLevel()
}

func (l *Logger) log(level int, msg string, args []any) {
	if !l.IsEnabledFor(level) {
		return
	}
	r := &LogRecord{Name: l.name, Level: level, Msg: msg, Args: args, Created: time.Now()}
	found := 0
	for x := l; x != nil; x = x.parent() {
		for _, h := range x.handlers {
			found++
			if level >= h.level {
				h.emit(r)
			}
		}
		if !x.Propagate {
			break
		}
	}
	if found == 0 && level >= logLastResort.level {
		logLastResort.emit(r)
	}
}

// Log is logger.log(level, msg, *args).
func (l *Logger) Log(level int, msg string, args ...any) { l.log(level, msg, args) }

// Debug is logger.debug(msg, *args).
func (l *Logger) Debug(msg string, args ...any) { l.log(LogDebug, msg, args) }

// Info is logger.info(msg, *args).
func (l *Logger) Info(msg string, args ...any) { l.log(LogInfo, msg, args) }

// Warning is logger.warning(msg, *args).
func (l *Logger) Warning(msg string, args ...any) { l.log(LogWarning, msg, args) }

// Error is logger.error(msg, *args).
func (l *Logger) Error(msg string, args ...any) { l.log(LogError, msg, args) }

// Critical is logger.critical(msg, *args).
func (l *Logger) Critical(msg string, args ...any) { l.log(LogCritical, msg, args) }

// LogRoot is the root logger as the module-level logging.info() etc. use
// it: configured with basicConfig() first when it has no handler.
func LogRoot() *Logger {
	if len(logRoot.handlers) == 0 {
		_ = LogBasicConfig(LogConfig{})
	}
	return logRoot
}

// LogConfig holds the keyword arguments of logging.basicConfig.
type LogConfig struct {
	Level    any // nil, an int or a level name
	Format   *string
	DateFmt  *string
	Stream   io.Writer
	Filename *string
	FileMode *string
	Force    bool
}

// LogBasicConfig is logging.basicConfig(**kwargs): does nothing when the
// root logger already has a handler (unless Force).
func LogBasicConfig(c LogConfig) error {
	if c.Force {
		for _, h := range logRoot.handlers {
			if h.file != nil {
				_ = h.file.Close()
			}
		}
		logRoot.handlers = nil
	}
	if len(logRoot.handlers) != 0 {
		return nil
	}
	if c.Stream != nil && c.Filename != nil {
		panic(NewError("ValueError", "'stream' and 'filename' should not be specified together"))
	}
	var h *LogHandler
	if c.Filename != nil {
		mode := "a"
		if c.FileMode != nil {
			mode = *c.FileMode
		}
		var err error
		if h, err = NewFileHandler(*c.Filename, mode); err != nil {
			return err
		}
	} else {
		h = NewStreamHandler(c.Stream)
	}
	format, datefmt := LogBasicFormat, ""
	if c.Format != nil {
		format = *c.Format
	}
	if c.DateFmt != nil {
		datefmt = *c.DateFmt
	}
	h.formatter = NewLogFormatter(format, datefmt)
	logRoot.AddHandler(h)
	if c.Level != nil {
		logRoot.SetLevel(c.Level)
	}
	return nil
}
