"""The wheel is self-contained: built, installed into a fresh venv, run from outside the checkout, it
finds rules/ and templates/ (and the pyrt runtime) inside the installed package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
INSTALL_TIMEOUT = 180
NETWORK_TROUBLE = (
    "Could not find a version",
    "No matching distribution",
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "Max retries exceeded",
    "ProxyError",
    "Read timed out",
)

pytestmark = pytest.mark.slow

SCRIPT = """\
import sys

disks = {"sda": 91, "sdb": 40}
for name in sorted(disks):
    if disks[name] > 90:
        print(f"{name}: {disks[name]}% used", file=sys.stderr)
print(len(disks), "disks checked")
"""


def _run(argv: list[str | Path], cwd: Path, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in argv], cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel with hatchling (no network), install it into a fresh venv; return its bin/."""
    root = tmp_path_factory.mktemp("wheel")
    dist = root / "dist"
    build = _run([sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", dist], cwd=REPO)
    assert build.returncode == 0, build.stdout + build.stderr
    wheels = sorted(dist.glob("py2go-*.whl"))
    assert len(wheels) == 1, wheels
    venv = root / "venv"
    made = _run([sys.executable, "-m", "venv", venv], cwd=root)
    assert made.returncode == 0, made.stderr
    bin_dir = venv / "bin"
    try:
        pip = _run([bin_dir / "python", "-m", "pip", "install", "-q", "--disable-pip-version-check", wheels[0]],
                   cwd=root, timeout=INSTALL_TIMEOUT)  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.skip(f"installing the wheel's dependencies from PyPI took over {INSTALL_TIMEOUT}s")
    if pip.returncode != 0 and any(t in pip.stderr for t in NETWORK_TROUBLE):
        pytest.skip(f"pip cannot reach the package index for the dependencies: {pip.stderr.strip()[-300:]}")
    assert pip.returncode == 0, pip.stderr
    return bin_dir


def test_wheel_ships_rules_templates_and_runtime(installed: Path) -> None:
    listing = _run([installed / "python", "-c", "import py2go, pathlib; p = pathlib.Path(py2go.__file__).parent; "
                    "print(*sorted(str(f.relative_to(p)) for f in p.rglob('*') if f.is_file()), sep='\\n')"],
                   cwd=installed)  # fmt: skip
    files = set(listing.stdout.splitlines())
    assert "_data/rules/builtins/len-list.yaml" in files, listing.stderr
    assert "_data/templates/expr/len-list.go.j2" in files
    assert "runtime/pyrt/print.go" in files
    assert "runtime/pyrt/yaml.go" in files and "runtime/go_modules.yaml" in files  # rules' Go module pins


def test_installed_cli_lists_rules(installed: Path, tmp_path: Path) -> None:
    result = _run([installed / "py2go", "rules"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    last = result.stdout.splitlines()[-1]
    assert last.endswith(" rules") and int(last.split()[0]) > 100, last
    assert "builtins/len-list" in result.stdout


def test_installed_cli_converts_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    (tmp_path / "disk_check.py").write_text(SCRIPT, encoding="utf-8")
    result = _run(
        [installed / "py2go", "convert", "disk_check.py", "-o", "gosrc", "--no-build"], cwd=tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr
    main_go = tmp_path / "gosrc" / "cmd" / "disk_check" / "main.go"
    assert "DO NOT EDIT" in main_go.read_text(encoding="utf-8").splitlines()[0]
    assert (tmp_path / "gosrc" / "internal" / "pyrt").is_dir() == (
        "pyrt." in main_go.read_text(encoding="utf-8")
    )
