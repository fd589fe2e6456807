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
