package pyrt

import (
	"sync"
	"testing"
	"time"
)

// errOf renders a returned error as the table tests render a raised one.
func errOf(err error) string {
	if err == nil {
		return "ok"
	}
	return "panic:" + ExcName(err) + ": " + ExcStr(err)
}

// Expectations printed by CPython 3.11 (concurrent.futures, threading, queue).
func TestConcErrors(t *testing.T) {
	runPyCases(t, []pyCase{
		{"ThreadPoolExecutor(max_workers=0)", func() string { NewExecutor(0); return "" },
			"panic:ValueError: max_workers must be greater than 0"},
		{"ex.shutdown(); ex.submit(print, 1)", func() string {
			e := NewExecutor(1)
			e.Shutdown()
			Submit(e, func() int { return 1 })
			return ""
		}, "panic:RuntimeError: cannot schedule new futures after shutdown"},
		{"ex.submit(time.sleep, 0.3).result(timeout=0.01)", func() string {
			e := NewExecutor(1)
			defer e.Shutdown()
			f := Submit(e, func() int { time.Sleep(300 * time.Millisecond); return 1 })
			_, err := f.ResultTimeout(0.01)
			return errOf(err)
		}, "panic:TimeoutError: "},
		{"Thread(target=print).join()", func() string {
			NewThread("print", func() any { return nil }, false).Join()
			return ""
		}, "panic:RuntimeError: cannot join thread before it is started"},
		{"t.start(); t.join(); t.start()", func() string {
			th := NewThread("print", func() any { return nil }, false)
			th.Start()
			th.Join()
			th.Start()
			return ""
		}, "panic:RuntimeError: threads can only be started once"},
		{"threading.Lock().release()", func() string { NewLock().Release(); return "" },
			"panic:RuntimeError: release unlocked lock"},
		{"l.acquire(), l.locked(), l.acquire(blocking=False)", func() string {
			l := NewLock()
			return Repr(Tuple3[bool, bool, bool]{l.Acquire(), l.Locked(), l.TryAcquire()})
		}, "(True, True, False)"},
		{"queue.Queue().get_nowait()", func() string {
			_, err := NewQueue[int]().GetNowait()
			return errOf(err)
		}, "panic:Empty: "},
		{"queue.Queue().task_done()", func() string { NewQueue[int]().TaskDone(); return "" },
			"panic:ValueError: task_done() called too many times"},
		{"threading.Thread(target=work).name", func() string {
			name := NewThread("work", func() any { return nil }, false).Name
			return name[len(name)-6:]
		}, "(work)"},
	})
}

// A call's exception is kept in its future and raised by result(); a
// sys.exit inside the call is kept too (CPython's worker catches BaseException).
func TestFutureExceptions(t *testing.T) {
	e := NewExecutor(2)
	f1 := Submit(e, func() int { Throw("KeyError", "'web1'"); return 0 })
	f2 := Submit(e, func() int { Exit(3); return 0 })
	f3 := Submit(e, func() string { return "ok" })
	e.Shutdown()
	if _, err := f1.Result(); errOf(err) != "panic:KeyError: 'web1'" {
		t.Errorf("f1: %s", errOf(err))
	}
	if _, err := f2.Result(); err == nil || ExcName(err) != "SystemExit" {
		t.Errorf("f2: %v", err)
	}
	if v, err := f3.Result(); v != "ok" || err != nil || !f3.Done() || f3.Exception() != nil {
		t.Errorf("f3: %q %v", v, err)
	}
}

// max_workers=1 runs the calls one by one in submission order (FIFO), as
// CPython's work queue does.
func TestExecutorFIFO(t *testing.T) {
	e := NewExecutor(1)
	var mu sync.Mutex
	var order []int
	for i := range 20 {
		Submit(e, Bind1(func(n int) any {
			mu.Lock()
			order = append(order, n)
			mu.Unlock()
			return nil
		}, i))
	}
	e.Shutdown()
	for i, n := range order {
		if i != n {
			t.Fatalf("order %v", order)
		}
	}
	if len(order) != 20 {
		t.Fatalf("ran %d calls", len(order))
	}
}

// The pool never runs more than max_workers calls at once.
func TestExecutorBound(t *testing.T) {
	e := NewExecutor(3)
	var mu sync.Mutex
	running, peak := 0, 0
	for range 12 {
		Submit(e, func() any {
			mu.Lock()
			running++
			peak = max(peak, running)
			mu.Unlock()
			time.Sleep(5 * time.Millisecond)
			mu.Lock()
			running--
			mu.Unlock()
			return nil
		})
	}
	e.Shutdown()
	if peak > 3 || peak == 0 {
		t.Fatalf("peak concurrency %d", peak)
	}
}

