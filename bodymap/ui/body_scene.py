"""The body drawing: every view side by side in one QGraphicsScene.

The scene mirrors the pain map and the chosen candidate; it decides nothing.  Scene units are the atlas'
body units; view ``i`` is offset to the right of view ``i-1``.  The same scene renders to the screen and to
PNG, SVG and PDF (see bodymap.export).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene, QGraphicsSimpleTextItem
from shapely.geometry.base import BaseGeometry

from bodymap.core.atlas import Atlas
from bodymap.core.catalog import Location
from bodymap.core.painmap import PainMark
from bodymap.ui import style

VIEW_GAP = 50.0
DETAILS_GROUP = "details"  # the SVG group of lines that are not regions (face, navel, spine)
LEGEND_HEIGHT = 34.0
Z_REGION, Z_PATTERN, Z_OUTLINE, Z_PAIN_EDGE, Z_MARKS, Z_TEXT = 0, 1, 2, 2.5, 3, 4


def geometry_path(geometry: BaseGeometry, dx: float = 0.0) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for polygon in getattr(geometry, "geoms", [geometry]):
        if polygon.is_empty or polygon.geom_type != "Polygon":
            continue
        for ring in (polygon.exterior, *polygon.interiors):
            coords = list(ring.coords)
            path.moveTo(coords[0][0] + dx, coords[0][1])
            for x, y in coords[1:]:
                path.lineTo(x + dx, y)
            path.closeSubpath()
    return path


class BodyScene(QGraphicsScene):
    def __init__(self, atlas: Atlas, views: Iterable[str] | None = None) -> None:
        super().__init__()
        self.atlas = atlas
        self.view_names = list(views or atlas.views)
        self._offsets: dict[str, float] = {}
        self._regions: dict[str, list[QGraphicsPathItem]] = {}
        self._overlay: list[QGraphicsItem] = []
        self._pain: dict[str, PainMark] = {}
        self._pain_edges: dict[str, list[QGraphicsPathItem]] = {}
        region_pen = QPen(style.REGION_LINE, 0.6)
        region_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        x = 0.0
        for name in self.view_names:
            view = atlas.views[name]
            self._offsets[name] = x
            for rid, geometry in view.shapes.items():
                item = QGraphicsPathItem(geometry_path(geometry, x))
                item.setPen(region_pen)
                item.setBrush(QBrush(style.SKIN))
                item.setZValue(Z_REGION)
                item.setData(0, rid)
                self.addItem(item)
                self._regions.setdefault(rid, []).append(item)
            outline = QGraphicsPathItem(geometry_path(view.silhouette, x))
            pen = QPen(style.OUTLINE, 1.6)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            outline.setPen(pen)
            outline.setZValue(Z_OUTLINE)
            self._details(view.artwork, x)
            # a long thick antialiased stroke is the costliest thing on screen: paint it once per zoom level
            outline.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self.addItem(outline)
            self._caption(view.label, x + view.width / 2, 12, 22, centre=True, bold=True)
            left = "Patient's right" if view.patient_right_on_screen_left else "Patient's left"
            right = "Patient's left" if view.patient_right_on_screen_left else "Patient's right"
            self._caption(left, x + 8, 46, 15)
            self._caption(right, x + view.width - 8, 46, 15, anchor_right=True)
            x += view.width + VIEW_GAP
        height = max(atlas.views[v].height for v in self.view_names)
        self._legend(x - VIEW_GAP, height + 4)
        self.setSceneRect(QRectF(-10, 0, x - VIEW_GAP + 20, height + LEGEND_HEIGHT))

    def _details(self, artwork: bytes, x: float) -> None:
        """The drawing's non-region art (face, navel, spine...), from its 'details' group, drawn as it is."""
        renderer = QSvgRenderer(QByteArray(artwork), self)
        if not renderer.isValid() or not renderer.elementExists(DETAILS_GROUP):
            return
        item = QGraphicsSvgItem()
        item.setSharedRenderer(renderer)
        item.setElementId(DETAILS_GROUP)
        item.setPos(renderer.boundsOnElement(DETAILS_GROUP).topLeft() + QPointF(x, 0))
        item.setZValue(Z_OUTLINE)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.addItem(item)

    def _legend(self, width: float, top: float) -> None:
        """Swatches saying what each mark means, so the picture explains itself on screen and on paper."""
        entries = [
            (style.pain_brush(7), style.pain_pen(), "Pain you marked"),
            (style.essential_brush(), QPen(Qt.PenStyle.NoPen), "Main referral zone"),
            (style.spillover_brush(), QPen(style.SPILLOVER, 0.8), "Spillover zone"),
            (None, None, "Trigger point"),
        ]
        font = QFont()
        font.setPointSizeF(14)
        items: list[tuple[QGraphicsItem, QGraphicsSimpleTextItem]] = []
        for brush, pen, text in entries:
            label = QGraphicsSimpleTextItem(text)
            label.setFont(font)
            label.setBrush(style.CAPTION)
            if brush is None:
                swatch: QGraphicsItem = self._cross_item(QPointF(11, 11), 7.0)
            else:
                path = QPainterPath()
                path.addRoundedRect(QRectF(0, 2, 30, 18), 4, 4)
                rect = QGraphicsPathItem(path)
                rect.setBrush(brush)
                rect.setPen(pen)
                swatch = rect
            items.append((swatch, label))
        total = sum(34 + label.boundingRect().width() + 30 for _, label in items) - 30
        left = (width - total) / 2
        for swatch, label in items:
            swatch.setPos(left, top)
            label.setPos(left + 36, top)
            for item in (swatch, label):
                item.setZValue(Z_TEXT)
                self.addItem(item)
            left += 34 + label.boundingRect().width() + 30

    def _caption(
        self,
        text: str,
        x: float,
        y: float,
        size: float,
        centre: bool = False,
        anchor_right: bool = False,
        bold: bool = False,
    ) -> None:
        item = QGraphicsSimpleTextItem(text)
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        item.setFont(font)
        item.setBrush(style.CAPTION)
        width = item.boundingRect().width()
        item.setPos(x - (width / 2 if centre else width if anchor_right else 0), y)
        item.setZValue(Z_TEXT)
        self.addItem(item)

    # ------------------------------------------------------------------------------------------ geometry

    def locate(self, pos: QPointF) -> tuple[str, float, float] | None:
        """(view name, body x, body y) under a scene position, or None between views."""
        for name in self.view_names:
            view = self.atlas.views[name]
            x0 = self._offsets[name]
            if x0 <= pos.x() <= x0 + view.width:
                return name, pos.x() - x0, pos.y()
        return None

    def region_at(self, pos: QPointF) -> str | None:
        located = self.locate(pos)
        if located is None:
            return None
        name, x, y = located
        return self.atlas.views[name].region_at(x, y)

    def scene_point_of(self, view: str, x: float, y: float) -> QPointF:
        """The scene position of body point (x, y) in ``view``."""
        return QPointF(x + self._offsets[view], y)

    def scene_point(self, location: Location) -> QPointF | None:
        if location.view not in self._offsets:
            return None
        return self.scene_point_of(location.view, location.x, location.y)

    # ------------------------------------------------------------------------------------------- content

    def show_pain(self, pain: Mapping[str, PainMark]) -> None:
        """Fill marked regions red by intensity; their border is drawn above any pattern so both stay visible."""
        for rid in set(self._pain) | set(pain):
            mark = pain.get(rid)
            for edge in self._pain_edges.pop(rid, []):
                self.removeItem(edge)
            for item in self._regions.get(rid, []):
                item.setBrush(QBrush(style.SKIN) if mark is None else style.pain_brush(mark.intensity))
                if mark is not None:
                    edge = QGraphicsPathItem(item.path())
                    edge.setPen(style.pain_pen())
                    edge.setZValue(Z_PAIN_EDGE)
                    self.addItem(edge)
                    self._pain_edges.setdefault(rid, []).append(edge)
        self._pain = dict(pain)

    def show_pattern(
        self,
        essential: Iterable[str],
        spillover: Iterable[str],
        trigger_points: Iterable[Location],
    ) -> None:
        """Draw a referral pattern (essential solid, spillover stippled) and trigger points (X)."""
        self.clear_pattern()
        for rids, brush in ((essential, style.essential_brush()), (spillover, style.spillover_brush())):
            for rid in rids:
                for item in self._regions.get(rid, []):
                    overlay = QGraphicsPathItem(item.path())
                    overlay.setBrush(brush)
                    overlay.setPen(Qt.PenStyle.NoPen)
                    overlay.setZValue(Z_PATTERN)
                    overlay.setAcceptHoverEvents(False)
                    self.addItem(overlay)
                    self._overlay.append(overlay)
        for location in trigger_points:
            point = self.scene_point(location)
            if point is not None:
                self._cross(point)

    def _cross(self, at: QPointF, size: float = 7.0) -> None:
        item = self._cross_item(at, size)
        item.setZValue(Z_MARKS)
        self.addItem(item)
        self._overlay.append(item)

    @staticmethod
    def _cross_item(at: QPointF, size: float) -> QGraphicsItem:
        """An X with a light halo, so it reads on skin, on pain and on a pattern alike."""
        path = QPainterPath()
        path.moveTo(at.x() - size, at.y() - size)
        path.lineTo(at.x() + size, at.y() + size)
        path.moveTo(at.x() - size, at.y() + size)
        path.lineTo(at.x() + size, at.y() - size)
        halo = QGraphicsPathItem(path)
        halo.setPen(QPen(style.SKIN.lighter(110), 5.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        cross = QGraphicsPathItem(path, halo)
        cross.setPen(QPen(style.TRIGGER_POINT, 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        return halo

    def clear_pattern(self) -> None:
        for item in self._overlay:
            self.removeItem(item)
        self._overlay = []
