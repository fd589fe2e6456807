package pyrt

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Omit marks an omitted slice bound (the `a` in `s[:a]` is given, the
// other is Omit).
const Omit = math.MinInt

type runeRange struct{ lo, hi rune }

func inRanges(t []runeRange, r rune) bool {
	i := sort.Search(len(t), func(i int) bool { return t[i].hi >= r })
	return i < len(t) && t[i].lo <= r
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Len is len(s): the number of code points.
func Len(s string) int {
	if isASCII(s) {
		return len(s)
	}
	return utf8.RuneCountInString(s)
}

// StrIndex is s[i] with Python's negative indexing; out of range raises
// IndexError "string index out of range".
func StrIndex(s string, i int) string {
	if isASCII(s) {
		if i < 0 {
			i += len(s)
		}
		if i < 0 || i >= len(s) {
			panic(NewError("IndexError", "string index out of range"))
		}
		return asciiStrings[s[i]]
	}
	rs := []rune(s)
	if i < 0 {
		i += len(rs)
	}
	if i < 0 || i >= len(rs) {
		panic(NewError("IndexError", "string index out of range"))
	}
	return string(rs[i])
}

// sliceIndices is CPython's PySlice_Unpack + PySlice_AdjustIndices:
// returns the start index and the number of items of seq[lo:hi:step].
func sliceIndices(length, lo, hi, step int) (start, n int) {
	if step == 0 {
		panic(NewError("ValueError", "slice step cannot be zero"))
	}
	if step == Omit {
		step = 1
	}
	if step > 0 {
		if lo == Omit {
			lo = 0
		}
		if hi == Omit {
			hi = length
		}
	} else {
		if lo == Omit {
			lo = length - 1
		} else if lo >= 0 && lo > length-1 {
			lo = length - 1
		}
		if hi == Omit {
			hi = -1
		} else if hi < 0 {
			hi += length
			if hi < 0 {
				hi = -1
			}
		} else if hi > length-1 {
			hi = length - 1
		}
		if lo < 0 {
			lo += length
			if lo < 0 {
				lo = -1
			}
		}
		if hi < lo {
			return lo, (lo-hi-1)/(-step) + 1
		}
		return lo, 0
	}
	if lo < 0 {
		lo += length
		if lo < 0 {
			lo = 0
		}
	} else if lo > length {
		lo = length
	}
	if hi < 0 {
		hi += length
		if hi < 0 {
			hi = 0
		}
	} else if hi > length {
		hi = length
	}
	if lo < hi {
		return lo, (hi-lo-1)/step + 1
	}
	return lo, 0
}

// StrSlice is s[lo:hi] (Python slice semantics; Omit for a missing bound).
func StrSlice(s string, lo, hi int) string { return StrSliceStep(s, lo, hi, 1) }

// StrSliceStep is s[lo:hi:step] with full Python semantics (negative
// indices, clamping, Omit, negative step); step 0 raises ValueError
// "slice step cannot be zero".
func StrSliceStep(s string, lo, hi, step int) string {
	if step == Omit {
		step = 1
	}
	if isASCII(s) {
		start, n := sliceIndices(len(s), lo, hi, step)
		if step == 1 {
			return s[start : start+n]
		}
		b := make([]byte, n)
		for k := 0; k < n; k++ {
			b[k] = s[start+k*step]
		}
		return string(b)
	}
	rs := []rune(s)
	start, n := sliceIndices(len(rs), lo, hi, step)
	if step == 1 {
		return string(rs[start : start+n])
	}
	out := make([]rune, n)
	for k := 0; k < n; k++ {
		out[k] = rs[start+k*step]
	}
	return string(out)
}

// Split is s.split(): splits on runs of Python whitespace, dropping empty
// fields.
func Split(s string) []string { return SplitN(s, -1) }

// SplitN is s.split(None, maxsplit); maxsplit < 0 means no limit. The
// remainder after maxsplit splits keeps its trailing whitespace.
func SplitN(s string, maxsplit int) []string {
	out := []string{}
	i := 0
	n := len(s)
	for maxsplit != 0 {
		for i < n {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !IsPySpace(r) {
				break
			}
			i += size
		}
		if i == n {
			return out
		}
		j := i
		for i < n {
			r, size := utf8.DecodeRuneInString(s[i:])
			if IsPySpace(r) {
				break
			}
			i += size
		}
		out = append(out, s[j:i])
		if maxsplit > 0 {
			maxsplit--
		}
	}
	for i < n {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !IsPySpace(r) {
			break
		}
		i += size
	}
	if i < n {
		out = append(out, s[i:])
	}
	return out
}

// SplitOpt is s.split(sep) with sep an Optional[str]: nil splits on whitespace like s.split().
func SplitOpt(s string, sep *string) []string {
	if sep == nil {
		return Split(s)
	}
	return SplitSep(s, *sep, -1)
}

// SplitSep is s.split(sep, maxsplit) (maxsplit -1 = all); an empty sep
// raises ValueError "empty separator".
func SplitSep(s, sep string, maxsplit int) []string {
	if sep == "" {
		panic(NewError("ValueError", "empty separator"))
	}
	if maxsplit < 0 {
		return strings.Split(s, sep)
	}
	return strings.SplitN(s, sep, maxsplit+1)
}

// RSplit is s.rsplit(None, maxsplit) (maxsplit < 0 = all).
func RSplit(s string, maxsplit int) []string {
	var rev []string
	i := len(s)
	for maxsplit != 0 {
		for i > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:i])
			if !IsPySpace(r) {
				break
			}
			i -= size
		}
		if i == 0 {
			break
		}
		j := i
		for i > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:i])
			if IsPySpace(r) {
				break
			}
			i -= size
		}
		rev = append(rev, s[i:j])
		if maxsplit > 0 {
			maxsplit--
		}
	}
	if maxsplit == 0 {
		for i > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:i])
			if !IsPySpace(r) {
				break
			}
			i -= size
		}
		if i > 0 {
			rev = append(rev, s[:i])
		}
	}
	out := make([]string, len(rev))
	for k := range rev {
		out[k] = rev[len(rev)-1-k]
	}
	return out
}

