"""Reading a view's drawing (SVG) into region shapes, with a cache so that later starts skip the parsing.

A drawing is any SVG whose group ``id="regions"`` holds one path (or other shape) per region, the element id
being the region id; an optional group ``id="muscles"`` holds the outline of each muscle drawn in that view (the
element id being the muscle id; the muscle on the patient's right).  Transforms and curves are honoured, so it can
be edited in any SVG editor.  Parsing SVG is the slowest part of start-up, so the shapes are also kept (as WKB) in
the user's cache folder, keyed by the drawing's content: an edited drawing simply misses the cache.
"""

from __future__ import annotations

import base64
import json
import math
from dataclasses import dataclass, field
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

from bodymap.core.data import cache

CACHE_KIND = "drawing-3"  # the cache's format: a new format gets a new name


class DrawingError(Exception):
    """The drawing cannot be read, or has no regions group."""


@dataclass(frozen=True)
class Drawing:
    width: float
    height: float
    shapes: dict[str, BaseGeometry]  # element id -> shape (empty when the element encloses nothing)
    silhouette: BaseGeometry  # the body's outline, for drawing
    muscles: dict[str, BaseGeometry] = field(default_factory=dict)  # muscle id -> its outline on the patient's right


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
    return Drawing(width, height, shapes, silhouette_of(list(shapes.values())), muscles)


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
        return Drawing(
            float(raw["width"]), float(raw["height"]), dict(zip(ids, geoms, strict=True)), silhouette, muscles
        )
    except (ValueError, KeyError, TypeError, shapely.errors.GEOSException):
        return None  # a damaged cache: parse the drawing again


def _to_cache(file_name: str, drawing: Drawing) -> None:
    def text(geometry: BaseGeometry) -> str:
        return base64.b64encode(shapely.to_wkb(geometry)).decode("ascii")

    shapes = {rid: text(g) for rid, g in drawing.shapes.items()}
    muscles = {mid: text(g) for mid, g in drawing.muscles.items()}
    silhouette = text(drawing.silhouette)
    content = {"width": drawing.width, "height": drawing.height, "shapes": shapes, "silhouette": silhouette}
    data = json.dumps({**content, "muscles": muscles})
    cache.write(file_name, data.encode("utf-8"))
