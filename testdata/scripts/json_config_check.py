"""Validate a service config given as JSON and print it normalised."""

import json
import sys
from typing import Any

REQUIRED = ["name", "port", "replicas"]


def main() -> int:
    text = sys.stdin.read()
    try:
        cfg: dict[str, Any] = json.loads(text)
    except json.JSONDecodeError as e:
        print(f"invalid config: {e}")
        return 2
    missing = [k for k in REQUIRED if k not in cfg]
    if missing:
        print("missing keys: " + ", ".join(missing))
    print("keys:", ", ".join(sorted(cfg)))
    print(json.dumps(cfg, sort_keys=True))
    print(json.dumps(cfg, indent=4, ensure_ascii=False))
    print(json.dumps(cfg, indent="\t", separators=(",", ": ")))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
