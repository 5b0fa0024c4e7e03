"""A referral zone as a picture draws it: one smooth shape per view, not the patchwork of the regions it is made of.

The regions stay the truth (the ranking works on them); this is only how a set of them is drawn.  Their union is
closed (parts closer than a hair are joined), its outline resampled and smoothed with a Gaussian along its length,
so that corners become curves of about a finger's width while narrow parts (a finger, a thumb) keep their shape,
and then clipped to the body.  Where the zone reaches the edge of the body it is first carried past that edge, so
that the clipping, not the smoothing, decides its edge there: the zone meets the body's outline exactly.

Computing a shape takes milliseconds, so shapes are kept: :func:`zone_shapes` gives each atlas one
:class:`ZoneShapes`, which computes each (view, regions) pair once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from weakref import WeakKeyDictionary

import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry import LineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from bodymap.core.body.atlas import Atlas, View

SIGMA_SHARE = 0.12  # a part's smoothing: this share of the square root of its area ...
SIGMA_LEAST, SIGMA_MOST = 1.5, 9.0  # ... within these (body units): fingers stay fingers, a thigh's box rounds off
STEP = 1.5  # body units between the samples of an outline
JOIN = 2.0  # body units: parts of a zone this close are drawn as one (regions that tile leave hairline gaps)
ON_THE_EDGE = 1.0  # body units: a zone this close to the body's outline runs along it ...
PAST_THE_EDGE = 12.0  # ... and is carried this far past it before smoothing
LEAST_HOLE = 40.0  # square body units: a smaller hole in a zone is filled
EDGE_SLACK = 0.5  # body units: an outline this close to the essential zone's is the essential zone's
KEPT = 2048  # shapes kept per atlas (a few hundred patterns, a few views each)

Points = npt.NDArray[np.float64]


def _smoothed_ring(ring: BaseGeometry, sigma: float) -> Points:
    """The ring's points, evenly resampled and smoothed by a circular Gaussian of ``sigma`` along its length."""
    corners: Points = shapely.get_coordinates(ring)  # closed: the last point is the first
    travelled = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(corners, axis=0).T))])
    count = max(int(travelled[-1] / STEP), 8)
    along = np.linspace(0.0, travelled[-1], count, endpoint=False)
    points = np.stack([np.interp(along, travelled, corners[:, axis]) for axis in (0, 1)], axis=1)
    half = min(int(3 * sigma / STEP) + 1, (count - 1) // 2)
    if half < 1:
        return points
    offsets = np.arange(-half, half + 1) * STEP
    weights = np.exp(-0.5 * (offsets / sigma) ** 2)
    weights /= weights.sum()
    padded = np.concatenate([points[-half:], points, points[:half]])
    return np.stack([np.convolve(padded[:, axis], weights, mode="valid") for axis in (0, 1)], axis=1)


def _smoothed(polygon: Polygon, scale: float) -> BaseGeometry:
    sigma = min(max(SIGMA_SHARE * float(polygon.area) ** 0.5, SIGMA_LEAST * scale), SIGMA_MOST * scale)
    holes = [_smoothed_ring(h, sigma) for h in polygon.interiors if Polygon(h).area >= LEAST_HOLE * scale**2]
    return shapely.make_valid(Polygon(_smoothed_ring(polygon.exterior, sigma), holes))


def body_edge(view: View) -> BaseGeometry:
    """The band along the body's outline in which a zone is taken to reach the outline."""
    return view.silhouette.boundary.buffer(ON_THE_EDGE * view.layout.scale, quad_segs=2)


def smooth_shape(view: View, regions: Iterable[str], edge: BaseGeometry | None = None) -> BaseGeometry:
    """The regions of ``regions`` drawn in ``view`` as one smooth shape inside the body (empty if none is drawn);
    ``edge`` is the view's :func:`body_edge`, when worked out already."""
    shapes = [view.shapes[rid] for rid in regions if rid in view.shapes]
    if not shapes:
        return Polygon()
    scale = view.layout.scale
    body = view.silhouette
    # coarse round joins are enough: the outline is smoothed next
    joined = shapely.union_all(shapes).buffer(JOIN * scale, quad_segs=2).buffer(-JOIN * scale, quad_segs=2)
    # where the zone runs along the body's edge, it is carried past it (outside the body: clipped off again)
    along = joined.intersection(edge if edge is not None else body_edge(view))
    beyond = along.buffer(PAST_THE_EDGE * scale, quad_segs=2).difference(body)
    grown = shapely.union_all([joined, beyond])
    parts = [_smoothed(p, scale) for p in getattr(grown, "geoms", [grown])]
    shape = shapely.union_all(parts).intersection(body)
    return _polygonal(shape)


def _polygonal(geometry: BaseGeometry) -> BaseGeometry:
    """Only the areas of ``geometry``: set operations on touching shapes may leave stray lines or points."""
    polygons: list[Polygon] = []
    pending = [geometry]
    while pending:
        part = pending.pop()
        if isinstance(part, Polygon):
            polygons += [part] if not part.is_empty else []
        elif hasattr(part, "geoms"):
            pending += list(part.geoms)
    if len(polygons) <= 1:
        return polygons[0] if polygons else Polygon()
    return MultiPolygon(polygons)


@dataclass(frozen=True)
class Zones:
    """A referral pattern's shapes in one view (each empty where the view draws none of it)."""

    essential: BaseGeometry
    spillover: BaseGeometry  # what the whole pattern's shape adds to the essential one: they meet, never overlap
    spillover_edge: BaseGeometry  # the whole pattern's outline where it is not the essential zone's (lines)


class ZoneShapes:
    """Smooth shapes of referral zones in the views of one atlas, each worked out once (the least recently used
    forgotten after ``KEPT``)."""

    def __init__(self, views: Mapping[str, View]) -> None:
        self.views = views  # not the atlas: this is kept for as long as the atlas lives, and must not keep it alive
        self._kept: OrderedDict[tuple[str, frozenset[str], frozenset[str]], Zones] = OrderedDict()
        self._edges = {name: body_edge(view) for name, view in views.items()}

    def zones(self, view_name: str, essential: Iterable[str], spillover: Iterable[str] = ()) -> Zones:
        """The shapes of a pattern (its essential and spillover regions) in the view."""
        view = self.views[view_name]
        core = frozenset(r for r in essential if r in view.shapes)
        rest = frozenset(r for r in spillover if r in view.shapes) - core
        key = (view_name, core, rest)
        if key in self._kept:
            self._kept.move_to_end(key)
            return self._kept[key]
        edge = self._edges[view_name]
        core_shape = smooth_shape(view, core, edge)
        # smoothed apart, one may bulge past the other: the whole is both
        whole = _polygonal(smooth_shape(view, core | rest, edge).union(core_shape)) if rest else core_shape
        beyond = _polygonal(whole.difference(core_shape))
        if not beyond.is_empty:
            outline = whole.boundary.difference(core_shape.buffer(EDGE_SLACK * view.layout.scale))
            zones = Zones(core_shape, beyond, outline)
        else:
            zones = Zones(core_shape, Polygon(), LineString())
        self._kept[key] = zones
        if len(self._kept) > KEPT:
            self._kept.popitem(last=False)
        return zones


_BY_ATLAS: WeakKeyDictionary[Atlas, ZoneShapes] = WeakKeyDictionary()


def zone_shapes(atlas: Atlas) -> ZoneShapes:
    """The one :class:`ZoneShapes` of ``atlas``, for as long as the atlas lives."""
    shapes = _BY_ATLAS.get(atlas)
    if shapes is None:
        shapes = _BY_ATLAS[atlas] = ZoneShapes(atlas.views)
    return shapes
