package pyrt

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Executor is concurrent.futures.ThreadPoolExecutor: tasks run in FIFO order
// on at most max worker goroutines, started lazily as CPython starts threads
// (a new one only when no worker is idle).
type Executor struct {
	mu       sync.Mutex
	cond     *sync.Cond
	queue    []func()
	max      int
	workers  int
	idle     int
	shutdown bool
	wg       sync.WaitGroup
}

// DefaultMaxWorkers is CPython 3.11's default max_workers: min(32, cpu_count + 4).
func DefaultMaxWorkers() int {
	return min(32, runtime.NumCPU()+4)
}

// NewExecutor is ThreadPoolExecutor(max_workers=n).
func NewExecutor(maxWorkers int) *Executor {
	if maxWorkers <= 0 {
		Throw("ValueError", "max_workers must be greater than 0")
	}
	e := &Executor{max: maxWorkers}
	e.cond = sync.NewCond(&e.mu)
	return e
}

func (e *Executor) enqueue(task func()) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.shutdown {
		Throw("RuntimeError", "cannot schedule new futures after shutdown")
	}
	nonDaemon.Add(1) // CPython's exit handler lets every queued call run, even after shutdown(wait=False)
	e.queue = append(e.queue, func() {
		defer nonDaemon.Done()
		task()
	})
	if e.idle > 0 {
		e.idle--
		e.cond.Signal()
		return
	}
	if e.workers < e.max {
		e.workers++
		e.wg.Add(1)
		go e.work()
	}
}

func (e *Executor) work() {
	defer e.wg.Done()
	e.mu.Lock()
	for {
		for len(e.queue) == 0 && !e.shutdown {
			e.idle++
			e.cond.Wait()
		}
		if len(e.queue) == 0 {
			e.mu.Unlock()
			return
		}
		task := e.queue[0]
		e.queue[0] = nil
		e.queue = e.queue[1:]
		e.mu.Unlock()
		task()
		e.mu.Lock()
	}
}

// Shutdown is ex.shutdown(wait=True) (also the end of `with ... as ex`): no new
// tasks, then wait until every queued task has run. Calling it again is a no-op wait.
func (e *Executor) Shutdown() {
	e.mu.Lock()
	e.shutdown = true
	e.cond.Broadcast()
	e.mu.Unlock()
	e.wg.Wait()
}

// ShutdownNoWait is ex.shutdown(wait=False): no new tasks, and return at once;
// the queued calls still run, and the program waits for them at exit as CPython does.
func (e *Executor) ShutdownNoWait() {
	e.mu.Lock()
	e.shutdown = true
	e.cond.Broadcast()
	e.mu.Unlock()
}

// Future states, as concurrent.futures.Future's.
const (
	futPending = iota
	futRunning
	futCancelled
	futFinished
)

// Future is a concurrent.futures.Future holding the result or the exception
// of one call.
type Future[T any] struct {
	mu    sync.Mutex
	state int
	done  chan struct{}
	val   T
	err   error
}

func newFuture[T any]() *Future[T] {
	return &Future[T]{done: make(chan struct{})}
}

// run calls fn unless the future was cancelled; a panic (a Python exception
// raised in fn, or sys.exit) becomes the future's exception, as CPython's
// worker catches BaseException.
func (f *Future[T]) run(fn func() T) {
	f.mu.Lock()
	if f.state != futPending {
		f.mu.Unlock()
		return
	}
	f.state = futRunning
	f.mu.Unlock()
	var val T
	var err error
	func() {
		defer func() {
			if r := recover(); r != nil {
				err = panicError(r)
			}
		}()
		val = fn()
	}()
	f.mu.Lock()
	f.val, f.err, f.state = val, err, futFinished
	f.mu.Unlock()
	close(f.done)
}

func panicError(r any) error {
	if err, ok := convertPanic(r, true); ok {
		return err
	}
	return NewError("RuntimeError", fmt.Sprint(r))
}

