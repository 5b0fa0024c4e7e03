"""Marks the quiz draws on the body besides the app's own: where the student clicked, and how far that was."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsLineItem

from bodymap.ui.canvas import style
from bodymap.ui.canvas.body_scene import Z_MARKS, BodyScene

GUESS_RADIUS = 10.0  # pixels on screen, at any zoom


def guess_item(scene: BodyScene, at: QPointF) -> QGraphicsItem:
    """A ring where the student clicked, in the highlight orange that neither pain nor a pattern uses."""
    ring = QGraphicsEllipseItem(QRectF(-GUESS_RADIUS, -GUESS_RADIUS, 2 * GUESS_RADIUS, 2 * GUESS_RADIUS))
    ring.setPen(QPen(style.HIGHLIGHT, 3.0))
    ring.setBrush(QColor(255, 159, 28, 60))
    ring.setPos(at)
    ring.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    ring.setZValue(Z_MARKS + 0.5)
    ring.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    scene.addItem(ring)
    return ring


def distance_item(scene: BodyScene, start: QPointF, end: QPointF) -> QGraphicsItem:
    """A dashed line from the click to the trigger point it was measured to."""
    pen = QPen(style.HIGHLIGHT, 2.0, Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    line = QGraphicsLineItem(QLineF(start, end))
    line.setPen(pen)
    line.setZValue(Z_MARKS - 0.2)
    scene.addItem(line)
    return line
