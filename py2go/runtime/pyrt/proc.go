package pyrt

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"time"
)

// subprocess.PIPE, subprocess.STDOUT and subprocess.DEVNULL (CPython's
// values). The zero value (None) means: inherit the parent's descriptor.
const (
	PIPE    = -1
	STDOUT  = -2
	DEVNULL = -3
)

// ProcOpts are the keyword arguments of subprocess.run / Popen & co.
type ProcOpts struct {
	Args    []string // argv; ["/bin/sh", "-c", cmd] for shell=True
	Cmd     any      // the Python `args` value ([]string or string), for messages
	Capture bool     // capture_output=True
	Stdin   any      // PIPE, DEVNULL, nil (inherit), an *os.File or *Stream
	Stdout  any      // PIPE, DEVNULL, nil (inherit), an *os.File, *Stream or io.Writer
	Stderr  any      // PIPE, STDOUT, DEVNULL, nil (inherit), an *os.File, *Stream or io.Writer
	Input   *string  // input= (implies a stdin pipe)
	Cwd     *string  // cwd=
	Env     *Dict[string, string]
	// Timeout in seconds when HasTimeout; TimeoutText is str(timeout) for
	// the TimeoutExpired message.
	Timeout     float64
	HasTimeout  bool
	TimeoutText string
	Check       bool
	Text        bool // text=True / universal_newlines=True: decode with universal newlines
}

// ShellArgs is the argv CPython runs for shell=True: ["/bin/sh", "-c", cmd].
func ShellArgs(cmd string) []string { return []string{"/bin/sh", "-c", cmd} }

// CompletedProcess is subprocess.CompletedProcess. Stdout/Stderr are the
// captured text ("" when not captured, where Python has None).
type CompletedProcess struct {
	Args       any
	Returncode int
	Stdout     string
	Stderr     string
}

// ProcError is subprocess.CalledProcessError or subprocess.TimeoutExpired.
type ProcError struct {
	Kind       string // "CalledProcessError" or "TimeoutExpired"
	Cmd        any
	Returncode int
	Output     string
	ErrOutput  string
	Timeout    float64
	msg        string
}

func (e *ProcError) Error() string { return e.Kind + ": " + e.msg }

// PyStr is str(e).
func (e *ProcError) PyStr() string { return e.msg }

// PyKinds starts with the module-qualified name CPython prints in a
// traceback ("subprocess.CalledProcessError"), then the class chain.
func (e *ProcError) PyKinds() []string {
	return append([]string{"subprocess." + e.Kind}, KindAncestors(e.Kind)...)
}

// PyRepr is repr(e) as CPython: CalledProcessError(1, ['false']).
func (e *ProcError) PyRepr() string {
	if e.Kind == "TimeoutExpired" {
		return "TimeoutExpired(" + Repr(e.Cmd) + ", " + Repr(e.Timeout) + ")"
	}
	return "CalledProcessError(" + Repr(e.Returncode) + ", " + Repr(e.Cmd) + ")"
}

func cmdStr(cmd any) string { return Str(cmd) }

func newCalledProcessError(cmd any, code int, out, errOut string) *ProcError {
	var msg string
	if code < 0 {
		sig := syscall.Signal(-code)
		msg = fmt.Sprintf("Command '%s' died with <Signals.%s: %d>.", cmdStr(cmd), signalName(sig), -code)
	} else {
		msg = fmt.Sprintf("Command '%s' returned non-zero exit status %d.", cmdStr(cmd), code)
	}
	return &ProcError{Kind: "CalledProcessError", Cmd: cmd, Returncode: code, Output: out, ErrOutput: errOut, msg: msg}
}

func procErrOf(err error) *ProcError {
	var pe *ProcError
	if errors.As(err, &pe) {
		return pe
	}
	panic(NewError("AttributeError", fmt.Sprintf("'%s' object has no attribute", ExcName(err))))
}

// ProcErrReturncode is e.returncode of a CalledProcessError.
func ProcErrReturncode(err error) int { return procErrOf(err).Returncode }

// ProcErrOutput is e.output / e.stdout of a CalledProcessError or TimeoutExpired.
func ProcErrOutput(err error) string { return procErrOf(err).Output }

