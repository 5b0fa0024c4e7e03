"""Generate the body art (``assets/body_<view>.svg``) from the description below.

The figure is described once, for the half of the drawing on the viewer's left, as smooth outlines
(body parts) and cut lines that divide each part into regions.  Everything is mirrored to the viewer's
right, so left and right regions are exact mirror pairs.  Each resulting piece is named by the seed point
that falls inside it.  The output is deterministic: running this twice gives byte-identical files.

Run:  python tools/make_atlas.py [OUT_DIR]   (writes body_<view>.svg to assets/, and their parsed region shapes to
      assets/derived/ so that the app's first start need not parse them)

Coordinates: a view is 560 x 1090 units, the vertex at y=40 and the soles near y=1040 (stature 1000 units),
the body's midline at x=280.  Landmark heights follow ../shared/reference/body_proportions.md.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

import shapely
from shapely.geometry import LineString, MultiPolygon, Polygon
from shapely.ops import polygonize, unary_union

WIDTH, HEIGHT = 560, 1090
MID = 280.0
ROOT = Path(__file__).resolve().parent.parent

Point = tuple[float, float]


# ----------------------------------------------------------------------------------------------- curves


def _catmull_rom(points: list[Point], samples_per_unit: float = 0.5) -> list[Point]:
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
            a1 = _lerp(p0, p1, (t - t0) / (t1 - t0))
            a2 = _lerp(p1, p2, (t - t1) / (t2 - t1))
            a3 = _lerp(p2, p3, (t - t2) / (t3 - t2))
            b1 = _lerp(a1, a2, (t - t0) / (t2 - t0))
            b2 = _lerp(a2, a3, (t - t1) / (t3 - t1))
            out.append(_lerp(b1, b2, (t - t1) / (t2 - t1)))
    out.append(points[-1])
    return out


def _lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def smooth_closed(points: list[tuple]) -> Polygon:
    """A closed outline through ``points``; a point given as (x, y, "c") is a sharp corner."""
    corners = [i for i, p in enumerate(points) if len(p) == 3]
    pts = [(float(p[0]), float(p[1])) for p in points]
    if not corners:
        ring = _catmull_rom([*pts, pts[0], pts[1], pts[2]])
        # drop the overlap so the ring closes smoothly at the first point
        n1 = len(_catmull_rom([*pts, pts[0]]))
        ring = ring[: n1 - 1]
    else:
        start = corners[0]
        rotated = pts[start:] + pts[:start]
        marks = [(i - start) % len(pts) for i in corners] + [len(pts)]
        rotated.append(rotated[0])
        ring = []
        for a, b in zip(marks, marks[1:]):
            ring.extend(_catmull_rom(rotated[a : b + 1])[:-1])
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
    """A limb segment: offsets (outer, inner) of the axis at each control point, smoothed.

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
        outline += [left[-1], (ex + ux * r * 0.95, ey + uy * r * 0.95), right[-1]]
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


# ----------------------------------------------------------------------------------------------- figure


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


def head_trunk_outline(front: bool) -> Polygon:
    """Head, neck and trunk as one symmetric outline (the limbs are separate parts).

    In front the trunk ends at the groin (the thigh wins below it); behind, it ends at the gluteal fold."""
    half = [
        (280, 40),
        (264, 41.5), (250, 47), (239, 57), (232.5, 72), (230, 90), (230.5, 108), (232.5, 124),
        (236, 138), (240.5, 150), (246, 158),
        (251.5, 166), (253, 180), (251, 194),
        (236, 203), (210, 210), (186, 216), (170, 222), (174, 236),
        (180, 255), (186, 280), (190, 310), (193, 345),
        (200, 380), (207, 410), (209, 432), (204, 462), (193, 488),
        (187, 503), (190, 515),
    ]
    if front:
        half += [(196, 545), (240, 574), (280, 582)]
    else:
        half += [(191, 560), (205, 590), (240, 597), (270, 592), (280, 584)]
    full = half + [mirror_point(p) for p in reversed(half[1:-1])]
    return smooth_closed(full)


ARM_AXIS = [(160, 248), (150, 310), (140, 370), (133, 410), (126, 460), (119, 510), (112, 556)]
ARM_WIDTHS = [(25, 25), (23, 23), (22, 21), (21, 21), (22, 23), (17, 18), (14, 15.5)]  # (medial, lateral)


def arm_outline() -> Polygon:
    return tube(ARM_AXIS, ARM_WIDTHS, round_start=True)


def palm_outline() -> Polygon:
    return smooth_closed([
        (96.8, 552, "c"), (126.5, 552, "c"), (130, 572), (133, 596), (131.5, 609, "c"),
        (87.5, 609, "c"), (89, 590), (93.5, 568), (96, 558),
    ])


FINGERS = {
    # name: (base point, tip point, base half-width, tip half-width)
    "index_finger": ((92.5, 600), (86, 652), 5.6, 4.4),
    "middle_finger": ((104, 602), (101, 662), 5.7, 4.6),
    "ring_finger": ((115, 602), (116, 656), 5.4, 4.3),
    "little_finger": ((125.5, 598), (129, 643), 4.8, 3.8),
}


def finger_outline(name: str) -> Polygon:
    base, tip, wb, wt = FINGERS[name]
    mid = _lerp(base, tip, 0.5)
    return tube([base, mid, tip], [(wb, wb), ((wb + wt) / 2,) * 2, (wt, wt)], round_end=True)


def thumb_outline() -> Polygon:
    return tube([(101, 572), (91, 592), (81, 611), (76, 626)], [(7, 7), (7.2, 7.2), (6.2, 6.2), (5.4, 5.4)],
                round_end=True)


LEG_AXIS = [(234, 520), (236, 640), (237, 757), (238, 880), (238.5, 1002)]


def leg_outline() -> Polygon:
    return smooth_closed([
        (188, 497, "c"), (190, 528), (193, 570), (198, 620), (204, 680), (208, 730), (209, 760),
        (207, 790), (207, 830), (212, 880), (218, 940), (221, 985), (222, 1002, "c"),
        (255, 1002, "c"), (257, 985), (261, 940), (268, 880), (271, 830), (268, 790), (264, 760),
        (266, 730), (272, 680), (277, 620), (278.6, 584, "c"), (240, 566),
    ])


