"""argparse destination types: a destination with a literal default is never None."""

import libcst as cst
import pytest

from py2go.analysis.argparse_facts import argparse_dests


@pytest.mark.parametrize(
    ("call", "want"),
    [
        ('p.add_argument("--n", type=int, default=-1)', "int"),
        ('p.add_argument("--f", type=float, default=-0.5)', "float"),
        ('p.add_argument("--n", type=int, default=3)', "int"),
        ('p.add_argument("--n", type=int)', "Optional[int]"),
        ('p.add_argument("--n", type=int, default=-LIMIT)', "Optional[int]"),
        ('p.add_argument("--o", action="append", default=[])', "list[str]"),
        ('p.add_argument("--o", action="append")', "Optional[list[str]]"),
        ('p.add_argument("--o", action="append", default=DEFAULTS)', "Optional[list[str]]"),
    ],
)
def test_dest_type_of_literal_defaults(call: str, want: str) -> None:
    """A negative number is a unary minus in the syntax tree, but still a literal default."""
    dests = argparse_dests(cst.parse_module(call + "\n"))
    assert list(dests.values()) == [want]
