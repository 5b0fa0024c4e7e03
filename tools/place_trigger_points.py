"""Draw each trigger point in every view in which it can be palpated: place_trigger_points.py [--write]

A trigger point of data/muscles.yaml written with one ``location:`` (a point in the view it is examined in) lies in a
region of that view; every other view that draws the same region shows the same skin, so the trigger point can be
palpated there too.  This works out its point in each such view and writes ``locations:``, the examined view first:

* where the body is upright in both views (head, trunk, legs, the upper arm), at the same height, on the region's
  width at that height: a quarter of the way in from the side of the region that faces the first view (the back
  edge of a side view for a point on the back, its front edge for a point on the front, the outer edge of a front
  or back view for a point in the side view, the same distance from the outer edge for front and back);
* where a limb lies differently in the two views (the forearm and hand lie forward in the side view; the foot is
  seen from below in the sole view), by its place along the limb and across it within the region.

Each point is pulled inside its region, and points of one muscle that would overlap in a view are listed.  Look at
the result (`bodymap render --muscle ID`) and move what needs it by hand; the loader checks every point.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

from remap_trigger_points import INSET, inside  # a sibling script: run from tools/
from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry

from bodymap.core.body.atlas import Atlas
from bodymap.core.body.marks import MARK_SPAN
from bodymap.core.clinic.catalog import Location
from bodymap.core.data import loading

ROOT = Path(__file__).resolve().parent.parent
LOCATION = re.compile(r"^(?P<indent> *)location: \{view: (?P<view>\w+), x: (?P<x>[-\d.]+), y: (?P<y>[-\d.]+)\}$")
TRIGGER_POINT = re.compile(r"^ *- id: (?P<id>\w+)$")
INWARD = 0.25  # how far in from the facing side, as a share of the region's width
BENT = {"forearm", "hand", "foot"}  # groups whose limb lies differently in the side or sole view

# how each view draws a limb of the patient's right side: (distal, outer) directions on screen.  "Outer" is the
# radial side of the forearm and hand, the outer side of the foot; None where the view looks along it.
LIMB_AXES = {
    ("anterior", "forearm"): ((0, 1), (-1, 0)), ("anterior", "hand"): ((0, 1), (-1, 0)),
    ("posterior", "forearm"): ((0, 1), (1, 0)), ("posterior", "hand"): ((0, 1), (1, 0)),
    ("right_lateral", "forearm"): ((1, 0), (0, -1)), ("right_lateral", "hand"): ((1, 0), (0, -1)),
    ("anterior", "foot"): ((0, 1), (-1, 0)), ("right_lateral", "foot"): ((1, 0), None),
    ("plantar", "foot"): ((0, -1), (1, 0)), ("posterior", "foot"): ((0, 1), (1, 0)),
}  # fmt: skip


def chord(region: BaseGeometry, y: float) -> tuple[float, float, float]:
    """The region's widest stretch at height ``y`` (moved into the region's height range): (y, left x, right x)."""
    y0, y1 = region.bounds[1] + INSET, region.bounds[3] - INSET
    y = min(max(y, y0), y1) if y0 < y1 else (region.bounds[1] + region.bounds[3]) / 2
    line = LineString([(region.bounds[0] - 1, y), (region.bounds[2] + 1, y)]).intersection(region)
    pieces = [g for g in getattr(line, "geoms", [line]) if g.length > 0]
    if not pieces:
        c = region.representative_point()
        return c.y, c.x, c.x
    widest = max(pieces, key=lambda g: g.length)
    xs = [c[0] for c in widest.coords]
    return y, min(xs), max(xs)


def along_limb(p: Location, source: BaseGeometry, target: BaseGeometry, group: str, view: str) -> Point | None:
    """The point at the same place along and across the limb, in a view that draws the limb differently."""
    (sd, so), (td, to) = LIMB_AXES[(p.view, group)], LIMB_AXES[(view, group)]

    def fractions(shape: BaseGeometry, x: float, y: float, distal: tuple[int, int], outer: tuple[int, int] | None):
        x0, y0, x1, y1 = shape.bounds
        fx, fy = (x - x0) / max(x1 - x0, 1e-9), (y - y0) / max(y1 - y0, 1e-9)
        along = fx if distal[0] > 0 else 1 - fx if distal[0] < 0 else fy if distal[1] > 0 else 1 - fy
        across = 0.5 if outer is None else (fx if outer[0] > 0 else 1 - fx if outer[0] < 0 else fy if outer[1] > 0
                                            else 1 - fy)  # fmt: skip
        return along, across

    along, across = fractions(source, p.x, p.y, sd, so)
    if to is None and so is not None and across < 0.5:  # the side of the foot shows only its outer half
        return None
    if to is None or so is None:
        across = 0.5
    x0, y0, x1, y1 = target.bounds

    def place(distal: tuple[int, int], outer: tuple[int, int] | None) -> tuple[float, float]:
        x = y = None
        for axis, share in ((distal, along), (outer, across)):
            if axis is None:
                continue
            if axis[0]:
                x = x0 + (share if axis[0] > 0 else 1 - share) * (x1 - x0)
            else:
                y = y0 + (share if axis[1] > 0 else 1 - share) * (y1 - y0)
        return (x if x is not None else (x0 + x1) / 2, y if y is not None else (y0 + y1) / 2)

    return Point(*place(td, to))


def depth(p: Location, atlas: Atlas) -> float:
    """How far out the point lies at its height: in a front or back view, 0 at the body's midline (or a limb's inner
    edge) to 1 at its outer edge; in the side view, 0 at the back to 1 at the front."""
    outline = atlas.views[p.view].outline
    line = LineString([(-10, p.y), (atlas.views[p.view].width + 10, p.y)]).intersection(outline)
    pieces = [g for g in getattr(line, "geoms", [line]) if g.length > 0 and g.distance(Point(p.x, p.y)) < 1e-6]
    if not pieces:
        return 0.5
    xs = [c[0] for c in pieces[0].coords]
    a, b = min(xs), max(xs)
    if p.view == "right_lateral":
        return (p.x - a) / max(b - a, 1e-9)
    middle = atlas.views[p.view].width / 2
    if a < middle < b:  # the trunk: from the midline out
        return abs(p.x - middle) / max(middle - a if p.x < middle else b - middle, 1e-9)
    outer_is_left = (p.x < middle) == atlas.views[p.view].patient_right_on_screen_left or p.view == "plantar"
    return (b - p.x) / max(b - a, 1e-9) if outer_is_left else (p.x - a) / max(b - a, 1e-9)


def upright(p: Location, source: BaseGeometry, target: BaseGeometry, view: str, out: float) -> Point | None:
    """The point at the same height, where that view sees it, or None when the view looks at the other side of the
    body (a point on the back near the spine is not seen from the side).  ``out`` is :func:`depth` of ``p``."""
    _, sa, sb = chord(source, p.y)
    y, a, b = chord(target, p.y)
    width = b - a
    if view == "right_lateral":  # seen from the side: only the outer half of the front or back
        if out < 0.5:
            return None
        d = 0.15 + 0.7 * (out - 0.5) / 0.5  # from the facing edge: further in the further out it lies
        return Point(a + d * width if p.view == "posterior" else b - d * width, y)
    if p.view == "right_lateral":  # seen from the front (or back): only the front (or back) half of the side
        facing = out if view == "anterior" else 1 - out
        if facing < 0.45:
            return None
        m = (facing - 0.45) / 0.55  # from the outer edge: the further round, the further in
        return Point(a + (0.15 + 0.7 * m) * width if view == "anterior" else b - (0.15 + 0.7 * m) * width, y)
    # front and back both see the outer edge of a limb: as far from it in both
    outer = (p.x - sa) if p.view == "anterior" else (sb - p.x)
    share = outer / max(sb - sa, 1e-9)
    return Point(a + share * width if view == "anterior" else b - share * width, y)


def placed(location: Location, atlas: Atlas) -> list[Location]:
    """The trigger point's point in every view that draws the region it lies in, the written view first."""
    source_view = atlas.views[location.view]
    rid = source_view.region_at(location.x, location.y)
    assert rid is not None, location
    group = atlas.regions[rid].group
    out_there = depth(location, atlas)
    out = [location]
    for name, view in atlas.views.items():
        if name == location.view or rid not in view.shapes or (view.shows is not None and view.shows.value == "left"):
            continue
        source, target = source_view.shapes[rid], view.shapes[rid]
        if group in BENT and (location.view, group) in LIMB_AXES and (name, group) in LIMB_AXES:
            point = along_limb(location, source, target, group, name)
        else:
            point = upright(location, source, target, name, out_there)
        if point is None:
            continue
        point = inside(point, target)
        out.append(Location(name, round(point.x, 1), round(point.y, 1)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite data/muscles.yaml")
    args = parser.parse_args(argv)
    data = loading.load()
    path = ROOT / "data" / "muscles.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    tp_id = ""
    drawn: dict[str, list[Location]] = {}
    for number, line in enumerate(lines):
        if (m := TRIGGER_POINT.match(line.rstrip("\n"))) is not None:
            tp_id = m["id"]
        match = LOCATION.match(line.rstrip("\n"))
        if match is None:
            continue
        points = placed(Location(match["view"], float(match["x"]), float(match["y"])), data.atlas)
        drawn[tp_id] = points
        indent = match["indent"]
        block = [f"{indent}locations:\n"]
        block += [f"{indent}  - {{view: {p.view}, x: {p.x:g}, y: {p.y:g}}}\n" for p in points]
        lines[number] = "".join(block)
    for muscle in data.catalog.muscles.values():
        tps = [tp.id for tp in muscle.trigger_points if tp.id in drawn]
        for i, a in enumerate(tps):
            for b in tps[:i]:
                for p in drawn[a]:
                    for q in drawn[b]:
                        if p.view == q.view and math.dist((p.x, p.y), (q.x, q.y)) < MARK_SPAN:
                            print(f"{muscle.id}: {b} and {a} overlap in the {p.view} view "
                                  f"({math.dist((p.x, p.y), (q.x, q.y)):.1f} apart)")  # fmt: skip
    print(f"{sum(len(p) for p in drawn.values())} points for {len(drawn)} trigger points")
    if args.write:
        path.write_text("".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