// ProcErrStderr is e.stderr of a CalledProcessError or TimeoutExpired.
func ProcErrStderr(err error) string { return procErrOf(err).ErrOutput }

// ProcErrCmd is e.cmd as a list (a shell command string gives a 1-item list).
func ProcErrCmd(err error) []string {
	switch c := procErrOf(err).Cmd.(type) {
	case []string:
		return c
	case string:
		return []string{c}
	}
	return nil
}

// ProcErrTimeout is e.timeout of a TimeoutExpired.
func ProcErrTimeout(err error) float64 { return procErrOf(err).Timeout }

// Popen is a started subprocess.Popen.
type Popen struct {
	opts       ProcOpts
	cmd        *exec.Cmd
	stdinW     *os.File
	outR, errR *os.File
	done       chan struct{}
	waitErr    error
	finished   bool
	Returncode int
	// Pid is p.pid.
	Pid int
}

func (p *Popen) decode(b []byte) (string, error) {
	if p.opts.Text {
		return DecodeText(b)
	}
	return string(b), nil
}

// startProc starts the command with the descriptors ProcOpts asks for.
func startProc(o ProcOpts) (*Popen, error) {
	if len(o.Args) == 0 {
		return nil, NewError("IndexError", "list index out of range")
	}
	o.Stdin, o.Stdout, o.Stderr = streamArg(o.Stdin), streamArg(o.Stdout), streamArg(o.Stderr)
	if o.Capture {
		if o.Stdout != nil || o.Stderr != nil {
			return nil, NewError("ValueError", "stdout and stderr arguments may not be used with capture_output.")
		}
		o.Stdout, o.Stderr = PIPE, PIPE
	}
	if o.Input != nil {
		if o.Stdin != nil {
			return nil, NewError("ValueError", "stdin and input arguments may not both be used.")
		}
		o.Stdin = PIPE
	}
	cmd := exec.Command(o.Args[0], o.Args[1:]...)
	if o.Cwd != nil {
		if fi, err := os.Stat(*o.Cwd); err != nil {
			return nil, err
		} else if !fi.IsDir() {
			return nil, &os.PathError{Op: "chdir", Path: *o.Cwd, Err: syscall.ENOTDIR}
		}
		cmd.Dir = *o.Cwd
	}
	if o.Env != nil {
		env := []string{}
		for _, kv := range o.Env.Items() {
			env = append(env, kv.V0+"="+kv.V1)
		}
		cmd.Env = env
		if !bytes.ContainsRune([]byte(o.Args[0]), '/') {
			// CPython searches the PATH of env= for the program
			if path, ok := o.Env.Get("PATH"); ok {
				if full, err := lookPathIn(o.Args[0], path); err == nil {
					cmd.Path = full
					cmd.Err = nil
				}
			}
		}
	}
	p := &Popen{opts: o, cmd: cmd, done: make(chan struct{})}
	var closeAfter []*os.File
	fail := func(err error) (*Popen, error) {
		for _, f := range closeAfter {
			f.Close()
		}
		for _, f := range []*os.File{p.stdinW, p.outR, p.errR} {
			if f != nil {
				f.Close()
			}
		}
		return nil, err
	}
	switch o.Stdin {
	case PIPE:
		r, w, err := os.Pipe()
		if err != nil {
			return fail(err)
		}
		cmd.Stdin, p.stdinW = r, w
		closeAfter = append(closeAfter, r)
	case DEVNULL:
		cmd.Stdin = nil
	case nil:
		cmd.Stdin = os.Stdin
	default:
		cmd.Stdin = o.Stdin.(io.Reader)
	}
	var outW *os.File
	switch o.Stdout {
	case PIPE:
		r, w, err := os.Pipe()
		if err != nil {
			return fail(err)
		}
		cmd.Stdout, p.outR, outW = w, r, w
		closeAfter = append(closeAfter, w)
	case DEVNULL:
		cmd.Stdout = nil
	case nil:
		// the child writes to fd 1 directly: what the script printed is
		// still in pyrt.Stdout's buffer, as in CPython (which does not flush)
		cmd.Stdout = os.Stdout
	default:
		cmd.Stdout = o.Stdout.(io.Writer)
	}
	switch o.Stderr {
	case PIPE:
		r, w, err := os.Pipe()
		if err != nil {
			return fail(err)
		}
		cmd.Stderr, p.errR = w, r
		closeAfter = append(closeAfter, w)
	case STDOUT:
		if outW != nil {
			cmd.Stderr = outW
		} else {
			cmd.Stderr = cmd.Stdout
		}
	case DEVNULL:
		cmd.Stderr = nil
	case nil:
		cmd.Stderr = os.Stderr
	default:
		cmd.Stderr = o.Stderr.(io.Writer)
	}
	if err := cmd.Start(); err != nil {
		return fail(startError(o, err))
	}
	for _, f := range closeAfter {
		f.Close()
	}
	p.Pid = cmd.Process.Pid
	go func() {
		p.waitErr = cmd.Wait()
		close(p.done)
	}()
	return p, nil
}

