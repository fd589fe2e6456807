"""Allocate VLAN IDs for requests from per-site pools, honouring existing assignments.

pools file:     site start-end [reserved,ids]
existing file:  site vlan name
requests:       site name [preferred_vlan]
Usage: vlan_allocator.py POOLS EXISTING REQUESTS  (writes allocations.txt)
"""
import sys
from typing import Dict, List, Optional, Set, Tuple


class AllocationError(Exception):
    pass


class PoolExhausted(AllocationError):
    def __init__(self, site: str, size: int):
        super().__init__(f"pool for {site} exhausted ({size} ids)")
        self.site = site


class SitePool:
    def __init__(self, site: str, start: int, end: int, reserved: Set[int]):
        if not 1 <= start <= end <= 4094:
            raise AllocationError(f"{site}: invalid range {start}-{end}")
        self.site = site
        self.start = start
        self.end = end
        self.reserved = reserved
        self.used: Dict[int, str] = {}

    def size(self) -> int:
        return self.end - self.start + 1 - len([r for r in self.reserved if self.start <= r <= self.end])

    def is_free(self, vlan: int) -> bool:
        return self.start <= vlan <= self.end and vlan not in self.reserved and vlan not in self.used

    def first_free(self) -> Optional[int]:
        vlan = self.start
        while vlan <= self.end:
            if self.is_free(vlan):
                return vlan
            vlan += 1
        return None

    def allocate(self, name: str, preferred: Optional[int] = None) -> Tuple[int, bool]:
        for vlan, owner in self.used.items():
            if owner == name:
                return vlan, False
        if preferred is not None and self.is_free(preferred):
            self.used[preferred] = name
            return preferred, True
        vlan = self.first_free()
        if vlan is None:
            raise PoolExhausted(self.site, self.size())
        self.used[vlan] = name
        return vlan, True


def read_rows(path: str, min_fields: int) -> List[List[str]]:
    with open(path) as fh:
        return [l.split() for l in fh if len(l.split()) >= min_fields and not l.startswith("#")]


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    pools: Dict[str, SitePool] = {}
    try:
        for row in read_rows(sys.argv[1], 2):
            lo, _, hi = row[1].partition("-")
            reserved = {int(x) for x in row[2].split(",")} if len(row) > 2 else set()
            pools[row[0]] = SitePool(row[0], int(lo), int(hi), reserved)
        for site, vlan_text, name in [r[:3] for r in read_rows(sys.argv[2], 3)]:
            if site in pools:
                pools[site].used[int(vlan_text)] = name
    except (AllocationError, ValueError) as e:
        print("config error: %s" % e, file=sys.stderr)
        return 2
    results: List[str] = []
    failures = 0
    for row in read_rows(sys.argv[3], 2):
        site, name = row[0], row[1]
        preferred = int(row[2]) if len(row) > 2 and row[2].isdigit() else None
        pool = pools.get(site)
        if pool is None:
            print(f"{name}: unknown site {site}")
            failures += 1
            continue
        try:
            vlan, new = pool.allocate(name, preferred=preferred)
        except PoolExhausted as e:
            print(f"{name}: {e}")
            failures += 1
            continue
        tag = "new" if new else "existing"
        if new and preferred is not None and vlan != preferred:
            tag += f" (wanted {preferred})"
        print(f"{name}: {site} vlan {vlan:>4} {tag}")
        results.append("%s %d %s" % (site, vlan, name))
    with open("allocations.txt", "w") as fh:
        for line in sorted(results, key=lambda l: (l.split()[0], int(l.split()[1]))):
            fh.write(line + "\n")
    for site in sorted(pools):
        p = pools[site]
        print("%s: %d/%d used (%.0f%%)" % (site, len(p.used), p.size(), 100.0 * len(p.used) / p.size()))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
