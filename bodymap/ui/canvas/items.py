"""Small graphics items the body scene and its key share: a shape as a path, a texture laid out in pixels, a
trigger point's X, what palpation found."""

from __future__ import annotations

import math
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget
from shapely.geometry.base import BaseGeometry

from bodymap.core.case.model import Finding
from bodymap.ui.canvas import style


def atlas_path(geometry: BaseGeometry, dx: float = 0.0, dy: float = 0.0) -> QPainterPath:
    """:func:`geometry_path` for the atlas's own shapes, which live as long as the data: each is converted once,
    so a scene built again (another view layout, another theme) only moves the path made before."""
    cached = _ATLAS_PATHS.get(id(geometry))
    if cached is None:
        cached = _ATLAS_PATHS[id(geometry)] = (geometry, geometry_path(geometry))
    return cached[1].translated(dx, dy)


# shape id -> (the shape, kept alive so that its id is not reused; its path at the origin)
_ATLAS_PATHS: dict[int, tuple[BaseGeometry, QPainterPath]] = {}


def geometry_path(geometry: BaseGeometry, dx: float = 0.0, dy: float = 0.0) -> QPainterPath:
    """The shape (its polygons, or its lines) as a painter path, moved by (dx, dy)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for part in getattr(geometry, "geoms", [geometry]):
        if part.is_empty:
            continue
        if part.geom_type == "Polygon":
            rings, closed = [part.exterior, *part.interiors], True
        elif part.geom_type in ("LineString", "LinearRing"):
            rings, closed = [part], False
        else:
            continue
        for ring in rings:
            coords = list(ring.coords)
            path.moveTo(coords[0][0] + dx, coords[0][1] + dy)
            for x, y in coords[1:]:
                path.lineTo(x + dx, y + dy)
            if closed:
                path.closeSubpath()
    return path


class ScreenTextureItem(QGraphicsPathItem):
    """A shape filled with a texture laid out in pixels (``style.essential_lines``, ``style.spillover_dots``): its
    lines or dots keep their spacing on screen, and on paper, whatever the zoom; a texture in body units would
    spread far apart when zoomed in and blur into a tone when the whole body is shown."""

    def __init__(self, path: QPainterPath, texture: QBrush, pen: QPen | None = None) -> None:
        super().__init__(path)
        self.texture = texture
        self.setPen(pen or QPen(Qt.PenStyle.NoPen))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        world = painter.worldTransform()
        scale = math.hypot(world.m11(), world.m12()) or 1.0
        brush = QBrush(self.texture)
        brush.setTransform(self.texture.transform() * QTransform.fromScale(1 / scale, 1 / scale))
        painter.setPen(self.pen())
        painter.setBrush(brush)
        painter.drawPath(self.path())


def _cross(at: QPointF, size: float, colour: QColor) -> tuple[QPainterPath, QPen, QPen]:
    """An X's path, its light halo's pen and its own pen: it reads on skin, on pain and on a pattern alike."""
    path = QPainterPath()
    path.moveTo(at.x() - size, at.y() - size)
    path.lineTo(at.x() + size, at.y() + size)
    path.moveTo(at.x() - size, at.y() + size)
    path.lineTo(at.x() + size, at.y() - size)
    halo = QPen(style.SKIN.lighter(110), size * 0.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    return path, halo, QPen(colour, size * 0.37, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)


def cross_item(at: QPointF, size: float = 7.0, colour: QColor = style.TRIGGER_POINT) -> QGraphicsPathItem:
    """A trigger point's X over its halo (the halo is the parent)."""
    path, halo_pen, pen = _cross(at, size, colour)
    halo = QGraphicsPathItem(path)
    halo.setPen(halo_pen)
    cross = QGraphicsPathItem(path, halo)
    cross.setPen(pen)
    halo.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return halo


def paint_cross(painter: QPainter, at: QPointF, size: float = 7.0, colour: QColor = style.TRIGGER_POINT) -> None:
    """The same X, painted (in the key)."""
    path, halo_pen, pen = _cross(at, size, colour)
    painter.strokePath(path, halo_pen)
    painter.strokePath(path, pen)


class Examined(Enum):
    """What palpation found in a muscle, as drawn at its trigger points."""

    CONFIRMED = "confirmed"  # an active trigger point that reproduces the familiar pain
    FOUND = "found"  # a trigger point, but latent or not the familiar pain
    RULED_OUT = "ruled out"  # examined, nothing found

    @classmethod
    def of(cls, finding: Finding) -> Examined:
        return cls.CONFIRMED if finding.confirmed else cls.RULED_OUT if finding.ruled_out else cls.FOUND

    @property
    def label(self) -> str:
        return {
            "confirmed": "Confirmed: active, familiar pain",
            "found": "Trigger point found (latent, or not the familiar pain)",
            "ruled out": "Examined, nothing found",
        }[self.value]

    @property
    def colour(self) -> QColor:
        return QColor({"confirmed": style.CONFIRMED, "found": style.FOUND, "ruled out": style.RULED_OUT}[self.value])


def paint_examined(painter: QPainter, kind: Examined, at: QPointF, radius: float) -> None:
    """A confirmed muscle: a solid red disc with a white tick (the X drawn over it then stands out); a trigger
    point found otherwise: an amber ring; a muscle ruled out: a grey ring struck through.  Told apart by shape as
    well as colour."""
    rect = QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius)
    round_cap = Qt.PenCapStyle.RoundCap
    if kind is Examined.CONFIRMED:
        painter.setPen(QPen(QColor("white"), radius * 0.17))
        painter.setBrush(QBrush(kind.colour))
        painter.drawEllipse(rect)
        tick = QPainterPath(QPointF(at.x() - radius * 0.45, at.y()))
        tick.lineTo(at.x() - radius * 0.1, at.y() + radius * 0.4)
        tick.lineTo(at.x() + radius * 0.5, at.y() - radius * 0.4)
        painter.strokePath(tick, QPen(QColor("white"), radius * 0.22, Qt.PenStyle.SolidLine, round_cap))
        return
    colour = kind.colour
    painter.setPen(QPen(colour, radius * (0.29 if kind is Examined.FOUND else 0.21)))
    painter.setBrush(QBrush(QColor(255, 255, 255, 170)))
    painter.drawEllipse(rect)
    if kind is Examined.RULED_OUT:
        slash = QPainterPath(QPointF(at.x() - radius * 0.7, at.y() + radius * 0.7))
        slash.lineTo(at.x() + radius * 0.7, at.y() - radius * 0.7)
        painter.strokePath(slash, QPen(colour, radius * 0.21, Qt.PenStyle.SolidLine, round_cap))