// Submit is ex.submit(fn): fn (with its arguments already bound, see Bind1)
// runs on a worker.
func Submit[T any](e *Executor, fn func() T) *Future[T] {
	f := newFuture[T]()
	e.enqueue(func() { f.run(fn) })
	return f
}

// Result is fut.result(): wait, then the value or the exception the call raised.
func (f *Future[T]) Result() (T, error) {
	<-f.done
	return f.val, f.err
}

// ResultTimeout is fut.result(timeout=s): TimeoutError when the call has not
// finished after s seconds (the call keeps running, as in CPython).
func (f *Future[T]) ResultTimeout(seconds float64) (T, error) {
	if seconds < 0 {
		seconds = 0
	}
	timer := time.NewTimer(time.Duration(seconds * float64(time.Second)))
	defer timer.Stop()
	select {
	case <-f.done:
		return f.val, f.err
	case <-timer.C:
		var zero T
		return zero, NewError("TimeoutError", "")
	}
}

// Exception is fut.exception(): wait, then the exception or nil (None).
func (f *Future[T]) Exception() error {
	<-f.done
	return f.err
}

// Done is fut.done().
func (f *Future[T]) Done() bool {
	select {
	case <-f.done:
		return true
	default:
		return false
	}
}

// Cancel is fut.cancel(): only a call that has not started can be cancelled;
// its result() then raises CancelledError.
func (f *Future[T]) Cancel() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch f.state {
	case futCancelled:
		return true
	case futPending:
		f.state = futCancelled
		f.err = NewError("CancelledError", "")
		close(f.done)
		return true
	}
	return false
}

// Cancelled is fut.cancelled().
func (f *Future[T]) Cancelled() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state == futCancelled
}

// PyRepr is repr(fut) without the address CPython prints.
func (f *Future[T]) PyRepr() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	state := [...]string{"pending", "running", "cancelled", "finished"}[f.state]
	return "<Future state=" + state + ">"
}

// AsCompleted is concurrent.futures.as_completed(fs): each distinct future
// once, in the order they finish (finished ones first).
func AsCompleted[T any](fs []*Future[T]) <-chan *Future[T] {
	seen := make(map[*Future[T]]bool, len(fs))
	uniq := make([]*Future[T], 0, len(fs))
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			uniq = append(uniq, f)
		}
	}
	ch := make(chan *Future[T], len(uniq))
	var pending []*Future[T]
	for _, f := range uniq {
		if f.Done() {
			ch <- f
		} else {
			pending = append(pending, f)
		}
	}
	var wg sync.WaitGroup
	for _, f := range pending {
		wg.Add(1)
		go func(f *Future[T]) {
			defer wg.Done()
			<-f.done
			ch <- f
		}(f)
	}
	go func() {
		wg.Wait()
		close(ch)
	}()
	return ch
}

// Wait is concurrent.futures.wait(fs) (return_when=ALL_COMPLETED, no
// timeout): (done, not_done) sets; not_done is always empty.
func Wait[T any](fs []*Future[T]) Tuple2[*Set[*Future[T]], *Set[*Future[T]]] {
	done := NewSet[*Future[T]]()
	for _, f := range fs {
		<-f.done
		done.Add(f)
	}
	return Tuple2[*Set[*Future[T]], *Set[*Future[T]]]{V0: done, V1: NewSet[*Future[T]]()}
}

// Map is ex.map(fn, xs): every call is submitted at once; MapResults or a loop
// over the futures reads the results in input order.
func Map[A, R any](e *Executor, fn func(A) R, xs []A) []*Future[R] {
	fs := make([]*Future[R], len(xs))
	for i, x := range xs {
		fs[i] = Submit(e, func() R { return fn(x) })
	}
	return fs
}

