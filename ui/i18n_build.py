"""Build the translations: `python -m ui.i18n_build` compiles resources/i18n/*.ts to .qm;
`--update` first refreshes the .ts files from every tr() call under ui/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from vault.resources import resource_path

LANGUAGES = ("zh_CN", "en")


def qt_tool(name: str) -> str:
    """A PySide6 tool from the same environment as this Python (PATH may not hold it)."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).resolve().parent):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    return name


def ts_file(language: str) -> Path:
    return resource_path("i18n") / f"jieqing_{language}.ts"


def sources() -> list[Path]:
    return sorted((Path(__file__).parent).rglob("*.py"))


def lupdate(targets: list[Path]) -> None:
    """Refresh targets from the sources, dropping strings that no longer exist."""
    subprocess.run(
        [qt_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
         *map(str, sources()), "-ts", *map(str, targets)],
        check=True,
    )


def lrelease() -> None:
    for language in LANGUAGES:
        ts = ts_file(language)
        if ts.exists():
            subprocess.run(
                [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                check=True,
            )


def main(argv: list[str]) -> int:
    if "--update" in argv:
        lupdate([ts_file(language) for language in LANGUAGES])
    lrelease()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
