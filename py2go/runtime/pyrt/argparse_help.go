package pyrt

import (
	"os"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// argparse.HelpFormatter and its subclasses, ported from CPython 3.11.

func ulen(s string) int { return utf8.RuneCountInString(s) }

func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat(" ", n)
}

// ljust pads s with spaces to n code points (Python's "%-*s").
func ljust(s string, n int) string { return s + spaces(n-ulen(s)) }

// terminalColumns is shutil.get_terminal_size().columns: $COLUMNS when it
// is a positive int, else the terminal size of stdout, else 80.
func terminalColumns() int {
	if c, err := Atoi(os.Getenv("COLUMNS")); err == nil && c > 0 {
		return c
	}
	if c := stdoutColumns(); c > 0 {
		return c
	}
	return 80
}

type helpSection struct {
	parent  *helpSection
	heading string
	items   []func() string
}

type helpFormatter struct {
	kind            string
	prog            string
	indentIncrement int
	maxHelpPosition int
	width           int
	currentIndent   int
	level           int
	actionMaxLength int
	root            *helpSection
	current         *helpSection
}

func (p *ArgParser) newFormatter() *helpFormatter {
	width := terminalColumns() - 2
	f := &helpFormatter{kind: p.formatter, prog: p.Prog, indentIncrement: 2, width: width}
	f.maxHelpPosition = min(24, max(width-20, 4))
	f.root = &helpSection{}
	f.current = f.root
	return f
}

func (f *helpFormatter) indent() { f.currentIndent += f.indentIncrement; f.level++ }
func (f *helpFormatter) dedent() { f.currentIndent -= f.indentIncrement; f.level-- }

func (f *helpFormatter) formatSection(s *helpSection) string {
	if s.parent != nil {
		f.indent()
	}
	var b strings.Builder
	for _, it := range s.items {
		b.WriteString(it())
	}
	itemHelp := b.String()
	if s.parent != nil {
		f.dedent()
	}
	if itemHelp == "" {
		return ""
	}
	heading := ""
	if s.heading != "" && s.heading != ArgSuppress {
		heading = spaces(f.currentIndent) + s.heading + ":\n"
	}
	return "\n" + heading + itemHelp + "\n"
}

func (f *helpFormatter) startSection(heading string) {
	f.indent()
	s := &helpSection{parent: f.current, heading: heading}
	f.current.items = append(f.current.items, func() string { return f.formatSection(s) })
	f.current = s
}

func (f *helpFormatter) endSection() {
	f.current = f.current.parent
	f.dedent()
}

func (f *helpFormatter) addText(text string) {
	if text != "" && text != ArgSuppress {
		f.current.items = append(f.current.items, func() string { return f.formatText(text) })
	}
}

func (f *helpFormatter) addUsage(usage string, actions []*argAction, groups []*ArgGroup, prefix string) {
	if usage != ArgSuppress {
		f.current.items = append(f.current.items, func() string { return f.formatUsage(usage, actions, groups, prefix) })
	}
}

func (f *helpFormatter) addArgument(a *argAction) {
	if a.suppressedHelp() {
		return
	}
	inv := []string{f.formatActionInvocation(a)}
	f.indent()
	for _, s := range a.subactions() {
		inv = append(inv, f.formatActionInvocation(s))
	}
	f.dedent()
	l := 0
	for _, s := range inv {
		l = max(l, ulen(s))
	}
	f.actionMaxLength = max(f.actionMaxLength, l+f.currentIndent)
	f.current.items = append(f.current.items, func() string { return f.formatAction(a) })
}

func (f *helpFormatter) addArguments(actions []*argAction) {
	for _, a := range actions {
		f.addArgument(a)
	}
}

var longBreakRE = regexp.MustCompile(`\n\n\n+`)

func (f *helpFormatter) formatHelp() string {
	h := f.formatSection(f.root)
	if h != "" {
		h = longBreakRE.ReplaceAllString(h, "\n\n")
		h = strings.Trim(h, "\n") + "\n"
	}
	return h
}

func (a *argAction) subactions() []*argAction {
	if a.sub != nil {
		return a.sub.choiceActs
	}
	return nil
}

func progDict(prog string) *Dict[string, any] {
	d := NewDict[string, any]()
	d.Set("prog", prog)
	return d
}

