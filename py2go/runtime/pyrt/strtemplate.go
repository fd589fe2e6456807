package pyrt

import (
	"strings"
	"unicode/utf8"
)

// StrTemplate is string.Template: `$name`, `${name}` and `$$` with the default
// delimiter and idpattern (ASCII letters, digits, underscore; case-insensitive).
type StrTemplate struct{ Template string }

// NewStrTemplate is string.Template(s).
func NewStrTemplate(s string) *StrTemplate { return &StrTemplate{Template: s} }

// TemplateLookup finds a placeholder's text: str() of the mapping's value.
type TemplateLookup func(key string) (string, bool)

// TemplateDict looks names up in a dict (str() of the value, as '%s' does).
func TemplateDict[V any](d *Dict[string, V]) TemplateLookup {
	return func(k string) (string, bool) {
		v, ok := d.Get(k)
		if !ok {
			return "", false
		}
		return Str(v), true
	}
}

// TemplateKW looks names up in keyword arguments given as name, text pairs.
func TemplateKW(pairs ...string) TemplateLookup {
	return func(k string) (string, bool) {
		for i := 0; i+1 < len(pairs); i += 2 {
			if pairs[i] == k {
				return pairs[i+1], true
			}
		}
		return "", false
	}
}

func tmplIDStart(c byte) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

func tmplIDChar(c byte) bool { return tmplIDStart(c) || (c >= '0' && c <= '9') }

// tmplID returns the end of an identifier starting at i (i when there is none).
func tmplID(s string, i int) int {
	if i >= len(s) || !tmplIDStart(s[i]) {
		return i
	}
	j := i + 1
	for j < len(s) && tmplIDChar(s[j]) {
		j++
	}
	return j
}

// Substitute is Template.substitute: the first lookup that has a name wins
// (keyword arguments come before the mapping, as CPython's ChainMap). A missing
// name raises KeyError, a `$` not followed by a name, `{name}` or `$` raises
// ValueError naming its line and column.
func (t *StrTemplate) Substitute(lookups ...TemplateLookup) (string, error) {
	return t.subst(false, lookups)
}

// SafeSubstitute is Template.safe_substitute: missing names and stray `$` stay as written.
func (t *StrTemplate) SafeSubstitute(lookups ...TemplateLookup) string {
	s, _ := t.subst(true, lookups)
	return s
}

func (t *StrTemplate) find(k string, lookups []TemplateLookup) (string, bool) {
	for _, l := range lookups {
		if v, ok := l(k); ok {
			return v, true
		}
	}
	return "", false
}

func (t *StrTemplate) subst(safe bool, lookups []TemplateLookup) (string, error) {
	s := t.Template
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '$' {
			continue
		}
		b.WriteString(s[last:i])
		j := i + 1
		switch {
		case j < len(s) && s[j] == '$':
			b.WriteByte('$')
			last = j + 1
			i = j
			continue
		case tmplID(s, j) > j:
			end := tmplID(s, j)
			if v, ok := t.find(s[j:end], lookups); ok {
				b.WriteString(v)
			} else if safe {
				b.WriteString(s[i:end])
			} else {
				return "", keyError(s[j:end])
			}
			last = end
			i = end - 1
			continue
		case j < len(s) && s[j] == '{':
			end := tmplID(s, j+1)
			if end > j+1 && end < len(s) && s[end] == '}' {
				if v, ok := t.find(s[j+1:end], lookups); ok {
					b.WriteString(v)
				} else if safe {
					b.WriteString(s[i : end+1])
				} else {
					return "", keyError(s[j+1 : end])
				}
				last = end + 1
				i = end
				continue
			}
		}
		if !safe {
			return "", tmplInvalid(s[:j])
		}
		b.WriteByte('$')
		last = j
	}
	b.WriteString(s[last:])
	return b.String(), nil
}

// tmplInvalid is CPython's ValueError for a bad placeholder; head is the text up
// to and including the `$`.
func tmplInvalid(head string) error {
	lines := Splitlines(head, true)
	col := utf8.RuneCountInString(head)
	for _, l := range lines[:len(lines)-1] {
		col -= utf8.RuneCountInString(l)
	}
	return NewError("ValueError", "Invalid placeholder in string: line "+itoa(len(lines))+", col "+itoa(col))
}
