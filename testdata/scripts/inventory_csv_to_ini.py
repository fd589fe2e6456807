#!/usr/bin/env python3
# Convert a CMDB CSV export into an Ansible INI inventory (inventory.ini).
# CSV columns: hostname,ip,env,role,os   -- groups are "<env>_<role>" plus "<env>".
import sys
from dataclasses import dataclass
from typing import Dict, List


@dataclass
class Row:
    hostname: str
    ip: str
    env: str
    role: str
    os: str = "linux"


class CsvFormatError(Exception):
    pass


def read_rows(path: str) -> List[Row]:
    rows: List[Row] = []
    with open(path, encoding="utf-8") as f:
        lines = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    if not lines:
        return rows
    header = lines[0].lower().split(",")
    expected = ["hostname", "ip", "env", "role"]
    if header[:4] != expected:
        raise CsvFormatError(f"unexpected header {header}, want {expected} first")
    for n, line in enumerate(lines[1:], 2):
        cols = [c.strip() for c in line.split(",")]
        if len(cols) < 4:
            raise CsvFormatError(f"row {n}: too few columns ({len(cols)})")
        os_name = cols[4].lower() if len(cols) > 4 and cols[4] else "linux"
        rows.append(Row(cols[0].lower(), cols[1], cols[2].lower(), cols[3].lower(), os_name))
    return rows


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: inventory_csv_to_ini.py CMDB_CSV", file=sys.stderr)
        return 2
    try:
        rows = read_rows(sys.argv[1])
    except CsvFormatError as e:
        print(f"cannot convert: {e}")
        return 1
    groups: Dict[str, List[Row]] = {}
    for r in rows:
        groups.setdefault(f"{r.env}_{r.role}", []).append(r)
    envs = sorted(set([r.env for r in rows]))
    with open("inventory.ini", "w", encoding="utf-8") as out:
        for g in sorted(groups):
            out.write(f"[{g}]\n")
            for r in sorted(groups[g], key=lambda x: x.hostname):
                extra = " ansible_connection=winrm" if r.os == "windows" else ""
                out.write(f"{r.hostname} ansible_host={r.ip}{extra}\n")
            out.write("\n")
        for env in envs:
            out.write(f"[{env}:children]\n")
            for g in sorted(groups):
                if g.startswith(env + "_"):
                    out.write(g + "\n")
            out.write("\n")
    print(f"{len(rows)} hosts -> {len(groups)} groups, {len(envs)} environments")
    for g in sorted(groups):
        print(f"  {g:<20} {len(groups[g]):>3}")
    windows = [r.hostname for r in rows if r.os == "windows"]
    if windows:
        print("windows hosts:", windows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
