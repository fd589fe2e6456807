"""Batch conversion speed: Python lines per second of `py2go convert`, against LibCST's own parse cost.

Run from the project root: `python benchmarks/bench_convert.py [--repeat N]`. Not run by pytest.
Writes `benchmarks/results/convert.json`. See benchmarks/README.md for what the numbers mean.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results" / "convert.json"
CORPORA = ("testdata/scripts", "examples")
TARGET_LINES_PER_S = 2500
PY2MANY_LINES_PER_S = 1723


@dataclass(frozen=True)
class Measurement:
    """Wall times of one kind of run, repeated."""

    name: str
    seconds: list[float]
    lines: int
    note: str = ""

    @property
    def best(self) -> float:
        """Best of the repeats: the least disturbed by other load on the machine."""
        return min(self.seconds) if self.seconds else float("nan")

    @property
    def median(self) -> float:
        """Median of the repeats."""
        return statistics.median(self.seconds) if self.seconds else float("nan")

    @property
    def lines_per_s(self) -> float:
        """Throughput at the best time."""
        return self.lines / self.best if self.seconds and self.best > 0 else 0.0


def gather_inputs(dest: Path) -> list[Path]:
    """Copy the corpora into one input tree, so one `convert` call sees them all."""
    files: list[Path] = []
    for corpus in CORPORA:
        source = REPO / corpus
        for path in sorted(source.rglob("*.py")) if source.is_dir() else []:
            target = dest / corpus.replace("/", "_") / path.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
            files.append(target)
    return files


def count_lines(files: list[Path]) -> int:
    """Physical lines, the unit py2many's figure uses."""
    return sum(len(p.read_bytes().splitlines()) for p in files)


def run_convert(inputs: Path, out: Path, jobs: int) -> tuple[float, str]:
    """One `py2go convert` as a user runs it (a fresh interpreter included); (seconds, problem)."""
    argv = [
        sys.executable,
        *("-m", "py2go", "convert", str(inputs), "-o", str(out)),
        *("--module", "example.com/bench", "--no-build", "--jobs", str(jobs)),
    ]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    started = time.perf_counter()
    proc = subprocess.run(argv, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    # Exit 1 reports findings (diagnostics), a normal outcome for a benchmark corpus.
    problem = (
        "" if proc.returncode in (0, 1) else f"exit {proc.returncode}: {(proc.stderr or proc.stdout)[-2000:]}"
    )
    return elapsed, problem


def bench_convert(inputs: Path, scratch: Path, lines: int, repeat: int) -> list[Measurement]:
    """jobs=1 and jobs=2 into fresh output dirs, then jobs=2 again on an unchanged tree (the skip path)."""
    results: dict[str, list[float]] = {
        "convert --jobs 1": [],
        "convert --jobs 2": [],
        "convert --jobs 2 (unchanged)": [],
    }
    problems: dict[str, str] = {}
    for attempt in range(repeat):
        for jobs in (1, 2):
            out = scratch / f"out-j{jobs}-{attempt}"
            seconds, problem = run_convert(inputs, out, jobs)
            results[f"convert --jobs {jobs}"].append(seconds)
            problems[f"convert --jobs {jobs}"] = problems.get(f"convert --jobs {jobs}") or problem
        seconds, problem = run_convert(inputs, scratch / f"out-j2-{attempt}", 2)
        results["convert --jobs 2 (unchanged)"].append(seconds)
        problems["convert --jobs 2 (unchanged)"] = problems.get("convert --jobs 2 (unchanged)") or problem
    return [Measurement(name, times, lines, problems.get(name, "")) for name, times in results.items()]


def bench_libcst(files: list[Path], lines: int, repeat: int) -> list[Measurement]:
    """LibCST parse only, and parse + PositionProvider, in this process: the floor under any converter."""
    import libcst
    from libcst.metadata import MetadataWrapper, PositionProvider

    sources = [p.read_bytes() for p in files]
    parse_times: list[float] = []
    position_times: list[float] = []
    for _ in range(repeat):
        started = time.perf_counter()
        for source in sources:
            libcst.parse_module(source)
        parse_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        for source in sources:
            MetadataWrapper(libcst.parse_module(source)).resolve(PositionProvider)
        position_times.append(time.perf_counter() - started)
    return [
        Measurement("libcst parse (1 process)", parse_times, lines),
        Measurement("libcst parse + PositionProvider (1 process)", position_times, lines),
    ]


def render_table(measurements: list[Measurement]) -> str:
    """A plain table: best and median seconds, lines/s at the best time."""
    header = f"{'run':<46} {'best s':>8} {'median s':>9} {'lines/s':>9}"
    rows = [header, "-" * len(header)]
    for m in measurements:
        rows.append(f"{m.name:<46} {m.best:>8.3f} {m.median:>9.3f} {m.lines_per_s:>9.0f}")
        if m.note:
            rows.append(f"    ! {m.note.splitlines()[0][:100]}")
    return "\n".join(rows)


def main() -> int:
    """Measure, print, write JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repeat", type=int, default=3, help="Runs of each measurement; the best is reported."
    )
    parser.add_argument("--output", type=Path, default=RESULTS, help="Where to write the JSON results.")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="py2go-bench-convert-") as tmp:
        scratch = Path(tmp)
        files = gather_inputs(scratch / "input")
        if not files:
            print(f"no Python files in {', '.join(CORPORA)}", file=sys.stderr)
            return 2
        lines = count_lines(files)
        measurements = bench_convert(scratch / "input", scratch, lines, args.repeat)
        measurements += bench_libcst(files, lines, args.repeat)

    print(f"{len(files)} files, {lines} lines, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(render_table(measurements))
    batch = next(m for m in measurements if m.name == "convert --jobs 2")
    verdict = "meets" if batch.lines_per_s >= TARGET_LINES_PER_S and not batch.note else "misses"
    print(
        f"target: >= {TARGET_LINES_PER_S} lines/s with --jobs 2 (py2many: {PY2MANY_LINES_PER_S}): {verdict}"
    )

    report = {
        "benchmark": "convert",
        "files": len(files),
        "lines": lines,
        "repeat": args.repeat,
        "target_lines_per_s": TARGET_LINES_PER_S,
        "py2many_lines_per_s": PY2MANY_LINES_PER_S,
        "meets_target": verdict == "meets",
        "environment": {
            "python": platform.python_version(),
            "libcst": importlib.metadata.version("libcst"),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "measurements": [
            {**asdict(m), "best": m.best, "median": m.median, "lines_per_s": round(m.lines_per_s, 1)}
            for m in measurements
        ],
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.output.relative_to(REPO) if args.output.is_relative_to(REPO) else args.output}")
    return 0 if all(not m.note for m in measurements) else 1


if __name__ == "__main__":
    sys.exit(main())
