package pyrt

import (
	"errors"
	"io"
	"os"
	"regexp"
	"strings"
	"unicode/utf8"
)

// configparser (CPython 3.11) with the default options: delimiters `=`/`:`,
// full-line comments `#`/`;` (inline comments are part of the value), strict
// duplicates, empty lines kept in multi-line values, option names lower-cased,
// section `DEFAULT`, BasicInterpolation `%(name)s` or none.

// ConfigError is a configparser exception; str(e) is CPython's message.
type ConfigError struct {
	Kind string // NoSectionError, NoOptionError, DuplicateSectionError, ...
	Msg  string
}

var configParents = map[string]string{
	"NoSectionError":                  "Error",
	"NoOptionError":                   "Error",
	"DuplicateSectionError":           "Error",
	"DuplicateOptionError":            "Error",
	"ParsingError":                    "Error",
	"MissingSectionHeaderError":       "ParsingError",
	"InterpolationError":              "Error",
	"InterpolationMissingOptionError": "InterpolationError",
	"InterpolationSyntaxError":        "InterpolationError",
	"InterpolationDepthError":         "InterpolationError",
}

// PyStr is str(e).
func (e *ConfigError) PyStr() string { return e.Msg }

func (e *ConfigError) Error() string { return e.Kind + ": " + e.Msg }

// PyKinds is the class chain; the first name is what a traceback shows.
func (e *ConfigError) PyKinds() []string {
	out := []string{"configparser." + e.Kind}
	for k := e.Kind; k != ""; k = configParents[k] {
		out = append(out, k)
	}
	return append(out, "Exception", "BaseException")
}

func cfgErr(kind, msg string) error { return &ConfigError{Kind: kind, Msg: msg} }

func noSection(s string) error { return cfgErr("NoSectionError", "No section: "+Repr(s)) }

func noOption(o, s string) error {
	return cfgErr("NoOptionError", "No option "+Repr(o)+" in section: "+Repr(s))
}

// ConfigParser is configparser.ConfigParser() (Interp true) or
// ConfigParser(interpolation=None) / RawConfigParser() (Interp false).
type ConfigParser struct {
	Interp   bool
	Extended bool // ExtendedInterpolation: ${option}, ${section:option}, $$
	defaults *Dict[string, string]
	sections *Dict[string, *Dict[string, string]]
}

// NewConfigParser is configparser.ConfigParser(); interp false is interpolation=None.
func NewConfigParser(interp bool) *ConfigParser {
	return &ConfigParser{Interp: interp, defaults: NewDict[string, string](), sections: NewDict[string, *Dict[string, string]]()}
}

// NewConfigParserExtended is ConfigParser(interpolation=configparser.ExtendedInterpolation()).
func NewConfigParserExtended() *ConfigParser {
	c := NewConfigParser(true)
	c.Extended = true
	return c
}

// Read is cfg.read(paths): files that cannot be opened are skipped; returns the ones read.
func (c *ConfigParser) Read(paths ...string) ([]string, error) {
	ok := []string{}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		text, err := ReadText(f)
		f.Close()
		if err != nil {
			return ok, err
		}
		if err := c.read(text, p); err != nil {
			return ok, err
		}
		ok = append(ok, p)
	}
	return ok, nil
}

// ReadString is cfg.read_string(s, source="<string>").
func (c *ConfigParser) ReadString(s, source string) error { return c.read(s, source) }

// cfgKeyRe is BasicInterpolation._KEYCRE.
var cfgKeyRe = regexp.MustCompile(`%\(([^)]+)\)s`)

var configBool = map[string]bool{"1": true, "yes": true, "true": true, "on": true, "0": false, "no": false, "false": false, "off": false}

// cfgSpace is Python's \s for str patterns.
func cfgSpace(r rune) bool { return IsPySpace(r) }