def foot_front_outline() -> Polygon:
    return smooth_closed([
        (221, 996, "c"), (256, 996, "c"), (259, 1012), (262, 1030), (263, 1046), (255, 1050),
        (232, 1048), (215, 1046), (211, 1038), (213, 1025), (217, 1010),
    ])


TOES = {
    # name: (base, tip, half-width) ; the great toe is medial (toward the midline)
    "great_toe": ((255, 1044), (258, 1066), 6.2),
    "toe2": ((244.5, 1046), (245, 1064), 4.4),
    "toe3": ((235.5, 1045), (234.5, 1061), 4.1),
    "toe4": ((227, 1044), (225, 1058), 3.8),
    "toe5": ((219, 1041), (216, 1053), 3.4),
}


def toe_outline(name: str) -> Polygon:
    base, tip, w = TOES[name]
    return tube([base, _lerp(base, tip, 0.5), tip], [(w, w), (w, w), (w * 0.92, w * 0.92)], round_end=True)


def foot_back_outline() -> Polygon:
    return smooth_closed([
        (221, 996, "c"), (256, 996, "c"), (258, 1012), (259, 1030), (255, 1044), (245, 1050),
        (233, 1050), (222, 1044), (218, 1030), (219, 1012),
    ])


class Frame:
    """Body-relative coordinates along a limb: ``(y, v)`` is the point at height ``y`` on the axis moved
    sideways to the fraction ``v`` of the way to the medial edge (v > 0) or the lateral edge (v < 0).
    Lateral is the viewer's left for the limbs drawn on the viewer's left.  |v| > 1 lies outside."""

    def __init__(self, axis: list[Point], outline: Polygon) -> None:
        self.axis = _catmull_rom([(float(x), float(y)) for x, y in axis], samples_per_unit=1.0)
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
        return _lerp(a, b, t), ((b[0] - a[0]) / d, (b[1] - a[1]) / d)

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
        for (y0, v0), (y1, v1) in zip(points, points[1:]):
            n = max(2, int(max(abs(y1 - y0), abs(v1 - v0) * 20) / step))
            out += [self.xy(y0 + (y1 - y0) * k / n, v0 + (v1 - v0) * k / n) for k in range(n)]
        out.append(self.xy(*points[-1]))
        return out


def ear_outline() -> Polygon:
    return smooth_closed([(231, 101), (226, 100), (222.5, 106), (222, 117), (224.5, 128), (229, 134),
                          (233, 131)])


# ----------------------------------------------------------------------------------------------- views


HAIRLINE = [(225, 62), (245, 54), (265, 51), (280, 50.5)]


def anterior() -> list[Part]:
    trunk = Part(
        "head_trunk",
        head_trunk_outline(front=True),
        symmetric=True,
        cuts=[
            HAIRLINE,
            [(280, 48), (280, 95)],                                         # forehead midline
            [(244.5, 55.5), (243, 75), (243.5, 100), (244, 116)],           # temple, front border
            [(243, 85), (258, 84), (270, 86), (280, 88)],                   # brow
            [(243, 96), (258, 95), (273, 96)],                              # eyebrow / eye
            [(273, 83), (273, 120), (274, 141)],                            # side of the nose
            [(222, 116), (244, 114), (260, 113), (273, 114)],               # cheekbone
            [(244, 128), (260, 128), (273, 128)],                           # cheek / upper jaw
            [(244, 114), (244.5, 128), (247, 140), (252, 152), (254, 162)],  # front of TMJ and jaw angle
            [(226, 131), (244.5, 131)],                                     # below the TMJ
            [(245, 141), (260, 142), (274, 141.5), (280, 141.5)],           # mouth
            [(268, 141), (268.5, 160), (271, 175)],                         # side of the chin
            [(236, 146), (246, 155), (256, 165), (268, 173), (280, 176)],   # jaw line
            [(268, 172), (268.5, 195), (268, 216)],                         # throat strip
            [(245, 188), (268.5, 188)],                                     # neck upper / lower
            [(251, 190), (252, 200), (253, 216)],                           # neck / supraclavicular
            [(203, 205), (206, 213), (209, 222)],                           # supraclavicular / shoulder top
            [(165, 222), (190, 221), (215, 219), (240, 215), (262, 214), (280, 216)],  # clavicle
            [(268, 214), (268.5, 260), (269, 300), (269, 345)],             # side of the sternum
            [(175, 245), (200, 246), (240, 250), (269, 252)],               # infraclavicular / upper chest
            [(182, 290), (230, 292), (269, 294)],                           # upper chest / breast
            [(200, 350), (220, 360), (250, 358), (269, 346)],               # breast fold
            [(192, 244), (200, 290), (205, 340), (209, 390)],               # anterior axillary line
            [(198, 388), (225, 392), (250, 378), (268, 352), (280, 340)],   # costal margin
            [(268, 338), (268, 520), (270, 560), (274, 590)],               # midline strip of the abdomen
            [(268, 425), (280, 425)], [(268, 465), (280, 465)], [(268, 515), (280, 515)],
            [(209, 390), (222, 420), (224, 450), (220, 485), (218, 510)],   # flank, medial border
            [(205, 447), (240, 446), (268, 445)],                           # navel level
            [(195, 482), (214, 484)],                                       # flank / front of hip
            [(185, 506), (230, 503), (268, 508)],                           # lower abdomen / groin
        ],
        seeds={
            "forehead": (262, 70), "temple": (237, 90), "eyebrow": (258, 90), "orbit": (258, 106), "cheek": (258, 121),
            "upper_jaw": (258, 135),
            "tmj": (236, 123), "angle_of_jaw": (243, 143), "lower_jaw": (262, 155),
            "anterior_neck_upper": (260, 180), "anterior_neck_lower": (260, 202),
            "supraclavicular": (228, 211), "shoulder_top": (186, 218.5),
            "infraclavicular": (235, 235), "upper_chest": (235, 272), "breast": (235, 322),
            "lower_chest": (235, 372), "lateral_chest": (196, 330), "axilla": (190, 276), "upper_abdomen": (240, 420),
            "flank": (214, 430), "lower_abdomen": (240, 475), "anterior_hip": (205, 495), "groin": (245, 530),
        },
        midline={
            "vertex": (280, 45), "nose": (280, 118), "chin": (280, 160), "throat": (280, 200),
            "sternum": (280, 280), "epigastrium": (280, 390), "umbilical": (280, 445),
            "hypogastrium": (280, 490), "suprapubic": (280, 545),
        },
    )
    return [*_limbs(front=True), trunk]


