# Patch compliance: installed package versions per host (file) vs minimum required (file).
# installed: host package version      required: package min_version [severity]
import sys
from typing import Dict, List, Tuple

Version = Tuple[int, ...]


class VersionError(ValueError):
    pass


def parse_version(text: str) -> Version:
    clean = text.split(":")[-1].split("-")[0].split("+")[0]
    parts: List[int] = []
    for piece in clean.split("."):
        digits = ""
        for ch in piece:
            if ch.isdigit():
                digits += ch
            else:
                break
        if not digits:
            raise VersionError("cannot parse version %r" % text)
        parts.append(int(digits))
    return tuple(parts)


def compare(a: Version, b: Version) -> int:
    n = max(len(a), len(b))
    pa = a + (0,) * (n - len(a))
    pb = b + (0,) * (n - len(b))
    return (pa > pb) - (pa < pb)


def load_required(path: str) -> Dict[str, Tuple[Version, str, str]]:
    req: Dict[str, Tuple[Version, str, str]] = {}
    with open(path) as fh:
        for line in fh:
            f = line.split()
            if len(f) < 2 or f[0].startswith("#"):
                continue
            sev = f[2] if len(f) > 2 else "medium"
            req[f[0]] = (parse_version(f[1]), f[1], sev)
    return req


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: patch_compliance.py INSTALLED REQUIRED", file=sys.stderr)
        return 2
    try:
        required = load_required(sys.argv[2])
    except VersionError as e:
        print("required list: " + str(e), file=sys.stderr)
        return 2
    hosts: Dict[str, Dict[str, str]] = {}
    with open(sys.argv[1]) as fh:
        for line in fh:
            f = line.split()
            if len(f) == 3:
                hosts.setdefault(f[0], {})[f[1]] = f[2]
    sev_rank = {"critical": 3, "high": 2, "medium": 1, "low": 0}
    report: List[Tuple[int, str, str, str, str]] = []
    compliant: List[str] = []
    for host in sorted(hosts):
        pkgs = hosts[host]
        missing_any = False
        for pkg, (minimum, min_text, sev) in sorted(required.items()):
            have = pkgs.get(pkg)
            if have is None:
                continue
            try:
                ok = compare(parse_version(have), minimum) >= 0
            except VersionError:
                report.append((sev_rank.get(sev, 1), host, pkg, have, "unparseable"))
                missing_any = True
                continue
            if not ok:
                report.append((sev_rank.get(sev, 1), host, pkg, have, min_text))
                missing_any = True
        if not missing_any:
            compliant.append(host)
    report.sort(key=lambda r: (-r[0], r[1], r[2]))
    names = {v: k for k, v in sev_rank.items()}
    for rank, host, pkg, have, need in report:
        print(f"[{names[rank]:^8}] {host:<8} {pkg:<10} {have:>12} -> {need}")
    pct = 100 * len(compliant) // len(hosts) if hosts else 100
    print("compliant hosts: %d/%d (%d%%) %s" % (len(compliant), len(hosts), pct, compliant))
    worst = report[0][0] if report else -1
    return 2 if worst >= 2 else (1 if report else 0)


if __name__ == "__main__":
    sys.exit(main())
