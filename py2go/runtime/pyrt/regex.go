package pyrt

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Python's re flag values (re.IGNORECASE == 2, ...).
const (
	ReIgnoreCase = 2
	ReLocale     = 4
	ReMultiline  = 8
	ReDotAll     = 16
	ReUnicode    = 32
	ReVerbose    = 64
	ReASCII      = 256
)

// Regex is a compiled Python pattern (re.Pattern) running on Go's RE2 engine.
type Regex struct {
	Pattern string
	Flags   int
	any     *regexp.Regexp // unanchored
	start   *regexp.Regexp // anchored at the start (re.match)
	full    *regexp.Regexp // anchored at both ends (re.fullmatch)
	dollar  bool           // the pattern uses Python's non-MULTILINE `$`
	groups  int
	names   map[string]int
}

var reCache sync.Map

type reKey struct {
	p string
	f int
}

// python whitespace (str.isspace) as an RE2 class body
const pyWSClass = `\t\n\x0b\x0c\r\x1c-\x1f \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}`

// reTranslate rewrites Python regular-expression syntax into RE2 syntax.
func reTranslate(p string, flags int) (string, bool, error) {
	var b strings.Builder
	verbose := flags&ReVerbose != 0
	ascii := flags&ReASCII != 0
	multiline := flags&ReMultiline != 0
	// leading global inline flags (?aimsx)
	for strings.HasPrefix(p, "(?") {
		j := 2
		for j < len(p) && strings.IndexByte("aiLmsux", p[j]) >= 0 {
			j++
		}
		if j == 2 || j >= len(p) || p[j] != ')' {
			break
		}
		for _, c := range p[2:j] {
			switch c {
			case 'a':
				ascii = true
			case 'i':
				flags |= ReIgnoreCase
			case 'm':
				multiline = true
				flags |= ReMultiline
			case 's':
				flags |= ReDotAll
			case 'x':
				verbose = true
			case 'L':
				return "", false, &Exception{Kind: "NotImplementedError", Msg: "py2go: re.LOCALE is not supported"}
			}
		}
		p = p[j+1:]
	}
	if flags&ReLocale != 0 {
		return "", false, &Exception{Kind: "NotImplementedError", Msg: "py2go: re.LOCALE is not supported"}
	}
	var pre string
	if flags&ReIgnoreCase != 0 {
		pre += "i"
	}
	if multiline {
		pre += "m"
	}
	if flags&ReDotAll != 0 {
		pre += "s"
	}
	if pre != "" {
		b.WriteString("(?" + pre + ")")
	}
	unsupported := func(what string) (string, bool, error) {
		return "", false, NewError("NotImplementedError", "py2go: "+what+" is not supported by Go's RE2 engine (pattern "+QuoteString(p)+")")
	}
	dollar, bigZ := false, false
	inClass := false
	classStart := false
	rs := []rune(p)
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		first := classStart
		classStart = false
		if verbose && !inClass {
			if c == '#' {
				for i < len(rs) && rs[i] != '\n' {
					i++
				}
				continue
			}
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				continue
			}
		}
		switch {
		case c == '\\':
			if i+1 >= len(rs) {
				return "", false, NewError("re.error", "bad escape (end of pattern) at position "+itoa(i))
			}
			i++
			e := rs[i]
			switch e {
			case 'd':
				switch {
				case ascii && inClass:
					b.WriteString("0-9")
				case ascii:
					b.WriteString("[0-9]")
				default:
					b.WriteString(`\p{Nd}`)
				}
			case 'D':
				switch {
				case ascii && inClass:
					return unsupported(`\D inside a character class with re.ASCII`)
				case ascii:
					b.WriteString("[^0-9]")
				default:
					b.WriteString(`\P{Nd}`)
				}
			case 'w':
				body := `\p{L}\p{N}_`
				if ascii {
					body = `0-9A-Za-z_`
				}
				if inClass {
					b.WriteString(body)
				} else {
					b.WriteString("[" + body + "]")
				}
			case 'W':
				if inClass {
					return unsupported(`\W inside a character class`)
				}
				if ascii {
					b.WriteString(`[^0-9A-Za-z_]`)
				} else {
					b.WriteString(`[^\p{L}\p{N}_]`)
				}
			case 's':
				body := pyWSClass
				if ascii {
					body = `\t\n\x0b\x0c\r `
				}
				if inClass {
					b.WriteString(body)
				} else {
					b.WriteString("[" + body + "]")
				}
			case 'S':
				if inClass {
					return unsupported(`\S inside a character class`)
				}
				if ascii {
					b.WriteString(`[^\t\n\x0b\x0c\r ]`)
				} else {
					b.WriteString("[^" + pyWSClass + "]")
				}
			case 'b':
				if inClass {
					b.WriteString(`\x08`)
				} else {
					b.WriteString(`\b`)
				}
			case 'B':
				b.WriteString(`\B`)
			case 'A':
				b.WriteString(`\A`)
			case 'Z':
				b.WriteString(`\z`)
				bigZ = true
			case 'n', 't', 'r', 'f', 'v', 'a':
				b.WriteRune('\\')
				b.WriteRune(e)
			case 'x':
				if i+2 >= len(rs) {
					return "", false, NewError("re.error", "incomplete escape \\x at position "+itoa(i-1))
				}
				b.WriteString(`\x{` + string(rs[i+1:i+3]) + `}`)
				i += 2
			case 'u', 'U':
				n := 4
				if e == 'U' {
					n = 8
				}
				if i+n >= len(rs) {
					return "", false, NewError("re.error", "incomplete escape \\"+string(e)+" at position "+itoa(i-1))
				}
				b.WriteString(`\x{` + string(rs[i+1:i+1+n]) + `}`)
				i += n
			case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
				if e == '0' {
					return unsupported(`an octal escape`)
				}
				return unsupported(`a backreference \` + string(e))
			default:
				if e < 128 && (e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z') {
					return "", false, NewError("re.error", "bad escape \\"+string(e)+" at position "+itoa(i-1))
				}
				b.WriteString(regexp.QuoteMeta(string(e)))
			}
		case inClass:
			switch c {
			case ']':
				if first {
					b.WriteString(`\]`)
				} else {
					inClass = false
					b.WriteRune(']')
				}
			case '[':
				b.WriteString(`\[`)
			default:
				b.WriteRune(c)
			}
		case c == '[':
			inClass = true
			b.WriteRune('[')
			if i+1 < len(rs) && rs[i+1] == '^' {
				b.WriteRune('^')
				i++
			}
			classStart = true
		case c == '(':
			if i+1 < len(rs) && rs[i+1] == '?' {
				rest := string(rs[i+2:])
				switch {
				case strings.HasPrefix(rest, ":"), strings.HasPrefix(rest, "P<"):
					b.WriteString("(?")
					i++
				case strings.HasPrefix(rest, "P="):
					return unsupported("a named backreference (?P=...)")
				case strings.HasPrefix(rest, "="), strings.HasPrefix(rest, "!"):
					return unsupported("a lookahead assertion (?=...)/(?!...)")
				case strings.HasPrefix(rest, "<=") || strings.HasPrefix(rest, "<!"):
					return unsupported("a lookbehind assertion (?<=...)/(?<!...)")
				case strings.HasPrefix(rest, ">"):
					return unsupported("an atomic group (?>...)")
				case strings.HasPrefix(rest, "("):
					return unsupported("a conditional group (?(...)...)")
				case strings.HasPrefix(rest, "#"):
					j := strings.IndexByte(rest, ')')
					if j < 0 {
						return "", false, NewError("re.error", "missing ), unterminated comment at position "+itoa(i))
					}
					i += 2 + len([]rune(rest[:j]))
				default:
					// scoped flags (?i:...) / (?-i:...)
					j := 0
					for j < len(rest) && strings.IndexByte("aiLmsux-", rest[j]) >= 0 {
						j++
					}
					if j < len(rest) && rest[j] == ':' && !strings.ContainsAny(rest[:j], "aLux") {
						b.WriteString("(?" + rest[:j+1])
						i += 2 + j
					} else {
						return unsupported("the group construct (?" + rest[:min(len(rest), 2)])
					}
				}
			} else {
				b.WriteRune('(')
			}
		case c == '$':
			if multiline {
				b.WriteString(`(?m:$)`)
			} else {
				b.WriteString(`\z`)
				dollar = true
			}
		case c == '^':
			if multiline {
				b.WriteString(`(?m:^)`)
			} else {
				b.WriteString(`\A`)
			}
		case c == '*' || c == '+' || c == '?' || c == '}':
			b.WriteRune(c)
			if i+1 < len(rs) && rs[i+1] == '+' {
				return unsupported("a possessive quantifier")
			}
		case c == '{':
			if i+1 < len(rs) && rs[i+1] == ',' {
				j := i + 2
				for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
					j++
				}
				if j > i+2 && j < len(rs) && rs[j] == '}' {
					b.WriteString("{0,")
					i++
					continue
				}
			}
			b.WriteRune(c)
		default:
			if c >= 128 {
				b.WriteString(regexp.QuoteMeta(string(c)))
			} else {
				b.WriteRune(c)
			}
		}
	}
	if dollar && bigZ {
		return unsupported(`$ together with \Z`)
	}
	return b.String(), dollar, nil
}

// ReCompile is re.compile(pattern, flags): Python syntax translated to RE2
// (cached, like CPython's pattern cache). Constructs RE2 cannot express
// (backreferences, lookaround, possessive quantifiers) raise NotImplementedError.
func ReCompile(pattern string, flags int) *Regex {
	key := reKey{pattern, flags}
	if r, ok := reCache.Load(key); ok {
		return r.(*Regex)
	}
	src, dollar, err := reTranslate(pattern, flags)
	if err != nil {
		panic(err)
	}
	any, err := regexp.Compile(src)
	if err != nil {
		panic(NewError("re.error", strings.TrimPrefix(err.Error(), "error parsing regexp: ")))
	}
	r := &Regex{Pattern: pattern, Flags: flags, any: any, dollar: dollar, groups: any.NumSubexp(), names: map[string]int{}}
	r.start = regexp.MustCompile(`\A(?:` + src + `)`)
	r.full = regexp.MustCompile(`\A(?:` + src + `)\z`)
	for i, n := range any.SubexpNames() {
		if n != "" {
			r.names[n] = i
		}
	}
	reCache.Store(key, r)
	return r
}

// Match is a Python re.Match.
type Match struct {
	s   string
	idx []int // byte offsets, -1 for a group that did not take part
	re  *Regex
}

func (r *Regex) newMatch(s string, idx []int) *Match {
	if idx == nil {
		return nil
	}
	return &Match{s: s, idx: idx, re: r}
}

// find applies rx to s, and, for Python's `$` before a final newline, also to s minus that newline.
func (r *Regex) find(rx *regexp.Regexp, s string) []int {
	a := rx.FindStringSubmatchIndex(s)
	if !r.dollar || !strings.HasSuffix(s, "\n") {
		return a
	}
	b := rx.FindStringSubmatchIndex(s[:len(s)-1])
	if b == nil || a != nil && a[0] <= b[0] {
		return a
	}
	return b
}

// Match is pattern.match(s).
func (r *Regex) Match(s string) *Match { return r.newMatch(s, r.find(r.start, s)) }

// Search is pattern.search(s).
func (r *Regex) Search(s string) *Match { return r.newMatch(s, r.find(r.any, s)) }

// FullMatch is pattern.fullmatch(s).
func (r *Regex) FullMatch(s string) *Match {
	return r.newMatch(s, r.full.FindStringSubmatchIndex(s))
}

func (r *Regex) all(s string) [][]int {
	ms := r.any.FindAllStringSubmatchIndex(s, -1)
	if !r.dollar || !strings.HasSuffix(s, "\n") {
		return ms
	}
	n := len(s)
	mb := r.any.FindAllStringSubmatchIndex(s[:n-1], -1)
	if len(mb) == 0 || mb[len(mb)-1][1] != n-1 {
		return ms
	}
	c := mb[len(mb)-1]
	for _, m := range ms {
		if m[0] == c[0] || m[0] < c[1] && c[0] < m[1] || m[0] <= c[0] && c[0] < m[1] {
			return ms
		}
	}
	out := make([][]int, 0, len(ms)+1)
	done := false
	for _, m := range ms {
		if !done && m[0] > c[0] {
			out = append(out, c)
			done = true
		}
		out = append(out, m)
	}
	if !done {
		out = append(out, c)
	}
	return out
}

func (r *Regex) group(s string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

// FindAll is pattern.findall(s) for patterns with at most one group.
func (r *Regex) FindAll(s string) []string {
	if r.groups > 1 {
		panic(NewError("NotImplementedError", "py2go: re.findall with "+itoa(r.groups)+" groups returns tuples; use a pattern with at most one group or finditer"))
	}
	out := []string{}
	for _, m := range r.all(s) {
		out = append(out, r.group(s, m, r.groups))
	}
	return out
}

// FindIter is pattern.finditer(s) (all matches at once).
func (r *Regex) FindIter(s string) []*Match {
	out := []*Match{}
	for _, m := range r.all(s) {
		out = append(out, r.newMatch(s, m))
	}
	return out
}

type replPart struct {
	lit   string
	group int // -1: literal
}

func (r *Regex) parseRepl(repl string) []replPart {
	var parts []replPart
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			parts = append(parts, replPart{lit.String(), -1})
			lit.Reset()
		}
	}
	for i := 0; i < len(repl); i++ {
		c := repl[i]
		if c != '\\' || i+1 >= len(repl) {
			lit.WriteByte(c)
			continue
		}
		i++
		e := repl[i]
		switch {
		case e >= '0' && e <= '9':
			j := i + 1
			if j < len(repl) && repl[j] >= '0' && repl[j] <= '9' {
				j++
			}
			n, _ := strconv.Atoi(repl[i:j])
			if e == '0' {
				panic(NewError("NotImplementedError", "py2go: octal escapes in a replacement"))
			}
			if n > r.groups {
				panic(NewError("re.error", "invalid group reference "+itoa(n)+" at position "+itoa(i-1)))
			}
			flush()
			parts = append(parts, replPart{"", n})
			i = j - 1
		case e == 'g':
			end := strings.IndexByte(repl[i:], '>')
			if i+1 >= len(repl) || repl[i+1] != '<' || end < 0 {
				panic(NewError("re.error", "missing < at position "+itoa(i+1)))
			}
			name := repl[i+2 : i+end]
			n, err := strconv.Atoi(name)
			if err != nil {
				var ok bool
				n, ok = r.names[name]
				if !ok {
					panic(NewError("IndexError", "unknown group name '"+name+"'"))
				}
			} else if n > r.groups {
				panic(NewError("re.error", "invalid group reference "+itoa(n)+" at position "+itoa(i+2)))
			}
			flush()
			parts = append(parts, replPart{"", n})
			i += end
		case e == 'n':
			lit.WriteByte('\n')
		case e == 't':
			lit.WriteByte('\t')
		case e == 'r':
			lit.WriteByte('\r')
		case e == 'f':
			lit.WriteByte('\f')
		case e == 'v':
			lit.WriteByte('\v')
		case e == 'a':
			lit.WriteByte('\a')
		case e == 'b':
			lit.WriteByte('\b')
		case e == '\\':
			lit.WriteByte('\\')
		case e < 128 && (e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z'):
			panic(NewError("re.error", "bad escape \\"+string(e)+" at position "+itoa(i-1)))
		default:
			lit.WriteByte('\\')
			lit.WriteByte(e)
		}
	}
	flush()
	return parts
}

// Subn is pattern.subn(repl, s, count): the new string and the number of replacements.
func (r *Regex) Subn(repl, s string, count int) Tuple2[string, int] {
	parts := r.parseRepl(repl)
	var b strings.Builder
	last, n := 0, 0
	for _, m := range r.all(s) {
		if count > 0 && n >= count {
			break
		}
		b.WriteString(s[last:m[0]])
		for _, p := range parts {
			if p.group < 0 {
				b.WriteString(p.lit)
			} else {
				b.WriteString(r.group(s, m, p.group))
			}
		}
		last = m[1]
		n++
	}
	b.WriteString(s[last:])
	return Tuple2[string, int]{b.String(), n}
}

// Sub is pattern.sub(repl, s, count).
func (r *Regex) Sub(repl, s string, count int) string { return r.Subn(repl, s, count).V0 }

// SubFunc is pattern.sub(fn, s, count): each match is replaced by what fn returns for it: a
// str, or None for nothing (CPython's _sre); anything else raises TypeError with the index of the
// piece in the list CPython joins.
func SubFunc[T any](r *Regex, fn func(*Match) T, s string, count int) string {
	return SubnFunc(r, fn, s, count).V0
}

// SubnFunc is pattern.subn(fn, s, count): SubFunc and the number of replacements made. fn is
// called with each match, left to right; an exception it raises (a panic) ends the call.
func SubnFunc[T any](r *Regex, fn func(*Match) T, s string, count int) Tuple2[string, int] {
	var b strings.Builder
	last, n, pieces := 0, 0, 0
	for _, m := range r.all(s) {
		if count > 0 && n >= count {
			break
		}
		if m[0] > last {
			b.WriteString(s[last:m[0]])
			pieces++
		}
		switch v := any(fn(r.newMatch(s, m))).(type) {
		case string:
			b.WriteString(v)
			pieces++
		case *string:
			if v != nil {
				b.WriteString(*v)
				pieces++
			}
		case nil:
		default:
			panic(NewError("TypeError", fmt.Sprintf("sequence item %d: expected str instance, %s found", pieces, pyTypeName(v))))
		}
		last = m[1]
		n++
	}
	b.WriteString(s[last:])
	return Tuple2[string, int]{b.String(), n}
}

// Split is pattern.split(s, maxsplit): groups of the separator are kept.
func (r *Regex) Split(s string, maxsplit int) []string {
	out := []string{}
	last, n := 0, 0
	for _, m := range r.all(s) {
		if maxsplit > 0 && n >= maxsplit {
			break
		}
		out = append(out, s[last:m[0]])
		for g := 1; g <= r.groups; g++ {
			if m[2*g] < 0 {
				panic(NewError("NotImplementedError", "py2go: re.split with a group that did not take part (Python puts None in the list)"))
			}
			out = append(out, s[m[2*g]:m[2*g+1]])
		}
		last = m[1]
		n++
	}
	return append(out, s[last:])
}

// -------- Match methods

func (m *Match) index(g any) int {
	switch x := g.(type) {
	case int:
		if x < 0 || x > m.re.groups {
			panic(NewError("IndexError", "no such group"))
		}
		return x
	case string:
		i, ok := m.re.names[x]
		if !ok {
			panic(NewError("IndexError", "no such group"))
		}
		return i
	}
	panic(NewError("IndexError", "no such group"))
}

// Group is m.group(g) for a group that always takes part (or group 0); an
// unmatched group gives "" (see GroupOpt for Python's None).
func (m *Match) Group(g any) string {
	i := m.index(g)
	if m.idx[2*i] < 0 {
		return ""
	}
	return m.s[m.idx[2*i]:m.idx[2*i+1]]
}

// GroupOpt is m.group(g): nil when the group did not take part (Python's None).
func (m *Match) GroupOpt(g any) *string {
	i := m.index(g)
	if m.idx[2*i] < 0 {
		return nil
	}
	s := m.s[m.idx[2*i]:m.idx[2*i+1]]
	return &s
}

// Groups is m.groups() as a list (unmatched groups are nil).
func (m *Match) Groups() []*string {
	out := make([]*string, m.re.groups)
	for i := range out {
		out[i] = m.GroupOpt(i + 1)
	}
	return out
}

// GroupsStr is m.groups() when every group takes part; a missing one raises TypeError.
func (m *Match) GroupsStr() []string {
	out := make([]string, m.re.groups)
	for i := range out {
		p := m.GroupOpt(i + 1)
		if p == nil {
			panic(NewError("NotImplementedError", "py2go: m.groups() with group "+itoa(i+1)+" not taking part (Python gives None)"))
		}
		out[i] = *p
	}
	return out
}

// GroupDict is m.groupdict() (unmatched groups are nil).
func (m *Match) GroupDict() *Dict[string, *string] {
	d := NewDict[string, *string]()
	names := m.re.any.SubexpNames()
	for i, n := range names {
		if n != "" {
			d.Set(n, m.GroupOpt(i))
		}
	}
	return d
}

func (m *Match) pos(off int) int {
	if off < 0 {
		return -1
	}
	return utf8.RuneCountInString(m.s[:off])
}

// Start is m.start(g) in code points (-1 when the group did not take part).
func (m *Match) Start(g any) int { return m.pos(m.idx[2*m.index(g)]) }

// End is m.end(g) in code points.
func (m *Match) End(g any) int { return m.pos(m.idx[2*m.index(g)+1]) }

// Span is m.span(g).
func (m *Match) Span(g any) Tuple2[int, int] { return Tuple2[int, int]{m.Start(g), m.End(g)} }

// PyRepr is repr(m): <re.Match object; span=(0, 3), match='abc'>.
func (m *Match) PyRepr() string {
	if m == nil {
		return "None"
	}
	return "<re.Match object; span=(" + itoa(m.Start(0)) + ", " + itoa(m.End(0)) + "), match=" + QuoteString(m.Group(0)) + ">"
}

// PyRepr is repr(pattern): re.compile('...').
func (r *Regex) PyRepr() string {
	return "re.compile(" + QuoteString(r.Pattern) + ")"
}

// ReEscape is re.escape(s).
func ReEscape(s string) string {
	var b strings.Builder
	for _, c := range s {
		if strings.ContainsRune("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", c) {
			b.WriteByte('\\')
		}
		b.WriteRune(c)
	}
	return b.String()
}
