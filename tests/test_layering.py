"""Imports point downstream only, and no module grows into a monster (STYLE.md §2-3)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("crawler", "spiders", "enrich", "feeds")
# Who may import whom (besides the standard library and third-party packages).
ALLOWED = {
    "crawler": {"crawler"},
    "spiders": {"crawler", "spiders"},
    "enrich": {"crawler", "enrich"},
    "feeds": {"crawler", "feeds"},
}
COMPOSITION_ROOT = "crawler/cli/"  # the one package that wires everything together
MAX_LINES = 500


def modules() -> list[Path]:
    return sorted(p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py"))


def imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_point_downstream(path):
    relative = str(path.relative_to(ROOT))
    package = relative.split("/")[0]
    for name in imported(path):
        top = name.split(".")[0]
        if top not in PACKAGES:
            continue
        in_root = relative.startswith(COMPOSITION_ROOT)
        assert in_root or not name.startswith("crawler.cli"), f"{relative} imports the composition root"
        if in_root:
            continue
        assert top in ALLOWED[package], f"{relative} imports {name}: {package} may import only {sorted(ALLOWED[package])}"


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_modules_stay_small(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(ROOT)} has {lines} lines; split it by concept"