// cfgOption splits an option line as OPTCRE: the first `=` or `:`, surrounding
// whitespace dropped. ok is false when the line has no delimiter.
func cfgOption(line string) (name, value string, ok bool) {
	i := strings.IndexAny(line, "=:")
	if i < 0 {
		return "", "", false
	}
	return strings.TrimRightFunc(line[:i], cfgSpace), strings.TrimLeftFunc(line[i+1:], cfgSpace), true
}

type cfgEntry struct {
	sect, opt string
}

func (c *ConfigParser) read(text, source string) error {
	added := map[cfgEntry]bool{}
	var cur *Dict[string, string]
	var curLines map[string][]string // option -> lines of the value (joined at the end)
	pending := map[*Dict[string, string]]map[string][]string{}
	sectName, optName := "", ""
	indent := 0
	var perr *ConfigError
	lines := strings.SplitAfter(text, "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for n, line := range lines {
		lineno := n + 1
		stripped := Strip(line)
		comment := strings.HasPrefix(stripped, "#") || strings.HasPrefix(stripped, ";")
		value := stripped
		if comment {
			value = ""
		}
		if value == "" {
			if !comment && cur != nil && optName != "" {
				curLines[optName] = append(curLines[optName], "")
			}
			continue
		}
		first := strings.IndexFunc(line, func(r rune) bool { return !IsPySpace(r) })
		curIndent := utf8.RuneCountInString(line[:first])
		if cur != nil && optName != "" && curIndent > indent {
			curLines[optName] = append(curLines[optName], value)
			continue
		}
		indent = curIndent
		if strings.HasPrefix(value, "[") && strings.LastIndex(value, "]") > 1 {
			sectName = value[1:strings.LastIndex(value, "]")]
			if s, ok := c.sections.Get(sectName); ok {
				if added[cfgEntry{sectName, "\x00"}] {
					return cfgErr("DuplicateSectionError", "While reading from "+Repr(source)+" [line "+cfgLineNo(lineno)+"]: section "+Repr(sectName)+" already exists")
				}
				cur = s
				added[cfgEntry{sectName, "\x00"}] = true
			} else if sectName == "DEFAULT" {
				cur = c.defaults
			} else {
				cur = NewDict[string, string]()
				c.sections.Set(sectName, cur)
				added[cfgEntry{sectName, "\x00"}] = true
			}
			if pending[cur] == nil {
				pending[cur] = map[string][]string{}
			}
			curLines = pending[cur]
			optName = ""
			continue
		}
		if cur == nil {
			return cfgErr("MissingSectionHeaderError", "File contains no section headers.\nfile: "+Repr(source)+", line: "+itoa(lineno)+"\n"+Repr(line))
		}
		name, val, ok := cfgOption(value)
		if !ok || name == "" {
			if perr == nil {
				perr = &ConfigError{Kind: "ParsingError", Msg: "Source contains parsing errors: " + Repr(source)}
			}
			perr.Msg += "\n\t[line " + cfgLineNo(lineno) + "]: " + Repr(line)
			if !ok {
				continue
			}
		}
		optName = Lower(name)
		if added[cfgEntry{sectName, optName}] {
			return cfgErr("DuplicateOptionError", "While reading from "+Repr(source)+" [line "+cfgLineNo(lineno)+"]: option "+Repr(optName)+" in section "+Repr(sectName)+" already exists")
		}
		added[cfgEntry{sectName, optName}] = true
		cur.Set(optName, "")
		curLines[optName] = []string{Strip(val)}
	}
	for d, opts := range pending {
		for name, ls := range opts {
			if d.Has(name) {
				d.Set(name, strings.TrimRightFunc(strings.Join(ls, "\n"), IsPySpace))
			}
		}
	}
	if perr != nil {
		return perr
	}
	return nil
}

// cfgLineNo is "%2d".
func cfgLineNo(n int) string {
	if n < 10 {
		return " " + itoa(n)
	}
	return itoa(n)
}

// Sections is cfg.sections().
func (c *ConfigParser) Sections() []string { return c.sections.Keys() }

// HasSection is cfg.has_section(s) (False for DEFAULT).
func (c *ConfigParser) HasSection(s string) bool { return c.sections.Has(s) }

