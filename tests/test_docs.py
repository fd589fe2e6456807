"""The committed docs are exactly what py2go.docsgen produces, so they can never drift from the code."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from py2go import docsgen
from py2go.diagnostics.codes import CODES

REPO = Path(__file__).resolve().parents[1]
GENERATED = docsgen.generate()


@pytest.mark.parametrize("rel", sorted(GENERATED), ids=str)
def test_committed_page_is_current(rel: Path) -> None:
    """A page edited by hand, or a registry/rule change without regenerating, fails here."""
    path = REPO / rel
    assert path.is_file(), f"{rel} is missing: run `{docsgen.REGENERATE}`"
    committed = path.read_text(encoding="utf-8")
    if committed != GENERATED[rel]:
        diff = "".join(
            difflib.unified_diff(
                committed.splitlines(keepends=True),
                GENERATED[rel].splitlines(keepends=True),
                f"{rel} (committed)",
                f"{rel} (generated)",
                n=1,
            )
        )
        pytest.fail(f"{rel} is stale: run `{docsgen.REGENERATE}`\n{diff[:4000]}")


def test_every_code_has_a_page_and_no_page_lacks_a_code() -> None:
    """The CLI's `help:` lines link docs/codes/<code>.md; every link must resolve, and a removed
    code must not leave a page behind."""
    pages = {p.stem for p in (REPO / "docs" / "codes").glob("PG*.md")}
    assert pages == set(CODES), (
        f"pages without codes: {pages - set(CODES)}; codes without pages: {set(CODES) - pages}"
    )


@pytest.mark.parametrize("code", sorted(CODES))
def test_code_page_has_every_section_with_registry_text(code: str) -> None:
    """Each page states What / Why / Example / How to fix, taken from the registry entry."""
    entry = CODES[code]
    page = docsgen.code_page(entry)
    sections = [line for line in page.splitlines() if line.startswith("## ")]
    assert sections == ["## What it does", "## Why", "## Example", "## How to fix"]
    for text in (entry.summary, entry.why, entry.example, entry.fix, entry.name):
        assert text in page


def test_index_links_every_code_and_says_how_to_regenerate() -> None:
    index = (REPO / "docs" / "codes" / "README.md").read_text(encoding="utf-8")
    for code in CODES:
        assert f"]({code}.md)" in index
    assert docsgen.REGENERATE in index


def test_catalogue_lists_every_rule_with_its_pattern_and_template() -> None:
    from py2go.ruleset.loader import load_ruleset

    ruleset = load_ruleset()
    text = docsgen.translation_catalogue(ruleset)
    for rule in ruleset.rules:
        assert f"### `{rule.id}`" in text
        assert rule.match in text
        assert f"templates/{rule.emit.template}" in text
        if rule.caveats:
            assert rule.caveats in text


def test_fence_outgrows_backticks_in_go_raw_strings() -> None:
    """A Go template with a raw string must not close the Markdown fence early."""
    fenced = docsgen._fence("x := `a```b`", "go")
    assert fenced.startswith("````go\n") and fenced.endswith("\n````\n")


def test_write_docs_is_idempotent_and_removes_pages_of_removed_codes(tmp_path: Path) -> None:
    (tmp_path / "docs" / "codes").mkdir(parents=True)
    (tmp_path / "docs" / "codes" / "PG999.md").write_text("old\n", encoding="utf-8")
    first = docsgen.write_docs(tmp_path)
    assert tmp_path / "docs" / "codes" / "PG999.md" in first
    assert not (tmp_path / "docs" / "codes" / "PG999.md").exists()
    assert {p.relative_to(tmp_path) for p in first if p.exists()} == set(GENERATED)
    assert docsgen.write_docs(tmp_path) == []


def test_main_refuses_a_directory_that_is_not_the_repo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert docsgen.main([str(tmp_path)]) == 2
    assert "not the py2go repository root" in capsys.readouterr().err
