import sys, os, time
import requests

# Post a deploy notification to a chat webhook; every attempt is appended to notify.log.

def main():
    url = os.environ.get("WEBHOOK_URL")
    if not url:
        sys.exit("WEBHOOK_URL is not set")
    if len(sys.argv) < 3:
        sys.exit("usage: http_webhook_notify.py SERVICE VERSION [CHANNEL]")
    service, version = sys.argv[1], sys.argv[2]
    channel = sys.argv[3] if len(sys.argv) > 3 else "#deploys"
    text = sys.stdin.read().strip()
    if not text:
        text = "%s %s deployed" % (service, version)
    payload = {"channel": channel, "username": "deploy-bot", "text": text}
    try:
        resp = requests.post(url, json=payload, headers={"X-Service": service}, timeout=3)
    except requests.RequestException as exc:
        log("ERROR %s %s: %s" % (service, version, type(exc).__name__))
        print("could not reach the webhook", file=sys.stderr)
        return 4
    log("%d %s %s %s" % (resp.status_code, service, version, channel))
    if resp.status_code in (200, 201, 202, 204):
        print("notified %s (%d)" % (channel, resp.status_code))
        if resp.text:
            print("response:", resp.text)
        return 0
    if 400 <= resp.status_code < 500:
        print("rejected: %d %s" % (resp.status_code, resp.text), file=sys.stderr)
        return 3
    print("webhook failed: %d" % resp.status_code, file=sys.stderr)
    return 5


def log(line):
    with open("notify.log", "a") as f:
        f.write(line + "\n")


if __name__ == "__main__":
    sys.exit(main())
