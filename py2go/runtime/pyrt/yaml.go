package pyrt

//py2go:requires gopkg.in/yaml.v3

// This file is copied into a generated module only when a yaml rule is used
// (the marker above): it is the only pyrt file that needs a module outside the
// standard library.

import (
	"errors"
	"io"
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// YAMLError is yaml.YAMLError. str(e) is gopkg.in/yaml.v3's description of a
// syntax error (PyYAML's text and marks differ) or py2go's for values it does
// not construct.
type YAMLError struct{ Msg string }

// PyStr is str(e).
func (e *YAMLError) PyStr() string { return e.Msg }

func (e *YAMLError) Error() string { return "YAMLError: " + e.Msg }

// PyKinds is the class chain; the first name is what a traceback shows.
func (e *YAMLError) PyKinds() []string {
	return []string{"yaml.YAMLError", "YAMLError", "Exception", "BaseException"}
}

// PyYAML's implicit resolvers (YAML 1.1) for plain scalars.
var (
	yamlBoolRe  = regexp.MustCompile(`^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$`)
	yamlFloatRe = regexp.MustCompile(`^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$`)
	yamlIntRe   = regexp.MustCompile(`^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$`)
	yamlNullRe  = regexp.MustCompile(`^(?:~|null|Null|NULL|)$`)
	yamlTimeRe  = regexp.MustCompile(`^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$`)
)

// yamlResolve is the tag PyYAML gives a plain scalar: str, bool, int, float, null, timestamp, merge or value.
func yamlResolve(s string) string {
	switch {
	case yamlBoolRe.MatchString(s):
		return "bool"
	case yamlFloatRe.MatchString(s):
		return "float"
	case yamlIntRe.MatchString(s):
		return "int"
	case s == "<<":
		return "merge"
	case yamlNullRe.MatchString(s):
		return "null"
	case yamlTimeRe.MatchString(s):
		return "timestamp"
	case s == "=":
		return "value"
	}
	return "str"
}

func yamlSexagesimal(s string) []int {
	var parts []int
	for _, p := range strings.Split(s, ":") {
		n, _ := strconv.Atoi(p)
		parts = append(parts, n)
	}
	return parts
}

func yamlInt(s string) (any, error) {
	v := strings.ReplaceAll(s, "_", "")
	sign := 1
	if v != "" && (v[0] == '-' || v[0] == '+') {
		if v[0] == '-' {
			sign = -1
		}
		v = v[1:]
	}
	var n int64
	var err error
	switch {
	case v == "0":
		return 0, nil
	case strings.HasPrefix(v, "0b"):
		n, err = strconv.ParseInt(v[2:], 2, 64)
	case strings.HasPrefix(v, "0x"):
		n, err = strconv.ParseInt(v[2:], 16, 64)
	case strings.HasPrefix(v, "0"):
		n, err = strconv.ParseInt(v, 8, 64)
	case strings.Contains(v, ":"):
		for _, d := range yamlSexagesimal(v) {
			n = n*60 + int64(d)
		}
	default:
		n, err = strconv.ParseInt(v, 10, 64)
	}
	if err != nil {
		if errors.Is(err, strconv.ErrRange) {
			return nil, NewError("OverflowError", "py2go: YAML integer "+Repr(s)+" does not fit in 64 bits")
		}
		return nil, NewError("ValueError", "invalid literal for int() with base 10: "+Repr(s))
	}
	return sign * int(n), nil
}

func yamlFloat(s string) (any, error) {
	v := strings.ToLower(strings.ReplaceAll(s, "_", ""))
	sign := 1.0
	if v != "" && (v[0] == '-' || v[0] == '+') {
		if v[0] == '-' {
			sign = -1
		}
		v = v[1:]
	}
	switch {
	case v == ".inf":
		return sign * math.Inf(1), nil
	case v == ".nan":
		return math.NaN(), nil
	case strings.Contains(v, ":"):
		f := 0.0
		parts := strings.Split(v, ":")
		for _, p := range parts[:len(parts)-1] {
			n, _ := strconv.Atoi(p)
			f = f*60 + float64(n)
		}
		last, err := strconv.ParseFloat(parts[len(parts)-1], 64)
		if err != nil {
			return nil, NewError("ValueError", "could not convert string to float: "+Repr(s))
		}
		return sign * (f*60 + last), nil
	}
	f, err := Atof(v)
	if err != nil {
		return nil, err
	}
	return sign * f, nil
}

var yamlBools = map[string]bool{"yes": true, "no": false, "true": true, "false": false, "on": true, "off": false}

type yamlDec struct{ depth int }

func yamlPos(n *yaml.Node) string {
	return "line " + itoa(n.Line) + ", column " + itoa(n.Column)
}

func (d *yamlDec) scalar(n *yaml.Node) (any, error) {
	tag := ""
	switch {
	case n.Style&yaml.TaggedStyle != 0:
		tag = strings.TrimPrefix(n.Tag, "tag:yaml.org,2002:")
		tag = strings.TrimPrefix(tag, "!!")
	case n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		tag = "str"
	default:
		tag = yamlResolve(n.Value)
	}
	switch tag {
	case "str":
		return n.Value, nil
	case "null":
		return nil, nil
	case "bool":
		b, ok := yamlBools[strings.ToLower(n.Value)]
		if !ok {
			return nil, &YAMLError{Msg: "py2go: not a YAML bool: " + Repr(n.Value) + " at " + yamlPos(n)}
		}
		return b, nil
	case "int":
		return yamlInt(n.Value)
	case "float":
		return yamlFloat(n.Value)
	case "timestamp":
		return yamlTimestamp(n)
	}
	return nil, &YAMLError{Msg: "could not determine a constructor for the tag " + Repr(n.Tag) + " at " + yamlPos(n)}
}

// yamlStampRe is PyYAML's SafeConstructor.timestamp_regexp.
var yamlStampRe = regexp.MustCompile(`^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?)?$`)

// yamlTimestamp is PyYAML's construct_yaml_timestamp: a date, or a datetime (naive, or aware
// with a fixed offset: timezone.utc for Z); the fraction is cut to microseconds. An impossible
// date raises ValueError, as datetime's constructor does.
func yamlTimestamp(n *yaml.Node) (any, error) {
	m := yamlStampRe.FindStringSubmatch(n.Value)
	if m == nil {
		return nil, &YAMLError{Msg: "could not determine a constructor for the tag 'tag:yaml.org,2002:timestamp' at " + yamlPos(n)}
	}
	num := func(s string) int { v, _ := strconv.Atoi(s); return v }
	year, month, day := num(m[1]), num(m[2]), num(m[3])
	if m[4] == "" {
		checkDate(year, month, day)
		return Date{time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)}, nil
	}
	frac := 0
	if m[7] != "" {
		f := m[7]
		if len(f) > 6 {
			f = f[:6]
		}
		frac = num(f + strings.Repeat("0", 6-len(f)))
	}
	dt := DatetimeOf(year, month, day, num(m[4]), num(m[5]), num(m[6]), frac)
	if m[8] == "" {
		return dt, nil
	}
	off := 0
	if m[9] != "" {
		off = num(m[10])*3600 + num(m[11])*60
		if m[9] == "-" {
			off = -off
		}
	}
	return dt.withTZ(NewTimezone(Timedelta{int64(off) * 1000000})), nil
}

