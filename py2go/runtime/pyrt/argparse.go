package pyrt

import (
	"io"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
)

// ArgSuppress is argparse.SUPPRESS: as a default, the destination is not set
// unless the option is given; as help, the argument is hidden.
const ArgSuppress = "==SUPPRESS=="

// ParserOpts are the keyword arguments of argparse.ArgumentParser (and of
// add_parser, which also takes Help/HasHelp and Aliases). Empty strings mean
// None.
type ParserOpts struct {
	Usage       string
	Description string
	Epilog      string
	// Formatter is the formatter_class: "" (HelpFormatter), "RawDescription",
	// "RawText", "ArgumentDefaults" or "MetavarType".
	Formatter string
	NoHelp    bool // add_help=False
	NoAbbrev  bool // allow_abbrev=False
	// add_parser only: help= (HasHelp says it was given) and aliases=.
	Help    string
	HasHelp bool
	Aliases []string
}

// ArgSpec are the keyword arguments of add_argument. Nargs is nil (None),
// "?", "*", "+", "..." (REMAINDER) or an int. Default is only used when
// HasDefault is set (absent, argparse uses set_defaults or None).
type ArgSpec struct {
	Action     string
	Nargs      any
	Const      any
	Default    any
	HasDefault bool
	Type       string // "", "str", "int", "float"
	// TypeFunc is a user type= function; TypeName is its __name__.
	TypeFunc     func(string) (any, error)
	TypeName     string
	Choices      []any
	Required     bool
	Help         string
	Metavar      string
	MetavarTuple []string
	Dest         string
	Version      string
}

const (
	nargsParser = "A..."
)

type argAction struct {
	kind          string
	optionStrings []string
	dest          string
	nargs         any // nil, "?", "*", "+", "...", "A...", int, 0 for flags
	constVal      any
	def           any
	typ           string
	typeFunc      func(string) (any, error)
	typeName      string
	choices       []any
	required      bool
	help          string
	metavar       any // nil, string, []string
	version       string
	sub           *Subparsers
	pseudo        bool
}

func (a *argAction) suppressedHelp() bool { return a.help == ArgSuppress }

// container is what add_argument can be called on: a parser, an argument
// group or a mutually exclusive group.
type argContainer interface {
	addAction(a *argAction) *argAction
}

// ArgParser is argparse.ArgumentParser.
type ArgParser struct {
	Prog        string
	usage       string
	description string
	epilog      string
	formatter   string
	addHelp     bool
	allowAbbrev bool

	actions       []*argAction
	optionActions map[string]*argAction
	actionGroups  []*ArgGroup
	mutexGroups   []*ArgGroup
	defaults      *Dict[string, any]
	negOptionals  bool

	positionals *ArgGroup
	optionals   *ArgGroup
	subparsers  *ArgGroup
}

// ArgGroup is an argument group (add_argument_group) or a mutually
// exclusive group (add_mutually_exclusive_group).
type ArgGroup struct {
	parser       *ArgParser
	title        string
	description  string
	actions      []*argAction
	mutex        bool
	required     bool
	container    argContainer
	hasTitleNone bool
}

// Subparsers is the object add_subparsers returns.
type Subparsers struct {
	action     *argAction
	progPrefix string
	names      []string
	parsers    map[string]*ArgParser
	choiceActs []*argAction
}

// SubparsersOpts are add_subparsers' keyword arguments.
type SubparsersOpts struct {
	Title       string
	Description string
	HasTitle    bool // title= or description= given: a separate help section
	Dest        string
	Required    bool
	Help        string
	Metavar     string
	Prog        string
}

var negNumberRE = regexp.MustCompile(`^-\d+$|^-\d*\.\d+$`)

// NewArgParser is argparse.ArgumentParser(prog=prog, ...).
func NewArgParser(prog string, opts ParserOpts) *ArgParser {
	p := &ArgParser{
		Prog:          prog,
		usage:         opts.Usage,
		description:   opts.Description,
		epilog:        opts.Epilog,
		formatter:     opts.Formatter,
		addHelp:       !opts.NoHelp,
		allowAbbrev:   !opts.NoAbbrev,
		optionActions: map[string]*argAction{},
		defaults:      NewDict[string, any](),
	}
	p.positionals = p.AddArgumentGroup("positional arguments", "")
	p.optionals = p.AddArgumentGroup("options", "")
	if p.addHelp {
		p.AddArgument([]string{"-h", "--help"}, ArgSpec{Action: "help", Default: ArgSuppress, HasDefault: true,
			Help: "show this help message and exit"})
	}
	return p
}

// AddArgumentGroup is parser.add_argument_group(title, description).
func (p *ArgParser) AddArgumentGroup(title, description string) *ArgGroup {
	g := &ArgGroup{parser: p, title: title, description: description}
	g.container = g
	p.actionGroups = append(p.actionGroups, g)
	return g
}

