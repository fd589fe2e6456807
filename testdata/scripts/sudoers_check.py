# Check requested (user, host, command) triples against a simplified sudoers policy.
# Policy lines:
#   User_Alias ADMINS = alice, bob
#   Host_Alias WEB = web01, web02
#   Cmnd_Alias RESTART = /bin/systemctl restart *, /usr/sbin/service * restart
#   ADMINS WEB = (root) NOPASSWD: RESTART
#   carol ALL = (ALL) ALL
#   !dave ALL = ALL              (negation: explicit deny)
import sys
from typing import Dict, List, Optional, Tuple


class PolicyError(Exception):
    pass


class Rule:
    def __init__(self, users: List[str], hosts: List[str], runas: str, nopasswd: bool,
                 commands: List[str], deny: bool = False, lineno: int = 0):
        self.users = users
        self.hosts = hosts
        self.runas = runas
        self.nopasswd = nopasswd
        self.commands = commands
        self.deny = deny
        self.lineno = lineno

    def matches(self, user: str, host: str, command: str) -> bool:
        return (self._in(user, self.users) and self._in(host, self.hosts)
                and any(glob_match(p, command) for p in self.commands))

    def _in(self, item: str, allowed: List[str]) -> bool:
        return "ALL" in allowed or item in allowed


def glob_match(pattern: str, text: str) -> bool:
    """Only '*' wildcards; '*' matches any run of characters."""
    if pattern == "ALL":
        return True
    pieces = pattern.split("*")
    if len(pieces) == 1:
        return pattern == text
    if not text.startswith(pieces[0]) or not text.endswith(pieces[-1]):
        return False
    pos = len(pieces[0])
    for mid in pieces[1:-1]:
        found = text.find(mid, pos)
        if found < 0:
            return False
        pos = found + len(mid)
    return pos <= len(text) - len(pieces[-1])


class Policy:
    def __init__(self) -> None:
        self.aliases: Dict[str, Dict[str, List[str]]] = {"User": {}, "Host": {}, "Cmnd": {}}
        self.rules: List[Rule] = []

    def expand(self, kind: str, items: List[str], depth: int = 0) -> List[str]:
        if depth > 5:
            raise PolicyError("alias nesting too deep in " + kind)
        out: List[str] = []
        for item in items:
            if item in self.aliases[kind]:
                out.extend(self.expand(kind, self.aliases[kind][item], depth + 1))
            elif item not in out:
                out.append(item)
        return out

    def load(self, lines: List[str]) -> None:
        for n, raw in enumerate(lines, 1):
            line = raw.split("#")[0].strip()
            if not line:
                continue
            first = line.split()[0]
            if first.endswith("_Alias"):
                kind = first[:-6]
                if kind not in self.aliases:
                    raise PolicyError("line %d: unknown alias type %s" % (n, first))
                name, _, value = line[len(first):].partition("=")
                self.aliases[kind][name.strip()] = [v.strip() for v in value.split(",") if v.strip()]
                continue
            self.rules.append(self.parse_rule(line, n))

    def parse_rule(self, line: str, n: int) -> Rule:
        left, eq, right = line.partition("=")
        if not eq:
            raise PolicyError(f"line {n}: missing '='")
        who = left.split()
        if len(who) != 2:
            raise PolicyError(f"line {n}: expected 'USERS HOSTS = ...'")
        users, hosts = who
        deny = users.startswith("!")
        right = right.strip()
        runas = "root"
        if right.startswith("("):
            close = right.index(")")
            runas = right[1:close]
            right = right[close + 1:].strip()
        nopasswd = right.startswith("NOPASSWD:")
        if nopasswd:
            right = right[len("NOPASSWD:"):].strip()
        cmds = [c.strip() for c in right.split(",")]
        return Rule(self.expand("User", users.lstrip("!").split(",")),
                    self.expand("Host", hosts.split(",")), runas, nopasswd,
                    self.expand("Cmnd", cmds), deny=deny, lineno=n)

    def decide(self, user: str, host: str, command: str) -> Tuple[str, Optional[Rule]]:
        verdict = "DENY"
        winner: Optional[Rule] = None
        for rule in self.rules:        # last match wins, like sudo
            if rule.matches(user, host, command):
                winner = rule
                verdict = "DENY" if rule.deny else ("ALLOW" if rule.nopasswd else "ALLOW+PASSWD")
        return verdict, winner


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: sudoers_check.py POLICY < requests", file=sys.stderr)
        return 2
    policy = Policy()
    try:
        with open(sys.argv[1]) as fh:
            policy.load(fh.readlines())
    except PolicyError as e:
        print("policy error: %s" % e, file=sys.stderr)
        return 2
    except ValueError as e:
        print("policy error: unbalanced parenthesis (%s)" % e, file=sys.stderr)
        return 2
    tally: Dict[str, int] = {}
    for line in sys.stdin:
        parts = line.strip().split(None, 2)
        if len(parts) < 3:
            continue
        user, host, command = parts
        verdict, rule = policy.decide(user, host, command)
        tally[verdict] = tally.get(verdict, 0) + 1
        where = "line %d" % rule.lineno if rule is not None else "default"
        print("%-13s %-6s@%-6s %-40s (%s)" % (verdict, user, host, command[:40], where))
    print(" ".join(f"{k}={tally[k]}" for k in sorted(tally)) or "no requests")
    return 1 if tally.get("DENY", 0) else 0


if __name__ == "__main__":
    sys.exit(main())