// yamlStamp is a date or datetime to dump: PyYAML writes its isoformat (" " between date and
// time) as a plain scalar.
type yamlStamp string

// node converts a yaml.v3 node to Python-shaped values: nil, bool, int,
// float64, string, []any, *Dict[string, any].
func (d *yamlDec) node(n *yaml.Node) (any, error) {
	d.depth++
	defer func() { d.depth-- }()
	if d.depth > 1000 {
		return nil, NewError("RecursionError", "maximum recursion depth exceeded")
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil, nil
		}
		return d.node(n.Content[0])
	case yaml.AliasNode:
		return d.node(n.Alias)
	case yaml.ScalarNode:
		return d.scalar(n)
	case yaml.SequenceNode:
		if n.Style&yaml.TaggedStyle != 0 && n.ShortTag() != "!!seq" {
			return nil, &YAMLError{Msg: "could not determine a constructor for the tag " + Repr(n.Tag) + " at " + yamlPos(n)}
		}
		out := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			v, err := d.node(c)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case yaml.MappingNode:
		if n.Style&yaml.TaggedStyle != 0 && n.ShortTag() != "!!map" {
			return nil, &YAMLError{Msg: "could not determine a constructor for the tag " + Repr(n.Tag) + " at " + yamlPos(n)}
		}
		pairs, err := d.flatten(n)
		if err != nil {
			return nil, err
		}
		out := NewDict[string, any]()
		for _, p := range pairs {
			k, err := d.node(p[0])
			if err != nil {
				return nil, err
			}
			ks, ok := k.(string)
			if !ok {
				return nil, NewError("TypeError", "py2go: YAML mapping key "+Repr(k)+" at "+yamlPos(p[0])+" is "+TypeName(k)+"; only str keys are supported")
			}
			v, err := d.node(p[1])
			if err != nil {
				return nil, err
			}
			out.Set(ks, v)
		}
		return out, nil
	}
	return nil, &YAMLError{Msg: "py2go: unexpected YAML node at " + yamlPos(n)}
}

