"""Where the bundled resources (fonts, translations, rate tables, icons) live.

Two layouts: a source checkout or editable install (resources/ beside vault/, as
`python3 dev.py` sets up), and the frozen bundle (PyInstaller's sys._MEIPASS/resources)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [here.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("Jieqing's resources folder is missing: reinstall Jieqing")


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


def cjk_font_path() -> Path:
    """The bundled TrueType CJK font: used on screen (Qt) and on paper (ReportLab)."""
    return resource_path("fonts", "wqy-microhei.ttc")
