package pyrt

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// exitFunc is os.Exit; tests replace it.
var exitFunc = os.Exit

// Main is the body of a generated `func main()`, reproducing how CPython
// 3.11 ends a script:
//
//   - normal end: exit status 0;
//   - SystemExit: Msg (if any) + "\n" to stderr, exit status Code;
//   - uncaught exception (returned error or panic of an error): a traceback
//     header, then "Kind: str" (just "Kind" when str is empty) on stderr,
//     exit status 1. A non-error panic is reported as a RuntimeError.
//
// As in CPython, the stderr message is written BEFORE stdout is flushed
// (CPython flushes sys.stdout during finalization). If that final flush
// fails (e.g. `script | head -1` closed the pipe), CPython prints
// "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w'
// encoding='utf-8'>" and "BrokenPipeError: [Errno 32] Broken pipe" to
// stderr and exits with status 120, whatever the previous status was;
// Main does the same. A BrokenPipeError raised by print during the run is
// an ordinary uncaught exception (traceback, status 1), the failed data
// being discarded as CPython does. SIGPIPE is caught so that writes to a
// closed pipe report EPIPE instead of killing the process (CPython ignores
// SIGPIPE; unlike signal.Ignore this is not inherited by child processes).
func Main(run func() error) {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGPIPE)
	exitFunc(runMain(run))
}

// Import runs the body of an imported local module, as Python does at the import: an uncaught
// exception (or sys.exit) there ends the whole program the way Main would.
func Import(run func() error) {
	err, bug := callMain(run)
	if err == nil && bug == nil {
		return
	}
	exitFunc(runMain(func() error {
		if bug != nil {
			panic(bug)
		}
		return err
	}))
}

// runMain runs the program and returns the exit status.
func runMain(run func() error) int {
	err, bug := callMain(run)
	code := 0
	switch {
	case bug != nil:
		writeTraceback("RuntimeError", fmt.Sprint(bug))
		code = 1
	case err != nil:
		if se, ok := err.(*SystemExit); ok {
			if se.HasMsg {
				_, _ = Stderr.WriteString(se.Msg + "\n")
			}
			code = se.Code
		} else {
			writeTraceback(ExcName(err), ExcStr(err))
			code = 1
		}
	}
	waitThreads() // CPython joins non-daemon threads after the traceback, before the final flush
	if ferr := Stdout.Flush(); ferr != nil {
		_, _ = Stderr.WriteString("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n")
		werr := writeError(ferr)
		msg := ExcStr(werr)
		if msg == "" {
			_, _ = Stderr.WriteString(ExcName(werr) + "\n")
		} else {
			_, _ = Stderr.WriteString(ExcName(werr) + ": " + msg + "\n")
		}
		code = 120
	}
	_ = Stderr.Flush()
	return code
}

func writeTraceback(kind, msg string) {
	s := "Traceback (most recent call last):\n  File \"<go>\", line 0, in <module>\n" + kind
	if msg != "" {
		s += ": " + msg
	}
	_, _ = Stderr.WriteString(s + "\n")
}

// callMain calls run, converting panics: errors (including *SystemExit and
// mapped Go runtime errors) come back as err, anything else as bug.
func callMain(run func() error) (err error, bug any) {
	defer func() {
		if r := recover(); r != nil {
			if se, ok := r.(*SystemExit); ok {
				err = se
				return
			}
			if e, ok := convertPanic(r, true); ok {
				err = e
				return
			}
			bug = r
		}
	}()
	return run(), nil
}
