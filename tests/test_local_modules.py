"""Local modules: a file other scripts import becomes `internal/<module>`, typed by its importers,
converted again when any file of its import group changes, and refused where types disagree."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from py2go.cli import app
from py2go.discover import discover, has_main_guard, imported_modules

runner = CliRunner()

LIB = """\
import os

PREFIX = "OPS_"


def setting(name, default):
    return os.environ.get(PREFIX + name.upper(), default)


def scaled(value, factor=2):
    return value * factor


def ratio(done: int, total: int) -> float:
    return done / total
"""
USER = """\
import sys
import opslib
from opslib import scaled, PREFIX

print(PREFIX, opslib.setting("mode", "dev"))
print(scaled(21), scaled(1.5, 3))
print(f"{opslib.ratio(1, 4):.2f}")
"""


def _convert(src: Path, out: Path, *extra: str) -> tuple[int, str]:
    result = runner.invoke(app, ["convert", str(src), "-o", str(out), "--module", "example.com/t", *extra])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def _write(root: Path, files: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_import_scan_finds_top_level_modules() -> None:
    text = "import os, sys\nimport common as c\nfrom lib import x\n    import a.b\nx = 1  # import z\n"
    assert imported_modules(text) == {"os", "sys", "common", "lib", "a"}
    assert has_main_guard('if __name__ == "__main__":\n    main()\n')
    assert not has_main_guard("def main():\n    pass\n")


def test_plan_libraries_commands_and_both(tmp_path: Path) -> None:
    src = _write(
        tmp_path / "s",
        {
            "pyrt.py": "def f():\n    return 1\n",  # a module named like the runtime package
            "tool.py": "import pyrt\nimport both\nprint(pyrt.f(), both.g())\n",
            "both.py": 'def g():\n    return 2\n\nif __name__ == "__main__":\n    print(g())\n',
        },
    )
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "lone.py").write_text("import both\n", encoding="utf-8")  # not next to both.py
    plan = {(p.rel, p.package): p for p in discover([src, tmp_path / "other"])}
    assert set(plan) == {
        ("both.py", "internal/both"),
        ("both.py", "cmd/both"),
        ("pyrt.py", "internal/pyrt2"),
        ("tool.py", "cmd/tool"),
        ("lone.py", "cmd/lone"),
    }
    assert plan[("tool.py", "cmd/tool")].deps == (("both", "internal/both"), ("pyrt", "internal/pyrt2"))
    assert plan[("lone.py", "cmd/lone")].deps == ()
    assert plan[("both.py", "internal/both")].go_file == "internal/both/both.go"


@pytest.mark.go
def test_library_package_is_typed_by_its_importers(tmp_path: Path) -> None:
    if shutil.which("go") is None:
        pytest.skip("go is not on PATH")
    src = _write(tmp_path / "s", {"opslib.py": LIB, "user.py": USER})
    code, output = _convert(src, tmp_path / "out")
    assert code == 0, output
    lib = (tmp_path / "out" / "internal" / "opslib" / "opslib.go").read_text(encoding="utf-8")
    assert "package opslib" in lib
    assert "func Setting(name string, default_ string) string" in lib  # typed by user.py's call
    assert "func Scaled(value float64, factor int) float64" in lib  # 21 and 1.5 widen to float
    assert "func Ratio(done int, total int) float64" in lib
    main = (tmp_path / "out" / "cmd" / "user" / "main.go").read_text(encoding="utf-8")
    assert '"example.com/t/internal/opslib"' in main
    assert "opslib.Scaled(21.0, 2)" in main and "opslib.Prefix" in main
    manifest = json.loads((tmp_path / "out" / "py2go-manifest.json").read_text(encoding="utf-8"))
    assert {(e["python"], e["package"], e["library"]) for e in manifest["files"]} == {
        ("opslib.py", "internal/opslib", True),
        ("user.py", "cmd/user", False),
    }


def test_changing_a_module_reconverts_its_importers(tmp_path: Path) -> None:
    src = _write(tmp_path / "s", {"opslib.py": LIB, "user.py": USER, "alone.py": "print('hi')\n"})
    out = tmp_path / "out"
    assert _convert(src, out, "--no-build")[0] == 0
    _, again = _convert(src, out, "--no-build")
    assert "(0 converted, 3 unchanged)" in again
    (src / "opslib.py").write_text(LIB + "\nLIMIT = 3\n", encoding="utf-8")
    _, changed = _convert(src, out, "--no-build")
    assert "(2 converted, 1 unchanged)" in changed  # the module and its importer, not alone.py


def test_argument_that_does_not_fit_an_annotated_parameter_is_refused(tmp_path: Path) -> None:
    src = _write(
        tmp_path / "s", {"opslib.py": LIB, "user.py": 'import opslib\nprint(opslib.ratio("1", 4))\n'}
    )
    code, output = _convert(src, tmp_path / "out", "--no-build")
    assert code == 1
    assert (
        "user.py:2:7: PG402 argument 'done' of opslib.ratio() is str here, but opslib.py types it as int"
        in output
    )


MODELS = """\
from dataclasses import dataclass
import enum


