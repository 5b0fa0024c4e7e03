"""What the user marks: regions, each with a pain intensity (0-10) and optionally a quality.

Intensity follows the 0-10 numeric rating scale.  A mark of 0 records an area the patient says is pain-free,
which is a finding too: it is not pain to explain, and a pattern whose main zone covers it fits less well.

Freehand painting is a convenience over the regions, which stay the truth: :func:`brushed_regions` turns a
stroke (a polyline swept by a round brush) into the regions it marks.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

import shapely
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from bodymap.core.body.atlas import View

DEFAULT_INTENSITY = 6
# A stroke marks a region when it covers this share of the region's area ...
COVERED_SHARE = 0.25
# ... or when it touches the region's centre area: a disc around the region's inner-most point whose radius is
# this fraction of the region's equivalent radius.  A narrow stroke straight through a big region marks it; a
# stroke that only grazes a neighbour's edge does not.
CENTRE_FRACTION = 0.35


class Quality(Enum):
    ACHING = "aching"
    SHARP = "sharp"
    BURNING = "burning"
    TINGLING = "tingling/numbness"

    @property
    def label(self) -> str:
        return {"tingling/numbness": "Tingling / numbness"}.get(self.value, self.value.capitalize())


@dataclass(frozen=True)
class PainMark:
    intensity: int = DEFAULT_INTENSITY
    quality: Quality | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.intensity <= 10:
            raise ValueError(f"pain intensity must be 0 to 10, not {self.intensity}")
        if self.intensity == 0 and self.quality is not None:
            object.__setattr__(self, "quality", None)  # a pain-free area has no pain quality

    @property
    def painful(self) -> bool:
        return self.intensity > 0


def pain_weights(pain: Mapping[str, PainMark]) -> dict[str, float]:
    """Region id -> intensity as a weight in (0, 1], for the painful marks only."""
    return {rid: mark.intensity / 10 for rid, mark in pain.items() if mark.painful}


def pain_free(pain: Mapping[str, PainMark]) -> frozenset[str]:
    """The regions marked 0: checked and found pain-free."""
    return frozenset(rid for rid, mark in pain.items() if not mark.painful)


class PainMap(Mapping[str, PainMark]):
    """Region id -> mark.  Changed only through :meth:`apply`, which returns what it replaced (for undo)."""

    def __init__(self, marks: Mapping[str, PainMark] | None = None) -> None:
        self._marks: dict[str, PainMark] = dict(marks or {})

    def __getitem__(self, region_id: str) -> PainMark:
        return self._marks[region_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._marks)

    def __len__(self) -> int:
        return len(self._marks)

    def apply(self, changes: Mapping[str, PainMark | None]) -> dict[str, PainMark | None]:
        """Set (or, with None, clear) the given regions; return their previous marks."""
        before = {rid: self._marks.get(rid) for rid in changes}
        for rid, mark in changes.items():
            if mark is None:
                self._marks.pop(rid, None)
            else:
                self._marks[rid] = mark
        return before

    def toggled(self, region_id: str, mark: PainMark) -> dict[str, PainMark | None]:
        """The change that a click on ``region_id`` makes: give it ``mark``, or clear it if it has that very mark
        (so a click with another strength or quality re-marks the region instead of clearing it)."""
        return {region_id: None if self._marks.get(region_id) == mark else mark}

    def painted(self, region_ids: Iterable[str], mark: PainMark) -> dict[str, PainMark | None]:
        """The change that a stroke over ``region_ids`` makes: each gets ``mark`` (unchanged ones are left out)."""
        return {rid: mark for rid in region_ids if self._marks.get(rid) != mark}

    def added(self, region_ids: Iterable[str], mark: PainMark) -> dict[str, PainMark | None]:
        """The change that pre-marks ``region_ids`` (a condition's typical areas): each region not marked yet gets
        ``mark``; a region already marked keeps the mark the user gave it."""
        return {rid: mark for rid in region_ids if rid not in self._marks}

    def erased(self, region_ids: Iterable[str]) -> dict[str, PainMark | None]:
        """The change that the eraser over ``region_ids`` makes: the marked ones are cleared."""
        return {rid: None for rid in region_ids if rid in self._marks}

    def cleared(self) -> dict[str, PainMark | None]:
        """The change that clears everything."""
        return dict.fromkeys(self._marks)


def brushed_regions(view: View, points: Sequence[tuple[float, float]], radius: float) -> frozenset[str]:
    """The regions of ``view`` that a stroke marks: the polyline through ``points`` (body units) swept by a round
    brush of ``radius``.  Consecutive points are joined by straight segments, so a fast stroke whose samples are
    far apart still covers everything in between.

    A region is marked when the stroke covers at least ``COVERED_SHARE`` of its area, or touches its centre area
    (see ``CENTRE_FRACTION``); the region holding most of the stroke is always marked, so a short dab inside a
    large region marks it."""
    if not points or radius <= 0:
        return frozenset()
    line = shapely.Point(points[0]) if len(set(points)) == 1 else shapely.LineString(points)
    stroke = line.buffer(radius, quad_segs=8)
    shapely.prepare(stroke)
    overlaps = {rid: shape for rid, shape in view.shapes.items() if stroke.intersects(shape)}
    covered = {rid: shapely.intersection(shape, stroke).area for rid, shape in overlaps.items()}
    marked = {
        rid
        for rid, shape in overlaps.items()
        if covered[rid] >= COVERED_SHARE * shape.area or stroke.intersects(_centre_area(shape))
    }
    if covered:
        marked.add(max(covered, key=covered.__getitem__))  # a short stroke inside a big region still marks it
    return frozenset(marked)


# shape id -> (the shape, kept alive so that its id is not reused; its centre area)
_CENTRES: dict[int, tuple[BaseGeometry, BaseGeometry]] = {}


def _centre_area(shape: BaseGeometry) -> BaseGeometry:
    cached = _CENTRES.get(id(shape))
    if cached is None:
        largest = max(getattr(shape, "geoms", [shape]), key=lambda g: g.area)
        centre = polylabel(largest, tolerance=0.5)
        cached = _CENTRES[id(shape)] = (shape, centre.buffer(CENTRE_FRACTION * math.sqrt(shape.area / math.pi)))
    return cached[1]
