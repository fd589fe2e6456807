#!/usr/bin/env python3
"""Compare the locally installed agent version with the latest release published by the update server."""
import json
import sys
import urllib.error
import urllib.request
from typing import Any


def parse_version(text: str) -> tuple[int, int, int]:
    parts = text.strip().lstrip("v").split(".")
    if len(parts) != 3:
        raise ValueError(f"bad version string: {text.strip()!r}")
    return (int(parts[0]), int(parts[1]), int(parts[2]))


def latest_release(server: str, channel: str) -> dict[str, Any]:
    req = urllib.request.Request(
        f"{server}/releases/{channel}/latest.json",
        headers={"Accept": "application/json", "User-Agent": "agent-updater/1.0"},
    )
    with urllib.request.urlopen(req, timeout=3) as resp:
        print(f"server: {resp.status} {resp.reason}, etag {resp.headers.get('ETag', '-')}")
        info: dict[str, Any] = json.load(resp)
    return info


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: http_version_check.py SERVER [CHANNEL]", file=sys.stderr)
        return 64
    server = argv[1].rstrip("/")
    channel = argv[2] if len(argv) > 2 else "stable"
    with open("VERSION") as f:
        local = parse_version(f.read())
    try:
        info = latest_release(server, channel)
    except urllib.error.HTTPError as e:
        if e.code == 404:
            print(f"no releases on channel {channel!r}")
            return 0
        print(f"update server error: {e.code} {e.reason}", file=sys.stderr)
        return 3
    except urllib.error.URLError as e:
        print(f"update server unreachable: {e.reason}", file=sys.stderr)
        return 3
    remote = parse_version(str(info["version"]))
    print("local  %d.%d.%d" % local)
    print("latest %d.%d.%d (%s)" % (remote[0], remote[1], remote[2], info["date"]))
    if remote > local:
        print("UPDATE AVAILABLE")
        if info.get("critical"):
            print("critical fix: upgrade now")
            return 2
        return 1
    print("up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