class InvError(Exception):
    pass


class ParseFail(InvError):
    def __init__(self, line: int):
        super().__init__(f"bad line {line}")
        self.line = line


class Level(enum.Enum):
    LOW = 1


@dataclass
class Host:
    name: str
    port: int = 22

    @property
    def addr(self) -> str:
        return f"{self.name}:{self.port}"

    @classmethod
    def parse(cls, text: str) -> "Host":
        name, _, port = text.partition(":")
        return cls(name, int(port or 22))


class Inventory:
    def __init__(self, title):
        self.title = title
        self.name = "x"

    def name_(self) -> str:
        return self.title
"""


@pytest.mark.go
def test_classes_of_a_module_are_shared_with_importers(tmp_path: Path) -> None:
    if shutil.which("go") is None:
        pytest.skip("go is not on PATH")
    user = (
        "import models\nfrom models import Host, InvError\n"
        "h = Host.parse('db1:5432')\nprint(h.addr, models.Host('a').port, models.Inventory('t').title)\n"
        "try:\n    raise InvError('x')\nexcept InvError as e:\n    print(e)\n"
    )
    src = _write(tmp_path / "s", {"models.py": MODELS, "user.py": user})
    code, output = _convert(src, tmp_path / "out")
    assert code == 0, output
    lib = (tmp_path / "out" / "internal" / "models" / "models.go").read_text(encoding="utf-8")
    assert "func NewHost(name string, port int) *Host" in lib  # exported constructor
    assert "func (h *Host) Addr() string" in lib  # exported property getter
    assert "func HostParse(text string) (*Host, error)" in lib  # classmethod: a function
    assert "func NewInventory(title string) *Inventory" in lib  # typed by the importer's call
    assert "func (i *Inventory) Name_() string" in lib  # the field Name keeps its name
    assert '"models.InvError", "InvError"' in lib  # tracebacks say models.InvError
    main = (tmp_path / "out" / "cmd" / "user" / "main.go").read_text(encoding="utf-8")
    assert "models.HostParse(" in main and ".Addr()" in main
    assert 'models.NewHost("a", 22)' in main
    assert "var e models.InvErrorObj" in main  # with a subclass: its interface


@pytest.mark.parametrize(
    ("user", "message"),
    [
        (
            "from models import Level\nprint(Level.LOW)\n",
            "PG201 class 'Level' of the local module models.py is not shared: an enum",
        ),
        (
            "from models import Host\nclass Db(Host):\n    pass\nprint(Db('a'))\n",
            "PG103 Db derives from Host of a local module",
        ),
        (
            "from models import ParseFail\ntry:\n    raise ParseFail(3)\nexcept Exception as e:\n    print(e.line)\n",
            "PG104 attribute 'line' of an exception caught as a builtin class",
        ),
    ],
    ids=["enum", "subclass", "attr-of-exception"],
)
def test_what_importers_cannot_do_with_module_classes_is_refused(
    tmp_path: Path, user: str, message: str
) -> None:
    src = _write(tmp_path / "s", {"models.py": MODELS, "user.py": user})
    code, output = _convert(src, tmp_path / "out", "--no-build")
    assert code == 1
    assert message in output, output
