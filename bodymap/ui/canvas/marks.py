"""The trigger points' X marks: sized to the body, never smaller than can be seen, never piled on one another.

One item draws all the marks shown at once.  It works out their size and places as it paints, for the scale it is
painted at (a window zoomed in or out, a PNG, a page): an X spans about a fingertip of the body, but at least
``MIN_HALF`` pixels (times the scene's ``marks_scale``: larger in explain mode), and marks that would then overlap in
a view are moved apart around the spot they share (bodymap.core.body.marks.spread), each joined to its true spot by
a thin line.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from bodymap.core.body.marks import MARK_HALF, spread
from bodymap.ui.canvas import style
from bodymap.ui.canvas.items import paint_cross

MIN_HALF, MAX_HALF = 9.0, 15.0  # pixels from an X's centre to a tip, on screen
QUIET = 2 / 3  # a muscle's other trigger points, beside the chosen one: smaller
SPACING = 3.0  # pixels kept free between two marks
REACH = 200.0  # scene units: how far a spread mark may lie from its spot, for repainting (generous)


@dataclass(frozen=True)
class Mark:
    """A trigger point's X in one view (scene coordinates); ``tp_id`` is "" for a mark that cannot be hovered."""

    tp_id: str
    view: str
    at: QPointF
    quiet: bool = False  # one of the chosen muscle's other trigger points
    ink: style.Ink | None = None  # its pattern's colours, when several patterns are shown at once

    @property
    def colour(self) -> QColor:
        if self.ink is not None:
            return self.ink.line
        return QColor(style.OTHER_TRIGGER_POINT if self.quiet else style.TRIGGER_POINT)


def half_size(scale: float, quiet: bool = False, factor: float = 1.0) -> float:
    """Pixels from an X's centre to a tip at ``scale`` pixels per body unit (``factor``: the scene's marks_scale)."""
    body = MARK_HALF * scale * (QUIET if quiet else 1.0)
    return min(max(body, MIN_HALF * (QUIET if quiet else 1.0)), MAX_HALF) * factor


def layout(marks: Sequence[Mark], scale: float, factor: float = 1.0) -> list[QPointF]:
    """Where each mark is drawn at ``scale`` (pixels per scene unit): apart from the others of its view."""
    gap = (2 * half_size(scale, factor=factor) + SPACING) / scale
    shown = [QPointF(m.at) for m in marks]
    for view in dict.fromkeys(m.view for m in marks):
        members = [i for i, m in enumerate(marks) if m.view == view]
        placed = spread([(marks[i].at.x(), marks[i].at.y()) for i in members], gap)
        for i, (x, y) in zip(members, placed, strict=True):
            shown[i] = QPointF(x, y)
    return shown


class TriggerPointMarks(QGraphicsItem):
    """The X marks of the trigger points shown, laid out afresh for the scale of each paint."""

    def __init__(self, marks: Sequence[Mark], factor: float = 1.0) -> None:
        super().__init__()
        self.marks = tuple(marks)
        self.factor = factor  # the marks' size, as a multiple of the window's
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._shown: list[QPointF] = [m.at for m in self.marks]  # where the last paint put them
        xs, ys = [m.at.x() for m in self.marks], [m.at.y() for m in self.marks]
        self._bounds = QRectF(
            min(xs) - REACH, min(ys) - REACH, max(xs) - min(xs) + 2 * REACH, max(ys) - min(ys) + 2 * REACH
        )

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shown_at(self) -> dict[str, list[QPointF]]:
        """Each trigger point's marks where they were last painted (where they are, before any paint)."""
        out: dict[str, list[QPointF]] = {}
        for mark, at in zip(self.marks, self._shown, strict=True):
            if mark.tp_id:
                out.setdefault(mark.tp_id, []).append(at)
        return out

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        scale = max(scale / max(ratio, 1.0), 1e-6)  # in logical pixels, as the rest of the window is sized
        self._shown = layout(self.marks, scale, self.factor)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for mark, at in zip(self.marks, self._shown, strict=True):
            if math.dist((at.x(), at.y()), (mark.at.x(), mark.at.y())) > 0.5 / scale:
                painter.setPen(QPen(mark.colour, 1.2 / scale))
                painter.drawLine(mark.at, at)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(mark.colour))
                painter.drawEllipse(mark.at, 1.8 / scale, 1.8 / scale)
        for mark, at in sorted(zip(self.marks, self._shown, strict=True), key=lambda pair: not pair[0].quiet):
            paint_cross(painter, at, half_size(scale, mark.quiet, self.factor) / scale, mark.colour)
        painter.restore()
