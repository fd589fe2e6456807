"""Validate a deployment manifest written in an indented key: value format.

    service: billing
    replicas: 3
    image: registry.local/billing:1.4.2
    resources:
      cpu: 500m
      memory: 512Mi
    ports:
      - 8080
      - 9090
"""
import sys
from typing import Dict, List, Optional, Tuple

REQUIRED = ["service", "replicas", "image"]
ALLOWED_TOP = {"service", "replicas", "image", "resources", "ports", "env", "owner"}


class ManifestError(Exception):
    pass


class SyntaxProblem(ManifestError):
    def __init__(self, lineno: int, text: str):
        super().__init__(f"line {lineno}: {text}")
        self.lineno = lineno


class ValidationProblem(ManifestError):
    pass


class Manifest:
    def __init__(self) -> None:
        self.scalars: Dict[str, str] = {}
        self.maps: Dict[str, Dict[str, str]] = {}
        self.lists: Dict[str, List[str]] = {}
        self.order: List[str] = []

    def parse(self, text: str) -> "Manifest":
        section: Optional[str] = None
        for lineno, raw in enumerate(text.splitlines(), 1):
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            indent = len(raw) - len(raw.lstrip(" "))
            line = raw.strip()
            if indent == 0:
                key, sep, value = line.partition(":")
                if not sep:
                    raise SyntaxProblem(lineno, "expected 'key: value'")
                key = key.strip()
                if key in self.order:
                    raise SyntaxProblem(lineno, "duplicate key %r" % key)
                self.order.append(key)
                value = value.strip()
                if value:
                    self.scalars[key] = value.strip('"')
                    section = None
                else:
                    section = key
                continue
            if section is None:
                raise SyntaxProblem(lineno, "indented line outside a section")
            if line.startswith("- "):
                if section in self.maps:
                    raise SyntaxProblem(lineno, "mixing list and map in " + section)
                self.lists.setdefault(section, []).append(line[2:].strip())
            else:
                if section in self.lists:
                    raise SyntaxProblem(lineno, "mixing list and map in " + section)
                k, _, v = line.partition(":")
                self.maps.setdefault(section, {})[k.strip()] = v.strip()
        return self

    def get(self, key: str, default: str = "") -> str:
        return self.scalars.get(key, default)


def parse_cpu(text: str) -> int:
    """Return millicores."""
    if text.endswith("m"):
        return int(text[:-1])
    return int(float(text) * 1000)


def parse_mem(text: str) -> int:
    units = [("Gi", 1024), ("Mi", 1), ("G", 1000), ("M", 1)]
    for suffix, mult in units:
        if text.endswith(suffix):
            return int(text[:-len(suffix)]) * mult
    raise ValidationProblem("memory %r needs a unit" % text)


def split_image(image: str) -> Tuple[str, str]:
    slash = image.rfind("/")
    colon = image.rfind(":")
    if colon <= slash:
        return image, "latest"
    return image[:colon], image[colon + 1:]


def validate(m: Manifest, max_replicas: int = 20) -> List[str]:
    problems: List[str] = []
    for key in REQUIRED:
        if key not in m.scalars:
            problems.append("missing required key " + key)
    for key in m.order:
        if key not in ALLOWED_TOP:
            problems.append("unknown key " + key)
    replicas = m.get("replicas", "1")
    if not replicas.isdigit():
        problems.append("replicas must be an integer, got " + replicas)
    elif not 1 <= int(replicas) <= max_replicas:
        problems.append("replicas %s outside 1..%d" % (replicas, max_replicas))
    if "image" in m.scalars:
        repo, tag = split_image(m.get("image"))
        if tag == "latest":
            problems.append("image %s must pin a tag" % repo)
    res = m.maps.get("resources", {})
    try:
        cpu = parse_cpu(res.get("cpu", "100m"))
        mem = parse_mem(res.get("memory", "128Mi"))
    except ValidationProblem as e:
        problems.append(str(e))
    except ValueError as e:
        problems.append("resources: " + str(e))
    else:
        if cpu > 4000:
            problems.append(f"cpu {cpu}m above 4000m")
        if mem < 64:
            problems.append(f"memory {mem}Mi below 64Mi")
    seen: List[int] = []
    for p in m.lists.get("ports", []):
        if not p.isdigit() or not 0 < int(p) < 65536:
            problems.append("bad port " + p)
        elif int(p) in seen:
            problems.append("duplicate port " + p)
        else:
            seen.append(int(p))
    return problems


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: manifest_validate.py MANIFEST...", file=sys.stderr)
        return 64
    failed = 0
    for path in sys.argv[1:]:
        try:
            with open(path) as fh:
                manifest = Manifest().parse(fh.read())
        except SyntaxProblem as e:
            print("%s: syntax error at %s" % (path, e))
            failed += 1
            continue
        except OSError as e:
            raise ManifestError("cannot read " + path) from e
        problems = validate(manifest)
        name = manifest.get("service", "?")
        if problems:
            failed += 1
            print(f"{path}: {name}: {len(problems)} problem(s)")
            for i, p in enumerate(problems, 1):
                print(f"  {i:>2}. {p}")
        else:
            repo, tag = split_image(manifest.get("image"))
            ports = ",".join(manifest.lists.get("ports", [])) or "none"
            print(f"{path}: {name} ok (repo={repo} tag={tag} ports={ports})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
