"""Check smartctl -A style attribute tables (stdin) against per-attribute limits.

Usage: smart_attrs.py [--strict] [DEVICE_NAME]
"""
import sys
from dataclasses import dataclass, field
from typing import Dict, List, Optional

CRITICAL_IDS = {5: "Reallocated_Sector_Ct", 187: "Reported_Uncorrect",
                197: "Current_Pending_Sector", 198: "Offline_Uncorrectable"}
TEMP_ID = 194


class SmartError(Exception):
    """Base class for problems with the input."""


class TableMissing(SmartError):
    pass


class BadRow(SmartError):
    def __init__(self, lineno: int, reason: str):
        super().__init__(f"line {lineno}: {reason}")
        self.lineno = lineno


@dataclass
class Attribute:
    ident: int
    name: str
    value: int
    worst: int
    thresh: int
    raw: int
    flags: List[str] = field(default_factory=list)

    def failing(self) -> bool:
        return self.thresh > 0 and self.value <= self.thresh

    def margin(self) -> int:
        return self.value - self.thresh


def parse_raw(text: str) -> int:
    # raw values can look like "34 (Min/Max 20/45)" or "0x0000"
    head = text.split()[0]
    if head.startswith("0x"):
        return int(head[2:], 16)
    digits = ""
    for ch in head:
        if not ch.isdigit():
            break
        digits += ch
    return int(digits) if digits else 0


def parse_table(lines: List[str]) -> List[Attribute]:
    start: Optional[int] = None
    for idx, line in enumerate(lines):
        if line.lstrip().startswith("ID#"):
            start = idx + 1
            break
    else:
        raise TableMissing("no attribute table header (ID#) found")
    attrs: List[Attribute] = []
    for offset, line in enumerate(lines[start:], start=start + 1):
        if not line.strip():
            break
        cols = line.split(None, 9)
        if len(cols) < 10:
            raise BadRow(offset, "expected 10 columns, got %d" % len(cols))
        try:
            attr = Attribute(int(cols[0]), cols[1], int(cols[3]), int(cols[4]),
                             int(cols[5]), parse_raw(cols[9]))
        except ValueError as e:
            raise BadRow(offset, "bad number") from e
        if cols[6] == "Pre-fail":
            attr.flags.append("prefail")
        if cols[8] != "-":
            attr.flags.append("failed:" + cols[8])
        attrs.append(attr)
    return attrs


def evaluate(attrs: List[Attribute], strict: bool = False, max_temp: int = 55) -> Dict[str, List[str]]:
    findings: Dict[str, List[str]] = {"crit": [], "warn": []}
    for a in attrs:
        if a.failing():
            findings["crit"].append("%s value %d <= thresh %d" % (a.name, a.value, a.thresh))
        elif a.ident in CRITICAL_IDS and a.raw > 0:
            bucket = "crit" if strict or a.raw >= 10 else "warn"
            findings[bucket].append(f"{CRITICAL_IDS[a.ident]} raw={a.raw}")
        if a.ident == TEMP_ID and a.raw > max_temp:
            findings["warn"].append("temperature %dC > %dC" % (a.raw, max_temp))
    return findings


def main(argv: List[str]) -> int:
    strict = False
    device = "disk"
    for arg in argv:
        if arg == "--strict":
            strict = True
        else:
            device = arg
    lines = [l.rstrip("\n") for l in sys.stdin]
    try:
        attrs = parse_table(lines)
    except TableMissing as e:
        print(f"{device}: {e}", file=sys.stderr)
        return 3
    except SmartError as e:
        cause = e.__cause__
        extra = f" ({type(cause).__name__})" if cause is not None else ""
        print(f"{device}: {e}{extra}", file=sys.stderr)
        return 3
    print("%s: %d attributes" % (device, len(attrs)))
    tight = min(attrs, key=lambda a: (a.margin(), a.ident)) if attrs else None
    if tight is not None:
        print("  tightest margin: #%d %s (%+d)" % (tight.ident, tight.name, tight.margin()))
    for a in attrs:
        if a.flags:
            print("  {:>3} {:<24} {}".format(a.ident, a.name, ",".join(a.flags)))
    result = evaluate(attrs, strict=strict)
    for level in ("crit", "warn"):
        for msg in result[level]:
            print(f"  {level.upper():>4}: {msg}")
    if result["crit"]:
        return 2
    return 1 if result["warn"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
