#!/usr/bin/env python3
"""Inventory a deployment directory with pathlib: group files by suffix,
rewrite *.tmpl into rendered files, and clean up."""
import sys
from pathlib import Path


def render(tmpl, values):
    text = tmpl.read_text()
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", value)
    out = tmpl.with_suffix(".conf")
    out.write_text(text)
    return out


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "deploy")
    if not root.is_dir():
        print(f"{root} is not a directory", file=sys.stderr)
        sys.exit(2)
    values = {"env": "prod", "port": "443"}
    by_suffix = {}
    for p in sorted(root.rglob("*")):
        if p.is_file():
            by_suffix.setdefault(p.suffix or "(none)", []).append(p.relative_to(root))
    for suffix in sorted(by_suffix):
        print(suffix, [str(x) for x in by_suffix[suffix]])
    for tmpl in sorted(root.glob("**/*.tmpl")):
        out = render(tmpl, values)
        print("rendered", out.name, "in", out.parent, "stem", out.stem, "depth", len(out.parts), "top", out.parts[0])
        tmpl.unlink()
    cache = root / "cache" / "tmp"
    cache.mkdir(parents=True, exist_ok=True)
    (cache / "x.dat").write_text("data")
    print("cache exists:", cache.exists(), (cache / "x.dat").is_file(), (cache / "nope").exists())
    print(repr(Path("a//b/./c/")), Path("/") / "etc", Path("x.tar.gz").suffixes, Path("a/b").with_name("z.txt"))
    entries = sorted(e.name for e in root.iterdir())
    print("top level:", entries)
    report = root / "REPORT.txt"
    with open(report, "w") as f:
        for e in entries:
            f.write(e + "\n")
    print("report size", report.stat().st_size)
    missing = root / "missing.conf"
    print(missing.read_text())


if __name__ == "__main__":
    main()
