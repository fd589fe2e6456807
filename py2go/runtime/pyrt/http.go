package pyrt

import (
	"bytes"
	"crypto/tls"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"
)

// HTTPResponse is a requests.Response or the response of urllib.request.urlopen. The body is
// read completely when the request is made (the connection is closed before the script sees
// the response), so Read returns what is left of it.
type HTTPResponse struct {
	StatusCode int
	Reason     string // the reason phrase the server sent ("Not Found")
	URL        string // the final URL (after redirects; requests' normalised form)
	Header     http.Header
	Body       []byte
	Elapsed    Timedelta // requests' r.elapsed: from sending the request to its headers parsed
	consumed   bool
}

// Close is resp.close() / the end of a `with urlopen(...)` block: the body is already read.
func (r *HTTPResponse) Close() {}

// Ok is requests' r.ok: the status is below 400.
func (r *HTTPResponse) Ok() bool { return r.StatusCode < 400 }

// Read is urllib's resp.read(): the whole body the first time, then b"".
func (r *HTTPResponse) Read() []byte {
	if r.consumed {
		return []byte{}
	}
	r.consumed = true
	return r.Body
}

// Text is requests' r.text: the body decoded with the charset of Content-Type, ISO-8859-1 for
// text/* without one, UTF-8 otherwise; undecodable bytes become U+FFFD (errors="replace").
func (r *HTTPResponse) Text() string {
	if httpCharset(r.Header.Get("Content-Type")) == "latin-1" {
		rs := make([]rune, len(r.Body))
		for i, b := range r.Body {
			rs[i] = rune(b)
		}
		return string(rs)
	}
	return strings.ToValidUTF8(string(r.Body), "\ufffd")
}

// httpCharset is requests.utils.get_encoding_from_headers, reduced to utf-8 or latin-1.
func httpCharset(ct string) string {
	if ct == "" {
		return "utf-8"
	}
	parts := strings.Split(ct, ";")
	for _, p := range parts[1:] {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "charset") {
			v = strings.ToLower(strings.Trim(strings.TrimSpace(v), "'\""))
			switch v {
			case "iso-8859-1", "latin-1", "latin1", "iso8859-1":
				return "latin-1"
			}
			return "utf-8"
		}
	}
	if strings.Contains(strings.ToLower(parts[0]), "text") {
		return "latin-1"
	}
	return "utf-8"
}

// HeaderItem is requests' r.headers[k]: case-insensitive, repeated headers joined with ", ",
// KeyError (of the lower-cased name) when absent.
func (r *HTTPResponse) HeaderItem(k string) string {
	vs, ok := r.Header[http.CanonicalHeaderKey(k)]
	if !ok {
		panic(keyError(strings.ToLower(k)))
	}
	return strings.Join(vs, ", ")
}

// HeaderGet is requests' r.headers.get(k) and urllib's resp.getheader(k): None when absent.
func (r *HTTPResponse) HeaderGet(k string) *string {
	vs, ok := r.Header[http.CanonicalHeaderKey(k)]
	if !ok {
		return nil
	}
	s := strings.Join(vs, ", ")
	return &s
}

// HeaderFirst is urllib's resp.headers[k] / resp.headers.get(k) (an email.message.Message):
// the first value, None when absent.
func (r *HTTPResponse) HeaderFirst(k string) *string {
	vs, ok := r.Header[http.CanonicalHeaderKey(k)]
	if !ok || len(vs) == 0 {
		return nil
	}
	return &vs[0]
}

// HTTPJSON is requests' r.json(): JSONLoads of the text; a decode error is
// requests.exceptions.JSONDecodeError (also a json.JSONDecodeError and a ValueError).
func HTTPJSON[T any](r *HTTPResponse) (T, error) {
	v, err := JSONLoads[T](r.Text())
	var je *JSONDecodeError
	if errors.As(err, &je) {
		return v, &NetError{Kind: "requests.JSONDecodeError", Msg: je.PyStr(), Err: err}
	}
	return v, err
}

