"""Rule files: they load, their templates only use what a match provides, malformed files are
rejected with file and line, every rule has examples, and every example holds."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any

import pytest
from jinja2 import meta

from py2go.errors import RuleError
from py2go.ruleset.loader import builtin_data_dir, load_rule_file, load_ruleset
from py2go.ruleset.schema import Example, Rule
from py2go.translate.calls import RuleContext
from py2go.translate.driver import translate_source
from py2go.translate.engine import RuleEngine

REPO = Path(__file__).resolve().parents[1]
RULES_DIR = builtin_data_dir("rules")
TEMPLATES_DIR = builtin_data_dir("templates")
RULE_FILES = sorted(RULES_DIR.rglob("*.yaml"))
RULESET = load_ruleset()
RULES = sorted(RULESET.rules, key=lambda r: r.id)
# Names a template gets besides its captures: `ctx` always, `body`/`bind` for block rules.
CONTEXT_NAMES = {"expr": {"ctx"}, "type": {"ctx"}, "except": {"ctx"}, "assign": {"ctx"},
                 "iter": {"ctx", "body", "bind"}, "with": {"ctx", "body", "bind"}}  # fmt: skip
_MV = re.compile(r"\*\*\$(?P<kw>\w+)|\$\*(?P<star>\w+)|\$\?(?P<opt>\w+)|\$(?P<one>\w+)")


def _captures(rule: Rule) -> dict[str, str]:
    """Metavariables of the rule's pattern -> their shape (one, star, opt, kw)."""
    out: dict[str, str] = {}
    for m in _MV.finditer(rule.match):
        shape = m.lastgroup or "one"
        name = m.group(shape)
        if name != "_":
            out[name] = shape
    return out


def _template_source(rule: Rule) -> str:
    for d in RULESET.template_dirs:
        if (d / rule.emit.template).is_file():
            return (d / rule.emit.template).read_text(encoding="utf-8")
    raise AssertionError(f"{rule.id}: {rule.emit.template} not found")


def test_every_rule_file_loads_and_ids_are_unique() -> None:
    rules = [load_rule_file(path, [TEMPLATES_DIR]) for path in RULE_FILES]
    ids = [r.id for r in rules]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"rule ids used by more than one file: {duplicates}"
    assert len(RULESET.rules) == len(RULE_FILES)
    for rule in rules:
        assert rule.area == rule.source.parent.name and rule.summary.strip(), rule.id


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_template_uses_only_captures_and_context(rule: Rule, engine: RuleEngine) -> None:
    """A name the template reads that the pattern never captures is a StrictUndefined error waiting
    for the first script that matches; catch it for every rule, matched by the corpus or not."""
    names = meta.find_undeclared_variables(engine.env.parse(_template_source(rule)))
    unknown = names - set(_captures(rule)) - CONTEXT_NAMES[rule.kind]
    assert not unknown, (
        f"{rule.id}: template {rule.emit.template} uses {sorted(unknown)}, not captured by {rule.match!r}"
    )
    for capture in rule.where:
        assert capture in _captures(rule), f"{rule.id}: where names {capture}, not in {rule.match!r}"


class _Cap:
    """Stands in for translate.calls.Capture: Go text plus types, nothing else."""

    def __init__(self, name: str) -> None:
        self.code, self.type, self.elem, self.pytype, self.node, self.g, self.is_param = (
            f"v{name}", "T", "E", "str", None, None, False,
        )  # fmt: skip

    def __str__(self) -> str:
        return self.code


class _Ctx:
    """Stands in for RuleContext: only its real methods exist, so a typo in a template fails."""

    def __getattr__(self, name: str) -> Any:
        member = getattr(RuleContext, name, None)
        if name.startswith("_") or member is None:
            raise AttributeError(name)
        if isinstance(member, property):
            return f"ctx_{name}"
        return lambda *args, **kwargs: f"ctx_{name}"


