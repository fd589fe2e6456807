#!/usr/bin/env python3
"""Scan saved `openssl x509 -noout -subject -enddate` outputs (*.pem.txt) and rank certificates by expiry."""
import glob
import logging
import os
import sys
from datetime import datetime, timezone
from typing import NamedTuple

logging.basicConfig(format="%(levelname)s %(message)s", level=logging.INFO)
log = logging.getLogger("certscan")


class Cert(NamedTuple):
    path: str
    subject: str
    not_after: datetime

    def days_left(self, now):
        return (self.not_after - now).days


def parse_file(path):
    subject = not_after = None
    with open(path) as fh:
        for line in fh:
            key, _, value = line.strip().partition("=")
            if key == "subject":
                cn = [p.strip() for p in value.split(",") if p.strip().startswith("CN")]
                subject = cn[0].split("=", 1)[1].strip() if cn else value.strip()
            elif key == "notAfter":
                not_after = datetime.strptime(value, "%b %d %H:%M:%S %Y %Z").replace(tzinfo=timezone.utc)
    if not_after is None:
        raise ValueError("no notAfter line")
    return Cert(os.path.basename(path), subject or "?", not_after)


def main() -> int:
    if len(sys.argv) < 2:
        log.error("usage: cert_expiry_scan.py AS_OF_ISO [WARN_DAYS]")
        return 2
    now = datetime.fromisoformat(sys.argv[1].replace("Z", "+00:00"))
    warn_days = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    certs = []
    for path in sorted(glob.glob("certs/**/*.pem.txt", recursive=True)):
        try:
            certs.append(parse_file(path))
        except ValueError as exc:
            log.warning("%s: %s", path, exc)
    if not certs:
        log.error("no certificates found under certs/")
        return 2
    certs.sort(key=lambda c: (c.not_after, c.subject))
    expired = warn = 0
    for cert in certs:
        days = cert.days_left(now)
        if days < 0:
            state = "EXPIRED"
            expired += 1
        elif days <= warn_days:
            state = "RENEW"
            warn += 1
        else:
            state = "ok"
        print(f"{state:<8}{days:>6}d  {cert.not_after:%Y-%m-%d}  {cert.subject:<28} {cert.path}")
    log.info("%d certificates, %d expired, %d due for renewal", len(certs), expired, warn)
    if expired:
        log.critical("expired certificates present")
        return 2
    return 1 if warn else 0


if __name__ == "__main__":
    sys.exit(main())
