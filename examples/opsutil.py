"""Helpers shared by the lm_* ops scripts (imported as a local module, never run on its own;
the functions no script calls are annotated, since no importer types them)."""

import os
import sys

DEFAULT_PORT = 22
WARN_PCT = 80.0
CRIT_PCT = 95.0
UNITS = ["B", "KiB", "MiB", "GiB", "TiB"]
ENV_PREFIX = "OPS_"


class ParseError(ValueError):
    pass


def setting(name, default):
    """OPS_<NAME> from the environment, else the default."""
    return os.environ.get(ENV_PREFIX + name.upper(), default)


def human_bytes(n):
    value = float(n)
    for unit in UNITS:
        if value < 1024 or unit == UNITS[-1]:
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} {UNITS[-1]}"


def parse_target(spec: str, port: int = DEFAULT_PORT):
    """host or host:port -> (host, port); a bad port is a ValueError naming the spec."""
    host, sep, rest = spec.rpartition(":")
    if not sep:
        return spec, port
    if not rest.isdigit():
        raise ValueError(f"bad port in {spec!r}")
    return host, int(rest)


def severity(pct, warn=WARN_PCT, crit=CRIT_PCT):
    if pct >= crit:
        return "CRIT"
    if pct >= warn:
        return "WARN"
    return "OK"


def read_table(path, sep=None):
    """Non-blank, non-comment lines of a file, split into fields."""
    rows = []
    with open(path) as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            rows.append(line.split(sep))
    return rows


def tally(counts: dict, key: str, n: int = 1) -> None:
    counts[key] = counts.get(key, 0) + n


def die(msg, code=2):
    print(f"error: {msg}", file=sys.stderr)
    sys.exit(code)