// MapResults is list(ex.map(fn, xs)): the results in input order; the first
// exception in that order is raised and the calls not started yet are
// cancelled, as CPython's result iterator does.
func MapResults[R any](fs []*Future[R]) ([]R, error) {
	out := make([]R, 0, len(fs))
	for i, f := range fs {
		v, err := f.Result()
		if err != nil {
			CancelRest(fs[i+1:])
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// CancelRest cancels the calls that have not started (ex.map's iterator
// being left by an exception).
func CancelRest[R any](fs []*Future[R]) {
	for _, f := range fs {
		f.Cancel()
	}
}

// Bind1 binds the arguments of a submitted call or a thread's target now, as
// Python evaluates them at ex.submit(fn, a) / Thread(args=(a,)).
func Bind1[A, R any](fn func(A) R, a A) func() R { return func() R { return fn(a) } }

// Bind2 is Bind1 for two arguments.
func Bind2[A, B, R any](fn func(A, B) R, a A, b B) func() R { return func() R { return fn(a, b) } }

// Bind3 is Bind1 for three arguments.
func Bind3[A, B, C, R any](fn func(A, B, C) R, a A, b B, c C) func() R {
	return func() R { return fn(a, b, c) }
}

// Bind4 is Bind1 for four arguments.
func Bind4[A, B, C, D, R any](fn func(A, B, C, D) R, a A, b B, c C, d D) func() R {
	return func() R { return fn(a, b, c, d) }
}

// Bind5 is Bind1 for five arguments.
func Bind5[A, B, C, D, E, R any](fn func(A, B, C, D, E) R, a A, b B, c C, d D, e E) func() R {
	return func() R { return fn(a, b, c, d, e) }
}

// Bind6 is Bind1 for six arguments.
func Bind6[A, B, C, D, E, F, R any](fn func(A, B, C, D, E, F) R, a A, b B, c C, d D, e E, f F) func() R {
	return func() R { return fn(a, b, c, d, e, f) }
}

var (
	threadMu      sync.Mutex
	threadCounter int
	nonDaemon     sync.WaitGroup
)

// Thread is threading.Thread(target=fn, args=..., daemon=...).
type Thread struct {
	Name    string
	daemon  bool
	run     func()
	mu      sync.Mutex
	started bool
	done    chan struct{}
}

// NewThread creates a thread for fn (arguments bound with Bind1..); target is
// the function's name, shown in the default thread name `Thread-N (target)`.
func NewThread[T any](target string, fn func() T, daemon bool) *Thread {
	threadMu.Lock()
	threadCounter++
	n := threadCounter
	threadMu.Unlock()
	name := "Thread-" + strconv.Itoa(n)
	if target != "" {
		name += " (" + target + ")"
	}
	return &Thread{Name: name, daemon: daemon, run: func() { fn() }, done: make(chan struct{})}
}

// Start is t.start(): an exception in the target is printed to stderr as
// CPython's threading.excepthook does, and does not stop the program.
func (t *Thread) Start() {
	t.mu.Lock()
	if t.started {
		t.mu.Unlock()
		Throw("RuntimeError", "threads can only be started once")
	}
	t.started = true
	t.mu.Unlock()
	if !t.daemon {
		nonDaemon.Add(1)
	}
	go func() {
		defer func() {
			if !t.daemon {
				nonDaemon.Done()
			}
		}()
		defer close(t.done)
		defer func() {
			if r := recover(); r != nil {
				err := panicError(r)
				if se, ok := err.(*SystemExit); ok {
					_ = se // SystemExit ends the thread silently
					return
				}
				line := ExcName(err)
				if msg := ExcStr(err); msg != "" {
					line += ": " + msg
				}
				_, _ = Stderr.WriteString("Exception in thread " + t.Name + ":\nTraceback (most recent call last):\n  File \"<go>\", line 0, in run\n" + line + "\n")
				_ = Stderr.Flush()
			}
		}()
		t.run()
	}()
}

// SetDaemon is t.daemon = flag: only before start(), as CPython.
func (t *Thread) SetDaemon(daemon bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.started {
		Throw("RuntimeError", "cannot set daemon status of active thread")
	}
	t.daemon = daemon
}

// Join is t.join().
func (t *Thread) Join() {
	t.mu.Lock()
	started := t.started
	t.mu.Unlock()
	if !started {
		Throw("RuntimeError", "cannot join thread before it is started")
	}
	<-t.done
}

// JoinTimeout is t.join(timeout=s): returns after s seconds at the latest.
func (t *Thread) JoinTimeout(seconds float64) {
	t.mu.Lock()
	started := t.started
	t.mu.Unlock()
	if !started {
		Throw("RuntimeError", "cannot join thread before it is started")
	}
	timer := time.NewTimer(time.Duration(max(seconds, 0) * float64(time.Second)))
	defer timer.Stop()
	select {
	case <-t.done:
	case <-timer.C:
	}
}

// IsAlive is t.is_alive().
func (t *Thread) IsAlive() bool {
	t.mu.Lock()
	started := t.started
	t.mu.Unlock()
	if !started {
		return false
	}
	select {
	case <-t.done:
		return false
	default:
		return true
	}
}

// waitThreads is CPython's threading._shutdown: the program ends only when its
// non-daemon threads have finished.
func waitThreads() { nonDaemon.Wait() }

// Lock is threading.Lock(): not reentrant; release of an unlocked lock raises
// RuntimeError (Go's sync.Mutex would abort the program).
type Lock struct{ ch chan struct{} }

// NewLock is threading.Lock().
func NewLock() *Lock { return &Lock{ch: make(chan struct{}, 1)} }

// Acquire is lock.acquire() (blocking): always True.
func (l *Lock) Acquire() bool {
	l.ch <- struct{}{}
	return true
}

// TryAcquire is lock.acquire(blocking=False).
func (l *Lock) TryAcquire() bool {
	select {
	case l.ch <- struct{}{}:
		return true
	default:
		return false
	}
}

// Release is lock.release().
func (l *Lock) Release() {
	select {
	case <-l.ch:
	default:
		Throw("RuntimeError", "release unlocked lock")
	}
}

// Locked is lock.locked().
func (l *Lock) Locked() bool { return len(l.ch) == 1 }

// Queue is queue.Queue() (unbounded) with put/get/task_done/join.
type Queue[T any] struct {
	mu         sync.Mutex
	notEmpty   *sync.Cond
	allDone    *sync.Cond
	items      []T
	unfinished int
}

// NewQueue is queue.Queue().
func NewQueue[T any]() *Queue[T] {
	q := &Queue[T]{}
	q.notEmpty = sync.NewCond(&q.mu)
	q.allDone = sync.NewCond(&q.mu)
	return q
}

// Put is q.put(x).
func (q *Queue[T]) Put(x T) {
	q.mu.Lock()
	q.items = append(q.items, x)
	q.unfinished++
	q.notEmpty.Signal()
	q.mu.Unlock()
}

// Get is q.get(): blocks until an item is there.
func (q *Queue[T]) Get() T {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	return q.pop()
}

// GetNowait is q.get_nowait() / q.get(block=False): queue.Empty when empty.
func (q *Queue[T]) GetNowait() (T, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) == 0 {
		var zero T
		return zero, NewError("Empty", "")
	}
	return q.pop(), nil
}

func (q *Queue[T]) pop() T {
	x := q.items[0]
	var zero T
	q.items[0] = zero
	q.items = q.items[1:]
	return x
}

// TaskDone is q.task_done().
func (q *Queue[T]) TaskDone() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.unfinished <= 0 {
		Throw("ValueError", "task_done() called too many times")
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.allDone.Broadcast()
	}
}

// Join is q.join(): wait until every item put has been marked done.
func (q *Queue[T]) Join() {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.unfinished > 0 {
		q.allDone.Wait()
	}
}

// Empty is q.empty().
func (q *Queue[T]) Empty() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.items) == 0
}

