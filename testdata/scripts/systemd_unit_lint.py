"""Lint systemd unit files given as arguments; write lint-report.txt.

Exit status: number of files with errors (capped at 9).
"""
import sys
from typing import Dict, List, Tuple

KNOWN = {
    "Unit": ["Description", "After", "Wants", "Requires", "Documentation"],
    "Service": ["Type", "ExecStart", "ExecReload", "Restart", "RestartSec", "User", "Environment",
                "WorkingDirectory", "LimitNOFILE"],
    "Install": ["WantedBy", "RequiredBy", "Alias"],
    "Timer": ["OnCalendar", "Persistent", "Unit"],
}
SERVICE_TYPES = ("simple", "forking", "oneshot", "notify", "exec")


class Finding:
    def __init__(self, line: int, level: str, text: str):
        self.line = line
        self.level = level
        self.text = text

    def render(self, path: str) -> str:
        return "{path}:{line}: {lvl}: {msg}".format(path=path, line=self.line, lvl=self.level, msg=self.text)


def parse(text: str) -> Tuple[Dict[str, Dict[str, List[Tuple[int, str]]]], List[Finding]]:
    sections: Dict[str, Dict[str, List[Tuple[int, str]]]] = {}
    findings: List[Finding] = []
    current = ""
    continued = ""
    start_line = 0
    for n, raw in enumerate(text.splitlines(), 1):
        if continued:
            raw = continued + raw.lstrip()
            n = start_line
            continued = ""
        line = raw.strip()
        if line.endswith("\\"):
            continued = line[:-1] + " "
            start_line = n
            continue
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            if current in sections:
                findings.append(Finding(n, "warning", "section [%s] repeated" % current))
            sections.setdefault(current, {})
            continue
        if not current:
            findings.append(Finding(n, "error", "assignment outside of a section"))
            continue
        key, eq, value = line.partition("=")
        if not eq:
            findings.append(Finding(n, "error", "missing '=' in %r" % line))
            continue
        sections[current].setdefault(key.strip(), []).append((n, value.strip()))
    return sections, findings


def check(path: str, text: str) -> List[Finding]:
    sections, findings = parse(text)
    kind = path.rsplit(".", 1)[-1]
    for name, keys in sorted(sections.items()):
        known = KNOWN.get(name)
        if known is None:
            findings.append(Finding(0, "warning", "unknown section [%s]" % name))
            continue
        for key, values in keys.items():
            if key not in known:
                findings.append(Finding(values[0][0], "warning", f"unknown key {key} in [{name}]"))
            if len(values) > 1 and key not in ("ExecStart", "Environment", "After", "Wants"):
                findings.append(Finding(values[-1][0], "warning", f"{key} set {len(values)} times, last wins"))
    svc = sections.get("Service", {})
    if kind == "service":
        if "ExecStart" not in svc:
            findings.append(Finding(0, "error", "service has no ExecStart"))
        for n, v in svc.get("ExecStart", []):
            if v and not v.lstrip("-@+!").startswith("/"):
                findings.append(Finding(n, "error", "ExecStart must use an absolute path: " + v.split()[0]))
        types = svc.get("Type", [(0, "simple")])
        if types[-1][1] not in SERVICE_TYPES:
            findings.append(Finding(types[-1][0], "error", "invalid Type=%s" % types[-1][1]))
        if types[-1][1] != "oneshot" and len(svc.get("ExecStart", [])) > 1:
            findings.append(Finding(svc["ExecStart"][1][0], "error", "multiple ExecStart= need Type=oneshot"))
    if "Install" not in sections and kind != "timer":
        findings.append(Finding(0, "warning", "no [Install] section; unit cannot be enabled"))
    return sorted(findings, key=lambda f: (f.line, f.level, f.text))


def main() -> None:
    report: List[str] = []
    failed = 0
    for path in sys.argv[1:]:
        try:
            with open(path) as fh:
                text = fh.read()
        except OSError as e:
            report.append(f"{path}:0: error: {e.strerror}")
            failed += 1
            continue
        findings = check(path, text)
        errors = sum(1 for f in findings if f.level == "error")
        report.extend(f.render(path) for f in findings)
        print("%-22s %d error(s), %d warning(s)" % (path, errors, len(findings) - errors))
        if errors:
            failed += 1
    with open("lint-report.txt", "w") as out:
        out.write("\n".join(report) + ("\n" if report else ""))
    sys.exit(min(failed, 9))


main()
