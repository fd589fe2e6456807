package pyrt

import "testing"

// Expectations printed by CPython 3.11.
func TestRegexOps(t *testing.T) {
	m := ReCompile(`(\d+)-(\w+)`, 0).Match("12-ab")
	if m == nil || m.Group(0) != "12-ab" || Repr(m.GroupsStr()) != "['12', 'ab']" || Repr(m.Span(0)) != "(0, 5)" {
		t.Errorf("match: %v", m)
	}
	m = ReCompile(`error: (.*)$`, 0).Search("line error: disk full\n")
	if m == nil || m.Group(1) != "disk full" || Repr(m.Span(0)) != "(5, 21)" {
		t.Errorf("search $: %v", m)
	}
	cases := []struct{ got, want string }{
		{ReCompile(`x$`, 0).Sub("y", "ax\n", 0), "ay\n"},
		{ReCompile(`\s+$`, 0).Sub("", "a  \n", 0), "a"},
		{Repr(ReCompile(`\d+`, 0).FindAll("a1 b22 c٣")), "['1', '22', '٣']"},
		{Repr(ReCompile(`[,;]\s*`, 0).Split("a, b;c", 0)), "['a', 'b', 'c']"},
		{Repr(ReCompile(`(,)`, 0).Split("a,b", 0)), "['a', ',', 'b']"},
		{ReCompile(`(?P<k>\w+)=(\w+)`, 0).Sub(`\2=\g<k>`, "a=1 b=2", 0), "1=a 2=b"},
		{Repr(ReCompile(`(?i)ERR\w*`, 0).FindAll("err Error x")), "['err', 'Error']"},
		{ReCompile(`^`, 0).Sub("> ", "a\nb", 0), "> a\nb"},
		{ReCompile(`^`, ReMultiline).Sub("> ", "a\nb", 0), "> a\n> b"},
		{Repr(ReCompile(`\bfoo\b`, 0).FindAll("foo foobar foo")), "['foo', 'foo']"},
		{Repr(ReCompile(`\s`, 0).FindAll("a\x1cb c")), `['\x1c', ' ']`},
		{Repr(ReCompile(`a{,2}b`, 0).FindAll("aaab")), "['aab']"},
		{Repr(ReCompile(`\$\d+`, 0).FindAll("cost $12 and $3")), "['$12', '$3']"},
		{Repr(ReCompile(`[]a]+`, 0).FindAll("x]a]y")), "[']a]']"},
		{Repr(ReCompile(`
			(\w+)   # key
			\s*=\s*
			(\S+)   # value
		`, ReVerbose).Match("k = v").GroupsStr()), "['k', 'v']"},
		{Repr(ReCompile(`a.b`, ReDotAll).FindAll("a\nb")), `['a\nb']`},
		{Repr(ReCompile(`(a)|(b)`, 0).Search("b").Groups()), "[None, 'b']"},
		{Repr(ReCompile(`x`, 0).Subn("y", "xax", 1)), "('yax', 1)"},
		{ReEscape("a.b*c d"), `a\.b\*c\ d`},
		{Repr(ReCompile(`ab`, 0).FullMatch("ab\n")), "None"},
		{Repr(ReCompile(`ab$`, 0).Match("ab\n")), "<re.Match object; span=(0, 2), match='ab'>"},
		{Repr(ReCompile(`é(\w)`, 0).Search("xxéz").Span(1)), "(3, 4)"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("%d: got %q want %q", i, c.got, c.want)
		}
	}
}

func TestRegexUnsupported(t *testing.T) {
	for _, p := range []string{`(a)\1`, `a(?=b)`, `(?<!x)y`, `a*+`, `(?P=n)`} {
		func() {
			defer func() {
				e, ok := recover().(*Exception)
				if !ok || e.Kind != "NotImplementedError" {
					t.Errorf("%s: want NotImplementedError, got %v", p, e)
				}
			}()
			ReCompile(p, 0)
		}()
	}
}
