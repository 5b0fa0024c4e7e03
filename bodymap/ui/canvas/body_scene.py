"""The body drawing: the chosen atlas views side by side (in one row, or in a grid) in one QGraphicsScene.

The scene mirrors what it is told (the pain map, referral patterns, trigger points, a heat map); it decides
nothing.  Scene units are the drawings' units; views sit in rows of ``columns``, tops aligned in a row.
The same scene renders to the screen, to PNG, SVG and PDF (see bodymap.export) and to the tests' golden images.

Each view is its skin (the body's silhouette, filled), its outline and landmarks, and under them one invisible item
per region, which shows a mark when the region is marked.  The regions' outlines are drawn only for the region
under the pointer (:meth:`BodyScene.outline_region`) or, for teaching, all of them (:meth:`BodyScene.show_areas`).
A referral pattern is drawn as one smooth shape per zone and view (see ``zone_items``): its fill under the pain, its
lines, dots and outline over it, so that where the two meet both stay readable (see ``style``).

The views' titles and side captions are scene text for paper; on screen the canvas turns them off and writes them
itself at the window's text size, whatever the zoom (``captions.CaptionOverlay``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QFont, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsItemGroup,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)
from shapely.geometry.base import BaseGeometry

from bodymap.core.body.atlas import Atlas, View
from bodymap.core.body.painmap import PainMark
from bodymap.core.clinic.catalog import Location
from bodymap.ui.canvas import legend, style
from bodymap.ui.canvas.items import Examined, atlas_path, geometry_path
from bodymap.ui.canvas.marks import Badge, ExaminedMarks, Mark, TriggerPointMarks
from bodymap.ui.canvas.zone_items import DrawnZone, Pattern, zone_items

VIEW_GAP = 50.0
TITLE_SPACE = 36.0  # above each view, for its title
DETAILS_GROUP = "details"  # the SVG group of lines that are not regions (face, navel, spine)
LEGEND_GAP = 10.0
LEGEND_WIDTH = 1000.0  # at least: a single view's key may be wider than the view, rather than tall
LEGEND_ALLOWANCE = 100.0  # the key's height, roughly, when choosing a layout
# from the bottom up: skin; zone fills; a mark's edge, under its fill (so that marked neighbours hide the edge between
# them and a marking of several regions reads as one patch); marks; their textures; the areas' outlines (teaching);
# the body's outline and landmarks; zone lines, dots and outlines; the chosen muscle; the outline under the pointer;
# X marks; text
Z_SKIN, Z_ZONE_FILL, Z_PAIN_EDGE, Z_REGION, Z_QUALITY, Z_AREAS, Z_OUTLINE = 0, 0.5, 0.9, 1, 1.5, 1.8, 2
Z_FILLS = Z_REGION  # a map of classes (the heat map, changes between visits) stands where the marks would
Z_ZONE_LINES, Z_MUSCLE, Z_HOVER, Z_MARKS, Z_TEXT, Z_TOOL = 2.5, 2.7, 2.8, 3, 4, 5
SEAM_PIXELS = 1.0  # a mark's fill is outlined in its own colour, over the hairline between marked neighbours
HOVER_PIXELS = 2.0  # the width of the outline under the pointer, on screen
AREA_PIXELS = 1.0  # the width of the areas' outlines ("Show areas"), on screen
OUTLINE_PIXELS = 1.3  # the width of the body's outline, on screen


def grid(atlas: Atlas, views: Sequence[str], columns: int = 0) -> dict[str, QPointF]:
    """Where each view's top left goes: rows of ``columns`` views (0: one row), tops aligned within a row."""
    columns = columns if 0 < columns <= len(views) else len(views)
    origins: dict[str, QPointF] = {}
    y = TITLE_SPACE
    for start in range(0, len(views), columns):
        row = views[start : start + columns]
        x = 0.0
        for name in row:
            origins[name] = QPointF(x, y)
            x += atlas.views[name].width + VIEW_GAP
        y += max(atlas.views[name].height for name in row) + VIEW_GAP + TITLE_SPACE
    return origins


def best_columns(
    atlas: Atlas, views: Sequence[str], width: float, height: float, legend_height: float = LEGEND_ALLOWANCE
) -> int:
    """The number of views per row that shows them largest in a ``width`` x ``height`` window (with room for a
    key of ``legend_height`` under them)."""

    def scale(columns: int) -> float:
        origins = grid(atlas, views, columns)
        right = max(origins[v].x() + atlas.views[v].width for v in views)
        bottom = max(origins[v].y() + atlas.views[v].height for v in views) + legend_height
        return min(width / right, height / bottom)

    return max(range(1, len(views) + 1), key=lambda c: (scale(c), c))


