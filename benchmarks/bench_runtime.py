"""Run-time cost of the translation: wall time and peak RSS of the Go binary vs the Python script.

Each workload is a corpus case scaled up: its input files and stdin are repeated until they hold
`--lines` lines (default 200,000), keeping a header line once. Both programs run the same scaled
case in a clean environment, stdout to a file. Run from the project root:
`python benchmarks/bench_runtime.py [--lines N] [--repeat N] [--case script.py::case ...]`.
Writes `benchmarks/results/runtime.json`. Not run by pytest.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from py2go.verify import Case, build_each, clean_env, fallback_command, find_entry, load_cases, load_manifest  # noqa: E402
from py2go.verify.runner import populate  # noqa: E402

SCRIPTS = REPO / "testdata" / "scripts"
RESULTS = REPO / "benchmarks" / "results" / "runtime.json"
#: Line-oriented cases whose inputs scale: logs, CSV, access logs, numbers, records.
DEFAULT_CASES = (
    "log_level_summary.py::mixed_levels",
    "top_ips.py::default_top",
    "csv_column_stats.py::grouped_latency",
    "nginx_status_report.py::normal_traffic",
    "latency_percentiles.py::typical",
    "dedup_records.py::by_id",
)
_DIGIT = re.compile(rb"\d")


@dataclass(frozen=True)
class Run:
    """One execution: wall seconds, peak RSS in KiB, exit code, and a hash of stdout."""

    seconds: float
    max_rss_kib: int
    exit_code: int
    stdout_sha256: str


def scale(data: bytes, lines: int) -> bytes:
    """Repeat the content until it has at least `lines` lines; a first line without digits
    followed by one with digits is a header (CSV, `# export`) and is kept once."""
    rows = data.splitlines(keepends=True)
    if not rows:
        return data
    if rows[-1] and not rows[-1].endswith(b"\n"):
        rows[-1] += b"\n"
    header: list[bytes] = []
    if len(rows) > 1 and not _DIGIT.search(rows[0]) and _DIGIT.search(rows[1]):
        header, rows = rows[:1], rows[1:]
    copies = max(1, -(-lines // max(1, len(rows))))
    return b"".join(header) + b"".join(rows) * copies


def scaled_case(case: Case, lines: int) -> Case:
    """The same case with every input file and stdin scaled; a longer timeout."""
    files = tuple((name, scale(data, lines)) for name, data in case.files)
    return replace(case, files=files, stdin=scale(case.stdin, lines) if case.stdin else b"", timeout=600.0)


GNU_TIME = shutil.which("time") and Path("/usr/bin/time").is_file()


def run_once(argv: list[str], case: Case, scratch: Path) -> Run:
    """Run in a fresh working dir. Peak RSS comes from GNU time's %M when it is installed:
    `os.wait4`'s ru_maxrss of a child forked from this Python process keeps the parent's
    pre-exec high-water mark on Linux (both columns read ~30 MiB), so it is only a fallback."""
    workdir = scratch / "work"
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    populate(workdir, case)
    stdin_path, stdout_path = scratch / "stdin", scratch / "stdout"
    stdin_path.write_bytes(case.stdin)
    with stdin_path.open("rb") as stdin, stdout_path.open("wb") as stdout:
        started = time.perf_counter()
        rss_file = scratch / "rss"
        wrapper = ["/usr/bin/time", "-f", "%M", "-o", str(rss_file)] if GNU_TIME else []
        proc = subprocess.Popen(
            [*wrapper, *argv, *case.args],
            cwd=workdir,
            env=clean_env(case.env_map, home=workdir),
            stdin=stdin,
            stdout=stdout,
            stderr=subprocess.DEVNULL,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    digest = hashlib.sha256(stdout_path.read_bytes()).hexdigest()
    rss = int(rss_file.read_text().split()[-1]) if GNU_TIME else int(usage.ru_maxrss)
    return Run(elapsed, rss, proc.returncode, digest)


def summarize(runs: list[Run]) -> dict[str, object]:
    """Best and median time, the largest peak RSS over the repeats."""
    times = [r.seconds for r in runs]
    return {
        "best_s": round(min(times), 4),
        "median_s": round(statistics.median(times), 4),
        "max_rss_kib": max(r.max_rss_kib for r in runs),
        "exit_code": runs[0].exit_code,
        "stdout_sha256": runs[0].stdout_sha256,
    }


def convert_and_build(scratch: Path) -> tuple[Path, dict[str, Path], dict[str, str]]:
    """Convert the corpus with `py2go convert` and build every command once."""
    gosrc = scratch / "gosrc"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    argv = [sys.executable, "-m", "py2go", "convert", str(SCRIPTS), "-o", str(gosrc)]
    argv += ["--module", "example.com/benchruntime", "--no-build", "--jobs", "2"]
    proc = subprocess.run(argv, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"py2go convert failed (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}")
    commands, failures = build_each(gosrc, scratch / "bin")
    return gosrc, commands, failures


def main() -> int:
    """Measure each workload, print a table, write JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=200_000, help="Lines each scaled input holds at least.")
    parser.add_argument(
        "--repeat", type=int, default=3, help="Runs per program; best time and max RSS reported."
    )
    parser.add_argument(
        "--case", action="append", help="script.py::case to use (repeatable); default: a built-in set."
    )
    parser.add_argument("--output", type=Path, default=RESULTS, help="Where to write the JSON results.")
    args = parser.parse_args()
    selected = args.case or list(DEFAULT_CASES)

    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="py2go-bench-runtime-") as tmp:
        scratch = Path(tmp)
        gosrc, commands, failures = convert_and_build(scratch)
        entries = load_manifest(gosrc)
        for ident in selected:
            script_name, _, case_name = ident.partition("::")
            script = SCRIPTS / script_name
            cases = {c.name: c for c in load_cases(script.with_name(script.stem + ".cases.yaml"))}
            if case_name not in cases:
                rows.append({"workload": ident, "error": f"no case {case_name!r}"})
                continue
            entry = find_entry(entries, script)
            name = entry.command if entry is not None else fallback_command(script)
            binary = commands.get(name) if name else None
            if binary is None:
                rows.append(
                    {"workload": ident, "error": failures.get(name or "", "no Go command (refused?)")[:500]}
                )
                continue
            case = scaled_case(cases[case_name], args.lines)
            input_bytes = sum(len(d) for _, d in case.files) + len(case.stdin)
            py_runs = [run_once([sys.executable, str(script)], case, scratch) for _ in range(args.repeat)]
            go_runs = [run_once([str(binary)], case, scratch) for _ in range(args.repeat)]
            py, go = summarize(py_runs), summarize(go_runs)
            rows.append(
                {
                    "workload": ident,
                    "input_bytes": input_bytes,
                    "python": py,
                    "go": go,
                    "speedup": round(float(py["best_s"]) / max(float(go["best_s"]), 1e-9), 2),  # type: ignore[arg-type]
                    "same_output": py["stdout_sha256"] == go["stdout_sha256"]
                    and py["exit_code"] == go["exit_code"],
                }
            )

    header = (
        f"{'workload':<42} {'py s':>7} {'go s':>7} {'speedup':>8} {'py MiB':>7} {'go MiB':>7} {'same':>5}"
    )
    print(f"{args.lines} lines per input, best of {args.repeat}, Python {platform.python_version()}")
    print(header)
    print("-" * len(header))
    for row in rows:
        if "error" in row:
            print(f"{row['workload']:<42} error: {str(row['error']).splitlines()[0][:60]}")
            continue
        py, go = row["python"], row["go"]
        assert isinstance(py, dict) and isinstance(go, dict)
        print(
            f"{row['workload']:<42} {py['best_s']:>7.3f} {go['best_s']:>7.3f} {row['speedup']:>7.1f}x "
            f"{py['max_rss_kib'] / 1024:>7.1f} {go['max_rss_kib'] / 1024:>7.1f} {'yes' if row['same_output'] else 'NO':>5}"
        )
    report = {
        "benchmark": "runtime",
        "lines": args.lines,
        "repeat": args.repeat,
        "environment": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "workloads": rows,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0 if all("error" not in r and r["same_output"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
