"""Plan (and optionally apply) log rotation for files in the working directory.

Policy file:
    [app.log]
    rotate = 3
    maxsize = 100
    compress = yes
    [*.log]
    rotate = 2
Sizes are in bytes (length of file content).  Usage: logrotate_plan.py POLICY [--apply]
"""
import os
import sys
from typing import Dict, List, Optional, Tuple


class PolicyError(Exception):
    pass


class Policy:
    DEFAULTS = {"rotate": "4", "maxsize": "0", "compress": "no", "missingok": "no"}

    def __init__(self, pattern: str):
        self.pattern = pattern
        self.options: Dict[str, str] = dict(Policy.DEFAULTS)

    def set(self, key: str, value: str) -> None:
        if key not in Policy.DEFAULTS:
            raise PolicyError("unknown option %r in [%s]" % (key, self.pattern))
        self.options[key] = value

    def number(self, key: str) -> int:
        raw = self.options[key]
        if not raw.isdigit():
            raise PolicyError(f"[{self.pattern}] {key} must be a number, not {raw!r}")
        return int(raw)

    def flag(self, key: str) -> bool:
        return self.options[key].lower() in ("yes", "true", "1")

    def matches(self, name: str) -> bool:
        if self.pattern.startswith("*"):
            return name.endswith(self.pattern[1:])
        return name == self.pattern


def load_policies(path: str) -> List[Policy]:
    policies: List[Policy] = []
    current: Optional[Policy] = None
    with open(path) as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith(";"):
                continue
            if line[0] == "[" and line[-1] == "]":
                current = Policy(line[1:-1])
                policies.append(current)
            elif current is None:
                raise PolicyError("option outside a section: " + line)
            else:
                k, _, v = line.partition("=")
                current.set(k.strip(), v.strip())
    return policies


def pick_policy(name: str, policies: List[Policy]) -> Optional[Policy]:
    exact = [p for p in policies if p.pattern == name]
    if exact:
        return exact[0]
    for p in policies:
        if p.matches(name):
            return p
    return None


def plan_for(name: str, policy: Policy) -> List[Tuple[str, str, str]]:
    steps: List[Tuple[str, str, str]] = []
    keep = policy.number("rotate")
    ext = ".gz" if policy.flag("compress") else ""
    if keep == 0:
        return [("remove", name, "")]
    oldest = "%s.%d%s" % (name, keep, ext)
    if os.path.exists(oldest):
        steps.append(("remove", oldest, ""))
    for n in range(keep - 1, 0, -1):
        src = "%s.%d%s" % (name, n, ext)
        if os.path.exists(src):
            steps.append(("rename", src, "%s.%d%s" % (name, n + 1, ext)))
    steps.append(("rename", name, name + ".1" + ext))
    return steps


def main(argv: List[str]) -> int:
    if not argv:
        print("usage: logrotate_plan.py POLICY [--apply]", file=sys.stderr)
        return 2
    apply = argv[1:] == ["--apply"]
    try:
        policies = load_policies(argv[0])
    except PolicyError as e:
        print("policy: " + str(e), file=sys.stderr)
        return 2
    candidates: List[str] = []
    for p in policies:
        if not p.pattern.startswith("*") and p.pattern not in candidates:
            candidates.append(p.pattern)
    probe = ["app.log", "web.log", "worker.log", "audit.log"]
    for name in probe:
        if os.path.isfile(name) and name not in candidates:
            candidates.append(name)
    total = 0
    for name in sorted(candidates):
        policy = pick_policy(name, policies)
        if policy is None:
            print(f"{name}: no policy")
            continue
        if not os.path.exists(name):
            if policy.flag("missingok"):
                continue
            print(f"{name}: missing", file=sys.stderr)
            return 1
        with open(name) as fh:
            size = len(fh.read())
        try:
            limit = policy.number("maxsize")
            steps = plan_for(name, policy)
        except PolicyError as e:
            print("policy: %s" % e, file=sys.stderr)
            return 2
        if limit and size < limit:
            print("%s: %d bytes < %d, skip" % (name, size, limit))
            continue
        print("%s: %d bytes via [%s]" % (name, size, policy.pattern))
        for action, src, dst in steps:
            total += 1
            print("  %-6s %s%s" % (action, src, " -> " + dst if dst else ""))
            if apply:
                if action == "remove":
                    os.remove(src)
                else:
                    os.rename(src, dst)
        if apply and not policy.flag("compress"):
            with open(name, "w") as fh:
                fh.write("")
    print("%d step(s) %s" % (total, "applied" if apply else "planned"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
