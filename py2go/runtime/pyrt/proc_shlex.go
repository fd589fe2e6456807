package pyrt

import "strings"

// ShlexSplit is shlex.split(s) (POSIX mode, no comments), with CPython's
// ValueError messages "No closing quotation" / "No escaped character".
func ShlexSplit(s string) ([]string, error) {
	return ShlexSplitComments(s, false)
}

// ShlexSplitComments is shlex.split(s, comments=comments): with comments, a '#' outside quotes
// and escapes (also inside a word: "a#b" is "a") ends the token and skips the rest of its line.
func ShlexSplitComments(s string, comments bool) ([]string, error) {
	out := []string{}
	var tok strings.Builder
	state := ' '
	escaped := 'a'
	quoted := false
	inTok := false
	rs := []rune(s)
	for i := 0; ; i++ {
		if i >= len(rs) {
			switch state {
			case '\'', '"':
				return nil, NewError("ValueError", "No closing quotation")
			case '\\':
				return nil, NewError("ValueError", "No escaped character")
			}
			if inTok || quoted {
				out = append(out, tok.String())
			}
			return out, nil
		}
		c := rs[i]
		switch state {
		case ' ', 'a':
			switch {
			case comments && c == '#':
				if state == 'a' {
					out = append(out, tok.String())
					tok.Reset()
					quoted, inTok = false, false
					state = ' '
				}
				for i+1 < len(rs) && rs[i+1] != '\n' {
					i++
				}
				i++ // the newline ends the comment (shlex's readline)
			case c == ' ' || c == '\t' || c == '\r' || c == '\n':
				if state == 'a' {
					out = append(out, tok.String())
					tok.Reset()
					quoted, inTok = false, false
					state = ' '
				}
			case c == '\\':
				escaped = 'a'
				state = '\\'
				inTok = true
			case c == '\'' || c == '"':
				state = c
				inTok = true
			default:
				tok.WriteRune(c)
				state = 'a'
				inTok = true
			}
		case '\'', '"':
			quoted = true
			switch {
			case c == state:
				state = 'a'
			case c == '\\' && state == '"':
				escaped = state
				state = '\\'
			default:
				tok.WriteRune(c)
			}
		case '\\':
			if (escaped == '\'' || escaped == '"') && c != '\\' && c != escaped {
				tok.WriteRune('\\')
			}
			tok.WriteRune(c)
			state = escaped
		}
	}
}

func shlexSafe(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			continue
		}
		if strings.IndexByte("_@%+=:,./-", c) >= 0 {
			continue
		}
		return false
	}
	return true
}

// ShlexQuote is shlex.quote(s).
func ShlexQuote(s string) string {
	if s == "" {
		return "''"
	}
	if shlexSafe(s) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'"'"'`) + "'"
}

// ShlexJoin is shlex.join(args).
func ShlexJoin(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = ShlexQuote(a)
	}
	return strings.Join(q, " ")
}