// AddMutuallyExclusiveGroup is parser.add_mutually_exclusive_group(required=...).
func (p *ArgParser) AddMutuallyExclusiveGroup(required bool) *ArgGroup {
	g := &ArgGroup{parser: p, mutex: true, required: required, container: p}
	p.mutexGroups = append(p.mutexGroups, g)
	return g
}

// AddMutuallyExclusiveGroup on an argument group: the options are listed in
// that group's help section.
func (g *ArgGroup) AddMutuallyExclusiveGroup(required bool) *ArgGroup {
	m := &ArgGroup{parser: g.parser, mutex: true, required: required, container: g}
	g.parser.mutexGroups = append(g.parser.mutexGroups, m)
	return m
}

func (p *ArgParser) addAction(a *argAction) *argAction {
	if len(a.optionStrings) > 0 {
		return p.optionals.addAction(a)
	}
	return p.positionals.addAction(a)
}

func (g *ArgGroup) addAction(a *argAction) *argAction {
	if g.mutex {
		if a.required {
			panic(NewError("ValueError", "mutually exclusive arguments must be optional"))
		}
		g.container.addAction(a)
		g.actions = append(g.actions, a)
		return a
	}
	p := g.parser
	var conflicts []string
	for _, s := range a.optionStrings {
		if _, ok := p.optionActions[s]; ok {
			conflicts = append(conflicts, s)
		}
	}
	if len(conflicts) > 0 {
		word := "conflicting option string: "
		if len(conflicts) > 1 {
			word = "conflicting option strings: "
		}
		panic(NewError("ArgumentError", "argument "+actionName(a)+": "+word+strings.Join(conflicts, ", ")))
	}
	p.actions = append(p.actions, a)
	for _, s := range a.optionStrings {
		p.optionActions[s] = a
		if negNumberRE.MatchString(s) {
			p.negOptionals = true
		}
	}
	g.actions = append(g.actions, a)
	return a
}

// AddArgument is parser.add_argument(*names, **spec).
func (p *ArgParser) AddArgument(names []string, spec ArgSpec) { p.addArgument(p, names, spec) }

// AddArgument is group.add_argument(*names, **spec).
func (g *ArgGroup) AddArgument(names []string, spec ArgSpec) { g.parser.addArgument(g, names, spec) }

func (p *ArgParser) addArgument(c argContainer, names []string, spec ArgSpec) {
	a := &argAction{kind: spec.Action, nargs: spec.Nargs, constVal: spec.Const, typ: spec.Type,
		typeFunc: spec.TypeFunc, typeName: spec.TypeName, required: spec.Required, help: spec.Help,
		version: spec.Version}
	if a.kind == "" {
		a.kind = "store"
	}
	if n, ok := a.nargs.(string); ok && n == "" {
		a.nargs = nil
	}
	for _, ch := range spec.Choices {
		a.choices = append(a.choices, normArgValue(ch))
	}
	if spec.Metavar != "" {
		a.metavar = spec.Metavar
	}
	if spec.MetavarTuple != nil {
		a.metavar = spec.MetavarTuple
	}
	if len(names) == 0 || len(names) == 1 && !strings.HasPrefix(names[0], "-") {
		if len(names) == 1 {
			a.dest = names[0]
		} else {
			a.dest = spec.Dest
		}
		if spec.Required {
			panic(NewError("TypeError", "'required' is an invalid argument for positionals"))
		}
		if a.nargs != "?" && a.nargs != "*" {
			a.required = true
		}
		if a.nargs == "*" && !spec.HasDefault {
			a.required = true
		}
	} else {
		var long []string
		for _, s := range names {
			if s == "" || s[0] != '-' {
				panic(NewError("ValueError", "invalid option string "+Repr(s)+": must start with a character '-'"))
			}
			if len(s) > 1 && s[1] == '-' {
				long = append(long, s)
			}
		}
		a.optionStrings = names
		a.dest = spec.Dest
		if a.dest == "" {
			src := names[0]
			if len(long) > 0 {
				src = long[0]
			}
			a.dest = strings.ReplaceAll(strings.TrimLeft(src, "-"), "-", "_")
		}
	}
	// defaults of each action class
	switch {
	case spec.HasDefault:
		a.def = normArgValue(spec.Default)
	case p.defaults.Has(a.dest):
		a.def = p.defaults.MustGet(a.dest)
	case a.kind == "store_true":
		a.def = false
	case a.kind == "store_false":
		a.def = true
	case a.kind == "help" || a.kind == "version":
		a.def = ArgSuppress
	}
	switch a.kind {
	case "store_true":
		a.constVal, a.nargs = true, 0
	case "store_false":
		a.constVal, a.nargs = false, 0
	case "store_const", "append_const", "count", "help", "version":
		a.nargs = 0
		a.constVal = normArgValue(a.constVal)
	case "store", "append", "extend":
		if a.nargs == 0 {
			panic(NewError("ValueError", "nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate"))
		}
		a.constVal = normArgValue(a.constVal)
	default:
		panic(NewError("ValueError", "unknown action \""+a.kind+"\""))
	}
	if a.kind == "help" || a.kind == "version" {
		if spec.Dest == "" {
			a.dest = ArgSuppress
		}
		if a.kind == "version" && spec.Help == "" {
			a.help = "show program's version number and exit"
		}
	}
	c.addAction(a)
}

