import os
import sys

import requests

# Probe an endpoint with a latency budget. A slow answer is a warning, a timeout a failure.
# PROBE_STRICT=1 lets a timeout propagate (the cron wrapper then mails the traceback).

target = os.environ["PROBE_URL"]
budget = float(os.environ.get("PROBE_TIMEOUT", "0.5"))
strict = os.environ.get("PROBE_STRICT", "0") == "1"

checks = sys.argv[1:] or ["/ping"]
failures = 0
for path in checks:
    url = target + path
    if strict:
        resp = requests.get(url, timeout=budget)
        print(f"{path}: {resp.status_code}")
        continue
    try:
        resp = requests.get(url, timeout=budget)
    except requests.exceptions.ReadTimeout as e:
        failures += 1
        print(f"{path}: TIMEOUT ({e})")
        continue
    except requests.exceptions.ConnectionError:
        failures += 1
        print(f"{path}: UNREACHABLE")
        continue
    size = len(resp.content)
    ctype = resp.headers.get("Content-Type", "unknown")
    print(f"{path}: {resp.status_code} {size} bytes {ctype}")
    if not resp.ok:
        failures += 1

print(f"{len(checks) - failures}/{len(checks)} checks passed")
if failures:
    sys.exit(2)
