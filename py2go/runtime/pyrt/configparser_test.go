package pyrt

import (
	"strings"
	"testing"
)

// Expectations printed by CPython 3.11 (configparser.ConfigParser()).

var configDumpCases = []struct{ text, want string }{
	{"[a]\nx = 1\nY: two\n", "DEFAULT: []\na: [('x', '1'), ('y', 'two')]\n[a]\nx = 1\ny = two\n\n"},
	{"[DEFAULT]\nowner = ops\nport = 80\n\n[web]\nport = 8080\nurl = http://%(owner)s:%(port)s/\n[db]\nhost=db1 ; not a comment\n", "DEFAULT: [('owner', 'ops'), ('port', '80')]\nweb: [('owner', 'ops'), ('port', '8080'), ('url', 'http://ops:8080/')]\ndb: [('owner', 'ops'), ('port', '80'), ('host', 'db1 ; not a comment')]\n[DEFAULT]\nowner = ops\nport = 80\n\n[web]\nport = 8080\nurl = http://%(owner)s:%(port)s/\n\n[db]\nhost = db1 ; not a comment\n\n"},
	{"# c\n; c2\n[s]\nmulti = line1\n  line2\n\n  line4\n\nafter = x\n", "DEFAULT: []\ns: [('multi', 'line1\\nline2\\n\\nline4'), ('after', 'x')]\n[s]\nmulti = line1\n\tline2\n\t\n\tline4\nafter = x\n\n"},
	{"x = 1\n", "ERR MissingSectionHeaderError: File contains no section headers.\nfile: '<string>', line: 1\n'x = 1\\n'"},
	{"[a]\nk=1\n[a]\nk=2\n", "ERR DuplicateSectionError: While reading from '<string>' [line  3]: section 'a' already exists"},
	{"[a]\nk=1\nK=2\n", "ERR DuplicateOptionError: While reading from '<string>' [line  3]: option 'k' in section 'a' already exists"},
	{"[a]\nnovalue\nok = 1\n  = bad\n", "ERR ParsingError: Source contains parsing errors: '<string>'\n\t[line  2]: 'novalue\\n'"},
	{"[a]\nbad = %(missing)s\n", "DEFAULT: []\na: ERR InterpolationMissingOptionError: Bad value substitution: option 'bad' in section 'a' contains an interpolation key 'missing' which is not a valid option name. Raw value: '%(missing)s'\n[a]\nbad = %(missing)s\n\n"},
	{"[a]\nbad = 100%\n", "DEFAULT: []\na: ERR InterpolationSyntaxError: '%' must be followed by '%' or '(', found: '%'\n[a]\nbad = 100%\n\n"},
	{"[a]\npct = 100%%\nloop = %(loop)s\n", "DEFAULT: []\na: ERR InterpolationDepthError: Recursion limit exceeded in value substitution: option 'loop' in section 'a' contains an interpolation key which cannot be substituted in 10 steps. Raw value: '%(loop)s'\n[a]\npct = 100%%\nloop = %(loop)s\n\n"},
	{"[a]\nref = %(x\n", "DEFAULT: []\na: ERR InterpolationSyntaxError: bad interpolation variable reference '%(x'\n[a]\nref = %(x\n\n"},
	{"  [indented]\n  k = v\n", "DEFAULT: []\nindented: [('k', 'v')]\n[indented]\nk = v\n\n"},
	{"[s1]\nk : v : w\nempty =\n[s2]\n", "DEFAULT: []\ns1: [('k', 'v : w'), ('empty', '')]\ns2: []\n[s1]\nk = v : w\nempty = \n\n[s2]\n\n"},
	{"[a b]\nspaced key = 1\n[x]y]\nk=v\n", "DEFAULT: []\na b: [('spaced key', '1')]\nx]y: [('k', 'v')]\n[a b]\nspaced key = 1\n\n[x]y]\nk = v\n\n"},
	{"[DEFAULT]\nk=1\n[DEFAULT]\nj=2\n", "DEFAULT: [('k', '1'), ('j', '2')]\n[DEFAULT]\nk = 1\nj = 2\n\n"},
}
var configOpCases = []struct{ op, s, o, v, want string }{
	{"get", "svc", "name", "", "'info-svc'"},
	{"get", "svc", "NAME", "", "'info-svc'"},
	{"get", "svc", "nope", "", "panic:NoOptionError: No option 'nope' in section: 'svc'"},
	{"get", "nosec", "x", "", "panic:NoSectionError: No section: 'nosec'"},
	{"get", "DEFAULT", "level", "", "'info'"},
	{"getint", "svc", "port", "", "panic:ValueError: invalid literal for int() with base 10: '80x'"},
	{"getfloat", "svc", "ratio", "", "0.5"},
	{"getboolean", "svc", "on", "", "True"},
	{"getboolean", "svc", "bad", "", "panic:ValueError: Not a boolean: maybe"},
	{"getint", "svc", "missing", "", "panic:NoOptionError: No option 'missing' in section: 'svc'"},
	{"has_option", "svc", "level", "", "True"},
	{"has_option", "nosec", "level", "", "False"},
	{"has_section", "DEFAULT", "", "", "False"},
	{"has_section", "svc", "", "", "True"},
	{"options", "svc", "", "", "['port', 'ratio', 'on', 'bad', 'name', 'level']"},
	{"options", "nosec", "", "", "panic:NoSectionError: No section: 'nosec'"},
	{"add_section", "svc", "", "", "panic:DuplicateSectionError: Section 'svc' already exists"},
	{"add_section", "DEFAULT", "", "", "panic:ValueError: Invalid section name: 'DEFAULT'"},
	{"set", "svc", "x", "50%", "panic:ValueError: invalid interpolation syntax in '50%' at position 2"},
	{"set", "nosec", "x", "1", "panic:NoSectionError: No section: 'nosec'"},
	{"items", "nosec", "", "", "panic:NoSectionError: No section: 'nosec'"},
	{"remove_option", "svc", "ratio", "", "True"},
	{"remove_option", "svc", "zz", "", "False"},
	{"remove_section", "zz", "", "", "False"},
}