def posterior() -> list[Part]:
    trunk = Part(
        "head_trunk",
        head_trunk_outline(front=False),
        symmetric=True,
        cuts=[
            HAIRLINE,
            [(280, 48), (280, 156)],                                        # midline of the head
            [(228, 100), (250, 104), (270, 106), (280, 106)],               # parietal / occiput
            [(226, 116), (236, 117), (241, 128), (243, 140), (240, 152)],   # mastoid, behind the ear
            [(234, 150), (250, 152), (268, 154), (280, 155)],               # base of the skull
            [(273.5, 150), (273.5, 216)],                                   # cervical spine strip
            [(245, 182), (273.5, 182)],                                     # neck upper / lower
            [(243, 164), (273.5, 164)],                                     # suboccipital
            [(251, 190), (252, 202), (254, 216)],                           # neck / shoulder top
            [(165, 228), (190, 226), (215, 222), (240, 218), (262, 216), (273.5, 216)],
            [(273.5, 214), (273.5, 482)],                                   # spine strip of the trunk
            [(273.5, 216), (280, 216)], [(273.5, 340), (280, 340)], [(273.5, 440), (280, 440)],
            [(180, 240), (205, 248), (230, 256), (250, 262)],               # spine of the scapula
            [(250.5, 214), (249, 262), (247, 300), (244, 338)],             # medial border of the scapula
            [(170, 300), (200, 318), (230, 336), (248, 340), (280, 340)],   # below the scapula
            [(183, 236), (200, 300), (206, 340), (210, 392)],               # posterior axillary line
            [(196, 492), (220, 495), (251, 497)],                           # iliac crest, lower edge
            [(186, 525), (205, 525)],                                       # side of the hip / trochanter
            [(195, 390), (240, 390), (273.5, 390)],                         # mid back / lower thoracic
            [(198, 440), (240, 440), (273.5, 440)],                         # thoracolumbar junction
            [(220, 440), (222, 460), (221, 486)],                           # low back / side of low back
            [(192, 480), (215, 483), (240, 486), (262, 482), (280, 482)],    # iliac crest
            [(262, 482), (264, 515), (270, 548), (275, 600)],               # sacrum and coccyx
            [(262, 548), (280, 548)],
            [(248, 484), (250, 510), (256, 540), (264, 552)],               # sacroiliac strip
            [(193, 530), (230, 535), (257, 540)],                           # buttock upper / lower
            [(199, 478), (201, 500), (203, 540), (205, 600)],               # lateral hip
        ],
        seeds={
            "parietal": (255, 75), "occiput": (258, 130), "mastoid": (237, 135),
            "suboccipital": (262, 158), "posterior_neck_upper": (262, 173), "posterior_neck_lower": (262, 200),
            "shoulder_top": (200, 219), "suprascapular": (215, 238), "scapula": (215, 290),
            "interscapular": (262, 280), "lateral_chest_posterior": (198, 340), "axilla": (191, 280), "iliac_crest": (225, 489), "mid_back": (240, 365),
            "lower_thoracic": (240, 415), "low_back": (250, 462), "lateral_low_back": (210, 462),
            "buttock_upper": (225, 510), "buttock_lower": (235, 565), "sacroiliac": (257, 510),
            "lateral_hip": (196, 505), "greater_trochanter": (196, 550),
        },
        midline={
            "vertex": (280, 45), "cervical_spine": (280, 185), "upper_thoracic_spine": (280, 280),
            "lower_thoracic_spine": (280, 390), "lumbar_spine": (280, 460), "sacrum": (280, 515),
            "coccyx": (280, 565),
        },
    )
    *others, leg = _limbs(front=False)
    return [*others, trunk, leg]  # behind, the buttock (trunk) wins over the top of the thigh


# The lateral view shows the patient's right side, facing the viewer's right; the left lateral view is its mirror
# image.  The elbow is bent so that the forearm and hand lie forward, clear of the hip and thigh, with the back of
# the hand toward the viewer (thumb up).


def profile_outline() -> Polygon:
    """Head, trunk and the near leg in profile, facing the viewer's right."""
    return smooth_closed([
        (262, 40), (284, 42), (302, 50), (315, 62), (322, 78), (324, 92), (320, 100), (326, 109), (333, 119, "c"),
        (325, 126), (326, 134), (322, 140), (324, 147), (321, 156), (320, 164), (313, 171), (300, 174),
        (291, 178, "c"), (289, 192), (292, 206), (297, 216),
        (312, 232), (324, 258), (332, 288), (335, 312), (330, 336), (320, 352), (316, 372), (318, 398),
        (324, 425), (329, 450), (328, 478), (320, 505), (310, 530), (300, 552), (298, 570),
        (304, 600), (308, 630), (305, 670), (298, 710), (293, 740), (296, 758), (292, 776), (285, 792),
        (283, 830), (280, 880), (277, 930), (275, 970), (277, 992), (290, 1003), (315, 1015), (345, 1026),
        (370, 1032), (380, 1038, "c"), (376, 1044), (340, 1045), (300, 1046), (260, 1047), (238, 1044),
        (229, 1033), (228, 1017), (234, 1002), (240, 985), (242, 960), (238, 920), (230, 880), (226, 850),
        (228, 820), (236, 790), (240, 765), (236, 735), (228, 700), (222, 660), (218, 625), (214, 600), (205, 580),
        (200, 555), (203, 525), (214, 500), (225, 480), (230, 460), (228, 430), (222, 400), (215, 365), (212, 330),
        (214, 290), (220, 255), (230, 228), (238, 210), (240, 192), (238, 176), (230, 164), (218, 150),
        (212, 128), (213, 100), (221, 74), (235, 54), (248, 44),
    ])


UPPER_ARM_AXIS = [(268, 252), (266, 310), (264, 360), (262, 402)]


def upper_arm_side_outline() -> Polygon:
    return tube(UPPER_ARM_AXIS, [(29, 29), (26, 26), (24, 24), (22, 22)], round_start=True)


