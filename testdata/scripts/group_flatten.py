"""Flatten nested LDAP-style group membership and detect cycles.

groups file lines:  group: member, member, @othergroup
Usage: group_flatten.py GROUPS [USER...]
"""
import sys
from typing import Dict, List, Optional, Set, Tuple


class CycleError(Exception):
    def __init__(self, path: List[str]):
        super().__init__(" -> ".join(path))
        self.path = path


class Directory:
    def __init__(self) -> None:
        self.direct: Dict[str, List[str]] = {}
        self.cache: Dict[str, Set[str]] = {}

    def load(self, text: str) -> None:
        for line in text.splitlines():
            line = line.split("#", 1)[0]
            if ":" not in line:
                continue
            name, _, members = line.partition(":")
            items = [m.strip() for m in members.split(",") if m.strip()]
            self.direct.setdefault(name.strip(), []).extend(items)

    def members(self, group: str, stack: Optional[List[str]] = None) -> Set[str]:
        if group in self.cache:
            return self.cache[group]
        if stack is None:
            stack = []
        if group in stack:
            raise CycleError(stack[stack.index(group):] + [group])
        stack.append(group)
        result: Set[str] = set()
        for m in self.direct.get(group, []):
            if m.startswith("@"):
                result |= self.members(m[1:], stack)
            else:
                result.add(m)
        stack.pop()
        self.cache[group] = result
        return result

    def groups_of(self, user: str) -> List[str]:
        return sorted(g for g in self.direct if user in self.members(g))

    def depth(self, group: str, seen: Tuple[str, ...] = ()) -> int:
        subs = [m[1:] for m in self.direct.get(group, []) if m.startswith("@") and m[1:] not in seen]
        if not subs:
            return 0
        return 1 + max(self.depth(s, seen + (group,)) for s in subs)

    def unknown_refs(self) -> List[Tuple[str, str]]:
        out = []
        for g, ms in self.direct.items():
            for m in ms:
                if m.startswith("@") and m[1:] not in self.direct:
                    out.append((g, m[1:]))
        return sorted(out)


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: group_flatten.py GROUPS [USER...]", file=sys.stderr)
        return 2
    d = Directory()
    with open(sys.argv[1]) as fh:
        d.load(fh.read())
    for g, ref in d.unknown_refs():
        print(f"warning: {g} references unknown group {ref}", file=sys.stderr)
    try:
        for group in sorted(d.direct):
            ms = sorted(d.members(group))
            print("%-12s depth=%d size=%-3d %s" % (group, d.depth(group), len(ms), ",".join(ms)))
    except CycleError as e:
        print("cycle detected: %s (length %d)" % (e, len(e.path) - 1), file=sys.stderr)
        return 3
    users = sys.argv[2:]
    for user in users:
        groups = d.groups_of(user)
        print("{0} is in {1} group(s): {2}".format(user, len(groups), ", ".join(groups) if groups else "-"))
    largest = max(d.direct, key=lambda g: (len(d.members(g)), g), default="")
    if largest:
        print("largest group: " + largest)
    return 0 if all(d.groups_of(u) for u in users) else 1


if __name__ == "__main__":
    sys.exit(main())
