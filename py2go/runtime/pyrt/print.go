package pyrt

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"sync"
	"syscall"
)

// Buffering modes of a Stream, as chosen by CPython for sys.stdout/stderr.
const (
	bufBlock = iota // block-buffered (8 KiB): stdout not on a terminal
	bufLine         // line-buffered: stdout on a terminal, stderr always
	bufNone         // write-through: PYTHONUNBUFFERED set
)

// Stream is a buffered text stream over an *os.File that mirrors CPython's
// sys.stdout / sys.stderr buffering: stdout is line-buffered when it is a
// terminal and block-buffered (8 KiB) otherwise, stderr is line-buffered,
// and both are unbuffered when PYTHONUNBUFFERED is set (as CPython).
// Like CPython's BufferedWriter, a failed flush discards the pending data
// (so a later flush of an empty buffer succeeds). Stream implements
// io.Writer and is safe for concurrent use.
type Stream struct {
	mu   sync.Mutex
	f    *os.File
	w    *bufio.Writer
	mode int
}

// NewStream wraps f in a Stream; lineBuffered selects line buffering
// (otherwise 8 KiB block buffering), PYTHONUNBUFFERED forces write-through.
func NewStream(f *os.File, lineBuffered bool) *Stream {
	mode := bufBlock
	if lineBuffered {
		mode = bufLine
	}
	if os.Getenv("PYTHONUNBUFFERED") != "" {
		mode = bufNone
	}
	return &Stream{f: f, w: bufio.NewWriterSize(f, 8192), mode: mode}
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0 && fi.Mode()&os.ModeDevice != 0
}

var (
	// Stdout is sys.stdout.
	Stdout = NewStream(os.Stdout, isTerminal(os.Stdout))
	// Stderr is sys.stderr (line-buffered, as in CPython >= 3.9).
	Stderr = NewStream(os.Stderr, true)
)

// File returns the underlying *os.File.
func (s *Stream) File() *os.File { return s.f }

// Write writes p, flushing according to the buffering mode.
func (s *Stream) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, err := s.w.Write(p)
	if err != nil {
		s.w.Reset(s.f)
		return n, err
	}
	if s.mode == bufNone || (s.mode == bufLine && containsNewline(p)) {
		err = s.flushLocked()
	}
	return n, err
}

// WriteString writes str, flushing according to the buffering mode.
func (s *Stream) WriteString(str string) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, err := s.w.WriteString(str)
	if err != nil {
		s.w.Reset(s.f)
		return n, err
	}
	if s.mode == bufNone || (s.mode == bufLine && strings.ContainsAny(str, "\n\r")) {
		err = s.flushLocked()
	}
	return n, err
}

func containsNewline(p []byte) bool {
	for _, c := range p {
		if c == '\n' || c == '\r' {
			return true
		}
	}
	return false
}

// Flush writes out buffered data (sys.stdout.flush()). On error the
// buffered data is discarded, as CPython does.
func (s *Stream) Flush() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.flushLocked()
}

func (s *Stream) flushLocked() error {
	if err := s.w.Flush(); err != nil {
		s.w.Reset(s.f)
		return err
	}
	return nil
}

// Flush flushes Stdout and Stderr, ignoring errors.
func Flush() {
	_ = Stdout.Flush()
	_ = Stderr.Flush()
}

// Print is print(*args): args rendered with Str, separated by " ",
// followed by "\n", written to Stdout. A write error (e.g. a broken pipe)
// is raised as the corresponding OSError, like CPython.
func Print(args ...any) { Fprint(Stdout, " ", "\n", args...) }

// Fprint is print(*args, sep=sep, end=end, file=w). It never flushes other
// streams (CPython does not flush stdout when writing to stderr). A write
// error panics with the Python exception (BrokenPipeError, OSError...).
func Fprint(w io.Writer, sep, end string, args ...any) {
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(Str(a))
	}
	b.WriteString(end)
	var err error
	if sw, ok := w.(io.StringWriter); ok {
		_, err = sw.WriteString(b.String())
	} else {
		_, err = w.Write([]byte(b.String()))
	}
	if err != nil {
		panic(writeError(err))
	}
}

// FprintFlush is print(..., file=w, flush=flush): with flush, what w buffers is written out
// before a child process or a later crash could reorder it.
func FprintFlush(w io.Writer, flush bool, sep, end string, args ...any) {
	Fprint(w, sep, end, args...)
	if f, ok := w.(interface{ Flush() error }); ok && flush {
		if err := f.Flush(); err != nil {
			panic(writeError(err))
		}
	}
}

// writeError converts a write error into a Python OSError value.
func writeError(err error) error {
	if _, ok := err.(*Exception); ok {
		return err
	}
	var en syscall.Errno
	if errors.As(err, &en) {
		return Wrap(errnoKind(en), "[Errno "+itoa(int(en))+"] "+StrError(en), err)
	}
	if errors.Is(err, fs.ErrClosed) {
		return Wrap("ValueError", "I/O operation on closed file.", err)
	}
	return Wrap("OSError", err.Error(), err)
}
