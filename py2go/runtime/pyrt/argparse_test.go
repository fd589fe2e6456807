package pyrt

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The cases (parser definitions, argv, CPython's output) come from
// argparse_gen.py, run with CPython 3.11.

type apCase struct {
	Parser  string   `json:"parser"`
	Argv    []string `json:"argv"`
	Call    string   `json:"call"`
	Columns int      `json:"columns"`
	Stdout  string   `json:"stdout"`
	Stderr  string   `json:"stderr"`
	Exit    int      `json:"exit"`
	NS      string   `json:"ns"`
	Extras  []string `json:"extras"`
}

type apData struct {
	Parsers map[string]map[string]any `json:"parsers"`
	Cases   []apCase                  `json:"cases"`
}

func apValue(v any) any {
	switch x := v.(type) {
	case json.Number:
		if strings.ContainsAny(string(x), ".eE") {
			f, _ := x.Float64()
			return f
		}
		n, _ := strconv.Atoi(string(x))
		return n
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = apValue(e)
		}
		return out
	}
	return v
}

func apStrings(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}

func apPort(s string) (any, error) {
	n, err := Atoi(s)
	if err != nil {
		return nil, err
	}
	if !(0 < n && n < 65536) {
		return nil, NewError("ArgumentTypeError", fmt.Sprintf("%d is not a valid port", n))
	}
	return n, nil
}

func apSpec(m map[string]any) ArgSpec {
	var s ArgSpec
	for k, v := range m {
		switch k {
		case "action":
			s.Action = v.(string)
		case "nargs":
			s.Nargs = apValue(v)
		case "const":
			s.Const = apValue(v)
		case "default":
			s.Default, s.HasDefault = apValue(v), true
		case "type":
			if v == "port" {
				s.TypeFunc, s.TypeName = apPort, "port"
			} else {
				s.Type = v.(string)
			}
		case "choices":
			s.Choices = apValue(v).([]any)
		case "required":
			s.Required = v.(bool)
		case "help":
			s.Help = v.(string)
		case "metavar":
			if l, ok := v.([]any); ok {
				s.MetavarTuple = apStrings(l)
			} else {
				s.Metavar = v.(string)
			}
		case "metavar_tuple":
			s.MetavarTuple = apStrings(v)
		case "dest":
			s.Dest = v.(string)
		case "version":
			s.Version = v.(string)
		default:
			panic("unknown spec key " + k)
		}
	}
	return s
}

type apAdder interface {
	AddArgument(names []string, spec ArgSpec)
}

func apAddArg(c apAdder, item map[string]any) {
	spec, _ := item["spec"].(map[string]any)
	c.AddArgument(apStrings(item["names"]), apSpec(spec))
}

func apFill(p *ArgParser, d map[string]any) {
	items, _ := d["items"].([]any)
	for _, it := range items {
		item := it.(map[string]any)
		switch item["kind"] {
		case "arg":
			apAddArg(p, item)
		case "group":
			title, _ := item["title"].(string)
			desc, _ := item["description"].(string)
			g := p.AddArgumentGroup(title, desc)
			for _, s := range item["args"].([]any) {
				sub := s.(map[string]any)
				if sub["kind"] == "mutex" {
					req, _ := sub["required"].(bool)
					m := g.AddMutuallyExclusiveGroup(req)
					for _, a := range sub["args"].([]any) {
						apAddArg(m, a.(map[string]any))
					}
				} else {
					apAddArg(g, sub)
				}
			}
		case "mutex":
			req, _ := item["required"].(bool)
			m := p.AddMutuallyExclusiveGroup(req)
			for _, a := range item["args"].([]any) {
				apAddArg(m, a.(map[string]any))
			}
		case "defaults":
			var kv []any
			for k, v := range item["values"].(map[string]any) {
				kv = append(kv, k, apValue(v))
			}
			p.SetDefaults(kv...)
		case "subparsers":
			var o SubparsersOpts
			if t, ok := item["title"].(string); ok {
				o.Title, o.HasTitle = t, true
			}
			if t, ok := item["description"].(string); ok {
				o.Description, o.HasTitle = t, true
			}
			o.Dest, _ = item["dest"].(string)
			o.Required, _ = item["required"].(bool)
			o.Help, _ = item["help"].(string)
			o.Metavar, _ = item["metavar"].(string)
			sp := p.AddSubparsers(o)
			for _, s := range item["parsers"].([]any) {
				sub := s.(map[string]any)
				var po ParserOpts
				if h, ok := sub["help"].(string); ok {
					po.Help, po.HasHelp = h, true
				}
				po.Description, _ = sub["description"].(string)
				po.Epilog, _ = sub["epilog"].(string)
				if al, ok := sub["aliases"]; ok {
					po.Aliases = apStrings(al)
				}
				apFill(sp.AddParser(sub["name"].(string), po), sub)
			}
		}
	}
}

