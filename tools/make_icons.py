"""Render the app icon (assets/icons/bodymap.svg) to the PNG sizes the desktop and the window use.

Run:  QT_QPA_PLATFORM=offscreen python tools/make_icons.py [OUT_DIR]   (default assets/icons; `make icons`)

Each size is drawn from the vector art at that size (not scaled down from a large picture), so that the small ones
stay sharp.  A test renders them again and compares them with the shipped files.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from bodymap.desktop import APP_ID, ICON_SIZES

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ICONS
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in ICON_SIZES:
        target = out / f"{APP_ID}-{size}.png"
        if not render(ICONS / f"{APP_ID}.svg", size).save(str(target)):
            print(f"make_icons: cannot write {target}", file=sys.stderr)
            return 1
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
