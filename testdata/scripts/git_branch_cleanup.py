#!/usr/bin/env python3
"""Decide which remote branches to delete from a branch report.

stdin lines: "<branch> <days_since_last_commit> <merged|unmerged> <author>"
Protected branches are never deleted. Prints the git commands (does not run them)
and writes cleanup.sh.
"""
import os
import sys

PROTECTED = ["main", "master", "develop"]
PROTECTED_PREFIXES = ["release/", "hotfix/"]


class Decision:
    def __init__(self, branch, action, reason):
        self.branch = branch
        self.action = action
        self.reason = reason

    def __repr__(self):
        return "Decision(%s, %s)" % (self.branch, self.action)


def decide(branch, age, merged, merged_days, stale_days):
    if branch in PROTECTED or any([branch.startswith(p) for p in PROTECTED_PREFIXES]):
        return Decision(branch, "keep", "protected")
    if merged and age >= merged_days:
        return Decision(branch, "delete", "merged %d days ago" % age)
    if not merged and age >= stale_days:
        return Decision(branch, "notify", "unmerged and stale for %d days" % age)
    return Decision(branch, "keep", "active")


def main():
    merged_days = int(os.environ.get("MERGED_DAYS", "7"))
    stale_days = int(os.environ.get("STALE_DAYS", "90"))
    decisions = []
    authors = {}
    for line in sys.stdin:
        parts = line.split()
        if not parts:
            continue
        if len(parts) != 4 or parts[2] not in ("merged", "unmerged"):
            sys.exit("bad report line: " + line.strip())
        branch, age, state, author = parts[0], int(parts[1]), parts[2], parts[3]
        d = decide(branch, age, state == "merged", merged_days, stale_days)
        decisions.append(d)
        if d.action == "notify":
            authors.setdefault(author, []).append(branch)
    to_delete = [d for d in decisions if d.action == "delete"]
    with open("cleanup.sh", "w") as out:
        out.write("#!/bin/sh\nset -e\n")
        for d in to_delete:
            out.write("git push origin --delete %s\n" % d.branch)
    for d in decisions:
        print("%-7s %-32s %s" % (d.action.upper(), d.branch, d.reason))
    print("to delete:", to_delete)
    for author in sorted(authors):
        print("notify %s about %s" % (author, ", ".join(authors[author])))
    return 0 if decisions else 1


if __name__ == "__main__":
    sys.exit(main())