func apBuild(d map[string]any) *ArgParser {
	prog, ok := d["prog"].(string)
	if !ok {
		prog = "tool.py"
	}
	var o ParserOpts
	if opts, ok := d["opts"].(map[string]any); ok {
		o.Usage, _ = opts["usage"].(string)
		o.Description, _ = opts["description"].(string)
		o.Epilog, _ = opts["epilog"].(string)
		o.Formatter, _ = opts["formatter"].(string)
		o.NoHelp, _ = opts["no_help"].(bool)
		o.NoAbbrev, _ = opts["no_abbrev"].(bool)
	}
	p := NewArgParser(prog, o)
	apFill(p, d)
	return p
}

// captureStd runs f with pyrt's Stdout/Stderr redirected to files and
// returns what was written and the SystemExit status.
func captureStd(t *testing.T, f func()) (stdout, stderr string, code int) {
	t.Helper()
	dir := t.TempDir()
	fo, _ := os.Create(filepath.Join(dir, "out"))
	fe, _ := os.Create(filepath.Join(dir, "err"))
	oldOut, oldErr := Stdout, Stderr
	Stdout, Stderr = NewStream(fo, false), NewStream(fe, false)
	func() {
		defer func() {
			if r := recover(); r != nil {
				se, ok := r.(*SystemExit)
				if !ok {
					panic(r)
				}
				code = se.Code
			}
		}()
		f()
	}()
	_ = Stdout.Flush()
	_ = Stderr.Flush()
	Stdout, Stderr = oldOut, oldErr
	_ = fo.Close()
	_ = fe.Close()
	o, _ := os.ReadFile(filepath.Join(dir, "out"))
	e, _ := os.ReadFile(filepath.Join(dir, "err"))
	return string(o), string(e), code
}

func TestArgparseAgainstCPython(t *testing.T) {
	dec := json.NewDecoder(strings.NewReader(argparseCasesJSON))
	dec.UseNumber()
	var data apData
	if err := dec.Decode(&data); err != nil {
		t.Fatal(err)
	}
	for i, c := range data.Cases {
		name := fmt.Sprintf("%d_%s_%s", i, c.Parser, strings.Join(c.Argv, "_"))
		t.Run(name, func(t *testing.T) {
			cols := c.Columns
			if cols == 0 {
				cols = 80
			}
			t.Setenv("COLUMNS", strconv.Itoa(cols))
			var ns string
			var extras []string
			out, errOut, code := captureStd(t, func() {
				p := apBuild(data.Parsers[c.Parser])
				switch c.Call {
				case "help":
					p.PrintHelp(nil)
				case "usage":
					p.PrintUsage(nil)
				case "known":
					n, ex := p.ParseKnownArgs(c.Argv)
					ns, extras = n.PyRepr(), ex
				default:
					ns = p.ParseArgs(c.Argv).PyRepr()
				}
			})
			if out != c.Stdout {
				t.Errorf("argv %q stdout:\n got: %q\nwant: %q\n--- got\n%s--- want\n%s", c.Argv, out, c.Stdout, out, c.Stdout)
			}
			if errOut != c.Stderr {
				t.Errorf("argv %q stderr:\n got: %q\nwant: %q", c.Argv, errOut, c.Stderr)
			}
			if code != c.Exit {
				t.Errorf("argv %q exit %d, want %d", c.Argv, code, c.Exit)
			}
			if ns != c.NS {
				t.Errorf("argv %q namespace:\n got: %s\nwant: %s", c.Argv, ns, c.NS)
			}
			if c.Call == "known" && strings.Join(extras, "|") != strings.Join(c.Extras, "|") {
				t.Errorf("extras %q, want %q", extras, c.Extras)
			}
		})
	}
}