// HasOption is cfg.has_option(section, option).
func (c *ConfigParser) HasOption(s, o string) bool {
	o = Lower(o)
	if s == "" || s == "DEFAULT" {
		return c.defaults.Has(o)
	}
	sect, ok := c.sections.Get(s)
	if !ok {
		return false
	}
	return sect.Has(o) || c.defaults.Has(o)
}

// Defaults is cfg.defaults(): the DEFAULT section's raw values.
func (c *ConfigParser) Defaults() *Dict[string, string] { return c.defaults }

// lookup is the unified section + DEFAULT view.
func (c *ConfigParser) lookup(s string) (func(string) (string, bool), error) {
	sect, ok := c.sections.Get(s)
	if !ok {
		if s != "DEFAULT" {
			return nil, noSection(s)
		}
		sect = NewDict[string, string]()
	}
	return func(o string) (string, bool) {
		if v, ok := sect.Get(o); ok {
			return v, true
		}
		return c.defaults.Get(o)
	}, nil
}

// Get is cfg.get(section, option) with interpolation.
func (c *ConfigParser) Get(s, o string) (string, error) {
	v, found, err := c.get(s, o)
	if err == nil && !found {
		err = noOption(Lower(o), s)
	}
	return v, err
}

func (c *ConfigParser) get(s, o string) (string, bool, error) {
	m, err := c.lookup(s)
	if err != nil {
		return "", false, err
	}
	o = Lower(o)
	v, ok := m(o)
	if !ok {
		return "", false, nil
	}
	if !c.Interp {
		return v, true, nil
	}
	var b strings.Builder
	if err := c.interpolate(&b, o, s, v, v, m, 1); err != nil {
		return "", true, err
	}
	return b.String(), true, nil
}

// GetOr is cfg.get(section, option, fallback=d): a missing section or option gives d.
func (c *ConfigParser) GetOr(s, o, d string) (string, error) {
	if _, err := c.lookup(s); err != nil {
		return d, nil
	}
	v, found, err := c.get(s, o)
	if !found {
		return d, nil
	}
	return v, err
}

// GetOpt is cfg.get(section, option, fallback=None).
func (c *ConfigParser) GetOpt(s, o string) (*string, error) {
	if _, err := c.lookup(s); err != nil {
		return nil, nil
	}
	v, found, err := c.get(s, o)
	if !found || err != nil {
		return nil, err
	}
	return &v, nil
}

func cfgConv[T any](c *ConfigParser, s, o string, conv func(string) (T, error)) (T, error) {
	v, err := c.Get(s, o)
	if err != nil {
		var zero T
		return zero, err
	}
	return conv(v)
}

func cfgConvOr[T any](c *ConfigParser, s, o string, d T, conv func(string) (T, error)) (T, error) {
	if _, err := c.lookup(s); err != nil {
		return d, nil
	}
	v, found, err := c.get(s, o)
	if !found {
		return d, nil
	}
	if err != nil {
		return d, err
	}
	return conv(v)
}

// ConfigBool is configparser's boolean conversion (ValueError "Not a boolean: x").
func ConfigBool(v string) (bool, error) {
	b, ok := configBool[Lower(v)]
	if !ok {
		return false, NewError("ValueError", "Not a boolean: "+v)
	}
	return b, nil
}

// GetInt is cfg.getint(section, option).
func (c *ConfigParser) GetInt(s, o string) (int, error) { return cfgConv(c, s, o, Atoi) }

// GetIntOr is cfg.getint(section, option, fallback=d) (a bad value still raises ValueError).
func (c *ConfigParser) GetIntOr(s, o string, d int) (int, error) { return cfgConvOr(c, s, o, d, Atoi) }

// GetFloat is cfg.getfloat(section, option).
func (c *ConfigParser) GetFloat(s, o string) (float64, error) { return cfgConv(c, s, o, Atof) }

