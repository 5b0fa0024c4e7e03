"""Reading a view's drawing (SVG) into region shapes, with a cache so that later starts skip the parsing.

A drawing is any SVG whose group ``id="regions"`` holds one path (or other shape) per region, the element id
being the region id; an optional group ``id="muscles"`` holds the outline of each muscle drawn in that view (the
element id being the muscle id; the muscle on the patient's right); an optional group ``id="details"`` holds the
lines that are no region (the face, the landmarks), drawn as they are.  Transforms and curves are honoured, so it
can be edited in any SVG editor.  Parsing SVG is the slowest part of start-up, so the shapes are also kept (as WKB)
in a cache keyed by the drawing's content (see :mod:`bodymap.core.data.cache`): an edited drawing simply misses it.
So is the details group, as a document of its own: a window renders it, and the whole drawing (every region and
muscle) would take many times longer to read.  ``make art`` ships all this for the shipped drawings with the
package, so that even a first start finds it.

A drawing is refused, with a sentence, rather than read at any cost: more than :data:`MAX_SIZE` elements and
coordinates (counting what ``<use>`` repeats, or a ``<use>`` inside what it repeats), more than :data:`MAX_POINTS`
points once curves are flattened, no size, or anything the SVG parser cannot read.
"""

from __future__ import annotations

import io
import itertools
import marshal
import math
import re
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree

import shapely
from shapely.geometry.base import BaseGeometry

from bodymap.core.data import cache

CACHE_KIND = "drawing-5"  # the cached form and how it is derived: a change in either gets a new version
DETAILS = "details"  # the group of lines that are no region