// Qsize is q.qsize().
func (q *Queue[T]) Qsize() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.items)
}

// ErrOnly drops the value of a (value, error) pair: fut.result() of a call
// that returns None.
func ErrOnly[T any](_ T, err error) error { return err }

// MapDict is dict(zip(keys, ex.map(fn, xs))): each key with its call's result,
// up to the shorter of the two; the first exception in input order is raised
// and the calls not started yet are cancelled, as MapResults.
func MapDict[K comparable, R any](keys []K, fs []*Future[R]) (*Dict[K, R], error) {
	d := NewDict[K, R]()
	for i, f := range fs {
		if i >= len(keys) {
			break
		}
		v, err := f.Result()
		if err != nil {
			CancelRest(fs[i+1:])
			return nil, err
		}
		d.Set(keys[i], v)
	}
	return d, nil
}

// Semaphore is threading.Semaphore(n) / BoundedSemaphore(n): a counter that
// acquire() decrements (waiting at 0) and release() increments; a bounded one
// raises ValueError when released above its initial value.
type Semaphore struct {
	mu      sync.Mutex
	cond    *sync.Cond
	value   int
	initial int
	bounded bool
}

// NewSemaphore is threading.Semaphore(n) (bounded: BoundedSemaphore(n)).
func NewSemaphore(n int, bounded bool) *Semaphore {
	if n < 0 {
		Throw("ValueError", "semaphore initial value must be >= 0")
	}
	s := &Semaphore{value: n, initial: n, bounded: bounded}
	s.cond = sync.NewCond(&s.mu)
	return s
}