def forearm_side_outline() -> Polygon:
    return smooth_closed([(244, 390), (235, 406), (238, 424), (252, 436), (280, 437), (320, 433), (360, 429),
                          (400, 428, "c"), (400, 398, "c"), (360, 394), (320, 389), (292, 385), (268, 383)])


def hand_side_outline() -> Polygon:
    """The back of the hand, thumb up, fingers forward and a little curled."""
    return smooth_closed([(398, 398, "c"), (398, 428, "c"), (420, 434), (446, 440), (452, 441, "c"),
                          (452, 392, "c"), (440, 394), (420, 396)])


SIDE_FINGERS = {
    # dorsal surfaces seen from the side, thumb up: index finger on top, little finger at the bottom
    "index_finger_dorsal": ((450, 398), (494, 404), 6.6),
    "middle_finger_dorsal": ((450, 410), (498, 417), 6.6),
    "ring_finger_dorsal": ((450, 422), (494, 429), 6.4),
    "little_finger_dorsal": ((449, 434), (484, 440), 5.8),
}


def side_finger_outline(name: str) -> Polygon:
    base, tip, w = SIDE_FINGERS[name]
    return tube([base, _lerp(base, tip, 0.5), tip], [(w, w), (w, w), (w * 0.85, w * 0.85)], round_end=True)


def side_thumb_outline() -> Polygon:
    return tube([(406, 400), (424, 390), (442, 384), (456, 382)], [(7, 7), (7, 7), (6, 6), (5.5, 5.5)],
                round_end=True)


def side_ear_outline() -> Polygon:
    return smooth_closed([(262, 100), (256, 106), (254, 118), (257, 132), (264, 138), (270, 134), (272, 122),
                          (271, 108), (267, 101)])


LEG_SIDE_AXIS = [(262, 570), (263, 640), (266, 757), (256, 860), (258, 985)]


