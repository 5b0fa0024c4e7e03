"""Curves, outlines and the cutting of body parts into named regions (the machinery; the figure is elsewhere).

Coordinates: a view is 560 x 1090 units, x to the right and y downward; the body's midline is x=280, the vertex
at y=40 and the soles near y=1040 (stature 1000 units).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

import shapely
from shapely.geometry import LineString, MultiPolygon, Polygon
from shapely.geometry import Point as ShapelyPoint
from shapely.ops import polygonize, unary_union

WIDTH, HEIGHT = 560, 1090
MID = 280.0

Point = tuple[float, float]


# ----------------------------------------------------------------------------------------------- curves


def catmull_rom(points: list[Point], samples_per_unit: float = 0.5) -> list[Point]:
    """Centripetal Catmull-Rom spline through ``points`` (open), sampled about every 2 units."""
    if len(points) < 2:
        return list(points)
    ext = [points[0], *points, points[-1]]
    first, last = points[0], points[-1]
    ext[0] = (2 * first[0] - points[1][0], 2 * first[1] - points[1][1])
    ext[-1] = (2 * last[0] - points[-2][0], 2 * last[1] - points[-2][1])
    out: list[Point] = []
    for i in range(1, len(ext) - 2):
        p0, p1, p2, p3 = ext[i - 1], ext[i], ext[i + 1], ext[i + 2]
        seg = math.dist(p1, p2)
        n = max(2, int(seg * samples_per_unit))
        t0 = 0.0
        t1 = t0 + max(math.dist(p0, p1), 1e-6) ** 0.5
        t2 = t1 + max(seg, 1e-6) ** 0.5
        t3 = t2 + max(math.dist(p2, p3), 1e-6) ** 0.5
        for k in range(n):
            t = t1 + (t2 - t1) * k / n
            a1 = lerp(p0, p1, (t - t0) / (t1 - t0))
            a2 = lerp(p1, p2, (t - t1) / (t2 - t1))
            a3 = lerp(p2, p3, (t - t2) / (t3 - t2))
            b1 = lerp(a1, a2, (t - t0) / (t2 - t0))
            b2 = lerp(a2, a3, (t - t1) / (t3 - t1))
            out.append(lerp(b1, b2, (t - t1) / (t2 - t1)))
    out.append(points[-1])
    return out


def smooth(points: list[tuple[float, float]]) -> list[Point]:
    """A smooth open curve through ``points``."""
    return catmull_rom([(float(x), float(y)) for x, y in points])


def lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def smooth_closed(points: list[tuple]) -> Polygon:
    """A closed outline through ``points``; a point given as (x, y, "c") is a sharp corner."""
    corners = [i for i, p in enumerate(points) if len(p) == 3]
    pts = [(float(p[0]), float(p[1])) for p in points]
    if not corners:
        ring = catmull_rom([*pts, pts[0], pts[1], pts[2]])
        # drop the overlap so the ring closes smoothly at the first point
        n1 = len(catmull_rom([*pts, pts[0]]))
        ring = ring[: n1 - 1]
    else:
        start = corners[0]
        rotated = pts[start:] + pts[:start]
        marks = [(i - start) % len(pts) for i in corners] + [len(pts)]
        rotated.append(rotated[0])
        ring = []
        for a, b in itertools.pairwise(marks):
            ring.extend(catmull_rom(rotated[a : b + 1])[:-1])
    poly = Polygon(ring)
    if not poly.is_valid:
        poly = poly.buffer(0)
    return poly


def mirror_point(p: Point) -> Point:
    return (2 * MID - p[0], p[1])


def mirror_poly(poly: Polygon) -> Polygon:
    return Polygon([mirror_point(p) for p in poly.exterior.coords][::-1])


def tube(axis: list[Point], half_widths: list[tuple[float, float]], round_end: bool = False,
         round_start: bool = False) -> Polygon:
    """A limb segment: offsets (left, right) of the axis at each control point, smoothed.

    ``half_widths[i]`` is (left, right) of the direction of travel.  With ``round_end`` the far end is
    capped with a half circle (a fingertip)."""
    left: list[Point] = []
    right: list[Point] = []
    for i, (x, y) in enumerate(axis):
        a = axis[max(i - 1, 0)]
        b = axis[min(i + 1, len(axis) - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        norm = math.hypot(dx, dy)
        nx, ny = -dy / norm, dx / norm  # left normal in screen coordinates (y down)
        wl, wr = half_widths[i]
        left.append((x - nx * wl, y - ny * wl))
        right.append((x + nx * wr, y + ny * wr))
    outline: list[tuple] = [(*left[0], "c"), *left[1:-1]]
    if round_end:
        (ex, ey), (px, py) = axis[-1], axis[-2]
        d = math.hypot(ex - px, ey - py)
        ux, uy = (ex - px) / d, (ey - py) / d
        wl, wr = half_widths[-1]
        r = (wl + wr) / 2
        nx, ny = -uy, ux
        outline += [left[-1], (ex + ux * r * 0.7 - nx * r * 0.7, ey + uy * r * 0.7 - ny * r * 0.7),
                    (ex + ux * r, ey + uy * r),
                    (ex + ux * r * 0.7 + nx * r * 0.7, ey + uy * r * 0.7 + ny * r * 0.7), right[-1]]
    else:
        outline += [(*left[-1], "c"), (*right[-1], "c")]
    outline += list(reversed(right[1:-1]))
    if round_start:
        (sx, sy), (qx, qy) = axis[0], axis[1]
        d = math.hypot(sx - qx, sy - qy)
        ux, uy = (sx - qx) / d, (sy - qy) / d
        r = sum(half_widths[0]) / 2
        nx, ny = -uy, ux
        outline += [right[0], (sx + ux * r * 0.7 - nx * r * 0.7, sy + uy * r * 0.7 - ny * r * 0.7),
                    (sx + ux * r, sy + uy * r), (sx + ux * r * 0.7 + nx * r * 0.7, sy + uy * r * 0.7 + ny * r * 0.7)]
        outline[0] = left[0]
    else:
        outline.append((*right[0], "c"))
    return smooth_closed(outline)


def digit(base: Point, tip: Point, base_width: float, tip_width: float, bend: float = 0.0) -> Polygon:
    """A finger or toe from the middle of its base to its tip: a tube narrowing a little toward a round end.
    ``bend`` moves the middle sideways (a finger's slight curl), in units, to the left of the direction."""
    mid = lerp(base, tip, 0.5)
    if bend:
        d = math.dist(base, tip)
        mid = (mid[0] + (tip[1] - base[1]) / d * bend, mid[1] - (tip[0] - base[0]) / d * bend)
    w_mid = (base_width + tip_width) / 2
    return tube([base, mid, tip], [(base_width, base_width), (w_mid, w_mid), (tip_width, tip_width)],
                round_end=True)


class Frame:
    """Body-relative coordinates along a limb: ``(y, v)`` is the point at height ``y`` on the axis moved
    sideways to the fraction ``v`` of the way to the edge on the axis's right (v > 0) or left (v < 0), walking
    down the axis.  |v| > 1 lies outside the outline."""

    def __init__(self, axis: list[Point], outline: Polygon) -> None:
        self.axis = catmull_rom([(float(x), float(y)) for x, y in axis], samples_per_unit=1.0)
        self.outline = outline

    def _axis_at(self, y: float) -> tuple[Point, Point]:
        pts = self.axis
        if y <= pts[0][1]:
            i = 0
        elif y >= pts[-1][1]:
            i = len(pts) - 2
        else:
            i = next(k for k in range(len(pts) - 1) if pts[k][1] <= y <= pts[k + 1][1])
        a, b = pts[i], pts[i + 1]
        t = (y - a[1]) / ((b[1] - a[1]) or 1e-9)
        d = math.dist(a, b) or 1.0
        return lerp(a, b, t), ((b[0] - a[0]) / d, (b[1] - a[1]) / d)

    def xy(self, y: float, v: float) -> Point:
        (cx, cy), (dx, dy) = self._axis_at(y)
        lateral = (-dy, dx)  # for a downward axis this points to the viewer's left
        side = (-lateral[0], -lateral[1]) if v > 0 else lateral
        ray = LineString([(cx, cy), (cx + side[0] * 200, cy + side[1] * 200)])
        hit = ray.intersection(self.outline.exterior)
        pts = [g for g in getattr(hit, "geoms", [hit]) if not g.is_empty]
        width = min(math.dist((cx, cy), (g.x, g.y)) for g in pts) if pts else 20.0
        return (cx + side[0] * width * abs(v), cy + side[1] * width * abs(v))

    def line(self, *points: tuple[float, float], step: float = 2.0) -> list[Point]:
        out: list[Point] = []
        for (y0, v0), (y1, v1) in itertools.pairwise(points):
            n = max(2, int(max(abs(y1 - y0), abs(v1 - v0) * 20) / step))
            out += [self.xy(y0 + (y1 - y0) * k / n, v0 + (v1 - v0) * k / n) for k in range(n)]
        out.append(self.xy(*points[-1]))
        return out


# ----------------------------------------------------------------------------------------------- regions


@dataclass
class Part:
    """A body part: its outline (viewer's left half), the cut lines inside it, and the seeds naming pieces.

    ``seeds`` maps a region's base name ("temple") to a point in the left half; ``midline`` maps midline
    region names to points on or near x=280 (those parts are symmetric and are not mirrored)."""

    name: str
    outline: Polygon
    cuts: list[list[Point]] = field(default_factory=list)
    seeds: dict[str, Point] = field(default_factory=dict)
    midline: dict[str, Point] = field(default_factory=dict)
    symmetric: bool = False  # the outline already spans both halves


def _full_outline(part: Part) -> Polygon:
    if part.symmetric:
        return part.outline
    return unary_union([part.outline, mirror_poly(part.outline)])


def _overshoot(line: list[Point], by: float = 2.0) -> list[Point]:
    """Extend a cut a little past both ends so that a cut drawn up to another one surely crosses it."""

    def ext(a: Point, b: Point) -> Point:
        d = math.dist(a, b) or 1.0
        return (b[0] + (b[0] - a[0]) / d * by, b[1] + (b[1] - a[1]) / d * by)

    return [ext(line[1], line[0]), *line, ext(line[-2], line[-1])]


def _cut(poly: Polygon, lines: list[LineString]) -> list[Polygon]:
    """Divide ``poly`` by ``lines``; a line may end on another line or on the midline (T-junctions)."""
    # Lines are not clipped to the part first: clipped ends sit a hair off the boundary and never node.
    noded = unary_union([poly.boundary, *[line for line in lines if line.intersects(poly)]])
    return [piece for piece in polygonize(noded)
            if piece.area > 1e-6 and poly.contains(piece.representative_point())]


def _merge_slivers(pieces: list[Polygon], seeds: dict[str, Point], smaller_than: float = 12.0) -> list[Polygon]:
    """Fold the tiny unnamed pieces left where cut lines nearly meet into the neighbour they share most with."""
    keep = [p for p in pieces if p.area >= smaller_than or any(p.contains(ShapelyPoint(s)) for s in seeds.values())]
    for sliver in (p for p in pieces if not any(p is k for k in keep)):
        grown = sliver.buffer(0.05)
        best = max(range(len(keep)), key=lambda i: (keep[i].intersection(grown).area, -keep[i].distance(sliver)))
        keep[best] = unary_union([keep[best], sliver])
    return keep


def named_pieces(parts: list[Part], right_on_screen_left: bool,
                 mirrored: bool = True) -> tuple[list[tuple[Polygon, list[str], str]], dict[str, Point]]:
    """Every piece the parts are cut into, with the names of the seeds inside it and the part's name; and every
    seed.  A mirrored view draws both sides (the parts describe the viewer's left half); otherwise the parts
    describe the whole drawing of one side (a lateral view), whose regions are the patient's right ones."""
    near, far = ("right", "left") if right_on_screen_left or not mirrored else ("left", "right")
    taken: list[Polygon] = []
    out: list[tuple[Polygon, list[str], str]] = []
    all_seeds: dict[str, Point] = {}
    for part in parts:
        whole = _full_outline(part) if mirrored else part.outline
        if taken:
            whole = whole.difference(unary_union(taken))
        taken.append(_full_outline(part) if mirrored else part.outline)
        lines = []
        for cut in part.cuts:
            curve = _overshoot(catmull_rom([(float(x), float(y)) for x, y in cut]))
            lines.append(LineString(curve))
            if mirrored:
                lines.append(LineString([mirror_point(p) for p in curve]))
        seeds = {f"{near}_{k}": v for k, v in part.seeds.items()}
        if mirrored:
            seeds.update({f"{far}_{k}": mirror_point(v) for k, v in part.seeds.items()})
        seeds.update(part.midline)
        all_seeds.update({f"{part.name}/{k}": v for k, v in seeds.items()})
        polys = list(whole.geoms if isinstance(whole, MultiPolygon) else [whole])
        pieces = [p for poly in polys for p in _cut(poly, lines)]
        for piece in _merge_slivers(pieces, seeds):
            out.append((piece, [n for n, s in seeds.items() if piece.contains(ShapelyPoint(s))], part.name))
    return out, all_seeds


def build_view(parts: list[Part], right_on_screen_left: bool, mirrored: bool = True) -> dict[str, Polygon]:
    """Split every part into named pieces; return region id -> polygon (see :func:`named_pieces`)."""
    pieces, seeds = named_pieces(parts, right_on_screen_left, mirrored)
    regions: dict[str, list[Polygon]] = {}
    problems: list[str] = []
    for piece, names, part in pieces:
        c = piece.representative_point()
        if len(names) > 1:
            problems.append(f"{part}: one piece holds seeds {names}")
        elif not names:
            problems.append(f"{part}: unnamed piece near ({c.x:.0f}, {c.y:.0f}), area {piece.area:.1f}")
        else:
            regions.setdefault(names[0], []).append(piece)
    problems.extend(f"seed {name} fell in no piece" for name in seeds if name.split("/", 1)[1] not in regions)
    if problems:
        raise SystemExit("\n".join(problems))
    names = sorted(regions)
    merged = [unary_union(regions[name]) for name in names]
    # Drop points that do not change the drawing (0.1 unit is well under a pixel even when zoomed in);
    # coverage simplification keeps every shared edge shared, so the regions still tile the body.
    simplified = shapely.coverage_simplify(merged, 0.1)
    return dict(zip(names, simplified, strict=True))


def mirror_view(regions: dict[str, Polygon], width: float = WIDTH) -> dict[str, Polygon]:
    """The left lateral view: the right one seen in a mirror, its regions renamed to the patient's left."""
    out = {}
    for name, poly in regions.items():
        flipped = shapely.transform(poly, lambda c: c * [-1, 1] + [width, 0])
        # a mirror reverses the rings' direction: restore it, so both side views are written alike
        out[name.replace("right_", "left_", 1)] = shapely.orient_polygons(flipped)
    return out


# ----------------------------------------------------------------------------------------------- writing


def path_data(geom) -> str:
    polys = geom.geoms if isinstance(geom, MultiPolygon) else [geom]
    chunks = []
    for poly in polys:
        for ring in [poly.exterior, *poly.interiors]:
            coords = list(ring.coords)[:-1]
            pts = " ".join(f"{x:.2f},{y:.2f}" for x, y in coords)
            chunks.append(f"M{pts}Z")
    return " ".join(chunks)


def polyline_path(points: list[Point]) -> str:
    return "M" + " L".join(f"{x:.2f},{y:.2f}" for x, y in points)
