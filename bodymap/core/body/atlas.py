"""The body atlas: named regions of body surface, and the views in which they have shapes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

import shapely
import shapely.affinity
from shapely.geometry.base import BaseGeometry

from bodymap.core.data import names
from bodymap.core.data.names import name_key


class Side(Enum):
    """The patient's side."""

    RIGHT = "right"
    LEFT = "left"
    MIDLINE = "midline"

    @property
    def opposite(self) -> Side:
        return {Side.RIGHT: Side.LEFT, Side.LEFT: Side.RIGHT}.get(self, self)


@dataclass(frozen=True)
class Region:
    id: str
    label: str
    side: Side
    group: str
    synonyms: tuple[str, ...] = ()
    lay_label: str = ""  # the place in a patient's words ("back of the head, right side"); the loader falls back to
    # the label when the data gives none

    @property
    def names(self) -> tuple[str, ...]:
        return (self.id, self.label, *self.synonyms)

    @property
    def in_lay_words(self) -> str:
        """The place as a patient would say it inside a sentence ("the back of the head, right side")."""
        return self.lay_label[:1].lower() + self.lay_label[1:]


@dataclass(frozen=True)
class ViewLayout:
    """How a view is to be read: which side is where, which view mirrors it, and its drawing scale."""

    patient_right_on_screen_left: bool = True  # for a view of both sides
    shows: Side | None = None  # for a view of one side only (a lateral view)
    mirror: str = ""  # the view showing the other side; "" for a view that is its own mirror image
    scale: float = 1.0  # drawing units per body unit (the soles are drawn larger)


@dataclass(frozen=True)
class View:
    """One drawing of the body.  Coordinates are the SVG's: x to the right, y downward."""

    name: str
    label: str
    width: float
    height: float
    layout: ViewLayout
    shapes: dict[str, BaseGeometry] = field(repr=False)
    silhouette: BaseGeometry = field(repr=False)  # the body's outline, for drawing
    artwork: bytes = field(default=b"", repr=False)  # an SVG of the lines that are no region (the face...): "details"
    muscles: dict[str, BaseGeometry] = field(default_factory=dict, repr=False)  # muscle id -> outline, patient's right
    _ids: list[str] = field(init=False, repr=False, compare=False)
    _tree: shapely.STRtree = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # an index over the shapes makes hit-testing a few microseconds (frozen: set once, here)
        object.__setattr__(self, "_ids", list(self.shapes))
        object.__setattr__(self, "_tree", shapely.STRtree([self.shapes[i] for i in self._ids]))
        for geom in self.shapes.values():
            shapely.prepare(geom)

    def region_at(self, x: float, y: float) -> str | None:
        """The id of the region under the point, or None outside the body."""
        return self.regions_at([(x, y)])[0]

    def regions_at(self, points: Sequence[tuple[float, float]]) -> list[str | None]:
        """The id of the region under each of ``points`` (None outside the body), all found in one query of the
        index: for many points, many times quicker than one by one."""
        found: list[str | None] = [None] * len(points)
        if not points:
            return found
        for point, index in self._tree.query(shapely.points(points), predicate="intersects").T:
            if found[point] is None:  # on a border between two: the first, as for a single point
                found[point] = self._ids[int(index)]
        return found

    def mirror_x(self, x: float) -> float:
        return self.width - x

    @property
    def patient_right_on_screen_left(self) -> bool:
        return self.layout.patient_right_on_screen_left

    @property
    def shows(self) -> Side | None:
        """The one side a lateral view shows; None for a view of both sides."""
        return self.layout.shows

    @property
    def mirror_view(self) -> str:
        """The name of the view whose drawing is this one's mirror image (a symmetric view mirrors itself)."""
        return self.layout.mirror or self.name

    @property
    def outline(self) -> BaseGeometry:
        """The union of the regions, exactly."""
        return shapely.union_all(list(self.shapes.values()))


class Atlas:
    """Regions and views, with look-ups by any name and left/right mirroring."""

    def __init__(self, regions: Iterable[Region], views: Iterable[View]) -> None:
        self.regions: dict[str, Region] = {r.id: r for r in regions}
        self.views: dict[str, View] = {v.name: v for v in views}
        self._by_name: dict[str, str] = {}
        for region in self.regions.values():
            for name in region.names:
                self._by_name.setdefault(name_key(name), region.id)
        self._names = list(self._by_name)
        self._areas = {
            rid: max(
                (v.shapes[rid].area / v.layout.scale**2 for v in self.views.values() if rid in v.shapes), default=0.0
            )
            for rid in self.regions
        }

    def find(self, name: str) -> Region | None:
        """The region called ``name`` (its id, label or a synonym; case and spacing do not matter)."""
        rid = self._by_name.get(name_key(name))
        return self.regions[rid] if rid is not None else None

    def closest(self, name: str, n: int = 3) -> list[str]:
        """Labels of the regions whose names come closest to ``name`` (for "did you mean")."""
        labels: list[str] = []
        for index in names.closest(name, self._names, n * 3):
            label = self.regions[self._by_name[self._names[index]]].label
            if label not in labels:
                labels.append(label)
        return labels[:n]

    def did_you_mean(self, name: str) -> str:
        """ " (did you mean '<id>'?)" naming the region closest to ``name``, or "" when none comes close."""
        close = self.closest(name, 1)
        region = self.find(close[0]) if close else None
        return f" (did you mean '{region.id}'?)" if region is not None else ""

    def mirror(self, region_id: str) -> str:
        """The id of the region on the other side (a midline region is its own mirror)."""
        region = self.regions[region_id]
        if region.side is Side.MIDLINE:
            return region_id
        this, other = region.side.value + "_", region.side.opposite.value + "_"
        return other + region_id.removeprefix(this)

    def area(self, region_id: str) -> float:
        """The region's largest drawn area over all views, in body units squared (whatever a view's scale)."""
        return self._areas.get(region_id, 0.0)

    def views_of(self, region_id: str) -> list[str]:
        return [name for name, view in self.views.items() if region_id in view.shapes]

    def muscle_outlines(self, muscle_id: str, side: Side) -> dict[str, BaseGeometry]:
        """The outline of a muscle on the patient's ``side`` in each view that draws it: view name -> shape (the
        drawings outline the right side's muscles; the left's are their mirror images, in the mirror view)."""
        outlines: dict[str, BaseGeometry] = {}
        for name, view in self.views.items():
            shape = view.muscles.get(muscle_id)
            if shape is None:
                continue
            if side is Side.LEFT:
                mirror = shapely.affinity.affine_transform(shape, [-1, 0, 0, 1, view.width, 0])
                outlines[view.mirror_view] = mirror
            else:
                outlines[name] = shape
        return outlines