// streamArg normalises a stdin/stdout/stderr argument: nil or 0 (None)
// is nil, a *Stream is its file (its buffer is not flushed, as CPython
// passes only the descriptor).
func streamArg(v any) any {
	switch x := v.(type) {
	case nil:
		return nil
	case int:
		if x == 0 {
			return nil
		}
		return x
	case *Stream:
		return x.File()
	}
	return v
}

func lookPathIn(name, path string) (string, error) {
	for _, dir := range filepathSplitList(path) {
		if dir == "" {
			dir = "."
		}
		full := dir + "/" + name
		if fi, err := os.Stat(full); err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0 {
			return full, nil
		}
	}
	return "", exec.ErrNotFound
}

func filepathSplitList(path string) []string {
	out := []string{}
	start := 0
	for i := 0; i <= len(path); i++ {
		if i == len(path) || path[i] == ':' {
			out = append(out, path[start:i])
			start = i + 1
		}
	}
	return out
}

// startError converts a start failure into CPython's OSError.
func startError(o ProcOpts, err error) error {
	var ee *exec.Error
	if errors.As(err, &ee) {
		en := syscall.ENOENT
		if errors.Is(ee.Err, os.ErrPermission) {
			en = syscall.EACCES
		}
		return Wrap(errnoKind(en), fmt.Sprintf("[Errno %d] %s: %s", int(en), StrError(en), Repr(o.Args[0])), err)
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		if en, ok := errnoOf(pe.Err); ok {
			return Wrap(errnoKind(en), fmt.Sprintf("[Errno %d] %s: %s", int(en), StrError(en), Repr(o.Args[0])), err)
		}
	}
	return err
}

// returncode of a finished command: -N for a signal, as in Python.
func (p *Popen) exitCode() int {
	st := p.cmd.ProcessState
	if st == nil {
		return -1
	}
	if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return -int(ws.Signal())
	}
	return st.ExitCode()
}

// communicate writes input, reads the pipes to EOF and waits for the
// process, at most timeout seconds when hasTimeout.
func (p *Popen) communicate(input *string, timeout float64, hasTimeout bool) (out, errOut []byte, timedOut bool) {
	var wg sync.WaitGroup
	var outBuf, errBuf bytes.Buffer
	var mu sync.Mutex
	if p.stdinW != nil {
		w := p.stdinW
		p.stdinW = nil
		wg.Add(1)
		go func() {
			defer wg.Done()
			if input != nil {
				_, _ = io.WriteString(w, *input) // BrokenPipe ignored, as CPython
			}
			w.Close()
		}()
	}
	read := func(r *os.File, b *bytes.Buffer) {
		defer wg.Done()
		buf := make([]byte, 32*1024)
		for {
			n, err := r.Read(buf)
			if n > 0 {
				mu.Lock()
				b.Write(buf[:n])
				mu.Unlock()
			}
			if err != nil {
				return
			}
		}
	}
	if p.outR != nil {
		wg.Add(1)
		go read(p.outR, &outBuf)
	}
	if p.errR != nil {
		wg.Add(1)
		go read(p.errR, &errBuf)
	}
	all := make(chan struct{})
	go func() {
		wg.Wait()
		<-p.done
		close(all)
	}()
	var timer <-chan time.Time
	if hasTimeout {
		timer = time.After(time.Duration(timeout * float64(time.Second)))
	}
	select {
	case <-all:
	case <-timer:
		timedOut = true
	}
	mu.Lock()
	out, errOut = append([]byte(nil), outBuf.Bytes()...), append([]byte(nil), errBuf.Bytes()...)
	mu.Unlock()
	if !timedOut {
		p.closePipes()
		p.finished = true
		p.Returncode = p.exitCode()
	}
	return out, errOut, timedOut
}

