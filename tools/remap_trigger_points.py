"""Carry the trigger points' drawn places onto new body art: remap_trigger_points.py OLD_ASSETS_DIR [--write]

When the drawings change shape (tools/make_atlas.py), a trigger point written as a point in the old drawing would
land somewhere else on the new one.  For each view, this fits a smooth warp (a thin-plate spline) from the old
drawing to the new one through the centres of the regions both share (a region split since counts as the union of
its parts, after data/migrations.yaml), moves each point of data/muscles.yaml with it, and checks that it lands in
the region it lay in (or one of its parts).  A point that does not is placed by its relative position within that
region instead, and pulled inside it.  It prints every point it moved and how; with --write it rewrites the points
in data/muscles.yaml (each of a trigger point's `locations`), keeping everything else as it is.  Look at the
result: `bodymap render --muscle ID`.  --drawn-on names the atlas version of the old drawings.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points

from bodymap.core.body.drawing import read_drawing
from bodymap.core.data import yamlfile
from bodymap.core.data.migrations import Migrations, RegionChange
from bodymap.core.data.problems import ProblemLog

ROOT = Path(__file__).resolve().parent.parent
VIEW_FILES = {"anterior": "body_anterior.svg", "posterior": "body_posterior.svg",
              "right_lateral": "body_right_lateral.svg", "plantar": "body_plantar.svg"}
# a place, as `location: {view: .., x: .., y: ..}` or as an item of a `locations:` list
LOCATION = re.compile(r"(?P<lead>location: |- )\{view: (?P<view>\w+), x: (?P<x>[-\d.]+), y: (?P<y>[-\d.]+)\}")
INSET = 1.5  # units: a point placed by the fallback stays this far inside its region where it can


class Warp:
    """A thin-plate spline through landmark pairs, lightly smoothed so that a landmark slightly off does not bend
    the whole drawing."""

    def __init__(self, source: np.ndarray, target: np.ndarray, smoothing: float = 50.0) -> None:
        n = len(source)
        k = _kernel(source, source) + smoothing * np.eye(n)
        p = np.hstack([np.ones((n, 1)), source])
        a = np.zeros((n + 3, n + 3))
        a[:n, :n], a[:n, n:], a[n:, :n] = k, p, p.T
        b = np.zeros((n + 3, 2))
        b[:n] = target
        self.source, self.coefficients = source, np.linalg.solve(a, b)

    def __call__(self, points: np.ndarray) -> np.ndarray:
        n = len(self.source)
        k = _kernel(points, self.source)
        p = np.hstack([np.ones((len(points), 1)), points])
        return k @ self.coefficients[:n] + p @ self.coefficients[n:]


def _kernel(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    d2 = ((a[:, None, :] - b[None, :, :]) ** 2).sum(-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(d2 > 0, d2 * np.log(np.sqrt(d2)), 0.0)


def migrations() -> Migrations:
    text = (ROOT / "data" / "migrations.yaml").read_text(encoding="utf-8")
    raw = yamlfile.load(text, "migrations.yaml", ProblemLog())
    changes = tuple(RegionChange(int(c["version"]), c["old"], tuple(c["new"])) for c in raw.get("regions") or [])
    return Migrations(int(raw["atlas_version"]), changes)


def parts_of(old_id: str, shapes: dict[str, BaseGeometry], table: Migrations, drawn_on: int) -> BaseGeometry | None:
    """The new shape of what was the old region: itself, or the union of its parts in this view."""
    ids = [rid for rid in table.region_ids(old_id, drawn_on) if rid in shapes]
    return shapely.union_all([shapes[rid] for rid in ids]) if ids else None


def inside(point: Point, region: BaseGeometry) -> Point:
    """``point`` pulled toward the inside of ``region`` until it lies at least INSET inside (or as deep as it can)."""
    core = region.buffer(-INSET)
    target = core if not core.is_empty else region
    if target.contains(point):
        return point
    near = nearest_points(target, point)[0]
    centre = target.representative_point()
    # step a little further in from the nearest point, toward the region's centre, so rounding keeps it inside
    return Point(near.x + 0.15 * (centre.x - near.x), near.y + 0.15 * (centre.y - near.y))


def relative(point: Point, old: BaseGeometry, new: BaseGeometry) -> Point:
    ox0, oy0, ox1, oy1 = old.bounds
    nx0, ny0, nx1, ny1 = new.bounds
    u = (point.x - ox0) / max(ox1 - ox0, 1e-9)
    v = (point.y - oy0) / max(oy1 - oy0, 1e-9)
    return Point(nx0 + u * (nx1 - nx0), ny0 + v * (ny1 - ny0))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old_assets", type=Path, help="the folder holding the old drawings (body_<view>.svg)")
    parser.add_argument("--drawn-on", type=int, default=1, help="the atlas version of the old drawings (default 1)")
    parser.add_argument("--write", action="store_true", help="rewrite data/muscles.yaml")
    args = parser.parse_args(argv)
    table = migrations()
    warps, olds, news = {}, {}, {}
    for view, file in VIEW_FILES.items():
        old = read_drawing((args.old_assets / file).read_bytes()).shapes
        new = read_drawing((ROOT / "assets" / file).read_bytes()).shapes
        pairs = []
        for rid, shape in old.items():
            target = parts_of(rid, new, table, args.drawn_on)
            if target is not None and not target.is_empty:
                pairs.append(((shape.centroid.x, shape.centroid.y), (target.centroid.x, target.centroid.y)))
        source, target = (np.array([p[i] for p in pairs]) for i in (0, 1))
        warps[view], olds[view], news[view] = Warp(source, target), old, new
    path = ROOT / "data" / "muscles.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    moved = fallback = 0
    for number, line in enumerate(lines):
        match = LOCATION.search(line)
        if match is None or match["view"] not in warps:
            continue
        view, x, y = match["view"], float(match["x"]), float(match["y"])
        old_shapes, new_shapes = olds[view], news[view]
        old_id = next((rid for rid, s in old_shapes.items() if s.covers(Point(x, y))), None)
        if old_id is None:
            print(f"line {number + 1}: ({x:g}, {y:g}) lies in no region of the old {view} drawing", file=sys.stderr)
            continue
        region = parts_of(old_id, new_shapes, table, args.drawn_on)
        wx, wy = warps[view](np.array([[x, y]]))[0]
        point, how = Point(wx, wy), "warped"
        if region is None:
            print(f"line {number + 1}: region {old_id} is not drawn in the new {view} view", file=sys.stderr)
            continue
        if not region.buffer(-0.5).contains(point):
            point, how = inside(relative(Point(x, y), old_shapes[old_id], region), region), "placed within its region"
            fallback += 1
        nx, ny = round(point.x, 1), round(point.y, 1)
        if not region.contains(Point(nx, ny)):
            print(f"line {number + 1}: could not keep the point inside {old_id}", file=sys.stderr)
        moved += 1
        print(f"line {number + 1}: {view} ({x:g}, {y:g}) in {old_id} -> ({nx:g}, {ny:g}), {how}")
        place = f"{match['lead']}{{view: {view}, x: {nx:g}, y: {ny:g}}}"
        lines[number] = line[: match.start()] + place + line[match.end() :]
    print(f"{moved} points moved, {fallback} of them placed within their region")
    if args.write:
        path.write_text("".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