// RaiseForStatus is requests' r.raise_for_status(), with its exact message.
func (r *HTTPResponse) RaiseForStatus() error {
	var kind string
	switch {
	case r.StatusCode >= 400 && r.StatusCode < 500:
		kind = "Client"
	case r.StatusCode >= 500 && r.StatusCode < 600:
		kind = "Server"
	default:
		return nil
	}
	msg := fmt.Sprintf("%d %s Error: %s for url: %s", r.StatusCode, kind, r.Reason, r.URL)
	return &NetError{Kind: "requests.HTTPError", Msg: msg, Response: r}
}

// NetError is an exception of urllib.error or requests.exceptions. Kind is a key of netKinds.
type NetError struct {
	Kind     string
	Msg      string        // str(e)
	Reason   string        // urllib's e.reason (as str)
	Response *HTTPResponse // urllib.error.HTTPError itself / requests' e.response
	Err      error
}

// netKinds lists each class chain, most specific first; the first name is what a traceback shows.
var netKinds = map[string][]string{
	"urllib.HTTPError":            {"urllib.error.HTTPError", "urllib.HTTPError", "urllib.URLError", "OSError"},
	"urllib.URLError":             {"urllib.error.URLError", "urllib.URLError", "OSError"},
	"requests.HTTPError":          {"requests.exceptions.HTTPError", "requests.HTTPError", "requests.RequestException", "OSError"},
	"requests.ConnectionError":    {"requests.exceptions.ConnectionError", "requests.ConnectionError", "requests.RequestException", "OSError"},
	"requests.ConnectTimeout":     {"requests.exceptions.ConnectTimeout", "requests.ConnectTimeout", "requests.ConnectionError", "requests.Timeout", "requests.RequestException", "OSError"},
	"requests.ReadTimeout":        {"requests.exceptions.ReadTimeout", "requests.ReadTimeout", "requests.Timeout", "requests.RequestException", "OSError"},
	"requests.JSONDecodeError":    {"requests.exceptions.JSONDecodeError", "requests.JSONDecodeError", "requests.InvalidJSONError", "requests.RequestException", "OSError", "JSONDecodeError", "ValueError"},
	"requests.MissingSchema":      {"requests.exceptions.MissingSchema", "requests.MissingSchema", "requests.RequestException", "OSError", "ValueError"},
	"requests.InvalidSchema":      {"requests.exceptions.InvalidSchema", "requests.InvalidSchema", "requests.RequestException", "OSError", "ValueError"},
	"requests.TooManyRedirects":   {"requests.exceptions.TooManyRedirects", "requests.TooManyRedirects", "requests.RequestException", "OSError"},
	"requests.RequestException":   {"requests.exceptions.RequestException", "requests.RequestException", "OSError"},
	"urllib.ContentTooShortError": {"urllib.error.ContentTooShortError", "urllib.ContentTooShortError", "urllib.URLError", "OSError"},
}

func (e *NetError) Error() string { return netKinds[e.Kind][0] + ": " + e.Msg }

// Unwrap returns the Go error behind it (may be nil).
func (e *NetError) Unwrap() error { return e.Err }

// PyStr is str(e).
func (e *NetError) PyStr() string { return e.Msg }

// PyKinds is the class chain (see netKinds), then Exception and BaseException.
func (e *NetError) PyKinds() []string {
	return append(append([]string{}, netKinds[e.Kind]...), "Exception", "BaseException")
}

// PyRepr is repr(e): <HTTPError 404: 'Not Found'> for urllib's HTTPError, else Class('msg').
func (e *NetError) PyRepr() string {
	if e.Kind == "urllib.HTTPError" {
		return fmt.Sprintf("<HTTPError %d: %s>", e.Response.StatusCode, Repr(e.Reason))
	}
	name := netKinds[e.Kind][0]
	return name[strings.LastIndex(name, ".")+1:] + "(" + Repr(e.Msg) + ")"
}

func netErrOf(err error, attr string) *NetError {
	var ne *NetError
	if errors.As(err, &ne) {
		return ne
	}
	panic(NewError("AttributeError", fmt.Sprintf("'%s' object has no attribute '%s'", ExcName(err), attr)))
}

// NetErrCode is urllib's HTTPError e.code (e.status).
func NetErrCode(err error) int {
	ne := netErrOf(err, "code")
	if ne.Kind != "urllib.HTTPError" {
		panic(NewError("AttributeError", fmt.Sprintf("'%s' object has no attribute 'code'", ExcName(err))))
	}
	return ne.Response.StatusCode
}

