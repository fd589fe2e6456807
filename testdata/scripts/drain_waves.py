# Plan node drains in waves so that every pool keeps a minimum number of healthy nodes.
# nodes file: node pool state(healthy|unhealthy|cordoned)
import os
import sys
from typing import Dict, List, Optional, Tuple


class PlanError(Exception):
    pass


class Pool:
    def __init__(self, name: str, min_healthy: int):
        self.name = name
        self.min_healthy = min_healthy
        self.nodes: List[str] = []
        self.state: Dict[str, str] = {}

    def healthy(self) -> int:
        return sum(1 for n in self.nodes if self.state[n] == "healthy")

    def spare(self) -> int:
        return self.healthy() - self.min_healthy

    def pending(self) -> List[str]:
        return [n for n in self.nodes if self.state[n] != "drained"]


def load(path: str, default_min: int) -> Dict[str, Pool]:
    pools: Dict[str, Pool] = {}
    with open(path) as fh:
        for line in fh:
            f = line.split()
            if len(f) != 3:
                continue
            node, pool_spec, state = f
            pool_name, _, min_text = pool_spec.partition("/")
            pool = pools.get(pool_name)
            if pool is None:
                pool = Pool(pool_name, int(min_text) if min_text else default_min)
                pools[pool_name] = pool
            pool.nodes.append(node)
            pool.state[node] = state
    return pools


def next_wave(pools: Dict[str, Pool], max_per_wave: int) -> List[Tuple[str, str]]:
    wave: List[Tuple[str, str]] = []
    for name in sorted(pools):
        pool = pools[name]
        # unhealthy/cordoned nodes can always go; healthy ones only while spare capacity remains
        for node in sorted(pool.pending(), key=lambda n: (pool.state[n] == "healthy", n)):
            if len(wave) >= max_per_wave:
                return wave
            if pool.state[node] == "healthy" and pool.spare() <= 0:
                break
            wave.append((name, node))
            pool.state[node] = "drained"
    return wave


def plan(pools: Dict[str, Pool], max_per_wave: int = 2, max_waves: int = 10) -> List[List[Tuple[str, str]]]:
    waves: List[List[Tuple[str, str]]] = []
    while len(waves) < max_waves:
        wave = next_wave(pools, max_per_wave)
        if not wave:
            break
        waves.append(wave)
        # after each wave, assume drained nodes come back healthy... except they stay drained
    else:
        raise PlanError("gave up after %d waves" % max_waves)
    stuck = {p.name: p.pending() for p in pools.values() if p.pending()}
    if stuck:
        detail = "; ".join("%s: %s" % (k, ",".join(v)) for k, v in sorted(stuck.items()))
        raise PlanError("cannot drain without breaking min healthy: " + detail)
    return waves


def main() -> int:
    try:
        per_wave = int(os.environ.get("DRAIN_PER_WAVE", "2"))
        default_min = int(os.getenv("DRAIN_MIN_HEALTHY", "1"))
        max_waves = int(os.environ.get("DRAIN_MAX_WAVES", "10"))
    except ValueError as e:
        print("bad environment: %s" % e, file=sys.stderr)
        return 2
    pools = load(sys.argv[1], default_min)
    summary = ", ".join("%s(%d nodes, min %d)" % (p.name, len(p.nodes), p.min_healthy) for p in pools.values())
    print("pools: " + (summary or "none"))
    try:
        waves = plan(pools, max_per_wave=per_wave, max_waves=max_waves)
    except PlanError as e:
        print("PLAN FAILED: " + str(e))
        return 1
    for i, wave in enumerate(waves, 1):
        print(f"wave {i:02d}: " + " ".join(f"{n}({p})" for p, n in wave))
    print("%d node(s) in %d wave(s)" % (sum(len(w) for w in waves), len(waves)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
