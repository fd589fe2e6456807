package pyrt

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// Expectations printed by CPython 3.11 (threading.Event/RLock/Condition, queue.get(timeout=),
// concurrent.futures.as_completed(timeout=)).
func TestConcSyncCPython(t *testing.T) {
	runPyCases(t, []pyCase{
		{"queue.Queue().get(timeout=-1)", func() string {
			_, err := NewQueue[int]().GetTimeout(-1)
			return errOf(err)
		}, "panic:ValueError: 'timeout' must be a non-negative number"},
		{"queue.Queue().get(timeout=0.05)", func() string {
			_, err := NewQueue[int]().GetTimeout(0.05)
			return errOf(err)
		}, "panic:Empty: "},
		{"q.put(7); q.get(timeout=0.05)", func() string {
			q := NewQueue[int]()
			q.Put(7)
			v, err := q.GetTimeout(0.05)
			return i2s(v) + " " + errOf(err)
		}, "7 ok"},
		{"threading.RLock().release()", func() string { NewRLock().Release(); return "" },
			"panic:RuntimeError: cannot release un-acquired lock"},
		{"threading.Condition().wait(0.1)", func() string { NewCondition(nil).WaitTimeout(0.1); return "" },
			"panic:RuntimeError: cannot wait on un-acquired lock"},
		{"threading.Condition().notify()", func() string { NewCondition(nil).Notify(1); return "" },
			"panic:RuntimeError: cannot notify on un-acquired lock"},
		{"threading.Condition(threading.Lock()).wait(0.1)", func() string {
			NewConditionWithLock(NewLock()).WaitTimeout(0.1)
			return ""
		}, "panic:RuntimeError: cannot wait on un-acquired lock"},
		{"with c: c.wait(0.05)", func() string {
			c := NewConditionWithLock(NewLock())
			c.Acquire()
			defer c.Release()
			return b2s(c.WaitTimeout(0.05))
		}, "False"},
		{"e.wait(0.01), e.is_set()", func() string {
			e := NewEvent()
			return b2s(e.WaitTimeout(0.01)) + " " + b2s(e.IsSet())
		}, "False False"},
		{"e.set(); e.wait(0.01), e.wait(-1)", func() string {
			e := NewEvent()
			e.Set()
			return b2s(e.WaitTimeout(0.01)) + " " + b2s(e.WaitTimeout(-1))
		}, "True True"},
		{"e.set(); e.clear(); e.is_set(), e.wait(-1)", func() string {
			e := NewEvent()
			e.Set()
			e.Clear()
			return b2s(e.IsSet()) + " " + b2s(e.WaitTimeout(-1))
		}, "False False"},
		{"as_completed([sleep(0), sleep(0.5), sleep(0.6), fs[0]], timeout=0.2)", func() string {
			e := NewExecutor(2)
			var fs []*Future[int]
			for _, d := range []time.Duration{0, 500, 600} {
				fs = append(fs, Submit(e, func() int { time.Sleep(d * time.Millisecond); return 0 }))
			}
			time.Sleep(50 * time.Millisecond)
			it := AsCompletedTimeout(append(fs, fs[0]), 0.2)
			n := 0
			for f := it.Next(); f != nil; f = it.Next() {
				n++
			}
			return errOf(it.Err()) + " " + i2s(n)
		}, "panic:TimeoutError: 2 (of 3) futures unfinished 1"},
		{"t.start(); t.daemon = True", func() string {
			th := NewThread("print", func() any { return nil }, false)
			th.Start()
			th.Join()
			th.SetDaemon(true)
			return ""
		}, "panic:RuntimeError: cannot set daemon status of active thread"},
	})
}

// An RLock is reentrant for its owner and excludes other goroutines until fully released;
// a Condition's wait releases every level of it and notify wakes waiters first-in first-out.
func TestRLockAndCondition(t *testing.T) {
	l := NewRLock()
	l.Acquire()
	l.Acquire()
	got := make(chan bool)
	go func() { l.Acquire(); got <- true; l.Release() }()
	l.Release()
	select {
	case <-got:
		t.Fatal("another goroutine took an RLock still held once")
	case <-time.After(50 * time.Millisecond):
	}
	l.Release()
	select {
	case <-got:
	case <-time.After(time.Second):
		t.Fatal("RLock not handed over after full release")
	}

	c := NewCondition(nil)
	order := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		go func() {
			c.Acquire()
			c.Acquire() // two levels: wait must release both
			order <- -i
			c.Wait()
			order <- i
			c.Release()
			c.Release()
		}()
		if v := <-order; v != -i {
			t.Fatalf("waiter %d not waiting: %d", i, v)
		}
	}
	for i := 1; i <= 3; i++ {
		c.Acquire()
		c.Notify(1)
		c.Release()
		if v := <-order; v != i {
			t.Fatalf("notify woke %d, want %d (FIFO)", v, i)
		}
	}
}

// requests' _basic_auth_str, from CPython with requests 2.x.
func TestBasicAuthHeader(t *testing.T) {
	runPyCases(t, []pyCase{
		{"_basic_auth_str('admin', 'pw')", func() string { v, _ := BasicAuthHeader("admin", "pw"); return v }, "Basic YWRtaW46cHc="},
		{"_basic_auth_str('dé', 'ü')", func() string { v, _ := BasicAuthHeader("dé", "ü"); return v }, "Basic ZOk6/A=="},
		{"_basic_auth_str('', '')", func() string { v, _ := BasicAuthHeader("", ""); return v }, "Basic Og=="},
		{"_basic_auth_str('user:x', 'p@ss w')", func() string { v, _ := BasicAuthHeader("user:x", "p@ss w"); return v }, "Basic dXNlcjp4OnBAc3Mgdw=="},
		{"_basic_auth_str('a', '€')", func() string { _, err := BasicAuthHeader("a", "€"); return errOf(err) },
			`panic:UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 0: ordinal not in range(256)`},
		{"_basic_auth_str('abĀ', 'x')", func() string { _, err := BasicAuthHeader("abĀ", "x"); return errOf(err) },
			`panic:UnicodeEncodeError: 'latin-1' codec can't encode character '\u0100' in position 2: ordinal not in range(256)`},
	})
}

// s.auth is sent with every request of the session; a request's own auth= wins, as in requests.
func TestSessionAuth(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(r.Header.Get("Authorization")))
	}))
	t.Cleanup(srv.Close)
	s := NewHTTPSession()
	r, err := s.Request("GET", srv.URL, HTTPOpts{})
	if err != nil || string(r.Body) != "" {
		t.Fatalf("no auth: %q %v", r.Body, err)
	}
	s.SetAuth(Tuple2[string, string]{V0: "admin", V1: "pw"})
	r, _ = s.Request("GET", srv.URL, HTTPOpts{})
	if string(r.Body) != "Basic YWRtaW46cHc=" {
		t.Fatalf("session auth: %q", r.Body)
	}
	r, _ = s.Request("GET", srv.URL, HTTPOpts{Auth: &Tuple2[string, string]{V0: "", V1: ""}})
	if string(r.Body) != "Basic Og==" {
		t.Fatalf("call auth: %q", r.Body)
	}
	if r.Elapsed.TotalSeconds() < 0 || r.Elapsed.TotalSeconds() > 5 {
		t.Fatalf("elapsed: %v", r.Elapsed.TotalSeconds())
	}
}
