"""The soles, seen from below and drawn three times larger than the other views; the patient's right foot is on
the viewer's right.  The parts describe the left foot (viewer's left), the great toe toward the middle."""

from __future__ import annotations

from shapely.geometry import Polygon

from .geometry import Part, digit, lerp, smooth_closed

PLANTAR_WIDTH, PLANTAR_HEIGHT, PLANTAR_SCALE = 560, 600, 3

SOLE_TOES = {
    # name: (base, tip, base half-width, tip half-width)
    "great_toe": ((236, 178), (235, 102), 19.5, 17.5),
    "toe2": ((201, 180), (197.5, 116), 12.5, 11.0),
    "toe3": ((173, 188), (166.5, 134), 11.8, 10.4),
    "toe4": ((147.5, 198), (140, 154), 10.8, 9.6),
    "toe5": ((124, 210), (116.5, 176), 9.6, 8.6),
}


def sole_outline() -> Polygon:
    return smooth_closed([
        (172, 567), (202, 559), (220, 536), (227, 495), (229, 450), (234, 395), (246, 325), (258, 262),
        (262, 215), (258, 182), (236, 172), (200, 174), (170, 182), (145, 192), (122, 205), (106, 227),
        (100, 262), (103, 320), (110, 385), (116, 445), (118, 500), (126, 540), (146, 561),
    ])


def plantar() -> list[Part]:
    toes = [Part(n, digit(b, t, wb, wt), seeds={("great_toe" if n == "great_toe" else "lesser_toes"): lerp(b, t, 0.7)})
            for n, (b, t, wb, wt) in SOLE_TOES.items()]
    sole = Part("sole", sole_outline(),
                cuts=[[(95, 262), (170, 256), (265, 250)],            # ball of the foot / midfoot
                      [(216, 170), (214, 210), (216, 256)],           # the first metatarsal head / the others
                      [(95, 470), (170, 466), (240, 462)],            # midfoot / heel
                      [(160, 256), (156, 360), (160, 466)]],          # outer border / arch
                seeds={"first_metatarsal_head": (238, 222), "lesser_metatarsal_heads": (170, 228),
                       "arch": (205, 370), "lateral_foot_border": (128, 370), "heel_underside": (175, 520)})
    return [*toes, sole]


def sole_outlines() -> list[Polygon]:
    return [sole_outline(), *(digit(b, t, wb, wt) for b, t, wb, wt in SOLE_TOES.values())]
