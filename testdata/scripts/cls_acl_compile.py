"""Compile a small access-control rule file (`allow|deny GROUP to SERVICE [from CIDR]`) plus its
JSON group map into a flat table; syntax errors are reported with their line."""
import json
import sys
from typing import Dict, List


class Rule:
    def __init__(self, action: str, group: str, service: str, source: str):
        self.action = action
        self.group = group
        self.service = service
        self.source = source

    @classmethod
    def parse(cls, text: str) -> "Rule":
        words = text.split()
        if not words or words[0] not in ("allow", "deny"):
            raise SyntaxError(f"expected allow or deny, got {words[0] if words else 'nothing'!r}")
        if len(words) < 4 or words[2] != "to":
            raise SyntaxError("expected: ACTION GROUP to SERVICE")
        source = "any"
        if len(words) > 4:
            if words[4] != "from" or len(words) != 6:
                raise SyntaxError(f"unexpected {' '.join(words[4:])!r}")
            source = words[5]
        return cls(words[0], words[1], words[3], source)

    @property
    def allows(self) -> bool:
        return self.action == "allow"


def compile_rules(lines: List[str]) -> List[Rule]:
    rules = []
    for n, line in enumerate(lines, 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            rules.append(Rule.parse(line))
        except SyntaxError as e:
            raise SyntaxError(f"line {n}: {e.msg}") from e
    return rules


def main() -> int:
    strict = "--strict" in sys.argv
    with open("groups.json") as fh:
        text = fh.read()
    try:
        groups: Dict[str, List[str]] = json.loads(text)
    except json.JSONDecodeError as e:
        print(f"groups.json:{e.lineno}: {e.msg}")
        return 3
    with open("acl.rules") as fh:
        lines = fh.read().splitlines()
    try:
        rules = compile_rules(lines)
    except SyntaxError as e:
        if strict:
            raise
        print(f"acl.rules: {e.msg} (lineno={e.lineno}, cause={type(e.__cause__).__name__})")
        return 2
    table = []
    for r in rules:
        members = groups.get(r.group)
        if members is None:
            print(f"warning: unknown group {r.group}")
            continue
        for user in members:
            table.append(f"{user}\t{r.service}\t{r.source}\t{'ALLOW' if r.allows else 'DENY'}")
    with open("acl.table", "w") as out:
        out.write("\n".join(table) + "\n")
    print(f"{len(rules)} rules, {len(table)} entries, {sum(1 for r in rules if not r.allows)} deny")
    return 0


if __name__ == "__main__":
    sys.exit(main())