class BodyScene(QGraphicsScene):
    def __init__(
        self,
        atlas: Atlas,
        views: Iterable[str] | None = None,
        colours: style.SceneColours = style.LIGHT,
        with_legend: bool = True,
        columns: int = 0,  # views per row; 0: all in one row
        captions: bool = True,  # the views' titles and which side is the patient's right (a handout says it itself)
    ) -> None:
        super().__init__()
        self.atlas = atlas
        self.colours = colours
        self.view_names = [v for v in (views or atlas.views) if v in atlas.views] or list(atlas.views)
        self._offsets: dict[str, QPointF] = {}
        self._regions: dict[str, list[QGraphicsPathItem]] = {}
        self._pain: dict[str, PainMark] = {}
        self._pain_items: dict[str, list[QGraphicsItem]] = {}
        self._pattern: list[QGraphicsItem] = []
        self.zones_drawn: list[DrawnZone] = []
        self._trigger_point_marks: TriggerPointMarks | None = None
        self._muscle: list[QGraphicsItem] = []
        self._heat: list[QGraphicsItem] = []
        self._highlight: list[QGraphicsItem] = []
        self._examined: list[QGraphicsItem] = []
        self._captions: list[QGraphicsItem] = []
        self._areas: list[QGraphicsPathItem] = []
        self.areas_shown = False
        self._hovered: list[QGraphicsItem] = []  # the outline under the pointer, one item per view: repainted small
        self.outlined = ""  # the region outlined under the pointer
        self.marks_scale = 1.0  # the X marks' size, as a multiple of the window's
        # marks and zones drawn from bitmaps of the screen (see :meth:`cache_for_screen`); paper has none
        self._cache = QGraphicsItem.CacheMode.NoCache
        self._legend: QGraphicsItemGroup | None = None
        self.setBackgroundBrush(colours.background)
        self.body_rect = QRectF()
        for name, origin in grid(atlas, self.view_names, columns).items():
            self._offsets[name] = origin
            self._add_view(atlas.views[name], origin.x(), origin.y(), captions)
            self.body_rect = self.body_rect.united(self.view_rect(name).adjusted(0, -TITLE_SPACE, 0, 0))
        if with_legend:
            self.show_legend(legend.drawing_entries())
        else:
            self.setSceneRect(self.body_rect.adjusted(-10, 0, 10, 0))

    def _add_view(self, view: View, x: float, y: float, captions: bool) -> None:
        skin = QGraphicsPathItem(atlas_path(view.silhouette, x, y))
        skin.setPen(QPen(Qt.PenStyle.NoPen))
        skin.setBrush(self.colours.skin)
        skin.setZValue(Z_SKIN)
        skin.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # the whole body's shape under every small repaint (the outline under the pointer, a mark): from a bitmap
        skin.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.addItem(skin)
        for rid, geometry in view.shapes.items():
            item = QGraphicsPathItem(atlas_path(geometry, x, y))
            item.setPen(QPen(Qt.PenStyle.NoPen))
            item.setZValue(Z_REGION)
            item.setData(0, rid)
            item.setVisible(False)  # until it is marked: the skin under it is the body
            self.addItem(item)
            self._regions.setdefault(rid, []).append(item)
        outline = QGraphicsPathItem(atlas_path(view.silhouette, x, y))
        pen = QPen(self.colours.outline, OUTLINE_PIXELS)
        pen.setCosmetic(True)  # a calm line at any zoom, not a thick one when zoomed in
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        outline.setPen(pen)
        outline.setZValue(Z_OUTLINE)
        # a long thick antialiased stroke is the costliest thing on screen: paint it once per zoom level
        outline.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.addItem(outline)
        self._details(view.artwork, QPointF(x, y))
        if not captions:
            return
        self._caption(view.label, x + view.width / 2, y - TITLE_SPACE, 26, centre=True, bold=True)
        left, right = self.side_captions(view.name)
        if right:  # a side view's title says which side it is; a front or back view says it at each edge
            self._caption(left, x + 8, y + 44, 19)
            self._caption(right, x + view.width - 8, y + 44, 19, anchor_right=True)

    def side_captions(self, view_name: str) -> tuple[str, str]:
        """What to write at the left and the right edge of a view so that the patient's right is never in doubt.
        A view showing one side only (a side view) gets one caption for the whole, and "" for the right."""
        view = self.atlas.views[view_name]
        if view.shows is not None:
            return f"Patient's {view.shows.value} side", ""
        if view.patient_right_on_screen_left:
            return "Patient's right", "Patient's left"
        return "Patient's left", "Patient's right"

    def _details(self, artwork: bytes, origin: QPointF) -> None:
        """The drawing's non-region art (face, navel, spine...), from its 'details' group, drawn as it is."""
        renderer = QSvgRenderer(QByteArray(artwork), self)
        if not renderer.isValid() or not renderer.elementExists(DETAILS_GROUP):
            return
        item = QGraphicsSvgItem()
        item.setSharedRenderer(renderer)
        item.setElementId(DETAILS_GROUP)
        item.setPos(renderer.boundsOnElement(DETAILS_GROUP).topLeft() + origin)
        item.setZValue(Z_OUTLINE)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.addItem(item)

    def _caption(
        self, text: str, x: float, y: float, size: float, centre: bool = False, anchor_right: bool = False,
        bold: bool = False,
    ) -> None:  # fmt: skip
        item = QGraphicsSimpleTextItem(text)
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        item.setFont(font)
        item.setBrush(self.colours.caption)
        width = item.boundingRect().width()
        item.setPos(x - (width / 2 if centre else width if anchor_right else 0), y)
        item.setZValue(Z_TEXT)
        self.addItem(item)
        self._captions.append(item)

    def cache_for_screen(self) -> None:
        """Draw the marks and the zones from bitmaps of the screen, made once per zoom: their edges and textures
        are many wide antialiased strokes, which every small repaint (the outline under the pointer, a new mark)
        would otherwise draw again.  Only for a scene on screen: on paper they would be blurred pictures."""
        self._cache = QGraphicsItem.CacheMode.DeviceCoordinateCache
        for item in self._cached_items():
            item.setCacheMode(self._cache)

    def _cached_items(self) -> list[QGraphicsItem]:
        return [*(i for items in self._pain_items.values() for i in items), *self._pattern]

    def show_captions(self, shown: bool) -> None:
        """Show the views' titles and side captions as scene text (for paper), or not (a canvas writes them on
        screen at a size that does not change with the zoom)."""
        for item in self._captions:
            item.setVisible(shown)

    def show_legend(self, entries: Sequence[legend.Entry]) -> None:
        """Put a key under the views (replacing the one shown); the scene grows to hold it."""
        if self._legend is not None:
            self.removeItem(self._legend)
        width = max(self.body_rect.width(), LEGEND_WIDTH)
        self._legend = legend.legend_group(entries, width, self.colours)
        self._legend.setPos(self.body_rect.center().x() - width / 2, self.body_rect.bottom() + LEGEND_GAP)
        self._legend.setZValue(Z_TEXT)
        self.addItem(self._legend)
        rect = self.body_rect.united(self._legend.sceneBoundingRect())
        self.setSceneRect(rect.adjusted(-10, 0, 10, 8))

    # ------------------------------------------------------------------------------------------ geometry

    def view_rect(self, name: str) -> QRectF:
        view = self.atlas.views[name]
        return QRectF(self._offsets[name], QSizeF(view.width, view.height))

    def locate(self, pos: QPointF) -> tuple[str, float, float] | None:
        """(view name, body x, body y) under a scene position, or None between views."""
        for name in self.view_names:
            if self.view_rect(name).contains(pos):
                body = pos - self._offsets[name]
                return name, body.x(), body.y()
        return None

    def region_at(self, pos: QPointF) -> str | None:
        located = self.locate(pos)
        if located is None:
            return None
        name, x, y = located
        return self.atlas.views[name].region_at(x, y)

    def scene_point_of(self, view: str, x: float, y: float) -> QPointF:
        """The scene position of body point (x, y) in ``view``."""
        return QPointF(x, y) + self._offsets[view]

    def scene_point(self, location: Location) -> QPointF | None:
        if location.view not in self._offsets:
            return None
        return self.scene_point_of(location.view, location.x, location.y)

    def region_rect(self, region_id: str) -> QRectF:
        """The scene rectangle around every drawing of a region (empty when no shown view has it)."""
        rect = QRectF()
        for item in self._regions.get(region_id, []):
            rect = rect.united(item.sceneBoundingRect())
        return rect

    def trigger_point_at(self, pos: QPointF, reach: float) -> str | None:
        """The shown trigger point whose mark (where it was last drawn) lies within ``reach`` (scene units) of
        ``pos``, nearest first."""
        best, best_distance = None, reach
        shown = self._trigger_point_marks.shown_at() if self._trigger_point_marks is not None else {}
        for tp_id, points in shown.items():
            for at in points:
                distance = (at - pos).manhattanLength()
                if distance <= best_distance:
                    best, best_distance = tp_id, distance
        return best

    # ---------------------------------------------------------------------------------------------- areas

    def _hover_pen(self) -> QPen:
        pen = QPen(self.colours.hover, HOVER_PIXELS)
        pen.setCosmetic(True)  # as thin on screen when zoomed in as when the whole body is shown
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def outline_region(self, region_id: str) -> None:
        """Outline one region (the one under the pointer) in every view that draws it; "" outlines none."""
        if region_id == self.outlined:
            return
        self.outlined = region_id
        self._remove(self._hovered)
        self._hovered += self._overlay(region_id, QBrush(Qt.BrushStyle.NoBrush), Z_HOVER, self._hover_pen())

    def outlined_rect(self) -> QRectF:
        """Where the outline under the pointer is drawn (empty when none is)."""
        rect = QRectF()
        for item in self._hovered:
            rect = rect.united(item.sceneBoundingRect())
        return rect

    def show_areas(self, shown: bool) -> None:
        """Outline every region (for teaching which areas the body is divided into), or none."""
        self.areas_shown = shown
        if shown and not self._areas:
            pen = QPen(self.colours.region_line, AREA_PIXELS)
            pen.setCosmetic(True)  # as fine on screen when the whole body is shown as when zoomed in
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            for name in self.view_names:
                origin = self._offsets[name]
                path = QPainterPath()
                for geometry in self.atlas.views[name].shapes.values():
                    path.addPath(atlas_path(geometry, origin.x(), origin.y()))
                item = QGraphicsPathItem(path)
                item.setPen(pen)
                item.setZValue(Z_AREAS)
                item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                self.addItem(item)
                self._areas.append(item)
        for item in self._areas:
            item.setVisible(shown)

    # ------------------------------------------------------------------------------------------- content

    def _overlay(self, region_id: str, brush: QBrush, z: float, pen: QPen | None = None) -> list[QGraphicsItem]:
        items: list[QGraphicsItem] = []
        for region in self._regions.get(region_id, []):
            item = QGraphicsPathItem(region.path())
            item.setBrush(brush)
            item.setPen(pen or QPen(Qt.PenStyle.NoPen))
            item.setZValue(z)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.addItem(item)
            items.append(item)
        return items

    def _remove(self, items: list[QGraphicsItem]) -> None:
        for item in items:
            self.removeItem(item)
        items.clear()

    def show_pain(self, pain: Mapping[str, PainMark]) -> None:
        """Paint marked regions: red by intensity (pain-free pale green), laid opaque over the skin, textured by
        quality; a marking's edge where it meets the unmarked skin."""
        for rid in set(self._pain) | set(pain):
            mark = pain.get(rid)
            if mark == self._pain.get(rid):
                continue
            self._remove(self._pain_items.pop(rid, []))
            items = self._regions.get(rid, [])
            for item in items:
                item.setVisible(mark is not None)
            if mark is None:
                continue
            colour = style.over(style.mark_colour(mark.intensity), self.colours.skin)
            seam = QPen(colour, SEAM_PIXELS)
            seam.setCosmetic(True)
            for item in items:
                item.setBrush(colour)
                item.setPen(seam)
            edge = style.pain_pen(mark.intensity)
            edge.setWidthF(edge.widthF() * 2 + SEAM_PIXELS)  # its inner half, and the seam, lie under the fill
            added = self._overlay(rid, QBrush(Qt.BrushStyle.NoBrush), Z_PAIN_EDGE, edge)
            if (texture := style.mark_texture(mark.intensity, mark.quality)) is not None:
                added += self._overlay(rid, texture, Z_QUALITY)
            for item in added:
                item.setCacheMode(self._cache)
            self._pain_items[rid] = added
        self._pain = dict(pain)

    def show_pattern(
        self, essential: Iterable[str], spillover: Iterable[str], trigger_points: Iterable[Location] = ()
    ) -> None:
        """Draw a referral pattern (essential solid, spillover stippled) and plain trigger points (X)."""
        self.show_patterns([Pattern(frozenset(essential), frozenset(spillover), tuple(trigger_points))])

    def show_patterns(self, patterns: Sequence[Pattern]) -> None:
        """Draw referral patterns, each zone of each as one smooth shape per view, each pattern in its ink; their
        trigger points as X marks (in the pattern's colour when there are several)."""
        self.clear_pattern()
        items, self.zones_drawn = zone_items(self.atlas, self._offsets, patterns, Z_ZONE_FILL, Z_ZONE_LINES)
        for item in items:
            item.setCacheMode(self._cache)
            self.addItem(item)
        self._pattern += items
        marks = [
            mark
            for pattern in patterns
            for mark in self._marks_at("", pattern.trigger_points, ink=pattern.ink if len(patterns) > 1 else None)
        ]
        if marks:
            item = self._add_marks(marks)
            item.setCacheMode(self._cache)
            self._pattern.append(item)

    def clear_pattern(self) -> None:
        self._remove(self._pattern)
        self.zones_drawn = []

    def show_trigger_points(self, points: Mapping[str, Sequence[Location]], chosen: str | None = None) -> None:
        """Mark trigger points (X, one in each view that draws it) that the pointer can hover; ``chosen`` is drawn
        larger than the others."""
        if self._trigger_point_marks is not None:
            self.removeItem(self._trigger_point_marks)
            self._trigger_point_marks = None
        marks = [
            mark
            for tp_id, locations in points.items()
            for mark in self._marks_at(tp_id, locations, quiet=chosen is not None and tp_id != chosen)
        ]
        if marks:
            self._trigger_point_marks = self._add_marks(marks)

    def _marks_at(
        self, tp_id: str, locations: Iterable[Location], quiet: bool = False, ink: style.Ink | None = None
    ) -> list[Mark]:
        """The X marks of one trigger point at ``locations``, in the views shown."""
        return [
            Mark(tp_id, location.view, at, quiet, ink)
            for location in locations
            if (at := self.scene_point(location)) is not None
        ]

    def _add_marks(self, marks: Sequence[Mark]) -> TriggerPointMarks:
        """One item drawing ``marks``, laid out apart from one another at each zoom."""
        item = TriggerPointMarks(marks, self.marks_scale)
        item.setZValue(Z_MARKS)
        self.addItem(item)
        return item

    def show_muscle_outline(self, outlines: Mapping[str, BaseGeometry]) -> None:
        """Draw a muscle's outline (view name -> its shape in that view) under its trigger points' marks, as the
        reference charts draw the muscle; an empty mapping clears it."""
        self._remove(self._muscle)
        for view, shape in outlines.items():
            if view not in self._offsets:
                continue
            origin = self._offsets[view]
            item = QGraphicsPathItem(geometry_path(shape, origin.x(), origin.y()))
            item.setPen(style.muscle_pen())
            item.setBrush(style.muscle_brush())
            item.setZValue(Z_MUSCLE)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.addItem(item)
            self._muscle.append(item)

    def show_examined(self, marks: Iterable[tuple[Location, Examined, str]]) -> None:
        """Mark what palpation found at the trigger points of the muscles examined (replacing what was shown); a
        mark is (where, what was found, the muscle and side examined)."""
        self._remove(self._examined)
        badges = [
            Badge(location.view, point, kind, group)
            for location, kind, group in marks
            if (point := self.scene_point(location)) is not None
        ]
        if badges:
            item = ExaminedMarks(badges)
            item.setZValue(Z_MARKS - 0.2)  # under the chosen muscle's X, which then reads as "X on a red disc"
            self.addItem(item)
            self._examined.append(item)

    def show_heat(self, steps: Mapping[str, int]) -> None:
        """Colour regions by heat step (0 = few ... 4 = many); an empty mapping clears the heat map."""
        self.show_fills({rid: style.heat_brush(step) for rid, step in steps.items()})

    def show_fills(self, fills: Mapping[str, QBrush]) -> None:
        """Fill regions each with its brush, over the skin (a map of classes: a heat map, changes between two
        visits); an empty mapping clears them."""
        self._remove(self._heat)
        edge = QPen(self.colours.region_line, 0.6)
        for rid, brush in fills.items():
            self._heat += self._overlay(rid, brush, Z_FILLS, edge)

    def highlight(self, region_ids: Iterable[str]) -> None:
        """Outline regions boldly (a search result being shown); an empty list clears it."""
        self._remove(self._highlight)
        pen = QPen(style.HIGHLIGHT, 3.0)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for rid in region_ids:
            self._highlight += self._overlay(rid, QBrush(Qt.BrushStyle.NoBrush), Z_MARKS, pen)
