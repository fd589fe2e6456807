#!/usr/bin/env python3
import argparse
import json
import logging
import subprocess
import sys
import time

log = logging.getLogger("svc_restart")


class RestartFailed(Exception):
    def __init__(self, service, rc, output):
        super().__init__(f"{service} failed to restart (rc={rc})")
        self.service = service
        self.rc = rc
        self.output = output


def run(cmd, dry_run=False):
    log.debug("running %s", " ".join(cmd))
    if dry_run:
        return 0, ""
    p = subprocess.run(cmd, capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


def restart(service, restart_cmd, dry_run):
    rc, out = run(restart_cmd + [service], dry_run)
    if rc != 0:
        raise RestartFailed(service, rc, out.strip())
    return rc


def main():
    parser = argparse.ArgumentParser(description="restart services listed in a json file")
    parser.add_argument("config")
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args()

    logging.basicConfig(
        level=logging.DEBUG if args.verbose > 1 else logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s:%(name)s:%(message)s",
    )
    try:
        with open(args.config) as f:
            cfg = json.load(f)
    except FileNotFoundError:
        log.error("config %s not found", args.config)
        return 2
    except json.JSONDecodeError as e:
        log.error("bad config: %s", e)
        return 2

    cmd = cfg.get("restart_cmd", ["echo", "restart"])
    failed = []
    for svc in cfg["services"]:
        try:
            restart(svc, cmd, args.dry_run)
            log.info("restarted %s", svc)
            print(f"ok {svc}")
        except RestartFailed as e:
            failed.append(e.service)
            print(f"FAIL {e.service} rc={e.rc}: {e.output}")
        if args.delay:
            time.sleep(args.delay)
    if failed:
        print(f"{len(failed)} failed: {', '.join(failed)}", file=sys.stderr)
        sys.exit(1)
    print("all services restarted")


if __name__ == "__main__":
    sys.exit(main())
