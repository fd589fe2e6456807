"""Roll a release across hosts listed in a plan file, logging each step to stdout."""
import logging
import os
import sys

log = logging.getLogger("deploy")
health = logging.getLogger("deploy.health")


def parse_plan(path: str) -> list[str]:
    hosts = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            hosts.append(line)
    log.debug("plan %s has %d hosts", path, len(hosts))
    return hosts


def check(host: str, down: list[str]) -> bool:
    if host in down:
        health.error("%s failed its health check", host)
        return False
    health.debug("%s healthy", host)
    return True


def main() -> int:
    level = os.environ.get("LOG_LEVEL", "INFO")
    logging.basicConfig(level=level, format="%(levelname)-8s %(name)s: %(message)s", stream=sys.stdout)
    if len(sys.argv) < 2:
        log.critical("usage: deploy PLAN [DOWN_HOST...]")
        return 2
    hosts = parse_plan(sys.argv[1])
    down = sys.argv[2:]
    if not hosts:
        log.warning("nothing to deploy")
        return 0
    ok = 0
    for i, host in enumerate(hosts, 1):
        log.info("[%d/%d] deploying to %s", i, len(hosts), host)
        if check(host, down):
            ok += 1
        else:
            log.error("stopping rollout after %s", host)
            break
    log.info("done: %d of %d hosts updated (%.1f%%)", ok, len(hosts), 100.0 * ok / len(hosts))
    print(f"summary ok={ok} total={len(hosts)}")
    return 0 if ok == len(hosts) else 1


if __name__ == "__main__":
    sys.exit(main())
