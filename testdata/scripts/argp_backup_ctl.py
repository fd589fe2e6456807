"""backup_ctl: create, list and prune tar-style backup manifests in ./backups."""
import argparse
import os
import sys

BACKUP_DIR = "backups"


def cmd_create(target: str, label: str, compress: bool) -> int:
    if not os.path.exists(target):
        print(f"backup_ctl: no such file: {target}", file=sys.stderr)
        return 1
    os.makedirs(BACKUP_DIR, exist_ok=True)
    suffix = ".gz" if compress else ""
    name = f"{label}-{os.path.basename(target)}.manifest{suffix}"
    with open(os.path.join(BACKUP_DIR, name), "w") as f:
        f.write(f"source={target}\ncompress={compress}\n")
    print(f"created {name}")
    return 0


def list_backups() -> list[str]:
    if not os.path.isdir(BACKUP_DIR):
        return []
    return sorted(os.listdir(BACKUP_DIR))


def main() -> int:
    parser = argparse.ArgumentParser(description="Manage backup manifests.")
    parser.add_argument("-v", "--verbose", action="store_true", help="chatty output")
    sub = parser.add_subparsers(dest="command", required=True, help="sub-command")

    create = sub.add_parser("create", help="create a backup manifest")
    create.add_argument("target", help="file or directory to back up")
    create.add_argument("--label", default="daily", choices=["daily", "weekly", "monthly"])
    create.add_argument("-z", "--compress", action="store_true", help="mark the backup as compressed")

    lst = sub.add_parser("list", help="list backups")
    lst.add_argument("--limit", type=int, default=10, help="show at most N entries")

    prune = sub.add_parser("prune", help="delete old backups", description="Delete all but the newest backups.")
    prune.add_argument("--keep", type=int, required=True, help="how many to keep")
    prune.add_argument("--dry-run", action="store_true")

    args = parser.parse_args()
    if args.verbose:
        print(f"command: {args.command}")
    if args.command == "create":
        return cmd_create(args.target, args.label, args.compress)
    if args.command == "list":
        names = list_backups()
        for name in names[: args.limit]:
            print(name)
        print(f"{len(names)} backup(s)")
        return 0
    names = list_backups()
    doomed = names[: max(0, len(names) - args.keep)]
    for name in doomed:
        if args.dry_run:
            print(f"would delete {name}")
        else:
            os.remove(os.path.join(BACKUP_DIR, name))
            print(f"deleted {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
