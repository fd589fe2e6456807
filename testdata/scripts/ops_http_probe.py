import sys
import json
import urllib.request
import urllib.error

def probe(url, timeout):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            body = resp.read().decode()
            return resp.status, body
    except urllib.error.HTTPError as e:
        return e.code, ""
    except urllib.error.URLError as e:
        return None, str(e.reason)

def main():
    if len(sys.argv) < 2:
        print("usage: http_probe.py URL...")
        return 2
    bad = 0
    results = {}
    for url in sys.argv[1:]:
        status, body = probe(url, 2)
        if status is None:
            print(f"{url}: DOWN ({body})")
            bad += 1
            continue
        ok = 200 <= status < 300
        results[url] = {"status": status, "ok": ok, "bytes": len(body)}
        print(f"{url}: {status} {'OK' if ok else 'FAIL'}")
        if not ok:
            bad += 1
    with open("probe.json", "w") as f:
        json.dump(results, f, indent=2)
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