// SetDefaults is parser.set_defaults(dest=value, ...), one pair at a time.
func (p *ArgParser) SetDefaults(kv ...any) {
	for i := 0; i+1 < len(kv); i += 2 {
		k := kv[i].(string)
		v := normArgValue(kv[i+1])
		p.defaults.Set(k, v)
		for _, a := range p.actions {
			if a.dest == k {
				a.def = v
			}
		}
	}
}

// AddSubparsers is parser.add_subparsers(...).
func (p *ArgParser) AddSubparsers(opts SubparsersOpts) *Subparsers {
	if p.subparsers != nil {
		p.Error("cannot have multiple subparser arguments")
	}
	group := p.positionals
	if opts.HasTitle || opts.Title != "" || opts.Description != "" {
		title := opts.Title
		if title == "" {
			title = "subcommands"
		}
		group = p.AddArgumentGroup(title, opts.Description)
	}
	prog := opts.Prog
	if prog == "" {
		f := p.newFormatter()
		var pos []*argAction
		for _, a := range p.actions {
			if len(a.optionStrings) == 0 {
				pos = append(pos, a)
			}
		}
		f.addUsage(p.usage, pos, p.mutexGroups, "")
		prog = strings.TrimSpace(f.formatHelp())
	}
	s := &Subparsers{progPrefix: prog, parsers: map[string]*ArgParser{}}
	dest := opts.Dest
	if dest == "" {
		dest = ArgSuppress
	}
	a := &argAction{kind: "parsers", dest: dest, nargs: nargsParser, required: opts.Required,
		help: opts.Help, sub: s, def: nil}
	if opts.Metavar != "" {
		a.metavar = opts.Metavar
	}
	s.action = a
	group.addAction(a)
	p.subparsers = group
	return s
}

// AddParser is subparsers.add_parser(name, ...).
func (s *Subparsers) AddParser(name string, opts ParserOpts) *ArgParser {
	prog := s.progPrefix + " " + name
	if _, ok := s.parsers[name]; ok {
		panic(NewError("ArgumentError", "argument "+actionName(s.action)+": conflicting subparser: "+name))
	}
	if opts.HasHelp {
		mv := name
		if len(opts.Aliases) > 0 {
			mv += " (" + strings.Join(opts.Aliases, ", ") + ")"
		}
		s.choiceActs = append(s.choiceActs, &argAction{kind: "store", dest: name, metavar: mv, help: opts.Help, pseudo: true})
	}
	sp := NewArgParser(prog, ParserOpts{Usage: opts.Usage, Description: opts.Description, Epilog: opts.Epilog,
		Formatter: opts.Formatter, NoHelp: opts.NoHelp, NoAbbrev: opts.NoAbbrev})
	s.parsers[name] = sp
	s.names = append(s.names, name)
	for _, al := range opts.Aliases {
		s.parsers[al] = sp
		s.names = append(s.names, al)
	}
	return sp
}

func (s *Subparsers) choiceList() []any {
	out := make([]any, len(s.names))
	for i, n := range s.names {
		out[i] = n
	}
	return out
}

// normArgValue turns Go slices into []any so values compare and print as
// Python lists; float32 and other ints are widened.
func normArgValue(v any) any {
	switch x := v.(type) {
	case nil, string, int, float64, bool, []any, *Path: // a Path is a value, not its parts
		return v
	case float32:
		return float64(x)
	case *string:
		if x == nil {
			return nil
		}
		return *x
	case *int:
		if x == nil {
			return nil
		}
		return *x
	case *float64:
		if x == nil {
			return nil
		}
		return *x
	}
	if t, ok := v.(interface{ pyItems() []any }); ok {
		items := t.pyItems()
		out := make([]any, len(items))
		for i, x := range items {
			out[i] = normArgValue(x)
		}
		return out
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		out := make([]any, rv.Len())
		for i := range out {
			out[i] = normArgValue(rv.Index(i).Interface())
		}
		return out
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return int(rv.Int())
	}
	return v
}

