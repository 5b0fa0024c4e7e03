"""Small graphics items the body scene and its key share: a shape as a path, a trigger point's X."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem
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