func (f *helpFormatter) formatUsage(usage string, actions []*argAction, groups []*ArgGroup, prefix string) string {
	switch {
	case usage != "":
		usage = Percent(usage, progDict(f.prog))
	case len(actions) == 0:
		usage = f.prog
	default:
		prog := f.prog
		var optionals, positionals []*argAction
		for _, a := range actions {
			if len(a.optionStrings) > 0 {
				optionals = append(optionals, a)
			} else {
				positionals = append(positionals, a)
			}
		}
		all := append(append([]*argAction(nil), optionals...), positionals...)
		actionUsage := f.formatActionsUsage(all, groups)
		usage = prog
		if actionUsage != "" {
			usage += " " + actionUsage
		}
		textWidth := f.width - f.currentIndent
		if ulen(prefix)+ulen(usage) > textWidth {
			optParts := usageParts(f.formatActionsUsage(optionals, groups))
			posParts := usageParts(f.formatActionsUsage(positionals, groups))
			getLines := func(parts []string, indent string, prefix *string) []string {
				var lines, line []string
				lineLen := ulen(indent) - 1
				if prefix != nil {
					lineLen = ulen(*prefix) - 1
				}
				for _, part := range parts {
					if lineLen+1+ulen(part) > textWidth && len(line) > 0 {
						lines = append(lines, indent+strings.Join(line, " "))
						line = nil
						lineLen = ulen(indent) - 1
					}
					line = append(line, part)
					lineLen += ulen(part) + 1
				}
				if len(line) > 0 {
					lines = append(lines, indent+strings.Join(line, " "))
				}
				if prefix != nil {
					lines[0] = string([]rune(lines[0])[ulen(indent):])
				}
				return lines
			}
			var lines []string
			if float64(ulen(prefix)+ulen(prog)) <= 0.75*float64(textWidth) {
				indent := spaces(ulen(prefix) + ulen(prog) + 1)
				switch {
				case len(optParts) > 0:
					lines = getLines(append([]string{prog}, optParts...), indent, &prefix)
					lines = append(lines, getLines(posParts, indent, nil)...)
				case len(posParts) > 0:
					lines = getLines(append([]string{prog}, posParts...), indent, &prefix)
				default:
					lines = []string{prog}
				}
			} else {
				indent := spaces(ulen(prefix))
				parts := append(append([]string(nil), optParts...), posParts...)
				lines = getLines(parts, indent, nil)
				if len(lines) > 1 {
					lines = nil
					lines = append(lines, getLines(optParts, indent, nil)...)
					lines = append(lines, getLines(posParts, indent, nil)...)
				}
				lines = append([]string{prog}, lines...)
			}
			usage = strings.Join(lines, "\n")
		}
	}
	return prefix + usage + "\n\n"
}