// actionName is argparse._get_action_name.
func actionName(a *argAction) string {
	switch {
	case a == nil:
		return ""
	case len(a.optionStrings) > 0:
		return strings.Join(a.optionStrings, "/")
	case a.metavar != nil && a.metavar != ArgSuppress:
		if s, ok := a.metavar.(string); ok {
			return s
		}
		return Str(normArgValue(a.metavar))
	case a.dest != "" && a.dest != ArgSuppress:
		return a.dest
	case a.sub != nil:
		return "{" + strings.Join(a.sub.names, ",") + "}"
	case len(a.choices) > 0:
		parts := make([]string, len(a.choices))
		for i, c := range a.choices {
			parts[i] = Str(c)
		}
		return "{" + strings.Join(parts, ",") + "}"
	}
	return ""
}

// argError is argparse.ArgumentError, caught by parse_known_args.
type argError struct {
	action *argAction
	msg    string
}

func throwArg(a *argAction, msg string) { panic(&argError{a, msg}) }

func (e *argError) text() string {
	if n := actionName(e.action); n != "" {
		return "argument " + n + ": " + e.msg
	}
	return e.msg
}

// ParseArgs is parser.parse_args(args): on error, usage and
// "prog: error: ..." go to stderr and SystemExit(2) is raised.
func (p *ArgParser) ParseArgs(args []string) *Namespace {
	ns, extras := p.ParseKnownArgs(args)
	if len(extras) > 0 {
		p.Error("unrecognized arguments: " + strings.Join(extras, " "))
	}
	return ns
}

// ParseKnownArgs is parser.parse_known_args(args): the namespace and the
// strings it did not recognise.
func (p *ArgParser) ParseKnownArgs(args []string) (*Namespace, []string) {
	return p.parseKnownArgsInto(append([]string(nil), args...), NewNamespace())
}

func (p *ArgParser) parseKnownArgsInto(args []string, ns *Namespace) (*Namespace, []string) {
	for _, a := range p.actions {
		if a.dest != ArgSuppress && !ns.Has(a.dest) && a.def != ArgSuppress {
			ns.setDefault(a.dest, a.def)
		}
	}
	for _, k := range p.defaults.Keys() {
		if !ns.Has(k) {
			ns.setDefault(k, p.defaults.MustGet(k))
		}
	}
	extras := p.parseCatching(args, ns)
	if ns.unrecognized != nil {
		extras = append(extras, ns.unrecognized...)
		ns.unrecognized = nil
	}
	return ns, extras
}

func (p *ArgParser) parseCatching(args []string, ns *Namespace) (extras []string) {
	var failed *argError
	func() {
		defer func() {
			if r := recover(); r != nil {
				if e, ok := r.(*argError); ok {
					failed = e
					return
				}
				panic(r)
			}
		}()
		extras = p.parseKnown(args, ns)
	}()
	if failed != nil {
		p.Error(failed.text())
	}
	return extras
}

type optTuple struct {
	action   *argAction
	option   string
	explicit *string
}

func strPtr(s string) *string { return &s }