// NetErrReason is urllib's e.reason, as str: the reason phrase of an HTTPError, the OS error
// text of a URLError ("[Errno 111] Connection refused").
func NetErrReason(err error) string {
	ne := netErrOf(err, "reason")
	if !strings.HasPrefix(ne.Kind, "urllib.") {
		panic(NewError("AttributeError", fmt.Sprintf("'%s' object has no attribute 'reason'", ExcName(err))))
	}
	return ne.Reason
}

// NetErrResponse is e.response of a requests exception (nil, Python's None, when there was no
// response) or urllib's HTTPError itself (for e.read() / e.headers).
func NetErrResponse(err error) *HTTPResponse { return netErrOf(err, "response").Response }

// URLRequest is urllib.request.Request(url, data=, headers=, method=).
type URLRequest struct {
	URL     string
	Data    []byte
	HasData bool
	Headers [][2]string // names capitalized as urllib does ("Content-type")
	Method  string
}

// NewURLRequest builds a Request; headers is a dict (or nil), method "" means GET, or POST with data.
func NewURLRequest(u string, data []byte, hasData bool, headers any, method string) *URLRequest {
	r := &URLRequest{URL: u, Data: data, HasData: hasData && data != nil, Method: method}
	for _, kv := range httpPairs(headers) {
		r.AddHeader(kv[0], kv[1])
	}
	return r
}

// AddHeader is req.add_header(k, v): the name is str.capitalize()d, a repeated name replaces.
func (r *URLRequest) AddHeader(k, v string) {
	k = Capitalize(k)
	for i := range r.Headers {
		if r.Headers[i][0] == k {
			r.Headers[i][1] = v
			return
		}
	}
	r.Headers = append(r.Headers, [2]string{k, v})
}

// GetMethod is req.get_method().
func (r *URLRequest) GetMethod() string {
	if r.Method != "" {
		return r.Method
	}
	if r.HasData {
		return "POST"
	}
	return "GET"
}

// httpPairs turns a dict (of any value type) into (name, str(value)) pairs, in order.
func httpPairs(d any) [][2]string {
	dl, ok := d.(dictLike)
	if !ok || d == nil {
		return nil
	}
	var out [][2]string
	for _, kv := range dl.pyItems() {
		out = append(out, [2]string{Str(kv[0]), Str(kv[1])})
	}
	return out
}

// HTTPOpts are the keyword arguments of a requests call (and urlopen's timeout).
type HTTPOpts struct {
	Params      any  // dict: appended to the URL's query (urlencode, doseq)
	Data        any  // str, bytes or dict (form-encoded)
	JSON        any  // json=: sent as JSON when Data is nil
	HasJSON     bool // json= was given (json=None sends no body, as requests)
	Headers     any  // dict of header name -> value
	HasTimeout  bool // timeout= was given and not None
	Timeout     float64
	TimeoutText string                  // str(timeout), for requests' ReadTimeout message
	NoRedirects bool                    // requests.head: allow_redirects=False by default
	Auth        *Tuple2[string, string] // auth=(user, password): HTTP basic auth
	Insecure    bool                    // verify=False: no TLS certificate check
	HasVerify   bool                    // verify= was given (it overrides the session's)
	session     *HTTPSession
}

