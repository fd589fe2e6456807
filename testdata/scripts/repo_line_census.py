#!/usr/bin/env python3
"""Count lines per file type in a checkout using `wc -l`, honouring a .censusignore of fnmatch patterns."""
import fnmatch
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

EXT_NAMES = {".py": "python", ".sh": "shell", ".yaml": "yaml", ".yml": "yaml", ".md": "docs", ".tf": "terraform"}


def load_ignore(root: Path):
    path = root / ".censusignore"
    if not path.is_file():
        return ["*.tmp"]
    return [p.strip() for p in path.read_text().splitlines() if p.strip() and not p.startswith("#")]


def wanted(rel: str, patterns) -> bool:
    return not any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(os.path.basename(rel), pat) for pat in patterns)


def count_lines(files, root):
    if not files:
        return {}
    proc = subprocess.run(["wc", "-l", "--", *files], cwd=root, capture_output=True, text=True, check=True)
    result = {}
    for line in proc.stdout.splitlines():
        n, name = line.split(None, 1)
        if name != "total":
            result[name] = int(n)
    return result


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(".")
    if not root.is_dir():
        print(f"census: {root}: not a directory", file=sys.stderr)
        return 2
    patterns = load_ignore(root)
    files = sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and wanted(p.relative_to(root).as_posix(), patterns) and p.name != ".censusignore"
    )
    counts = count_lines(files, root)
    by_kind = Counter()
    files_by_kind = Counter()
    for rel in files:
        kind = EXT_NAMES.get(Path(rel).suffix, "other")
        by_kind[kind] += counts[rel]
        files_by_kind[kind] += 1
    total = sum(by_kind.values())
    print(f"{'kind':<10} {'files':>5} {'lines':>7} {'share':>6}")
    for kind, lines in sorted(by_kind.items(), key=lambda kv: (-kv[1], kv[0])):
        share = lines / total if total else 0.0
        print(f"{kind:<10} {files_by_kind[kind]:>5} {lines:>7} {share:>6.1%}")
    print(f"{'total':<10} {len(files):>5} {total:>7}")
    biggest = max(files, key=lambda f: counts[f], default=None)
    if biggest:
        echo = subprocess.run(["printf", "%s has %d lines\\n", biggest, str(counts[biggest])],
                              capture_output=True, text=True, check=True)
        print("largest:", echo.stdout.strip())
    ignored = [pat for pat in patterns if not pat.startswith("!")]
    print("ignore patterns:", " ".join(ignored))
    return 0


if __name__ == "__main__":
    sys.exit(main())