func (p *ArgParser) parseKnown(argStrings []string, ns *Namespace) []string {
	conflicts := map[*argAction][]*argAction{}
	for _, g := range p.mutexGroups {
		for i, a := range g.actions {
			conflicts[a] = append(conflicts[a], g.actions[:i]...)
			conflicts[a] = append(conflicts[a], g.actions[i+1:]...)
		}
	}
	optIndices := map[int]optTuple{}
	var pat strings.Builder
	for i := 0; i < len(argStrings); i++ {
		s := argStrings[i]
		if s == "--" {
			pat.WriteByte('-')
			for i++; i < len(argStrings); i++ {
				pat.WriteByte('A')
			}
			break
		}
		if t, ok := p.parseOptional(s); ok {
			optIndices[i] = t
			pat.WriteByte('O')
		} else {
			pat.WriteByte('A')
		}
	}
	pattern := pat.String()

	seen := map[*argAction]bool{}
	seenNonDefault := map[*argAction]bool{}
	var extras []string

	takeAction := func(a *argAction, strs []string, optionString string) {
		seen[a] = true
		val, isDefault := p.getValues(a, strs)
		if !isDefault {
			seenNonDefault[a] = true
			for _, c := range conflicts[a] {
				if seenNonDefault[c] {
					throwArg(a, "not allowed with argument "+actionName(c))
				}
			}
		}
		if s, ok := val.(string); ok && s == ArgSuppress {
			return
		}
		p.callAction(a, ns, val)
	}

	consumeOptional := func(start int) int {
		t := optIndices[start]
		a, optionString, explicit := t.action, t.option, t.explicit
		type tup struct {
			a    *argAction
			args []string
			opt  string
		}
		var tuples []tup
		var stop int
		for {
			if a == nil {
				extras = append(extras, argStrings[start])
				return start + 1
			}
			if explicit != nil {
				argCount := p.matchArgument(a, "A")
				if argCount == 0 && optionString[1] != '-' && *explicit != "" {
					tuples = append(tuples, tup{a, nil, optionString})
					ex := []rune(*explicit)
					optionString = optionString[:1] + string(ex[0])
					var newExplicit *string
					if len(ex) > 1 {
						newExplicit = strPtr(string(ex[1:]))
					}
					if na, ok := p.optionActions[optionString]; ok {
						a = na
						explicit = newExplicit
					} else {
						throwArg(a, "ignored explicit argument "+Repr(*explicit))
					}
				} else if argCount == 1 {
					stop = start + 1
					tuples = append(tuples, tup{a, []string{*explicit}, optionString})
					break
				} else {
					throwArg(a, "ignored explicit argument "+Repr(*explicit))
				}
			} else {
				s := start + 1
				argCount := p.matchArgument(a, pattern[s:])
				stop = s + argCount
				tuples = append(tuples, tup{a, append([]string(nil), argStrings[s:stop]...), optionString})
				break
			}
		}
		for _, t := range tuples {
			takeAction(t.a, t.args, t.opt)
		}
		return stop
	}

	var positionals []*argAction
	for _, a := range p.actions {
		if len(a.optionStrings) == 0 {
			positionals = append(positionals, a)
		}
	}
	consumePositionals := func(start int) int {
		counts := p.matchArgumentsPartial(positionals, pattern[start:])
		for i, n := range counts {
			strs := append([]string(nil), argStrings[start:start+n]...)
			start += n
			takeAction(positionals[i], strs, "")
		}
		positionals = positionals[len(counts):]
		return start
	}

	start := 0
	maxOpt := -1
	for i := range optIndices {
		if i > maxOpt {
			maxOpt = i
		}
	}
	for start <= maxOpt {
		next := -1
		for i := range optIndices {
			if i >= start && (next < 0 || i < next) {
				next = i
			}
		}
		if start != next {
			end := consumePositionals(start)
			if end > start {
				start = end
				continue
			}
			start = end
		}
		if _, ok := optIndices[start]; !ok {
			extras = append(extras, argStrings[start:next]...)
			start = next
		}
		start = consumeOptional(start)
	}
	stop := consumePositionals(start)
	extras = append(extras, argStrings[stop:]...)

	var required []string
	for _, a := range p.actions {
		if seen[a] {
			continue
		}
		if a.required {
			required = append(required, actionName(a))
		} else if ds, ok := a.def.(string); ok && ns.Has(a.dest) {
			if cur, ok := ns.Get(a.dest).(string); ok && cur == ds && ns.isDefault(a.dest) {
				ns.Set(a.dest, p.getValue(a, ds))
			}
		}
	}
	if len(required) > 0 {
		p.Error("the following arguments are required: " + strings.Join(required, ", "))
	}
	for _, g := range p.mutexGroups {
		if !g.required {
			continue
		}
		found := false
		for _, a := range g.actions {
			if seenNonDefault[a] {
				found = true
				break
			}
		}
		if !found {
			var names []string
			for _, a := range g.actions {
				if !a.suppressedHelp() {
					names = append(names, actionName(a))
				}
			}
			p.Error("one of the arguments " + strings.Join(names, " ") + " is required")
		}
	}
	return extras
}

func (p *ArgParser) callAction(a *argAction, ns *Namespace, val any) {
	switch a.kind {
	case "store":
		ns.Set(a.dest, val)
	case "store_const", "store_true", "store_false":
		ns.Set(a.dest, a.constVal)
	case "append", "append_const", "extend":
		var items []any
		if cur := ns.Get(a.dest); cur != nil {
			if l, ok := cur.([]any); ok {
				items = append(items, l...)
			} else {
				panic(NewError("AttributeError", "'"+pyTypeName(cur)+"' object has no attribute 'append'"))
			}
		} else {
			items = []any{}
		}
		switch a.kind {
		case "append":
			items = append(items, val)
		case "append_const":
			items = append(items, a.constVal)
		default:
			l, _ := val.([]any)
			items = append(items, l...)
		}
		ns.Set(a.dest, items)
	case "count":
		n := 0
		if cur := ns.Get(a.dest); cur != nil {
			n = cur.(int)
		}
		ns.Set(a.dest, n+1)
	case "help":
		p.PrintHelp(nil)
		Exit(0)
	case "version":
		f := p.newFormatter()
		f.addText(a.version)
		_, _ = Stdout.WriteString(f.formatHelp())
		Exit(0)
	case "parsers":
		vals := val.([]any)
		name := vals[0].(string)
		rest := make([]string, 0, len(vals)-1)
		for _, v := range vals[1:] {
			rest = append(rest, v.(string))
		}
		if a.dest != ArgSuppress {
			ns.Set(a.dest, name)
		}
		sp, ok := a.sub.parsers[name]
		if !ok {
			throwArg(a, "unknown parser "+Repr(name)+" (choices: "+strings.Join(a.sub.names, ", ")+")")
		}
		subNS, extra := sp.parseKnownArgsInto(rest, NewNamespace())
		for _, k := range subNS.keys {
			ns.Set(k, subNS.vals[k])
		}
		if len(extra) > 0 {
			if ns.unrecognized == nil {
				ns.unrecognized = []string{}
			}
			ns.unrecognized = append(ns.unrecognized, extra...)
		}
	}
}