// GetFloatOr is cfg.getfloat(section, option, fallback=d).
func (c *ConfigParser) GetFloatOr(s, o string, d float64) (float64, error) {
	return cfgConvOr(c, s, o, d, Atof)
}

// GetBool is cfg.getboolean(section, option).
func (c *ConfigParser) GetBool(s, o string) (bool, error) { return cfgConv(c, s, o, ConfigBool) }

// GetBoolOr is cfg.getboolean(section, option, fallback=d).
func (c *ConfigParser) GetBoolOr(s, o string, d bool) (bool, error) {
	return cfgConvOr(c, s, o, d, ConfigBool)
}

func (c *ConfigParser) interpolate(b *strings.Builder, opt, sect, raw, rest string, m func(string) (string, bool), depth int) error {
	if c.Extended {
		return c.interpolateExt(b, opt, sect, rest, m, depth)
	}
	if depth > 10 {
		return interpolationDepthError(opt, sect, raw)
	}
	for rest != "" {
		p := strings.IndexByte(rest, '%')
		if p < 0 {
			b.WriteString(rest)
			return nil
		}
		b.WriteString(rest[:p])
		rest = rest[p:]
		switch {
		case strings.HasPrefix(rest, "%%"):
			b.WriteByte('%')
			rest = rest[2:]
		case strings.HasPrefix(rest, "%("):
			end := strings.IndexByte(rest, ')')
			if end < 3 || !strings.HasPrefix(rest[end:], ")s") {
				return cfgErr("InterpolationSyntaxError", "bad interpolation variable reference "+Repr(rest))
			}
			name := Lower(rest[2:end])
			rest = rest[end+2:]
			v, ok := m(name)
			if !ok {
				return cfgErr("InterpolationMissingOptionError", "Bad value substitution: option "+Repr(opt)+" in section "+Repr(sect)+" contains an interpolation key "+Repr(name)+" which is not a valid option name. Raw value: "+Repr(raw))
			}
			if strings.Contains(v, "%") {
				if err := c.interpolate(b, opt, sect, raw, v, m, depth+1); err != nil {
					return err
				}
			} else {
				b.WriteString(v)
			}
		default:
			return cfgErr("InterpolationSyntaxError", "'%' must be followed by '%' or '(', found: "+Repr(rest))
		}
	}
	return nil
}

// cfgExtKeyRe is ExtendedInterpolation._KEYCRE.
var cfgExtKeyRe = regexp.MustCompile(`\$\{([^}]+)\}`)

// rawOr is parser.get(section, option, raw=True, fallback=d).
func (c *ConfigParser) rawOr(s, o, d string) string {
	m, err := c.lookup(s)
	if err != nil {
		return d
	}
	if v, ok := m(Lower(o)); ok {
		return v
	}
	return d
}

// interpolateExt is ExtendedInterpolation._interpolate_some.
func (c *ConfigParser) interpolateExt(b *strings.Builder, opt, sect, rest string, m func(string) (string, bool), depth int) error {
	raw := c.rawOr(sect, opt, rest)
	if depth > 10 {
		return interpolationDepthError(opt, sect, raw)
	}
	for rest != "" {
		p := strings.IndexByte(rest, '$')
		if p < 0 {
			b.WriteString(rest)
			return nil
		}
		b.WriteString(rest[:p])
		rest = rest[p:]
		switch {
		case strings.HasPrefix(rest, "$$"):
			b.WriteByte('$')
			rest = rest[2:]
		case strings.HasPrefix(rest, "${"):
			loc := cfgExtKeyRe.FindStringSubmatchIndex(rest)
			if loc == nil || loc[0] != 0 {
				return cfgErr("InterpolationSyntaxError", "bad interpolation variable reference "+Repr(rest))
			}
			path := strings.Split(rest[loc[2]:loc[3]], ":")
			rest = rest[loc[1]:]
			s2, o2 := sect, opt
			var v string
			found := false
			switch len(path) {
			case 1:
				o2 = Lower(path[0])
				v, found = m(o2)
			case 2:
				s2, o2 = path[0], Lower(path[1])
				if m2, err := c.lookup(s2); err == nil {
					v, found = m2(o2)
				}
			default:
				return cfgErr("InterpolationSyntaxError", "More than one ':' found: "+Repr(rest))
			}
			if !found {
				return cfgErr("InterpolationMissingOptionError", "Bad value substitution: option "+Repr(opt)+" in section "+Repr(sect)+" contains an interpolation key "+Repr(strings.Join(path, ":"))+" which is not a valid option name. Raw value: "+Repr(raw))
			}
			if strings.Contains(v, "$") {
				m2, _ := c.lookup(s2)
				if err := c.interpolateExt(b, o2, s2, v, m2, depth+1); err != nil {
					return err
				}
			} else {
				b.WriteString(v)
			}
		default:
			return cfgErr("InterpolationSyntaxError", "'$' must be followed by '$' or '{', found: "+Repr(rest))
		}
	}
	return nil
}