MAX_SIZE = 125_000  # elements and coordinates (counting what <use> repeats); a shipped drawing has up to 40,000
MAX_POINTS = 100_000  # once curves are flattened; a shipped drawing has up to 11,000
MAX_STEPS = 1_000  # points per flattened curve: enough for a curve round the whole body
FAR = 1e7  # drawing units; the body is about a thousand tall
NUMBER = re.compile(rb"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"


class DrawingError(Exception):
    """The drawing cannot be read, or has no regions group."""


@dataclass(frozen=True)
class Drawing:
    width: float
    height: float
    shapes: dict[str, BaseGeometry]  # element id -> shape (empty when the element encloses nothing)
    silhouette: BaseGeometry  # the body's outline, for drawing
    muscles: dict[str, BaseGeometry] = field(default_factory=dict)  # muscle id -> its outline on the patient's right
    details: bytes = b""  # an SVG document of the drawing's details group alone (same size); b"" without one


def silhouette_of(shapes: list[BaseGeometry]) -> BaseGeometry:
    """The outline of the union of ``shapes``, hairline seams between them closed, then thinned to what the
    eye can see: the buffered outline has thousands of tiny round joins, which make repaints slow.  Thinned
    before buffering too, which keeps a finely drawn outline from making the buffer slow (seconds)."""
    return shapely.union_all(shapes).simplify(0.05).buffer(0.3).buffer(-0.3).simplify(0.05)


def read_drawing(content: bytes) -> Drawing:
    """Shapes of the region elements of an SVG document, from the cache when the same bytes were read before."""
    entry = cache.key(CACHE_KIND, content)
    stored = cache.read(entry)
    cached = _decode(stored) if stored is not None else None
    if cached is not None:
        return cached
    drawing = _parse(content)
    cache.write(entry, _encode(drawing))
    return drawing


def shipped_entry(content: bytes) -> tuple[str, bytes]:
    """The cache entry of a drawing (its name, and its content as stored), to ship with the package."""
    entry = cache.key(CACHE_KIND, content)
    return entry, cache.seal(entry, _encode(_parse(content)))


def _parse(content: bytes) -> Drawing:
    try:
        root = ElementTree.fromstring(content)  # expat refuses entity bombs itself
    except ElementTree.ParseError as exc:
        raise DrawingError(f"cannot read the drawing ({exc})") from exc
    _check_size(root)
    import svgelements  # imported here: a start-up that hits the cache never needs it

    try:
        svg = svgelements.SVG.parse(io.BytesIO(content), reify=True)
        groups = {
            e.id: e for e in svg.elements() if isinstance(e, svgelements.Group) and e.id in ("regions", "muscles")
        }
        if "regions" not in groups:
            raise DrawingError("the drawing has no group with id 'regions' holding the region paths")
        budget = [MAX_POINTS]
        shapes = _shapes_in(groups["regions"], budget)
        muscles = _shapes_in(groups["muscles"], budget) if "muscles" in groups else {}
        box = svg.viewbox
        width = float(box.width) if box is not None else float(svg.width)
        height = float(box.height) if box is not None else float(svg.height)
        silhouette = silhouette_of(list(shapes.values()))
    except DrawingError:
        raise
    except Exception as exc:  # svgelements and GEOS raise many kinds of error on malformed input
        raise DrawingError(f"cannot read the drawing ({type(exc).__name__}: {exc})") from exc
    if not (math.isfinite(width) and math.isfinite(height) and width > 0 and height > 0):
        raise DrawingError("the drawing has no size: give the <svg> element a viewBox, or a width and a height")
    return Drawing(width, height, shapes, silhouette, muscles, _details(root))


def _shapes_in(group: Any, budget: list[int]) -> dict[str, BaseGeometry]:
    """Element id -> the area each shape in ``group`` (an svgelements.Group) encloses."""
    import svgelements  # already loaded by _parse; see there

    shapes: dict[str, BaseGeometry] = {}
    for element in group.select():
        if isinstance(element, svgelements.Shape):
            shapes[str(element.id)] = _geometry(str(element.id), svgelements.Path(element), budget)
    return shapes


def _details(root: ElementTree.Element) -> bytes:
    """The drawing's details group in a document of its own, with the drawing's size and viewBox, and the
    transforms of the groups it lay in (an editor's layers), so that it lies where it lay; b"" for a drawing
    without one."""
    parents = {child: parent for parent in root.iter() for child in parent}
    group = next((e for e in root.iter() if e.get("id") == DETAILS), None)
    if group is None:
        return b""
    namespace = root.tag[1:].partition("}")[0] if root.tag.startswith("{") else ""
    for element in group.iter():  # written in the default namespace, as the drawing was
        element.tag = element.tag.rpartition("}")[2]
    size = {key: value for key in ("viewBox", "width", "height") if (value := root.get(key)) is not None}
    document = ElementTree.Element("svg", {"xmlns": namespace, **size} if namespace else size)
    transforms = [group.get("transform", "")]
    parent = parents.get(group)
    while parent is not None and parent is not root:
        transforms.insert(0, parent.get("transform", ""))
        parent = parents.get(parent)
    if transform := " ".join(t for t in transforms if t):
        group.set("transform", transform)
    document.append(group)
    return ElementTree.tostring(document)


def _check_size(root: ElementTree.Element) -> None:
    """Refuse a document of more than :data:`MAX_SIZE` elements and coordinates, counting each ``<use>`` as what
    it repeats, before the SVG parser (slow, and expanding every ``<use>``) sees it."""
    by_id = {e.get("id"): e for e in root.iter() if e.get("id")}

    def parts(element: ElementTree.Element) -> list[ElementTree.Element]:
        href = element.get(XLINK_HREF) or element.get("href") or ""
        used = by_id.get(href[1:]) if element.tag.rpartition("}")[2] == "use" and href[:1] == "#" else None
        return [*element, used] if used is not None else list(element)

    sizes: dict[int, int] = {}  # id(element) -> elements it stands for
    path: set[int] = set()  # the elements being counted: a <use> reaching one of them never ends
    stack = [(root, False)]
    while stack:  # depth first, without recursion (an XML document can be nested very deep)
        element, done = stack.pop()
        if done:
            path.discard(id(element))
            own = 1 + sum(len(NUMBER.findall(element.get(a, "").encode())) for a in ("d", "points"))
            sizes[id(element)] = min(MAX_SIZE + 1, own + sum(sizes[id(p)] for p in parts(element)))
        elif id(element) in path:
            raise DrawingError("a <use> element repeats a group that contains it, which never ends")
        elif id(element) not in sizes:
            path.add(id(element))
            stack.append((element, True))
            stack.extend((p, False) for p in parts(element))
    if sizes[id(root)] > MAX_SIZE:
        raise DrawingError(
            f"the drawing is too large: more than {MAX_SIZE:,} elements and coordinates (counting what <use> repeats)"
        )


def _geometry(rid: str, path: Any, budget: list[int]) -> BaseGeometry:
    """The area a path (an svgelements.Path, of the region ``rid``) encloses; curves are flattened finely enough to
    look smooth when zoomed.  ``budget`` holds the points still allowed in the drawing."""
    import svgelements  # already loaded by _parse; see there

    polygons = []
    for sub in path.as_subpaths():
        points: list[tuple[float, float]] = []
        for seg in svgelements.Path(sub):
            if isinstance(seg, svgelements.Move | svgelements.Line | svgelements.Close):
                if seg.end is not None:
                    points.append((seg.end.x, seg.end.y))
                continue
            steps = max(4, min(MAX_STEPS, math.ceil(_length_bound(seg) / 2.0)))
            points.extend((p.x, p.y) for p in (seg.point(i / steps) for i in range(1, steps + 1)))
        budget[0] -= len(points)
        if budget[0] < 0:
            raise DrawingError(f"the drawing's shapes have more than {MAX_POINTS:,} points")
        if not all(abs(x) < FAR and abs(y) < FAR for x, y in points):  # NaN too
            raise DrawingError(f"the shape of '{rid}' reaches {FAR:g} units or more from the origin, or has no place")
        if len(points) >= 3:
            polygon = shapely.Polygon(points)
            polygons.append(polygon if polygon.is_valid else shapely.make_valid(polygon))
    return shapely.union_all(polygons) if polygons else shapely.Polygon()


def _length_bound(seg: Any) -> float:
    """At least the length of a curve segment, cheaply (svgelements' own length can take minutes on a curve
    with absurd coordinates): a Bézier curve is no longer than its control polygon, an arc than its ellipse."""
    if hasattr(seg, "rx"):
        length = math.pi * (abs(seg.rx) + abs(seg.ry))
    else:
        controls = (getattr(seg, name, None) for name in ("control", "control1", "control2"))
        corners = [seg.start, *(c for c in controls if c is not None), seg.end]
        length = sum(math.hypot(b.x - a.x, b.y - a.y) for a, b in itertools.pairwise(corners))
    return length if math.isfinite(length) else MAX_STEPS * 2.0


# the cached form, in marshal's format: (width, height, region ids, their shapes as WKB, the silhouette as WKB,
# muscle ids, their outlines as WKB, the details document)


def _encode(drawing: Drawing) -> bytes:
    def wkb(shapes: dict[str, BaseGeometry]) -> tuple[tuple[str, ...], tuple[bytes, ...]]:
        ids = tuple(shapes)
        return ids, tuple(shapely.to_wkb([shapes[i] for i in ids]).tolist()) if ids else ()

    ids, shapes = wkb(drawing.shapes)
    muscle_ids, outlines = wkb(drawing.muscles)
    silhouette = shapely.to_wkb(drawing.silhouette)
    return marshal.dumps(
        (drawing.width, drawing.height, ids, shapes, silhouette, muscle_ids, outlines, drawing.details)
    )


def _decode(stored: bytes) -> Drawing | None:
    try:
        width, height, ids, shapes, silhouette, muscle_ids, outlines, details = marshal.loads(stored)
        regions = dict(zip(ids, shapely.from_wkb(list(shapes)), strict=True))
        muscles = dict(zip(muscle_ids, shapely.from_wkb(list(outlines)), strict=True)) if muscle_ids else {}
        return Drawing(float(width), float(height), regions, shapely.from_wkb(silhouette), muscles, bytes(details))
    except Exception:  # the cache is checked when read, so this is paranoia: any doubt means parse again
        return None
