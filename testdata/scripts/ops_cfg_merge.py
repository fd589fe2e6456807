#!/usr/bin/env python3
"""Merge layered JSON configs (base <- env <- local) and print the effective config."""
import json
import os
import sys


def deep_merge(base, override):
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def load(path, required=True):
    if not os.path.exists(path):
        if required:
            raise SystemExit(f"missing config: {path}")
        return {}
    with open(path) as fh:
        try:
            return json.load(fh)
        except ValueError as err:
            raise SystemExit(f"{path}: invalid JSON: {err}")


def flatten(cfg, prefix=""):
    items = []
    for k in sorted(cfg):
        v = cfg[k]
        name = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            items.extend(flatten(v, name))
        else:
            items.append((name, v))
    return items


def main():
    env = os.environ.get("APP_ENV", "dev")
    layers = ["base.json", f"{env}.json", "local.json"]
    cfg = {}
    for i, layer in enumerate(layers):
        cfg = deep_merge(cfg, load(layer, required=(i == 0)))
    if "--json" in sys.argv:
        print(json.dumps(cfg, indent=2, sort_keys=True))
    else:
        for name, value in flatten(cfg):
            print(f"{name} = {value!r}")
    secrets = [n for n, v in flatten(cfg) if "password" in n and v]
    if secrets:
        print(f"warning: {len(secrets)} secret(s) in plain config", file=sys.stderr)


main()
