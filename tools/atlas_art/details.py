"""The lines of the drawing that are not region borders: the face, the landmarks a clinician orients by
(clavicles, shoulder blades and their spines, the spine, ribcage and iliac crest, navel, kneecaps, malleoli),
creases and nails.  Each is a smooth open curve (or a small closed one); those of a mirrored view are given
for the viewer's left half and mirrored, those on the midline once."""

from __future__ import annotations

import math

from shapely.geometry import LineString, Polygon

from .geometry import Point, mirror_point, smooth

Curve = list[Point]


def ellipse(cx: float, cy: float, rx: float, ry: float | None = None, start: float = 0.0, end: float = 360.0,
            tilt: float = 0.0) -> Curve:
    """An ellipse (or an arc of one, angles in degrees, 0 at the right and clockwise on screen)."""
    ry = rx if ry is None else ry
    steps = max(8, int(abs(end - start) / 10))
    cos_t, sin_t = math.cos(math.radians(tilt)), math.sin(math.radians(tilt))
    out = []
    for k in range(steps + 1):
        a = math.radians(start + (end - start) * k / steps)
        x, y = rx * math.cos(a), ry * math.sin(a)
        out.append((cx + x * cos_t - y * sin_t, cy + x * sin_t + y * cos_t))
    return out


def mirrored(curves: list[Curve]) -> list[Curve]:
    return curves + [[mirror_point(p) for p in c] for c in curves]


def edges_inside(part: Polygon, covering: list[Polygon], shrink: float = 0.8) -> list[Curve]:
    """The stretches of a part's outline that run over the body rather than along the silhouette or under a
    part drawn on top of it: the upper arm's contour over the trunk in a side view, say."""
    line = LineString(part.exterior.coords)
    for other in covering:
        line = line.difference(other.buffer(shrink))
    pieces = getattr(line, "geoms", [line])
    return [list(piece.coords) for piece in pieces if not piece.is_empty and piece.length > 3]


# ------------------------------------------------------------------------------------------------ front


def front() -> list[Curve]:
    half = [
        # eyebrow, eyelids and iris
        smooth([(244, 91.5), (251, 88.2), (259, 88), (267, 90.5)]),
        smooth([(246, 103), (251, 100), (257, 99.2), (263, 100.4), (267.5, 103.2)]),
        smooth([(246, 103), (252, 105.2), (259, 105.8), (267.5, 103.2)]),
        ellipse(257, 102.6, 2.5),
        # the side of the nose and its wing
        smooth([(273.5, 101), (272.5, 110), (271.5, 119)]),
        smooth([(271.5, 121), (269.5, 125), (271, 128.5), (275.5, 129.5)]),
        # lips
        smooth([(267.5, 141.5), (272, 139.5), (276.5, 138.6), (280, 139.4)]),
        smooth([(268.5, 142), (274, 141.8), (280, 142.2)]),
        smooth([(270.5, 143.5), (275, 146.5), (280, 147.3)]),
        # ear: the rim's inner edge
        smooth([(229.5, 99), (227, 106), (227.5, 116), (230.5, 125)]),
        # the front border of the sternocleidomastoid, down to the sternal notch
        smooth([(246, 157), (252, 172), (261, 190), (272, 210)]),
        # clavicle, from the sternal notch out to the point of the shoulder
        smooth([(273.5, 217), (262, 219.5), (246, 217.5), (228, 216), (208, 219), (186, 223), (167, 226.5)]),
        # deltopectoral groove and the lower border of the chest muscle
        smooth([(185, 229), (182, 244), (181, 262)]),
        smooth([(184, 285), (198, 318), (220, 338), (246, 343), (268, 337)]),
        ellipse(236, 323, 2.3),
        # ribcage: the costal margin
        smooth([(275, 352), (262, 366), (244, 382), (222, 396), (208, 404)]),
        # iliac crest (the point of the hip) and the groin crease
        smooth([(201, 468), (203, 478), (208, 487)]),
        smooth([(209, 492), (226, 518), (246, 541), (266, 560)]),
        # crease of the elbow; the palm's creases
        smooth([(136, 415), (148, 418.5), (162, 416)]),
        smooth([(132, 574), (127.5, 585), (128, 597), (133, 606)]),
        smooth([(130, 597), (140, 598), (150, 595), (156, 590)]),
        smooth([(120, 602), (131, 603), (142, 601)]),
        # kneecap and the tendon below it; the shin's crest; the ankle bones
        ellipse(238.5, 757, 10.5, 13),
        smooth([(234, 771), (235, 783)]), smooth([(243, 771), (242, 783)]),
        smooth([(241, 800), (242, 860), (243, 930), (244, 975)]),
        ellipse(226.8, 999, 3.0, 4.0), ellipse(253.8, 993, 3.1, 4.2),  # inside the outline: bumps, not hooks
        # toenail of the great toe
        ellipse(262, 1054, 3.4, 3.2, 180, 360),
    ]
    middle = [
        smooth([(275.5, 129.5), (280, 131), (284.5, 129.5)]),           # under the nose
        smooth([(274, 215), (280, 219), (286, 215)]),                    # sternal notch
        smooth([(280, 352), (280, 400), (280, 432)]),                    # midline of the abdomen
        ellipse(280, 441, 2.6, 3.4),                                     # navel
    ]
    return mirrored(half) + middle