// RSplitSep is s.rsplit(sep, maxsplit) (maxsplit -1 = all); an empty sep
// raises ValueError "empty separator".
func RSplitSep(s, sep string, maxsplit int) []string {
	if sep == "" {
		panic(NewError("ValueError", "empty separator"))
	}
	if maxsplit < 0 {
		return strings.Split(s, sep)
	}
	var rev []string
	for maxsplit > 0 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		rev = append(rev, s[i+len(sep):])
		s = s[:i]
		maxsplit--
	}
	rev = append(rev, s)
	out := make([]string, len(rev))
	for k := range rev {
		out[k] = rev[len(rev)-1-k]
	}
	return out
}

// Strip is s.strip(): removes leading and trailing Python whitespace.
func Strip(s string) string { return strings.TrimFunc(s, IsPySpace) }

// LStrip is s.lstrip().
func LStrip(s string) string { return strings.TrimLeftFunc(s, IsPySpace) }

// RStrip is s.rstrip().
func RStrip(s string) string { return strings.TrimRightFunc(s, IsPySpace) }

// StripChars is s.strip(chars): chars is a set of characters.
func StripChars(s, chars string) string { return strings.Trim(s, chars) }

// LStripChars is s.lstrip(chars).
func LStripChars(s, chars string) string { return strings.TrimLeft(s, chars) }

// RStripChars is s.rstrip(chars).
func RStripChars(s, chars string) string { return strings.TrimRight(s, chars) }

// isLineBreak reports Python's str.splitlines() boundaries (besides \r\n).
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// Splitlines is s.splitlines(keepends): splits at \n, \r, \r\n, \v, \f,
// \x1c, \x1d, \x1e, \x85, \u2028, \u2029; no trailing empty field.
func Splitlines(s string, keepends bool) []string {
	out := []string{}
	i, start := 0, 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isLineBreak(r) {
			i += size
			continue
		}
		eol := i
		i += size
		if r == '\r' && i < len(s) && s[i] == '\n' {
			i++
		}
		if keepends {
			out = append(out, s[start:i])
		} else {
			out = append(out, s[start:eol])
		}
		start = i
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

func isCased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

func isPyUpper(r rune) bool {
	return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r)
}

func isPyLower(r rune) bool {
	return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r)
}

func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', 0xb7, 0x387, 0x5f4, 0x2018, 0x2019, 0x2024, 0x2027, 0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

func upperFull(b *strings.Builder, r rune) {
	if s, ok := specialUpper[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToUpper(r))
}

func titleFull(b *strings.Builder, r rune) {
	if s, ok := specialTitle[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToTitle(r))
}

// lowerFull lowers rs[i], applying the Final_Sigma rule like CPython.
func lowerFull(b *strings.Builder, rs []rune, i int) {
	r := rs[i]
	if r == 0x3a3 {
		b.WriteRune(finalSigma(rs, i))
		return
	}
	if s, ok := specialLower[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToLower(r))
}

func finalSigma(rs []rune, i int) rune {
	j := i - 1
	for j >= 0 && isCaseIgnorable(rs[j]) {
		j--
	}
	final := j >= 0 && isCased(rs[j])
	if final && i+1 < len(rs) {
		j = i + 1
		for j < len(rs) && isCaseIgnorable(rs[j]) {
			j++
		}
		final = j == len(rs) || !isCased(rs[j])
	}
	if final {
		return 0x3c2
	}
	return 0x3c3
}

