package pyrt

import (
	"strconv"
	"strings"
	"testing"
)

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

// Expectations printed by CPython 3.11 (re.sub with a function as replacement).
func TestRegexSubFunc(t *testing.T) {
	double := func(m *Match) string { n, _ := strconv.Atoi(m.Group(0)); return strconv.Itoa(2 * n) }
	upper := func(m *Match) string { return strings.ToUpper(m.Group("k")) }
	none := func(m *Match) *string { return nil }
	num := func(m *Match) int { return 1 }
	runPyCases(t, []pyCase{
		{`re.sub(r'\d+', double, 'a1 b22 c3', count=2)`, func() string { return SubFunc(ReCompile(`\d+`, 0), double, "a1 b22 c3", 2) }, "a2 b44 c3"},
		{`re.compile(r'(?P<k>\w+)=(\w+)').sub(upper, 'x=1, yy=2')`, func() string { return SubFunc(ReCompile(`(?P<k>\w+)=(\w+)`, 0), upper, "x=1, yy=2", 0) }, "X, YY"},
		{`re.sub('a', lambda m: None, 'xaab')`, func() string { return SubFunc(ReCompile(`a`, 0), none, "xaab", 0) }, "xb"},
		{`re.sub('a', lambda m: 1, 'ab')`, func() string { return SubFunc(ReCompile(`a`, 0), num, "ab", 0) }, "panic:TypeError: sequence item 0: expected str instance, int found"},
		{`re.sub('a', lambda m: 1, 'xab')`, func() string { return SubFunc(ReCompile(`a`, 0), num, "xab", 0) }, "panic:TypeError: sequence item 1: expected str instance, int found"},
	})
}
