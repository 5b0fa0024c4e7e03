"""Render an SVG file to PNG (for looking at the art while editing it): svg_preview.py IN.svg OUT.png [SCALE]"""

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

app = QGuiApplication(sys.argv[:1])
src, dst = sys.argv[1], sys.argv[2]
scale = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
renderer = QSvgRenderer(src)
size = renderer.defaultSize()
img = QImage(int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32)
img.fill(QColor("white"))
painter = QPainter(img)
painter.setRenderHint(QPainter.RenderHint.Antialiasing)
renderer.render(painter, QRectF(0, 0, img.width(), img.height()))
painter.end()
img.save(dst)
