package pyrt

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// urllib.parse ported from CPython 3.11.7's Lib/urllib/parse.py (str arguments only): the
// same splitting rules (scheme characters, netloc delimiters, params only for uses_params
// schemes), urljoin's RFC 3986 resolution, unquote with errors="replace", parse_qs(l).

var (
	urlUsesRelative = toSet("", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms",
		"prospero", "rtsp", "rtsps", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss")
	urlUsesNetloc = toSet("", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https",
		"shttp", "snews", "prospero", "rtsp", "rtsps", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git",
		"git+ssh", "ws", "wss")
	urlUsesParams = toSet("", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtsps",
		"rtspu", "sip", "sips", "mms", "sftp", "tel")
)

func toSet(xs ...string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// URLSplit is urllib.parse.SplitResult.
type URLSplit struct{ Scheme, Netloc, Path, Query, Fragment string }

// URLParse is urllib.parse.ParseResult.
type URLParse struct{ Scheme, Netloc, Path, Params, Query, Fragment string }

func isSchemeChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'
}

// URLSplitOf is urllib.parse.urlsplit(url, scheme, allow_fragments).
func URLSplitOf(url, scheme string, allowFragments bool) URLSplit {
	url = strings.TrimLeft(url, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
	scheme = strings.Trim(scheme, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
	for _, b := range []string{"\t", "\r", "\n"} {
		url = strings.ReplaceAll(url, b, "")
		scheme = strings.ReplaceAll(scheme, b, "")
	}
	var netloc, query, fragment string
	if i := strings.IndexByte(url, ':'); i > 0 && (url[0] >= 'a' && url[0] <= 'z' || url[0] >= 'A' && url[0] <= 'Z') {
		ok := true
		for j := 0; j < i; j++ {
			if !isSchemeChar(url[j]) {
				ok = false
				break
			}
		}
		if ok {
			scheme, url = strings.ToLower(url[:i]), url[i+1:]
		}
	}
	if strings.HasPrefix(url, "//") {
		end := len(url)
		for _, c := range "/?#" {
			if w := strings.IndexRune(url[2:], c); w >= 0 && w+2 < end {
				end = w + 2
			}
		}
		netloc, url = url[2:end], url[end:]
		open, closed := strings.Contains(netloc, "["), strings.Contains(netloc, "]")
		if open != closed {
			panic(NewError("ValueError", "Invalid IPv6 URL"))
		}
		if open && closed {
			_, after, _ := strings.Cut(netloc, "[")
			host, _, _ := strings.Cut(after, "]")
			checkBracketedHost(host)
		}
	}
	if allowFragments && strings.Contains(url, "#") {
		url, fragment, _ = strings.Cut(url, "#")
	}
	if strings.Contains(url, "?") {
		url, query, _ = strings.Cut(url, "?")
	}
	for i := 0; i < len(netloc); i++ {
		if netloc[i] >= utf8.RuneSelf {
			panic(NewError("NotImplementedError", "py2go: urlsplit of a non-ASCII netloc (CPython checks its NFKC form): "+Repr(netloc)))
		}
	}
	return URLSplit{scheme, netloc, url, query, fragment}
}

func checkBracketedHost(h string) {
	if strings.HasPrefix(h, "v") {
		ok := len(h) > 1
		dot := strings.IndexByte(h, '.')
		if dot < 2 || dot == len(h)-1 {
			ok = false
		} else {
			for i := 1; i < dot; i++ {
				if !strings.ContainsRune("0123456789abcdefABCDEF", rune(h[i])) {
					ok = false
				}
			}
			if strings.ContainsAny(h[dot+1:], "\n") {
				ok = false
			}
		}
		if !ok {
			panic(NewError("ValueError", "IPvFuture address is invalid"))
		}
		return
	}
	if !IPAddressOf(h).v6 {
		panic(NewError("ValueError", "An IPv4 address cannot be in brackets"))
	}
}

// URLParseOf is urllib.parse.urlparse(url, scheme, allow_fragments).
func URLParseOf(url, scheme string, allowFragments bool) URLParse {
	s := URLSplitOf(url, scheme, allowFragments)
	path, params := s.Path, ""
	if urlUsesParams[s.Scheme] && strings.Contains(path, ";") {
		var i int
		if strings.Contains(path, "/") {
			i = strings.LastIndexByte(path, '/')
			j := strings.IndexByte(path[i:], ';')
			if j < 0 {
				i = -1
			} else {
				i += j
			}
		} else {
			i = strings.IndexByte(path, ';')
		}
		if i >= 0 {
			path, params = path[:i], path[i+1:]
		}
	}
	return URLParse{s.Scheme, s.Netloc, path, params, s.Query, s.Fragment}
}

// URLUnsplit is urllib.parse.urlunsplit((scheme, netloc, path, query, fragment)).
func URLUnsplit(scheme, netloc, url, query, fragment string) string {
	if netloc != "" || (scheme != "" && urlUsesNetloc[scheme] && !strings.HasPrefix(url, "//")) {
		if url != "" && url[0] != '/' {
			url = "/" + url
		}
		url = "//" + netloc + url
	}
	if scheme != "" {
		url = scheme + ":" + url
	}
	if query != "" {
		url += "?" + query
	}
	if fragment != "" {
		url += "#" + fragment
	}
	return url
}

// URLUnparse is urllib.parse.urlunparse((scheme, netloc, path, params, query, fragment)).
func URLUnparse(scheme, netloc, url, params, query, fragment string) string {
	if params != "" {
		url += ";" + params
	}
	return URLUnsplit(scheme, netloc, url, query, fragment)
}

// Geturl is u.geturl() / urlunsplit(u).
func (u URLSplit) Geturl() string {
	return URLUnsplit(u.Scheme, u.Netloc, u.Path, u.Query, u.Fragment)
}

// Geturl is u.geturl() / urlunparse(u).
func (u URLParse) Geturl() string {
	return URLUnparse(u.Scheme, u.Netloc, u.Path, u.Params, u.Query, u.Fragment)
}

// PyRepr is repr(u): SplitResult(scheme='https', ...).
func (u URLSplit) PyRepr() string {
	return "SplitResult(scheme=" + Repr(u.Scheme) + ", netloc=" + Repr(u.Netloc) + ", path=" + Repr(u.Path) +
		", query=" + Repr(u.Query) + ", fragment=" + Repr(u.Fragment) + ")"
}

// PyRepr is repr(u): ParseResult(scheme='https', ...).
func (u URLParse) PyRepr() string {
	return "ParseResult(scheme=" + Repr(u.Scheme) + ", netloc=" + Repr(u.Netloc) + ", path=" + Repr(u.Path) +
		", params=" + Repr(u.Params) + ", query=" + Repr(u.Query) + ", fragment=" + Repr(u.Fragment) + ")"
}

// PyStr is str(u) (a named tuple: its repr).
func (u URLSplit) PyStr() string { return u.PyRepr() }

// PyStr is str(u) (a named tuple: its repr).
func (u URLParse) PyStr() string { return u.PyRepr() }

func netlocUserinfo(netloc string) (user, pass *string) {
	i := strings.LastIndexByte(netloc, '@')
	if i < 0 {
		return nil, nil
	}
	u, p, ok := strings.Cut(netloc[:i], ":")
	if !ok {
		return &u, nil
	}
	return &u, &p
}

func netlocHostinfo(netloc string) (host string, port *string) {
	hostinfo := netloc[strings.LastIndexByte(netloc, '@')+1:]
	var p string
	if _, bracketed, ok := strings.Cut(hostinfo, "["); ok {
		var rest string
		host, rest, _ = strings.Cut(bracketed, "]")
		_, p, _ = strings.Cut(rest, ":")
	} else {
		host, p, _ = strings.Cut(hostinfo, ":")
	}
	if p == "" {
		return host, nil
	}
	return host, &p
}

func urlHostname(netloc string) *string {
	h, _ := netlocHostinfo(netloc)
	if h == "" {
		return nil
	}
	name, zone, ok := strings.Cut(h, "%")
	s := strings.ToLower(name)
	if ok {
		s += "%" + zone
	}
	return &s
}

func urlPort(netloc string) *int {
	_, p := netlocHostinfo(netloc)
	if p == nil {
		return nil
	}
	if strings.Trim(*p, "0123456789") != "" {
		panic(NewError("ValueError", "Port could not be cast to integer value as "+Repr(*p)))
	}
	n, err := strconv.Atoi(*p)
	if err != nil || n > 65535 {
		panic(NewError("ValueError", "Port out of range 0-65535"))
	}
	return &n
}

// Hostname is u.hostname: lowercased (not an IPv6 zone), None when empty.
func (u URLSplit) Hostname() *string { return urlHostname(u.Netloc) }

// Hostname is u.hostname.
func (u URLParse) Hostname() *string { return urlHostname(u.Netloc) }

// Port is u.port: None when absent, CPython's ValueError when not a number or out of range.
func (u URLSplit) Port() *int { return urlPort(u.Netloc) }

// Port is u.port.
func (u URLParse) Port() *int { return urlPort(u.Netloc) }

// Username is u.username.
func (u URLSplit) Username() *string { user, _ := netlocUserinfo(u.Netloc); return user }

// Username is u.username.
func (u URLParse) Username() *string { user, _ := netlocUserinfo(u.Netloc); return user }

// Password is u.password.
func (u URLSplit) Password() *string { _, p := netlocUserinfo(u.Netloc); return p }

// Password is u.password.
func (u URLParse) Password() *string { _, p := netlocUserinfo(u.Netloc); return p }

// With* are u._replace(field=value).

// WithScheme is u._replace(scheme=s).
func (u URLSplit) WithScheme(s string) URLSplit { u.Scheme = s; return u }

// WithNetloc is u._replace(netloc=s).
func (u URLSplit) WithNetloc(s string) URLSplit { u.Netloc = s; return u }

// WithPath is u._replace(path=s).
func (u URLSplit) WithPath(s string) URLSplit { u.Path = s; return u }

// WithQuery is u._replace(query=s).
func (u URLSplit) WithQuery(s string) URLSplit { u.Query = s; return u }

// WithFragment is u._replace(fragment=s).
func (u URLSplit) WithFragment(s string) URLSplit { u.Fragment = s; return u }

// WithScheme is u._replace(scheme=s).
func (u URLParse) WithScheme(s string) URLParse { u.Scheme = s; return u }

// WithNetloc is u._replace(netloc=s).
func (u URLParse) WithNetloc(s string) URLParse { u.Netloc = s; return u }

// WithPath is u._replace(path=s).
func (u URLParse) WithPath(s string) URLParse { u.Path = s; return u }

// WithParams is u._replace(params=s).
func (u URLParse) WithParams(s string) URLParse { u.Params = s; return u }

// WithQuery is u._replace(query=s).
func (u URLParse) WithQuery(s string) URLParse { u.Query = s; return u }

// WithFragment is u._replace(fragment=s).
func (u URLParse) WithFragment(s string) URLParse { u.Fragment = s; return u }

// URLJoin is urllib.parse.urljoin(base, url, allow_fragments).
func URLJoin(base, url string, allowFragments bool) string {
	if base == "" {
		return url
	}
	if url == "" {
		return base
	}
	b := URLParseOf(base, "", allowFragments)
	u := URLParseOf(url, b.Scheme, allowFragments)
	scheme, netloc, path, params, query, fragment := u.Scheme, u.Netloc, u.Path, u.Params, u.Query, u.Fragment
	if scheme != b.Scheme || !urlUsesRelative[scheme] {
		return url
	}
	if urlUsesNetloc[scheme] {
		if netloc != "" {
			return URLUnparse(scheme, netloc, path, params, query, fragment)
		}
		netloc = b.Netloc
	}
	if path == "" && params == "" {
		path, params = b.Path, b.Params
		if query == "" {
			query = b.Query
		}
		return URLUnparse(scheme, netloc, path, params, query, fragment)
	}
	baseParts := strings.Split(b.Path, "/")
	if baseParts[len(baseParts)-1] != "" {
		baseParts = baseParts[:len(baseParts)-1]
	}
	var segments []string
	if strings.HasPrefix(path, "/") {
		segments = strings.Split(path, "/")
	} else {
		segments = append(append([]string{}, baseParts...), strings.Split(path, "/")...)
		if len(segments) > 2 {
			mid := []string{}
			for _, s := range segments[1 : len(segments)-1] {
				if s != "" {
					mid = append(mid, s)
				}
			}
			segments = append(append([]string{segments[0]}, mid...), segments[len(segments)-1])
		}
	}
	var resolved []string
	for _, seg := range segments {
		switch seg {
		case "..":
			if len(resolved) > 0 {
				resolved = resolved[:len(resolved)-1]
			}
		case ".":
		default:
			resolved = append(resolved, seg)
		}
	}
	if last := segments[len(segments)-1]; last == "." || last == ".." {
		resolved = append(resolved, "")
	}
	joined := strings.Join(resolved, "/")
	if joined == "" {
		joined = "/"
	}
	return URLUnparse(scheme, netloc, joined, params, query, fragment)
}

// decodeReplace decodes UTF-8 with errors="replace": each invalid sequence CPython reports
// becomes one U+FFFD.
func decodeReplace(b []byte) string {
	var out strings.Builder
	for len(b) > 0 {
		st, en, _, _, ok := utf8Check(b, true)
		if ok {
			out.Write(b)
			break
		}
		out.Write(b[:st])
		out.WriteString("\ufffd")
		b = b[en:]
	}
	return out.String()
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// URLUnquote is urllib.parse.unquote(s): %XX escapes decoded as UTF-8 (errors="replace"),
// malformed escapes kept as they are.
func URLUnquote(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var out strings.Builder
	var pending []byte // percent-decoded bytes (and ASCII) awaiting UTF-8 decoding
	flush := func() {
		out.WriteString(decodeReplace(pending))
		pending = pending[:0]
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf { // non-ASCII text is kept as it is, outside the decoded runs
			flush()
			_, size := utf8.DecodeRuneInString(s[i:])
			out.WriteString(s[i : i+size])
			i += size
			continue
		}
		if c == '%' && i+2 < len(s) {
			hi, ok1 := unhex(s[i+1])
			lo, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				pending = append(pending, hi<<4|lo)
				i += 3
				continue
			}
		}
		pending = append(pending, c)
		i++
	}
	flush()
	return out.String()
}

// URLUnquotePlus is urllib.parse.unquote_plus(s): "+" as a space, then unquote.
func URLUnquotePlus(s string) string { return URLUnquote(strings.ReplaceAll(s, "+", " ")) }

// ParseQsl is urllib.parse.parse_qsl(qs, keep_blank_values, strict_parsing).
func ParseQsl(qs string, keepBlank, strict bool) []Tuple2[string, string] {
	out := []Tuple2[string, string]{}
	if qs == "" {
		return out
	}
	for _, nv := range strings.Split(qs, "&") {
		if nv == "" && !strict {
			continue
		}
		name, value, ok := strings.Cut(nv, "=")
		if !ok {
			if strict {
				panic(NewError("ValueError", "bad query field: "+Repr(nv)))
			}
			if !keepBlank {
				continue
			}
		}
		if value != "" || keepBlank {
			out = append(out, Tuple2[string, string]{URLUnquotePlus(name), URLUnquotePlus(value)})
		}
	}
	return out
}

// ParseQs is urllib.parse.parse_qs(qs, keep_blank_values, strict_parsing): name -> values.
func ParseQs(qs string, keepBlank, strict bool) *Dict[string, []string] {
	d := NewDict[string, []string]()
	for _, kv := range ParseQsl(qs, keepBlank, strict) {
		d.Set(kv.V0, append(d.GetOr(kv.V0, nil), kv.V1))
	}
	return d
}

// URLEncodePairs is urllib.parse.urlencode(list_of_pairs): quote_plus of str() of each item.
func URLEncodePairs[K any, V any](pairs []Tuple2[K, V]) string {
	q := make([]string, 0, len(pairs))
	for _, kv := range pairs {
		q = append(q, URLQuotePlus(Str(kv.V0))+"="+URLQuotePlus(Str(kv.V1)))
	}
	return strings.Join(q, "&")
}

// URLEncodeDoseq is urllib.parse.urlencode(d, doseq=True) for a dict of lists: one k=v per item.
func URLEncodeDoseq[K comparable, V any](d *Dict[K, []V]) string {
	var q []string
	for _, k := range d.Keys() {
		for _, v := range d.MustGet(k) {
			q = append(q, URLQuotePlus(Str(k))+"="+URLQuotePlus(Str(v)))
		}
	}
	return strings.Join(q, "&")
}
