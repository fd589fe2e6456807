#!/usr/bin/env python3
"""Move dated log files (app-YYYY-MM-DD.log) older than a cutoff into archive/YYYY-MM/ folders."""
import argparse
import logging
import shutil
import sys
from datetime import date, datetime
from pathlib import Path

log = logging.getLogger("sweep")


def parse_cutoff(text: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description="Archive old dated logs.")
    p.add_argument("--cutoff", type=parse_cutoff, required=True, help="archive logs dated before this day")
    p.add_argument("--dir", default="logs", help="directory holding the logs (default: %(default)s)")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("-q", "--quiet", action="store_true", help="only log warnings")
    return p


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        format="%(levelname)s %(message)s",
        level=logging.WARNING if args.quiet else logging.INFO,
        stream=sys.stdout,
    )
    root = Path(args.dir)
    if not root.is_dir():
        log.error("log directory %s does not exist", root)
        return 2
    moved = kept = 0
    bytes_moved = 0
    for path in sorted(root.glob("*.log")):
        stem = path.stem
        try:
            day = datetime.strptime("-".join(stem.split("-")[-3:]), "%Y-%m-%d").date()
        except ValueError:
            log.warning("skipping %s: no date in name", path.name)
            continue
        if day >= args.cutoff:
            kept += 1
            log.debug("keeping %s", path.name)
            continue
        dest_dir = root / "archive" / day.strftime("%Y-%m")
        dest = dest_dir / path.name
        size = path.stat().st_size
        if args.dry_run:
            log.info("would move %s -> %s (%d bytes)", path, dest, size)
        else:
            dest_dir.mkdir(parents=True, exist_ok=True)
            shutil.move(str(path), str(dest))
            log.info("moved %s -> %s", path.name, dest.relative_to(root))
        moved += 1
        bytes_moved += size
    months = sorted(p.name for p in (root / "archive").glob("*") if p.is_dir()) if (root / "archive").exists() else []
    print(f"archived={moved} kept={kept} bytes={bytes_moved} months={','.join(months) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
