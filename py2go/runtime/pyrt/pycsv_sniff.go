package pyrt

import (
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// csv.Sniffer ported from CPython 3.11's Lib/csv.py: the same regular expressions (matched
// here by a small backtracking matcher, since they use backreferences RE2 lacks), the same
// frequency tables, float thresholds and tie-breaking order.

// CSVSniffer is csv.Sniffer().
type CSVSniffer struct{}

// sniffTok is one element of the four quote/delimiter patterns.
type sniffTok int

const (
	tDelim     sniffTok = iota // (?P<delim>[^\w\n"'])
	tSpace                     // (?P<space> ?)
	tQuote                     // (?P<quote>["'])
	tLazy                      // .*? (DOTALL)
	tSameQuote                 // (?P=quote)
	tSameDelim                 // (?P=delim)
	tBOL                       // (?:^|\n) (MULTILINE)
	tEOL                       // (?:$|\n) (MULTILINE)
)

// The patterns of Sniffer._guess_quote_and_delimiter, in CPython's order.
var sniffPatterns = [][]sniffTok{
	{tDelim, tSpace, tQuote, tLazy, tSameQuote, tSameDelim},
	{tBOL, tQuote, tLazy, tSameQuote, tDelim, tSpace},
	{tDelim, tSpace, tQuote, tLazy, tSameQuote, tEOL},
	{tBOL, tQuote, tLazy, tSameQuote, tEOL},
}

type sniffGroups struct {
	delim, quote  rune // 0: not set
	space, hasDel bool
}

func isReWord(r rune) bool { return r == '_' || unicode.IsLetter(r) || isPyNumeric(r) }

// sniffMatch matches toks at s[i:] with Python's backtracking order; it returns the end.
func sniffMatch(s []rune, i int, toks []sniffTok, g sniffGroups) (int, sniffGroups, bool) {
	if len(toks) == 0 {
		return i, g, true
	}
	rest := toks[1:]
	switch toks[0] {
	case tDelim:
		if i < len(s) && !isReWord(s[i]) && s[i] != '\n' && s[i] != '"' && s[i] != '\'' {
			g.delim, g.hasDel = s[i], true
			return sniffMatch(s, i+1, rest, g)
		}
	case tSpace:
		if i < len(s) && s[i] == ' ' { // greedy: with the space first
			g2 := g
			g2.space = true
			if e, gg, ok := sniffMatch(s, i+1, rest, g2); ok {
				return e, gg, true
			}
		}
		g.space = false
		return sniffMatch(s, i, rest, g)
	case tQuote:
		if i < len(s) && (s[i] == '"' || s[i] == '\'') {
			g.quote = s[i]
			return sniffMatch(s, i+1, rest, g)
		}
	case tLazy:
		for j := i; j <= len(s); j++ { // lazy: as few characters as possible
			if e, gg, ok := sniffMatch(s, j, rest, g); ok {
				return e, gg, true
			}
		}
	case tSameQuote:
		if i < len(s) && s[i] == g.quote {
			return sniffMatch(s, i+1, rest, g)
		}
	case tSameDelim:
		if i < len(s) && s[i] == g.delim {
			return sniffMatch(s, i+1, rest, g)
		}
	case tBOL:
		if i == 0 || s[i-1] == '\n' {
			if e, gg, ok := sniffMatch(s, i, rest, g); ok {
				return e, gg, true
			}
		}
		if i < len(s) && s[i] == '\n' {
			return sniffMatch(s, i+1, rest, g)
		}
	case tEOL:
		if i == len(s) || s[i] == '\n' {
			if e, gg, ok := sniffMatch(s, i, rest, g); ok {
				return e, gg, true
			}
		}
		if i < len(s) && s[i] == '\n' {
			return sniffMatch(s, i+1, rest, g)
		}
	}
	return 0, g, false
}

// sniffFindall is regexp.findall(data): the non-overlapping matches, left to right.
func sniffFindall(s []rune, toks []sniffTok) []sniffGroups {
	var out []sniffGroups
	for i := 0; i <= len(s); {
		e, g, ok := sniffMatch(s, i, toks, sniffGroups{})
		if !ok {
			i++
			continue
		}
		out = append(out, g)
		if e == i {
			e++
		}
		i = e
	}
	return out
}

// countMax is max(d, key=d.get) over an insertion-ordered tally: the first of the largest.
func countMax(keys []rune, counts map[rune]int) rune {
	best := keys[0]
	for _, k := range keys[1:] {
		if counts[k] > counts[best] {
			best = k
		}
	}
	return best
}

func (CSVSniffer) guessQuoteAndDelimiter(data string, delimiters *string) (quote string, dq bool, delim string, skip bool) {
	s := []rune(data)
	var matches []sniffGroups
	var pat []sniffTok
	for _, p := range sniffPatterns {
		pat = p
		if matches = sniffFindall(s, p); len(matches) > 0 {
			break
		}
	}
	if len(matches) == 0 {
		return "", false, "", false
	}
	hasDelim, hasSpace := false, false
	for _, t := range pat {
		hasDelim = hasDelim || t == tDelim
		hasSpace = hasSpace || t == tSpace
	}
	quotes, delims := map[rune]int{}, map[rune]int{}
	var qOrder, dOrder []rune
	spaces := 0
	for _, m := range matches {
		if quotes[m.quote] == 0 {
			qOrder = append(qOrder, m.quote)
		}
		quotes[m.quote]++
		if !hasDelim {
			continue
		}
		if delimiters == nil || strings.ContainsRune(*delimiters, m.delim) {
			if delims[m.delim] == 0 {
				dOrder = append(dOrder, m.delim)
			}
			delims[m.delim]++
		}
		if !hasSpace {
			continue
		}
		if m.space {
			spaces++
		}
	}
	quote = string(countMax(qOrder, quotes))
	if len(dOrder) > 0 {
		d := countMax(dOrder, delims)
		skip = delims[d] == spaces
		delim = string(d)
	}
	dqRe := ReCompile(`((`+ReEscape(delim)+`)|^)\W*`+quote+`[^`+ReEscape(delim)+`\n]*`+quote+`[^`+ReEscape(delim)+`\n]*`+quote+`\W*((`+ReEscape(delim)+`)|$)`, ReMultiline)
	dq = dqRe.Search(data) != nil
	return quote, dq, delim, skip
}

type freqMode struct{ freq, count int }

func (CSVSniffer) guessDelimiter(data string, delimiters *string) (string, bool) {
	var lines []string
	for _, l := range strings.Split(data, "\n") {
		if l != "" {
			lines = append(lines, l)
		}
	}
	skipOf := func(d string) bool { return strings.Count(lines[0], d) == strings.Count(lines[0], d+" ") }
	chunk := min(10, len(lines))
	iteration := 0
	type meta struct {
		order  []int
		counts map[int]int
	}
	charFreq := map[byte]*meta{}
	var charOrder []byte
	modes := map[byte]freqMode{}
	var modeOrder []byte
	delims := map[byte]freqMode{}
	var delimOrder []byte
	start, end := 0, chunk
	for start < len(lines) {
		iteration++
		for _, line := range lines[start:min(end, len(lines))] {
			for c := 0; c < 127; c++ {
				m := charFreq[byte(c)]
				if m == nil {
					m = &meta{counts: map[int]int{}}
					charFreq[byte(c)] = m
					charOrder = append(charOrder, byte(c))
				}
				freq := strings.Count(line, string(rune(c)))
				if _, ok := m.counts[freq]; !ok {
					m.order = append(m.order, freq)
				}
				m.counts[freq]++
			}
		}
		for _, c := range charOrder {
			m := charFreq[c]
			if len(m.order) == 1 && m.order[0] == 0 {
				continue
			}
			var mode freqMode
			if len(m.order) > 1 {
				bi := 0
				for i, f := range m.order {
					if m.counts[f] > m.counts[m.order[bi]] {
						bi = i
					}
				}
				mode = freqMode{m.order[bi], m.counts[m.order[bi]]}
				rest := 0
				for i, f := range m.order {
					if i != bi {
						rest += m.counts[f]
					}
				}
				mode.count -= rest
			} else {
				mode = freqMode{m.order[0], m.counts[m.order[0]]}
			}
			if _, ok := modes[c]; !ok {
				modeOrder = append(modeOrder, c)
			}
			modes[c] = mode
		}
		total := float64(min(chunk*iteration, len(lines)))
		consistency, threshold := 1.0, 0.9
		for len(delims) == 0 && consistency >= threshold {
			for _, k := range modeOrder {
				v := modes[k]
				if v.freq > 0 && v.count > 0 && float64(v.count)/total >= consistency &&
					(delimiters == nil || strings.ContainsRune(*delimiters, rune(k))) {
					if _, ok := delims[k]; !ok {
						delimOrder = append(delimOrder, k)
					}
					delims[k] = v
				}
			}
			consistency -= 0.01
		}
		if len(delims) == 1 {
			d := string(rune(delimOrder[0]))
			return d, skipOf(d)
		}
		start = end
		end += chunk
	}
	if len(delims) == 0 {
		return "", false
	}
	if len(delims) > 1 {
		for _, d := range []byte{',', '\t', ';', ' ', ':'} {
			if _, ok := delims[d]; ok {
				return string(rune(d)), skipOf(string(rune(d)))
			}
		}
	}
	sort.SliceStable(delimOrder, func(i, j int) bool {
		a, b := delims[delimOrder[i]], delims[delimOrder[j]]
		if a.freq != b.freq {
			return a.freq < b.freq
		}
		if a.count != b.count {
			return a.count < b.count
		}
		return delimOrder[i] < delimOrder[j]
	})
	d := string(rune(delimOrder[len(delimOrder)-1]))
	return d, skipOf(d)
}

// Sniff is csv.Sniffer().sniff(sample, delimiters): the dialect, or csv.Error "Could not
// determine delimiter".
func (s CSVSniffer) Sniff(sample string, delimiters *string) (CSVDialect, error) {
	quote, dq, delim, skip := s.guessQuoteAndDelimiter(sample, delimiters)
	if delim == "" {
		delim, skip = s.guessDelimiter(sample, delimiters)
	}
	if delim == "" {
		return CSVDialect{}, csvError("Could not determine delimiter")
	}
	if quote == "" {
		quote = `"`
	}
	return CSVDialect{Delimiter: delim, Quotechar: quote, Doublequote: &dq, Skipinitialspace: skip,
		Lineterminator: "\r\n"}, nil
}

// HasHeader is csv.Sniffer().has_header(sample): CPython's vote over the columns of up to 21
// rows after the first (types tried with complex(), else lengths).
func (s CSVSniffer) HasHeader(sample string) (bool, error) {
	d, err := s.Sniff(sample, nil)
	if err != nil {
		return false, err
	}
	r := NewCSVReader(strings.NewReader(sample), d)
	if !r.Next() {
		if r.Err() != nil {
			return false, r.Err()
		}
		panic(NewError("StopIteration", ""))
	}
	header := r.Row()
	columns := len(header)
	type colType struct {
		length  int // -1: complex
		removed bool
		set     bool
	}
	types := make([]colType, columns)
	checked := 0
	for r.Next() {
		if checked > 20 {
			break
		}
		checked++
		row := r.Row()
		if len(row) != columns {
			continue
		}
		for col := range types {
			if types[col].removed {
				continue
			}
			t := -1
			if !parsesAsComplex(row[col]) {
				t = len([]rune(row[col]))
			}
			if !types[col].set {
				types[col] = colType{length: t, set: true}
			} else if types[col].length != t {
				types[col].removed = true
			}
		}
	}
	if r.Err() != nil {
		return false, r.Err()
	}
	vote := 0
	for col, t := range types {
		switch {
		case t.removed:
		case !t.set: // None: calling None(header) raises TypeError, a vote for a header
			vote++
		case t.length >= 0:
			if len([]rune(header[col])) != t.length {
				vote++
			} else {
				vote--
			}
		case parsesAsComplex(header[col]):
			vote--
		default:
			vote++
		}
	}
	return vote > 0, nil
}

// parsesAsComplex is whether complex(s) accepts s (surrounding whitespace, parentheses, a real
// or imaginary part or both, "j"/"J" suffix, underscores between digits, inf/nan).
func parsesAsComplex(s string) bool {
	s = strings.TrimFunc(s, IsPySpace)
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && len(s) >= 2 {
		s = strings.TrimFunc(s[1:len(s)-1], IsPySpace)
	}
	if s == "" {
		return false
	}
	if !strings.HasSuffix(s, "j") && !strings.HasSuffix(s, "J") {
		return pyFloatOK(s)
	}
	body := s[:len(s)-1]
	if body == "" || body == "+" || body == "-" {
		return true // "j", "+j", "-j"
	}
	// a real part then a signed imaginary part: split at the last sign not after an exponent
	for i := len(body) - 1; i > 0; i-- {
		if (body[i] == '+' || body[i] == '-') && body[i-1] != 'e' && body[i-1] != 'E' {
			imag := body[i:]
			if imag == "+" || imag == "-" {
				imag += "1"
			}
			return pyFloatOK(body[:i]) && pyFloatOK(imag)
		}
	}
	return pyFloatOK(body)
}

func pyFloatOK(s string) bool {
	if strings.TrimFunc(s, IsPySpace) != s {
		return false
	}
	_, err := Atof(s)
	return err == nil
}

// ReadTextN is f.read(n) on a text file: up to n characters after universal-newline
// translation ("\r\n" and "\r" read as "\n"; none for a file opened with newline=), "" at end of file; the file position ends right
// after the characters returned, so later reads continue there.
func ReadTextN(f io.ReadSeeker, n int) (string, error) {
	if n < 0 {
		return ReadText(f)
	}
	buf := make([]byte, 4*n+2)
	got, err := io.ReadFull(f, buf)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return "", err
	}
	buf = buf[:got]
	var b strings.Builder
	i, chars := 0, 0
	raw := isNewlineRaw(f)
	for i < len(buf) && chars < n {
		c := buf[i]
		switch {
		case c == '\r' && !raw:
			b.WriteByte('\n')
			i++
			if i < len(buf) && buf[i] == '\n' {
				i++
			}
		case c < 0x80:
			b.WriteByte(c)
			i++
		default:
			size := utf8SeqLen(c)
			if i+size > len(buf) {
				size = len(buf) - i
			}
			b.Write(buf[i : i+size])
			i += size
		}
		chars++
	}
	if st, en, reason, _, ok := utf8Check(buf[:i], got < len(buf) || i < len(buf)); !ok {
		return "", decodeError(buf[:i], st, en, reason)
	}
	if _, err := f.Seek(int64(i-got), io.SeekCurrent); err != nil {
		return "", err
	}
	return b.String(), nil
}

func utf8SeqLen(c byte) int {
	switch {
	case c >= 0xf0:
		return 4
	case c >= 0xe0:
		return 3
	case c >= 0xc0:
		return 2
	}
	return 1
}

// Seek is f.seek(pos) from the start of the file: the new position; ValueError for a
// negative one, as CPython.
func Seek(f io.Seeker, pos int) (int, error) {
	if pos < 0 {
		panic(NewError("ValueError", "negative seek position "+strconv.Itoa(pos)))
	}
	p, err := f.Seek(int64(pos), io.SeekStart)
	return int(p), err
}
