"""Run the shared health checks against a metrics snapshot (name value lines on stdin)."""
import argparse
import sys

import checkmodels as cm


def read_metrics(lines):
    metrics = {}
    for line in lines:
        parts = line.split()
        if len(parts) == 2:
            metrics[parts[0]] = float(parts[1])
    return metrics


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--checks", default="disk:root=90,load:cpu=2.0")
    p.add_argument("--fail-fast", action="store_true")
    args = p.parse_args()
    try:
        checks = cm.build(args.checks)
    except ValueError as e:
        p.error(str(e))
    metrics = read_metrics(sys.stdin)
    failed = []
    for check in checks:
        try:
            print(check.run(metrics))
        except cm.CheckFailed as e:
            failed.append(e.name)
            print(f"FAIL {e.detail} [{check.label}]")
            if args.fail_fast:
                raise
    total_runs = sum(c.runs for c in checks)
    print(f"{total_runs} checks run, {len(failed)} failed: {', '.join(failed) or '-'}")
    return 2 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
