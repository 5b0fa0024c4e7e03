"""Colours and brushes of the body drawing, in one place (used by the window and by exports)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen

SKIN = QColor("#f4e8de")
REGION_LINE = QColor("#c8ab98")
OUTLINE = QColor("#6b4f3f")
PAIN = QColor(205, 32, 38)
PAIN_EDGE = QColor("#8c1116")
ESSENTIAL = QColor(33, 84, 178)
SPILLOVER = QColor(33, 84, 178)
TRIGGER_POINT = QColor("#111111")
CAPTION = QColor("#5b4436")


def pain_brush(intensity: int) -> QBrush:
    colour = QColor(PAIN)
    colour.setAlpha(70 + 17 * intensity)  # 1/10 faint ... 10/10 nearly opaque
    return QBrush(colour)


def pain_pen() -> QPen:
    pen = QPen(PAIN_EDGE, 1.4)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def essential_brush() -> QBrush:
    colour = QColor(ESSENTIAL)
    colour.setAlpha(150)
    return QBrush(colour)


def spillover_brush() -> QBrush:
    """Stipple: dots on a clear ground, so the zone reads as 'partly' even in greyscale."""
    tile = QImage(6, 6, QImage.Format.Format_ARGB32_Premultiplied)
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(SPILLOVER)
    painter.drawEllipse(1, 1, 2.2, 2.2)
    painter.drawEllipse(4, 4, 1.6, 1.6)
    painter.end()
    return QBrush(tile)
