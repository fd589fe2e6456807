"""Share of standard-library call sites that py2go translates, per module.

Run from the project root: `python benchmarks/stdlib_share.py [PATH ...]` (default: examples/).
Not run by pytest. Every call whose callee resolves, through the file's imports, to a module of
Python's standard library (`subprocess.run`, `os.path.join`, `json.dumps`, a `from x import y`
name) is a call site; it translates when `py2go convert` reports no error-level finding inside
its source range. Method calls on values (`f.read()`, `m.group(1)`) are not counted: their
receiver's module is not known without types. Writes `benchmarks/results/stdlib_share.json`.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from py2go.analysis.imports import ImportTable  # noqa: E402
from py2go.convert import convert  # noqa: E402
from py2go.diagnostics.codes import CODES  # noqa: E402
from py2go.discover import discover  # noqa: E402

RESULTS = REPO / "benchmarks" / "results" / "stdlib_share.json"
STDLIB = frozenset(sys.stdlib_module_names)


def call_sites(path: Path) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    """(module.function, start, end) of each stdlib call in one file; positions are (line, col from 1)."""
    module = cst.parse_module(path.read_bytes())
    wrapper = MetadataWrapper(module)
    positions = wrapper.resolve(PositionProvider)
    imports = ImportTable.from_module(wrapper.module)
    sites = []
    for node, pos in positions.items():
        if not isinstance(node, cst.Call):
            continue
        name = imports.qualified(node.func)
        if not name or "." not in name or name.split(".")[0] not in STDLIB:
            continue
        root = node.func
        while isinstance(root, cst.Attribute):
            root = root.value
        if not isinstance(root, cst.Name) or root.value not in imports.names:
            continue  # a method on a value whose name happens to match a module
        sites.append((name, (pos.start.line, pos.start.column + 1), (pos.end.line, pos.end.column + 1)))
    return sites


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[REPO / "examples"])
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report = convert(args.paths, Path(tmp), module="example.com/share", jobs=2, build=False)
    failures: dict[str, list[tuple[int, int]]] = {}
    for d in report.diagnostics:
        if CODES[d.code].severity == "error":
            failures.setdefault(d.path, []).append((d.line, d.col))
    total: Counter[str] = Counter()
    translated: Counter[str] = Counter()
    untranslated: Counter[str] = Counter()
    for planned in {p.source: p for p in discover(args.paths)}.values():
        bad = failures.get(planned.rel, [])
        for name, start, end in call_sites(planned.source):
            module = name.split(".")[0]
            total[module] += 1
            if any(start <= at <= end for at in bad):
                untranslated[name] += 1
            else:
                translated[module] += 1
    calls, ok = sum(total.values()), sum(translated.values())
    print(f"{'module':<16} {'calls':>6} {'translated':>11}")
    for module in sorted(total, key=lambda m: (-total[m], m)):
        print(f"{module:<16} {total[module]:>6} {translated[module]:>11}")
    share = ok / calls if calls else 0.0
    print(f"{'all':<16} {calls:>6} {ok:>11}  ({share:.1%})")
    if untranslated:
        print("not translated:", ", ".join(f"{n} x{c}" for n, c in untranslated.most_common()))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(
        json.dumps(
            {
                "paths": [
                    str(p.resolve().relative_to(REPO)) if p.resolve().is_relative_to(REPO) else p.name
                    for p in args.paths
                ],
                "calls": calls,
                "translated": ok,
                "share": round(share, 4),
                "by_module": {m: {"calls": total[m], "translated": translated[m]} for m in sorted(total)},
                "untranslated": dict(untranslated.most_common()),
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
