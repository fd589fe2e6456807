#!/usr/bin/env python3
"""Fan an alert out to the notifiers configured in notify.conf.

usage: cls_notifier_fanout.py CONF SEVERITY MESSAGE
Each conf line is `email ADDRESS`, `slack CHANNEL` or `file PATH [MIN_SEVERITY]`.
Delivered notifications are written to outbox.log (email/slack) or to the file itself.
"""
import sys

SEVERITIES = ["info", "warning", "critical"]


class Notifier:
    channel = "generic"
    min_severity = "info"

    def __init__(self, target):
        self.target = target
        self.sent = 0

    def wants(self, severity: str) -> bool:
        return SEVERITIES.index(severity) >= SEVERITIES.index(self.min_severity)

    def render(self, severity: str, message: str) -> str:
        return f"[{severity.upper()}] {message}"

    def deliver(self, text: str) -> None:
        with open("outbox.log", "a") as out:
            out.write(f"{self.channel} {self.target}: {text}\n")

    def notify(self, severity: str, message: str) -> bool:
        if not self.wants(severity):
            return False
        self.deliver(self.render(severity, message))
        self.sent += 1
        return True


class EmailNotifier(Notifier):
    channel = "email"

    def render(self, severity: str, message: str) -> str:
        subject = super().render(severity, message)
        return f"Subject: {subject} | To: {self.target}"


class SlackNotifier(Notifier):
    channel = "slack"
    min_severity = "warning"

    def render(self, severity: str, message: str) -> str:
        icon = ":rotating_light:" if severity == "critical" else ":warning:"
        return f"{icon} {message}"


class FileNotifier(Notifier):
    channel = "file"

    def __init__(self, target, min_severity="info"):
        super().__init__(target)
        if min_severity not in SEVERITIES:
            raise ValueError("unknown severity %r for %s" % (min_severity, target))
        self.threshold = min_severity

    def wants(self, severity):
        return SEVERITIES.index(severity) >= SEVERITIES.index(self.threshold)

    def deliver(self, text: str) -> None:
        with open(self.target, "a") as out:
            out.write(text + "\n")


def load(path):
    notifiers = []
    with open(path) as fh:
        for line in fh:
            words = line.split()
            if not words:
                continue
            if words[0] == "email":
                notifiers.append(EmailNotifier(words[1]))
            elif words[0] == "slack":
                notifiers.append(SlackNotifier(words[1]))
            elif words[0] == "file":
                if len(words) > 2:
                    notifiers.append(FileNotifier(words[1], words[2]))
                else:
                    notifiers.append(FileNotifier(words[1]))
            else:
                print("ignoring unknown notifier", repr(words[0]), file=sys.stderr)
    return notifiers


if len(sys.argv) != 4:
    sys.exit("usage: cls_notifier_fanout.py CONF SEVERITY MESSAGE")
conf, severity, message = sys.argv[1], sys.argv[2], sys.argv[3]
if severity not in SEVERITIES:
    sys.exit(f"severity must be one of {', '.join(SEVERITIES)}")
targets = load(conf)
delivered = 0
for n in targets:
    if n.notify(severity, message):
        delivered += 1
        print("sent via", n.channel, "to", n.target)
    else:
        print("skipped", n.channel, n.target)
print(f"{delivered}/{len(targets)} notifiers used")
if not delivered:
    sys.exit(3)
