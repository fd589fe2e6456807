# Audit iptables-save output (file argument): per-chain counts, risky rules, unused chains.
import sys
from typing import Dict, List, Optional, Tuple

RISKY_PORTS = {"22": "ssh", "3306": "mysql", "5432": "postgres", "6379": "redis", "9200": "elasticsearch"}


class Rule:
    def __init__(self, table: str, chain: str, tokens: List[str], index: int):
        self.table = table
        self.chain = chain
        self.index = index
        self.opts: Dict[str, str] = {}
        self.negated: List[str] = []
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok == "!":
                self.negated.append(tokens[i + 1])
                i += 1
                continue
            if tok.startswith("-") and i + 1 < len(tokens) and not tokens[i + 1].startswith("-"):
                self.opts[tok.lstrip("-")] = tokens[i + 1]
                i += 2
            else:
                self.opts[tok.lstrip("-")] = ""
                i += 1

    def target(self) -> str:
        return self.opts.get("j", "")

    def source(self) -> str:
        return self.opts.get("s", "0.0.0.0/0")

    def risk(self) -> Optional[str]:
        if self.target() != "ACCEPT" or self.source() not in ("0.0.0.0/0", "::/0"):
            return None
        if "s" in self.negated:
            return None
        port = self.opts.get("dport", "")
        if port in RISKY_PORTS:
            return "%s (%s) open to the world" % (RISKY_PORTS[port], port)
        if not port and "p" not in self.opts and "i" not in self.opts:
            return "accepts everything"
        return None


def parse(text: str) -> Tuple[Dict[str, str], List[Rule]]:
    policies: Dict[str, str] = {}
    rules: List[Rule] = []
    table = ""
    counter: Dict[str, int] = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#") or line == "COMMIT":
            continue
        if line.startswith("*"):
            table = line[1:]
        elif line.startswith(":"):
            name, policy = line[1:].split()[:2]
            policies[table + "/" + name] = policy
        elif line.startswith("-A "):
            tokens = line.split()
            chain = tokens[1]
            counter[chain] = counter.get(chain, 0) + 1
            rules.append(Rule(table, chain, tokens[2:], counter[chain]))
        else:
            raise SyntaxError("line %d: unexpected %r" % (n, line[:20]))
    return policies, rules


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: iptables_audit.py RULES.save", file=sys.stderr)
        return 2
    with open(sys.argv[1]) as fh:
        text = fh.read()
    try:
        policies, rules = parse(text)
    except SyntaxError as e:
        print("cannot parse: %s" % e.msg, file=sys.stderr)
        return 2
    by_chain: Dict[str, List[Rule]] = {}
    for r in rules:
        by_chain.setdefault(f"{r.table}/{r.chain}", []).append(r)
    jumped = {r.table + "/" + r.target() for r in rules}
    print("%-22s %-7s %5s  %s" % ("CHAIN", "POLICY", "RULES", "TARGETS"))
    for key in sorted(set(policies) | set(by_chain)):
        chain_rules = by_chain.get(key, [])
        targets: Dict[str, int] = {}
        for r in chain_rules:
            targets[r.target() or "-"] = targets.get(r.target() or "-", 0) + 1
        summary = " ".join("%s:%d" % kv for kv in sorted(targets.items()))
        print("%-22s %-7s %5d  %s" % (key, policies.get(key, "-"), len(chain_rules), summary))
    findings = 0
    for r in rules:
        why = r.risk()
        if why:
            findings += 1
            print(f"RISK {r.table}/{r.chain}#{r.index}: {why}")
    for key, pol in sorted(policies.items()):
        if pol == "-" and key not in jumped:
            print(f"UNUSED chain {key}")
            findings += 1
        if key.endswith("/INPUT") and pol == "ACCEPT" and key.startswith("filter"):
            print("WEAK default policy ACCEPT on " + key)
            findings += 1
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