// list(ex.map(work, [0, 1, 2, 3])) with max_workers=1 where work(1) raises:
// CPython prints "map stopped: [0] bad 1" and never runs work(3).
func TestMapResultsCancels(t *testing.T) {
	e := NewExecutor(1)
	var mu sync.Mutex
	var ran []int
	fs := Map(e, func(x int) int {
		mu.Lock()
		ran = append(ran, x)
		mu.Unlock()
		if x == 1 {
			Throw("ValueError", "bad 1")
		}
		time.Sleep(50 * time.Millisecond)
		return x * 10
	}, []int{0, 1, 2, 3})
	_, err := MapResults(fs)
	e.Shutdown()
	if errOf(err) != "panic:ValueError: bad 1" {
		t.Fatalf("err %s", errOf(err))
	}
	if !fs[3].Cancelled() {
		t.Errorf("work(3) was not cancelled")
	}
	for _, x := range ran {
		if x == 3 {
			t.Errorf("work(3) ran: %v", ran)
		}
	}
	if _, err := fs[3].Result(); errOf(err) != "panic:CancelledError: " {
		t.Errorf("cancelled result: %s", errOf(err))
	}
}

// as_completed yields every distinct future once; wait returns them all done.
func TestAsCompletedAndWait(t *testing.T) {
	e := NewExecutor(4)
	var fs []*Future[int]
	for i := range 8 {
		fs = append(fs, Submit(e, Bind1(func(n int) int {
			time.Sleep(time.Duration(8-n) * time.Millisecond)
			return n
		}, i)))
	}
	fs = append(fs, fs[0]) // a duplicate comes once
	sum, count := 0, 0
	for f := range AsCompleted(fs) {
		v, _ := f.Result()
		sum += v
		count++
	}
	if sum != 28 || count != 8 {
		t.Fatalf("sum %d count %d", sum, count)
	}
	w := Wait(fs)
	if w.V0.Len() != 8 || w.V1.Len() != 0 {
		t.Fatalf("wait: %d done, %d not done", w.V0.Len(), w.V1.Len())
	}
	e.Shutdown()
}

// Worker threads over a queue with task_done/join, counting under a Lock.
func TestThreadsQueueLock(t *testing.T) {
	q := NewQueue[int]()
	for i := 1; i <= 100; i++ {
		q.Put(i)
	}
	lock := NewLock()
	total := 0
	var threads []*Thread
	for range 4 {
		th := NewThread("worker", func() any {
			for {
				n, err := q.GetNowait()
				if err != nil {
					return nil
				}
				lock.Acquire()
				total += n
				lock.Release()
				q.TaskDone()
			}
		}, false)
		threads = append(threads, th)
		th.Start()
	}
	q.Join()
	for _, th := range threads {
		th.Join()
		if th.IsAlive() {
			t.Errorf("%s still alive after join", th.Name)
		}
	}
	if total != 5050 || !q.Empty() || q.Qsize() != 0 {
		t.Fatalf("total %d", total)
	}
}

// dict(zip(["a", "bb", "a"], ex.map(len, ...))) is {'a': 1, 'bb': 2} in CPython
// (a repeated key keeps its last value, the shorter input ends the zip).
func TestMapDict(t *testing.T) {
	e := NewExecutor(2)
	defer e.Shutdown()
	d, err := MapDict([]string{"a", "bb", "a"}, Map(e, func(s string) int { return Len(s) }, []string{"a", "bb", "a", "extra"}))
	if err != nil || Repr(d) != "{'a': 1, 'bb': 2}" {
		t.Fatalf("%v %s", err, Repr(d))
	}
}

func TestSemaphore(t *testing.T) {
	runPyCases(t, []pyCase{
		{"threading.BoundedSemaphore(1).release()", func() string { NewSemaphore(1, true).Release(); return "" },
			"panic:ValueError: Semaphore released too many times"},
		{"threading.Semaphore(-1)", func() string { NewSemaphore(-1, false); return "" },
			"panic:ValueError: semaphore initial value must be >= 0"},
		{"s = Semaphore(1); s.release(); [s.acquire(blocking=False) for _ in range(3)]", func() string {
			s := NewSemaphore(1, false)
			s.Release()
			return Repr([]bool{s.TryAcquire(), s.TryAcquire(), s.TryAcquire()})
		}, "[True, True, False]"},
	})
	// at most two holders at once
	s := NewSemaphore(2, false)
	var mu sync.Mutex
	holders, peak := 0, 0
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Acquire()
			mu.Lock()
			holders++
			peak = max(peak, holders)
			mu.Unlock()
			time.Sleep(2 * time.Millisecond)
			mu.Lock()
			holders--
			mu.Unlock()
			s.Release()
		}()
	}
	wg.Wait()
	if peak > 2 || peak == 0 {
		t.Fatalf("peak %d", peak)
	}
}