// Options is cfg.options(section): the section's options, then DEFAULT's others.
func (c *ConfigParser) Options(s string) ([]string, error) {
	sect, ok := c.sections.Get(s)
	if !ok {
		return nil, noSection(s)
	}
	out := sect.Keys()
	for _, k := range c.defaults.Keys() {
		if !sect.Has(k) {
			out = append(out, k)
		}
	}
	return out, nil
}

// Items is cfg.items(section): DEFAULT's options first (overridden values), then the section's own.
func (c *ConfigParser) Items(s string) ([]Tuple2[string, string], error) {
	d := c.defaults.Copy()
	if sect, ok := c.sections.Get(s); ok {
		d.Update(sect)
	} else if s != "DEFAULT" {
		return nil, noSection(s)
	}
	m := func(o string) (string, bool) { return d.Get(o) }
	out := []Tuple2[string, string]{}
	for _, kv := range d.Items() {
		v := kv.V1
		if c.Interp {
			var b strings.Builder
			if err := c.interpolate(&b, kv.V0, s, v, v, m, 1); err != nil {
				return nil, err
			}
			v = b.String()
		}
		out = append(out, Tuple2[string, string]{kv.V0, v})
	}
	return out, nil
}

// Set is cfg.set(section, option, value).
func (c *ConfigParser) Set(s, o, v string) error {
	if c.Interp && v != "" {
		t := cfgKeyRe.ReplaceAllString(strings.ReplaceAll(v, "%%", ""), "")
		mark := byte('%')
		if c.Extended {
			t, mark = cfgExtKeyRe.ReplaceAllString(strings.ReplaceAll(v, "$$", ""), ""), '$'
		}
		if i := strings.IndexByte(t, mark); i >= 0 {
			return NewError("ValueError", "invalid interpolation syntax in "+Repr(v)+" at position "+itoa(utf8.RuneCountInString(t[:i])))
		}
	}
	var sect *Dict[string, string]
	if s == "" || s == "DEFAULT" {
		sect = c.defaults
	} else {
		var ok bool
		if sect, ok = c.sections.Get(s); !ok {
			return noSection(s)
		}
	}
	sect.Set(Lower(o), v)
	return nil
}

// AddSection is cfg.add_section(s).
func (c *ConfigParser) AddSection(s string) error {
	if s == "DEFAULT" {
		return NewError("ValueError", "Invalid section name: "+Repr(s))
	}
	if c.sections.Has(s) {
		return cfgErr("DuplicateSectionError", "Section "+Repr(s)+" already exists")
	}
	c.sections.Set(s, NewDict[string, string]())
	return nil
}

// RemoveSection is cfg.remove_section(s).
func (c *ConfigParser) RemoveSection(s string) bool {
	if !c.sections.Has(s) {
		return false
	}
	c.sections.Delete(s)
	return true
}