def lateral() -> list[Part]:
    """The right lateral view; build_view(..., mirrored=False) names its pieces for the patient's right."""
    profile = profile_outline()
    leg = Frame(LEG_SIDE_AXIS, profile)
    g = leg.line
    arm = Frame(UPPER_ARM_AXIS, upper_arm_side_outline())
    a = arm.line
    cuts = [
        # head
        [(216, 66), (262, 50), (320, 60)],                                  # vertex
        [(270, 48), (271, 80), (272, 112)],                                 # temple, back border
        [(300, 53), (302, 80), (303, 112)],                                 # forehead / temple
        [(298, 87), (332, 88)],                                             # brow
        [(298, 97), (332, 98)],                                             # eyebrow / eye
        [(266, 108), (290, 109), (317, 108)],                               # zygomatic arch
        [(318, 94), (319, 110), (321, 127)],                                # side of the nose
        [(290, 104), (290, 125), (291, 138), (292, 174)],                   # front of the TMJ and jaw angle
        [(266, 126), (294, 126)],                                           # TMJ / jaw angle
        [(286, 123), (334, 123)],                                           # cheek / upper jaw
        [(286, 139), (330, 140)],                                           # mouth: upper / lower jaw
        [(312, 136), (311, 160), (318, 178)],                               # chin
        [(258, 150), (280, 165), (292, 168), (316, 172), (324, 178)],       # jaw line
        [(274, 170), (296, 184)],                                           # under the jaw / throat
        [(204, 100), (240, 98), (262, 101)],                                # parietal / occiput
        [(258, 126), (250, 140), (244, 164)],                               # mastoid, behind
        [(263, 134), (262, 146), (264, 156)],                               # mastoid / jaw angle
        [(204, 156), (246, 158), (270, 150)],                               # base of the skull
        # neck and the base of the neck beside the shoulder
        [(254, 140), (256, 175), (257, 212)],                               # back of the neck / side
        [(276, 160), (278, 175), (280, 232)],                               # side / front of the neck
        [(228, 174), (258, 174)],                                           # suboccipital
        [(230, 193), (298, 192)],                                           # neck upper / lower
        [(226, 214), (257, 213), (280, 214), (304, 220)],                   # base of the neck
        [(210, 236), (240, 232), (260, 232)],                               # shoulder top / scapula
        [(280, 226), (304, 230), (318, 236)],                               # supraclavicular / chest
        # trunk, in front of and behind the arm
        [(210, 300), (245, 300)], [(210, 380), (245, 380)],
        [(290, 250), (334, 252)], [(290, 292), (336, 294)], [(290, 345), (330, 345)],
        [(290, 392), (322, 392)],
        [(222, 442), (262, 440), (302, 437)],                               # below the arm
        [(300, 432), (300, 460), (302, 490), (296, 520), (288, 548), (284, 578)],      # flank and hip / abdomen and groin  # flank / abdomen, front of hip
        [(300, 450), (330, 452)],                                           # upper / lower abdomen
        [(241, 440), (242, 455), (245, 486)],                               # side of the low back / flank
        [(220, 476), (250, 480), (280, 484), (306, 489)],                   # iliac crest, upper edge
        [(214, 494), (250, 496), (280, 500), (306, 505)],                   # iliac crest, lower edge
        [(238, 494), (234, 530), (236, 560), (244, 590)],                   # buttock / side of the hip
        [(196, 545), (242, 545)],                                           # buttock upper / lower
        [(228, 522), (270, 524), (308, 524)],                               # lateral hip / trochanter
        [(282, 547), (330, 545)],                                           # anterior hip / groin
        [(294, 509), (332, 505)],                                           # lower abdomen / anterior hip
        [(205, 598), (236, 592), (262, 575), (302, 562)],                   # top of the thigh
        # leg
        g((575, -0.4), (728, -0.4)), g((560, 0.4), (728, 0.4)),
        g((645, -1.4), (645, -0.4)), g((645, 0.4), (645, 1.4)),
        g((728, -1.4), (728, 1.4)), g((790, -1.4), (790, 1.4)),
        g((728, -0.4), (790, -0.4)), g((728, 0.45), (790, 0.45)), g((766, 0.45), (766, 1.4)),
        g((790, -0.4), (985, -0.4)), g((790, 0.45), (985, 0.45)), g((815, -0.4), (815, 0.45)),
        g((890, -1.4), (890, -0.4)), g((890, 0.45), (890, 1.4)),
        g((985, -1.4), (985, 1.4)),
        # ankle and foot
        [(246, 985), (246, 1010)], [(272, 985), (272, 1010)],               # Achilles, malleolus, front
        [(224, 1010), (260, 1010), (302, 1006)],                            # ankle / heel and foot
        [(256, 1010), (256, 1050)],                                         # heel, front border
        [(256, 1031), (300, 1034), (340, 1038), (362, 1039)],               # lateral border of the foot
        [(322, 1005), (324, 1037)],                                         # instep / forefoot
        [(358, 1020), (360, 1050)],                                         # toes
    ]
    seeds = {
        "parietal": (240, 75), "temple": (286, 85), "forehead": (311, 70), "eyebrow": (312, 92),
        "orbit": (310, 103), "cheek": (304, 116), "upper_jaw": (306, 131), "lower_jaw": (302, 150),
        "tmj": (280, 118), "angle_of_jaw": (280, 145), "occiput": (228, 128), "mastoid": (255, 146),
        "submandibular": (300, 171), "suboccipital": (245, 167), "posterior_neck_upper": (246, 184),
        "posterior_neck_lower": (247, 204), "lateral_neck_upper": (266, 180), "lateral_neck_lower": (267, 204),
        "anterior_neck_upper": (285, 186), "anterior_neck_lower": (286, 205), "supraclavicular": (292, 222),
        "shoulder_top": (250, 224),
        "scapula": (225, 260), "lateral_chest_posterior": (222, 340), "lower_thoracic": (225, 410),
        "infraclavicular": (304, 240), "upper_chest": (318, 272), "breast": (324, 318), "lower_chest": (314, 370),
        "upper_abdomen": (318, 445), "lower_abdomen": (314, 480), "flank": (270, 458),
        "lateral_low_back": (234, 458), "iliac_crest": (262, 490), "lateral_hip": (262, 511),
        "greater_trochanter": (262, 548), "buttock_upper": (222, 520), "buttock_lower": (214, 570),
        "anterior_hip": (303, 525), "groin": (292, 558),
        "lateral_thigh": leg.xy(650, 0), "anterior_thigh_upper": leg.xy(610, 0.7),
        "anterior_thigh_lower": leg.xy(690, 0.7), "posterior_thigh_upper": leg.xy(620, -0.7),
        "posterior_thigh_lower": leg.xy(690, -0.7), "lateral_knee": leg.xy(758, 0),
        "patella": leg.xy(745, 0.75), "infrapatellar": leg.xy(778, 0.75), "posterior_knee": leg.xy(758, -0.7),
        "fibular_head": leg.xy(802, 0), "lateral_leg": leg.xy(900, 0), "shin_upper": leg.xy(840, 0.75),
        "shin_lower": leg.xy(940, 0.75), "calf_upper": leg.xy(840, -0.75), "calf_lower": leg.xy(940, -0.75),
        "lateral_malleolus": (259, 997), "achilles": (240, 995), "heel": (240, 1030), "anterior_ankle": (280, 996),
        "instep": (305, 1020), "foot_dorsum": (340, 1030), "lateral_foot_border": (300, 1040),
        "lesser_toes": (368, 1038),
    }
    arm_cuts = [
        a((200, -0.45), (300, -0.45)), a((200, 0.45), (300, 0.45)),   # shoulder: back, side, front
        a((232, -0.45), (236, 0), (232, 0.45)),                        # acromion
        a((300, -1.4), (300, 1.4)),                                    # shoulder / arm
        a((300, -0.4), (402, -0.4)), a((300, 0.4), (402, 0.4)),
        a((350, -1.4), (350, -0.4)), a((350, 0.4), (350, 1.4)),
    ]
    arm_seeds = {
        "acromion": arm.xy(229, 0), "lateral_shoulder": arm.xy(268, 0), "anterior_shoulder": arm.xy(265, 0.75),
        "posterior_shoulder": arm.xy(265, -0.75), "lateral_arm": arm.xy(350, 0),
        "anterior_arm_upper": arm.xy(325, 0.7), "anterior_arm_lower": arm.xy(375, 0.7),
        "posterior_arm_upper": arm.xy(325, -0.7), "posterior_arm_lower": arm.xy(372, -0.7),
    }
    forearm_cuts = [
        [(248, 380), (250, 410), (246, 440)],          # olecranon
        [(288, 380), (288, 440)],                      # elbow / forearm
        [(250, 402), (288, 400)],                      # antecubital / lateral epicondyle
        [(288, 412), (340, 412), (387, 413)],          # radial / ulnar halves of the back of the forearm
        [(344, 380), (344, 440)],                      # forearm upper / lower
        [(388, 380), (388, 440)],                      # wrist
    ]
    forearm_seeds = {
        "olecranon": (241, 410), "antecubital": (268, 391), "lateral_epicondyle": (268, 420),
        "forearm_dorsal_radial_upper": (316, 400), "forearm_dorsal_ulnar_upper": (316, 424),
        "forearm_dorsal_radial_lower": (366, 402), "forearm_dorsal_ulnar_lower": (366, 420),
        "wrist_dorsal": (394, 413),
    }
    hand_cuts = [[(396, 409), (420, 408), (446, 404), (456, 402)]]
    fingers = [Part(n, side_finger_outline(n), seeds={n: _lerp(*SIDE_FINGERS[n][:2], 0.6)}) for n in SIDE_FINGERS]
    return [
        Part("ear", side_ear_outline(), seeds={"ear": (263, 120)}),
        Part("thumb", side_thumb_outline(), seeds={"thumb_dorsal": (440, 385)}),
        *fingers,
        Part("hand", hand_side_outline(), cuts=hand_cuts, seeds={"thumb_web": (420, 403), "hand_dorsal": (425, 420)}),
        Part("forearm", forearm_side_outline(), cuts=forearm_cuts, seeds=forearm_seeds),
        Part("arm", arm.outline, cuts=arm_cuts, seeds=arm_seeds),
        Part("body", profile, cuts=cuts, seeds=seeds, midline={"vertex": (262, 46), "nose": (327, 116),
                                                                "chin": (316, 160)}),
    ]


# The plantar view: both soles seen from below, drawn three times larger than the other views; the patient's right
# foot is on the viewer's right.  The parts describe the left foot (viewer's left), great toe toward the middle.
PLANTAR_WIDTH, PLANTAR_HEIGHT, PLANTAR_SCALE = 560, 600, 3

