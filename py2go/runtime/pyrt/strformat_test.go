package pyrt

import "testing"

// Expectations printed by CPython 3.11: fmt.format(*args, **kw), or "Type: message".
func TestStrFormat(t *testing.T) {
	cases := []struct {
		format string
		args   []any
		kw     map[string]any
		want   string
	}{
		{"{} and {}", []any{"a", 1}, map[string]any{}, "a and 1"},
		{"{0}{1}{0}", []any{"x", "y"}, map[string]any{}, "xyx"},
		{"{name!r:>8}|{n:05.1f}|{{lit}}", []any{}, map[string]any{"name": "web", "n": 3.14159}, "   'web'|003.1|{lit}"},
		{"{}{0}", []any{"a"}, map[string]any{}, "ValueError: cannot switch from automatic field numbering to manual field specification"},
		{"{0}{}", []any{"a"}, map[string]any{}, "ValueError: cannot switch from manual field specification to automatic field numbering"},
		{"{missing}", []any{}, map[string]any{}, "KeyError: 'missing'"},
		{"{2}", []any{"a"}, map[string]any{}, "IndexError: Replacement index 2 out of range for positional args tuple"},
		{"}", []any{}, map[string]any{}, "ValueError: Single '}' encountered in format string"},
		{"x{", []any{}, map[string]any{}, "ValueError: Single '{' encountered in format string"},
		{"{:", []any{}, map[string]any{}, "ValueError: unmatched '{' in format spec"},
		{"{0", []any{}, map[string]any{}, "ValueError: expected '}' before end of string"},
		{"{a!r", []any{}, map[string]any{}, "ValueError: unmatched '{' in format spec"},
		{"{{}", []any{}, map[string]any{}, "ValueError: Single '}' encountered in format string"},
		{"{x!z}", []any{}, map[string]any{"x": 1}, "ValueError: Unknown conversion specifier z"},
		{"{x!rr}", []any{}, map[string]any{"x": 1}, "ValueError: expected ':' after conversion specifier"},
		{"{hours:g}h", []any{}, map[string]any{"hours": 3.5}, "3.5h"},
		{"{v!s:^7}", []any{}, map[string]any{"v": nil}, " None  "},
		{"{v!a}", []any{}, map[string]any{"v": "é"}, "'\\xe9'"},
		{"[{}]", []any{[]any{1, "a"}}, map[string]any{}, "[[1, 'a']]"},
		{"{x:d}", []any{}, map[string]any{"x": "s"}, "ValueError: Unknown format code 'd' for object of type 'str'"},
		{"{:,}", []any{1234567}, map[string]any{}, "1,234,567"},
		{"Window : {start} -> {end} ({hours:g}h)", []any{}, map[string]any{"start": "a", "end": "b", "hours": 2.0}, "Window : a -> b (2h)"},
	}
	for _, c := range cases {
		got := excText(func() string { return StrFormat(c.format, c.args, c.kw) })
		if got != c.want {
			t.Errorf("%q.format(%v, %v) = %q, want %q", c.format, c.args, c.kw, got, c.want)
		}
	}
}
