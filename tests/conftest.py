"""Shared fixtures: one rule engine per session (loading and compiling ~240 rules is the slow part),
and `go`-marked tests skipped with a reason when the Go toolchain is absent."""

from __future__ import annotations

import shutil

import pytest

from py2go.ruleset.loader import load_ruleset
from py2go.translate.engine import RuleEngine


@pytest.fixture(scope="session")
def engine() -> RuleEngine:
    """The built-in rules, compiled once."""
    return RuleEngine(load_ruleset())


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """DESIGN §8: Go tests are skipped only when `go` is absent, and say so."""
    if shutil.which("go") is not None:
        return
    skip = pytest.mark.skip(reason="the Go toolchain (`go`) is not on PATH")
    for item in items:
        if item.get_closest_marker("go") is not None:
            item.add_marker(skip)
