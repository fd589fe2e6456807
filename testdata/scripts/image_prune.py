# Plan container image pruning: keep N newest tags per repository plus anything in use.
# images file: repo:tag age_days size_mb      in-use file: repo:tag per line
import os
import sys
from typing import Dict, List, Set, Tuple


class Image:
    def __init__(self, ref: str, age: int, size: float):
        repo, _, tag = ref.rpartition(":")
        if not repo or "/" in tag:
            repo, tag = ref, "latest"
        self.repo = repo
        self.tag = tag
        self.age = age
        self.size = size

    def ref(self) -> str:
        return self.repo + ":" + self.tag


def load_images(path: str) -> List[Image]:
    images: List[Image] = []
    with open(path) as fh:
        for line in fh:
            f = line.split()
            if len(f) == 3:
                images.append(Image(f[0], int(f[1]), float(f[2])))
    return images


def decide(images: List[Image], in_use: Set[str], keep: int = 3, protect: Tuple[str, ...] = ("latest", "stable")) -> Dict[str, List[Image]]:
    by_repo: Dict[str, List[Image]] = {}
    for img in images:
        by_repo.setdefault(img.repo, []).append(img)
    plan: Dict[str, List[Image]] = {"keep": [], "delete": []}
    for repo in sorted(by_repo):
        ordered = sorted(by_repo[repo], key=lambda i: (i.age, i.tag))
        for rank, img in enumerate(ordered):
            if rank < keep or img.ref() in in_use or img.tag in protect:
                plan["keep"].append(img)
            else:
                plan["delete"].append(img)
    return plan


def main() -> int:
    keep = int(os.environ.get("KEEP_TAGS", "3"))
    images = load_images(sys.argv[1])
    in_use: Set[str] = set()
    if len(sys.argv) > 2 and os.path.exists(sys.argv[2]):
        with open(sys.argv[2]) as fh:
            in_use = {l.strip() for l in fh if l.strip()}
    plan = decide(images, in_use, keep=keep)
    freed = sum(i.size for i in plan["delete"])
    for img in plan["delete"]:
        print("delete %-40s %4dd %8.1f MB" % (img.ref(), img.age, img.size))
    with open("prune.sh", "w") as out:
        out.write("#!/bin/sh\nset -e\n")
        for img in sorted(plan["delete"], key=lambda i: -i.size):
            out.write(f"docker rmi {img.ref()}\n")
    stale_use = sorted(in_use - {i.ref() for i in images})
    if stale_use:
        print("in-use list mentions unknown images: " + " ".join(stale_use))
    biggest = max(plan["keep"], key=lambda i: i.size, default=None)
    print(f"keep {len(plan['keep'])}, delete {len(plan['delete'])}, frees {freed / 1024:.2f} GB")
    if biggest is not None:
        print(f"largest kept: {biggest.ref()} ({biggest.size:,.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