def back() -> list[Curve]:
    half = [
        # ear from behind
        smooth([(229.5, 100), (228, 110), (229.5, 124)]),
        # shoulder blade: its borders and its spine out to the acromion
        smooth([(252, 236), (250, 262), (248, 290), (244, 316), (240, 330)]),
        smooth([(240, 330), (226, 312), (212, 290), (200, 268), (194, 254)]),
        smooth([(252, 236), (236, 232), (218, 234)]),
        smooth([(251, 258), (232, 250), (210, 241), (188, 232), (168, 227)]),
        # the lower ribs and the iliac crest; the dimple over the sacroiliac joint
        smooth([(206, 400), (222, 410), (248, 418)]),
        smooth([(197, 476), (214, 471), (236, 473), (256, 480)]),
        ellipse(264, 500, 2.2),
        # gluteal fold
        smooth([(200, 578), (216, 592), (242, 598), (268, 594)]),
        # the point of the elbow
        ellipse(149, 409, 6, 5, 20, 160),
        # knuckles and nails
        smooth([(117, 603), (129, 607), (141, 606), (152, 601)]),
        ellipse(109.5, 648, 2.4, 3.2), ellipse(124.5, 658, 2.6, 3.4), ellipse(140.5, 653, 2.5, 3.3),
        ellipse(155, 640, 2.2, 2.9), ellipse(102.5, 617.5, 2.1, 2.7, tilt=10),
        # back of the knee, calf heads, Achilles tendon, ankle bones
        smooth([(220, 762), (239, 766), (261, 761)]),
        smooth([(216, 795), (220, 840), (234, 884)]),
        smooth([(265, 795), (266, 845), (250, 890)]),
        smooth([(236, 920), (236.5, 960), (236, 996)]),
        smooth([(246, 920), (245.5, 960), (246, 996)]),
        ellipse(226.8, 999, 3.0, 4.0), ellipse(253.8, 993, 3.1, 4.2),  # inside the outline: bumps, not hooks
    ]
    middle = [
        smooth([(280, 204), (280, 350), (280, 500)]),                    # the spinous processes
        ellipse(280, 210, 2.6),                                          # C7, the vertebra prominens
        smooth([(280, 538), (280, 586)]),                                # gluteal cleft
    ]
    return mirrored(half) + middle


def side(upper_arm: Polygon, forearm: Polygon, hand: list[Polygon], ear: Polygon) -> list[Curve]:
    """The right side view's lines; the upper arm, the forearm and the ear lie over the body, so their outlines
    are drawn where nothing covers them."""
    curves = [
        # eye, brow, nostril, mouth
        smooth([(307, 101.5), (311.5, 99.4), (316, 101)]),
        smooth([(307, 101.5), (311.5, 104), (315.5, 102.4)]),
        smooth([(304, 91), (311, 88.4), (318.5, 90)]),
        smooth([(322, 123.5), (325, 122.5), (328.5, 124.5)]),
        smooth([(316.5, 138.6), (320, 138.4), (323, 138.5)]),
        # ear: rim, tragus and bowl
        smooth([(264, 102), (258, 106), (256, 116), (258.5, 128)]),
        smooth([(268, 113), (264.5, 117), (265, 123)]),
        # jaw: from under the ear to the chin
        smooth([(263, 138), (265, 151), (271, 159), (290, 165), (310, 168.5)]),
        # the sternocleidomastoid, mastoid to the sternal notch; the collarbone
        smooth([(258, 140), (268, 165), (281, 190), (294, 212)]),
        smooth([(296, 218), (284, 223), (270, 226)]),
        # navel, iliac crest, the bony bump of the hip
        smooth([(330, 446), (327.5, 449), (330, 452)]),
        smooth([(232, 472), (258, 472), (284, 479), (303, 489)]),
        ellipse(262, 520, 7, 9, 110, 290),
        smooth([(213, 588), (224, 599), (238, 602)]),                    # gluteal fold
        # kneecap, head of the fibula, the ankle bone, toes
        smooth([(297, 737), (290, 746), (289, 760), (294, 772)]),
        ellipse(257, 796, 4.5),
        ellipse(262, 997, 5, 5.5),
        smooth([(362, 1036), (366, 1043)]), smooth([(370, 1036), (373, 1043)]),
        ellipse(378, 1036.5, 2.6, 1.8),
        # knuckles and nails on the back of the hand
        smooth([(449, 399), (450, 412), (450, 424), (448, 436)]),
        ellipse(487, 404.2, 2.6, 2.0), ellipse(492, 417.5, 2.6, 2.0), ellipse(487, 429.5, 2.6, 2.0),
        ellipse(476.5, 440.5, 2.3, 1.8), ellipse(447.5, 382.3, 2.5, 2.0),
    ]
    curves += edges_inside(upper_arm, [forearm, *hand])
    curves += edges_inside(forearm, hand)
    curves += edges_inside(ear, [])
    return curves


def soles() -> list[Curve]:
    """Creases of the soles (the left foot; the right is its mirror image)."""
    half = [
        smooth([(112, 228), (160, 212), (212, 200), (258, 196)]),       # behind the ball of the foot
        smooth([(134, 492), (172, 482), (212, 482)]),                    # the front edge of the heel pad
        smooth([(236, 178), (238, 186)]),                                # crease under the great toe
    ]
    return mirrored(half)
