"""Parse Prometheus text exposition format from stdin and aggregate.

Usage: prom_text_parse.py [METRIC [BY_LABEL]]
"""
import sys
from typing import Dict, List, Optional, Tuple

Labels = Dict[str, str]


class ExpositionError(ValueError):
    def __init__(self, lineno: int, msg: str):
        super().__init__("line {}: {}".format(lineno, msg))
        self.lineno = lineno


def parse_labels(text: str, lineno: int) -> Labels:
    labels: Labels = {}
    i = 0
    n = len(text)
    while i < n:
        while i < n and text[i] in " ,":
            i += 1
        if i >= n:
            break
        eq = text.find("=", i)
        if eq < 0:
            raise ExpositionError(lineno, "label without '='")
        name = text[i:eq].strip()
        if eq + 1 >= n or text[eq + 1] != '"':
            raise ExpositionError(lineno, "label %s value must be quoted" % name)
        j = eq + 2
        value_chars: List[str] = []
        while j < n:
            c = text[j]
            if c == "\\" and j + 1 < n:
                nxt = text[j + 1]
                value_chars.append("\n" if nxt == "n" else nxt)
                j += 2
                continue
            if c == '"':
                break
            value_chars.append(c)
            j += 1
        else:
            raise ExpositionError(lineno, "unterminated label value")
        labels[name] = "".join(value_chars)
        i = j + 1
    return labels


def parse_value(text: str) -> float:
    special = {"+Inf": float("inf"), "-Inf": float("-inf")}
    if text in special:
        return special[text]
    return float(text)


def parse_sample(line: str, lineno: int) -> Tuple[str, Labels, float]:
    if "{" in line:
        name, _, rest = line.partition("{")
        close = rest.rfind("}")
        if close < 0:
            raise ExpositionError(lineno, "missing '}'")
        labels = parse_labels(rest[:close], lineno)
        value_part = rest[close + 1:].split()
    else:
        fields = line.split()
        name, labels, value_part = fields[0], {}, fields[1:]
    if not value_part:
        raise ExpositionError(lineno, "sample without value")
    try:
        value = parse_value(value_part[0])
    except ValueError as e:
        raise ExpositionError(lineno, "bad value %r" % value_part[0]) from e
    return name.strip(), labels, value


def fmt(v: float) -> str:
    if v == int(v) and abs(v) < 1e15:
        return str(int(v))
    return "%.4g" % v


def main() -> int:
    want: Optional[str] = sys.argv[1] if len(sys.argv) > 1 else None
    by = sys.argv[2] if len(sys.argv) > 2 else ""
    types: Dict[str, str] = {}
    helps: Dict[str, str] = {}
    samples: List[Tuple[str, Labels, float]] = []
    try:
        for lineno, raw in enumerate(sys.stdin.read().splitlines(), 1):
            line = raw.strip()
            if not line:
                continue
            if line.startswith("# TYPE "):
                parts = line.split()
                types[parts[2]] = parts[3]
            elif line.startswith("# HELP "):
                _, _, name, text = line.split(" ", 3)
                helps[name] = text
            elif line.startswith("#"):
                continue
            else:
                samples.append(parse_sample(line, lineno))
    except ExpositionError as e:
        print("parse error at %s" % e, file=sys.stderr)
        return 1
    families: Dict[str, List[Tuple[Labels, float]]] = {}
    for name, labels, value in samples:
        base = name
        for suffix in ("_bucket", "_sum", "_count", "_total"):
            if name.endswith(suffix) and name[:-len(suffix)] in types:
                base = name[:-len(suffix)]
                break
        families.setdefault(base, []).append((labels, value))
    if want is None:
        for fam in sorted(families):
            kind = types.get(fam, "untyped")
            print("%-32s %-9s %3d  %s" % (fam, kind, len(families[fam]), helps.get(fam, "")))
        return 0
    if want not in families:
        print(f"metric {want} not found", file=sys.stderr)
        return 3
    groups: Dict[str, float] = {}
    for labels, value in families[want]:
        if "le" in labels:
            continue
        key = labels.get(by, "<none>") if by else "total"
        groups[key] = groups.get(key, 0.0) + value
    for key, total in sorted(groups.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{key:>12} = {fmt(total)}")
    buckets = [(l["le"], v) for l, v in families[want] if "le" in l]
    if buckets:
        print("buckets: " + " ".join("le=%s:%s" % (le, fmt(v)) for le, v in buckets[::2]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