// matchArgument is _match_argument: how many strings the action takes.
func (p *ArgParser) matchArgument(a *argAction, pattern string) int {
	re := regexp.MustCompile("^" + nargsPattern(a))
	m := re.FindStringSubmatch(pattern)
	if m == nil {
		var msg string
		switch a.nargs {
		case nil:
			msg = "expected one argument"
		case "?":
			msg = "expected at most one argument"
		case "+":
			msg = "expected at least one argument"
		default:
			n, _ := a.nargs.(int)
			if n == 1 {
				msg = "expected 1 argument"
			} else {
				msg = "expected " + strconv.Itoa(n) + " arguments"
			}
		}
		throwArg(a, msg)
	}
	return len(m[1])
}

func (p *ArgParser) matchArgumentsPartial(actions []*argAction, pattern string) []int {
	for i := len(actions); i > 0; i-- {
		var b strings.Builder
		b.WriteByte('^')
		for _, a := range actions[:i] {
			b.WriteString(nargsPattern(a))
		}
		m := regexp.MustCompile(b.String()).FindStringSubmatch(pattern)
		if m != nil {
			out := make([]int, 0, i)
			for _, g := range m[1:] {
				out = append(out, len(g))
			}
			return out
		}
	}
	return nil
}

func nargsPattern(a *argAction) string {
	var pat string
	switch n := a.nargs.(type) {
	case nil:
		pat = "(-*A-*)"
	case string:
		switch n {
		case "?":
			pat = "(-*A?-*)"
		case "*":
			pat = "(-*[A-]*)"
		case "+":
			pat = "(-*A[A-]*)"
		case "...":
			pat = "([-AO]*)"
		case nargsParser:
			pat = "(-*A[-AO]*)"
		case ArgSuppress:
			pat = "(-*-*)"
		}
	case int:
		parts := make([]string, n)
		for i := range parts {
			parts[i] = "A"
		}
		pat = "(-*" + strings.Join(parts, "-*") + "-*)"
	}
	if len(a.optionStrings) > 0 {
		pat = strings.ReplaceAll(pat, "-*", "")
		pat = strings.ReplaceAll(pat, "-", "")
	}
	return pat
}

// parseOptional is _parse_optional: ok=false for a positional string.
func (p *ArgParser) parseOptional(s string) (optTuple, bool) {
	if s == "" || s[0] != '-' {
		return optTuple{}, false
	}
	if a, ok := p.optionActions[s]; ok {
		return optTuple{a, s, nil}, true
	}
	if len(s) == 1 {
		return optTuple{}, false
	}
	if i := strings.IndexByte(s, '='); i >= 0 {
		if a, ok := p.optionActions[s[:i]]; ok {
			return optTuple{a, s[:i], strPtr(s[i+1:])}, true
		}
	}
	tuples := p.optionTuples(s)
	if len(tuples) > 1 {
		opts := make([]string, len(tuples))
		for i, t := range tuples {
			opts[i] = t.option
		}
		p.Error("ambiguous option: " + s + " could match " + strings.Join(opts, ", "))
	}
	if len(tuples) == 1 {
		return tuples[0], true
	}
	if negNumberRE.MatchString(s) && !p.negOptionals {
		return optTuple{}, false
	}
	if strings.Contains(s, " ") {
		return optTuple{}, false
	}
	return optTuple{nil, s, nil}, true
}

// optionKeys lists option strings in insertion order (Python dict order).
func (p *ArgParser) optionKeys() []string {
	var keys []string
	for _, a := range p.actions {
		keys = append(keys, a.optionStrings...)
	}
	return keys
}

