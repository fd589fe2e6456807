"""Build a certificate inventory from openssl-style text dumps.

Usage: cert_inventory.py DUMP [DUMP...]
Each dump holds blocks separated by lines of dashes:
    Subject: CN=api.example.com
    Issuer: CN=Example CA
    Not After: 2025-03-01
    SAN: api.example.com, api2.example.com
Environment: TODAY (YYYY-MM-DD, default 2025-01-15), WARN_DAYS (default 30).
"""
import os
import sys
from typing import Dict, List, Optional, Tuple

MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class ParseError(Exception):
    pass


class MissingField(ParseError):
    def __init__(self, field: str, block: int):
        super().__init__("block %d: missing %s" % (block, field))
        self.field = field
        self.block = block


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def day_number(text: str) -> int:
    parts = text.strip().split("-")
    if len(parts) != 3:
        raise ParseError("bad date %r" % text)
    year, month, day = int(parts[0]), int(parts[1]), int(parts[2])
    total = 0
    y = 1970
    while y < year:
        total += 366 if is_leap(y) else 365
        y += 1
    for m in range(month - 1):
        total += MONTH_DAYS[m]
        if m == 1 and is_leap(year):
            total += 1
    return total + day - 1


class Cert:
    def __init__(self, subject: str, issuer: str, not_after: str, sans: List[str]):
        self.subject = subject
        self.issuer = issuer
        self.not_after = not_after
        self.sans = sans

    def days_left(self, today: int) -> int:
        return day_number(self.not_after) - today

    def status(self, today: int, warn: int = 30) -> str:
        left = self.days_left(today)
        if left < 0:
            return "EXPIRED"
        if left <= warn:
            return "WARN"
        return "OK"

    def names(self) -> List[str]:
        result = [self.subject]
        for san in self.sans:
            if san not in result:
                result.append(san)
        return result


class Inventory:
    def __init__(self) -> None:
        self.certs: List[Cert] = []
        self.by_issuer: Dict[str, List[Cert]] = {}

    def add(self, cert: Cert) -> None:
        self.certs.append(cert)
        self.by_issuer.setdefault(cert.issuer, []).append(cert)

    def load_text(self, text: str, start_block: int = 1) -> int:
        block: Dict[str, str] = {}
        number = start_block
        for raw in text.splitlines() + ["---"]:
            line = raw.strip()
            if line.startswith("---"):
                if block:
                    self.add(self.build(block, number))
                    number += 1
                block = {}
                continue
            if not line or line.startswith("#"):
                continue
            key, sep, value = line.partition(":")
            if not sep:
                raise ParseError("block %d: cannot parse line %r" % (number, line))
            block[key.strip().lower()] = value.strip()
        return number

    def build(self, block: Dict[str, str], number: int) -> Cert:
        for field in ("subject", "not after"):
            if field not in block:
                raise MissingField(field, number)
        subject = block["subject"]
        if subject.startswith("CN="):
            subject = subject[3:]
        issuer = block.get("issuer", "CN=unknown")[3:]
        sans = [s.strip() for s in block.get("san", "").split(",") if s.strip()]
        return Cert(subject, issuer, block["not after"], sans)

    def duplicates(self) -> Dict[str, List[str]]:
        seen: Dict[str, List[str]] = {}
        for cert in self.certs:
            for name in cert.names():
                seen.setdefault(name, []).append(cert.subject)
        return {k: v for k, v in seen.items() if len(v) > 1}

    def soonest(self, today: int) -> Optional[Tuple[str, int]]:
        if not self.certs:
            return None
        best = min(self.certs, key=lambda c: (c.days_left(today), c.subject))
        return best.subject, best.days_left(today)


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: cert_inventory.py DUMP [DUMP...]", file=sys.stderr)
        return 2
    today = day_number(os.environ.get("TODAY", "2025-01-15"))
    warn = int(os.getenv("WARN_DAYS", "30"))
    inv = Inventory()
    block = 1
    for path in sys.argv[1:]:
        try:
            with open(path) as fh:
                block = inv.load_text(fh.read(), start_block=block)
        except MissingField as e:
            print(f"error: {path}: {e} (field={e.field!r})", file=sys.stderr)
            return 3
        except ParseError as e:
            print("error: %s: %s" % (path, str(e)), file=sys.stderr)
            return 3
    width = max([len(c.subject) for c in inv.certs] + [7])
    print(f"{'SUBJECT':<{width}}  {'DAYS':>5}  STATUS   ISSUER")
    worst = 0
    ranks = {"OK": 0, "WARN": 1, "EXPIRED": 2}
    for cert in sorted(inv.certs, key=lambda c: (c.days_left(today), c.subject)):
        st = cert.status(today, warn=warn)
        worst = max(worst, ranks[st])
        print(f"{cert.subject:<{width}}  {cert.days_left(today):>5d}  {st:<7}  {cert.issuer}")
    print()
    for issuer in sorted(inv.by_issuer):
        subjects = sorted(c.subject for c in inv.by_issuer[issuer])
        print("{0:>3} x {1}: {2}".format(len(subjects), issuer, ", ".join(subjects)))
    dups = inv.duplicates()
    for name in sorted(dups):
        print("duplicate name %s in %s" % (name, sorted(set(dups[name]))))
    soon = inv.soonest(today)
    if soon is not None:
        subject, left = soon
        print(f"soonest: {subject} ({left:+d} days)")
    return worst


if __name__ == "__main__":
    sys.exit(main())