// Acquire is sem.acquire() (blocking): always True.
func (s *Semaphore) Acquire() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for s.value == 0 {
		s.cond.Wait()
	}
	s.value--
	return true
}

// TryAcquire is sem.acquire(blocking=False).
func (s *Semaphore) TryAcquire() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.value == 0 {
		return false
	}
	s.value--
	return true
}

// Release is sem.release().
func (s *Semaphore) Release() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.bounded && s.value >= s.initial {
		Throw("ValueError", "Semaphore released too many times")
	}
	s.value++
	s.cond.Signal()
}

// AsCompletedIter is concurrent.futures.as_completed(fs, timeout=s): Next gives each
// distinct future once, those already finished first, then in the order they finish;
// when a future is still pending at the deadline, Next ends the loop and Err is the
// TimeoutError CPython raises ("2 (of 3) futures unfinished").
type AsCompletedIter[T any] struct {
	ready    []*Future[T]
	pending  map[*Future[T]]bool
	finished chan *Future[T]
	deadline time.Time
	total    int
	err      error
}

// AsCompletedTimeout starts as_completed(fs, timeout=seconds); the clock starts now, as in CPython.
func AsCompletedTimeout[T any](fs []*Future[T], seconds float64) *AsCompletedIter[T] {
	it := &AsCompletedIter[T]{pending: map[*Future[T]]bool{}, deadline: time.Now().Add(time.Duration(seconds * float64(time.Second)))}
	var waiting []*Future[T]
	for _, f := range fs {
		if it.pending[f] {
			continue
		}
		it.pending[f] = true
		if f.Done() {
			it.ready = append(it.ready, f)
		} else {
			waiting = append(waiting, f)
		}
	}
	it.total = len(it.pending)
	it.finished = make(chan *Future[T], len(waiting))
	for _, f := range waiting {
		go func(f *Future[T]) {
			<-f.done
			it.finished <- f
		}(f)
	}
	return it
}