// Urlopen is urllib.request.urlopen(url_or_request, data=None, timeout=...): a non-2xx status
// raises urllib.error.HTTPError, a connection failure URLError, a timeout while waiting for
// the response TimeoutError("timed out") (as CPython, not wrapped in URLError).
func Urlopen(target any, o HTTPOpts) (*HTTPResponse, error) {
	var req *URLRequest
	switch t := target.(type) {
	case string:
		req = &URLRequest{URL: t}
	case *URLRequest:
		req = t
	default:
		return nil, NewError("TypeError", "urlopen() needs a URL or a Request")
	}
	full := strings.TrimSpace(req.URL)
	scheme, _, ok := strings.Cut(full, ":")
	if !ok || strings.ContainsAny(scheme, "/?#") {
		return nil, NewError("ValueError", "unknown url type: "+Repr(full))
	}
	if s := strings.ToLower(scheme); s != "http" && s != "https" {
		return nil, &NetError{Kind: "urllib.URLError", Msg: "<urlopen error unknown url type: " + s + ">", Reason: "unknown url type: " + s}
	}
	var body io.Reader
	if req.HasData {
		body = bytes.NewReader(req.Data)
	}
	hr, err := http.NewRequest(req.GetMethod(), full, body)
	if err != nil {
		return nil, &NetError{Kind: "urllib.URLError", Msg: "<urlopen error " + err.Error() + ">", Reason: err.Error(), Err: err}
	}
	for _, kv := range req.Headers {
		hr.Header.Set(kv[0], kv[1])
	}
	if req.HasData && hr.Header.Get("Content-Type") == "" {
		hr.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	resp, err := httpDo(hr, o)
	if err != nil {
		if isTimeout(err) && !isDialError(err) {
			return nil, Wrap("TimeoutError", "timed out", err)
		}
		reason := osReason(err)
		return nil, &NetError{Kind: "urllib.URLError", Msg: "<urlopen error " + reason + ">", Reason: reason, Err: err}
	}
	if resp.StatusCode < 200 || resp.StatusCode >= 300 {
		msg := fmt.Sprintf("HTTP Error %d: %s", resp.StatusCode, resp.Reason)
		return nil, &NetError{Kind: "urllib.HTTPError", Msg: msg, Reason: resp.Reason, Response: resp}
	}
	return resp, nil
}

// Requests is requests.request(method, url, ...) and requests.get/post/...: the response
// whatever its status; failures are requests.exceptions.* with urllib3's messages.
func Requests(method, rawURL string, o HTTPOpts) (*HTTPResponse, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || u.Scheme == "" {
		msg := fmt.Sprintf("Invalid URL %s: No scheme supplied. Perhaps you meant https://%s?", Repr(rawURL), rawURL)
		return nil, &NetError{Kind: "requests.MissingSchema", Msg: msg, Err: err}
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, &NetError{Kind: "requests.InvalidSchema", Msg: fmt.Sprintf("No connection adapters were found for %s", Repr(rawURL))}
	}
	if u.Path == "" {
		u.Path = "/"
	}
	if ps := httpPairs(o.Params); len(ps) > 0 {
		var q []string
		for _, kv := range ps {
			q = append(q, url.QueryEscape(kv[0])+"="+url.QueryEscape(kv[1]))
		}
		if u.RawQuery != "" {
			u.RawQuery += "&"
		}
		u.RawQuery += strings.Join(q, "&")
	}
	var body []byte
	ctype := ""
	switch d := o.Data.(type) {
	case nil:
		if o.HasJSON && o.JSON != nil {
			s, err := JSONDumps(o.JSON, JSONOpts{NoNaN: true})
			if err != nil {
				return nil, err
			}
			body, ctype = []byte(s), "application/json"
		}
	case string:
		body = []byte(d)
	case []byte:
		body = d
	default:
		var q []string
		for _, kv := range httpPairs(d) {
			q = append(q, url.QueryEscape(kv[0])+"="+url.QueryEscape(kv[1]))
		}
		body, ctype = []byte(strings.Join(q, "&")), "application/x-www-form-urlencoded"
	}
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	hr, err := http.NewRequest(strings.ToUpper(method), u.String(), rd)
	if err != nil {
		return nil, &NetError{Kind: "requests.RequestException", Msg: err.Error(), Err: err}
	}
	if ctype != "" {
		hr.Header.Set("Content-Type", ctype)
	}
	if o.session != nil {
		for _, kv := range o.session.Headers {
			hr.Header.Set(kv[0], kv[1])
		}
	}
	for _, kv := range httpPairs(o.Headers) {
		hr.Header.Set(kv[0], kv[1])
	}
	auth := o.Auth
	if auth == nil && o.session != nil {
		auth = o.session.auth
	}
	if auth != nil {
		v, err := BasicAuthHeader(auth.V0, auth.V1)
		if err != nil {
			return nil, err
		}
		hr.Header.Set("Authorization", v)
	}
	if !o.HasVerify && o.session != nil {
		o.Insecure = o.session.insecure
	}
	resp, err := httpDo(hr, o)
	if err != nil {
		return nil, requestsError(u, err, o)
	}
	return resp, nil
}

// requestsError builds the requests exception urllib3 would raise for a failed request.
func requestsError(u *url.URL, err error, o HTTPOpts) error {
	host, port := u.Hostname(), u.Port()
	pool, conn := "HTTPConnectionPool", "HTTPConnection"
	if u.Scheme == "https" {
		pool, conn = "HTTPSConnectionPool", "HTTPSConnection"
		if port == "" {
			port = "443"
		}
	} else if port == "" {
		port = "80"
	}
	where := fmt.Sprintf("%s(host=%s, port=%s)", pool, Repr(host), port)
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	switch {
	case isTimeout(err) && !isDialError(err):
		return &NetError{Kind: "requests.ReadTimeout", Msg: fmt.Sprintf("%s: Read timed out. (read timeout=%s)", where, o.TimeoutText), Err: err}
	case isTimeout(err):
		msg := fmt.Sprintf("%s: Max retries exceeded with url: %s (Caused by ConnectTimeoutError(%s(host=%s, port=%s), 'Connection to %s timed out. (connect timeout=%s)'))",
			where, path, conn, Repr(host), port, host, o.TimeoutText)
		return &NetError{Kind: "requests.ConnectTimeout", Msg: msg, Err: err}
	case errors.Is(err, errTooManyRedirects):
		return &NetError{Kind: "requests.TooManyRedirects", Msg: "Exceeded 30 redirects.", Err: err}
	}
	inner := fmt.Sprintf("%s(host=%s, port=%s): Failed to establish a new connection: %s", conn, Repr(host), port, osReason(err))
	msg := fmt.Sprintf("%s: Max retries exceeded with url: %s (Caused by NewConnectionError(%s))", where, path, Repr(inner))
	return &NetError{Kind: "requests.ConnectionError", Msg: msg, Err: err}
}

var errTooManyRedirects = errors.New("too many redirects")

// httpDo sends the request with a client whose Timeout is the script's timeout, reads the whole
// body and closes it.
func httpDo(hr *http.Request, o HTTPOpts) (*HTTPResponse, error) {
	client := &http.Client{}
	if o.session != nil {
		client.Jar = o.session.jar
	}
	if o.Insecure {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true} //nolint:gosec // the script's verify=False
		client.Transport = tr
	}
	if o.HasTimeout {
		client.Timeout = time.Duration(o.Timeout * float64(time.Second))
	}
	client.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if o.NoRedirects {
			return http.ErrUseLastResponse
		}
		if len(via) >= 30 {
			return errTooManyRedirects
		}
		return nil
	}
	start := time.Now()
	resp, err := client.Do(hr)
	if err != nil {
		return nil, err
	}
	elapsed := time.Since(start)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	reason := strings.TrimSpace(strings.TrimPrefix(resp.Status, strconv.Itoa(resp.StatusCode)))
	return &HTTPResponse{StatusCode: resp.StatusCode, Reason: reason, URL: resp.Request.URL.String(), Header: resp.Header, Body: data,
		Elapsed: Timedelta{elapsed.Microseconds()}}, nil
}