SOLE_TOES = {
    # name: (base, tip, half-width)
    "great_toe": ((236, 175), (235, 100), 19.0),
    "toe2": ((201, 178), (198, 115), 12.5),
    "toe3": ((174, 186), (167, 133), 11.5),
    "toe4": ((148, 196), (140, 152), 10.5),
    "toe5": ((124, 208), (117, 174), 9.5),
}


def sole_outline() -> Polygon:
    return smooth_closed([
        (172, 567), (202, 559), (220, 536), (227, 495), (229, 450), (234, 395), (246, 325), (258, 262),
        (262, 215), (258, 180), (236, 170), (200, 172), (170, 180), (145, 190), (122, 203), (106, 225),
        (100, 262), (103, 320), (110, 385), (116, 445), (118, 500), (126, 540), (146, 561),
    ])


def plantar() -> list[Part]:
    toes = [Part(n, tube([b, _lerp(b, t, 0.5), t], [(w, w), (w, w), (w * 0.9, w * 0.9)], round_end=True),
                 seeds={("great_toe" if n == "great_toe" else "lesser_toes"): _lerp(b, t, 0.7)})
            for n, (b, t, w) in SOLE_TOES.items()]
    sole = Part("sole", sole_outline(),
                cuts=[[(95, 262), (170, 256), (265, 250)],            # ball of the foot / midfoot
                      [(95, 470), (170, 466), (240, 462)],            # midfoot / heel
                      [(160, 256), (156, 360), (160, 466)]],          # lateral border / arch
                seeds={"ball_of_foot": (185, 215), "arch": (205, 370), "lateral_foot_border": (128, 370),
                       "heel": (175, 520)})
    return [*toes, sole]


def _limbs(front: bool) -> list[Part]:
    """Ear, hand, foot, arm and leg of the viewer's left side; the same silhouette serves both views.

    Parts listed first win where outlines overlap, so the palm's straight top edge is the wrist crease."""
    arm = Frame(ARM_AXIS, arm_outline())
    a = arm.line
    arm_cuts = [
        a((292, -1.4), (300, 0), (285, 1.4)),           # deltoid: shoulder cap / arm
        a((238, -1.4), (232, -0.2), (238, 1.0)),        # acromion
        a((229, -0.2), (240, -0.2), (302, -0.2)),       # anterior (posterior) / lateral shoulder
        a((292, -0.6), (398, -0.6)),                    # lateral strip of the arm
        a((286, 0.6), (398, 0.6)),                      # medial strip of the arm
        a((348, -0.6), (350, 0.6)),                     # arm upper / lower
        a((396, -1.4), (398, 1.4)),                     # elbow band
        a((428, -1.4), (430, 1.4)),
        a((398, -0.32), (428, -0.32)),
        a((398, 0.32), (428, 0.32)),
        a((430, 0.0), (541, 0.0)),                      # forearm radial / ulnar
        a((490, -1.4), (492, 1.4)),                     # forearm upper / lower
        a((540, -1.4), (541, 1.4)),                     # wrist band
    ]
    face = "anterior" if front else "posterior"
    arm_seeds = {
        "acromion": arm.xy(229, -0.2), "lateral_shoulder": arm.xy(262, -0.6), f"{face}_shoulder": arm.xy(262, 0.4),
        "lateral_arm": arm.xy(345, -0.8), f"{face}_arm_upper": arm.xy(320, 0),
        f"{face}_arm_lower": arm.xy(375, 0), "medial_arm": arm.xy(345, 0.8),
        "lateral_epicondyle": arm.xy(413, -0.7), ("antecubital" if front else "olecranon"): arm.xy(413, 0),
        "medial_epicondyle": arm.xy(413, 0.7),
    }
    surface = "volar" if front else "dorsal"
    arm_seeds.update({
        f"forearm_{surface}_radial_upper": arm.xy(460, -0.5), f"forearm_{surface}_ulnar_upper": arm.xy(460, 0.5),
        f"forearm_{surface}_radial_lower": arm.xy(515, -0.5), f"forearm_{surface}_ulnar_lower": arm.xy(515, 0.5),
        f"wrist_{surface}": arm.xy(548, 0),
    })

    suffix = "" if front else "_dorsal"
    fingers = [Part(name, finger_outline(name), seeds={name + suffix: _lerp(*FINGERS[name][:2], 0.7)})
               for name in FINGERS]
    thumb = Part("thumb", thumb_outline(), seeds={"thumb" + suffix: (82, 616)})
    if front:
        palm = Part("palm", palm_outline(),
                    cuts=[[(101, 548), (104, 575), (106, 595), (104, 613)], [(119, 548), (118, 580), (118, 613)]],
                    seeds={"thenar": (97, 585), "palm": (111, 590), "hypothenar": (126, 590)})
    else:
        palm = Part("palm", palm_outline(), cuts=[[(95, 560), (103, 575), (104, 597), (100, 613)]],
                    seeds={"thumb_web": (96, 590), "hand_dorsal": (114, 585)})

    leg = Frame(LEG_AXIS, leg_outline())
    g = leg.line
    leg_cuts = [
        g((480, -0.72), (560, -0.72), (728, -0.72)),    # lateral strip of hip and thigh
        g((560, 0.62), (728, 0.62)),                    # medial strip (adductors)
        g((645, -1.4), (645, 1.4)),                     # thigh upper / lower
        g((728, -1.4), (728, 1.4)),                     # knee band and its thirds
        g((790, -1.4), (790, 1.4)),
        g((728, -0.38), (790, -0.38)),
        g((728, 0.38), (790, 0.38)),
        g((790, -0.52), (985, -0.52)),                  # leg: lateral and medial strips
        g((790, 0.56), (985, 0.56)),
        g((812, -1.4), (812, -0.52)),                   # head of the fibula
        g((890, -0.6), (890, 0.6)),                     # leg upper / lower
        g((985, -1.4), (985, 1.4)),                     # ankle band and thirds
        g((985, -0.36), (1003, -0.36)),
        g((985, 0.4), (1003, 0.4)),
    ]
    leg_seeds = {
        "lateral_thigh": leg.xy(680, -0.86), "medial_thigh_upper": leg.xy(610, 0.8),
        "medial_thigh_lower": leg.xy(690, 0.8), "lateral_knee": leg.xy(758, -0.7),
        "medial_knee": leg.xy(758, 0.7), "lateral_leg": leg.xy(880, -0.8), "fibular_head": leg.xy(801, -0.8),
        "medial_leg": leg.xy(880, 0.8),
        "lateral_malleolus": leg.xy(995, -0.7), "medial_malleolus": leg.xy(995, 0.75),
    }
    if front:
        leg_cuts[2] = g((645, -0.72), (645, 1.4))       # the side of the thigh is one region in front
        leg_cuts += [
            [(180, 528), (216, 527)], [(180, 592), (214, 592)],  # greater trochanter
            g((772, -0.38), (772, 0.38)),               # kneecap / below it
        ]
        leg_seeds.update({
            "lateral_hip": (194, 515), "greater_trochanter": (198, 560),
            "anterior_thigh_upper": leg.xy(600, -0.1), "anterior_thigh_lower": leg.xy(690, 0),
            "patella": leg.xy(750, 0), "infrapatellar": leg.xy(781, 0), "shin_upper": leg.xy(840, 0),
            "shin_lower": leg.xy(940, 0), "anterior_ankle": leg.xy(995, 0),
        })
        toes = [Part("great_toe", toe_outline("great_toe"), seeds={"great_toe": TOES["great_toe"][1]})]
        toes += [Part(n, toe_outline(n), seeds={"lesser_toes": TOES[n][1]}) for n in TOES if n != "great_toe"]
        foot = [Part("foot", foot_front_outline(), cuts=[[(208, 1024), (238, 1021), (268, 1024)]],
                     seeds={"instep": (238, 1010), "foot_dorsum": (238, 1035)}), *toes]
    else:
        leg_cuts = leg_cuts[1:]  # the lateral strip above the thigh belongs to the trunk's hip behind
        leg_cuts.insert(0, g((600, -0.72), (728, -0.72)))
        leg_seeds.update({
            "posterior_thigh_upper": leg.xy(622, 0), "posterior_thigh_lower": leg.xy(690, 0),
            "posterior_knee": leg.xy(758, 0), "calf_upper": leg.xy(840, 0), "calf_lower": leg.xy(940, 0),
            "achilles": leg.xy(995, 0),
        })
        leg_seeds["lateral_hip"] = (189, 514)  # the corner of the thigh beside the buttock
        foot = [Part("foot", foot_back_outline(), seeds={"heel": (238, 1025)})]
    return [
        Part("ear", ear_outline(), seeds={"ear": (227, 117)}),
        palm, thumb, *fingers, *foot,
        Part("arm", arm.outline, cuts=arm_cuts, seeds=arm_seeds),
        Part("leg", leg.outline, cuts=leg_cuts, seeds=leg_seeds),
    ]


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
    keep = [p for p in pieces if p.area >= smaller_than or any(p.contains(_pt(s)) for s in seeds.values())]
    for sliver in (p for p in pieces if not any(p is k for k in keep)):
        grown = sliver.buffer(0.05)
        best = max(range(len(keep)), key=lambda i: (keep[i].intersection(grown).area, -keep[i].distance(sliver)))
        keep[best] = unary_union([keep[best], sliver])
    return keep