// Next is the next finished future, or nil at the end of the loop (see Err).
func (it *AsCompletedIter[T]) Next() *Future[T] {
	for {
		if len(it.ready) > 0 {
			f := it.ready[0]
			it.ready = it.ready[1:]
			delete(it.pending, f)
			return f
		}
		if len(it.pending) == 0 {
			return nil
		}
		left := time.Until(it.deadline)
		if left < 0 {
			it.err = NewError("TimeoutError", fmt.Sprintf("%d (of %d) futures unfinished", len(it.pending), it.total))
			return nil
		}
		timer := time.NewTimer(left)
		select {
		case f := <-it.finished:
			it.ready = append(it.ready, f)
			for more := true; more; {
				select {
				case g := <-it.finished:
					it.ready = append(it.ready, g)
				default:
					more = false
				}
			}
		case <-timer.C:
		}
		timer.Stop()
	}
}

// Err is the TimeoutError that ended the loop, or nil.
func (it *AsCompletedIter[T]) Err() error { return it.err }

// Event is threading.Event().
type Event struct {
	mu   sync.Mutex
	flag bool
	ch   chan struct{} // closed while the flag is set
}

// NewEvent is threading.Event().
func NewEvent() *Event { return &Event{ch: make(chan struct{})} }

// Set is ev.set(): wakes every waiter.
func (e *Event) Set() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.flag {
		e.flag = true
		close(e.ch)
	}
}

// Clear is ev.clear().
func (e *Event) Clear() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.flag {
		e.flag = false
		e.ch = make(chan struct{})
	}
}

// IsSet is ev.is_set().
func (e *Event) IsSet() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.flag
}

// Wait is ev.wait(): blocks until the flag is set; True.
func (e *Event) Wait() bool {
	e.mu.Lock()
	ch := e.ch
	e.mu.Unlock()
	<-ch
	return true
}

// WaitTimeout is ev.wait(timeout=s): True when the flag was set (or set meanwhile),
// False after s seconds without it; a negative timeout does not wait.
func (e *Event) WaitTimeout(seconds float64) bool {
	e.mu.Lock()
	ch := e.ch
	e.mu.Unlock()
	timer := time.NewTimer(time.Duration(max(seconds, 0) * float64(time.Second)))
	defer timer.Stop()
	select {
	case <-ch:
		return true
	case <-timer.C:
		return e.IsSet()
	}
}

// goid is the running goroutine's id: the owner of an RLock, as CPython records the
// owning thread (Go has no other way to name the caller).
func goid() int64 {
	var buf [64]byte
	n := runtime.Stack(buf[:], false)
	s := strings.TrimPrefix(string(buf[:n]), "goroutine ")
	id, _ := strconv.ParseInt(s[:strings.IndexByte(s, ' ')], 10, 64)
	return id
}

// RLock is threading.RLock(): the owning goroutine may acquire it again; it is
// free when released as many times; release by another goroutine raises RuntimeError.
type RLock struct {
	mu    sync.Mutex
	cond  *sync.Cond
	owner int64
	count int
}

// NewRLock is threading.RLock().
func NewRLock() *RLock {
	l := &RLock{}
	l.cond = sync.NewCond(&l.mu)
	return l
}

// Acquire is rlock.acquire() (blocking): always True.
func (l *RLock) Acquire() bool {
	id := goid()
	l.mu.Lock()
	defer l.mu.Unlock()
	for l.count > 0 && l.owner != id {
		l.cond.Wait()
	}
	l.owner = id
	l.count++
	return true
}

// Release is rlock.release().
func (l *RLock) Release() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.count == 0 || l.owner != goid() {
		Throw("RuntimeError", "cannot release un-acquired lock")
	}
	l.count--
	if l.count == 0 {
		l.cond.Signal()
	}
}

func (l *RLock) releaseSave() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := l.count
	l.count = 0
	l.cond.Signal()
	return n
}

func (l *RLock) acquireRestore(n int) {
	l.Acquire()
	l.mu.Lock()
	l.count = n
	l.mu.Unlock()
}

func (l *RLock) isOwned() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.count > 0 && l.owner == goid()
}

