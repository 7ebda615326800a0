"""Render the app icon's platform files from `resources/icons/participa.svg`.

    python packaging/make_icons.py     # needs PySide6 (the SVG renderer) and Pillow

Writes, beside the SVG: `participa.png` (256 px: the window icon and the Linux .desktop
icon), `participa.ico` (16–256 px: the Windows executable and installer) and
`participa.icns` (the macOS bundle). The results are committed, so a build needs neither
this script nor Pillow; run it again after changing the SVG.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def render(svg: Path, size: int) -> Image.Image:
    """The SVG drawn on a transparent square of `size` pixels, as a Pillow image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication([*sys.argv[:1], "-platform", "offscreen"])
    svg = ICONS / "participa.svg"
    big = render(svg, 1024)
    render(svg, 256).save(ICONS / "participa.png")
    big.save(ICONS / "participa.ico", sizes=ICO_SIZES)
    big.save(ICONS / "participa.icns")
    for name in ("participa.png", "participa.ico", "participa.icns"):
        print(f"{ICONS / name}: {(ICONS / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
