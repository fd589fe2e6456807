#!/usr/bin/env python3
"""Validate a services.json deployment config and write a normalised report."""
import json
import sys

REQUIRED = ("name", "image", "replicas")
ALLOWED_ENVS = {"dev", "staging", "prod"}


class ConfigError(Exception):
    def __init__(self, service, problem):
        super().__init__(f"{service}: {problem}")
        self.service = service
        self.problem = problem


def check_service(svc, env):
    name = svc.get("name", "<unnamed>")
    for key in REQUIRED:
        if key not in svc:
            raise ConfigError(name, f"missing required key '{key}'")
    if not isinstance(svc["replicas"], int) or isinstance(svc["replicas"], bool):
        raise ConfigError(name, f"replicas must be an integer, got {svc['replicas']!r}")
    if env == "prod" and svc["replicas"] < 2:
        raise ConfigError(name, "prod services need at least 2 replicas")
    image = svc["image"]
    if ":" not in image or image.endswith(":latest"):
        raise ConfigError(name, f"image {image} must be pinned to a tag")
    ports = svc.get("ports", [])
    for port in ports:
        if not 0 < port < 65536:
            raise ConfigError(name, f"port {port} out of range")
    return {
        "image": image,
        "replicas": svc["replicas"],
        "ports": sorted(ports),
        "memory_mb": svc.get("memory_mb", 256),
        "tags": sorted(set(svc.get("tags", []))),
    }


def main() -> int:
    path = sys.argv[1] if len(sys.argv) > 1 else "services.json"
    try:
        with open(path) as fh:
            doc = json.load(fh)
    except FileNotFoundError:
        print(f"error: {path} not found", file=sys.stderr)
        return 2
    except json.JSONDecodeError as exc:
        print(f"error: {path} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})", file=sys.stderr)
        return 2

    env = doc.get("environment", "dev")
    if env not in ALLOWED_ENVS:
        print(f"error: unknown environment {env!r}; expected one of {sorted(ALLOWED_ENVS)}", file=sys.stderr)
        return 2

    report = {"environment": env, "services": {}, "errors": []}
    seen = set()
    for svc in doc.get("services", []):
        try:
            if svc.get("name") in seen:
                raise ConfigError(svc["name"], "duplicate service name")
            report["services"][svc["name"]] = check_service(svc, env)
            seen.add(svc["name"])
        except ConfigError as err:
            report["errors"].append({"service": err.service, "problem": err.problem})
            print(f"INVALID {err}")

    total_mem = sum(s["memory_mb"] * s["replicas"] for s in report["services"].values())
    report["totals"] = {"services": len(report["services"]), "memory_mb": total_mem}
    with open("report.json", "w") as out:
        json.dump(report, out, indent=2, sort_keys=True)
        out.write("\n")
    print(json.dumps(report["totals"], sort_keys=True))
    print(f"{len(report['services'])} valid, {len(report['errors'])} invalid")
    return 1 if report["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
