"""Inference of unannotated code: split rebindings, dynamic records, method-typed receivers,
subcommand handlers. Each test pins a decision that must not silently become a wrong type."""

import libcst as cst
import pytest

from py2go.analysis.argparse_facts import argparse_dests, handler_dests, module_constants
from py2go.analysis.scopes import split_points
from py2go.analysis.types import ANY, FLOAT, INT, STR, DictT, ListT, Unifier, dynamic_ok
from py2go.translate.driver import translate_source
from py2go.translate.engine import RuleEngine


def _go(source: str, engine: RuleEngine) -> tuple[str, list[str]]:
    result = translate_source("t.py", source.encode(), engine, "example.com/t", "cmd/t/main.go")
    return result.go or "", [d.code for d in result.diagnostics]


def _body(src: str) -> cst.IndentedBlock:
    fn = cst.parse_module(src).body[0]
    assert isinstance(fn, cst.FunctionDef) and isinstance(fn.body, cst.IndentedBlock)
    return fn.body


# ---------------------------------------------------------------- split_points (analysis)
def test_split_points_top_level_rebinding() -> None:
    body = _body("def f():\n    raw = g()\n    print(raw)\n    raw = int(raw)\n    return raw\n")
    found = split_points(body, "raw")
    assert found is not None
    points, before = found
    assert len(points) == 2 and before is False


def test_split_points_parameter_is_bound_before() -> None:
    body = _body("def f(raw):\n    raw = int(raw)\n    return raw\n")
    assert split_points(body, "raw", is_param=True) == (
        [body.body[0].body[0]],  # type: ignore[attr-defined]
        True,
    )


def test_split_points_unpacking_binds_the_current_variable() -> None:
    body = _body(
        'def f(arg):\n    user, _, limit = arg.partition("=")\n    limit = int(limit)\n    return limit\n'
    )
    found = split_points(body, "limit")
    assert found is not None and found[1] is True and len(found[0]) == 1


def test_split_points_inside_one_block_holding_every_use() -> None:
    body = _body(
        "def f(argv):\n    if argv:\n        n = argv[0]\n        n = int(n)\n        print(n)\n    return 0\n"
    )
    found = split_points(body, "n")
    assert found is not None and len(found[0]) == 2


@pytest.mark.parametrize(
    "src",
    [
        # a binding in a branch: which variable holds the value after the if is not static
        "def f(c):\n    x = '1'\n    if c:\n        x = int(x)\n    return x\n",
        # a loop target
        "def f(xs):\n    x = '1'\n    for x in xs:\n        pass\n    x = int(x)\n",
        # a closure would read whichever binding is current when it runs
        "def f():\n    x = '1'\n    g = lambda: x\n    x = int(x)\n    return g\n",
        # global
        "def f():\n    global x\n    x = '1'\n    x = int(x)\n",
        # a loop body reading the name before binding it sees the previous iteration's value
        "def f(xs):\n    x = 0\n    for s in xs:\n        print(x)\n        x = s\n        x = int(x)\n",
        # with / except targets
        "def f():\n    x = '1'\n    with open(x) as x:\n        pass\n",
    ],
)
def test_split_points_refuses_unsound_rebindings(src: str) -> None:
    assert split_points(_body(src), "x") is None


# ---------------------------------------------------------------- unifier
def test_widen_values_rebinds_the_variable_holding_a_dict() -> None:
    u = Unifier()
    v = u.fresh()
    u.join(v, DictT(STR, INT))
    assert u.widen_values(v)
    assert u.deep(v) == DictT(STR, ANY)


def test_widen_values_needs_a_variable() -> None:
    """A display's own type (no variable holds it) cannot be widened: the caller reports PG402."""
    assert not Unifier().widen_values(DictT(STR, INT))


def test_join_makes_the_giving_side_dynamic_too() -> None:
    """Go containers are invariant: a dict[str, int] variable flowing into a dict of dynamic
    values becomes one as well, or the Go would not compile."""
    u = Unifier()
    dyn, typed = u.fresh(), u.fresh()
    u.join(dyn, DictT(STR, ANY))
    u.join(typed, DictT(STR, INT))
    u.join(dyn, typed)
    assert u.deep(typed) == DictT(STR, ANY)


def test_join_of_int_and_float_lists_still_widens_only_the_receiver() -> None:
    u = Unifier()
    a, b = u.fresh(), u.fresh()
    u.join(a, ListT(FLOAT))
    u.join(b, ListT(INT))
    u.join(a, b)
    assert u.deep(b) == ListT(INT)


