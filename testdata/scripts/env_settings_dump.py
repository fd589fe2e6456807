#!/usr/bin/env python3
"""Load service settings from APP_* environment variables (12-factor style) and dump effective config."""
import json
import os
import sys
from dataclasses import asdict, dataclass, field, fields
from typing import List


class SettingsError(Exception):
    pass


class MissingSetting(SettingsError):
    def __init__(self, name):
        super().__init__(f"required setting {name} is not set")
        self.name = name


class BadValue(SettingsError):
    pass


@dataclass
class Settings:
    database_url: str
    port: int = 8080
    workers: int = 2
    debug: bool = False
    timeout_s: float = 30.0
    allowed_hosts: List[str] = field(default_factory=lambda: ["localhost"])
    log_level: str = "INFO"


def coerce(name, raw, kind):
    if kind is bool:
        low = raw.strip().lower()
        if low in ("1", "true", "yes", "on"):
            return True
        if low in ("0", "false", "no", "off", ""):
            return False
        raise BadValue(f"{name}: expected a boolean, got {raw!r}")
    if kind is int or kind is float:
        try:
            return kind(raw)
        except ValueError:
            raise BadValue(f"{name}: expected {kind.__name__}, got {raw!r}") from None
    if kind == List[str]:
        return [item.strip() for item in raw.split(",") if item.strip()]
    return raw


def load(prefix="APP_"):
    values = {}
    for f in fields(Settings):
        env_name = prefix + f.name.upper()
        if env_name in os.environ:
            values[f.name] = coerce(env_name, os.environ[env_name], f.type)
        elif f.name == "database_url":
            raise MissingSetting(env_name)
    unknown = sorted(k for k in os.environ if k.startswith(prefix) and k[len(prefix):].lower() not in {f.name for f in fields(Settings)})
    return Settings(**values), unknown


def main() -> int:
    try:
        settings, unknown = load(os.environ.get("SETTINGS_PREFIX", "APP_"))
    except MissingSetting as exc:
        print(f"fatal: {exc}", file=sys.stderr)
        return 3
    except SettingsError as exc:
        print(f"fatal: invalid configuration: {exc}", file=sys.stderr)
        return 4
    if settings.port < 1024 and not settings.debug:
        print(f"warning: privileged port {settings.port}", file=sys.stderr)
    if settings.log_level.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise BadValue(f"unknown log level {settings.log_level}")
    data = asdict(settings)
    user, _, rest = settings.database_url.partition("@")
    if rest and ":" in user.split("//", 1)[-1]:
        scheme, _, cred = user.partition("//")
        data["database_url"] = f"{scheme}//{cred.split(':')[0]}:****@{rest}"
    for name in unknown:
        print(f"ignoring unknown variable {name}")
    print(json.dumps(data, indent=2))
    with open("effective.json", "w") as fh:
        json.dump(data, fh, sort_keys=True, separators=(",", ":"))
    print(f"{settings.workers} worker(s) x {settings.timeout_s}s timeout, debug={settings.debug}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
