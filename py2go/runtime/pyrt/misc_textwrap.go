package pyrt

import (
	"strings"
	"unicode"
)

// TextDedent is textwrap.dedent(text).
func TextDedent(text string) string {
	lines := strings.Split(text, "\n")
	margin, have := "", false
	for i, ln := range lines {
		if ln != "" && strings.Trim(ln, " \t") == "" {
			lines[i] = ""
			continue
		}
		rest := strings.TrimLeft(ln, " \t")
		if rest == "" {
			continue
		}
		indent := ln[:len(ln)-len(rest)]
		switch {
		case !have:
			margin, have = indent, true
		case strings.HasPrefix(indent, margin):
		case strings.HasPrefix(margin, indent):
			margin = indent
		default:
			for j := 0; j < len(margin) && j < len(indent); j++ {
				if margin[j] != indent[j] {
					margin = margin[:j]
					break
				}
			}
		}
	}
	if margin != "" {
		for i, ln := range lines {
			lines[i] = strings.TrimPrefix(ln, margin)
		}
	}
	return strings.Join(lines, "\n")
}

// TextIndent is textwrap.indent(text, prefix): prefix added to the lines
// that are not whitespace-only.
func TextIndent(text, prefix string) string {
	var b strings.Builder
	for _, ln := range Splitlines(text, true) {
		if Strip(ln) != "" {
			b.WriteString(prefix)
		}
		b.WriteString(ln)
	}
	return b.String()
}

// TextWrapper holds the supported textwrap.TextWrapper options.
type TextWrapper struct {
	Width            int
	InitialIndent    string
	SubsequentIndent string
	BreakLongWords   bool
	BreakOnHyphens   bool
	// MaxLines > 0 truncates the output to that many lines, ending with
	// Placeholder (textwrap.shorten uses 1 and " [...]"); 0 is None.
	MaxLines    int
	Placeholder string
}

// NewTextWrapper has CPython's defaults (width 70, breaking long words and on hyphens).
func NewTextWrapper(width int) TextWrapper {
	return TextWrapper{Width: width, BreakLongWords: true, BreakOnHyphens: true}
}

func isTWSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r'
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r)
}

// isLetterRune is [^\d\W]: a word character that is not a digit.
func isLetterRune(r rune) bool { return isWordRune(r) && !unicode.IsDigit(r) }

func isWordPunct(r rune) bool { return isWordRune(r) || strings.ContainsRune("!\"'&.,?", r) }

// twSplit is TextWrapper._split: wordsep_re (or the simple whitespace
// split without break_on_hyphens), keeping non-empty chunks.
func twSplit(t []rune, hyphens bool) [][]rune {
	var chunks [][]rune
	n := len(t)
	at := func(i int) rune {
		if i < 0 || i >= n {
			return -1
		}
		return t[i]
	}
	dashesThenWord := func(j int) bool { // -{2,}\w at j
		k := j
		for k < n && t[k] == '-' {
			k++
		}
		return k-j >= 2 && k < n && isWordRune(t[k])
	}
	i := 0
	for i < n {
		if isTWSpace(t[i]) {
			j := i
			for j < n && isTWSpace(t[j]) {
				j++
			}
			chunks = append(chunks, t[i:j])
			i = j
			continue
		}
		if !hyphens {
			j := i
			for j < n && !isTWSpace(t[j]) {
				j++
			}
			chunks = append(chunks, t[i:j])
			i = j
			continue
		}
		// em-dash between words: (?<=wp) -{2,} (?=\w)
		if i > 0 && isWordPunct(t[i-1]) && dashesThenWord(i) {
			j := i
			for j < n && t[j] == '-' {
				j++
			}
			chunks = append(chunks, t[i:j])
			i = j
			continue
		}
		// nws+? followed by one of the alternatives
		end := -1
		for j := i + 1; j <= n; j++ {
			if isTWSpace(t[j-1]) {
				break
			}
			// hyphenated word: -(?:(?<=lt{2}-)|(?<=lt-lt-))(?=lt-?lt)
			if j < n && t[j] == '-' {
				behind := (isLetterRune(at(j-1)) && isLetterRune(at(j-2))) ||
					(isLetterRune(at(j-1)) && at(j-2) == '-' && isLetterRune(at(j-3)))
				ahead := isLetterRune(at(j+1)) && (isLetterRune(at(j+2)) || (at(j+2) == '-' && isLetterRune(at(j+3))))
				if behind && ahead {
					end = j + 1
					break
				}
			}
			if j == n || isTWSpace(t[j]) {
				end = j
				break
			}
			if isWordPunct(t[j-1]) && dashesThenWord(j) {
				end = j
				break
			}
		}
		if end < 0 { // cannot happen: a run of non-space always ends
			end = n
		}
		chunks = append(chunks, t[i:end])
		i = end
	}
	return chunks
}

func twIsBlank(c []rune) bool {
	return Strip(string(c)) == ""
}

