package pyrt

import "testing"

// Expectations printed by CPython 3.11 (string.Template).
func TestStrTemplate(t *testing.T) {
	must := func(s string, err error) string {
		if err != nil {
			panic(err)
		}
		return s
	}
	runPyCases(t, []pyCase{
		{`string.Template('$who likes $what').substitute({'who': 'tim', 'what': 'kung pao'})`, func() string {
			return must(NewStrTemplate("$who likes $what").Substitute(TemplateDict(DictOf[string, any](Tuple2[string, any]{"who", "tim"}, Tuple2[string, any]{"what", "kung pao"}))))
		}, "tim likes kung pao"},
		{`string.Template('$who likes $what').safe_substitute({'who': 'tim', 'what': 'kung pao'})`, func() string {
			return NewStrTemplate("$who likes $what").SafeSubstitute(TemplateDict(DictOf[string, any](Tuple2[string, any]{"who", "tim"}, Tuple2[string, any]{"what", "kung pao"})))
		}, "tim likes kung pao"},
		{`string.Template('${a}b $$ $a').substitute({'a': 1})`, func() string {
			return must(NewStrTemplate("${a}b $$ $a").Substitute(TemplateDict(DictOf[string, any](Tuple2[string, any]{"a", 1}))))
		}, "1b $ 1"},
		{`string.Template('${a}b $$ $a').safe_substitute({'a': 1})`, func() string {
			return NewStrTemplate("${a}b $$ $a").SafeSubstitute(TemplateDict(DictOf[string, any](Tuple2[string, any]{"a", 1})))
		}, "1b $ 1"},
		{`string.Template('x $ y').substitute({})`, func() string { return must(NewStrTemplate("x $ y").Substitute(TemplateDict(DictOf[string, any]()))) }, "panic:ValueError: Invalid placeholder in string: line 1, col 3"},
		{`string.Template('x $ y').safe_substitute({})`, func() string { return NewStrTemplate("x $ y").SafeSubstitute(TemplateDict(DictOf[string, any]())) }, "x $ y"},
		{`string.Template('line1\nab $').substitute({})`, func() string {
			return must(NewStrTemplate("line1\nab $").Substitute(TemplateDict(DictOf[string, any]())))
		}, "panic:ValueError: Invalid placeholder in string: line 2, col 4"},
		{`string.Template('line1\nab $').safe_substitute({})`, func() string {
			return NewStrTemplate("line1\nab $").SafeSubstitute(TemplateDict(DictOf[string, any]()))
		}, "line1\nab $"},
		{`string.Template('line1\r\nab $1').substitute({})`, func() string {
			return must(NewStrTemplate("line1\r\nab $1").Substitute(TemplateDict(DictOf[string, any]())))
		}, "panic:ValueError: Invalid placeholder in string: line 2, col 4"},
		{`string.Template('line1\r\nab $1').safe_substitute({})`, func() string {
			return NewStrTemplate("line1\r\nab $1").SafeSubstitute(TemplateDict(DictOf[string, any]()))
		}, "line1\r\nab $1"},
		{`string.Template('$missing').substitute({})`, func() string { return must(NewStrTemplate("$missing").Substitute(TemplateDict(DictOf[string, any]()))) }, "panic:KeyError: 'missing'"},
		{`string.Template('$missing').safe_substitute({})`, func() string { return NewStrTemplate("$missing").SafeSubstitute(TemplateDict(DictOf[string, any]())) }, "$missing"},
		{`string.Template('${missing}').substitute({})`, func() string {
			return must(NewStrTemplate("${missing}").Substitute(TemplateDict(DictOf[string, any]())))
		}, "panic:KeyError: 'missing'"},
		{`string.Template('${missing}').safe_substitute({})`, func() string { return NewStrTemplate("${missing}").SafeSubstitute(TemplateDict(DictOf[string, any]())) }, "${missing}"},
		{`string.Template('${ bad}').substitute({})`, func() string { return must(NewStrTemplate("${ bad}").Substitute(TemplateDict(DictOf[string, any]()))) }, "panic:ValueError: Invalid placeholder in string: line 1, col 1"},
		{`string.Template('${ bad}').safe_substitute({})`, func() string { return NewStrTemplate("${ bad}").SafeSubstitute(TemplateDict(DictOf[string, any]())) }, "${ bad}"},
		{`string.Template('é $Über').substitute({})`, func() string {
			return must(NewStrTemplate("é $Über").Substitute(TemplateDict(DictOf[string, any]())))
		}, "panic:ValueError: Invalid placeholder in string: line 1, col 3"},
		{`string.Template('é $Über').safe_substitute({})`, func() string { return NewStrTemplate("é $Über").SafeSubstitute(TemplateDict(DictOf[string, any]())) }, "é $Über"},
		{`string.Template('$_x9 ${_x9}z').substitute({'_x9': 2.5})`, func() string {
			return must(NewStrTemplate("$_x9 ${_x9}z").Substitute(TemplateDict(DictOf[string, any](Tuple2[string, any]{"_x9", 2.5}))))
		}, "2.5 2.5z"},
		{`string.Template('$_x9 ${_x9}z').safe_substitute({'_x9': 2.5})`, func() string {
			return NewStrTemplate("$_x9 ${_x9}z").SafeSubstitute(TemplateDict(DictOf[string, any](Tuple2[string, any]{"_x9", 2.5})))
		}, "2.5 2.5z"},
		{`string.Template('$a$b').substitute({'a': True, 'b': None})`, func() string {
			return must(NewStrTemplate("$a$b").Substitute(TemplateDict(DictOf[string, any](Tuple2[string, any]{"a", true}, Tuple2[string, any]{"b", nil}))))
		}, "TrueNone"},
		{`string.Template('$a$b').safe_substitute({'a': True, 'b': None})`, func() string {
			return NewStrTemplate("$a$b").SafeSubstitute(TemplateDict(DictOf[string, any](Tuple2[string, any]{"a", true}, Tuple2[string, any]{"b", nil})))
		}, "TrueNone"},
		{`string.Template('\n\n$').substitute({})`, func() string { return must(NewStrTemplate("\n\n$").Substitute(TemplateDict(DictOf[string, any]()))) }, "panic:ValueError: Invalid placeholder in string: line 3, col 1"},
		{`string.Template('\n\n$').safe_substitute({})`, func() string { return NewStrTemplate("\n\n$").SafeSubstitute(TemplateDict(DictOf[string, any]())) }, "\n\n$"},
		{`string.Template('$').substitute({})`, func() string { return must(NewStrTemplate("$").Substitute(TemplateDict(DictOf[string, any]()))) }, "panic:ValueError: Invalid placeholder in string: line 1, col 1"},
		{`string.Template('$').safe_substitute({})`, func() string { return NewStrTemplate("$").SafeSubstitute(TemplateDict(DictOf[string, any]())) }, "$"},
		{`string.Template('${a').substitute({'a': 'x'})`, func() string {
			return must(NewStrTemplate("${a").Substitute(TemplateDict(DictOf[string, any](Tuple2[string, any]{"a", "x"}))))
		}, "panic:ValueError: Invalid placeholder in string: line 1, col 1"},
		{`string.Template('${a').safe_substitute({'a': 'x'})`, func() string {
			return NewStrTemplate("${a").SafeSubstitute(TemplateDict(DictOf[string, any](Tuple2[string, any]{"a", "x"})))
		}, "${a"},
		{`string.Template('$a.b ${A}').substitute({'a': 'x', 'A': 'y'})`, func() string {
			return must(NewStrTemplate("$a.b ${A}").Substitute(TemplateDict(DictOf[string, any](Tuple2[string, any]{"a", "x"}, Tuple2[string, any]{"A", "y"}))))
		}, "x.b y"},
		{`string.Template('$a.b ${A}').safe_substitute({'a': 'x', 'A': 'y'})`, func() string {
			return NewStrTemplate("$a.b ${A}").SafeSubstitute(TemplateDict(DictOf[string, any](Tuple2[string, any]{"a", "x"}, Tuple2[string, any]{"A", "y"})))
		}, "x.b y"},
		{`string.Template('cost $$5 $x$').substitute({'x': '1'})`, func() string {
			return must(NewStrTemplate("cost $$5 $x$").Substitute(TemplateDict(DictOf[string, any](Tuple2[string, any]{"x", "1"}))))
		}, "panic:ValueError: Invalid placeholder in string: line 1, col 12"},
		{`string.Template('cost $$5 $x$').safe_substitute({'x': '1'})`, func() string {
			return NewStrTemplate("cost $$5 $x$").SafeSubstitute(TemplateDict(DictOf[string, any](Tuple2[string, any]{"x", "1"})))
		}, "cost $5 1$"},
		{`string.Template("$a $b").substitute({"a": 1}, b="k")`, func() string {
			return must(NewStrTemplate("$a $b").Substitute(TemplateKW("b", "k"), TemplateDict(DictOf(Tuple2[string, int]{"a", 1}))))
		}, "1 k"},
	})
}
