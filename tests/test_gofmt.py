"""Batch formatting: one gofmt process for many sources, each rejected one reported alone."""

from __future__ import annotations

import shutil

import pytest

from py2go.errors import BuildError
from py2go.gofmt import gofmt_many

pytestmark = pytest.mark.skipif(shutil.which("gofmt") is None, reason="gofmt is not on PATH")


def test_gofmt_many_formats_each_and_isolates_a_rejected_source() -> None:
    good = "package main\nfunc  main() {\nx:=1\n_ = x}\n"
    tidy = "package main\n\nfunc main() {}\n"
    results = gofmt_many([("a.go", good), ("b.go", "package main\nfunc main( {\n"), ("c.go", tidy)])
    assert results[0] == "package main\n\nfunc main() {\n\tx := 1\n\t_ = x\n}\n"
    assert isinstance(results[1], BuildError) and "b.go: gofmt rejected generated code" in str(results[1])
    assert results[2] == tidy
    assert gofmt_many([]) == []