func yamlIsMerge(k *yaml.Node) bool {
	return k.Kind == yaml.ScalarNode && k.Value == "<<" && (k.Style == 0 || k.ShortTag() == "!!merge")
}

// flatten is PyYAML 6's SafeConstructor.flatten_mapping: the pairs of `<<`
// merges come first, in order, a key already merged being skipped (PyYAML tests
// the identity of the key's str: the same node, or a one-character key, which
// CPython caches); then the mapping's own pairs. Later pairs win when the dict
// is built, at the position of the first.
func (d *yamlDec) flatten(n *yaml.Node) ([][2]*yaml.Node, error) {
	var merge, own [][2]*yaml.Node
	seenNode := map[*yaml.Node]bool{}
	seenChar := map[string]bool{}
	add := func(pairs [][2]*yaml.Node) {
		for _, p := range pairs {
			k := p[0]
			short := utf8.RuneCountInString(k.Value) <= 1 && (k.Value == "" || []rune(k.Value)[0] < 256)
			if seenNode[k] || (short && seenChar[k.Value]) {
				continue
			}
			seenNode[k] = true
			if short {
				seenChar[k.Value] = true
			}
			merge = append(merge, p)
		}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !yamlIsMerge(k) {
			own = append(own, [2]*yaml.Node{k, v})
			continue
		}
		for v.Kind == yaml.AliasNode {
			v = v.Alias
		}
		switch v.Kind {
		case yaml.MappingNode:
			sub, err := d.flatten(v)
			if err != nil {
				return nil, err
			}
			add(sub)
		case yaml.SequenceNode:
			for _, s := range v.Content {
				for s.Kind == yaml.AliasNode {
					s = s.Alias
				}
				if s.Kind != yaml.MappingNode {
					return nil, &YAMLError{Msg: "while constructing a mapping\nexpected a mapping for merging, but found " + yamlKindName(s)}
				}
				sub, err := d.flatten(s)
				if err != nil {
					return nil, err
				}
				add(sub)
			}
		default:
			return nil, &YAMLError{Msg: "while constructing a mapping\nexpected a mapping or list of mappings for merging, but found " + yamlKindName(v)}
		}
	}
	return append(merge, own...), nil
}

func yamlKindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.ScalarNode:
		return "scalar"
	case yaml.SequenceNode:
		return "sequence"
	}
	return "mapping"
}

