package pyrt

import (
	"strings"
	"testing"
)

// Expectations printed by CPython 3.11: repr(textwrap.shorten(text, width, placeholder=p)) and
// textwrap.indent(text, prefix, lambda l: not l.startswith("Subject")).
func TestTextShortenAndIndentIf(t *testing.T) {
	cases := []struct {
		text  string
		width int
		ph    string
		want  string
	}{
		{"Database failover drill - We will promote the replica   in the secondary region to primary and back again.", 60, " [...]", "'Database failover drill - We will promote the replica [...]'"},
		{"short text", 20, " [...]", "'short text'"},
		{"Hello  world!", 12, " [...]", "'Hello world!'"},
		{"Hello world!", 11, " [...]", "'Hello [...]'"},
		{"Hello world!", 10, "...", "'Hello...'"},
		{"  lots   of\tspace\nhere  and there and everywhere  ", 25, "~", "'lots of space here and~'"},
		{"Supercalifragilisticexpialidocious is long", 15, " [...]", "'[...]'"},
		{"a b c d e f g", 7, " [...]", "'a [...]'"},
		{"", 10, " [...]", "''"},
		{"x", 3, " [...]", "ValueError: placeholder too large for max width"},
	}
	for _, c := range cases {
		got := excText(func() string { return Repr(TextShorten(c.text, c.width, c.ph)) })
		if got != c.want {
			t.Errorf("shorten(%q, %d, %q) = %s, want %s", c.text, c.width, c.ph, got, c.want)
		}
	}
	ind := [][3]string{
		{"a\n\n b\nc\n", "> ", "> a\n> \n>  b\n> c\n"},
		{"Subject: x\nbody\n  \nend", "# ", "Subject: x\n# body\n#   \n# end"},
	}
	for _, c := range ind {
		got := TextIndentIf(c[0], c[1], func(l string) bool { return !strings.HasPrefix(l, "Subject") })
		if got != c[2] {
			t.Errorf("indent(%q) = %q, want %q", c[0], got, c[2])
		}
	}
}
