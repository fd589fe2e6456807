"""Merge changelog fragment files into CHANGELOG.md, newest version first.

Fragment format:
    ## 1.4.0
    ### Fixed
    - thing
Usage: changelog_merge.py FRAGMENT... [--dry-run]
"""
import os
import sys
from typing import Dict, List, Tuple

SECTION_ORDER = ["Security", "Added", "Changed", "Fixed", "Removed"]


def version_key(v: str) -> Tuple[int, int, int, int]:
    core, _, pre = v.partition("-")
    nums = [int(x) for x in core.split(".")]
    while len(nums) < 3:
        nums.append(0)
    # releases sort after their pre-releases
    return nums[0], nums[1], nums[2], 0 if pre else 1


class Changelog:
    def __init__(self) -> None:
        self.entries: Dict[str, Dict[str, List[str]]] = {}
        self.sources: Dict[str, List[str]] = {}

    def add(self, version: str, section: str, item: str, source: str) -> bool:
        sections = self.entries.setdefault(version, {})
        items = sections.setdefault(section, [])
        norm = item.strip().rstrip(".").lower()
        for existing in items:
            if existing.strip().rstrip(".").lower() == norm:
                return False
        items.append(item.strip())
        srcs = self.sources.setdefault(version, [])
        if source not in srcs:
            srcs.append(source)
        return True

    def parse(self, text: str, source: str) -> Tuple[int, int]:
        added = dupes = 0
        version = ""
        section = "Changed"
        for line in text.splitlines():
            s = line.strip()
            if s.startswith("## "):
                version = s[3:].strip().lstrip("v")
                section = "Changed"
            elif s.startswith("### "):
                section = s[4:].strip().capitalize()
            elif s.startswith(("- ", "* ")):
                if not version:
                    raise ValueError(f"{source}: entry before any version heading")
                if self.add(version, section, s[2:], source):
                    added += 1
                else:
                    dupes += 1
        return added, dupes

    def render(self) -> str:
        out = ["# Changelog", ""]
        for version in sorted(self.entries, key=version_key, reverse=True):
            out.append("## [%s]" % version)
            sections = self.entries[version]
            known = [s for s in SECTION_ORDER if s in sections]
            extra = sorted(s for s in sections if s not in SECTION_ORDER)
            for name in known + extra:
                out.append("### " + name)
                out.extend("- " + item for item in sections[name])
            out.append("<!-- from: %s -->" % ", ".join(sorted(self.sources[version])))
            out.append("")
        return "\n".join(out)


def main(argv: List[str]) -> int:
    dry = "--dry-run" in argv
    paths = [a for a in argv if a != "--dry-run"]
    if not paths:
        print("nothing to merge", file=sys.stderr)
        return 1
    log = Changelog()
    total_added = total_dupes = 0
    for p in paths:
        if not os.path.isfile(p):
            print("skipping missing fragment " + p, file=sys.stderr)
            continue
        with open(p) as fh:
            try:
                added, dupes = log.parse(fh.read(), p.rsplit("/", 1)[-1])
            except ValueError as e:
                print("error:", e, file=sys.stderr)
                return 2
            except IndexError:
                return 2
        total_added += added
        total_dupes += dupes
        print("{:<20} +{:<3d} dup={}".format(p, added, dupes))
    text = log.render()
    if dry:
        print(text, end="")
    else:
        if os.path.exists("CHANGELOG.md"):
            os.rename("CHANGELOG.md", "CHANGELOG.md.bak")
        with open("CHANGELOG.md", "w") as fh:
            fh.write(text)
    versions = sorted(log.entries, key=version_key)
    span = "%s..%s" % (versions[0], versions[-1]) if versions else "empty"
    print("merged %d entries (%d duplicates) covering %s" % (total_added, total_dupes, span))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
