"""Core-language typing of values: mixed scalars are dynamic, not a PG402 (nor silently wrong)."""

from py2go.translate.driver import translate_source
from py2go.translate.engine import RuleEngine


def _go(source: str, engine: RuleEngine) -> tuple[str, list[str]]:
    result = translate_source("t.py", source.encode(), engine, "example.com/t", "cmd/t/main.go")
    return result.go or "", [d.code for d in result.diagnostics]


def test_conditional_expression_of_int_and_str_is_dynamic(engine: RuleEngine) -> None:
    """`n if n else "."` holds an int or a str, as Python prints either."""
    go, codes = _go('import sys\nn = len(sys.argv)\nprint("{:>8}".format(n if n > 1 else "."))\n', engine)
    assert codes == []
    assert "var v1 any" in go.replace("\t", "") or " any\n" in go


def test_dict_display_of_mixed_scalars_keeps_none_as_none(engine: RuleEngine) -> None:
    """A set Optional goes into the dynamic value as its value, None as nil (never a pointer)."""
    src = 'import os\nerr = os.environ.get("E")\nd = {"step": "x", "rc": 3, "stderr": err}\nprint(d)\n'
    go, codes = _go(src, engine)
    assert codes == []
    assert "pyrt.NewDict[string, any]()" in go
    assert "pyrt.OptValue(err_)" in go


def test_dict_display_mixing_a_list_and_scalars_is_refused_only_if_the_list_grows(engine: RuleEngine) -> None:
    """A list inside a dynamic value would stop sharing later appends with the variable: the
    payload itself translates, a growth after storing it is PG304."""
    src = 'import sys\nxs = sys.argv[1:]\nd = {"n": 1, "args": xs}\nxs.append("z")\nprint(d)\n'
    _, codes = _go(src, engine)
    assert "PG304" in codes
    _, codes = _go(src.replace('xs.append("z")\n', ""), engine)
    assert not codes


def test_dict_display_of_bools_and_ints_is_dynamic(engine: RuleEngine) -> None:
    """{"ok": True, "status": 200}: joined as int, json.dumps would write 1 for True."""
    go, codes = _go('import json\nprint(json.dumps({"status": 200, "ok": True}))\n', engine)
    assert codes == []
    assert "pyrt.NewDict[string, any]()" in go


def test_list_display_of_a_str_and_numbers_is_dynamic(engine: RuleEngine) -> None:
    """[name, count, round(total, 2)] (a csv row) holds each item as it is, not a PG402."""
    go, codes = _go("import sys\nn = len(sys.argv)\nprint([sys.argv[-1], n, n / 2])\n", engine)
    assert codes == []
    assert "[]any{" in go


def test_a_number_printed_while_int_or_float_is_dynamic(engine: RuleEngine) -> None:
    """`n` is an int until it is divided: float64 would print 10.0 where Python prints 10."""
    src = 'def human(n):\n    if n < 1024:\n        return f"{n}B"\n    n /= 1024\n    return f"{n:.1f}K"\n\nprint(human(10))\n'
    go, codes = _go(src, engine)
    assert codes == []
    assert "func human(n any) string" in go
    assert "pyrt.Str(n)" in go
    # formatted with a float presentation type only: float64 prints the same, stays static
    go, _ = _go(src.replace('f"{n}B"', 'f"{n:.0f}B"'), engine)
    assert "func human(n float64) string" in go


def test_a_dict_that_holds_itself_is_dynamic(engine: RuleEngine) -> None:
    """A recursive merge would need an infinite type (dict[str, dict[str, ...]])."""
    src = (
        "def merge(a, b):\n    out = dict(a)\n    for k, v in b.items():\n"
        "        if isinstance(v, dict) and isinstance(out.get(k), dict):\n"
        "            out[k] = merge(out[k], v)\n        else:\n            out[k] = v\n    return out\n\n"
        'import json\nprint(merge(json.loads(\'{"x": {"y": 1}}\'), json.loads(\'{"x": {"z": 2}}\')))\n'
    )
    go, codes = _go(src, engine)
    assert "PG105" not in codes and "PG402" not in codes, codes  # was an internal RecursionError
    assert "pyrt.DynIsInstance(" in go  # isinstance on dynamic values, checked at run time


def test_two_loops_binding_one_name_beside_globals_declare_it_apart(engine: RuleEngine) -> None:
    """Module-level loops whose other names are globals declare the loop name before the loop:
    once per loop, under distinct Go names (go vet: redeclared in this block)."""
    src = (
        'hosts = ["a", "b"]\nports = [1, 2]\nfor h, p in zip(hosts, ports):\n    print(h, p)\n'
        "for i, h in enumerate(hosts, 1):\n    print(i, h)\n"
    )
    go, codes = _go(src, engine)
    assert codes == []
    run = go.split("func run() error {", 1)[1]
    decls = [line.strip() for line in run.splitlines() if line.strip().startswith("var h")]
    assert len(decls) == 2 and len(set(decls)) == 2, decls
