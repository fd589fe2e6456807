package pyrt

import (
	"strings"
	"testing"
)

// Expectations printed by PyYAML 6 (yaml.safe_dump / yaml.safe_load) under CPython 3.11.

var yamlDumpCases = []struct{ json, want string }{
	{"{\"b\": 1, \"a\": [1, 2.5, \"x\"], \"c\": {\"z\": null, \"y\": true, \"x\": false}}", "a:\n- 1\n- 2.5\n- x\nb: 1\nc:\n  x: false\n  y: true\n  z: null\n"},
	{"{\"s\": [\"yes\", \"No\", \"on\", \"123\", \"1.5\", \"1e3\", \"0x1F\", \"012\", \"09\", \"~\", \"null\", \"\", \" lead\", \"trail \", \"a: b\", \"a #b\", \"#c\", \"-x\", \"- x\", \"x-\", \"@at\", \"it's\", \"2024-01-01\", \"=\", \"<<\", \"3:30\", \"1_000\", \".inf\", \"-.5\"]}", "s:\n- 'yes'\n- 'No'\n- 'on'\n- '123'\n- '1.5'\n- 1e3\n- '0x1F'\n- '012'\n- 09\n- '~'\n- 'null'\n- ''\n- ' lead'\n- 'trail '\n- 'a: b'\n- 'a #b'\n- '#c'\n- -x\n- '- x'\n- x-\n- '@at'\n- it's\n- '2024-01-01'\n- '='\n- '<<'\n- '3:30'\n- '1_000'\n- '.inf'\n- -.5\n"},
	{"{\"multi\": \"line1\\nline2\\n\", \"tab\": \"a\\tb\", \"uni\": \"caf\\u00e9 \\u2603\", \"quote\": \"say \\\"hi\\\"\", \"back\": \"c:\\\\path\"}", "back: c:\\path\nmulti: 'line1\n\n  line2\n\n  '\nquote: say \"hi\"\ntab: \"a\\tb\"\nuni: \"caf\\xE9 \\u2603\"\n"},
	{"{\"long\": \"word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word\", \"longq\": \"'word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word\", \"nested\": {\"deeper\": {\"list\": [[1, 2], [], {}, {\"k\": \"v\", \"j\": [3]}]}}}", "long: word word word word word word word word word word word word word word word word\n  word word word word word word word word word word word word word word\nlongq: '''word word word word word word word word word word word word word word word\n  word word word word word word word word word word word word word word word'\nnested:\n  deeper:\n    list:\n    - - 1\n      - 2\n    - []\n    - {}\n    - j:\n      - 3\n      k: v\n"},
	{"[1, [2, [3, []]], {\"a\": {}}, null, -0.0, 1e+16, 1e-07, 3.0, 123456789012]", "- 1\n- - 2\n  - - 3\n    - []\n- a: {}\n- null\n- -0.0\n- 1.0e+16\n- 1.0e-07\n- 3.0\n- 123456789012\n"},
	{"{\"emptys\": {\"l\": [], \"d\": {}, \"s\": \"\"}, \"k with space\": 1, \"Key:colon\": 2, \"123\": \"num key\"}", "'123': num key\nKey:colon: 2\nemptys:\n  d: {}\n  l: []\n  s: ''\nk with space: 1\n"},
	{"\"plain root\"", "plain root\n...\n"},
	{"\"123\"", "'123'\n"},
	{"5", "5\n...\n"},
	{"null", "null\n...\n"},
	{"[]", "[]\n"},
	{"{}", "{}\n"},
}
var yamlDumpUnsortedCases = []struct{ json, want string }{
	{"{\"b\": 1, \"a\": [1, 2.5, \"x\"], \"c\": {\"z\": null, \"y\": true, \"x\": false}}", "---\nb: 1\na:\n- 1\n- 2.5\n- x\nc:\n  z: null\n  y: true\n  x: false\n"},
	{"{\"s\": [\"yes\", \"No\", \"on\", \"123\", \"1.5\", \"1e3\", \"0x1F\", \"012\", \"09\", \"~\", \"null\", \"\", \" lead\", \"trail \", \"a: b\", \"a #b\", \"#c\", \"-x\", \"- x\", \"x-\", \"@at\", \"it's\", \"2024-01-01\", \"=\", \"<<\", \"3:30\", \"1_000\", \".inf\", \"-.5\"]}", "---\ns:\n- 'yes'\n- 'No'\n- 'on'\n- '123'\n- '1.5'\n- 1e3\n- '0x1F'\n- '012'\n- 09\n- '~'\n- 'null'\n- ''\n- ' lead'\n- 'trail '\n- 'a: b'\n- 'a #b'\n- '#c'\n- -x\n- '- x'\n- x-\n- '@at'\n- it's\n- '2024-01-01'\n- '='\n- '<<'\n- '3:30'\n- '1_000'\n- '.inf'\n- -.5\n"},
}
var yamlLoadCases = []struct{ text, want string }{
	{"a: 1\nb: 2.5\nc: yes\nd: off\ne: ~\nf:\ng: 'yes'\nh: \"1\"\ni: 0x1F\nj: 012\nk: 1e3\nl: 1.0e+3\nm: .inf\nn: -.INF\no: 1_000\np: 3:30\nq: 09\nr: +12\n", "{'a': 1, 'b': 2.5, 'c': True, 'd': False, 'e': None, 'f': None, 'g': 'yes', 'h': '1', 'i': 31, 'j': 10, 'k': '1e3', 'l': 1000.0, 'm': inf, 'n': -inf, 'o': 1000, 'p': 210, 'q': '09', 'r': 12}"},
	{"list:\n  - a\n  - 1\n  - [x, {y: z}]\nnested:\n  k: |\n    literal\n    text\n  f: >\n    folded\n    text\n", "{'list': ['a', 1, ['x', {'y': 'z'}]], 'nested': {'k': 'literal\\ntext\\n', 'f': 'folded text\\n'}}"},
	{"base: &b\n  x: 1\n  y: 2\nderived:\n  <<: *b\n  y: 3\n  z: 4\nmulti:\n  <<: [*b, {w: 0, x: 9}]\n", "{'base': {'x': 1, 'y': 2}, 'derived': {'x': 1, 'y': 3, 'z': 4}, 'multi': {'x': 1, 'y': 2, 'w': 0}}"},
	{"dup: 1\nother: 2\ndup: 3\n", "{'dup': 3, 'other': 2}"},
	{"", "None"},
	{"# only a comment\n", "None"},
	{"- 1\n- two\n", "[1, 'two']"},
	{"a: !!str 123\nb: !!int '7'\nc: !!float '1'\n", "{'a': '123', 'b': 7, 'c': 1.0}"},
	{"a: b: c\n", "panic:ScannerError"},
	{"a: [1, 2\n", "panic:ParserError"},
	{"1: one\n", "{1: 'one'}"},
	{"when: 2024-01-01\n", "{'when': datetime.date(2024, 1, 1)}"},
	{"a: 2024-1-2 3:04:05\nb: 2024-01-02T10:00:00Z\nc: 2024-01-02 10:00:00.1234567 +02:00\nd: 2024-01-02t10:00:00-5\ne: '2024-01-01'\n", "{'a': datetime.datetime(2024, 1, 2, 3, 4, 5), 'b': datetime.datetime(2024, 1, 2, 10, 0, tzinfo=datetime.timezone.utc), 'c': datetime.datetime(2024, 1, 2, 10, 0, 0, 123456, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200))), 'd': datetime.datetime(2024, 1, 2, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=68400))), 'e': '2024-01-01'}"},
	{"x: !!timestamp 2024-03-04\n", "{'x': datetime.date(2024, 3, 4)}"},
	{"l: [2024-01-01, 2024-01-02 00:00:00]\n", "{'l': [datetime.date(2024, 1, 1), datetime.datetime(2024, 1, 2, 0, 0)]}"},
	{"a: 1\n---\nb: 2\n", "panic:ComposerError"},
	{"x: !custom 1\n", "panic:ConstructorError"},
	{"big: 123456789012345678901234567890\n", "{'big': 123456789012345678901234567890}"},
	{"a: 'it''s'\nb: \"tab\\there\"\nc: plain text # comment\n", "{'a': \"it's\", 'b': 'tab\\there', 'c': 'plain text'}"},
}