// YAMLParse is yaml.safe_load(s) as Python-shaped dynamic values (None for an empty stream).
func YAMLParse(s string) (any, error) {
	dec := yaml.NewDecoder(strings.NewReader(s))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if err == io.EOF {
			return nil, nil
		}
		return nil, &YAMLError{Msg: err.Error()}
	}
	var next yaml.Node
	if err := dec.Decode(&next); err != io.EOF {
		if err != nil {
			return nil, &YAMLError{Msg: err.Error()}
		}
		return nil, &YAMLError{Msg: "expected a single document in the stream\nbut found another document"}
	}
	return (&yamlDec{}).node(&doc)
}

// YAMLLoads is yaml.safe_load(text) converted to the Go type T the script's
// annotation declares (TypeError at load time for a value of another type).
func YAMLLoads[T any](s string) (T, error) {
	var out T
	v, err := YAMLParse(s)
	if err != nil {
		return out, err
	}
	if v == nil && reflect.TypeOf(out) != jsonAnyType {
		if _, ok := any(out).(dictLike); ok {
			return out, NewError("TypeError", "py2go: the YAML document is empty (None), the annotation expects dict")
		}
	}
	if err := jsonAssign(reflect.ValueOf(&out).Elem(), v, "$"); err != nil {
		return out, err
	}
	return out, nil
}

// YAMLLoadsOr is `yaml.safe_load(text) or {}`: an empty document gives an empty dict.
func YAMLLoadsOr[V any](s string) (*Dict[string, V], error) {
	v, err := YAMLParse(s)
	if err != nil {
		return nil, err
	}
	out := NewDict[string, V]()
	if v == nil {
		return out, nil
	}
	if d, ok := v.(*Dict[string, any]); ok && d.Len() == 0 {
		return out, nil
	}
	err = jsonAssign(reflect.ValueOf(&out).Elem(), v, "$")
	return out, err
}

func yamlReadAll(r io.Reader) (string, error) {
	s, err := ReadText(r)
	if err != nil {
		return "", err
	}
	return strings.TrimPrefix(s, "\ufeff"), nil
}

// YAMLLoad is yaml.safe_load(f): reads the whole file, then decodes like YAMLLoads.
func YAMLLoad[T any](r io.Reader) (T, error) {
	s, err := yamlReadAll(r)
	if err != nil {
		var zero T
		return zero, err
	}
	return YAMLLoads[T](s)
}

// YAMLLoadOr is `yaml.safe_load(f) or {}`.
func YAMLLoadOr[V any](r io.Reader) (*Dict[string, V], error) {
	s, err := yamlReadAll(r)
	if err != nil {
		return nil, err
	}
	return YAMLLoadsOr[V](s)
}

// ---------------------------------------------------------------- dumping

// YAMLOpts are safe_dump's keyword arguments py2go translates.
type YAMLOpts struct {
	Unsorted      bool // sort_keys=False
	AllowUnicode  bool
	ExplicitStart bool
}

// yamlMap is a mapping to dump: keys in dump order.
type yamlMap struct {
	keys []any
	vals []any
}

func yamlRepresentError(v reflect.Value) error {
	return &YAMLError{Msg: "('cannot represent an object', " + Repr(v.Interface()) + ")"}
}

