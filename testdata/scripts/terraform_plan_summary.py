# Summarise `terraform plan` text output from a file; gate on destroys.
# Usage: terraform_plan_summary.py PLAN.txt [--allow-destroy TYPE ...]
import sys
from typing import Dict, List, Tuple

ACTIONS = {"+": "create", "~": "update", "-": "destroy", "-/+": "replace", "+/-": "replace", "<=": "read"}


def parse_plan(lines: List[str]) -> List[Tuple[str, str]]:
    changes: List[Tuple[str, str]] = []
    for line in lines:
        s = line.strip()
        if not s.startswith("# "):
            continue
        # "# aws_instance.web[0] will be created" / "must be replaced" / "will be destroyed"
        words = s[2:].split()
        if len(words) < 3:
            continue
        address = words[0]
        tail = " ".join(words[1:])
        if "must be replaced" in tail:
            changes.append(("replace", address))
        elif "will be created" in tail:
            changes.append(("create", address))
        elif "will be destroyed" in tail:
            changes.append(("destroy", address))
        elif "updated in-place" in tail:
            changes.append(("update", address))
        elif "will be read" in tail:
            changes.append(("read", address))
    return changes


def resource_type(address: str) -> str:
    parts = [p for p in address.split(".") if not p.startswith("module") and "[" not in p or p.startswith("aws")]
    cleaned = [p.split("[")[0] for p in address.split(".")]
    i = 0
    while i < len(cleaned) and cleaned[i] == "module":
        i += 2
    return cleaned[i] if i < len(cleaned) else (parts[0] if parts else address)


def main(argv: List[str]) -> int:
    if not argv:
        print("usage: terraform_plan_summary.py PLAN.txt [--allow-destroy TYPE ...]", file=sys.stderr)
        return 2
    allowed: List[str] = []
    if "--allow-destroy" in argv:
        idx = argv.index("--allow-destroy")
        allowed = argv[idx + 1:]
        argv = argv[:idx]
    with open(argv[0]) as fh:
        changes = parse_plan(fh.read().splitlines())
    if not changes:
        print("No changes. Infrastructure is up-to-date.")
        return 0
    matrix: Dict[str, Dict[str, int]] = {}
    for action, address in changes:
        row = matrix.setdefault(resource_type(address), {})
        row[action] = row.get(action, 0) + 1
    cols = ["create", "update", "replace", "destroy", "read"]
    tw = max(len(t) for t in matrix)
    print(" " * tw + "".join(f"{c[:7]:>8}" for c in cols))
    for rtype in sorted(matrix):
        cells = "".join("{:>8}".format(matrix[rtype][c] if c in matrix[rtype] else ".") for c in cols)
        print(f"{rtype:<{tw}}{cells}")
    totals = [sum(r.get(c, 0) for r in matrix.values()) for c in cols]
    print("Plan: %d to add, %d to change, %d to destroy." % (totals[0] + totals[2], totals[1], totals[3] + totals[2]))
    blocked = sorted({a for act, a in changes if act in ("destroy", "replace") and resource_type(a) not in allowed})
    if blocked:
        print("BLOCKED destructive changes:")
        for a in blocked:
            print("  - " + a)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