func (p *ArgParser) optionTuples(s string) []optTuple {
	var out []optTuple
	if s[0] == '-' && s[1] == '-' {
		if p.allowAbbrev {
			prefix := s
			var explicit *string
			if i := strings.IndexByte(s, '='); i >= 0 {
				prefix, explicit = s[:i], strPtr(s[i+1:])
			}
			for _, o := range p.optionKeys() {
				if strings.HasPrefix(o, prefix) {
					out = append(out, optTuple{p.optionActions[o], o, explicit})
				}
			}
		}
	} else {
		r := []rune(s)
		short := string(r[:2])
		shortExplicit := string(r[2:])
		for _, o := range p.optionKeys() {
			if o == short {
				out = append(out, optTuple{p.optionActions[o], o, strPtr(shortExplicit)})
			} else if strings.HasPrefix(o, s) {
				out = append(out, optTuple{p.optionActions[o], o, nil})
			}
		}
	}
	return out
}

// getValues is _get_values; isDefault reports that the value is the
// action's default object itself (Python's `is action.default`).
func (p *ArgParser) getValues(a *argAction, strs []string) (any, bool) {
	if a.nargs != nargsParser && a.nargs != "..." {
		for i, s := range strs {
			if s == "--" {
				strs = append(strs[:i:i], strs[i+1:]...)
				break
			}
		}
	}
	switch {
	case len(strs) == 0 && a.nargs == "?":
		var v any
		fromDefault := false
		if len(a.optionStrings) > 0 {
			v = a.constVal
		} else {
			v = a.def
			fromDefault = true
		}
		if s, ok := v.(string); ok {
			v = p.getValue(a, s)
			p.checkValue(a, v)
			fromDefault = fromDefault && (a.typ == "" || a.typ == "str") && a.typeFunc == nil
		}
		return v, fromDefault && v != nil && sameDefault(v, a.def)
	case len(strs) == 0 && a.nargs == "*" && len(a.optionStrings) == 0:
		var v any
		isDef := false
		if a.def != nil {
			v = a.def
			isDef = true
		} else {
			v = []any{}
		}
		p.checkValue(a, v)
		return v, isDef
	case len(strs) == 1 && (a.nargs == nil || a.nargs == "?"):
		v := p.getValue(a, strs[0])
		p.checkValue(a, v)
		return v, false
	case a.nargs == "...":
		out := make([]any, len(strs))
		for i, s := range strs {
			out[i] = p.getValue(a, s)
		}
		return out, false
	case a.nargs == nargsParser:
		out := make([]any, len(strs))
		for i, s := range strs {
			out[i] = p.getValue(a, s)
		}
		p.checkValue(a, out[0])
		return out, false
	case a.nargs == ArgSuppress:
		return ArgSuppress, false
	}
	out := make([]any, len(strs))
	for i, s := range strs {
		out[i] = p.getValue(a, s)
	}
	for _, v := range out {
		p.checkValue(a, v)
	}
	return out, false
}

func sameDefault(v, def any) bool {
	switch v.(type) {
	case []any:
		return false
	}
	return v == def
}

// ArgTypeFunc adapts a translated type= function (its errors panic out of the
// Go func, as in a key= lambda) to ArgSpec.TypeFunc: the raised exception is
// returned, so argparse reports ArgumentTypeError/ValueError/TypeError as
// CPython does.
func ArgTypeFunc[T any](f func(string) T) func(string) (any, error) {
	return func(s string) (v any, err error) {
		defer Catch(&err)
		return f(s), nil
	}
}

// ArgTypeErrFunc adapts a library parser that returns its exception
// (datetime.fromisoformat as type=) to ArgSpec.TypeFunc.
func ArgTypeErrFunc[T any](f func(string) (T, error)) func(string) (any, error) {
	return func(s string) (any, error) {
		v, err := f(s)
		if err != nil {
			return nil, err
		}
		return v, nil
	}
}

func (a *argAction) typeLabel() string {
	if a.typeFunc != nil {
		return a.typeName
	}
	return a.typ
}

// getValue is _get_value: type conversion with argparse's error text.
func (p *ArgParser) getValue(a *argAction, s string) any {
	invalid := func() {
		throwArg(a, "invalid "+a.typeLabel()+" value: "+Repr(s))
	}
	if a.typeFunc != nil {
		v, err := a.typeFunc(s)
		if err != nil {
			if IsKind(err, "ArgumentTypeError") {
				throwArg(a, ExcStr(err))
			}
			if IsKind(err, "ValueError") || IsKind(err, "TypeError") {
				invalid()
			}
			panic(err)
		}
		return normArgValue(v)
	}
	switch a.typ {
	case "int":
		n, err := Atoi(s)
		if err != nil {
			if IsKind(err, "ValueError") {
				invalid()
			}
			panic(err)
		}
		return n
	case "float":
		f, err := Atof(s)
		if err != nil {
			invalid()
		}
		return f
	}
	return s
}

