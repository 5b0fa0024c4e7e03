"""Referral patterns as the body shows them: each zone one smooth shape per view (``core.body.zones``), its fill to
lie under the pain and its lines, dots and outline over it (see ``style``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from bodymap.core.body.atlas import Atlas
from bodymap.core.body.zones import zone_shapes
from bodymap.core.clinic.catalog import Location
from bodymap.ui.canvas import style
from bodymap.ui.canvas.items import ScreenTextureItem, geometry_path


class Zone(Enum):
    ESSENTIAL = "essential"
    SPILLOVER = "spillover"


@dataclass(frozen=True)
class Pattern:
    """A referral pattern to draw: its zones' regions, its trigger points, and its colours."""

    essential: frozenset[str]
    spillover: frozenset[str]
    trigger_points: tuple[Location, ...] = ()
    ink: style.Ink = style.PATTERN


@dataclass(frozen=True)
class DrawnZone:
    """One zone of one pattern in one view, as drawn: one shape."""

    pattern: int  # the pattern's place in what was shown
    view: str
    zone: Zone
    path: QPainterPath  # scene coordinates


def _item(item: QGraphicsItem, z: float) -> QGraphicsItem:
    item.setZValue(z)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return item


def _path_item(path: QPainterPath, z: float, fill: QBrush | None = None, pen: QPen | None = None) -> QGraphicsItem:
    """A fill in body units, or else lines only."""
    item = QGraphicsPathItem(path)
    item.setBrush(fill or QBrush(Qt.BrushStyle.NoBrush))
    item.setPen(pen or QPen(Qt.PenStyle.NoPen))
    return _item(item, z)


def zone_items(
    atlas: Atlas, origins: Mapping[str, QPointF], patterns: Sequence[Pattern], under: float, over: float
) -> tuple[list[QGraphicsItem], list[DrawnZone]]:
    """The items that draw ``patterns`` in the views whose top left corners are ``origins`` (fills at z ``under``,
    lines, dots and outlines at z ``over``), and what each zone's shape is.  With several patterns, each draws its
    lines and dots apart from the others', so that all of them show where they overlap."""
    shapes = zone_shapes(atlas)
    items: list[QGraphicsItem] = []
    drawn: list[DrawnZone] = []
    phases = len(patterns)
    for number, pattern in enumerate(patterns):
        ink = pattern.ink
        for name, origin in origins.items():
            zones = shapes.zones(name, pattern.essential, pattern.spillover)
            if not zones.spillover.is_empty:
                path = geometry_path(zones.spillover, origin.x(), origin.y())
                edge = geometry_path(zones.spillover_edge, origin.x(), origin.y())
                items += [
                    _path_item(path, under, style.spillover_tint(ink)),
                    _item(ScreenTextureItem(path, style.spillover_dots(ink, number, phases)), over),
                    _path_item(edge, over, pen=style.spillover_pen(ink)),
                ]
                drawn.append(DrawnZone(number, name, Zone.SPILLOVER, path))
            if not zones.essential.is_empty:
                path = geometry_path(zones.essential, origin.x(), origin.y())
                lines = ScreenTextureItem(path, style.essential_lines(ink, number, phases), style.zone_pen(ink))
                items += [_path_item(path, under, style.essential_brush(ink)), _item(lines, over)]
                drawn.append(DrawnZone(number, name, Zone.ESSENTIAL, path))
    return items, drawn