def build_view(parts: list[Part], right_on_screen_left: bool, mirrored: bool = True) -> dict[str, Polygon]:
    """Split every part into named pieces; return region id -> polygon.

    A mirrored view draws both sides (the parts describe the viewer's left half); otherwise the parts describe
    the whole drawing of one side (a lateral view), whose regions are the patient's right ones."""
    near, far = ("right", "left") if right_on_screen_left or not mirrored else ("left", "right")
    taken: list[Polygon] = []
    regions: dict[str, list[Polygon]] = {}
    problems: list[str] = []
    for part in parts:
        whole = _full_outline(part) if mirrored else part.outline
        if taken:
            whole = whole.difference(unary_union(taken))
        taken.append(_full_outline(part) if mirrored else part.outline)
        lines = []
        for cut in part.cuts:
            smooth = _overshoot(_catmull_rom([(float(x), float(y)) for x, y in cut]))
            lines.append(LineString(smooth))
            if mirrored:
                lines.append(LineString([mirror_point(p) for p in smooth]))
        seeds = {f"{near}_{k}": v for k, v in part.seeds.items()}
        if mirrored:
            seeds.update({f"{far}_{k}": mirror_point(v) for k, v in part.seeds.items()})
        seeds.update(part.midline)
        polys = [g for g in (whole.geoms if isinstance(whole, MultiPolygon) else [whole])]
        pieces = [p for poly in polys for p in _cut(poly, lines)]
        for piece in _merge_slivers(pieces, seeds):
            names = [n for n, s in seeds.items() if piece.contains(_pt(s))]
            c = piece.representative_point()
            if len(names) > 1:
                problems.append(f"{part.name}: one piece holds seeds {names}")
            elif not names:
                problems.append(f"{part.name}: unnamed piece near ({c.x:.0f}, {c.y:.0f}), area {piece.area:.1f}")
            else:
                regions.setdefault(names[0], []).append(piece)
        problems.extend(f"{part.name}: seed {name} fell in no piece" for name in seeds if name not in regions)
    if problems:
        raise SystemExit("\n".join(problems))
    names = sorted(regions)
    merged = [unary_union(regions[name]) for name in names]
    # Drop points that do not change the drawing (0.1 unit is well under a pixel even when zoomed in);
    # coverage simplification keeps every shared edge shared, so the regions still tile the body.
    simplified = shapely.coverage_simplify(merged, 0.1)
    return dict(zip(names, simplified))


def _pt(p: Point):
    from shapely.geometry import Point as ShapelyPoint

    return ShapelyPoint(p)


def _path_data(geom) -> str:
    polys = geom.geoms if isinstance(geom, MultiPolygon) else [geom]
    chunks = []
    for poly in polys:
        for ring in [poly.exterior, *poly.interiors]:
            coords = list(ring.coords)[:-1]
            pts = " ".join(f"{x:.2f},{y:.2f}" for x, y in coords)
            chunks.append(f"M{pts}Z")
    return " ".join(chunks)