// Wrap is TextWrapper.wrap(text).
func (w TextWrapper) Wrap(text string) []string {
	if w.Width <= 0 {
		panic(NewError("ValueError", "invalid width "+itoa(w.Width)+" (must be > 0)"))
	}
	text = ExpandTabs(text, 8)
	t := []rune(text)
	for i, r := range t {
		if isTWSpace(r) {
			t[i] = ' '
		}
	}
	chunks := twSplit(t, w.BreakOnHyphens)
	if w.MaxLines > 0 {
		indent := w.InitialIndent
		if w.MaxLines > 1 {
			indent = w.SubsequentIndent
		}
		if Len(indent)+Len(LStrip(w.Placeholder)) > w.Width {
			panic(NewError("ValueError", "placeholder too large for max width"))
		}
	}
	// reverse: chunks[len-1] is the next one
	for i, j := 0, len(chunks)-1; i < j; i, j = i+1, j-1 {
		chunks[i], chunks[j] = chunks[j], chunks[i]
	}
	lines := []string{}
	for len(chunks) > 0 {
		var cur [][]rune
		curLen := 0
		indent := w.InitialIndent
		if len(lines) > 0 {
			indent = w.SubsequentIndent
		}
		width := w.Width - Len(indent)
		if twIsBlank(chunks[len(chunks)-1]) && len(lines) > 0 {
			chunks = chunks[:len(chunks)-1]
		}
		for len(chunks) > 0 {
			l := len(chunks[len(chunks)-1])
			if curLen+l <= width {
				cur = append(cur, chunks[len(chunks)-1])
				chunks = chunks[:len(chunks)-1]
				curLen += l
			} else {
				break
			}
		}
		if len(chunks) > 0 && len(chunks[len(chunks)-1]) > width {
			spaceLeft := 1
			if width >= 1 {
				spaceLeft = width - curLen
			}
			if w.BreakLongWords {
				end := spaceLeft
				chunk := chunks[len(chunks)-1]
				if w.BreakOnHyphens && len(chunk) > spaceLeft {
					hy := -1
					for k := spaceLeft - 1; k >= 0; k-- {
						if chunk[k] == '-' {
							hy = k
							break
						}
					}
					if hy > 0 {
						for _, c := range chunk[:hy] {
							if c != '-' {
								end = hy + 1
								break
							}
						}
					}
				}
				cur = append(cur, chunk[:end])
				chunks[len(chunks)-1] = chunk[end:]
			} else if len(cur) == 0 {
				cur = append(cur, chunks[len(chunks)-1])
				chunks = chunks[:len(chunks)-1]
			}
			curLen = 0
			for _, c := range cur {
				curLen += len(c)
			}
		}
		if len(cur) > 0 && twIsBlank(cur[len(cur)-1]) {
			curLen -= len(cur[len(cur)-1])
			cur = cur[:len(cur)-1]
		}
		if len(cur) == 0 {
			continue
		}
		join := func(cs [][]rune) string {
			var b strings.Builder
			b.WriteString(indent)
			for _, c := range cs {
				b.WriteString(string(c))
			}
			return b.String()
		}
		if w.MaxLines <= 0 || len(lines)+1 < w.MaxLines ||
			((len(chunks) == 0 || (len(chunks) == 1 && twIsBlank(chunks[0]))) && curLen <= width) {
			lines = append(lines, join(cur))
			continue
		}
		// the last line allowed: end it with the placeholder (CPython's _wrap_chunks)
		placed := false
		ph := []rune(w.Placeholder)
		for len(cur) > 0 {
			if !twIsBlank(cur[len(cur)-1]) && curLen+len(ph) <= width {
				lines = append(lines, join(append(cur, ph)))
				placed = true
				break
			}
			curLen -= len(cur[len(cur)-1])
			cur = cur[:len(cur)-1]
		}
		if !placed {
			if len(lines) > 0 {
				prev := RStrip(lines[len(lines)-1])
				if Len(prev)+len(ph) <= w.Width {
					lines[len(lines)-1] = prev + w.Placeholder
					return lines
				}
			}
			lines = append(lines, indent+LStrip(w.Placeholder))
		}
		return lines
	}
	return lines
}

// TextShorten is textwrap.shorten(text, width, placeholder=...): whitespace
// collapsed, then cut to one line ending with the placeholder.
func TextShorten(text string, width int, placeholder string) string {
	w := TextWrapper{Width: width, BreakLongWords: true, BreakOnHyphens: true, MaxLines: 1, Placeholder: placeholder}
	return w.Fill(strings.Join(Split(Strip(text)), " "))
}

// TextIndentIf is textwrap.indent(text, prefix, predicate): prefix added to
// the lines (with their line breaks) for which predicate is true.
func TextIndentIf(text, prefix string, predicate func(string) bool) string {
	var b strings.Builder
	for _, ln := range Splitlines(text, true) {
		if predicate(ln) {
			b.WriteString(prefix)
		}
		b.WriteString(ln)
	}
	return b.String()
}

// Fill is TextWrapper.fill(text).
func (w TextWrapper) Fill(text string) string { return strings.Join(w.Wrap(text), "\n") }
