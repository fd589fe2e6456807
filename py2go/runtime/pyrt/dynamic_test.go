package pyrt

import (
	"testing"
	"time"
)

// Expectations printed by CPython 3.11: an Optional kept in a dynamic value
// (a dict display mixing str and None) is the value or None, not a pointer.
func TestOptValue(t *testing.T) {
	d := NewDict[string, any]()
	d.Set("last", OptValue(Ptr("ok")))
	d.Set("err", OptValue((*string)(nil)))
	d.Set("rc", OptValue(Ptr(3)))
	get := func(k string) any { v, _ := d.Get(k); return v }
	js, err := JSONDumps(d, JSONOpts{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ got, want string }{
		{Repr(d), "{'last': 'ok', 'err': None, 'rc': 3}"},
		{TypeName(get("last")), "str"},
		{TypeName(get("err")), "NoneType"},
		{js, `{"last": "ok", "err": null, "rc": 3}`},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// Expectations printed by CPython 3.11.
func TestDynIsInstance(t *testing.T) {
	runPyCases(t, []pyCase{
		{`isinstance(True, int)`, func() string { return Repr(DynIsInstance(true, "int")) }, "True"},
		{`isinstance(1, int)`, func() string { return Repr(DynIsInstance(1, "int")) }, "True"},
		{`isinstance(1.5, (int, float))`, func() string { return Repr(DynIsInstance(1.5, "int", "float")) }, "True"},
		{`isinstance("s", str)`, func() string { return Repr(DynIsInstance("s", "str")) }, "True"},
		{`isinstance(None, dict)`, func() string { return Repr(DynIsInstance(nil, "dict")) }, "False"},
		{`isinstance([], list)`, func() string { return Repr(DynIsInstance([]any{}, "list")) }, "True"},
		{`isinstance({}, dict)`, func() string { return Repr(DynIsInstance(NewDict[string, any](), "dict")) }, "True"},
		{`isinstance(1, float)`, func() string { return Repr(DynIsInstance(1, "float")) }, "False"},
		{`isinstance(False, bool)`, func() string { return Repr(DynIsInstance(false, "bool")) }, "True"},
	})
}

// Expectations printed by CPython 3.11.
func TestJoinDynamic(t *testing.T) {
	runPyCases(t, []pyCase{
		{`", ".join(["a", "b"])`, func() string { return JoinDynamic(", ", []any{"a", "b"}) }, "a, b"},
		{`"-".join([])`, func() string { return JoinDynamic("-", []any{}) }, ""},
		{`",".join(["a", 1])`, func() string { return JoinDynamic(",", []any{"a", 1}) }, "panic:TypeError: sequence item 1: expected str instance, int found"},
		{`",".join(["a", None])`, func() string { return JoinDynamic(",", []any{"a", nil}) }, "panic:TypeError: sequence item 1: expected str instance, NoneType found"},
		{`",".join([[1]])`, func() string { return JoinDynamic(",", []any{[]any{1}}) }, "panic:TypeError: sequence item 0: expected str instance, list found"},
	})
}

// Expectations printed by CPython 3.11: typed values stored among dynamic ones behave the same.
func TestDynamic(t *testing.T) {
	counts := NewDict[string, int]()
	counts.Set("a", 1)
	d := NewDict[string, any]()
	d.Set("ip", "1")
	d.Set("tags", Dynamic([]string{"a", "b"}))
	d.Set("ports", Dynamic([]int{22, 80}))
	d.Set("counts", Dynamic(counts))
	runPyCases(t, []pyCase{
		{`repr(d)`, func() string { return Repr(d) }, "{'ip': '1', 'tags': ['a', 'b'], 'ports': [22, 80], 'counts': {'a': 1}}"},
		{`d["tags"][1]`, func() string { return Str(DynIndex(d.MustGet("tags"), 1)) }, "b"},
		{`",".join(d["tags"])`, func() string { return JoinDynamic(",", AsList(d.MustGet("tags"))) }, "a,b"},
		{`d["counts"]["a"]`, func() string { return Str(DynIndex(d.MustGet("counts"), "a")) }, "1"},
		{`None`, func() string { return Repr(Dynamic((*Dict[string, int])(nil))) }, "None"},
		{`{"rc": None, "out": "x"}`, func() string {
			opt := NewDict[string, *string]()
			opt.Set("rc", nil)
			opt.Set("out", Ptr("x"))
			return Repr(Dynamic(opt))
		}, "{'rc': None, 'out': 'x'}"},
	})
}

// Dynamic date arithmetic (YAML timestamps are dynamic values), as CPython computes it.
func TestDynTimeArith(t *testing.T) {
	d1 := Date{time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)}
	d0 := Date{time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)}
	runPyCases(t, []pyCase{
		{"date(2024,3,1) - date(2024,2,1)", func() string { return Repr(DynArith("-", d1, d0)) }, "datetime.timedelta(days=29)"},
		{"date(2024,3,1) - timedelta(days=1)", func() string { return Repr(DynArith("-", d1, TimedeltaSeconds(86400))) }, "datetime.date(2024, 2, 29)"},
		{"timedelta(days=1) + date(2024,2,1)", func() string { return Repr(DynArith("+", TimedeltaSeconds(86400), d0)) }, "datetime.date(2024, 2, 2)"},
		{"datetime(2024,1,2,10) - datetime(2024,1,1)", func() string {
			return Str(DynArith("-", DatetimeOf(2024, 1, 2, 10, 0, 0, 0), DatetimeOf(2024, 1, 1, 0, 0, 0, 0)))
		}, "1 day, 10:00:00"},
		{"date(2024,3,1) * 2", func() string { DynArith("*", d1, 2); return "" },
			"panic:TypeError: unsupported operand type(s) for *: 'datetime.date' and 'int'"},
	})
}

// Expectations printed by CPython 3.11 (d = {"a": 1}; l = [1, 2, 3]).
func TestDynSetItem(t *testing.T) {
	d := NewDict[string, any]()
	d.Set("a", 1)
	l := []any{1, 2, 3}
	runPyCases(t, []pyCase{
		{`d["b"] = [2]; d`, func() string { DynSetItem(d, "b", []any{2}); return Repr(d) }, "{'a': 1, 'b': [2]}"},
		{`l[-1] = "x"; l`, func() string { DynSetItem(l, -1, "x"); return Repr(l) }, "[1, 2, 'x']"},
		{`l[5] = 1`, func() string { DynSetItem(l, 5, 1); return "" }, "panic:IndexError: list assignment index out of range"},
		{`"abc"[0] = "x"`, func() string { DynSetItem("abc", 0, "x"); return "" }, "panic:TypeError: 'str' object does not support item assignment"},
		{`(3)["a"] = 1`, func() string { DynSetItem(3, "a", 1); return "" }, "panic:TypeError: 'int' object does not support item assignment"},
		{`l["a"] = 1`, func() string { DynSetItem(l, "a", 1); return "" }, "panic:TypeError: list indices must be integers or slices, not str"},
		{`None["a"] = 1`, func() string { DynSetItem(nil, "a", 1); return "" }, "panic:TypeError: 'NoneType' object does not support item assignment"},
	})
}

// Expectations printed by CPython 3.11 (d = {"h": [1], "n": 2}).
func TestDynAppendItem(t *testing.T) {
	d := NewDict[string, any]()
	d.Set("h", []any{1})
	d.Set("n", 2)
	runPyCases(t, []pyCase{
		{`d["h"].append("x"); d`, func() string { DynAppendItem(d, "h", "x"); return Repr(d) }, "{'h': [1, 'x'], 'n': 2}"},
		{`d["n"].append(1)`, func() string { DynAppendItem(d, "n", 1); return "" }, "panic:AttributeError: 'int' object has no attribute 'append'"},
		{`d["zz"].append(1)`, func() string { DynAppendItem(d, "zz", 1); return "" }, "panic:KeyError: 'zz'"},
		{`d["h"].append({"to": "x"}); d["h"][-1]["to"]`, func() string {
			rec := NewDict[string, string]()
			rec.Set("to", "x")
			DynAppendItem(d, "h", rec)
			return Repr(DynIndex(DynIndex(d, "h"), -1)) + " " + Repr(DynIndex(rec, "to"))
		}, "{'to': 'x'} 'x'"},
		{`{"to": "x"}["nope"]`, func() string { rec := NewDict[string, string](); return Repr(DynIndex(rec, "nope")) }, "panic:KeyError: 'nope'"},
	})
}

// Expectations printed by CPython 3.11 (v[-2:]).
func TestDynSlice(t *testing.T) {
	runPyCases(t, []pyCase{
		{`[1, 2, 3][-2:]`, func() string { return Repr(DynSlice([]any{1, 2, 3}, -2, Omit)) }, "[2, 3]"},
		{`"héllo"[-2:]`, func() string { return Repr(DynSlice("héllo", -2, Omit)) }, "'lo'"},
		{`{}[-2:]`, func() string { return Repr(DynSlice(NewDict[string, any](), -2, Omit)) }, "panic:TypeError: unhashable type: 'slice'"},
		{`(5)[-2:]`, func() string { return Repr(DynSlice(5, -2, Omit)) }, "panic:TypeError: 'int' object is not subscriptable"},
		{`None[-2:]`, func() string { return Repr(DynSlice(nil, -2, Omit)) }, "panic:TypeError: 'NoneType' object is not subscriptable"},
	})
}

// Expectations printed by CPython 3.11.
func TestDynSum(t *testing.T) {
	runPyCases(t, []pyCase{
		{`sum([])`, func() string { return Repr(DynSum([]any{})) }, "0"},
		{`sum([1, 2.5])`, func() string { return Repr(DynSum([]any{1, 2.5})) }, "3.5"},
		{`sum([True, 2])`, func() string { return Repr(DynSum([]any{true, 2})) }, "3"},
		{`sum(["a"])`, func() string { return Repr(DynSum([]any{"a"})) }, "panic:TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
		{`sum([1, None])`, func() string { return Repr(DynSum([]any{1, nil})) }, "panic:TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'"},
	})
}
