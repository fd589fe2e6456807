# Summarise an HAProxy "show stat" CSV dump: backend health, session usage, error rates.
import sys
from typing import Dict, List, Optional


class Server:
    def __init__(self, row: Dict[str, str]):
        self.proxy = row["pxname"]
        self.name = row["svname"]
        self.status = row.get("status", "")
        self.scur = to_int(row.get("scur"))
        self.slim = to_int(row.get("slim"))
        self.req = to_int(row.get("req_tot"))
        self.e5xx = to_int(row.get("hrsp_5xx"))
        self.weight = to_int(row.get("weight"))

    def usage(self) -> Optional[float]:
        if self.slim <= 0:
            return None
        return self.scur / self.slim

    def error_rate(self) -> float:
        return self.e5xx / self.req if self.req else 0.0

    def up(self) -> bool:
        return self.status.startswith("UP") or self.status == "OPEN"


def to_int(text: Optional[str], default: int = 0) -> int:
    if text is None or text == "":
        return default
    return int(text)


def read_csv(text: str) -> List[Dict[str, str]]:
    lines = [l for l in text.splitlines() if l.strip()]
    if not lines or not lines[0].startswith("# "):
        raise ValueError("missing '# pxname,...' header")
    header = lines[0][2:].split(",")
    rows = []
    for line in lines[1:]:
        cells = line.split(",")
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        rows.append({h: c for h, c in zip(header, cells) if h})
    return rows


def main() -> int:
    try:
        rows = read_csv(sys.stdin.read())
    except ValueError as e:
        print(f"bad input: {e}", file=sys.stderr)
        return 3
    backends: Dict[str, List[Server]] = {}
    for row in rows:
        if row["svname"] in ("FRONTEND", "BACKEND"):
            continue
        srv = Server(row)
        backends.setdefault(srv.proxy, []).append(srv)
    exit_code = 0
    for proxy in sorted(backends):
        servers = backends[proxy]
        up = [s for s in servers if s.up()]
        total_w = sum(s.weight for s in up)
        state = "ok"
        if not up:
            state = "DOWN"
            exit_code = 2
        elif len(up) * 2 < len(servers):
            state = "degraded"
            exit_code = max(exit_code, 1)
        print("%s: %d/%d up, weight %d [%s]" % (proxy, len(up), len(servers), total_w, state))
        for s in sorted(servers, key=lambda x: (not x.up(), -x.error_rate(), x.name)):
            u = s.usage()
            usage = "   -  " if u is None else "{:6.1%}".format(u)
            flag = " !" if s.error_rate() > 0.05 else ""
            print("    {:<10}{:<6} sess {:>4}/{:<4} {}  5xx {:.2%}{}".format(
                s.name, s.status[:6], s.scur, s.slim or "-", usage, s.error_rate(), flag))
    if not backends:
        print("no backend servers")
    return exit_code


if __name__ == "__main__":
    sys.exit(main())
