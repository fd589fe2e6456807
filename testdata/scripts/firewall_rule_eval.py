#!/usr/bin/env python3
"""Evaluate test packets against an ordered firewall rule list (first match wins).

rules file:   "<action> <proto|any> <src_prefix|any> <port|lo-hi|any> [# comment]"
packets (stdin): "<proto> <src_ip> <port>"
"""
import sys
from dataclasses import dataclass
from typing import List, Optional


class RuleError(Exception):
    pass


@dataclass
class Rule:
    line: int
    action: str
    proto: str
    src: str
    port_lo: int
    port_hi: int
    hits: int = 0

    def matches(self, proto: str, src: str, port: int) -> bool:
        if self.proto != "any" and self.proto != proto:
            return False
        if self.src != "any" and not src.startswith(self.src):
            return False
        return self.port_lo <= port <= self.port_hi


def parse_rules(text: str) -> List[Rule]:
    rules: List[Rule] = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#")[0].strip()
        if not line:
            continue
        f = line.split()
        if len(f) != 4 or f[0] not in ("allow", "deny"):
            raise RuleError(f"rule line {n}: cannot parse {raw.strip()!r}")
        if f[3] == "any":
            lo, hi = 0, 65535
        elif "-" in f[3]:
            a, b = f[3].split("-")
            lo, hi = int(a), int(b)
        else:
            lo = int(f[3])
            hi = lo
        rules.append(Rule(n, f[0], f[1], f[2], lo, hi))
    return rules


def evaluate(rules: List[Rule], proto: str, src: str, port: int) -> Optional[Rule]:
    for r in rules:
        if r.matches(proto, src, port):
            r.hits += 1
            return r
    return None


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: firewall_rule_eval.py RULES < packets", file=sys.stderr)
        return 2
    with open(sys.argv[1]) as f:
        try:
            rules = parse_rules(f.read())
        except RuleError as e:
            print(e)
            return 1
    default = "deny"
    denied = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        proto, src, port_s = line.split()
        rule = evaluate(rules, proto, src, int(port_s))
        verdict = rule.action if rule is not None else default
        why = f"rule@{rule.line}" if rule is not None else "default policy"
        if verdict == "deny":
            denied += 1
        print(f"{proto:<4} {src:<16} {port_s:>5} -> {verdict.upper():<5} ({why})")
    unused = [r for r in rules if r.hits == 0]
    for r in unused:
        print(f"unused: {r}")
    print(f"denied {denied} packet(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