const configOpBase = "[DEFAULT]\nlevel = info\n[svc]\nport = 80x\nratio = 0.5\non = Yes\nbad = maybe\nname = %(level)s-svc\n"

func cfgErrText(err error) string {
	return "ERR " + strings.TrimPrefix(ExcName(err), "configparser.") + ": " + ExcStr(err)
}

func TestConfigParserRead(t *testing.T) {
	for _, c := range configDumpCases {
		cp := NewConfigParser(true)
		var got string
		if err := cp.ReadString(c.text, "<string>"); err != nil {
			got = cfgErrText(err)
		} else {
			out := []string{}
			for _, s := range append([]string{"DEFAULT"}, cp.Sections()...) {
				items, err := cp.Items(s)
				if err != nil {
					out = append(out, s+": "+cfgErrText(err))
				} else {
					out = append(out, s+": "+Repr(items))
				}
			}
			var b strings.Builder
			if err := cp.Write(&b); err != nil {
				t.Fatal(err)
			}
			got = strings.Join(append(out, b.String()), "\n")
		}
		if got != c.want {
			t.Errorf("%q:\ngot  %q\nwant %q", c.text, got, c.want)
		}
	}
}

func TestConfigParserOps(t *testing.T) {
	for _, c := range configOpCases {
		cp := NewConfigParser(true)
		if err := cp.ReadString(configOpBase, "<string>"); err != nil {
			t.Fatal(err)
		}
		got := capture(func() string {
			var v any
			var err error
			switch c.op {
			case "get":
				v, err = cp.Get(c.s, c.o)
			case "getint":
				v, err = cp.GetInt(c.s, c.o)
			case "getfloat":
				v, err = cp.GetFloat(c.s, c.o)
			case "getboolean":
				v, err = cp.GetBool(c.s, c.o)
			case "has_option":
				v = cp.HasOption(c.s, c.o)
			case "has_section":
				v = cp.HasSection(c.s)
			case "options":
				v, err = cp.Options(c.s)
			case "add_section":
				v, err = nil, cp.AddSection(c.s)
			case "set":
				v, err = nil, cp.Set(c.s, c.o, c.v)
			case "items":
				v, err = cp.Items(c.s)
			case "remove_option":
				v, err = cp.RemoveOption(c.s, c.o)
			case "remove_section":
				v = cp.RemoveSection(c.s)
			}
			if err != nil {
				panic(err)
			}
			return Repr(v)
		})
		got = strings.Replace(got, "panic:configparser.", "panic:", 1)
		if got != c.want {
			t.Errorf("%s(%q, %q): got %q, want %q", c.op, c.s, c.o, got, c.want)
		}
	}
}