def _stub_values(rule: Rule) -> dict[str, Any]:
    values: dict[str, Any] = {"ctx": None if rule.kind == "type" else _Ctx(), "body": "BODY", "bind": ":="}
    for name, shape in _captures(rule).items():
        values[name] = {"star": [_Cap(name + "1"), _Cap(name + "2")], "kw": {}}.get(shape, _Cap(name))
    return values


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_template_renders_with_strict_undefined(rule: Rule, engine: RuleEngine) -> None:
    """Render through the engine's own environment (StrictUndefined, its filters) with stub captures."""
    text = engine.render(rule, _stub_values(rule))
    assert text.strip(), f"{rule.id}: template rendered empty"


def _corpus() -> list[Path]:
    return sorted((REPO / "testdata" / "scripts").glob("*.py")) + sorted((REPO / "examples").glob("*.py"))


def test_templates_render_in_context_on_the_corpus(engine: RuleEngine) -> None:
    """Real captures from real scripts: no rule may fail to render (a RuleError) on any of them."""
    used: set[str] = set()
    failures = []
    for script in _corpus():
        try:
            result = translate_source(
                script.name, script.read_bytes(), engine, "example.com/r", "cmd/r/main.go"
            )
        except RuleError as exc:
            failures.append(f"{script.name}: {exc}")
            continue
        except Exception:  # noqa: BLE001 - internal errors are the differential suite's business
            continue
        used |= set(result.rules_used)
    assert not failures, "\n".join(failures)
    assert len(used) >= len(RULES) // 3, f"the corpus exercises only {len(used)} rules"


# --- malformed rule files -------------------------------------------------------------------------