func TestYAMLDump(t *testing.T) {
	run := func(cases []struct{ json, want string }, o YAMLOpts) {
		for _, c := range cases {
			v, err := JSONParse(c.json)
			if err != nil {
				t.Fatal(err)
			}
			got, err := YAMLDumps(v, o)
			if err != nil {
				t.Errorf("%s: %v", c.json, err)
				continue
			}
			if got != c.want {
				t.Errorf("%s:\ngot  %q\nwant %q", c.json, got, c.want)
			}
		}
	}
	run(yamlDumpCases, YAMLOpts{})
	run(yamlDumpUnsortedCases, YAMLOpts{Unsorted: true, AllowUnicode: true, ExplicitStart: true})
}

// yamlUnsupported: PyYAML's result that py2go refuses (int keys, dates, big ints), with the
// kind py2go raises instead; YAML syntax errors only compare the kind (YAMLError).
var yamlUnsupported = map[string]string{
	"{1: 'one'}": "TypeError",
	"{'big': 123456789012345678901234567890}": "OverflowError",
}

// PyYAML's str() of loaded timestamps, safe_dump of them, and the ValueError of an impossible date.
func TestYAMLTimestamps(t *testing.T) {
	runPyCases(t, []pyCase{
		{"str(v) for each value", func() string {
			v, _ := YAMLParse("a: 2024-1-2 3:04:05\nb: 2024-01-02T10:00:00Z\nc: 2024-01-02 10:00:00.1234567 +02:00\nd: 2024-01-02t10:00:00-5\nw: 2024-01-01\n")
			var out []string
			for _, kv := range v.(*Dict[string, any]).Items() {
				out = append(out, Str(kv.V1))
			}
			return strings.Join(out, "|")
		}, "2024-01-02 03:04:05|2024-01-02 10:00:00+00:00|2024-01-02 10:00:00.123456+02:00|2024-01-02 10:00:00-05:00|2024-01-01"},
		{"yaml.safe_dump(yaml.safe_load(doc))", func() string {
			v, _ := YAMLParse("a: 2024-1-2 3:04:05\nb: 2024-01-02T10:00:00Z\nc: 2024-01-02 10:00:00.1234567 +02:00\nd: 2024-01-02t10:00:00-5\ne: '2024-01-01'\nl: [2024-01-01, 2024-01-02 00:00:00]\n")
			s, err := YAMLDumps(v, YAMLOpts{})
			if err != nil {
				return errOf(err)
			}
			return s
		}, "a: 2024-01-02 03:04:05\nb: 2024-01-02 10:00:00+00:00\nc: 2024-01-02 10:00:00.123456+02:00\nd: 2024-01-02 10:00:00-05:00\ne: '2024-01-01'\nl:\n- 2024-01-01\n- 2024-01-02 00:00:00\n"},
		{"yaml.safe_load('bad: 2024-02-30')", func() string { _, err := YAMLParse("bad: 2024-02-30\n"); return errOf(err) },
			"panic:ValueError: day is out of range for month"},
	})
}

func TestYAMLLoad(t *testing.T) {
	for _, c := range yamlLoadCases {
		v, err := YAMLParse(c.text)
		var got string
		switch {
		case err != nil && strings.HasPrefix(c.want, "panic:"):
			if !IsKind(err, "YAMLError") {
				t.Errorf("%q: got %v, want a YAMLError", c.text, err)
			}
			continue
		case err != nil:
			if kind, ok := yamlUnsupported[c.want]; ok && ExcName(err) == kind {
				continue
			}
			got = "error: " + err.Error()
		default:
			got = Repr(v)
		}
		if got != c.want {
			t.Errorf("%q:\ngot  %q\nwant %q", c.text, got, c.want)
		}
	}
}

// json.dumps of a loaded YAML date: CPython's TypeError names the class `date`.
func TestYAMLDateJSON(t *testing.T) {
	runPyCases(t, []pyCase{
		{"json.dumps(yaml.safe_load('d: 2024-01-01'))", func() string {
			v, _ := YAMLParse("d: 2024-01-01\n")
			_, err := JSONDumps(v, JSONOpts{})
			return errOf(err)
		}, "panic:TypeError: Object of type date is not JSON serializable"},
	})
}