func (l *Lock) releaseSave() int   { l.Release(); return 0 }
func (l *Lock) acquireRestore(int) { l.Acquire() }
func (l *Lock) isOwned() bool {
	if l.TryAcquire() { // CPython's Condition._is_owned for a plain Lock
		l.Release()
		return false
	}
	return true
}

type condLock interface {
	Acquire() bool
	Release()
	releaseSave() int
	acquireRestore(int)
	isOwned() bool
}

// Condition is threading.Condition(lock=None): a lock (an RLock by default) with
// wait/notify; waiters wake in FIFO order, as CPython's.
type Condition struct {
	lock    condLock
	waiters []chan struct{} // guarded by lock, as CPython's
}

// NewCondition is threading.Condition() (lock nil: a new RLock) or Condition(lock).
func NewCondition(lock condLock) *Condition {
	if lock == nil {
		lock = NewRLock()
	}
	return &Condition{lock: lock}
}

// NewConditionWithLock is threading.Condition(lock) for a threading.Lock.
func NewConditionWithLock(lock *Lock) *Condition { return NewCondition(lock) }

// NewConditionWithRLock is threading.Condition(rlock).
func NewConditionWithRLock(lock *RLock) *Condition { return NewCondition(lock) }

// Acquire is cond.acquire() / entering `with cond:`.
func (c *Condition) Acquire() bool { return c.lock.Acquire() }

// Release is cond.release() / leaving `with cond:`.
func (c *Condition) Release() { c.lock.Release() }

// Wait is cond.wait(): release the lock, wait for a notify, take the lock back; True.
func (c *Condition) Wait() bool { return c.wait(-1) }

// WaitTimeout is cond.wait(timeout=s): False when s seconds passed without a notify.
func (c *Condition) WaitTimeout(seconds float64) bool { return c.wait(max(seconds, 0)) }

func (c *Condition) wait(seconds float64) bool {
	if !c.lock.isOwned() {
		Throw("RuntimeError", "cannot wait on un-acquired lock")
	}
	w := make(chan struct{}, 1)
	c.waiters = append(c.waiters, w)
	saved := c.lock.releaseSave()
	got := true
	if seconds < 0 {
		<-w
	} else {
		timer := time.NewTimer(time.Duration(seconds * float64(time.Second)))
		select {
		case <-w:
		case <-timer.C:
			got = false
		}
		timer.Stop()
	}
	c.lock.acquireRestore(saved)
	if !got {
		for i, x := range c.waiters {
			if x == w {
				c.waiters = append(c.waiters[:i], c.waiters[i+1:]...)
				break
			}
		}
	}
	return got
}

// Notify is cond.notify(n=1): wake up to n waiters.
func (c *Condition) Notify(n int) {
	if !c.lock.isOwned() {
		Throw("RuntimeError", "cannot notify on un-acquired lock")
	}
	for n > 0 && len(c.waiters) > 0 {
		c.waiters[0] <- struct{}{}
		c.waiters = c.waiters[1:]
		n--
	}
}

// NotifyAll is cond.notify_all().
func (c *Condition) NotifyAll() { c.Notify(len(c.waiters)) }

// GetTimeout is q.get(timeout=s): the first item, or queue.Empty after s seconds
// without one; a negative timeout is a ValueError, as in CPython.
func (q *Queue[T]) GetTimeout(seconds float64) (T, error) {
	var zero T
	if seconds < 0 {
		return zero, NewError("ValueError", "'timeout' must be a non-negative number")
	}
	deadline := time.Now().Add(time.Duration(seconds * float64(time.Second)))
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		left := time.Until(deadline)
		if left <= 0 {
			return zero, NewError("Empty", "")
		}
		timer := time.AfterFunc(left, func() {
			q.mu.Lock()
			q.notEmpty.Broadcast()
			q.mu.Unlock()
		})
		q.notEmpty.Wait()
		timer.Stop()
	}
	return q.pop(), nil
}
