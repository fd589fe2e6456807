"""Apply quota change requests (JSON lines on stdin) to per-team storage quotas (quotas.json)
and write the new quotas; refuses changes below current usage."""
import json
import sys
from typing import Dict


class QuotaError(Exception):
    pass


class Quota:
    UNIT = "GiB"

    def __init__(self, team: str, limit: int, used: int):
        self.team = team
        self._limit = 0
        self.used = used
        self.limit = limit
        self.changes = 0

    @classmethod
    def from_dict(cls, team: str, d: Dict[str, int]):
        kw = {"team": team, "limit": int(d["limit"]), "used": int(d.get("used", 0))}
        return cls(**kw)

    @property
    def limit(self):
        return self._limit

    @limit.setter
    def limit(self, value: int) -> None:
        if value < self.used:
            raise QuotaError(f"{self.team}: limit {value} below usage {self.used}")
        self._limit = value

    @property
    def headroom(self):
        return self.limit - self.used

    @property
    def pct(self):
        return 100.0 * self.used / self.limit if self.limit else 0.0

    @staticmethod
    def parse_amount(text: str) -> int:
        text = text.strip().upper()
        if text.endswith("T"):
            return int(text[:-1]) * 1024
        if text.endswith("G"):
            return int(text[:-1])
        return int(text)

    def to_dict(self):
        return {"limit": self.limit, "used": self.used}


def main():
    try:
        with open("quotas.json") as fh:
            raw: Dict[str, Dict[str, int]] = json.load(fh)
    except FileNotFoundError:
        print("quotas.json not found", file=sys.stderr)
        return 2
    quotas = {team: Quota.from_dict(team, d) for team, d in sorted(raw.items())}
    failed = 0
    for n, line in enumerate(sys.stdin, 1):
        line = line.strip()
        if not line:
            continue
        req: Dict[str, str] = json.loads(line)
        team = req["team"]
        if team not in quotas:
            print(f"#{n}: unknown team {team!r}")
            failed += 1
            continue
        q = quotas[team]
        try:
            amount = q.parse_amount(req["amount"])
            if req.get("op", "set") == "add":
                q.limit += amount
            else:
                q.limit = amount
        except QuotaError as e:
            print(f"#{n}: refused: {e}")
            failed += 1
            continue
        except ValueError as e:
            print(f"#{n}: bad amount: {e}")
            failed += 1
            continue
        q.changes += 1
        print(f"#{n}: {team} -> {q.limit} {Quota.UNIT} ({q.headroom} free, {q.pct:.1f}% used)")
    with open("quotas.new.json", "w") as out:
        json.dump({t: q.to_dict() for t, q in quotas.items()}, out, indent=2, sort_keys=True)
        out.write("\n")
    changed = sum(1 for q in quotas.values() if q.changes)
    print(f"{changed} teams changed, {failed} requests failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
