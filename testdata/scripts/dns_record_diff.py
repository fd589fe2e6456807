# Diff two DNS record exports ("name ttl class type data") and emit a change plan.
import sys
from typing import Dict, List, Set, Tuple

Record = Tuple[str, str, str]   # (name, type, data)


class ZoneFileError(Exception):
    def __init__(self, path: str, lineno: int, msg: str):
        super().__init__("%s:%d: %s" % (path, lineno, msg))
        self.path = path


def normalise_name(name: str, origin: str) -> str:
    if name == "@":
        return origin
    if name.endswith("."):
        return name[:-1].lower()
    return (name + "." + origin).lower()


def load(path: str, origin: str = "example.com") -> Tuple[Set[Record], Dict[Record, int]]:
    records: Set[Record] = set()
    ttls: Dict[Record, int] = {}
    with open(path) as fh:
        lineno = 0
        for line in fh:
            lineno += 1
            line = line.split(";", 1)[0].strip()
            if not line:
                continue
            parts = line.split(None, 4)
            if len(parts) != 5:
                raise ZoneFileError(path, lineno, "expected 5 fields, got %d" % len(parts))
            name, ttl, klass, rtype, data = parts
            if klass != "IN":
                raise ZoneFileError(path, lineno, "unsupported class " + klass)
            if not ttl.isdigit():
                raise ZoneFileError(path, lineno, f"ttl {ttl!r} is not a number")
            rtype = rtype.upper()
            if rtype in ("CNAME", "MX", "NS"):
                data = data.lower().rstrip(".")
            rec = (normalise_name(name, origin), rtype, data)
            if rec in records:
                print("warning: %s:%d duplicate %s %s" % (path, lineno, rec[0], rtype), file=sys.stderr)
            records.add(rec)
            ttls[rec] = int(ttl)
    return records, ttls


def group(records: Set[Record]) -> Dict[Tuple[str, str], List[str]]:
    out: Dict[Tuple[str, str], List[str]] = {}
    for name, rtype, data in sorted(records):
        out.setdefault((name, rtype), []).append(data)
    return out


def plan(old: Set[Record], new: Set[Record]) -> List[Tuple[str, str, str, str]]:
    steps: List[Tuple[str, str, str, str]] = []
    old_g = group(old)
    new_g = group(new)
    for key in sorted(set(old_g) | set(new_g)):
        before = old_g.get(key, [])
        after = new_g.get(key, [])
        if before == after:
            continue
        name, rtype = key
        if before and after and len(before) == 1 and len(after) == 1:
            steps.append(("UPDATE", name, rtype, "%s -> %s" % (before[0], after[0])))
            continue
        for d in before:
            if d not in after:
                steps.append(("DELETE", name, rtype, d))
        for d in after:
            if d not in before:
                steps.append(("CREATE", name, rtype, d))
    return steps


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: dns_record_diff.py OLD NEW")
    origin = "example.com"
    try:
        old, old_ttl = load(sys.argv[1], origin)
        new, new_ttl = load(sys.argv[2], origin=origin)
    except FileNotFoundError as e:
        sys.exit("missing zone export: %s" % e.filename)
    except ZoneFileError as e:
        print(e, file=sys.stderr)
        sys.exit(2)
    steps = plan(old, new)
    order = {"DELETE": 0, "UPDATE": 1, "CREATE": 2}
    steps.sort(key=lambda s: (order[s[0]], s[1], s[2]))
    width = max([len(s[1]) for s in steps] + [4])
    for action, name, rtype, detail in steps:
        print(f"{action:<6} {name:<{width}} {rtype:<5} {detail}")
    ttl_changes = 0
    for rec in sorted(old & new):
        if old_ttl[rec] != new_ttl[rec]:
            ttl_changes += 1
            print("TTL    %s %s %d -> %d" % (rec[0], rec[1], old_ttl[rec], new_ttl[rec]))
    counts = {a: 0 for a in order}
    for s in steps:
        counts[s[0]] += 1
    print("plan: " + " ".join("%s=%d" % (k.lower(), v) for k, v in counts.items()) + " ttl=%d" % ttl_changes)
    if counts["DELETE"] > 0 and "--allow-delete" not in sys.argv:
        pass
    sys.exit(1 if steps or ttl_changes else 0)


main()