def _write_rule(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


GOOD = "id: {id}\nsummary: len(list)\nkind: expr\nmatch: len($X)\nemit:\n  template: {template}\n"


@pytest.mark.parametrize(
    ("name", "text", "line", "words"),
    [
        ("bad-yaml", "id: bad-yaml\nsummary: [unclosed\nkind: expr\n", 3, "invalid YAML"),
        ("unknown-key", GOOD.format(id="unknown-key", template="expr/len-list.go.j2") + "colour: red\n", 1,
         "unknown keys: colour"),
        ("named-wrong", GOOD.format(id="other-name", template="expr/len-list.go.j2"), 1, "must equal the file name"),
        ("no-template", GOOD.format(id="no-template", template="expr/nowhere.go.j2"), 6, "not found"),
        ("missing-match", "id: missing-match\nsummary: s\nkind: expr\nemit: {template: expr/len-list.go.j2}\n", 1,
         "missing required key 'match'"),
        ("warn-when-alone", GOOD.format(id="warn-when-alone", template="expr/len-list.go.j2") + "warn_when: {X: t}\n", 1,
         "warn_when needs a warn code"),
    ],
    ids=lambda v: v if isinstance(v, str) and "-" in v and "\n" not in v else "",
)  # fmt: skip
def test_malformed_rule_file_names_file_and_line(
    tmp_path: Path, name: str, text: str, line: int, words: str
) -> None:
    path = _write_rule(tmp_path, name, text)
    with pytest.raises(RuleError) as info:
        load_rule_file(path, [TEMPLATES_DIR])
    message = str(info.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert words in message


def test_malformed_user_rule_fails_the_whole_load(tmp_path: Path) -> None:
    """A bad file in a --rules directory stops the run instead of being skipped silently."""
    _write_rule(tmp_path, "named-wrong", GOOD.format(id="other", template="expr/len-list.go.j2"))
    with pytest.raises(RuleError, match="named-wrong.yaml"):
        load_ruleset([tmp_path])


# --- rule examples (DESIGN §5: every example is a test) -------------------------------------------


def _example_params() -> list[Any]:
    return [
        pytest.param(rule, ex, id=f"{rule.id}[{i}]") for rule in RULES for i, ex in enumerate(rule.examples)
    ]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_builtin_rule_has_an_example() -> None:
    """Issue 4: every rule has examples, and they run as tests (test_rule_example)."""
    lacking = [rule.id for rule in RULES if not rule.examples]
    assert not lacking, f"{len(lacking)} rules have no `examples:`: {', '.join(lacking)}"


@pytest.mark.parametrize(("rule", "example"), _example_params())
def test_rule_example(
    rule: Rule, example: Example, engine: RuleEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`setup + python`, translated as a script, yields Go containing the example's `go` (whitespace-
    insensitive), through this very rule and without diagnostics."""
    rendered: set[str] = set()  # type rules are not counted in rules_used: watch them render
    render = engine.render

    def recording_render(r: Rule, values: dict[str, Any]) -> str:
        rendered.add(r.id)
        return render(r, values)

    monkeypatch.setattr(engine, "render", recording_render)
    source = f"{example.setup.rstrip()}\n{example.python.rstrip()}\n".lstrip("\n")
    result = translate_source(f"{rule.id}.py", source.encode(), engine, "example.com/ex", "cmd/ex/main.go")
    unexpected = [d for d in result.diagnostics if d.code != rule.warn]  # a rule may warn by design
    assert not unexpected, [d.text() for d in unexpected]
    assert result.go is not None
    assert _squash(example.go) in _squash(result.go), f"{rule.id}: {example.go!r} not in:\n{result.go}"
    applied = rule.id in (rendered if rule.kind == "type" else result.rules_used)
    assert applied, f"{rule.id} was not the rule applied: {sorted(result.rules_used)}"


# --- predicates on optional keywords --------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "codes"),
    [
        ('requests.get("http://h/")', []),  # timeout=$?TO absent: `TO: [numeric]` has nothing to check
        ('requests.get("http://h/", timeout=2.5)', []),
        ('requests.get("http://h/", timeout="2")', ["PG202"]),  # given, and not a number: no match
    ],
)
def test_where_on_optional_keyword_applies_only_when_given(
    call: str, codes: list[str], engine: RuleEngine
) -> None:
    source = f"import requests\nr = {call}\n"
    result = translate_source("opt.py", source.encode(), engine, "example.com/ex", "cmd/ex/main.go")
    assert [d.code for d in result.diagnostics] == codes


@pytest.mark.parametrize(
    ("code", "warned"),
    [
        ('r = requests.get("https://h/", verify=False)', ["PG306"]),
        ('r = requests.get("https://h/", verify=True)', []),  # requests' default: nothing disabled
        ('r = requests.get("https://h/")', []),
        ("s = requests.Session()\ns.verify = False", ["PG306"]),
        ("s = requests.Session()\ns.verify = True", []),
    ],
)
def test_warn_when_only_for_a_given_non_true_option(code: str, warned: list[str], engine: RuleEngine) -> None:
    source = f"import requests\n{code}\n"
    result = translate_source("w.py", source.encode(), engine, "example.com/ex", "cmd/ex/main.go")
    assert [d.code for d in result.diagnostics] == warned


@pytest.mark.parametrize(
    ("handler", "codes"),
    [
        ("except yaml.YAMLError:\n    print('bad')", []),
        ("except yaml.YAMLError as e:\n    print('bad')", []),  # bound but never read
        ("except yaml.YAMLError as e:\n    print(f'bad: {e}')", ["PG307"]),
        ("except yaml.scanner.ScannerError:\n    print('bad')", ["PG201"]),  # cannot be told apart in Go
    ],
)
def test_yaml_error_handlers(handler: str, codes: list[str], engine: RuleEngine) -> None:
    source = f"import yaml\ntry:\n    cfg = yaml.safe_load('a: 1')\n{handler}\n"
    result = translate_source("y.py", source.encode(), engine, "example.com/ex", "cmd/ex/main.go")
    assert [d.code for d in result.diagnostics] == codes


def test_assign_rule_only_for_library_objects(engine: RuleEngine) -> None:
    """`s.auth = ...` on a requests.Session is a rule's statement; a script class's own `auth`
    field is a plain field assignment and never reaches the rules."""
    source = (
        "import requests\n\nclass Client:\n    def __init__(self) -> None:\n        self.auth = ('a', 'b')\n\n"
        "c = Client()\nc.auth = ('x', 'y')\ns = requests.Session()\ns.auth = c.auth\n"
    )
    result = translate_source("a.py", source.encode(), engine, "example.com/ex", "cmd/ex/main.go")
    assert result.diagnostics == []
    assert "s.SetAuth(c.Auth)" in result.go and "c.Auth = pyrt.Tuple2" in result.go
