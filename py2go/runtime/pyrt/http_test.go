package pyrt

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// Expectations below are what CPython 3.11 with requests 2.34 / urllib3 2.8 print against
// a local http.server (the probe script's output, with the port substituted).

func httpTestServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasPrefix(r.URL.Path, "/slow"):
			time.Sleep(500 * time.Millisecond)
		case strings.HasPrefix(r.URL.Path, "/missing"):
			w.WriteHeader(404)
			_, _ = w.Write([]byte("nope"))
			return
		case r.URL.Path == "/bad":
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte("not json"))
			return
		case r.URL.Path == "/latin":
			w.Header().Set("Content-Type", "text/plain")
			_, _ = w.Write([]byte{'c', 'a', 'f', 0xe9})
			return
		case r.URL.Path == "/echo":
			b, _ := io.ReadAll(r.Body)
			w.Header().Add("X-Multi", "a")
			w.Header().Add("X-Multi", "b")
			_, _ = w.Write([]byte(r.Method + " " + r.URL.RequestURI() + " " + r.Header.Get("Content-Type") + " " + string(b)))
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"a": 1}`))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func closedPort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	_ = l.Close()
	return addr
}

func TestRequestsErrors(t *testing.T) {
	srv := httpTestServer(t)
	port := srv.URL[strings.LastIndex(srv.URL, ":")+1:]
	bad := closedPort(t)
	badPort := bad[strings.LastIndex(bad, ":")+1:]
	cases := []struct {
		name, method, url string
		o                 HTTPOpts
		kind, str         string
	}{
		{"refused", "GET", "http://" + bad + "/x?y=1", HTTPOpts{}, "requests.exceptions.ConnectionError",
			"HTTPConnectionPool(host='127.0.0.1', port=" + badPort + "): Max retries exceeded with url: /x?y=1 (Caused by NewConnectionError(\"HTTPConnection(host='127.0.0.1', port=" + badPort + "): Failed to establish a new connection: [Errno 111] Connection refused\"))"},
		{"read timeout", "GET", srv.URL + "/slow", HTTPOpts{HasTimeout: true, Timeout: 0.1, TimeoutText: "0.1"}, "requests.exceptions.ReadTimeout",
			"HTTPConnectionPool(host='127.0.0.1', port=" + port + "): Read timed out. (read timeout=0.1)"},
		{"no scheme", "GET", "foo", HTTPOpts{}, "requests.exceptions.MissingSchema",
			"Invalid URL 'foo': No scheme supplied. Perhaps you meant https://foo?"},
	}
	for _, c := range cases {
		_, err := Requests(c.method, c.url, c.o)
		if err == nil || ExcName(err) != c.kind || ExcStr(err) != c.str {
			t.Errorf("%s: got %v / %q", c.name, err, ExcStr(err))
		}
	}
	_, err := Requests("GET", srv.URL+"/slow", HTTPOpts{HasTimeout: true, Timeout: 0.1, TimeoutText: "0.1"})
	for _, k := range []string{"requests.Timeout", "requests.RequestException", "OSError", "Exception"} {
		if !IsKind(err, k) {
			t.Errorf("ReadTimeout is not a %s", k)
		}
	}
	if IsKind(err, "requests.ConnectionError") || IsKind(err, "TimeoutError") {
		t.Error("ReadTimeout is neither requests.ConnectionError nor the builtin TimeoutError")
	}
	_, err = Requests("GET", "http://"+bad+"/", HTTPOpts{})
	if IsKind(err, "ConnectionError") || !IsKind(err, "requests.ConnectionError") {
		t.Error("requests' ConnectionError is not the builtin ConnectionError")
	}
}

func TestRequestsResponse(t *testing.T) {
	srv := httpTestServer(t)
	r, err := Requests("GET", srv.URL+"/missing", HTTPOpts{Params: DictOf(Tuple2[string, any]{"q", "a b"}, Tuple2[string, any]{"n", 3})})
	if err != nil || r.StatusCode != 404 || r.Ok() || r.Reason != "Not Found" {
		t.Fatalf("404: %v %+v", err, r)
	}
	err = r.RaiseForStatus()
	want := "404 Client Error: Not Found for url: " + srv.URL + "/missing?q=a+b&n=3"
	if ExcName(err) != "requests.exceptions.HTTPError" || ExcStr(err) != want || !IsKind(err, "requests.RequestException") {
		t.Fatalf("raise_for_status: %s %q", ExcName(err), ExcStr(err))
	}
	if ExcRepr(err) != "HTTPError('"+want+"')" {
		t.Errorf("repr: %s", ExcRepr(err))
	}
	r, _ = Requests("GET", srv.URL, HTTPOpts{})
	if r.URL != srv.URL+"/" || r.RaiseForStatus() != nil || r.HeaderItem("content-TYPE") != "application/json" {
		t.Errorf("root: %q", r.URL)
	}
	d, err := HTTPJSON[*Dict[string, any]](r)
	if err != nil || Repr(d) != "{'a': 1}" {
		t.Errorf("json: %v %s", err, Repr(d))
	}
	r, _ = Requests("GET", srv.URL+"/bad", HTTPOpts{})
	_, err = HTTPJSON[*Dict[string, any]](r)
	if ExcName(err) != "requests.exceptions.JSONDecodeError" || ExcStr(err) != "Expecting value: line 1 column 1 (char 0)" ||
		!IsKind(err, "ValueError") || !IsKind(err, "JSONDecodeError") || !IsKind(err, "requests.RequestException") {
		t.Errorf("json error: %s %q", ExcName(err), ExcStr(err))
	}
	func() {
		defer func() {
			if ex, ok := recover().(*Exception); !ok || ex.Error() != "KeyError: 'x-nope'" {
				t.Errorf("missing header: %v", ex)
			}
		}()
		r.HeaderItem("X-Nope")
	}()
	r, _ = Requests("GET", srv.URL+"/latin", HTTPOpts{})
	if r.Text() != "café" {
		t.Errorf("text/plain is ISO-8859-1 without a charset: %q", r.Text())
	}
	r, _ = Requests("POST", srv.URL+"/echo", HTTPOpts{JSON: DictOf(Tuple2[string, any]{"ok", true}, Tuple2[string, any]{"n", 1.5}), HasJSON: true})
	if r.Text() != `POST /echo application/json {"ok": true, "n": 1.5}` || r.HeaderItem("x-multi") != "a, b" {
		t.Errorf("json post: %q", r.Text())
	}
	r, _ = Requests("PUT", srv.URL+"/echo", HTTPOpts{Data: DictOf(Tuple2[string, string]{"a", "x y"}, Tuple2[string, string]{"b", "é"})})
	if r.Text() != "PUT /echo application/x-www-form-urlencoded a=x+y&b=%C3%A9" {
		t.Errorf("form put: %q", r.Text())
	}
}

func TestUrlopen(t *testing.T) {
	srv := httpTestServer(t)
	bad := closedPort(t)
	r, err := Urlopen(srv.URL+"/x", HTTPOpts{})
	if err != nil || r.StatusCode != 200 || string(r.Read()) != `{"a": 1}` || len(r.Read()) != 0 {
		t.Fatalf("urlopen: %v", err)
	}
	if *r.HeaderFirst("content-type") != "application/json" || r.HeaderFirst("X-Nope") != nil {
		t.Error("headers")
	}
	_, err = Urlopen(srv.URL+"/missing", HTTPOpts{})
	if ExcName(err) != "urllib.error.HTTPError" || ExcStr(err) != "HTTP Error 404: Not Found" || ExcRepr(err) != "<HTTPError 404: 'Not Found'>" ||
		NetErrCode(err) != 404 || NetErrReason(err) != "Not Found" || !IsKind(err, "urllib.URLError") || !IsKind(err, "OSError") {
		t.Errorf("HTTPError: %s %q %s", ExcName(err), ExcStr(err), ExcRepr(err))
	}
	if string(NetErrResponse(err).Read()) != "nope" {
		t.Error("e.read()")
	}
	_, err = Urlopen("http://"+bad+"/x", HTTPOpts{})
	if ExcName(err) != "urllib.error.URLError" || ExcStr(err) != "<urlopen error [Errno 111] Connection refused>" ||
		NetErrReason(err) != "[Errno 111] Connection refused" || IsKind(err, "urllib.HTTPError") {
		t.Errorf("URLError: %s %q", ExcName(err), ExcStr(err))
	}
	_, err = Urlopen(srv.URL+"/slow", HTTPOpts{HasTimeout: true, Timeout: 0.1})
	if ExcName(err) != "TimeoutError" || ExcStr(err) != "timed out" || IsKind(err, "urllib.URLError") {
		t.Errorf("timeout: %s %q", ExcName(err), ExcStr(err))
	}
	_, err = Urlopen("foo", HTTPOpts{})
	if ExcName(err) != "ValueError" || ExcStr(err) != "unknown url type: 'foo'" {
		t.Errorf("no scheme: %s %q", ExcName(err), ExcStr(err))
	}
	req := NewURLRequest(srv.URL+"/echo", []byte("a=1"), true, DictOf(Tuple2[string, string]{"x-token", "t"}), "")
	r, err = Urlopen(req, HTTPOpts{})
	if err != nil || string(r.Read()) != "POST /echo application/x-www-form-urlencoded a=1" || req.Headers[0][0] != "X-token" {
		t.Errorf("Request: %v", err)
	}
}

func TestURLParse(t *testing.T) {
	// urllib.parse.urlencode({'q': 'a b&c', 'n': 3, 'u': 'é'}), quote('/a b/é?'), quote('a/b', safe='')
	if got := URLEncode(DictOf(Tuple2[string, any]{"q", "a b&c"}, Tuple2[string, any]{"n", 3}, Tuple2[string, any]{"u", "é"})); got != "q=a+b%26c&n=3&u=%C3%A9" {
		t.Errorf("urlencode: %q", got)
	}
	if got := URLQuote("/a b/é?~", "/"); got != "/a%20b/%C3%A9%3F~" {
		t.Errorf("quote: %q", got)
	}
	if got := URLQuote("a/b", ""); got != "a%2Fb" {
		t.Errorf("quote safe='': %q", got)
	}
}

func TestWriteBytesAndBinary(t *testing.T) {
	// Path("x.bin").write_bytes(b"a\r\nb") == 4; open("y.bin", "wb").write(b"\x00\xff") == 2
	dir := t.TempDir()
	p := NewPath(dir + "/x.bin")
	if n, err := p.WriteBytes([]byte("a\r\nb")); n != 4 || err != nil {
		t.Fatalf("write_bytes: %d %v", n, err)
	}
	var buf strings.Builder
	if n, err := WriteBinary(&buf, []byte{0, 0xff}); n != 2 || err != nil || buf.String() != "\x00\xff" {
		t.Fatalf("write: %d %v", n, err)
	}
}

func TestExcTypeNameIsBare(t *testing.T) {
	// type(e).__name__ for requests.exceptions.ConnectionError, json.decoder.JSONDecodeError, ValueError
	_, jerr := JSONParse("x")
	for err, want := range map[error]string{
		&NetError{Kind: "requests.ConnectionError"}: "ConnectionError",
		jerr:                        "JSONDecodeError",
		NewError("ValueError", "x"): "ValueError",
	} {
		if got := ExcTypeName(err); got != want {
			t.Errorf("ExcTypeName = %q, want %q", got, want)
		}
	}
}

func TestHTTPSession(t *testing.T) {
	// s = requests.Session(); s.headers.update({"X-Token": "a"}); the server sets a cookie on /login,
	// later requests send it back; a request's own headers win over the session's.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/login" {
			http.SetCookie(w, &http.Cookie{Name: "sid", Value: "42"})
			return
		}
		c, _ := r.Cookie("sid")
		sid := ""
		if c != nil {
			sid = c.Value
		}
		_, _ = w.Write([]byte(r.Header.Get("X-Token") + " " + r.Header.Get("X-Other") + " " + sid))
	}))
	defer srv.Close()
	s := NewHTTPSession()
	s.UpdateHeaders(DictOf(Tuple2[string, string]{"X-Token", "a"}, Tuple2[string, string]{"X-Other", "o"}))
	s.UpdateHeaders(DictOf(Tuple2[string, string]{"x-token", "b"}))
	if _, err := s.Request("POST", srv.URL+"/login", HTTPOpts{}); err != nil {
		t.Fatal(err)
	}
	r, err := s.Request("GET", srv.URL+"/me", HTTPOpts{Headers: DictOf(Tuple2[string, string]{"X-Other", "mine"})})
	if err != nil || r.Text() != "b mine 42" {
		t.Fatalf("session: %v %q", err, r.Text())
	}
}
