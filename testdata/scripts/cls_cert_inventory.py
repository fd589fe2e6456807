#!/usr/bin/env python3
"""Report TLS certificates that expire soon, from an inventory file of
`host;cn;issued_day;valid_days;issuer` lines (days counted from an epoch day)."""
import argparse
import sys
from dataclasses import dataclass
from typing import List


@dataclass
class Cert:
    host: str
    common_name: str
    issued: int
    valid_days: int
    issuer: str

    @classmethod
    def from_line(cls, line: str) -> "Cert":
        fields = [f.strip() for f in line.split(";")]
        if len(fields) != 5:
            raise ValueError(f"expected 5 fields, got {len(fields)}")
        return cls(fields[0], fields[1], int(fields[2]), int(fields[3]), fields[4])

    @property
    def expires(self) -> int:
        return self.issued + self.valid_days

    @property
    def self_signed(self) -> bool:
        return self.issuer.lower() in ("self", self.common_name.lower())

    def days_left(self, today: int) -> int:
        return self.expires - today

    @staticmethod
    def severity(days: int, warn: int) -> str:
        if days < 0:
            return "EXPIRED"
        if days <= warn // 3:
            return "CRIT"
        if days <= warn:
            return "WARN"
        return "ok"


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description="certificate expiry report")
    ap.add_argument("inventory")
    ap.add_argument("--today", type=int, required=True, help="day number of today")
    ap.add_argument("--warn", type=int, default=30)
    ap.add_argument("--report", default="")
    args = ap.parse_args(argv)
    certs: List[Cert] = []
    bad = 0
    with open(args.inventory) as fh:
        for n, raw in enumerate(fh, 1):
            raw = raw.strip()
            if not raw or raw.startswith("#"):
                continue
            try:
                certs.append(Cert.from_line(raw))
            except ValueError as e:
                print(f"{args.inventory}:{n}: skipped: {e}", file=sys.stderr)
                bad += 1
    certs.sort(key=lambda c: (c.expires, c.host))
    worst = "ok"
    lines = []
    for c in certs:
        left = c.days_left(args.today)
        sev = Cert.severity(left, args.warn)
        flag = " self-signed" if c.self_signed else ""
        lines.append(f"{sev:<8}{c.host:<14}{c.common_name:<22}{left:>5}d{flag}")
        if sev in ("EXPIRED", "CRIT"):
            worst = "crit"
        elif sev == "WARN" and worst == "ok":
            worst = "warn"
    for line in lines:
        print(line)
    print(f"{len(certs)} certificates, {bad} bad lines, worst: {worst}")
    if args.report:
        with open(args.report, "w") as out:
            out.write("\n".join(lines) + "\n")
    return {"ok": 0, "warn": 1, "crit": 2}[worst] if not bad else 3


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