// yamlTree turns a Go value into nil, bool, int, float64, string, []any and *yamlMap.
func yamlTree(v reflect.Value, o YAMLOpts) (any, error) {
	if !v.IsValid() {
		return nil, nil
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return nil, nil
		}
		return yamlTree(v.Elem(), o)
	}
	if v.CanInterface() {
		if d, ok := v.Interface().(dictLike); ok {
			if v.Kind() == reflect.Pointer && v.IsNil() {
				return nil, nil
			}
			items := d.pyItems()
			if !o.Unsorted {
				sorted, err := sortedByKey(items, TypeName)
				if err != nil {
					return nil, err
				}
				items = sorted
			}
			m := &yamlMap{}
			for _, it := range items {
				k, err := yamlTree(reflect.ValueOf(it[0]), o)
				if err != nil {
					return nil, err
				}
				val, err := yamlTree(reflect.ValueOf(it[1]), o)
				if err != nil {
					return nil, err
				}
				m.keys = append(m.keys, k)
				m.vals = append(m.vals, val)
			}
			return m, nil
		}
	}
	if v.CanInterface() {
		switch x := v.Interface().(type) {
		case Date:
			return yamlStamp(x.Isoformat()), nil
		case Datetime:
			return yamlStamp(x.Isoformat(" ")), nil
		}
	}
	switch v.Kind() {
	case reflect.Bool:
		return v.Bool(), nil
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Int16, reflect.Int8:
		return int(v.Int()), nil
	case reflect.Float64, reflect.Float32:
		return v.Float(), nil
	case reflect.String:
		return v.String(), nil
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() && v.Type().Elem().Kind() != reflect.Uint8 {
			return []any{}, nil
		}
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return nil, yamlRepresentError(v)
		}
		out := make([]any, v.Len())
		for i := range out {
			x, err := yamlTree(v.Index(i), o)
			if err != nil {
				return nil, err
			}
			out[i] = x
		}
		return out, nil
	case reflect.Pointer:
		if v.IsNil() {
			return nil, nil
		}
		switch v.Elem().Kind() {
		case reflect.Int, reflect.Float64, reflect.String, reflect.Bool, reflect.Slice:
			return yamlTree(v.Elem(), o)
		}
	}
	return nil, yamlRepresentError(v)
}

// yamlEmitter reproduces PyYAML's Emitter for block style (default_flow_style=False,
// indent 2, width 80): its column/indent/whitespace bookkeeping decides line wrapping.
type yamlEmitter struct {
	b          strings.Builder
	o          YAMLOpts
	indent     int // -1: none yet
	indents    []int
	column     int
	whitespace bool
	indention  bool
	openEnded  bool
}

const yamlWidth = 80

func (e *yamlEmitter) write(s string) {
	e.b.WriteString(s)
}

func (e *yamlEmitter) pushIndent(flow, indentless bool) {
	e.indents = append(e.indents, e.indent)
	if e.indent < 0 {
		if flow {
			e.indent = 2
		} else {
			e.indent = 0
		}
	} else if !indentless {
		e.indent += 2
	}
}

func (e *yamlEmitter) popIndent() {
	e.indent = e.indents[len(e.indents)-1]
	e.indents = e.indents[:len(e.indents)-1]
}

func (e *yamlEmitter) lineBreak(s string) {
	e.whitespace = true
	e.indention = true
	e.column = 0
	e.write(s)
}

func (e *yamlEmitter) writeIndent() {
	indent := e.indent
	if indent < 0 {
		indent = 0
	}
	if !e.indention || e.column > indent || (e.column == indent && !e.whitespace) {
		e.lineBreak("\n")
	}
	if e.column < indent {
		e.whitespace = true
		e.write(strings.Repeat(" ", indent-e.column))
		e.column = indent
	}
}

func (e *yamlEmitter) indicator(ind string, needWhitespace, whitespace, indention bool) {
	data := ind
	if !e.whitespace && needWhitespace {
		data = " " + ind
	}
	e.whitespace = whitespace
	e.indention = e.indention && indention
	e.column += utf8.RuneCountInString(data)
	e.openEnded = false
	e.write(data)
}

type yamlAnalysis struct {
	empty, multiline                                         bool
	flowPlain, blockPlain, singleQuoted, doubleQuoted, block bool
}

func yamlIsBreak(r rune) bool { return r == '\n' || r == '\u0085' || r == '\u2028' || r == '\u2029' }

func yamlIsSpaceOrEnd(r rune) bool {
	return r == 0 || r == ' ' || r == '\t' || r == '\r' || yamlIsBreak(r)
}