func (p *Popen) closePipes() {
	for _, f := range []*os.File{p.outR, p.errR} {
		if f != nil {
			f.Close()
		}
	}
	p.outR, p.errR = nil, nil
}

// kill sends SIGKILL and reaps the child.
func (p *Popen) kill() {
	_ = p.cmd.Process.Kill()
	<-p.done
	p.closePipes()
	p.finished = true
	p.Returncode = p.exitCode()
}

func (p *Popen) timeoutError(out, errOut []byte) error {
	o := p.opts
	so, _ := p.decode(out)
	se, _ := p.decode(errOut)
	return &ProcError{Kind: "TimeoutExpired", Cmd: o.Cmd, Timeout: o.Timeout, Output: so, ErrOutput: se,
		msg: fmt.Sprintf("Command '%s' timed out after %s seconds", cmdStr(o.Cmd), o.TimeoutText)}
}

// Run is subprocess.run(...): returns the CompletedProcess, or the
// CalledProcessError (check=True), TimeoutExpired or OSError Python raises.
func Run(o ProcOpts) (*CompletedProcess, error) {
	if o.Cmd == nil {
		o.Cmd = o.Args
	}
	p, err := startProc(o)
	if err != nil {
		return nil, err
	}
	out, errOut, timedOut := p.communicate(o.Input, o.Timeout, o.HasTimeout)
	if timedOut {
		p.kill()
		return nil, p.timeoutError(out, errOut)
	}
	so, err := p.decode(out)
	if err != nil {
		return nil, err
	}
	se, err := p.decode(errOut)
	if err != nil {
		return nil, err
	}
	cp := &CompletedProcess{Args: o.Cmd, Returncode: p.Returncode, Stdout: so, Stderr: se}
	if o.Check && cp.Returncode != 0 {
		return nil, newCalledProcessError(o.Cmd, cp.Returncode, so, se)
	}
	return cp, nil
}

// CheckOutput is subprocess.check_output(...): the captured stdout.
func CheckOutput(o ProcOpts) (string, error) {
	o.Stdout = PIPE
	o.Check = true
	cp, err := Run(o)
	if err != nil {
		return "", err
	}
	return cp.Stdout, nil
}

// Call is subprocess.call(...): the return code.
func Call(o ProcOpts) (int, error) {
	o.Check = false
	cp, err := Run(o)
	if err != nil {
		return 0, err
	}
	return cp.Returncode, nil
}

// CheckCall is subprocess.check_call(...): 0 or CalledProcessError.
func CheckCall(o ProcOpts) (int, error) {
	o.Check = true
	cp, err := Run(o)
	if err != nil {
		return 0, err
	}
	return cp.Returncode, nil
}

// CheckReturncode is cp.check_returncode().
func (cp *CompletedProcess) CheckReturncode() error {
	if cp.Returncode != 0 {
		return newCalledProcessError(cp.Args, cp.Returncode, cp.Stdout, cp.Stderr)
	}
	return nil
}

// StartPopen is subprocess.Popen(...).
func StartPopen(o ProcOpts) (*Popen, error) {
	if o.Cmd == nil {
		o.Cmd = o.Args
	}
	return startProc(o)
}

// Communicate is p.communicate(input=..., timeout=...): (stdout, stderr).
// On timeout the child is NOT killed (as CPython) and TimeoutExpired is
// returned.
func (p *Popen) Communicate(input *string, timeout *float64) (Tuple2[string, string], error) {
	if input != nil && p.stdinW == nil {
		return Tuple2[string, string]{}, NewError("ValueError", "Cannot send input after starting communication")
	}
	var t float64
	if timeout != nil {
		t = *timeout
	}
	out, errOut, timedOut := p.communicate(input, t, timeout != nil)
	if timedOut {
		o := p.opts
		o.Timeout = t
		o.TimeoutText = Str(t)
		q := *p
		q.opts = o
		return Tuple2[string, string]{}, q.timeoutError(out, errOut)
	}
	so, err := p.decode(out)
	if err != nil {
		return Tuple2[string, string]{}, err
	}
	se, err := p.decode(errOut)
	if err != nil {
		return Tuple2[string, string]{}, err
	}
	return Tuple2[string, string]{V0: so, V1: se}, nil
}

