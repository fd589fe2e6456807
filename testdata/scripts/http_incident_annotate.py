#!/usr/bin/env python3
# Annotate dashboards with an incident marker via the metrics API (stdlib only: no requests on the bastion).
import sys
import os
import json
import urllib.request
import urllib.error
import urllib.parse

API = os.environ.get("METRICS_API", "http://127.0.0.1:9090")


def annotate(dashboard: str, text: str, tags: list[str]) -> None:
    query = urllib.parse.urlencode({"dashboard": dashboard, "tags": ",".join(tags)})
    url = API + "/api/annotations/" + urllib.parse.quote(dashboard) + "?" + query
    body = json.dumps({"text": text, "tags": tags}).encode("utf-8")
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"}, method="POST")
    resp = urllib.request.urlopen(req, timeout=5)
    location = resp.getheader("Location")
    print("annotated %s: HTTP %d%s" % (dashboard, resp.getcode(), " -> " + location if location else ""))
    resp.close()


if len(sys.argv) < 3:
    print("usage: annotate TEXT DASHBOARD [DASHBOARD...]", file=sys.stderr)
    sys.exit(2)

text = sys.argv[1]
tags = ["incident"]
if os.environ.get("SEVERITY"):
    tags.append("sev" + os.environ["SEVERITY"])
errors = 0
for dash in sys.argv[2:]:
    try:
        annotate(dash, text, tags)
    except urllib.error.HTTPError as e:
        detail = e.read().decode().strip()
        print("failed %s: %s (%s)" % (dash, e, detail), file=sys.stderr)
        print("failed %s: %d" % (dash, e.code))
        errors += 1
print("%d/%d dashboards annotated" % (len(sys.argv[2:]) - errors, len(sys.argv[2:])))
sys.exit(1 if errors else 0)
