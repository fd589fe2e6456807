import sys
from fleetmodels import FleetError, Host, Inventory, ParseError
import fleetmodels


def load(path: str) -> Inventory:
    inv = Inventory(path)
    with open(path) as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            inv.add(Host.parse(n, line))
    return inv


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: lm_fleet_check.py INVENTORY [HOST]", file=sys.stderr)
        return 2
    try:
        inv = load(sys.argv[1])
    except ParseError as e:
        cause = e.__cause__
        print(f"parse error at {e.lineno}: {e}" + (f" [{type(cause).__name__}]" if cause is not None else ""))
        return 3
    except FleetError as e:
        print(f"fleet error: {e}")
        return 4
    print(f"{inv.name}: {inv.size} hosts")
    for h in inv.by_role("db"):
        print("  db:", h.describe(), h.fqdn, h.tags)
    extra = fleetmodels.Host("bastion", "jump")
    print(extra, extra.port == fleetmodels.DEFAULT_PORT)
    if len(sys.argv) > 2:
        found = inv.find(sys.argv[2])
        if found is None:
            raise FleetError(f"no host {sys.argv[2]}")
        print("found", found.fqdn)
    return 0


if __name__ == "__main__":
    sys.exit(main())