// Wait is p.wait(): waits for the process (pipes are not read) and returns
// the return code.
func (p *Popen) Wait() int {
	if !p.finished {
		if p.stdinW != nil {
			p.stdinW.Close()
			p.stdinW = nil
		}
		<-p.done
		p.finished = true
		p.Returncode = p.exitCode()
	}
	return p.Returncode
}

// Poll is p.poll(): the return code, or nil while running.
func (p *Popen) Poll() *int {
	select {
	case <-p.done:
		p.finished = true
		p.Returncode = p.exitCode()
		rc := p.Returncode
		return &rc
	default:
		return nil
	}
}

// Kill is p.kill() (SIGKILL), Terminate is p.terminate() (SIGTERM).
func (p *Popen) Kill() { _ = p.cmd.Process.Signal(syscall.SIGKILL) }

// Terminate sends SIGTERM.
func (p *Popen) Terminate() { _ = p.cmd.Process.Signal(syscall.SIGTERM) }

// StdoutPipe is p.stdout for line iteration (universal newlines in text mode).
func (p *Popen) StdoutPipe() io.Reader {
	if p.outR == nil {
		panic(NewError("AttributeError", "'NoneType' object has no attribute '__iter__'"))
	}
	return p.outR
}

// StdinWrite is p.stdin.write(s).
func (p *Popen) StdinWrite(s string) error {
	if p.stdinW == nil {
		return NewError("ValueError", "write to closed file")
	}
	_, err := io.WriteString(p.stdinW, s)
	return err
}

// StdinClose is p.stdin.close().
func (p *Popen) StdinClose() {
	if p.stdinW != nil {
		p.stdinW.Close()
		p.stdinW = nil
	}
}

// EnvironCopy is dict(os.environ) / os.environ.copy() / os.environ used as a value: a
// snapshot, in the process environment's order.
func EnvironCopy() *Dict[string, string] {
	d := NewDict[string, string]()
	for _, kv := range os.Environ() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				d.Set(kv[:i], kv[i+1:])
				break
			}
		}
	}
	return d
}

// ShellCmd is the argv for `args, shell=shell`: ["/bin/sh", "-c", cmd]
// when shell is true, else the program cmd without arguments.
func ShellCmd(shell bool, cmd string) []string {
	if shell {
		return ShellArgs(cmd)
	}
	return []string{cmd}
}

// Bytes turns a (text, error) result into (bytes, error).
func Bytes(s string, err error) ([]byte, error) {
	if err != nil {
		return nil, err
	}
	return []byte(s), nil
}

// DecodeUTF8 is b.decode(): strict UTF-8 (CPython's UnicodeDecodeError
// text), no newline translation.
func DecodeUTF8(b []byte) (string, error) {
	if st, en, reason, _, ok := utf8Check(b, true); !ok {
		return "", decodeError(b, st, en, reason)
	}
	return string(b), nil
}

// ModError is an exception of a stdlib module class that CPython prints
// module-qualified in a traceback (csv.Error as "_csv.Error",
// shutil.Error, gzip.BadGzipFile): PyKinds starts with that name, then
// the class chain, so `except csv.Error` (IsKind "Error") matches.
type ModError struct {
	Qual  string   // traceback name, e.g. "_csv.Error"
	Kinds []string // class chain, e.g. ["Error", "Exception", "BaseException"]
	Msg   string
}

func (e *ModError) Error() string { return e.Qual + ": " + e.Msg }

// PyStr is str(e).
func (e *ModError) PyStr() string { return e.Msg }

// PyKinds is the traceback name then the class chain.
func (e *ModError) PyKinds() []string { return append([]string{e.Qual}, e.Kinds...) }

// PyRepr is repr(e).
func (e *ModError) PyRepr() string { return e.Kinds[0] + "(" + Repr(e.Msg) + ")" }

func newModError(qual, msg string, kinds ...string) *ModError {
	return &ModError{Qual: qual, Kinds: append(kinds, "Exception", "BaseException"), Msg: msg}
}
