# Three-way reconciliation of host inventories: CMDB csv, monitoring list, DNS A records.
import sys
from typing import Dict, List, Set, Tuple

SOURCES = ("cmdb", "monitoring", "dns")


def read_lines(path: str) -> List[str]:
    with open(path) as fh:
        return [l.strip() for l in fh if l.strip() and not l.startswith("#")]


def load_cmdb(path: str) -> Dict[str, Dict[str, str]]:
    rows = read_lines(path)
    header = [h.strip().lower() for h in rows[0].split(",")]
    if "hostname" not in header:
        raise ValueError("cmdb header has no hostname column: %s" % header)
    result: Dict[str, Dict[str, str]] = {}
    for row in rows[1:]:
        cells = [c.strip() for c in row.split(",")]
        record = dict(zip(header, cells))
        result[record["hostname"].lower()] = record
    return result


def load_monitoring(path: str) -> Set[str]:
    hosts: Set[str] = set()
    for line in read_lines(path):
        host = line.split()[0]
        hosts.add(host.lower().split(".")[0])
    return hosts


def load_dns(path: str, domain: str = "corp.example") -> Dict[str, str]:
    records: Dict[str, str] = {}
    for line in read_lines(path):
        parts = line.split()
        if len(parts) >= 3 and parts[1] == "A":
            name = parts[0].rstrip(".").lower()
            if name.endswith("." + domain):
                name = name[: -len(domain) - 1]
            records[name] = parts[2]
    return records


def classify(presence: Tuple[bool, bool, bool]) -> str:
    labels = {
        (True, True, True): "consistent",
        (True, False, True): "unmonitored",
        (True, True, False): "no-dns",
        (False, True, True): "not-in-cmdb",
        (True, False, False): "cmdb-only",
        (False, True, False): "monitoring-only",
        (False, False, True): "dns-only",
    }
    return labels.get(presence, "impossible")


def main() -> int:
    if len(sys.argv) != 4:
        print("usage: inventory_reconcile.py CMDB.csv MONITORING.txt DNS.txt", file=sys.stderr)
        return 2
    try:
        cmdb = load_cmdb(sys.argv[1])
        mon = load_monitoring(sys.argv[2])
        dns = load_dns(sys.argv[3])
    except (OSError, ValueError) as e:
        print("cannot load inventories: %s" % e, file=sys.stderr)
        return 2
    everything = sorted(set(cmdb) | mon | set(dns))
    buckets: Dict[str, List[str]] = {}
    for host in everything:
        key = (host in cmdb, host in mon, host in dns)
        buckets.setdefault(classify(key), []).append(host)
    ip_owner: Dict[str, List[str]] = {}
    for host, ip in dns.items():
        ip_owner.setdefault(ip, []).append(host)
    mismatched: List[Tuple[str, str, str]] = []
    for host, rec in sorted(cmdb.items()):
        ip = rec.get("ip", "")
        if host in dns and ip and ip != dns[host]:
            mismatched.append((host, ip, dns[host]))
    print("%d hosts across %d sources" % (len(everything), len(SOURCES)))
    for label in sorted(buckets, key=lambda b: (b != "consistent", -len(buckets[b]), b)):
        hosts = buckets[label]
        shown = hosts[:4]
        more = " (+%d more)" % (len(hosts) - 4) if len(hosts) > 4 else ""
        print("  %-16s %3d  %s%s" % (label + ":", len(hosts), " ".join(shown), more))
    for host, a, b in mismatched:
        print(f"  ip mismatch {host}: cmdb={a} dns={b}")
    for ip in sorted(ip_owner):
        if len(ip_owner[ip]) > 1:
            print(f"  shared ip {ip}: {', '.join(sorted(ip_owner[ip]))}")
    owners: Dict[str, int] = {}
    for host in buckets.get("unmonitored", []):
        team = cmdb[host].get("team", "") or "?"
        owners[team] = owners.get(team, 0) + 1
    if owners:
        print("unmonitored by team: " + ", ".join(f"{t}={n}" for t, n in sorted(owners.items())))
    consistent = len(buckets.get("consistent", []))
    score = consistent / len(everything) if everything else 1.0
    print(f"consistency {score:.0%}")
    return 0 if score >= 0.9 else 1


if __name__ == "__main__":
    sys.exit(main())
