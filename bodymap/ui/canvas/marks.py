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
from bodymap.ui.canvas.items import Examined, paint_cross, paint_examined

MIN_HALF, MAX_HALF = 9.0, 15.0  # pixels from an X's centre to a tip, on screen
QUIET = 2 / 3  # a muscle's other trigger points, beside the chosen one: smaller
SPACING = 3.0  # pixels kept free between two marks
REACH = 200.0  # scene units: how far a spread mark may lie from its spot, for repainting (generous)
BADGE_RADIUS = 12.0  # pixels: a badge of what palpation found, at any zoom
BADGE_EDGE = 2.0  # pixels: its outline beyond the radius


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


def apart(places: Sequence[tuple[str, QPointF]], gap: float) -> list[QPointF]:
    """Where to draw marks at ``places`` (view, scene point) so that no two of one view lie closer than ``gap``."""
    shown = [QPointF(at) for _, at in places]
    for view in dict.fromkeys(view for view, _ in places):
        members = [i for i, (v, _) in enumerate(places) if v == view]
        placed = spread([(places[i][1].x(), places[i][1].y()) for i in members], gap)
        for i, (x, y) in zip(members, placed, strict=True):
            shown[i] = QPointF(x, y)
    return shown


def layout(marks: Sequence[Mark], scale: float, factor: float = 1.0) -> list[QPointF]:
    """Where each mark is drawn at ``scale`` (pixels per scene unit): apart from the others of its view."""
    return apart([(m.view, m.at) for m in marks], (2 * half_size(scale, factor=factor) + SPACING) / scale)


def _paint_scale(painter: QPainter) -> float:
    """Pixels per scene unit as the painter paints now, in logical pixels (as the rest of the window is sized)."""
    scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
    ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    return max(scale / max(ratio, 1.0), 1e-6)


def _paint_leader(painter: QPainter, spot: QPointF, at: QPointF, colour: QColor, scale: float) -> None:
    """A mark moved apart from its spot: a thin line from the spot, with a dot on the spot."""
    if math.dist((at.x(), at.y()), (spot.x(), spot.y())) <= 0.5 / scale:
        return
    painter.setPen(QPen(colour, 1.2 / scale))
    painter.drawLine(spot, at)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    painter.drawEllipse(spot, 1.8 / scale, 1.8 / scale)


class _SpreadMarks(QGraphicsItem):
    """Marks at points of the scene, laid out afresh for the scale of each paint (bounds generous enough for a
    mark moved apart)."""

    def __init__(self, spots: Sequence[QPointF]) -> None:
        super().__init__()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        xs, ys = [p.x() for p in spots], [p.y() for p in spots]
        self._bounds = QRectF(
            min(xs) - REACH, min(ys) - REACH, max(xs) - min(xs) + 2 * REACH, max(ys) - min(ys) + 2 * REACH
        )

    def boundingRect(self) -> QRectF:
        return self._bounds


class TriggerPointMarks(_SpreadMarks):
    """The X marks of the trigger points shown."""

    def __init__(self, marks: Sequence[Mark], factor: float = 1.0) -> None:
        super().__init__([m.at for m in marks])
        self.marks = tuple(marks)
        self.factor = factor  # the marks' size, as a multiple of the window's
        self._shown: list[QPointF] = [m.at for m in self.marks]  # where the last paint put them

    def shown_at(self) -> dict[str, list[QPointF]]:
        """Each trigger point's marks where they were last painted (where they are, before any paint)."""
        out: dict[str, list[QPointF]] = {}
        for mark, at in zip(self.marks, self._shown, strict=True):
            if mark.tp_id:
                out.setdefault(mark.tp_id, []).append(at)
        return out

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scale = _paint_scale(painter)
        self._shown = layout(self.marks, scale, self.factor)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for mark, at in zip(self.marks, self._shown, strict=True):
            _paint_leader(painter, mark.at, at, mark.colour, scale)
        for mark, at in sorted(zip(self.marks, self._shown, strict=True), key=lambda pair: not pair[0].quiet):
            paint_cross(painter, at, half_size(scale, mark.quiet, self.factor) / scale, mark.colour)
        painter.restore()


@dataclass(frozen=True)
class Badge:
    """What palpation found in a muscle (``group``: the muscle and side examined), at one place of one of its
    trigger points (scene coordinates)."""

    view: str
    at: QPointF
    kind: Examined
    group: str


@dataclass(frozen=True)
class DrawnBadge:
    """A badge as painted: where, and the trigger point spots of its muscle that it stands for."""

    view: str
    at: QPointF
    kind: Examined
    spots: tuple[QPointF, ...]


def badge_layout(badges: Sequence[Badge], scale: float) -> list[DrawnBadge]:
    """The badges as painted at ``scale`` (pixels per scene unit).  A finding is the muscle's, so the spots of one
    muscle that would lie under one badge share it (at their middle); then badges that would still overlap in a view
    are moved apart as the X marks are."""
    gap = (2 * (BADGE_RADIUS + BADGE_EDGE) + SPACING) / scale
    shared: list[tuple[Badge, list[QPointF]]] = []
    for badge in badges:
        near = next(
            (
                spots for b, spots in shared
                if b.group == badge.group and b.view == badge.view
                and math.dist(_middle(spots), (badge.at.x(), badge.at.y())) < gap
            ),
            None,
        )  # fmt: skip
        if near is not None:
            near.append(badge.at)
        else:
            shared.append((badge, [badge.at]))
    middles = [QPointF(*_middle(spots)) for _, spots in shared]
    placed = apart([(b.view, at) for (b, _), at in zip(shared, middles, strict=True)], gap)
    return [DrawnBadge(b.view, at, b.kind, tuple(spots)) for (b, spots), at in zip(shared, placed, strict=True)]


def _middle(points: Sequence[QPointF]) -> tuple[float, float]:
    return sum(p.x() for p in points) / len(points), sum(p.y() for p in points) / len(points)


class ExaminedMarks(_SpreadMarks):
    """The badges of what palpation found, ``BADGE_RADIUS`` pixels at any zoom, never on one another (see
    :func:`badge_layout`), each joined to the spots it stands for when it had to move off them."""

    def __init__(self, badges: Sequence[Badge]) -> None:
        super().__init__([b.at for b in badges])
        self.badges = tuple(badges)
        # as the last paint drew them; before any paint, each at its own spot
        self.drawn = [DrawnBadge(b.view, b.at, b.kind, (b.at,)) for b in self.badges]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scale = _paint_scale(painter)
        self.drawn = badge_layout(self.badges, scale)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for badge in self.drawn:
            for spot in badge.spots:
                _paint_leader(painter, spot, badge.at, badge.kind.colour, scale)
        for badge in self.drawn:
            paint_examined(painter, badge.kind, badge.at, BADGE_RADIUS / scale)
        painter.restore()