// analyze is Emitter.analyze_scalar.
func (e *yamlEmitter) analyze(s string) yamlAnalysis {
	if s == "" {
		return yamlAnalysis{empty: true, blockPlain: true, singleQuoted: true, doubleQuoted: true}
	}
	rs := []rune(s)
	var blockInd, flowInd, lineBreaks, special bool
	var leadSpace, leadBreak, trailSpace, trailBreak, breakSpace, spaceBreak bool
	if strings.HasPrefix(s, "---") || strings.HasPrefix(s, "...") {
		blockInd, flowInd = true, true
	}
	preceded := true
	followed := len(rs) == 1 || yamlIsSpaceOrEnd(rs[1])
	prevSpace, prevBreak := false, false
	for i, ch := range rs {
		if i == 0 {
			if strings.ContainsRune("#,[]{}&*!|>'\"%@`", ch) {
				flowInd, blockInd = true, true
			}
			if ch == '?' || ch == ':' {
				flowInd = true
				if followed {
					blockInd = true
				}
			}
			if ch == '-' && followed {
				flowInd, blockInd = true, true
			}
		} else {
			if strings.ContainsRune(",?[]{}", ch) {
				flowInd = true
			}
			if ch == ':' {
				flowInd = true
				if followed {
					blockInd = true
				}
			}
			if ch == '#' && preceded {
				flowInd, blockInd = true, true
			}
		}
		if yamlIsBreak(ch) {
			lineBreaks = true
		}
		if !(ch == '\n' || (ch >= 0x20 && ch <= 0x7E)) {
			if (ch == 0x85 || (ch >= 0xA0 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD) || (ch >= 0x10000 && ch < 0x10FFFF)) && ch != 0xFEFF {
				if !e.o.AllowUnicode {
					special = true
				}
			} else {
				special = true
			}
		}
		switch {
		case ch == ' ':
			if i == 0 {
				leadSpace = true
			}
			if i == len(rs)-1 {
				trailSpace = true
			}
			if prevBreak {
				breakSpace = true
			}
			prevSpace, prevBreak = true, false
		case yamlIsBreak(ch):
			if i == 0 {
				leadBreak = true
			}
			if i == len(rs)-1 {
				trailBreak = true
			}
			if prevSpace {
				spaceBreak = true
			}
			prevSpace, prevBreak = false, true
		default:
			prevSpace, prevBreak = false, false
		}
		preceded = yamlIsSpaceOrEnd(ch)
		followed = i+2 >= len(rs) || yamlIsSpaceOrEnd(rs[i+2])
	}
	a := yamlAnalysis{multiline: lineBreaks, flowPlain: true, blockPlain: true, singleQuoted: true, doubleQuoted: true, block: true}
	if leadSpace || leadBreak || trailSpace || trailBreak {
		a.flowPlain, a.blockPlain = false, false
	}
	if trailSpace {
		a.block = false
	}
	if breakSpace {
		a.flowPlain, a.blockPlain, a.singleQuoted = false, false, false
	}
	if spaceBreak || special {
		a.flowPlain, a.blockPlain, a.singleQuoted, a.block = false, false, false, false
	}
	if lineBreaks {
		a.flowPlain, a.blockPlain = false, false
	}
	if flowInd {
		a.flowPlain = false
	}
	if blockInd {
		a.blockPlain = false
	}
	return a
}

func yamlFloatText(f float64) string {
	switch {
	case f != f:
		return ".nan"
	case math.IsInf(f, 1):
		return ".inf"
	case math.IsInf(f, -1):
		return "-.inf"
	}
	s := strings.ToLower(FormatFloat(f))
	if !strings.Contains(s, ".") && strings.Contains(s, "e") {
		s = strings.Replace(s, "e", ".0e", 1)
	}
	return s
}

