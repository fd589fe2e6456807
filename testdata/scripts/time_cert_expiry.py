"""Check certificate expiry dates (from a listing) against a reference date."""

import os
import sys
from datetime import datetime, timedelta


def main() -> int:
    now = datetime.strptime(os.environ.get("NOW", "2024-05-01T00:00:00"), "%Y-%m-%dT%H:%M:%S")
    warn = timedelta(days=int(os.environ.get("WARN_DAYS", "30")))
    worst = 0
    with open(sys.argv[1]) as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            name, _, stamp = line.strip().partition(" ")
            try:
                expires = datetime.strptime(stamp.strip(), "%b %d %H:%M:%S %Y GMT")
            except ValueError as e:
                print(f"{name}: cannot parse: {e}")
                worst = max(worst, 1)
                continue
            left = expires - now
            if expires <= now:
                print(f"{name}: EXPIRED {-left.days} day(s) ago on {expires.strftime('%Y-%m-%d')}")
                worst = 2
            elif left < warn:
                print(f"{name}: expires in {left.days} day(s) ({left}) at {expires.isoformat(' ')}")
                worst = max(worst, 1)
            else:
                renew = expires - warn
                print(f"{name}: ok until {expires.strftime('%a %d %b %Y')}, renew after {renew.strftime('%Y-%m-%d %H:%M')}")
    return worst


if __name__ == "__main__":
    sys.exit(main())
