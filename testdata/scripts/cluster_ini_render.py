#!/usr/bin/env python3
"""Render /etc/hosts-style and haproxy backend snippets from a cluster.ini description."""
import configparser
import ipaddress
import sys
from pathlib import Path


def die(msg, code=2):
    print(f"cluster_ini_render: {msg}", file=sys.stderr)
    sys.exit(code)


def main():
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "cluster.ini")
    if not src.exists():
        die(f"{src} not found")
    cfg = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
    try:
        cfg.read_string(src.read_text(), source=str(src))
    except configparser.Error as exc:
        die(f"parse error: {exc.message.splitlines()[0]}")

    cluster = cfg.get("cluster", "name", fallback="unnamed")
    domain = cfg["cluster"].get("domain", "local")
    network = ipaddress.ip_network(cfg.get("cluster", "network"))
    port = cfg.getint("cluster", "backend_port", fallback=8080)

    hosts = []
    for section in cfg.sections():
        if not section.startswith("node:"):
            continue
        node = cfg[section]
        name = section.split(":", 1)[1]
        addr = ipaddress.ip_address(node["address"])
        if addr not in network:
            die(f"{name}: {addr} is outside {network}", 3)
        weight = node.getint("weight", 100)
        enabled = node.getboolean("enabled", True)
        roles = sorted(r.strip() for r in node.get("roles", "app").split(","))
        hosts.append((int(addr), name, str(addr), weight, enabled, roles))
    hosts.sort()

    out_dir = Path("rendered")
    out_dir.mkdir(exist_ok=True)
    lines = [f"# generated from {src.name} for cluster {cluster}"]
    for _, name, addr, _, _, roles in hosts:
        lines.append(f"{addr:<15} {name}.{domain} {name}  # {'/'.join(roles)}")
    (out_dir / "hosts").write_text("\n".join(lines) + "\n")

    backend = [f"backend {cluster}_app", "    balance roundrobin"]
    for _, name, addr, weight, enabled, roles in hosts:
        if "app" not in roles:
            continue
        flag = "" if enabled else " disabled"
        backend.append(f"    server {name} {addr}:{port} weight {weight} check{flag}")
    (out_dir / "haproxy.cfg").write_text("\n".join(backend) + "\n")

    usable = network.num_addresses - 2 if network.prefixlen < 31 else network.num_addresses
    print(f"cluster {cluster} ({domain}) on {network}: {len(hosts)} nodes, {usable - len(hosts)} free addresses")
    for f in sorted(out_dir.iterdir()):
        print(f"  wrote {f} ({len(f.read_text().splitlines())} lines)")
    print("defaults:", dict(cfg.defaults()))


if __name__ == "__main__":
    main()
