"""Report TLS certificates from certs.yaml that expire soon.

certs.yaml:
  checked_at: 2024-05-01 06:30:00+02:00
  certs:
    - {name: www, expires: 2024-06-01, owner: web}
    - ...
Exit 0 nothing due, 1 something expires within --days, 2 something already expired, 3 bad input.
"""
import sys
import argparse
from datetime import datetime, timedelta
from typing import Any

import yaml


def load(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        doc: dict[str, Any] = yaml.safe_load(fh)
    return doc


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file")
    p.add_argument("--today", required=True, help="YYYY-MM-DD")
    p.add_argument("--days", type=int, default=30)
    p.add_argument("--dump", help="write the due certificates to this YAML file")
    a = p.parse_args()

    try:
        doc = load(a.file)
    except yaml.YAMLError:
        print(f"{a.file}: not valid YAML", file=sys.stderr)
        return 3
    except FileNotFoundError:
        print(f"{a.file}: no such file", file=sys.stderr)
        return 3

    today = datetime.strptime(a.today, "%Y-%m-%d").date()
    horizon = today + timedelta(days=a.days)
    print(f"inventory checked at {doc.get('checked_at', 'unknown')}")
    expired = []
    due = []
    for cert in doc["certs"]:
        exp = cert["expires"]
        left = exp - today
        if exp < today:
            expired.append(cert)
            tag = "EXPIRED"
        elif exp <= horizon:
            due.append(cert)
            tag = "due"
        else:
            tag = "ok"
        print(f"{cert['name']:<10} {exp}  {tag:<8} ({left} left)")

    if a.dump:
        with open(a.dump, "w") as out:
            yaml.safe_dump({"expired": expired, "due": due, "generated": today}, out)
    if expired:
        names = sorted(str(c["name"]) for c in expired)
        print("expired: " + ", ".join(names))
        return 2
    return 1 if due else 0


if __name__ == "__main__":
    sys.exit(main())
