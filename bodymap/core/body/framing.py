"""Which views show a set of areas and points best, and the part of each view to show: a headache's picture is of
heads, not of five whole bodies.

A region counts as shown by a view that draws it at least at ``WELL_DRAWN`` of its largest drawn size (the temple
is shown by the side view and, narrower, by the front view; the back view does not show it at all).  Views are
chosen greedily: the points first (a trigger point is drawn in one view only), then the view that shows most of
the area still unshown, while another view adds enough.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bodymap.core.body.atlas import Atlas, View

WELL_DRAWN = 0.5
WORTH_ANOTHER_VIEW = 0.15  # of the whole area: less than this still unshown is not worth another picture
MARGIN = 0.12  # of the frame's larger side, on every side
MIN_EXTENT = 170.0  # body units: a frame never zooms in further than this (about a head and neck)
POINT_REACH = 12.0  # body units around a point that the frame keeps in sight (its X is drawn over them)


@dataclass(frozen=True)
class Frame:
    """A rectangle of one view's drawing (its units: x to the right, y downward)."""

    view: str
    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class Spot:
    """A point of one view's drawing to keep in sight (a trigger point)."""

    view: str
    x: float
    y: float


def _drawn_area(view: View, region_id: str) -> float:
    return float(view.shapes[region_id].area) / view.layout.scale**2 if region_id in view.shapes else 0.0


def choose_views(
    atlas: Atlas, regions: Iterable[str], spots: Iterable[Spot] = (), most: int = 2, worth: float = WORTH_ANOTHER_VIEW
) -> list[str]:
    """The fewest views (at most ``most``, in the atlas's order) that show the regions and the spots; a view after
    the first is taken for a spot, or for at least ``worth`` of the regions' area still unshown (0: any)."""
    areas = {rid: atlas.area(rid) for rid in regions if rid in atlas.regions and atlas.area(rid) > 0}
    total = sum(areas.values())
    unshown_spots = {s.view for s in spots if s.view in atlas.views}

    def shows(view: View) -> set[str]:
        return {rid for rid in areas if _drawn_area(view, rid) >= WELL_DRAWN * areas[rid]}

    chosen: list[str] = []
    unshown = set(areas)
    while (unshown or unshown_spots) and len(chosen) < most:
        candidates = [v for v in atlas.views.values() if v.name not in chosen]
        if not candidates:
            break

        gains = {v.name: (v.name in unshown_spots, sum(areas[rid] for rid in shows(v) & unshown)) for v in candidates}
        best = max(candidates, key=lambda v: gains[v.name])
        has_spot, area = gains[best.name]
        if not has_spot and not (area > 0 and area >= worth * total):
            break
        chosen.append(best.name)
        unshown -= shows(best)
        unshown_spots.discard(best.name)
    order = list(atlas.views)
    return sorted(chosen, key=order.index)


def frame_view(
    atlas: Atlas, view_name: str, regions: Iterable[str], spots: Iterable[Spot] = (), aspect: float | None = None
) -> Frame:
    """The part of ``view_name`` around the regions it draws and the spots in it, with a margin, never smaller than
    ``MIN_EXTENT``, widened to ``aspect`` (width / height) when given, and kept inside the view."""
    view = atlas.views[view_name]
    boxes = [tuple(float(v) for v in view.shapes[rid].bounds) for rid in regions if rid in view.shapes]
    r = POINT_REACH
    boxes += [(s.x - r, s.y - r, s.x + r, s.y + r) for s in spots if s.view == view_name]
    if not boxes:
        return Frame(view_name, 0.0, 0.0, view.width, view.height)
    left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
    right, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
    margin = MARGIN * max(right - left, bottom - top)
    left, top, right, bottom = left - margin, top - margin, right + margin, bottom + margin
    least = min(MIN_EXTENT * view.layout.scale, view.width, view.height)
    width, height = max(right - left, least), max(bottom - top, least)
    if aspect is not None:
        width, height = max(width, height * aspect), max(height, width / aspect)
    width, height = min(width, view.width), min(height, view.height)
    cx, cy = (left + right) / 2, (top + bottom) / 2
    x0 = min(max(cx - width / 2, 0.0), view.width - width)
    y0 = min(max(cy - height / 2, 0.0), view.height - height)
    return Frame(view_name, x0, y0, x0 + width, y0 + height)


def frames(
    atlas: Atlas,
    regions: Iterable[str],
    spots: Iterable[Spot] = (),
    most: int = 2,
    aspect: float | None = None,
    worth: float = WORTH_ANOTHER_VIEW,
) -> list[Frame]:
    """The views that show the regions and spots best (:func:`choose_views`), each framed around them."""
    regions, spots = list(regions), list(spots)
    return [frame_view(atlas, v, regions, spots, aspect) for v in choose_views(atlas, regions, spots, most, worth)]