func isTimeout(err error) bool {
	var te interface{ Timeout() bool }
	return errors.As(err, &te) && te.Timeout()
}

func isDialError(err error) bool {
	var oe *net.OpError
	return errors.As(err, &oe) && oe.Op == "dial"
}

// osReason is str() of the OSError CPython's socket layer raises for err.
func osReason(err error) string {
	var en syscall.Errno
	if errors.As(err, &en) {
		return fmt.Sprintf("[Errno %d] %s", int(en), StrError(en))
	}
	var de *net.DNSError
	if errors.As(err, &de) {
		if de.IsNotFound {
			return "[Errno -2] Name or service not known"
		}
		return "[Errno -3] Temporary failure in name resolution"
	}
	if isTimeout(err) {
		return "timed out"
	}
	return err.Error()
}

// URLEncode is urllib.parse.urlencode(dict): quote_plus of str() of each key and value.
func URLEncode(d any) string {
	var q []string
	for _, kv := range httpPairs(d) {
		q = append(q, url.QueryEscape(kv[0])+"="+url.QueryEscape(kv[1]))
	}
	return strings.Join(q, "&")
}

// URLQuote is urllib.parse.quote(s, safe): percent-encodes UTF-8 bytes except letters, digits,
// "_.-~" and the characters of safe ("/" by default).
func URLQuote(s string, safe string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("_.-~", c) >= 0 || strings.IndexByte(safe, c) >= 0) {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}