func TestTextWrapChunks(t *testing.T) {
	// textwrap.TextWrapper()._split(s), from CPython 3.11
	cases := map[string][]string{
		"read-only mode":         {"read-", "only", " ", "mode"},
		"--dry-run flag":         {"--dry-", "run", " ", "flag"},
		"use --dry-run first":    {"use", " ", "--dry-", "run", " ", "first"},
		"see-also-x":             {"see-", "also-x"},
		"a well-known-thing":     {"a", " ", "well-", "known-", "thing"},
		"x-y ab-cd abc--def":     {"x-y", " ", "ab-", "cd", " ", "abc", "--", "def"},
		"e-mail re-run":          {"e-mail", " ", "re-", "run"},
		"2020-01-01 and so--on.": {"2020-01-01", " ", "and", " ", "so", "--", "on."},
	}
	for in, want := range cases {
		got := twChunks(in)
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: got %q want %q", in, got, want)
		}
	}
}

func TestNamespaceGetters(t *testing.T) {
	p := NewArgParser("t.py", ParserOpts{})
	p.AddArgument([]string{"--n"}, ArgSpec{Type: "int", Default: 3, HasDefault: true})
	p.AddArgument([]string{"--name"}, ArgSpec{})
	p.AddArgument([]string{"--tag"}, ArgSpec{Action: "append"})
	p.AddArgument([]string{"--r"}, ArgSpec{Type: "float", Default: 1, HasDefault: true})
	p.AddArgument([]string{"files"}, ArgSpec{Nargs: "*"})
	ns := p.ParseArgs([]string{"--tag", "a", "--tag", "b", "f1"})
	if ns.Int("n") != 3 || ns.OptStr("name") != nil || strings.Join(*ns.OptStrList("tag"), ",") != "a,b" ||
		ns.Float("r") != 1 || strings.Join(ns.StrList("files"), ",") != "f1" {
		t.Fatal(ns.PyRepr())
	}
	if NsGet[*[]string](ns, "tag") == nil || NsGet[int](ns, "n") != 3 || NsGet[*string](ns, "name") != nil {
		t.Fatal("NsGet")
	}
}

// A translated type= function raises by panicking; ArgTypeFunc hands the
// exception to argparse as an error (CPython: the raised exception's str).
func TestArgTypeFunc(t *testing.T) {
	f := ArgTypeFunc(func(s string) int {
		if s == "bad" {
			panic(NewError("ArgumentTypeError", "not a size: 'bad'"))
		}
		n, err := Atoi(s)
		if err != nil {
			panic(err)
		}
		return n * 2
	})
	if v, err := f("21"); err != nil || v != 42 {
		t.Fatalf("f(21) = %v, %v", v, err)
	}
	if _, err := f("bad"); !IsKind(err, "ArgumentTypeError") || ExcStr(err) != "not a size: 'bad'" {
		t.Fatalf("f(bad) err = %v", err)
	}
	if _, err := f("x"); !IsKind(err, "ValueError") {
		t.Fatalf("f(x) err = %v", err)
	}
}

// `p.add_argument("-f", type=Path, default=Path("hosts.txt"))`: CPython keeps the default Path
// object as it is (`Namespace(f=PosixPath('hosts.txt'))`) and converts a given value with Path().
func TestArgPathDefault(t *testing.T) {
	mk := func() *ArgParser {
		p := NewArgParser("x", ParserOpts{})
		p.AddArgument([]string{"-f"}, ArgSpec{Default: NewPath("hosts.txt"), HasDefault: true,
			TypeFunc: ArgTypeFunc(func(s string) *Path { return NewPath(s) }), TypeName: "Path"})
		return p
	}
	if got := NsGet[*Path](mk().ParseArgs(nil), "f"); got.Str() != "hosts.txt" {
		t.Errorf("default: got %v", got)
	}
	if got := NsGet[*Path](mk().ParseArgs([]string{"-f", "a//b/"}), "f"); got.Str() != "a/b" {
		t.Errorf("given: got %v", got)
	}
}