func isWS(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// usageParts is re.findall(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+', text).
func usageParts(text string) []string {
	var out []string
	n := len(text)
	bracket := func(p int, open, close byte) int {
		if text[p] != open {
			return -1
		}
		for j := p + 1; j < n && text[j] != '\n'; j++ {
			if text[j] != close {
				continue
			}
			e := j
			for e < n && text[e] == close {
				e++
			}
			if e == n || isWS(text[e]) {
				return e
			}
		}
		return -1
	}
	for p := 0; p < n; {
		if e := bracket(p, '(', ')'); e >= 0 {
			out = append(out, text[p:e])
			p = e
			continue
		}
		if e := bracket(p, '[', ']'); e >= 0 {
			out = append(out, text[p:e])
			p = e
			continue
		}
		if isWS(text[p]) {
			p++
			continue
		}
		e := p
		for e < n && !isWS(text[e]) {
			e++
		}
		out = append(out, text[p:e])
		p = e
	}
	return out
}

var (
	usageOpenSpace  = regexp.MustCompile(`([\[(]) `)
	usageSpaceClose = regexp.MustCompile(` ([\])])`)
	usageEmpty      = regexp.MustCompile(`[\[(] *[\])]`)
)

func (f *helpFormatter) formatActionsUsage(actions []*argAction, groups []*ArgGroup) string {
	groupActions := map[*argAction]bool{}
	inserts := map[int]string{}
	index := func(a *argAction) int {
		for i, x := range actions {
			if x == a {
				return i
			}
		}
		return -1
	}
	for _, g := range groups {
		if len(g.actions) == 0 {
			panic(NewError("ValueError", "empty group"))
		}
		start := index(g.actions[0])
		if start < 0 {
			continue
		}
		end := start + len(g.actions)
		if end > len(actions) {
			continue
		}
		same := true
		for i, a := range g.actions {
			if actions[start+i] != a {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		suppressed := 0
		for _, a := range g.actions {
			groupActions[a] = true
			if a.suppressedHelp() {
				suppressed++
			}
		}
		exposed := len(g.actions) - suppressed
		add := func(i int, s string) {
			if v, ok := inserts[i]; ok {
				inserts[i] = v + " " + s
			} else {
				inserts[i] = s
			}
		}
		if !g.required {
			if v, ok := inserts[start]; ok {
				inserts[start] = v + " ["
			} else {
				inserts[start] = "["
			}
			if v, ok := inserts[end]; ok {
				inserts[end] = v + "]"
			} else {
				inserts[end] = "]"
			}
		} else if exposed > 1 {
			add(start, "(")
			if v, ok := inserts[end]; ok {
				inserts[end] = v + ")"
			} else {
				inserts[end] = ")"
			}
		}
		for i := start + 1; i < end; i++ {
			inserts[i] = "|"
		}
	}
	parts := make([]*string, 0, len(actions))
	for i, a := range actions {
		switch {
		case a.suppressedHelp():
			parts = append(parts, nil)
			if inserts[i] == "|" {
				delete(inserts, i)
			} else if inserts[i+1] == "|" {
				delete(inserts, i+1)
			}
		case len(a.optionStrings) == 0:
			part := f.formatArgs(a, f.defaultMetavarPositional(a))
			if groupActions[a] && len(part) > 0 && part[0] == '[' && part[len(part)-1] == ']' {
				part = part[1 : len(part)-1]
			}
			parts = append(parts, &part)
		default:
			var part string
			if a.nargs == 0 {
				part = a.optionStrings[0]
			} else {
				part = a.optionStrings[0] + " " + f.formatArgs(a, f.defaultMetavarOptional(a))
			}
			if !a.required && !groupActions[a] {
				part = "[" + part + "]"
			}
			parts = append(parts, &part)
		}
	}
	// insert in reverse index order
	keys := make([]int, 0, len(inserts))
	for k := range inserts {
		keys = append(keys, k)
	}
	for i := 0; i < len(keys); i++ {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] > keys[i] {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	for _, k := range keys {
		s := inserts[k]
		if k > len(parts) {
			k = len(parts)
		}
		parts = append(parts[:k], append([]*string{&s}, parts[k:]...)...)
	}
	var items []string
	for _, p := range parts {
		if p != nil {
			items = append(items, *p)
		}
	}
	text := strings.Join(items, " ")
	text = usageOpenSpace.ReplaceAllString(text, "$1")
	text = usageSpaceClose.ReplaceAllString(text, "$1")
	text = usageEmpty.ReplaceAllString(text, "")
	return strings.TrimSpace(text)
}

func (f *helpFormatter) formatText(text string) string {
	if strings.Contains(text, "%(prog)") {
		text = Percent(text, progDict(f.prog))
	}
	textWidth := max(f.width-f.currentIndent, 11)
	indent := spaces(f.currentIndent)
	return f.fillText(text, textWidth, indent) + "\n\n"
}

func (f *helpFormatter) formatAction(a *argAction) string {
	helpPosition := min(f.actionMaxLength+2, f.maxHelpPosition)
	helpWidth := max(f.width-helpPosition, 11)
	actionWidth := helpPosition - f.currentIndent - 2
	header := f.formatActionInvocation(a)
	indentFirst := 0
	switch {
	case a.help == "":
		header = spaces(f.currentIndent) + header + "\n"
	case ulen(header) <= actionWidth:
		header = spaces(f.currentIndent) + ljust(header, actionWidth) + "  "
	default:
		header = spaces(f.currentIndent) + header + "\n"
		indentFirst = helpPosition
	}
	parts := []string{header}
	if a.help != "" && Strip(a.help) != "" {
		helpText := f.expandHelp(a)
		if helpText != "" {
			lines := f.splitLines(helpText, helpWidth)
			if len(lines) > 0 {
				parts = append(parts, spaces(indentFirst)+lines[0]+"\n")
				for _, l := range lines[1:] {
					parts = append(parts, spaces(helpPosition)+l+"\n")
				}
			} else {
				parts = append(parts, spaces(indentFirst)+"\n")
			}
		}
	} else if !strings.HasSuffix(header, "\n") {
		parts = append(parts, "\n")
	}
	f.indent()
	for _, s := range a.subactions() {
		parts = append(parts, f.formatAction(s))
	}
	f.dedent()
	return strings.Join(parts, "")
}

func (f *helpFormatter) formatActionInvocation(a *argAction) string {
	if len(a.optionStrings) == 0 {
		return f.metavar(a, f.defaultMetavarPositional(a), 1)[0]
	}
	if a.nargs == 0 {
		return strings.Join(a.optionStrings, ", ")
	}
	args := f.formatArgs(a, f.defaultMetavarOptional(a))
	parts := make([]string, len(a.optionStrings))
	for i, o := range a.optionStrings {
		parts[i] = o + " " + args
	}
	return strings.Join(parts, ", ")
}

func (f *helpFormatter) metavar(a *argAction, def string, n int) []string {
	var result string
	switch mv := a.metavar.(type) {
	case []string:
		if len(mv) != n {
			panic(NewError("TypeError", "not enough arguments for format string"))
		}
		return mv
	case string:
		result = mv
	default:
		switch {
		case a.sub != nil:
			result = "{" + strings.Join(a.sub.names, ",") + "}"
		case a.choices != nil:
			strs := make([]string, len(a.choices))
			for i, c := range a.choices {
				strs[i] = Str(c)
			}
			result = "{" + strings.Join(strs, ",") + "}"
		default:
			result = def
		}
	}
	out := make([]string, n)
	for i := range out {
		out[i] = result
	}
	return out
}

func (f *helpFormatter) formatArgs(a *argAction, def string) string {
	switch n := a.nargs.(type) {
	case nil:
		return f.metavar(a, def, 1)[0]
	case string:
		switch n {
		case "?":
			return "[" + f.metavar(a, def, 1)[0] + "]"
		case "*":
			if mv, ok := a.metavar.([]string); ok && len(mv) == 2 {
				return "[" + mv[0] + " [" + mv[1] + " ...]]"
			}
			return "[" + f.metavar(a, def, 1)[0] + " ...]"
		case "+":
			m := f.metavar(a, def, 2)
			return m[0] + " [" + m[1] + " ...]"
		case "...":
			return "..."
		case nargsParser:
			return f.metavar(a, def, 1)[0] + " ..."
		case ArgSuppress:
			return ""
		}
	case int:
		return strings.Join(f.metavar(a, def, n), " ")
	}
	return ""
}

func (f *helpFormatter) defaultMetavarOptional(a *argAction) string {
	if f.kind == "MetavarType" && a.typeLabel() != "" {
		return a.typeLabel()
	}
	return strings.ToUpper(a.dest)
}

func (f *helpFormatter) defaultMetavarPositional(a *argAction) string {
	if f.kind == "MetavarType" && a.typeLabel() != "" {
		return a.typeLabel()
	}
	return a.dest
}

func (f *helpFormatter) helpString(a *argAction) string {
	help := a.help
	if f.kind == "ArgumentDefaults" && !strings.Contains(help, "%(default)") {
		if a.def != ArgSuppress && (len(a.optionStrings) > 0 || a.nargs == "?" || a.nargs == "*") {
			help += " (default: %(default)s)"
		}
	}
	return help
}

func (f *helpFormatter) expandHelp(a *argAction) string {
	d := NewDict[string, any]()
	set := func(k string, v any) {
		if s, ok := v.(string); ok && s == ArgSuppress {
			return
		}
		d.Set(k, v)
	}
	opts := make([]any, len(a.optionStrings))
	for i, o := range a.optionStrings {
		opts[i] = o
	}
	set("option_strings", opts)
	set("dest", a.dest)
	set("nargs", a.nargs)
	set("const", a.constVal)
	set("default", a.def)
	if t := a.typeLabel(); t != "" {
		set("type", t)
	} else {
		set("type", nil)
	}
	if a.choices != nil {
		strs := make([]string, len(a.choices))
		for i, c := range a.choices {
			strs[i] = Str(c)
		}
		set("choices", strings.Join(strs, ", "))
	} else {
		set("choices", nil)
	}
	set("required", a.required)
	set("help", a.help)
	if mv, ok := a.metavar.([]string); ok {
		set("metavar", normArgValue(mv))
	} else {
		set("metavar", a.metavar)
	}
	if a.kind == "version" {
		set("version", a.version)
	}
	set("prog", f.prog)
	return Percent(f.helpString(a), d)
}

var asciiWS = regexp.MustCompile(`[ \t\n\r\f\v]+`)

func (f *helpFormatter) splitLines(text string, width int) []string {
	if f.kind == "RawText" {
		return Splitlines(text, false)
	}
	text = Strip(asciiWS.ReplaceAllString(text, " "))
	return textWrap(text, width, "", "")
}

func (f *helpFormatter) fillText(text string, width int, indent string) string {
	if f.kind == "RawDescription" || f.kind == "RawText" {
		var b strings.Builder
		for _, l := range Splitlines(text, true) {
			b.WriteString(indent + l)
		}
		return b.String()
	}
	text = Strip(asciiWS.ReplaceAllString(text, " "))
	return strings.Join(textWrap(text, width, indent, indent), "\n")
}

// --- textwrap.wrap (CPython 3.11 defaults: break_long_words,
// break_on_hyphens, drop_whitespace) --------------------------------------

func twSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
}

func twWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r)
}

func twLetter(r rune) bool { return twWord(r) && !unicode.IsDigit(r) }

func twWordPunct(r rune) bool { return twWord(r) || strings.ContainsRune("!\"'&.,?", r) }

// twChunks is TextWrapper._split: textwrap's wordsep_re, hand-written
// because RE2 has no lookbehind.
func twChunks(text string) []string {
	rs := []rune(text)
	n := len(rs)
	at := func(i int) rune {
		if i < 0 || i >= n {
			return -1
		}
		return rs[i]
	}
	// -{2,}\w at i
	dashesWord := func(i int) bool {
		j := i
		for j < n && rs[j] == '-' {
			j++
		}
		return j-i >= 2 && j < n && twWord(rs[j])
	}
	var out []string
	p := 0
	for p < n {
		if twSpace(rs[p]) {
			e := p
			for e < n && twSpace(rs[e]) {
				e++
			}
			out = append(out, string(rs[p:e]))
			p = e
			continue
		}
		if p > 0 && twWordPunct(rs[p-1]) && dashesWord(p) {
			e := p
			for e < n && rs[e] == '-' {
				e++
			}
			out = append(out, string(rs[p:e]))
			p = e
			continue
		}
		end := -1
		for e := p + 1; e <= n; e++ {
			if twSpace(at(e - 1)) {
				break
			}
			// hyphenated word: rs[e] == '-' consumed, chunk ends after it
			if at(e) == '-' {
				lb := (twLetter(at(e-2)) && twLetter(at(e-1))) ||
					(twLetter(at(e-3)) && at(e-2) == '-' && twLetter(at(e-1)))
				// (?<=lt{2}-) / (?<=lt-lt-) checked at e+1
				la := twLetter(at(e+1)) && (twLetter(at(e+2)) || at(e+2) == '-' && twLetter(at(e+3)))
				if lb && la {
					end = e + 1
					break
				}
			}
			if e == n || twSpace(at(e)) {
				end = e
				break
			}
			if twWordPunct(at(e-1)) && dashesWord(e) {
				end = e
				break
			}
		}
		if end < 0 {
			end = p + 1
		}
		out = append(out, string(rs[p:end]))
		p = end
	}
	return out
}

func textWrap(text string, width int, initialIndent, subsequentIndent string) []string {
	chunks := twChunks(text)
	// reverse
	for i, j := 0, len(chunks)-1; i < j; i, j = i+1, j-1 {
		chunks[i], chunks[j] = chunks[j], chunks[i]
	}
	var lines []string
	for len(chunks) > 0 {
		var cur []string
		curLen := 0
		indent := initialIndent
		if len(lines) > 0 {
			indent = subsequentIndent
		}
		w := width - ulen(indent)
		if Strip(chunks[len(chunks)-1]) == "" && len(lines) > 0 {
			chunks = chunks[:len(chunks)-1]
		}
		for len(chunks) > 0 {
			l := ulen(chunks[len(chunks)-1])
			if curLen+l <= w {
				cur = append(cur, chunks[len(chunks)-1])
				chunks = chunks[:len(chunks)-1]
				curLen += l
			} else {
				break
			}
		}
		if len(chunks) > 0 && ulen(chunks[len(chunks)-1]) > w {
			spaceLeft := w - curLen
			if w < 1 {
				spaceLeft = 1
			}
			chunk := []rune(chunks[len(chunks)-1])
			end := spaceLeft
			if len(chunk) > spaceLeft {
				hyphen := -1
				for i := spaceLeft - 1; i >= 0; i-- {
					if chunk[i] == '-' {
						hyphen = i
						break
					}
				}
				if hyphen > 0 {
					for _, c := range chunk[:hyphen] {
						if c != '-' {
							end = hyphen + 1
							break
						}
					}
				}
			}
			cur = append(cur, string(chunk[:end]))
			chunks[len(chunks)-1] = string(chunk[end:])
			curLen = 0
			for _, c := range cur {
				curLen += ulen(c)
			}
		}
		if len(cur) > 0 && Strip(cur[len(cur)-1]) == "" {
			cur = cur[:len(cur)-1]
		}
		if len(cur) > 0 {
			lines = append(lines, indent+strings.Join(cur, ""))
		}
	}
	return lines
}
