"""Render resources/icons/jieqing.svg to the icons the app and the installers use.

    .venv/bin/python packaging/render_icons.py

PNGs in resources/icons (the app's window icon; Linux menus), and from them with Pillow
packaging/icons/jieqing.ico (Windows: exe, installer, file types) and jieqing.icns (macOS).
All are committed, so neither the app nor a build needs Qt's SVG module.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
INSTALLER_ICONS = ROOT / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Windows uses up to 256
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # macOS: 1x and 2x up to 512@2x


def render(svg: Path, size: int, target: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(target)):
        raise OSError(f"could not write {target}")


def write_ico_and_icns(pngs: dict[int, Path]) -> None:
    from PIL import Image

    images = {size: Image.open(path).convert("RGBA") for size, path in pngs.items()}
    INSTALLER_ICONS.mkdir(parents=True, exist_ok=True)
    largest = images[max(ICO_SIZES)]
    largest.save(
        INSTALLER_ICONS / "jieqing.ico",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES if size != max(ICO_SIZES)],
    )
    biggest = images[max(ICNS_SIZES)]
    biggest.save(
        INSTALLER_ICONS / "jieqing.icns",
        append_images=[images[size] for size in ICNS_SIZES if size != max(ICNS_SIZES)],
    )


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage text and SVG need an application)
    svg = ICONS / "jieqing.svg"
    pngs = {}
    for size in SIZES:
        pngs[size] = ICONS / f"jieqing-{size}.png"
        render(svg, size, pngs[size])
    with tempfile.TemporaryDirectory() as scratch:
        pngs[1024] = Path(scratch) / "jieqing-1024.png"  # only the .icns needs it
        render(svg, 1024, pngs[1024])
        write_ico_and_icns(pngs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