// scalar writes a scalar; key is the simple-key context, root the document root.
func (e *yamlEmitter) scalar(v any, key, root bool) error {
	text, isStr := "", false
	switch x := v.(type) {
	case nil:
		text = "null"
	case bool:
		text = "false"
		if x {
			text = "true"
		}
	case int:
		text = strconv.Itoa(x)
	case float64:
		text = yamlFloatText(x)
	case string:
		text, isStr = x, true
	case yamlStamp:
		text = string(x)
	}
	a := e.analyze(text)
	implicit := !isStr || yamlResolve(text) == "str"
	style := byte('"')
	if implicit && !(key && (a.empty || a.multiline)) && a.blockPlain {
		style = 0
	} else if a.singleQuoted && !(key && a.multiline) {
		style = '\''
	}
	if key && (a.multiline || utf8.RuneCountInString(text) >= 128) {
		return NewError("NotImplementedError", "py2go: YAML complex mapping keys (multi-line or 128+ characters) are not supported")
	}
	split := !key
	switch style {
	case 0:
		e.plain(text, split, root)
	case '\'':
		e.singleQuoted(text, split)
	default:
		e.doubleQuoted(text, split)
	}
	return nil
}

func (e *yamlEmitter) plain(text string, split, root bool) {
	if root {
		e.openEnded = true
	}
	if text == "" {
		return
	}
	if !e.whitespace {
		e.column++
		e.write(" ")
	}
	e.whitespace, e.indention = false, false
	rs := []rune(text)
	spaces := false
	start := 0
	for end := 0; end <= len(rs); end++ {
		var ch rune = -1
		if end < len(rs) {
			ch = rs[end]
		}
		if spaces {
			if ch != ' ' {
				if start+1 == end && e.column > yamlWidth && split {
					e.writeIndent()
					e.whitespace, e.indention = false, false
				} else {
					e.column += end - start
					e.write(string(rs[start:end]))
				}
				start = end
			}
		} else if ch == -1 || ch == ' ' || yamlIsBreak(ch) {
			e.column += end - start
			e.write(string(rs[start:end]))
			start = end
		}
		if ch != -1 {
			spaces = ch == ' '
		}
	}
}

func (e *yamlEmitter) singleQuoted(text string, split bool) {
	e.indicator("'", true, false, false)
	rs := []rune(text)
	spaces, breaks := false, false
	start := 0
	for end := 0; end <= len(rs); end++ {
		var ch rune = -1
		if end < len(rs) {
			ch = rs[end]
		}
		if spaces {
			if ch == -1 || ch != ' ' {
				if start+1 == end && e.column > yamlWidth && split && start != 0 && end != len(rs) {
					e.writeIndent()
				} else {
					e.column += end - start
					e.write(string(rs[start:end]))
				}
				start = end
			}
		} else if breaks {
			if ch == -1 || !yamlIsBreak(ch) {
				if rs[start] == '\n' {
					e.lineBreak("\n")
				}
				for _, br := range rs[start:end] {
					e.lineBreak(string(br))
				}
				e.writeIndent()
				start = end
			}
		} else if ch == -1 || ch == ' ' || yamlIsBreak(ch) || ch == '\'' {
			if start < end {
				e.column += end - start
				e.write(string(rs[start:end]))
				start = end
			}
		}
		if ch == '\'' {
			e.column += 2
			e.write("''")
			start = end + 1
		}
		if ch != -1 {
			spaces, breaks = ch == ' ', yamlIsBreak(ch)
		}
	}
	e.indicator("'", false, false, false)
}

var yamlEscapes = map[rune]string{0: "0", 7: "a", 8: "b", 9: "t", 10: "n", 11: "v", 12: "f", 13: "r", 27: "e", '"': "\"", '\\': "\\", 0x85: "N", 0xA0: "_", 0x2028: "L", 0x2029: "P"}