// Upper is s.upper() with Unicode full case mapping ("ß" -> "SS").
func Upper(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	for _, r := range s {
		upperFull(&b, r)
	}
	return b.String()
}

// Lower is s.lower() with full case mapping and the final sigma rule.
func Lower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	var b strings.Builder
	for i := range rs {
		lowerFull(&b, rs, i)
	}
	return b.String()
}

// Title is s.title(): the first cased character after an uncased one is
// titlecased, the others lowercased (so "they're" -> "They'Re").
func Title(s string) string {
	rs := []rune(s)
	var b strings.Builder
	prevCased := false
	for i, r := range rs {
		if prevCased {
			lowerFull(&b, rs, i)
		} else {
			titleFull(&b, r)
		}
		prevCased = isCased(r)
	}
	return b.String()
}

// Capitalize is s.capitalize() (Python >= 3.8: first character
// titlecased, the rest lowercased).
func Capitalize(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if i == 0 {
			titleFull(&b, r)
		} else {
			lowerFull(&b, rs, i)
		}
	}
	return b.String()
}

// SwapCase is s.swapcase().
func SwapCase(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		switch {
		case isPyUpper(r):
			lowerFull(&b, rs, i)
		case isPyLower(r):
			upperFull(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// CaseFold is s.casefold() (full case folding: "ß" -> "ss").
func CaseFold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range s {
		if f, ok := specialFold[r]; ok {
			b.WriteString(f)
		} else if l, ok := specialLower[r]; ok {
			b.WriteString(l)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func byteToRuneIndex(s string, i int) int {
	if i <= 0 {
		return i
	}
	if isASCII(s[:i]) {
		return i
	}
	return utf8.RuneCountInString(s[:i])
}

// Find is s.find(sub): code point index of the first occurrence, or -1.
func Find(s, sub string) int {
	i := strings.Index(s, sub)
	if i < 0 {
		return -1
	}
	return byteToRuneIndex(s, i)
}

// RFind is s.rfind(sub): code point index of the last occurrence, or -1.
func RFind(s, sub string) int {
	i := strings.LastIndex(s, sub)
	if i < 0 {
		return -1
	}
	return byteToRuneIndex(s, i)
}

// StrIndexOf is s.index(sub): like Find but raises ValueError
// "substring not found".
func StrIndexOf(s, sub string) int {
	i := Find(s, sub)
	if i < 0 {
		panic(NewError("ValueError", "substring not found"))
	}
	return i
}

// RIndexOf is s.rindex(sub): like RFind but raises ValueError
// "substring not found".
func RIndexOf(s, sub string) int {
	i := RFind(s, sub)
	if i < 0 {
		panic(NewError("ValueError", "substring not found"))
	}
	return i
}

// Count is s.count(sub): non-overlapping occurrences; an empty sub counts
// len(s)+1.
func Count(s, sub string) int { return strings.Count(s, sub) }

// Replace is s.replace(old, new, count) (count < 0 = all). An empty old
// inserts new before every character and at the end, as Python.
func Replace(s, old, new string, count int) string { return strings.Replace(s, old, new, count) }

func allRunes(s string, pred func(rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !pred(r) {
			return false
		}
	}
	return true
}

// IsDigit is s.isdigit() (Unicode Numeric_Type Digit or Decimal, e.g. "²").
func IsDigit(s string) bool {
	return allRunes(s, func(r rune) bool {
		if r < 0x80 {
			return r >= '0' && r <= '9'
		}
		return inRanges(pyDigitRanges, r)
	})
}

// IsDecimal is s.isdecimal() (Unicode category Nd).
func IsDecimal(s string) bool {
	return allRunes(s, func(r rune) bool {
		if r < 0x80 {
			return r >= '0' && r <= '9'
		}
		return inRanges(pyDecimalRanges, r)
	})
}

// IsNumeric is s.isnumeric() (any Numeric_Type, e.g. "½", "一").
func IsNumeric(s string) bool { return allRunes(s, isPyNumeric) }

func isPyNumeric(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inRanges(pyNumericRanges, r)
}

// IsAlpha is s.isalpha() (Unicode categories L*).
func IsAlpha(s string) bool { return allRunes(s, unicode.IsLetter) }

// IsAlnum is s.isalnum().
func IsAlnum(s string) bool {
	return allRunes(s, func(r rune) bool { return unicode.IsLetter(r) || isPyNumeric(r) })
}

// IsSpace is s.isspace().
func IsSpace(s string) bool { return allRunes(s, IsPySpace) }

// IsUpper is s.isupper(): at least one cased character and no lowercase
// or titlecase ones.
func IsUpper(s string) bool {
	cased := false
	for _, r := range s {
		if isPyLower(r) || unicode.IsTitle(r) {
			return false
		}
		if isPyUpper(r) {
			cased = true
		}
	}
	return cased
}

// IsLower is s.islower(): at least one cased character and no uppercase
// or titlecase ones.
func IsLower(s string) bool {
	cased := false
	for _, r := range s {
		if isPyUpper(r) || unicode.IsTitle(r) {
			return false
		}
		if isPyLower(r) {
			cased = true
		}
	}
	return cased
}

// IsTitle is s.istitle().
func IsTitle(s string) bool {
	cased, prev := false, false
	for _, r := range s {
		switch {
		case isPyUpper(r) || unicode.IsTitle(r):
			if prev {
				return false
			}
			prev, cased = true, true
		case isPyLower(r):
			if !prev {
				return false
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return cased
}

func isIDStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIDContinue(r rune) bool {
	return isIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) || unicode.Is(unicode.Other_ID_Continue, r)
}

// IsIdentifier is s.isidentifier() (XID_Start/XID_Continue, approximated
// with ID_Start/ID_Continue outside ASCII).
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if i == 0 {
			if !isIDStart(r) {
				return false
			}
		} else if !isIDContinue(r) {
			return false
		}
	}
	return true
}

// IsPrintable is s.isprintable() (true for "").
func IsPrintable(s string) bool {
	for _, r := range s {
		if !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}

// IsASCII is s.isascii().
func IsASCII(s string) bool { return isASCII(s) }

func fillRune(fill string) string {
	if utf8.RuneCountInString(fill) != 1 {
		panic(NewError("TypeError", "The fill character must be exactly one character long"))
	}
	return fill
}

// Center is s.center(width, fill); fill must be one character (TypeError
// "The fill character must be exactly one character long").
func Center(s string, width int, fill string) string {
	fill = fillRune(fill)
	n := Len(s)
	if width <= n {
		return s
	}
	marg := width - n
	left := marg/2 + (marg & width & 1)
	return strings.Repeat(fill, left) + s + strings.Repeat(fill, marg-left)
}

// LJust is s.ljust(width, fill).
func LJust(s string, width int, fill string) string {
	fill = fillRune(fill)
	n := Len(s)
	if width <= n {
		return s
	}
	return s + strings.Repeat(fill, width-n)
}

// RJust is s.rjust(width, fill).
func RJust(s string, width int, fill string) string {
	fill = fillRune(fill)
	n := Len(s)
	if width <= n {
		return s
	}
	return strings.Repeat(fill, width-n) + s
}

// ZFill is s.zfill(width): pads with zeros after a leading sign.
func ZFill(s string, width int) string {
	n := Len(s)
	if width <= n {
		return s
	}
	pad := strings.Repeat("0", width-n)
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		return s[:1] + pad + s[1:]
	}
	return pad + s
}

// Partition is s.partition(sep); empty sep raises ValueError
// "empty separator".
func Partition(s, sep string) (string, string, string) {
	if sep == "" {
		panic(NewError("ValueError", "empty separator"))
	}
	if i := strings.Index(s, sep); i >= 0 {
		return s[:i], sep, s[i+len(sep):]
	}
	return s, "", ""
}

// RPartition is s.rpartition(sep).
func RPartition(s, sep string) (string, string, string) {
	if sep == "" {
		panic(NewError("ValueError", "empty separator"))
	}
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], sep, s[i+len(sep):]
	}
	return "", "", s
}

// StartsWithAny is s.startswith((p1, p2, ...)).
func StartsWithAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// EndsWithAny is s.endswith((p1, p2, ...)).
func EndsWithAny(s string, suffixes ...string) bool {
	for _, p := range suffixes {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// Mul is s * n (n <= 0 gives "").
func Mul(s string, n int) string {
	if n <= 0 || s == "" {
		return ""
	}
	return strings.Repeat(s, n)
}

// ExpandTabs is s.expandtabs(tabsize): columns count code points and are
// reset by \n and \r; tabsize <= 0 removes tabs.
func ExpandTabs(s string, tabsize int) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if tabsize > 0 {
				inc := tabsize - col%tabsize
				col += inc
				b.WriteString(strings.Repeat(" ", inc))
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

// JoinDynamic is sep.join(items) over dynamic values: every item must be a str, as in Python.
func JoinDynamic(sep string, items []any) string {
	strs := make([]string, len(items))
	for i, v := range items {
		s, ok := v.(string)
		if !ok {
			panic(NewError("TypeError", fmt.Sprintf("sequence item %d: expected str instance, %s found", i, TypeName(v))))
		}
		strs[i] = s
	}
	return strings.Join(strs, sep)
}
