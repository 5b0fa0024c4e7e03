"""Reading a view's drawing (SVG) into region shapes, with a cache so that later starts skip the parsing.

A drawing is any SVG whose group ``id="regions"`` holds one path (or other shape) per region, the element id
being the region id; an optional group ``id="muscles"`` holds the outline of each muscle drawn in that view (the
element id being the muscle id; the muscle on the patient's right); an optional group ``id="details"`` holds the
lines that are no region (the face, the landmarks), drawn as they are.  Transforms and curves are honoured, so it
can be edited in any SVG editor.  Parsing SVG is the slowest part of start-up, so the shapes are also kept (as WKB)
in the user's cache folder, keyed by the drawing's content: an edited drawing simply misses the cache.  So is the
details group, as a document of its own: a window renders it, and the whole drawing (every region and muscle) would
take many times longer to read.
"""

from __future__ import annotations

import base64
import json
import math
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

from bodymap.core.data import cache

CACHE_KIND = "drawing-4"  # the cache's format: a new format gets a new name
DETAILS = "details"  # the group of lines that are no region


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
    eye can see: the buffered outline has thousands of tiny round joins, which make repaints slow."""
    return shapely.union_all(shapes).buffer(0.3).buffer(-0.3).simplify(0.05)


def read_drawing(content: bytes) -> Drawing:
    """Shapes of the region elements of an SVG document, from the cache when the same bytes were read before."""
    file_name = cache.name(CACHE_KIND, content) + ".json"
    cached = _from_cache(file_name)
    if cached is not None:
        return cached
    drawing = _parse(content)
    _to_cache(file_name, drawing)
    return drawing


def _parse(content: bytes) -> Drawing:
    import io

    import svgelements  # imported here: a start-up that hits the cache never needs it

    try:
        svg = svgelements.SVG.parse(io.BytesIO(content), reify=True)
    except (ValueError, SyntaxError) as exc:
        raise DrawingError(f"cannot read the drawing ({exc})") from exc
    groups = {e.id: e for e in svg.elements() if isinstance(e, svgelements.Group) and e.id in ("regions", "muscles")}
    if "regions" not in groups:
        raise DrawingError("the drawing has no group with id 'regions' holding the region paths")
    shapes = _shapes_in(groups["regions"])
    muscles = _shapes_in(groups["muscles"]) if "muscles" in groups else {}
    box = svg.viewbox
    width = float(box.width) if box is not None else float(svg.width)
    height = float(box.height) if box is not None else float(svg.height)
    return Drawing(width, height, shapes, silhouette_of(list(shapes.values())), muscles, _details(content))


def _details(content: bytes) -> bytes:
    """The drawing's details group in a document of its own, with the drawing's size and viewBox (so that the
    group lies where it lay); b"" for a drawing without one."""
    try:
        root = ElementTree.fromstring(content)
    except ElementTree.ParseError as exc:
        raise DrawingError(f"cannot read the drawing ({exc})") from exc
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
    while parent is not None and parent is not root:  # the groups it lies in may move it (an editor's layers)
        transforms.insert(0, parent.get("transform", ""))
        parent = parents.get(parent)
    if transform := " ".join(t for t in transforms if t):
        group.set("transform", transform)
    document.append(group)
    return ElementTree.tostring(document)


def _shapes_in(group: Any) -> dict[str, BaseGeometry]:
    """Element id -> the area each shape in ``group`` (an svgelements.Group) encloses."""
    import svgelements  # already loaded by _parse; see there

    return {
        str(element.id): _geometry(svgelements.Path(element))
        for element in group.select()
        if isinstance(element, svgelements.Shape)
    }


def _geometry(path: Any) -> BaseGeometry:
    """The area a path (an svgelements.Path) encloses; curves are flattened finely enough to look smooth when
    zoomed."""
    import svgelements  # already loaded by _parse; see there

    polygons = []
    for sub in path.as_subpaths():
        points: list[tuple[float, float]] = []
        for seg in svgelements.Path(sub):
            if isinstance(seg, svgelements.Move | svgelements.Line | svgelements.Close):
                if seg.end is not None:
                    points.append((seg.end.x, seg.end.y))
                continue
            steps = max(4, math.ceil(seg.length(error=1e-2) / 2.0))
            points.extend((p.x, p.y) for p in (seg.point(i / steps) for i in range(1, steps + 1)))
        if len(points) >= 3:
            polygon = shapely.Polygon(points)
            polygons.append(polygon if polygon.is_valid else shapely.make_valid(polygon))
    return shapely.union_all(polygons) if polygons else shapely.Polygon()


def _from_cache(file_name: str) -> Drawing | None:
    stored = cache.read(file_name)
    if stored is None:
        return None
    try:
        raw = json.loads(stored)
        ids = list(raw["shapes"])
        geoms = shapely.from_wkb([base64.b64decode(raw["shapes"][i]) for i in ids])
        silhouette = shapely.from_wkb(base64.b64decode(raw["silhouette"]))
        names = list(raw["muscles"])
        outlines = shapely.from_wkb([base64.b64decode(raw["muscles"][m]) for m in names]) if names else []
        muscles = dict(zip(names, outlines, strict=True))
        details = str(raw["details"]).encode("utf-8")
        shapes = dict(zip(ids, geoms, strict=True))
        return Drawing(float(raw["width"]), float(raw["height"]), shapes, silhouette, muscles, details)
    except (ValueError, KeyError, TypeError, shapely.errors.GEOSException):
        return None  # a damaged cache: parse the drawing again


def _to_cache(file_name: str, drawing: Drawing) -> None:
    def text(geometry: BaseGeometry) -> str:
        return base64.b64encode(shapely.to_wkb(geometry)).decode("ascii")

    shapes = {rid: text(g) for rid, g in drawing.shapes.items()}
    muscles = {mid: text(g) for mid, g in drawing.muscles.items()}
    silhouette = text(drawing.silhouette)
    content = {"width": drawing.width, "height": drawing.height, "shapes": shapes, "silhouette": silhouette}
    data = json.dumps({**content, "muscles": muscles, "details": drawing.details.decode("utf-8")})
    cache.write(file_name, data.encode("utf-8"))