func TestConfigParserFallbacks(t *testing.T) {
	cp := NewConfigParser(true)
	if err := cp.ReadString(configOpBase, "<string>"); err != nil {
		t.Fatal(err)
	}
	// expectations from CPython: get(..., fallback=) and getint/getboolean(..., fallback=)
	if v, err := cp.GetOr("svc", "nope", "d"); v != "d" || err != nil {
		t.Errorf("get fallback: %q %v", v, err)
	}
	if v, err := cp.GetOr("nosec", "x", "d"); v != "d" || err != nil {
		t.Errorf("get fallback no section: %q %v", v, err)
	}
	if v, err := cp.GetIntOr("svc", "nope", 7); v != 7 || err != nil {
		t.Errorf("getint fallback: %v %v", v, err)
	}
	if _, err := cp.GetIntOr("svc", "port", 7); err == nil || ExcStr(err) != "invalid literal for int() with base 10: '80x'" {
		t.Errorf("getint fallback with a bad value: %v", err)
	}
	if v, err := cp.GetBoolOr("nosec", "x", true); !v || err != nil {
		t.Errorf("getboolean fallback: %v %v", v, err)
	}
	sec, err := cp.Section("svc")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sec.Get("nope"); err == nil || ExcName(err) != "KeyError" || ExcStr(err) != "'nope'" {
		t.Errorf("section[missing]: %v", err)
	}
	if _, err := cp.Section("nosec"); err == nil || ExcStr(err) != "'nosec'" {
		t.Errorf("cfg[missing]: %v", err)
	}
}

func TestConfigErrorMessage(t *testing.T) {
	cp := NewConfigParser(true)
	err := cp.ReadString("x = 1\n", "<string>")
	// CPython: e.message of the MissingSectionHeaderError
	if got := ConfigErrorMessage(err); got != "File contains no section headers.\nfile: '<string>', line: 1\n'x = 1\\n'" {
		t.Errorf("message: %q", got)
	}
	// CPython: ValueError('x').message -> AttributeError: 'ValueError' object has no attribute 'message'
	got := capture(func() string { return ConfigErrorMessage(NewError("ValueError", "x")) })
	if got != "panic:AttributeError: 'ValueError' object has no attribute 'message'" {
		t.Errorf("other exception: %q", got)
	}
}

// Expectations printed by CPython 3.11 (ConfigParser(interpolation=ExtendedInterpolation())).
const configExtText = "[DEFAULT]\nowner = ops\nhome = /srv/${owner}\n\n[paths]\nroot = ${home}/app\nlogs = ${root}/logs\ncost = $$5\nother = ${db:host}:${db:port}\nmissing = ${nope}\ncross = ${nosec:x}\nbad = $oops\ndeep = ${db:url}\nloop = ${loop}\nthree = ${a:b:c}\nUpper = ${OWNER}\n\n[db]\nhost = db1\nport = 5432\nurl = pg://${host}:${port}/${owner}\n"

var configExtCases = []struct{ s, o, want string }{
	{"paths", "root", "'/srv/ops/app'"},
	{"paths", "logs", "'/srv/ops/app/logs'"},
	{"paths", "cost", "'$5'"},
	{"paths", "other", "'db1:5432'"},
	{"paths", "missing", "panic:InterpolationMissingOptionError: Bad value substitution: option 'missing' in section 'paths' contains an interpolation key 'nope' which is not a valid option name. Raw value: '${nope}'"},
	{"paths", "cross", "panic:InterpolationMissingOptionError: Bad value substitution: option 'cross' in section 'paths' contains an interpolation key 'nosec:x' which is not a valid option name. Raw value: '${nosec:x}'"},
	{"paths", "bad", "panic:InterpolationSyntaxError: '$' must be followed by '$' or '{', found: '$oops'"},
	{"paths", "deep", "'pg://db1:5432/ops'"},
	{"paths", "loop", "panic:InterpolationDepthError: Recursion limit exceeded in value substitution: option 'loop' in section 'paths' contains an interpolation key which cannot be substituted in 10 steps. Raw value: '${loop}'"},
	{"paths", "three", "panic:InterpolationSyntaxError: More than one ':' found: ''"},
	{"paths", "upper", "'ops'"},
	{"db", "url", "'pg://db1:5432/ops'"},
	{"DEFAULT", "home", "'/srv/ops'"},
}

func TestConfigParserExtended(t *testing.T) {
	cp := NewConfigParserExtended()
	if err := cp.ReadString(configExtText, "<string>"); err != nil {
		t.Fatal(err)
	}
	for _, c := range configExtCases {
		got := capture(func() string {
			v, err := cp.Get(c.s, c.o)
			if err != nil {
				panic(err)
			}
			return Repr(v)
		})
		got = strings.Replace(got, "panic:configparser.", "panic:", 1)
		if got != c.want {
			t.Errorf("get(%q, %q): got %q, want %q", c.s, c.o, got, c.want)
		}
	}
	for v, want := range map[string]string{"a$b": "invalid interpolation syntax in 'a$b' at position 1", "$${x}": "", "${x} $": "invalid interpolation syntax in '${x} $' at position 1"} {
		err := cp.Set("db", "k", v)
		if (err == nil) != (want == "") || (err != nil && ExcStr(err) != want) {
			t.Errorf("set %q: %v", v, err)
		}
	}
}
