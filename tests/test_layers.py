"""The layer contract: nothing under vault/ imports Qt or the UI."""

from __future__ import annotations

import ast
from pathlib import Path

FORBIDDEN = ("PySide6", "shiboken6", "ui")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_core_never_imports_qt_or_the_ui():
    core = Path(__file__).resolve().parents[1] / "vault"
    offenders = {
        f"{path.name}: {name}"
        for path in core.rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in FORBIDDEN
    }
    assert not offenders
