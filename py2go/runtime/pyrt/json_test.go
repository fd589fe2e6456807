package pyrt

import (
	"math"
	"testing"
)

// Expectations printed by CPython 3.11 (json.dumps / json.loads).
func TestJSONDumps(t *testing.T) {
	d := NewDict[string, any]()
	d.Set("a", []any{1, 2.0, 1e16, nil, true})
	d.Set("é", "x\u00e9\U0001F600\n")
	d.Set("n", math.NaN())
	sorted := NewDict[string, any]()
	sorted.Set("b", 1)
	sorted.Set("a", NewDict[string, int]())
	sorted.Set("c", []int{})
	u := NewDict[string, string]()
	u.Set("é", "é")
	ik := NewDict[int, string]()
	ik.Set(1, "x")
	two := "  "
	tab := "\t"
	cases := []struct {
		v    any
		o    JSONOpts
		want string
	}{
		{d, JSONOpts{}, `{"a": [1, 2.0, 1e+16, null, true], "\u00e9": "x\u00e9\ud83d\ude00\n", "n": NaN}`},
		{sorted, JSONOpts{Indent: &two, SortKeys: true}, "{\n  \"a\": {},\n  \"b\": 1,\n  \"c\": []\n}"},
		{[]any{1, []int{2, 3}}, JSONOpts{Seps: &Tuple2[string, string]{",", ":"}}, `[1,[2,3]]`},
		{u, JSONOpts{Indent: &tab, KeepUnicode: true}, "{\n\t\"é\": \"é\"\n}"},
		{ik, JSONOpts{}, `{"1": "x"}`},
		{Tuple2[string, int]{"a", 1}, JSONOpts{}, `["a", 1]`},
		{(*int)(nil), JSONOpts{}, `null`},
	}
	for _, c := range cases {
		got, err := JSONDumps(c.v, c.o)
		if err != nil || got != c.want {
			t.Errorf("JSONDumps(%v) = %q, %v; want %q", c.v, got, err, c.want)
		}
	}
	if _, err := JSONDumps(NewSet[string](), JSONOpts{}); err == nil || err.Error() != "TypeError: Object of type set is not JSON serializable" {
		t.Errorf("set: %v", err)
	}
}

func TestJSONLoadsErrors(t *testing.T) {
	cases := map[string]string{
		``:              "Expecting value: line 1 column 1 (char 0)",
		`[1,]`:          "Expecting value: line 1 column 4 (char 3)",
		`{"a":1,}`:      "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)",
		`{"a" 1}`:       "Expecting ':' delimiter: line 1 column 6 (char 5)",
		`{1:2}`:         "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
		`[1 2]`:         "Expecting ',' delimiter: line 1 column 4 (char 3)",
		`"abc`:          "Unterminated string starting at: line 1 column 1 (char 0)",
		`[1] x`:         "Extra data: line 1 column 5 (char 4)",
		`"a\qb"`:        "Invalid \\escape: line 1 column 3 (char 2)",
		"\"a\nb\"":      "Invalid control character at: line 1 column 3 (char 2)",
		`tru`:           "Expecting value: line 1 column 1 (char 0)",
		`{"a":1`:        "Expecting ',' delimiter: line 1 column 7 (char 6)",
		`[`:             "Expecting value: line 1 column 2 (char 1)",
		`"\u12"`:        "Invalid \\uXXXX escape: line 1 column 3 (char 2)",
		`-`:             "Expecting value: line 1 column 1 (char 0)",
		`01`:            "Extra data: line 1 column 2 (char 1)",
		"{\n \"é\": x}": "Expecting value: line 2 column 7 (char 8)",
	}
	for in, want := range cases {
		_, err := JSONParse(in)
		if err == nil || err.Error() != "JSONDecodeError: "+want || ExcName(err) != "json.decoder.JSONDecodeError" {
			t.Errorf("JSONParse(%q) = %v; want %s", in, err, want)
		}
	}
}

func TestJSONLoadsTyped(t *testing.T) {
	d, err := JSONLoads[*Dict[string, []string]](`{"web": ["a", "b"], "db": []}`)
	if err != nil || Repr(d) != `{'web': ['a', 'b'], 'db': []}` {
		t.Errorf("got %s %v", Repr(d), err)
	}
	a, err := JSONLoads[*Dict[string, any]](`{"x": 1, "y": [1.5, null, "\ud83d\ude00"], "z": {"k": true}}`)
	if err != nil || Repr(a) != `{'x': 1, 'y': [1.5, None, '😀'], 'z': {'k': True}}` {
		t.Errorf("got %s %v", Repr(a), err)
	}
	_, err = JSONLoads[*Dict[string, int]](`{"x": "1"}`)
	if err == nil || !IsKind(err, "TypeError") {
		t.Errorf("mismatch: %v", err)
	}
	_, err = JSONLoads[*Dict[string, int]](`[`)
	if !IsKind(err, "ValueError") {
		t.Errorf("JSONDecodeError is a ValueError: %v", err)
	}
}

// Expectations printed by CPython 3.11: e.msg, e.lineno, e.colno, e.pos of JSONDecodeError.
func TestJSONErrAttrs(t *testing.T) {
	attrs := func(s string) string {
		_, err := JSONParse(s)
		return Repr(ExcMsg(err)) + " " + Repr([]int{JSONErrPos(err, "lineno"), JSONErrPos(err, "colno"), JSONErrPos(err, "pos")})
	}
	runPyCases(t, []pyCase{
		{`json.loads('{\n  "a": [,]\n}')`, func() string { return attrs("{\n  \"a\": [,]\n}") }, "'Expecting value' [2, 9, 10]"},
		{`json.loads('["é", x]')`, func() string { return attrs(`["é", x]`) }, "'Expecting value' [1, 7, 6]"},
		{`ValueError("x").msg`, func() string { return ExcMsg(NewError("ValueError", "x")) }, "panic:AttributeError: 'ValueError' object has no attribute 'msg'"},
	})
}