DETAILS_FRONT = [
    # eyebrows, eyes, nose, mouth, clavicles, nipples, navel, kneecaps
    "M250,92 Q260,88 270,92", "M290,92 Q300,88 310,92",
    "M252,101 Q260,97 268,101 Q260,104 252,101Z", "M292,101 Q300,97 308,101 Q300,104 292,101Z",
    "M276,106 L274,127 Q280,131 286,127 L284,106", "M268,143 Q280,147 292,143",
    "M236,330 a3,3 0 1,0 6,0 a3,3 0 1,0 -6,0", "M318,330 a3,3 0 1,0 6,0 a3,3 0 1,0 -6,0",
    "M277,440 a3,3 0 1,0 6,0 a3,3 0 1,0 -6,0",
    # kneecaps
    "M230,758 a7,10 0 1,0 14,0 a7,10 0 1,0 -14,0", "M316,758 a7,10 0 1,0 14,0 a7,10 0 1,0 -14,0",
]
DETAILS_BACK = [
    "M280,196 L280,540",
    # gluteal cleft
    "M280,552 L280,582",
]


def _polyline_path(points: list[Point]) -> str:
    return "M" + " L".join(f"{x:.2f},{y:.2f}" for x, y in points)


def side_details() -> list[list[Point]]:
    """Lines of the lateral view that are not region borders (eye, nostril, mouth, ear, knee, ankle), as smooth
    polylines so that the left view can mirror them."""
    curves = [
        [(308, 101), (313, 99), (318, 101)],                         # eye
        [(306, 91), (313, 88), (321, 90)],                           # eyebrow
        [(322, 124), (327, 125)],                                    # nostril
        [(316, 140), (323, 140)],                                    # mouth
        [(266, 106), (261, 112), (260, 124), (264, 132)],            # rim of the ear
        [(289, 752), (284, 760), (286, 770)],                        # kneecap edge
        [(254, 996), (258, 992), (263, 996), (258, 1001), (254, 996)],  # lateral malleolus
        [(327, 448), (324, 452)],                                    # navel
    ]
    return [_catmull_rom([(float(x), float(y)) for x, y in c]) for c in curves]


def plantar_details() -> list[list[Point]]:
    """Creases of the sole (left foot; the right is its mirror image)."""
    curves = [[(110, 228), (160, 212), (210, 200), (255, 196)], [(140, 488), (175, 480), (215, 478)]]
    left = [_catmull_rom([(float(x), float(y)) for x, y in c]) for c in curves]
    return left + [[mirror_point(p) for p in c] for c in left]


def write_svg(view: str, regions: dict[str, Polygon], details: list[str], caption: tuple[str, str],
              size: tuple[int, int] = (WIDTH, HEIGHT)) -> str:
    width, height = size
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" data-view="{view}">',
        f"  <title>bodymap atlas: {view} view</title>",
        "  <desc>Generated by tools/make_atlas.py. One path per body region; the path id is the region id "
        "in data/regions.yaml.</desc>",
        '  <g id="regions" fill="#f3e6dc" stroke="#b08f7a" stroke-width="0.6" stroke-linejoin="round">',
    ]
    for name in sorted(regions):
        lines.append(f'    <path id="{name}" d="{_path_data(regions[name])}"/>')
    lines.append("  </g>")
    # hairline seams between parts would show as specks in the outline: close them before drawing it
    outline = unary_union(list(regions.values())).buffer(0.3).buffer(-0.3)
    lines.append('  <g id="outline" fill="none" stroke="#6b4f3f" stroke-width="1.6" stroke-linejoin="round">')
    lines.append(f'    <path d="{_path_data(outline)}"/>')
    lines.append("  </g>")
    lines.append('  <g id="details" fill="none" stroke="#9c7c69" stroke-width="0.9" stroke-linecap="round">')
    for d in details:
        lines.append(f'    <path d="{d}"/>')
    lines.append("  </g>")
    left, right = caption
    lines.append('  <g id="side-labels" font-family="sans-serif" font-size="18" fill="#6b4f3f">')
    lines.append(f'    <text x="20" y="30">{left}</text>')
    lines.append(f'    <text x="{width - 20}" y="30" text-anchor="end">{right}</text>')
    lines.append("  </g>")
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def mirror_view(regions: dict[str, Polygon]) -> dict[str, Polygon]:
    """The left lateral view: the right one seen in a mirror, its regions renamed to the patient's left."""
    out = {}
    for name, poly in regions.items():
        flipped = shapely.transform(poly, lambda c: c * [-1, 1] + [WIDTH, 0])
        # a mirror reverses the rings' direction: restore it, so both side views are written alike
        out[name.replace("right_", "left_", 1)] = shapely.orient_polygons(flipped)
    return out


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "assets"
    out.mkdir(exist_ok=True)
    right_side = build_view(lateral(), True, mirrored=False)
    side_lines = side_details()
    views = {
        "anterior": (build_view(anterior(), True), DETAILS_FRONT, ("R", "L"), (WIDTH, HEIGHT)),
        "posterior": (build_view(posterior(), False), DETAILS_BACK, ("L", "R"), (WIDTH, HEIGHT)),
        "right_lateral": (right_side, [_polyline_path(c) for c in side_lines], ("", "R"), (WIDTH, HEIGHT)),
        "left_lateral": (mirror_view(right_side), [_polyline_path([(WIDTH - x, y) for x, y in c]) for c in side_lines],
                         ("L", ""), (WIDTH, HEIGHT)),
        "plantar": (build_view(plantar(), False), [_polyline_path(c) for c in plantar_details()], ("L", "R"),
                    (PLANTAR_WIDTH, PLANTAR_HEIGHT)),
    }
    for view, (regions, details, caption, size) in views.items():
        (out / f"body_{view}.svg").write_text(write_svg(view, regions, details, caption, size), encoding="utf-8")
        print(f"{view}: {len(regions)} regions")
    write_derived(out, [out / f"body_{view}.svg" for view in views])
    return 0


def write_derived(out: Path, drawings: list[Path]) -> None:
    """Ship the region shapes parsed from the drawings (as the app caches them), so that a first start need not
    parse SVG; the app checks each against the drawing's content and parses an edited drawing itself."""
    from bodymap.core.body.drawing import shipped_entry

    derived = out / "derived"
    derived.mkdir(exist_ok=True)
    entries = dict(shipped_entry(drawing.read_bytes()) for drawing in drawings)
    for stale in derived.iterdir():
        if stale.name not in entries:
            stale.unlink()
    for name, content in entries.items():
        (derived / name).write_bytes(content)
    print(f"derived: the region shapes of {len(entries)} drawings")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