// RemoveOption is cfg.remove_option(section, option).
func (c *ConfigParser) RemoveOption(s, o string) (bool, error) {
	sect := c.defaults
	if s != "" && s != "DEFAULT" {
		var ok bool
		if sect, ok = c.sections.Get(s); !ok {
			return false, noSection(s)
		}
	}
	o = Lower(o)
	if !sect.Has(o) {
		return false, nil
	}
	sect.Delete(o)
	return true, nil
}

// Write is cfg.write(f): `[section]`, `key = value` (continuation lines
// indented with a tab), a blank line after each section; DEFAULT first.
func (c *ConfigParser) Write(w io.Writer) error {
	var b strings.Builder
	one := func(name string, d *Dict[string, string]) {
		b.WriteString("[" + name + "]\n")
		for _, kv := range d.Items() {
			b.WriteString(kv.V0 + " = " + strings.ReplaceAll(kv.V1, "\n", "\n\t") + "\n")
		}
		b.WriteString("\n")
	}
	if c.defaults.Len() > 0 {
		one("DEFAULT", c.defaults)
	}
	for _, kv := range c.sections.Items() {
		one(kv.V0, kv.V1)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Section is cfg[name] (KeyError when there is no such section; DEFAULT always exists).
func (c *ConfigParser) Section(name string) (*ConfigSection, error) {
	if name != "DEFAULT" && !c.sections.Has(name) {
		return nil, keyError(name)
	}
	return &ConfigSection{p: c, Name: name}, nil
}

// Contains is `name in cfg`.
func (c *ConfigParser) Contains(name string) bool { return name == "DEFAULT" || c.sections.Has(name) }

// ConfigSection is a SectionProxy: cfg[section].
type ConfigSection struct {
	p    *ConfigParser
	Name string
}

// Get is section[key] (KeyError when missing).
func (s *ConfigSection) Get(o string) (string, error) {
	if !s.p.HasOption(s.Name, o) {
		return "", keyError(o)
	}
	return s.p.Get(s.Name, o)
}

// GetOr is section.get(key, default).
func (s *ConfigSection) GetOr(o, d string) (string, error) { return s.p.GetOr(s.Name, o, d) }

// GetOpt is section.get(key) (None when missing).
func (s *ConfigSection) GetOpt(o string) (*string, error) { return s.p.GetOpt(s.Name, o) }

// GetIntOr is section.getint(key, default).
func (s *ConfigSection) GetIntOr(o string, d int) (int, error) { return s.p.GetIntOr(s.Name, o, d) }

// GetFloatOr is section.getfloat(key, default).
func (s *ConfigSection) GetFloatOr(o string, d float64) (float64, error) {
	return s.p.GetFloatOr(s.Name, o, d)
}

// GetBoolOr is section.getboolean(key, default).
func (s *ConfigSection) GetBoolOr(o string, d bool) (bool, error) { return s.p.GetBoolOr(s.Name, o, d) }

// Has is `key in section`.
func (s *ConfigSection) Has(o string) bool { return s.p.HasOption(s.Name, o) }

// Set is section[key] = value.
func (s *ConfigSection) Set(o, v string) error { return s.p.Set(s.Name, o, v) }

// Keys is list(section): its options, then DEFAULT's others.
func (s *ConfigSection) Keys() []string {
	if s.Name == "DEFAULT" {
		return s.p.defaults.Keys()
	}
	out, _ := s.p.Options(s.Name)
	return out
}

// ConfigErrorMessage is e.message: configparser's exceptions have it, others raise AttributeError.
func ConfigErrorMessage(err error) string {
	var ce *ConfigError
	if errors.As(err, &ce) {
		return ce.Msg
	}
	panic(NewError("AttributeError", "'"+ExcName(err)+"' object has no attribute 'message'"))
}

// interpolationDepthError is what both interpolations raise past MAX_INTERPOLATION_DEPTH (10).
func interpolationDepthError(opt, sect, raw string) error {
	return cfgErr("InterpolationDepthError", "Recursion limit exceeded in value substitution: option "+Repr(opt)+" in section "+Repr(sect)+" contains an interpolation key which cannot be substituted in 10 steps. Raw value: "+Repr(raw))
}