@pytest.mark.parametrize(
    ("t", "ok"),
    [
        (STR, True),
        (ListT(STR), True),
        (DictT(STR, INT), True),
        (DictT(INT, STR), False),
        (ListT(ListT(FLOAT)), True),
    ],
)
def test_dynamic_ok(t: object, ok: bool) -> None:
    assert dynamic_ok(t) is ok  # type: ignore[arg-type]


# ---------------------------------------------------------------- rule facts
def test_receiver_type_from_the_rules(engine: RuleEngine) -> None:
    assert engine.receiver_type("encode") == "str"
    assert engine.receiver_type("groups") == "match"
    assert engine.receiver_type("get") is None  # dict.get, dynamic .get, ... : no single type
    assert engine.receiver_type("no_such_method_anywhere") is None


def test_handler_dests_and_constants() -> None:
    src = (
        "import argparse\nSTATE = 'v.json'\ndef show(a): pass\ndef bump(a): pass\n"
        "p = argparse.ArgumentParser()\np.add_argument('--file', default=STATE)\n"
        "s = p.add_subparsers()\ns.add_parser('show').set_defaults(func=show)\n"
        "s.add_parser('bump').set_defaults(func=bump, mode=1)\n"
    )
    module = cst.parse_module(src)
    assert handler_dests(module) == {"func": ["show", "bump"]}
    assert set(module_constants(module)) == {"STATE"}
    dests = argparse_dests(module)
    assert dests["file"] == "str" and dests["func"] == "str"


def test_a_name_set_to_other_values_is_not_a_handler() -> None:
    src = "def show(a): pass\np.set_defaults(func=show)\nq.set_defaults(func=None)\n"
    assert handler_dests(cst.parse_module(src)) == {}


# ---------------------------------------------------------------- translation
def test_rebound_parameter_becomes_two_go_variables(engine: RuleEngine) -> None:
    src = "import sys\ndef f(raw):\n    raw = int(raw)\n    return raw + 1\nprint(f(sys.argv[1]))\n"
    go, codes = _go(src, engine)
    assert codes == []
    assert "func f(raw string) (int, error)" in go
    assert "raw2 := v1" in go


def test_rebinding_in_a_branch_stays_pg402(engine: RuleEngine) -> None:
    src = "import sys\ndef f(raw):\n    if raw:\n        raw = int(raw)\n    return raw\nprint(f(sys.argv[1]))\n"
    _, codes = _go(src, engine)
    assert "PG402" in codes


def test_record_dict_widens_to_dynamic_values(engine: RuleEngine) -> None:
    src = 'import sys\ndef main():\n    state = {"runs": 0}\n    state["cmd"] = " ".join(sys.argv)\n    print(state)\nmain()\n'
    go, codes = _go(src, engine)
    assert codes == []
    assert "pyrt.NewDict[string, any]()" in go


def test_library_rows_are_not_widened(engine: RuleEngine) -> None:
    """csv.DictReader rows are dict[str, str] in Go: a bool stored into one is PG402, never Go
    that cannot compile."""
    src = (
        "import csv\ndef main():\n    with open('a.csv') as fh:\n        for row in csv.DictReader(fh):\n"
        "            row['ok'] = row['x'] == 'y'\n            print(row)\nmain()\n"
    )
    _, codes = _go(src, engine)
    assert "PG402" in codes


def test_int_and_float_in_one_record_stay_apart(engine: RuleEngine) -> None:
    src = 'def main():\n    s = {"runs": 0, "total": 0.0}\n    print(s)\nmain()\n'
    go, codes = _go(src, engine)
    assert codes == []
    assert 'Set("runs", 0)' in go and "NewDict[string, any]" in go


def test_method_name_types_an_unannotated_parameter(engine: RuleEngine) -> None:
    """Nothing calls `tag`, yet `value.encode()` says it takes a str (no PG401)."""
    src = "import hashlib\ndef tag(value):\n    return hashlib.sha1(value.encode()).hexdigest()\n"
    go, codes = _go(src, engine)
    assert "PG401" not in codes
    assert "func tag(value string) string" in go


def test_parameter_given_json_data_is_not_pg401(engine: RuleEngine) -> None:
    """A parameter whose callers pass dynamic values was inferred (as `any`): no PG401."""
    src = (
        "import json, sys\nfrom typing import Any\ndef show(v):\n    print(v)\n"
        "data: dict[str, Any] = json.loads(sys.argv[1])\nshow(data['k'])\n"
    )
    _, codes = _go(src, engine)
    assert "PG401" not in codes
    _, codes = _go("def show(v):\n    print(v)\n", engine)
    assert "PG401" in codes