// checkValue is _check_value: the choices test.
func (p *ArgParser) checkValue(a *argAction, v any) {
	var choices []any
	switch {
	case a.sub != nil:
		choices = a.sub.choiceList()
	case a.choices != nil:
		choices = a.choices
	default:
		return
	}
	for _, c := range choices {
		if Equal(v, c) {
			return
		}
	}
	reprs := make([]string, len(choices))
	for i, c := range choices {
		reprs[i] = Repr(c)
	}
	throwArg(a, "invalid choice: "+Repr(v)+" (choose from "+strings.Join(reprs, ", ")+")")
}

// FormatUsage is parser.format_usage().
func (p *ArgParser) FormatUsage() string {
	f := p.newFormatter()
	f.addUsage(p.usage, p.actions, p.mutexGroups, "usage: ")
	return f.formatHelp()
}

// FormatHelp is parser.format_help().
func (p *ArgParser) FormatHelp() string {
	f := p.newFormatter()
	f.addUsage(p.usage, p.actions, p.mutexGroups, "usage: ")
	f.addText(p.description)
	for _, g := range p.actionGroups {
		f.startSection(g.title)
		f.addText(g.description)
		f.addArguments(g.actions)
		f.endSection()
	}
	f.addText(p.epilog)
	return f.formatHelp()
}

// PrintHelp is parser.print_help(file); nil is sys.stdout.
func (p *ArgParser) PrintHelp(w io.Writer) {
	if w == nil {
		w = Stdout
	}
	if s := p.FormatHelp(); s != "" {
		_, _ = io.WriteString(w, s)
	}
}

// PrintUsage is parser.print_usage(file); nil is sys.stdout.
func (p *ArgParser) PrintUsage(w io.Writer) {
	if w == nil {
		w = Stdout
	}
	if s := p.FormatUsage(); s != "" {
		_, _ = io.WriteString(w, s)
	}
}

// Exit is parser.exit(status, message).
func (p *ArgParser) Exit(status int, message string) {
	if message != "" {
		_, _ = Stderr.WriteString(message)
	}
	Exit(status)
}

// Error is parser.error(msg): usage and "prog: error: msg" on stderr,
// SystemExit(2).
func (p *ArgParser) Error(msg string) {
	p.PrintUsage(Stderr)
	p.Exit(2, p.Prog+": error: "+msg+"\n")
}

// ArgChoices converts a choices= list or tuple (any Go slice or pyrt tuple)
// to the []any ArgSpec.Choices holds.
func ArgChoices(v any) []any {
	if l, ok := normArgValue(v).([]any); ok {
		return l
	}
	panic(NewError("TypeError", "argparse: choices must be a list or tuple"))
}

// ParseKnownArgsTuple is `ns, extras = parser.parse_known_args(args)`.
func (p *ArgParser) ParseKnownArgsTuple(args []string) Tuple2[*Namespace, []string] {
	ns, extras := p.ParseKnownArgs(args)
	if extras == nil {
		extras = []string{}
	}
	return Tuple2[*Namespace, []string]{V0: ns, V1: extras}
}

// ArgvOr is the args of parse_args(argv) when argv may be None: None means
// sys.argv[1:].
func ArgvOr(argv *[]string) []string {
	if argv == nil {
		return os.Args[1:]
	}
	return *argv
}

// ArgFileType is argparse.FileType(mode) as a type= function: "-" is stdin
// (read modes) or stdout (write modes), any other name is opened, and an
// OSError becomes argparse's "can't open 'name': [Errno 2] ..." error.
// Writing to stdout through the returned *os.File bypasses Stdout's buffer,
// so Stdout is switched to write-through first: output keeps its order.
func ArgFileType(mode string) func(string) (any, error) {
	return func(name string) (any, error) {
		if name == "-" {
			switch {
			case strings.Contains(mode, "r"):
				return os.Stdin, nil
			case strings.ContainsAny(mode, "wax"):
				Stdout.mu.Lock()
				_ = Stdout.flushLocked()
				Stdout.mode = bufNone
				Stdout.mu.Unlock()
				return os.Stdout, nil
			}
			return nil, NewError("ValueError", "argument \"-\" with mode "+Repr(mode))
		}
		var f *os.File
		var err error
		switch {
		case strings.Contains(mode, "r") && !strings.Contains(mode, "+"):
			f, err = os.Open(name)
		case strings.Contains(mode, "w"):
			f, err = os.Create(name)
		case strings.Contains(mode, "a"):
			f, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o666)
		case strings.Contains(mode, "x"):
			f, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		default:
			return nil, NewError("NotImplementedError", "py2go: argparse.FileType mode "+Repr(mode)+" is not supported")
		}
		if err != nil {
			return nil, NewError("ArgumentTypeError", "can't open '"+name+"': "+ExcStr(err))
		}
		return f, nil
	}
}
