#!/usr/bin/env python3
"""Run the stages of a release manifest (one `stage: action arg` per line) and explain failures,
keeping the low-level cause of each stage error (raise ... from)."""
import os
import sys


class StageError(Exception):
    def __init__(self, stage: str, message: str):
        super().__init__(f"stage {stage}: {message}")
        self.stage = stage


class ConfigMissing(StageError):
    pass


def read_setting(path: str, key: str) -> str:
    with open(path) as fh:
        for line in fh:
            name, _, value = line.strip().partition("=")
            if name == key:
                return value
    raise KeyError(key)


def run_stage(stage: str, action: str, arg: str) -> str:
    if action == "config":
        path, _, key = arg.partition(":")
        try:
            return read_setting(path, key)
        except OSError as e:
            raise ConfigMissing(stage, f"cannot read {path}") from e
        except KeyError as e:
            raise ConfigMissing(stage, f"no {key} in {path}") from e
    if action == "scale":
        try:
            n = int(arg)
        except ValueError as e:
            raise StageError(stage, "replica count must be a number") from e
        if n > 50:
            raise StageError(stage, f"refusing to scale to {n}")
        return f"{n} replicas"
    if action == "env":
        if arg not in os.environ:
            raise StageError(stage, f"{arg} is not set") from None
        return os.environ[arg]
    raise StageError(stage, f"unknown action {action!r}")


def explain(e: StageError) -> str:
    cause = e.__cause__
    if cause is None:
        return "no underlying error"
    if isinstance(cause, OSError):
        return f"{type(cause).__name__} errno={cause.errno} ({cause.strerror}) file={cause.filename}"
    return f"{type(cause).__name__}: {cause}"


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: cls_stage_runner.py MANIFEST", file=sys.stderr)
        return 2
    failures = 0
    with open(sys.argv[1]) as fh:
        entries = [l.strip() for l in fh if l.strip() and not l.startswith("#")]
    for entry in entries:
        stage, _, rest = entry.partition(":")
        action, _, arg = rest.strip().partition(" ")
        try:
            result = run_stage(stage.strip(), action, arg.strip())
        except ConfigMissing as e:
            failures += 1
            print(f"MISSING {e.stage}: {e}")
            print(f"  cause: {explain(e)}")
            continue
        except StageError as e:
            failures += 1
            print(f"FAILED  {e.stage} ({type(e).__name__}): {e}")
            print(f"  cause: {explain(e)}")
            if "refusing" in str(e):
                raise RuntimeError("aborting release") from e
            continue
        print(f"ok      {stage.strip()}: {result}")
    print(f"{len(entries)} stages, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
