"""Find rule files and templates, validate them, and let user rules override built-ins by id."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from py2go.errors import RuleError
from py2go.ruleset.gomodules import pinned_modules
from py2go.ruleset.predicates import known as known_predicate
from py2go.ruleset.schema import KINDS, Emit, Example, Rule, freeze_where

_TOP_KEYS = {
    "id",
    "summary",
    "kind",
    "match",
    "where",
    "otherwise",
    "emit",
    "caveats",
    "examples",
    "priority",
    "binds",
    "unify",
    "coerce",
    "warn",
    "warn_when",
    "annotations",
    "mutates",
    "stores",
    "shows",
    "callables",
}
_EMIT_KEYS = {"template", "imports", "returns", "fallible", "modules"}


def builtin_data_dir(name: str) -> Path:
    """`rules/` or `templates/`: inside the wheel (`py2go/_data/`) or, in a checkout, the repo root."""
    packaged = resources.files("py2go").joinpath("_data", name)
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / name


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when installed: 10x faster
    """SafeLoader that remembers where each mapping starts, for error messages."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _fail(path: Path, line: int | None, message: str) -> RuleError:
    where = f"{path}:{line}" if line else str(path)
    return RuleError(f"{where}: {message}")


def load_rule_file(path: Path, template_dirs: Iterable[Path]) -> Rule:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise _fail(path, mark.line + 1 if mark else None, f"invalid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise _fail(path, 1, "a rule file must be a mapping")
    line = raw.pop("__line__", 1)
    unknown = set(raw) - _TOP_KEYS
    if unknown:
        raise _fail(path, line, f"unknown keys: {', '.join(sorted(unknown))}")
    for key in ("id", "summary", "kind", "match", "emit"):
        if key not in raw:
            raise _fail(path, line, f"missing required key '{key}'")
    if raw["id"] != path.stem:
        raise _fail(path, line, f"id '{raw['id']}' must equal the file name '{path.stem}'")
    if raw["kind"] not in KINDS:
        raise _fail(path, line, f"kind must be one of {', '.join(KINDS)}, not '{raw['kind']}'")
    emit_raw = raw["emit"]
    if not isinstance(emit_raw, dict):
        raise _fail(path, line, "emit must be a mapping")
    emit_line = emit_raw.pop("__line__", line)
    unknown = set(emit_raw) - _EMIT_KEYS
    if unknown:
        raise _fail(path, emit_line, f"unknown emit keys: {', '.join(sorted(unknown))}")
    if "template" not in emit_raw:
        raise _fail(path, emit_line, "emit.template is required")
    template = str(emit_raw["template"])
    if not any((d / template).is_file() for d in template_dirs):
        raise _fail(path, emit_line, f"template '{template}' not found")
    imports = tuple(emit_raw.get("imports") or ())
    modules = tuple(str(m) for m in emit_raw.get("modules") or ())
    for mod in modules:
        if mod not in pinned_modules():
            raise _fail(path, emit_line, f"module '{mod}' is not pinned in py2go/runtime/go_modules.yaml")
    where_raw = raw.get("where") or {}
    where_raw.pop("__line__", None)
    where = freeze_where(where_raw)
    for capture, preds in where.items():
        for pred in preds:
            if not known_predicate(pred):
                raise _fail(path, line, f"unknown predicate '{pred}' on {capture}")
    otherwise = {k: str(v) for k, v in (raw.get("otherwise") or {}).items() if k != "__line__"}
    if raw.get("warn_when") and not raw.get("warn"):
        raise _fail(path, line, "warn_when needs a warn code")
    examples = []
    for ex in raw.get("examples") or ():
        ex.pop("__line__", None)
        examples.append(Example(python=ex["python"], go=ex["go"], setup=ex.get("setup", "")))
    return Rule(
        id=raw["id"],
        summary=raw["summary"],
        kind=raw["kind"],
        match=raw["match"],
        emit=Emit(
            template=template,
            imports=tuple(i for i in imports if i != "pyrt"),
            returns=emit_raw.get("returns"),
            fallible=bool(emit_raw.get("fallible", False)),
            needs_pyrt="pyrt" in imports,
            modules=modules,
        ),
        where=where,
        otherwise=otherwise,
        caveats=str(raw.get("caveats", "")).strip(),
        examples=tuple(examples),
        priority=int(raw.get("priority", 0)),
        warn=str(raw.get("warn", "")),
        warn_when={k: str(v) for k, v in (raw.get("warn_when") or {}).items() if k != "__line__"},
        mutates=str(raw.get("mutates", "")),
        stores=str(raw.get("stores", "")),
        shows=str(raw.get("shows", "")),
        annotations=tuple(str(a) for a in raw.get("annotations") or ()),
        coerce={k: str(v) for k, v in (raw.get("coerce") or {}).items() if k != "__line__"},
        unify={k: str(v) for k, v in (raw.get("unify") or {}).items() if k != "__line__"},
        binds={k: str(v) for k, v in (raw.get("binds") or {}).items() if k != "__line__"},
        callables={
            k: tuple(str(t) for t in (v if isinstance(v, list) else [v]))
            for k, v in (raw.get("callables") or {}).items()
            if k != "__line__"
        },
        source=path,
        area=path.parent.name,
    )


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    template_dirs: tuple[Path, ...]
    fingerprint: str  # changes when any rule or template changes: part of the skip-unchanged key

    def by_kind(self, kind: str) -> list[Rule]:
        return [r for r in self.rules if r.kind == kind]


def _fingerprint(dirs: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for d in dirs:
        for f in sorted(d.rglob("*")):
            if f.is_file():
                digest.update(str(f.relative_to(d)).encode())
                digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


def load_ruleset(extra_dirs: Iterable[Path] = ()) -> RuleSet:
    """Built-in rules, then each extra directory; a later rule with the same id replaces the earlier one."""
    extra_dirs = [Path(d) for d in extra_dirs]
    rule_dirs = [builtin_data_dir("rules"), *extra_dirs]
    template_dirs = [
        *(d / "templates" for d in reversed(extra_dirs)),
        *extra_dirs[::-1],
        builtin_data_dir("templates"),
    ]
    template_dirs = [d for d in template_dirs if d.is_dir()]
    by_id: dict[str, Rule] = {}
    for d in rule_dirs:
        if not d.is_dir():
            raise RuleError(f"{d}: rule directory not found")
        base = d / "rules" if (d / "rules").is_dir() else d
        for path in sorted(base.rglob("*.yaml")):
            rule = load_rule_file(path, template_dirs)
            by_id[rule.id] = rule
    ordered = sorted(by_id.values(), key=lambda r: (-r.priority, r.area, r.id))
    return RuleSet(tuple(ordered), tuple(template_dirs), _fingerprint([*rule_dirs, *template_dirs]))
