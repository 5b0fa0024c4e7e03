"""Small graphics items the body scene and its key share: a shape as a path, a trigger point's X."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem
from shapely.geometry.base import BaseGeometry

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
    """The shape as a painter path, moved by (dx, dy)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for polygon in getattr(geometry, "geoms", [geometry]):
        if polygon.is_empty or polygon.geom_type != "Polygon":
            continue
        for ring in (polygon.exterior, *polygon.interiors):
            coords = list(ring.coords)
            path.moveTo(coords[0][0] + dx, coords[0][1] + dy)
            for x, y in coords[1:]:
                path.lineTo(x + dx, y + dy)
            path.closeSubpath()
    return path


def cross_item(at: QPointF, size: float = 7.0, colour: QColor = style.TRIGGER_POINT) -> QGraphicsPathItem:
    """An X with a light halo, so it reads on skin, on pain and on a pattern alike (the halo is the parent)."""
    path = QPainterPath()
    path.moveTo(at.x() - size, at.y() - size)
    path.lineTo(at.x() + size, at.y() + size)
    path.moveTo(at.x() - size, at.y() + size)
    path.lineTo(at.x() + size, at.y() - size)
    halo = QGraphicsPathItem(path)
    halo.setPen(QPen(style.SKIN.lighter(110), size * 0.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    cross = QGraphicsPathItem(path, halo)
    cross.setPen(QPen(colour, size * 0.37, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    halo.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return halo


class Examined(Enum):
    """What palpation found in a muscle, as drawn at its trigger points."""

    CONFIRMED = "confirmed"  # an active trigger point that reproduces the familiar pain
    FOUND = "found"  # a trigger point, but latent or not the familiar pain
    RULED_OUT = "ruled out"  # examined, nothing found

    @property
    def label(self) -> str:
        return {
            "confirmed": "Confirmed: active, familiar pain",
            "found": "Trigger point found (latent, or not the familiar pain)",
            "ruled out": "Examined, nothing found",
        }[self.value]


def examined_item(kind: Examined, at: QPointF, radius: float = 12.0) -> QGraphicsItem:
    """A confirmed muscle gets a solid red disc (its X drawn on it stands out); a trigger point found otherwise, an
    amber ring; a muscle ruled out, a grey ring struck through.  Told apart by shape as well as colour."""
    rect = QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius)
    disc = QGraphicsEllipseItem(rect)
    disc.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    if kind is Examined.CONFIRMED:
        disc.setBrush(QBrush(style.CONFIRMED))
        disc.setPen(QPen(QColor("white"), 2.0))
        tick = QGraphicsPathItem(disc)
        path = QPainterPath(QPointF(at.x() - radius * 0.45, at.y()))
        path.lineTo(at.x() - radius * 0.1, at.y() + radius * 0.4)
        path.lineTo(at.x() + radius * 0.5, at.y() - radius * 0.4)
        tick.setPath(path)
        tick.setPen(QPen(QColor("white"), radius * 0.22, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        return disc
    colour = style.FOUND if kind is Examined.FOUND else style.RULED_OUT
    disc.setBrush(QBrush(QColor(255, 255, 255, 170)))
    disc.setPen(QPen(colour, 3.5 if kind is Examined.FOUND else 2.5))
    if kind is Examined.RULED_OUT:
        slash = QGraphicsPathItem(disc)
        path = QPainterPath(QPointF(at.x() - radius * 0.7, at.y() + radius * 0.7))
        path.lineTo(at.x() + radius * 0.7, at.y() - radius * 0.7)
        slash.setPath(path)
        slash.setPen(QPen(colour, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    return disc