// URLQuotePlus is urllib.parse.quote_plus(s): as quote with safe="", spaces as "+".
func URLQuotePlus(s string) string { return url.QueryEscape(s) }

// HeaderGetOr is requests' r.headers.get(k, default) and urllib's resp.getheader(k, default).
func (r *HTTPResponse) HeaderGetOr(k, def string) string {
	if v := r.HeaderGet(k); v != nil {
		return *v
	}
	return def
}

// HeaderFirstOr is urllib's resp.headers.get(k, default).
func (r *HTTPResponse) HeaderFirstOr(k, def string) string {
	if v := r.HeaderFirst(k); v != nil {
		return *v
	}
	return def
}

// JSONLoadsBytes is json.loads(b) / json.load(resp) of bytes: strict UTF-8 (a UTF-8 BOM is
// skipped, as json.detect_encoding does), then JSONLoads.
func JSONLoadsBytes[T any](b []byte) (T, error) {
	s, err := DecodeUTF8(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")))
	if err != nil {
		var zero T
		return zero, err
	}
	return JSONLoads[T](s)
}

// HTTPSession is requests.Session(): default headers merged under each request's, and a cookie
// jar kept across requests.
type HTTPSession struct {
	Headers  [][2]string
	jar      http.CookieJar
	auth     *Tuple2[string, string]
	insecure bool
}

// SetAuth is s.auth = (user, password): basic auth for every request without its own auth=.
func (s *HTTPSession) SetAuth(a Tuple2[string, string]) { s.auth = &a }

// SetVerify is s.verify = flag: False turns TLS certificate checks off for the session's requests.
func (s *HTTPSession) SetVerify(verify bool) { s.insecure = !verify }

// BasicAuthHeader is requests' _basic_auth_str: "Basic " + base64 of user:password, each
// encoded as Latin-1 (UnicodeEncodeError for a character above U+00FF, as requests raises).
func BasicAuthHeader(user, password string) (string, error) {
	var b []byte
	for i, part := range []string{user, password} {
		if i == 1 {
			b = append(b, ':')
		}
		pos := 0
		for _, r := range part {
			if r > 0xff {
				return "", NewError("UnicodeEncodeError", fmt.Sprintf("'latin-1' codec can't encode character %s in position %d: ordinal not in range(256)", Ascii(string(r)), pos))
			}
			b = append(b, byte(r))
			pos++
		}
	}
	return "Basic " + base64.StdEncoding.EncodeToString(b), nil
}

// NewHTTPSession is requests.Session().
func NewHTTPSession() *HTTPSession {
	jar, _ := cookiejar.New(nil) // never fails without options
	return &HTTPSession{jar: jar}
}

// UpdateHeaders is s.headers.update(d): a name already set (case-insensitively) is replaced.
func (s *HTTPSession) UpdateHeaders(d any) {
	for _, kv := range httpPairs(d) {
		replaced := false
		for i := range s.Headers {
			if strings.EqualFold(s.Headers[i][0], kv[0]) {
				s.Headers[i][1] = kv[1]
				replaced = true
			}
		}
		if !replaced {
			s.Headers = append(s.Headers, kv)
		}
	}
}

// SetHeader is s.headers[k] = v: one default header, replacing a name set before (case-insensitively).
func (s *HTTPSession) SetHeader(k, v string) {
	for i := range s.Headers {
		if strings.EqualFold(s.Headers[i][0], k) {
			s.Headers[i][1] = v
			return
		}
	}
	s.Headers = append(s.Headers, [2]string{k, v})
}

// Request is s.get/post/...(url, ...): Requests with the session's headers and cookies.
func (s *HTTPSession) Request(method, rawURL string, o HTTPOpts) (*HTTPResponse, error) {
	o.session = s
	return Requests(method, rawURL, o)
}

// Close is s.close() / the end of `with requests.Session() as s`.
func (s *HTTPSession) Close() {}