func (e *yamlEmitter) doubleQuoted(text string, split bool) {
	e.indicator("\"", true, false, false)
	rs := []rune(text)
	start := 0
	for end := 0; end <= len(rs); end++ {
		var ch rune = -1
		if end < len(rs) {
			ch = rs[end]
		}
		if ch == -1 || strings.ContainsRune("\"\\\u0085\u2028\u2029\uFEFF", ch) ||
			!((ch >= 0x20 && ch <= 0x7E) || (e.o.AllowUnicode && ((ch >= 0xA0 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD)))) {
			if start < end {
				e.column += end - start
				e.write(string(rs[start:end]))
				start = end
			}
			if ch != -1 {
				var data string
				if r, ok := yamlEscapes[ch]; ok {
					data = "\\" + r
				} else if ch <= 0xFF {
					data = "\\x" + strings.ToUpper(yamlHex(int(ch), 2))
				} else if ch <= 0xFFFF {
					data = "\\u" + strings.ToUpper(yamlHex(int(ch), 4))
				} else {
					data = "\\U" + strings.ToUpper(yamlHex(int(ch), 8))
				}
				e.column += len(data)
				e.write(data)
				start = end + 1
			}
		}
		if end > 0 && end < len(rs)-1 && (ch == ' ' || start >= end) && e.column+(end-start) > yamlWidth && split {
			data := string(rs[start:end]) + "\\"
			if start < end {
				start = end
			}
			e.column += utf8.RuneCountInString(data)
			e.write(data)
			e.writeIndent()
			e.whitespace, e.indention = false, false
			if rs[start] == ' ' {
				e.column++
				e.write("\\")
			}
		}
	}
	e.indicator("\"", false, false, false)
}

func yamlHex(n, width int) string {
	s := strconv.FormatInt(int64(n), 16)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// node writes one node; mapping/sequence say where it sits (PyYAML's contexts).
func (e *yamlEmitter) node(v any, root, inMapping bool) error {
	switch x := v.(type) {
	case []any:
		if len(x) == 0 {
			e.indicator("[", true, true, false)
			e.indicator("]", false, false, false)
			return nil
		}
		e.pushIndent(false, inMapping && !e.indention)
		for _, item := range x {
			e.writeIndent()
			e.indicator("-", true, false, true)
			if err := e.node(item, false, false); err != nil {
				return err
			}
		}
		e.popIndent()
		return nil
	case *yamlMap:
		if len(x.keys) == 0 {
			e.indicator("{", true, true, false)
			e.indicator("}", false, false, false)
			return nil
		}
		e.pushIndent(false, false)
		for i, k := range x.keys {
			e.writeIndent()
			switch k.(type) {
			case []any, *yamlMap:
				return NewError("NotImplementedError", "py2go: YAML complex mapping keys are not supported")
			}
			e.pushIndent(true, false)
			if err := e.scalar(k, true, false); err != nil {
				return err
			}
			e.popIndent()
			e.indicator(":", false, false, false)
			if err := e.node(x.vals[i], false, true); err != nil {
				return err
			}
		}
		e.popIndent()
		return nil
	}
	e.pushIndent(true, false)
	err := e.scalar(v, false, root)
	e.popIndent()
	return err
}

// YAMLDumps is yaml.safe_dump(v) with PyYAML's block style text.
func YAMLDumps(v any, o YAMLOpts) (string, error) {
	tree, err := yamlTree(reflect.ValueOf(v), o)
	if err != nil {
		return "", err
	}
	e := &yamlEmitter{o: o, indent: -1, whitespace: true, indention: true}
	if o.ExplicitStart {
		e.writeIndent()
		e.indicator("---", true, false, false)
	}
	if err := e.node(tree, true, false); err != nil {
		return "", err
	}
	e.writeIndent()
	if e.openEnded {
		e.indicator("...", true, false, false)
		e.writeIndent()
	}
	return e.b.String(), nil
}

// YAMLDump is yaml.safe_dump(v, f): the whole text is built, then written.
func YAMLDump(v any, w io.Writer, o YAMLOpts) error {
	s, err := YAMLDumps(v, o)
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, s)
	return err
}
