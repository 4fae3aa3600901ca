"""Render resources/icons/jieqing.svg to the PNG sizes the app and installers use.

    .venv/bin/python packaging/render_icons.py

The PNGs are committed, so neither the app nor a build needs Qt's SVG module at run time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int, target: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(target)):
        raise OSError(f"could not write {target}")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage text and SVG need an application)
    svg = ICONS / "jieqing.svg"
    for size in SIZES:
        render(svg, size, ICONS / f"jieqing-{size}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
