#!/usr/bin/env python3
"""Validate a release manifest before a deploy; every failure class maps to its own exit status.

usage: cls_deploy_errors.py MANIFEST [--env ENV]
"""
import argparse
import os
import sys


class DeployError(Exception):
    exit_code = 1
    hint = "see the deploy runbook"

    def __init__(self, message: str, line: int = 0):
        super().__init__(message)
        self.line = line

    def where(self) -> str:
        return f"line {self.line}" if self.line else "manifest"

    def report(self) -> str:
        return f"{self.kind()} at {self.where()}: {self} ({self.hint})"

    def kind(self) -> str:
        return "deploy error"


class ManifestError(DeployError):
    exit_code = 3
    hint = "fix the manifest syntax"

    def kind(self) -> str:
        return "manifest error"


class MissingImage(ManifestError):
    exit_code = 4

    def __init__(self, service: str, line: int):
        super().__init__(f"service {service!r} has no image", line)
        self.service = service

    def __str__(self) -> str:
        return f"no image for {self.service}"


class PolicyError(DeployError):
    exit_code = 5
    hint = "ask for a policy exception"

    def __init__(self, service: str, tag: str, line: int):
        super().__init__(f"{service} uses tag {tag}", line)
        self.service = service
        self.tag = tag

    def kind(self) -> str:
        return "policy violation"


def check(path: str, env: str) -> int:
    services = 0
    with open(path) as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if "=" not in line:
                raise ManifestError(f"expected service=image, got {line!r}", n)
            service, _, image = line.partition("=")
            service, image = service.strip(), image.strip()
            if not image:
                raise MissingImage(service, n)
            tag = image.rpartition(":")[2] if ":" in image else "latest"
            if env == "prod" and tag == "latest":
                raise PolicyError(service, tag, n)
            services += 1
            print(f"{service:<12} {image}")
    if services == 0:
        raise DeployError("manifest lists no services")
    return services


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("manifest")
    parser.add_argument("--env", default=os.environ.get("DEPLOY_ENV", "staging"))
    opts = parser.parse_args()
    try:
        count = check(opts.manifest, opts.env)
    except PolicyError as e:
        print(f"blocked: {e.service}:{e.tag} in {opts.env}", file=sys.stderr)
        print(e.report(), file=sys.stderr)
        return e.exit_code
    except DeployError as e:
        print("manifest problem" if isinstance(e, ManifestError) else "deploy problem", isinstance(e, (MissingImage, KeyError)))
        print(e.report(), file=sys.stderr)
        return e.exit_code
    except OSError as e:
        print(f"cannot read manifest: {e}", file=sys.stderr)
        return 2
    print(f"{count} services ok for {opts.env}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
