package pyrt

import (
	"strconv"
	"strings"
)

// StrFormat is fmt.format(*args, **kwargs) for a format string known only at
// run time (a literal one is resolved by the translator): {} / {0} / {name}
// fields, !r !s !a conversions and a format spec, {{ and }} escapes, with
// CPython's errors. Attribute and index lookups ({0.x}, {a[0]}) and nested
// fields inside a spec raise NotImplementedError.
func StrFormat(format string, args []any, kw map[string]any) string {
	var b strings.Builder
	auto, manual := 0, false
	usedAuto := false
	rs := []rune(format)
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		if c == '}' {
			if i+1 < len(rs) && rs[i+1] == '}' {
				b.WriteRune('}')
				i++
				continue
			}
			panic(NewError("ValueError", "Single '}' encountered in format string"))
		}
		if c != '{' {
			b.WriteRune(c)
			continue
		}
		if i+1 < len(rs) && rs[i+1] == '{' {
			b.WriteRune('{')
			i++
			continue
		}
		// a replacement field: up to the matching '}' (brackets in a spec nest)
		depth, j := 1, i+1
		for ; j < len(rs); j++ {
			if rs[j] == '{' {
				depth++
			} else if rs[j] == '}' {
				depth--
				if depth == 0 {
					break
				}
			}
		}
		if j >= len(rs) {
			switch {
			case i+1 == len(rs):
				panic(NewError("ValueError", "Single '{' encountered in format string"))
			case depth > 1 || strings.ContainsAny(string(rs[i+1:]), ":!"):
				panic(NewError("ValueError", "unmatched '{' in format spec"))
			}
			panic(NewError("ValueError", "expected '}' before end of string"))
		}
		field := string(rs[i+1 : j])
		i = j
		name, conv, spec := field, "", ""
		if k := strings.IndexAny(name, "!:"); k >= 0 {
			rest := name[k:]
			name = name[:k]
			if rest[0] == '!' {
				if len(rest) < 2 || (len(rest) > 2 && rest[2] != ':') {
					panic(NewError("ValueError", "expected ':' after conversion specifier"))
				}
				conv = rest[1:2]
				if len(rest) > 2 {
					spec = rest[3:]
				}
			} else {
				spec = rest[1:]
			}
		}
		if strings.ContainsAny(name, ".[") || strings.ContainsAny(spec, "{}") {
			panic(NewError("NotImplementedError", "py2go: str.format field "+Repr("{"+field+"}")+" (attribute/index lookup or nested field) is not supported"))
		}
		var v any
		switch n, err := strconv.Atoi(name); {
		case name == "":
			if manual {
				panic(NewError("ValueError", "cannot switch from manual field specification to automatic field numbering"))
			}
			usedAuto = true
			if auto >= len(args) {
				panic(NewError("IndexError", "Replacement index "+strconv.Itoa(auto)+" out of range for positional args tuple"))
			}
			v = args[auto]
			auto++
		case err == nil && n >= 0:
			if usedAuto {
				panic(NewError("ValueError", "cannot switch from automatic field numbering to manual field specification"))
			}
			manual = true
			if n >= len(args) {
				panic(NewError("IndexError", "Replacement index "+strconv.Itoa(n)+" out of range for positional args tuple"))
			}
			v = args[n]
		default:
			val, ok := kw[name]
			if !ok {
				panic(NewError("KeyError", Repr(name)))
			}
			v = val
		}
		switch conv {
		case "":
		case "r":
			v = Repr(v)
		case "s":
			v = Str(v)
		case "a":
			v = Ascii(v)
		default:
			panic(NewError("ValueError", "Unknown conversion specifier "+conv))
		}
		b.WriteString(Format(v, spec))
	}
	return b.String()
}
