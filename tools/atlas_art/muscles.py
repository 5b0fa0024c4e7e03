"""The muscles as the reference charts draw them: an outline for each muscle in the views where it lies, for the
patient's right side (the app mirrors them for the left).  Outlines are smooth shapes through a few points, in the
same coordinates as the figure (front view: the patient's right at the screen's left, x < 280; back view: at the
screen's right, x > 280; side view: the right side facing the screen's right; soles: the right foot at x > 280).
A deep muscle is drawn where it lies under the skin.  make_atlas.py clips each outline to the body."""

from __future__ import annotations

import math

from shapely.geometry import Polygon

from .geometry import Point, smooth_closed, tube


def blob(*points: tuple[float, float]) -> Polygon:
    """A smooth closed outline through ``points``."""
    return smooth_closed(list(points))


def band(spine: list[Point], width: float, ends: float = 0.35) -> Polygon:
    """A belly along ``spine``: ``width`` across its middle, narrowing to ``ends`` of it at both ends (a tendon)."""
    n = len(spine)
    widths = []
    for i in range(n):
        t = i / (n - 1)
        w = width / 2 * (ends + (1 - ends) * math.sin(math.pi * t))
        widths.append((w, w))
    return tube(spine, widths, round_end=True, round_start=True)


def strap(spine: list[Point], width: float) -> Polygon:
    """A muscle of even width along ``spine``."""
    return tube(spine, [(width / 2, width / 2)] * len(spine), round_end=True, round_start=True)


def oval(cx: float, cy: float, rx: float, ry: float, tilt: float = 0.0) -> Polygon:
    a = math.radians(tilt)
    pts = []
    for k in range(24):
        t = 2 * math.pi * k / 24
        x, y = rx * math.cos(t), ry * math.sin(t)
        pts.append((cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a)))
    return Polygon(pts)


def muscles() -> dict[str, dict[str, Polygon]]:
    """Muscle id -> view -> outline."""
    m: dict[str, dict[str, Polygon]] = {}

    def add(mid: str, view: str, shape: Polygon) -> None:
        m.setdefault(mid, {})[view] = shape

    # ----------------------------------------------------------------------------------------- neck and head
    add("upper_trapezius", "posterior", blob((281, 108), (292, 112), (300, 150), (307, 190), (322, 207),
                                             (350, 214), (384, 222), (396, 228), (380, 232), (350, 230),
                                             (320, 226), (296, 222), (281, 214)))
    add("upper_trapezius", "right_lateral", blob((214, 128), (222, 150), (236, 176), (246, 200), (262, 214),
                                                 (286, 222), (292, 230), (270, 232), (250, 230), (236, 224),
                                                 (236, 196), (224, 170), (214, 150)))
    add("upper_trapezius", "anterior", blob((253, 196), (236, 208), (206, 216), (178, 223), (176, 229),
                                            (206, 224), (236, 216), (254, 208)))
    add("middle_trapezius", "posterior", blob((281, 212), (300, 222), (340, 232), (384, 230), (392, 236),
                                              (350, 248), (310, 262), (281, 268)))
    add("lower_trapezius", "posterior", blob((281, 262), (300, 258), (318, 254), (330, 262), (324, 300),
                                             (314, 336), (296, 378), (281, 388)))
    add("levator_scapulae", "posterior", band([(300, 158), (304, 182), (306, 206), (310, 236)], 11))
    add("levator_scapulae", "right_lateral", band([(256, 160), (252, 184), (246, 206), (238, 232)], 11))
    add("sternocleidomastoid", "anterior", band([(242, 150), (250, 170), (261, 192), (272, 215)], 14, 0.5))
    add("sternocleidomastoid", "right_lateral", band([(256, 138), (266, 160), (279, 185), (293, 214)], 15, 0.5))
    add("scalenes", "anterior", blob((250, 180), (256, 186), (252, 205), (240, 218), (228, 216), (238, 200)))
    add("scalenes", "posterior", blob((300, 206), (306, 202), (312, 214), (306, 226), (298, 224)))
    add("scalenes", "right_lateral", blob((262, 168), (272, 172), (284, 196), (302, 222), (272, 222), (256, 204)))
    add("temporalis", "right_lateral", blob((240, 86), (246, 66), (266, 56), (290, 56), (306, 66), (304, 86),
                                            (296, 104), (286, 113), (276, 112), (266, 100), (252, 96)))
    add("temporalis", "posterior", blob((321, 58), (326, 74), (326, 92), (320, 96), (314, 80), (314, 64)))
    add("temporalis", "anterior", blob((241, 60), (234, 74), (233, 92), (236, 110), (241, 106), (240, 80)))
    add("masseter", "right_lateral", blob((272, 110), (298, 111), (296, 130), (292, 152), (286, 162), (274, 158),
                                          (268, 140)))
    add("masseter", "anterior", blob((236, 114), (244, 114), (247, 132), (249, 152), (243, 150), (238, 134)))
    add("medial_pterygoid", "right_lateral", blob((268, 124), (276, 124), (278, 150), (272, 160), (266, 150)))
    add("medial_pterygoid", "anterior", blob((240, 132), (246, 134), (250, 156), (245, 156)))
    add("lateral_pterygoid", "right_lateral", blob((272, 114), (288, 114), (288, 128), (272, 130)))
    add("lateral_pterygoid", "anterior", oval(242, 124, 3.5, 8))
    add("suboccipitals", "posterior", blob((281, 150), (300, 150), (314, 154), (312, 164), (296, 166),
                                           (282, 162)))
    add("suboccipitals", "right_lateral", blob((226, 152), (250, 154), (254, 164), (234, 166)))
    add("obliquus_capitis_inferior", "posterior", band([(283, 168), (298, 164), (310, 158)], 7))
    add("obliquus_capitis_inferior", "right_lateral", band([(232, 170), (246, 168), (256, 162)], 7))
    add("splenius_capitis", "posterior", blob((281, 180), (282, 212), (292, 200), (306, 170), (316, 146),
                                              (306, 142), (292, 160)))
    add("splenius_capitis", "right_lateral", band([(238, 196), (238, 172), (246, 150), (256, 138)], 12))
    add("splenius_cervicis", "posterior", band([(286, 250), (296, 226), (304, 196), (306, 170)], 11))
    add("splenius_cervicis", "right_lateral", band([(240, 220), (246, 196), (252, 172)], 10))
    add("posterior_cervicals", "posterior", strap([(289, 150), (290, 180), (290, 212)], 12))
    add("longissimus_capitis", "posterior", band([(292, 214), (298, 184), (308, 150)], 7))
    add("longissimus_capitis", "right_lateral", band([(242, 212), (246, 184), (254, 150)], 7))
    add("longissimus_cervicis", "posterior", band([(294, 250), (298, 224), (300, 196), (300, 178)], 7))
    add("longissimus_cervicis", "right_lateral", band([(240, 226), (246, 200), (250, 180)], 7))
    add("digastric", "anterior", blob((244, 150), (252, 160), (265, 164), (274, 166), (268, 169), (252, 166),
                                      (243, 156)))
    add("digastric", "right_lateral", band([(260, 146), (272, 164), (290, 168), (310, 165)], 7, 0.6))
    add("stylohyoid", "right_lateral", band([(260, 140), (268, 158), (284, 172)], 6))
    add("mylohyoid", "right_lateral", blob((286, 166), (312, 168), (308, 174), (290, 174)))
    add("mylohyoid", "anterior", blob((258, 163), (280, 167), (280, 174), (262, 172)))
    add("sternohyoid", "anterior", strap([(268, 176), (268, 196), (270, 218)], 6))
    add("sternothyroid", "anterior", strap([(262, 190), (264, 204), (266, 218)], 6))
    add("sternothyroid", "right_lateral", strap([(288, 190), (290, 204), (294, 216)], 5))
    add("thyrohyoid", "anterior", strap([(263, 174), (264, 186)], 5))
    add("thyrohyoid", "right_lateral", strap([(286, 174), (288, 186)], 5))
    add("omohyoid", "anterior", band([(266, 180), (256, 200), (238, 212), (214, 218)], 5, 0.7))
    add("omohyoid", "right_lateral", band([(288, 176), (284, 198), (294, 216)], 5, 0.7))
    add("longus_colli", "anterior", strap([(270, 168), (270, 192), (272, 214)], 9))
    add("longus_colli", "right_lateral", strap([(282, 168), (284, 192), (288, 212)], 5))
    add("longus_capitis", "anterior", strap([(262, 160), (266, 176), (270, 190)], 6))
    add("longus_capitis", "right_lateral", strap([(278, 160), (282, 176), (284, 190)], 5))
    add("platysma", "anterior", blob((236, 150), (262, 168), (270, 180), (266, 214), (200, 222), (214, 208),
                                     (238, 190), (244, 168)))
    add("platysma", "right_lateral", blob((280, 160), (310, 168), (300, 176), (294, 214), (310, 228), (282, 224),
                                          (272, 190)))
    add("orbicularis_oculi", "anterior", oval(257, 101, 15, 11))
    add("orbicularis_oculi", "right_lateral", oval(311, 101, 9, 10))
    add("zygomaticus_major", "anterior", band([(240, 114), (252, 126), (266, 140)], 6))
    add("zygomaticus_major", "right_lateral", band([(294, 114), (306, 126), (318, 138)], 6))
    add("buccinator", "anterior", blob((252, 126), (264, 128), (266, 146), (252, 146)))
    add("buccinator", "right_lateral", blob((296, 126), (314, 130), (314, 146), (296, 146)))
    add("frontalis", "anterior", blob((246, 58), (264, 54), (279, 54), (279, 86), (262, 84), (246, 86), (244, 72)))
    add("frontalis", "right_lateral", blob((298, 54), (312, 62), (320, 86), (306, 88), (298, 86)))
    add("occipitalis", "posterior", blob((290, 96), (318, 96), (322, 116), (300, 122), (288, 118)))
    add("occipitalis", "right_lateral", blob((212, 98), (226, 96), (230, 118), (214, 124)))

    # --------------------------------------------------------------------------------- shoulder and arm
    add("supraspinatus", "posterior", blob((310, 238), (326, 234), (344, 236), (372, 236), (392, 228),
                                           (414, 227), (415, 236), (394, 238), (372, 244), (346, 246), (320, 252),
                                           (311, 254)))
    add("supraspinatus", "anterior", band([(180, 226), (164, 228), (150, 232)], 7))
    add("supraspinatus", "right_lateral", blob((234, 228), (250, 226), (266, 226), (262, 234), (240, 236)))
    add("infraspinatus", "posterior", blob((311, 262), (330, 252), (352, 244), (372, 238), (368, 256),
                                           (356, 278), (344, 296), (330, 314), (320, 326), (314, 304)))
    add("infraspinatus", "right_lateral", blob((222, 240), (240, 236), (244, 262), (234, 292), (222, 296)))
    add("teres_minor", "posterior", band([(352, 282), (366, 268), (384, 258)], 11))
    add("teres_minor", "anterior", band([(178, 262), (186, 256)], 7))
    add("teres_major", "posterior", band([(326, 326), (344, 304), (362, 286), (382, 272)], 17))
    add("teres_major", "right_lateral", band([(218, 300), (230, 290), (240, 282)], 12))
    add("teres_major", "anterior", band([(180, 282), (190, 276)], 8))
    add("subscapularis", "anterior", blob((181, 248), (192, 250), (196, 276), (194, 300), (184, 298),
                                          (180, 272)))
    add("subscapularis", "posterior", blob((368, 246), (380, 250), (379, 276), (372, 298), (366, 294),
                                           (364, 270)))
    add("latissimus_dorsi", "posterior", blob((285, 340), (300, 360), (310, 420), (306, 470), (330, 474),
                                              (356, 440), (366, 380), (372, 320), (380, 276), (386, 262),
                                              (374, 266), (352, 300), (326, 332), (300, 336)))
    add("latissimus_dorsi", "right_lateral", blob((236, 256), (244, 300), (244, 360), (240, 430), (230, 440),
                                                  (222, 380), (220, 320), (224, 280)))
    add("rhomboids", "posterior", blob((283, 212), (300, 226), (312, 246), (318, 300), (320, 330), (300, 320),
                                       (283, 286)))
    add("serratus_posterior_superior", "posterior", blob((283, 210), (296, 214), (330, 250), (330, 276),
                                                         (314, 272), (290, 240), (282, 226)))
    add("deltoid", "posterior", blob((360, 222), (392, 222), (412, 228), (424, 244), (426, 272), (420, 296),
                                     (410, 304), (400, 290), (386, 262), (366, 236)))
    add("deltoid", "anterior", blob((200, 222), (168, 222), (148, 228), (136, 244), (134, 272), (140, 296),
                                    (150, 304), (160, 290), (174, 262), (186, 238)))
    add("deltoid", "right_lateral", blob((240, 226), (258, 216), (280, 220), (292, 240), (290, 270), (282, 296),
                                         (268, 304), (252, 298), (238, 280), (238, 248)))
    add("pectoralis_major", "anterior", blob((272, 220), (246, 219), (210, 222), (186, 236), (180, 258),
                                             (186, 276), (198, 306), (220, 334), (248, 340), (270, 334),
                                             (272, 290)))
    add("pectoralis_major", "right_lateral", blob((296, 230), (314, 236), (328, 262), (332, 292), (326, 316),
                                                  (310, 318), (296, 296), (292, 262)))
    add("pectoralis_minor", "anterior", blob((184, 244), (196, 240), (230, 262), (238, 300), (226, 304),
                                             (208, 282), (190, 256)))
    add("pectoralis_minor", "right_lateral", blob((300, 240), (312, 242), (320, 272), (316, 292), (304, 280)))
    add("subclavius", "anterior", band([(262, 224), (240, 222), (218, 223), (200, 226)], 6))
    add("sternalis", "anterior", strap([(271, 228), (272, 280), (272, 336)], 7))
    add("coracobrachialis", "anterior", band([(180, 246), (176, 280), (172, 316), (170, 340)], 9))
    add("coracobrachialis", "posterior", band([(380, 270), (383, 300), (386, 330)], 7))
    add("biceps_brachii", "anterior", band([(168, 238), (160, 290), (154, 340), (150, 384), (146, 412)], 28, 0.25))
    add("biceps_brachii", "right_lateral", band([(284, 240), (288, 290), (288, 340), (284, 384), (276, 400)], 20,
                                                0.3))
    add("brachialis", "anterior", blob((140, 330), (156, 324), (168, 360), (166, 396), (156, 414), (144, 408),
                                       (138, 370)))
    add("brachialis", "right_lateral", blob((278, 320), (290, 330), (290, 390), (280, 404), (272, 392),
                                            (272, 350)))
    add("triceps_brachii", "posterior", band([(386, 262), (396, 300), (404, 350), (408, 396), (410, 418)], 40, 0.3))
    add("triceps_brachii", "anterior", band([(178, 300), (176, 350), (172, 400)], 10, 0.4))
    add("triceps_brachii", "right_lateral", band([(244, 260), (242, 310), (242, 360), (246, 398)], 22, 0.35))
    add("anconeus", "posterior", blob((414, 408), (428, 414), (424, 434), (414, 430)))
    # forearm, front (the palm forward): the flexors on the ulnar side, brachioradialis on the radial edge
    add("brachioradialis", "anterior", band([(136, 380), (126, 430), (122, 480), (126, 530)], 16, 0.3))
    add("brachioradialis", "posterior", band([(424, 380), (434, 430), (438, 480), (434, 530)], 14, 0.3))
    add("brachioradialis", "right_lateral", band([(262, 384), (300, 388), (340, 394), (380, 400)], 14, 0.3))
    add("pronator_teres", "anterior", band([(166, 414), (156, 436), (142, 460), (132, 480)], 12))
    add("flexor_carpi_radialis", "anterior", band([(164, 420), (152, 460), (142, 500), (136, 546)], 11, 0.3))
    add("palmaris_longus", "anterior", band([(162, 418), (150, 450), (146, 500), (142, 550)], 8, 0.3))
    add("flexor_carpi_ulnaris", "anterior", band([(172, 418), (168, 460), (160, 500), (152, 548)], 11, 0.3))
    add("flexor_digitorum_superficialis", "anterior", blob((140, 446), (160, 436), (166, 470), (158, 520),
                                                            (146, 540), (136, 520), (136, 480)))
    add("flexor_digitorum_profundus", "anterior", blob((150, 440), (168, 440), (166, 490), (156, 530),
                                                       (146, 528), (136, 470)))
    add("flexor_pollicis_longus", "anterior", band([(138, 470), (132, 500), (130, 540)], 10, 0.3))
    add("pronator_quadratus", "anterior", blob((126, 522), (152, 524), (152, 540), (126, 540)))
    add("supinator", "anterior", band([(132, 414), (136, 430), (146, 444)], 9))
    add("supinator", "right_lateral", band([(268, 392), (290, 396), (310, 402)], 9))
    add("extensor_carpi_radialis_longus", "posterior", band([(430, 390), (438, 420), (440, 460), (436, 500)], 12,
                                                             0.3))
    add("extensor_carpi_radialis_longus", "right_lateral", band([(260, 390), (300, 394), (340, 398), (384, 404)],
                                                                10, 0.3))
    add("extensor_carpi_radialis_brevis", "posterior", band([(428, 420), (430, 460), (428, 500), (424, 548)], 11,
                                                             0.3))
    add("extensor_carpi_radialis_brevis", "right_lateral", band([(280, 398), (320, 402), (360, 406),
                                                                 (394, 408)], 10, 0.3))
    add("extensor_digitorum", "posterior", band([(418, 420), (414, 460), (412, 500), (414, 550)], 14, 0.3))
    add("extensor_digitorum", "right_lateral", band([(282, 408), (320, 414), (360, 418), (396, 418)], 13, 0.3))
    add("extensor_carpi_ulnaris", "posterior", band([(402, 420), (398, 460), (400, 500), (406, 548)], 11, 0.3))
    add("extensor_carpi_ulnaris", "right_lateral", band([(266, 426), (306, 428), (346, 426), (390, 424)], 10, 0.3))
    add("extensor_indicis", "posterior", band([(414, 496), (416, 520), (418, 548)], 8))
    add("extensor_indicis", "right_lateral", band([(346, 418), (370, 417), (394, 414)], 7))
    add("abductor_pollicis_longus", "posterior", band([(424, 478), (430, 500), (434, 530), (434, 552)], 9))
    add("abductor_pollicis_longus", "right_lateral", band([(336, 406), (356, 404), (380, 403), (398, 402)], 7))
    add("extensor_pollicis_brevis", "posterior", band([(428, 504), (432, 526), (434, 552)], 7))
    add("extensor_pollicis_brevis", "right_lateral", band([(356, 405), (376, 403), (398, 401)], 6))
    # hand (front: the palm; back: the back of the hand)
    add("opponens_pollicis", "anterior", blob((122, 562), (130, 566), (128, 586), (118, 590), (116, 576)))
    add("abductor_pollicis_brevis", "anterior", blob((118, 560), (126, 560), (122, 584), (112, 586)))
    add("flexor_pollicis_brevis", "anterior", blob((124, 574), (132, 580), (128, 600), (120, 598)))
    add("adductor_pollicis", "anterior", blob((126, 584), (140, 590), (136, 604), (118, 608), (114, 600)))
    add("abductor_digiti_minimi_hand", "anterior", band([(152, 560), (155, 580), (153, 604)], 8))
    add("palmar_interossei", "anterior", blob((124, 576), (150, 576), (150, 600), (124, 600)))
    add("hand_lumbricals", "anterior", blob((122, 590), (152, 590), (152, 608), (122, 608)))
    add("first_dorsal_interosseous", "posterior", blob((432, 566), (442, 570), (446, 590), (440, 606),
                                                       (434, 600)))
    add("first_dorsal_interosseous", "right_lateral", blob((408, 400), (430, 398), (446, 398), (438, 404),
                                                           (414, 406)))
    add("hand_interossei", "posterior", blob((410, 570), (436, 570), (436, 604), (410, 604)))
    add("hand_interossei", "right_lateral", blob((414, 402), (446, 400), (448, 432), (414, 430)))

    # --------------------------------------------------------------------------------------- trunk
    add("serratus_anterior", "anterior", blob((190, 270), (202, 276), (210, 330), (214, 372), (206, 384),
                                              (198, 350), (192, 300)))
    add("serratus_anterior", "right_lateral", blob((294, 276), (318, 300), (322, 350), (312, 390), (296, 380),
                                                   (292, 320)))
    add("serratus_posterior_inferior", "right_lateral", blob((222, 396), (236, 400), (238, 430), (226, 434)))
    add("serratus_posterior_inferior", "posterior", blob((283, 396), (320, 392), (354, 402), (354, 430),
                                                         (318, 436), (283, 436)))
    add("intercostals", "anterior", blob((198, 272), (236, 258), (262, 280), (250, 370), (214, 386),
                                         (200, 340)))
    add("intercostals", "posterior", blob((310, 330), (350, 320), (364, 360), (346, 390), (316, 380)))
    add("diaphragm", "anterior", band([(270, 358), (250, 376), (226, 394), (208, 404)], 10))
    add("diaphragm", "right_lateral", band([(326, 360), (322, 400), (318, 438)], 10))
    add("rectus_abdominis", "anterior", blob((270, 348), (250, 350), (244, 400), (244, 460), (250, 520),
                                             (268, 566), (278, 566), (278, 350)))
    add("rectus_abdominis", "right_lateral", blob((318, 380), (330, 400), (334, 450), (330, 490), (320, 520),
                                                  (312, 512), (318, 460), (316, 420)))
    add("pyramidalis", "anterior", blob((270, 530), (279, 520), (279, 562), (272, 562)))
    add("external_oblique", "anterior", blob((206, 360), (240, 362), (250, 420), (250, 500), (238, 520),
                                             (214, 496), (204, 440), (202, 400)))
    add("external_oblique", "right_lateral", blob((300, 360), (322, 370), (326, 430), (322, 480), (306, 500),
                                                  (280, 480), (252, 462), (250, 436), (276, 426), (294, 400)))
    add("internal_oblique", "anterior", blob((204, 440), (232, 450), (252, 500), (262, 548), (248, 548),
                                             (222, 516), (204, 480)))
    add("transversus_abdominis", "anterior", blob((206, 392), (240, 392), (246, 460), (238, 520), (216, 500),
                                                  (206, 440)))
    add("transversus_abdominis", "right_lateral", blob((306, 400), (324, 410), (326, 470), (310, 480),
                                                       (302, 440)))
    add("quadratus_lumborum", "posterior", blob((290, 420), (330, 426), (352, 436), (352, 470), (330, 478),
                                                (296, 470)))
    add("quadratus_lumborum", "right_lateral", blob((230, 426), (246, 430), (248, 468), (232, 470)))
    add("iliocostalis_lumborum", "posterior", band([(322, 340), (326, 400), (324, 450), (316, 492)], 16, 0.4))
    add("iliocostalis_thoracis", "posterior", band([(312, 250), (314, 300), (318, 350), (324, 420)], 16, 0.4))
    add("iliocostalis_thoracis", "right_lateral", band([(226, 360), (230, 400), (234, 440)], 10))
    add("longissimus_thoracis", "posterior", band([(298, 230), (302, 300), (304, 380), (302, 450), (296, 500)], 16,
                                                  0.4))
    add("multifidi", "posterior", strap([(288, 222), (289, 300), (289, 380), (290, 450), (290, 520)], 9))
    add("rotatores", "posterior", strap([(286, 300), (286, 380), (287, 460)], 6))
    add("semispinalis_thoracis", "posterior", strap([(291, 226), (293, 300), (294, 370)], 8))

    # --------------------------------------------------------------------------------------- hip and pelvis
    add("gluteus_maximus", "posterior", blob((286, 498), (304, 492), (336, 500), (364, 514), (376, 546),
                                             (372, 590), (350, 604), (318, 600), (292, 590), (282, 560)))
    add("gluteus_maximus", "right_lateral", blob((226, 498), (240, 508), (242, 550), (238, 592), (216, 594),
                                                 (210, 560), (214, 520)))
    add("gluteus_medius", "posterior", blob((302, 482), (336, 472), (364, 478), (372, 506), (368, 530),
                                            (340, 520), (310, 510)))
    add("gluteus_medius", "right_lateral", blob((232, 470), (270, 466), (300, 478), (294, 510), (266, 520),
                                                (238, 506)))
    add("gluteus_medius", "anterior", blob((194, 486), (204, 484), (206, 510), (196, 514)))
    add("gluteus_minimus", "posterior", blob((326, 496), (362, 492), (372, 520), (372, 550), (340, 532)))
    add("gluteus_minimus", "right_lateral", blob((220, 490), (286, 484), (290, 512), (274, 550), (250, 554),
                                                 (224, 520)))
    add("gluteus_minimus", "anterior", blob((192, 498), (204, 496), (204, 540), (194, 548)))
    add("piriformis", "posterior", band([(300, 516), (324, 522), (348, 530), (368, 538)], 14))
    add("piriformis", "right_lateral", band([(212, 518), (228, 526), (244, 536)], 11))
    add("superior_gemellus", "posterior", band([(312, 544), (340, 546), (364, 546)], 6))
    add("superior_gemellus", "right_lateral", band([(212, 544), (230, 546), (246, 546)], 5))
    add("inferior_gemellus", "posterior", band([(314, 556), (340, 556), (364, 552)], 6))
    add("inferior_gemellus", "right_lateral", band([(212, 556), (230, 556), (246, 554)], 5))
    add("quadratus_femoris", "posterior", blob((320, 562), (362, 560), (364, 574), (322, 576)))
    add("quadratus_femoris", "right_lateral", blob((212, 562), (244, 562), (244, 574), (214, 576)))
    add("obturator_internus", "posterior", blob((290, 546), (320, 548), (344, 554), (342, 564), (306, 576),
                                                (288, 570)))
    add("obturator_internus", "right_lateral", band([(208, 552), (226, 552), (244, 550)], 7))
    add("obturator_externus", "anterior", blob((252, 548), (268, 550), (270, 562), (254, 566)))
    add("levator_ani", "posterior", blob((281, 542), (296, 546), (302, 566), (290, 578), (281, 576)))
    add("coccygeus", "posterior", blob((281, 532), (300, 536), (298, 548), (281, 550)))
    add("anal_sphincter", "posterior", oval(280.5, 569, 3.2, 4))
    add("bulbospongiosus", "anterior", blob((276, 566), (280, 566), (280, 584), (276, 580)))
    add("bulbospongiosus", "posterior", blob((280, 578), (284, 578), (284, 592), (280, 592)))
    add("ischiocavernosus", "anterior", band([(270, 560), (274, 572), (278, 582)], 3))
    add("superficial_transverse_perineal", "anterior", band([(272, 578), (276, 580), (280, 581)], 3))
    add("superficial_transverse_perineal", "posterior", band([(280, 581), (284, 582), (290, 584)], 3))
    add("deep_transverse_perineal", "anterior", band([(271, 574), (276, 576), (280, 577)], 3))
    add("iliopsoas", "anterior", blob((266, 410), (272, 470), (262, 520), (250, 560), (240, 574), (226, 568),
                                      (212, 520), (206, 486), (222, 466), (236, 450), (254, 420)))
    add("iliopsoas", "right_lateral", blob((316, 440), (330, 460), (326, 500), (316, 540), (306, 560),
                                           (300, 540), (304, 490)))
    add("iliopsoas", "posterior", band([(300, 420), (304, 450), (306, 480)], 12))
    add("tensor_fasciae_latae", "anterior", band([(200, 496), (196, 530), (194, 570), (192, 600)], 14, 0.4))
    add("tensor_fasciae_latae", "posterior", band([(368, 500), (370, 540), (370, 580)], 10))
    add("tensor_fasciae_latae", "right_lateral", band([(290, 490), (276, 530), (266, 570), (260, 610)], 18, 0.4))

    # --------------------------------------------------------------------------------------------- thigh
    add("sartorius", "anterior", band([(204, 498), (228, 560), (252, 640), (264, 700), (262, 770)], 12, 0.6))
    add("sartorius", "posterior", band([(292, 630), (296, 690), (297, 750)], 11))
    add("rectus_femoris", "anterior", band([(214, 520), (222, 580), (230, 640), (236, 700), (238, 742)], 26, 0.3))
    add("rectus_femoris", "right_lateral", band([(300, 560), (304, 620), (302, 680), (296, 738)], 16, 0.3))
    add("vastus_lateralis", "anterior", band([(196, 550), (200, 620), (206, 690), (216, 750)], 22, 0.4))
    add("vastus_lateralis", "posterior", band([(364, 580), (360, 640), (354, 700), (346, 750)], 16, 0.4))
    add("vastus_lateralis", "right_lateral", band([(262, 560), (264, 630), (262, 700), (264, 750)], 36, 0.4))
    add("vastus_medialis", "anterior", blob((250, 650), (262, 648), (270, 700), (266, 740), (252, 754),
                                            (244, 730), (246, 690)))
    add("vastus_medialis", "posterior", blob((292, 650), (300, 660), (298, 720), (294, 744), (290, 700)))
    add("vastus_intermedius", "anterior", band([(222, 570), (224, 630), (226, 690), (230, 730)], 20, 0.4))
    add("vastus_intermedius", "right_lateral", band([(296, 570), (298, 630), (296, 700)], 16, 0.4))
    add("adductor_longus_brevis", "anterior", blob((262, 556), (276, 566), (276, 600), (266, 660), (256, 650),
                                                   (254, 600)))
    add("adductor_longus_brevis", "posterior", band([(284, 580), (288, 610), (292, 640)], 10))
    add("adductor_magnus", "anterior", band([(270, 576), (270, 640), (266, 700), (262, 740)], 12, 0.5))
    add("adductor_magnus", "posterior", blob((284, 592), (300, 598), (306, 650), (300, 720), (294, 740),
                                             (288, 680), (284, 630)))
    add("pectineus", "anterior", blob((250, 540), (268, 548), (268, 572), (256, 580), (246, 566)))
    add("gracilis", "anterior", band([(276, 574), (274, 640), (270, 700), (266, 760)], 8, 0.6))
    add("gracilis", "posterior", band([(284, 596), (288, 660), (292, 720), (294, 770)], 8, 0.6))
    add("biceps_femoris", "posterior", band([(320, 596), (332, 650), (342, 700), (348, 760), (350, 790)], 22, 0.3))
    add("biceps_femoris", "right_lateral", band([(228, 600), (232, 660), (238, 720), (246, 780)], 14, 0.35))
    add("semitendinosus_semimembranosus", "posterior", band([(304, 596), (302, 650), (300, 700), (298, 760),
                                                             (296, 790)], 24, 0.3))

    # ----------------------------------------------------------------------------------------------- leg
    add("popliteus", "posterior", band([(338, 770), (322, 782), (300, 796)], 10))
    add("popliteus", "right_lateral", band([(246, 772), (240, 786)], 8))
    add("plantaris", "posterior", band([(332, 744), (326, 780), (318, 820), (312, 880)], 7, 0.6))
    add("gastrocnemius", "posterior", blob((296, 738), (318, 736), (342, 738), (352, 800), (346, 860),
                                           (330, 900), (320, 920), (308, 900), (292, 860), (286, 800)))
    add("gastrocnemius", "right_lateral", blob((236, 736), (250, 744), (252, 810), (246, 870), (238, 880),
                                               (228, 840), (228, 790)))
    add("soleus", "posterior", blob((300, 800), (330, 800), (346, 840), (340, 900), (328, 950), (316, 960),
                                    (300, 920), (292, 860)))
    add("soleus", "right_lateral", blob((236, 830), (252, 840), (254, 920), (246, 960), (238, 940), (232, 880)))
    add("tibialis_anterior", "anterior", band([(226, 790), (230, 850), (236, 920), (248, 980)], 16, 0.3))
    add("tibialis_anterior", "right_lateral", band([(284, 790), (284, 850), (280, 920), (280, 980)], 11, 0.3))
    add("extensor_digitorum_longus", "anterior", band([(216, 800), (218, 860), (224, 930), (230, 990)], 11, 0.3))
    add("extensor_digitorum_longus", "right_lateral", band([(268, 800), (270, 860), (272, 930), (276, 990)], 9,
                                                           0.3))
    add("extensor_digitorum_longus", "posterior", band([(346, 810), (344, 860)], 6))
    add("extensor_hallucis_longus", "anterior", band([(232, 870), (236, 930), (244, 990)], 8, 0.3))
    add("extensor_hallucis_longus", "right_lateral", band([(280, 880), (280, 940), (282, 990)], 6))
    add("peroneus_longus", "anterior", band([(210, 800), (212, 850), (216, 900)], 9))
    add("peroneus_longus", "posterior", band([(350, 800), (348, 850), (344, 900)], 9))
    add("peroneus_longus", "right_lateral", band([(256, 796), (258, 850), (260, 910), (262, 990)], 13, 0.3))
    add("peroneus_brevis", "anterior", band([(216, 880), (218, 930), (222, 980)], 8))
    add("peroneus_brevis", "posterior", band([(344, 880), (342, 930), (338, 980)], 8))
    add("peroneus_brevis", "right_lateral", band([(256, 880), (258, 930), (262, 990)], 10, 0.3))
    add("peroneus_tertius", "anterior", band([(224, 930), (226, 960), (228, 990)], 7))
    add("peroneus_tertius", "posterior", band([(336, 930), (334, 960), (332, 990)], 6))
    add("peroneus_tertius", "right_lateral", band([(262, 930), (266, 960), (272, 990)], 7))
    add("tibialis_posterior", "posterior", band([(302, 800), (298, 860), (296, 920), (292, 980)], 12, 0.3))
    add("tibialis_posterior", "anterior", band([(262, 810), (264, 860), (262, 920), (258, 980)], 9, 0.3))
    add("flexor_digitorum_longus", "posterior", band([(296, 820), (294, 880), (292, 960)], 9, 0.3))
    add("flexor_digitorum_longus", "anterior", band([(266, 820), (266, 880), (262, 950)], 8, 0.3))
    add("flexor_hallucis_longus", "posterior", band([(330, 860), (332, 910), (328, 970)], 11, 0.3))

    # ----------------------------------------------------------------------------------------------- foot
    add("extensor_digitorum_brevis", "anterior", blob((222, 1004), (240, 1006), (246, 1024), (236, 1034),
                                                      (222, 1030)))
    add("extensor_digitorum_brevis", "right_lateral", blob((280, 1012), (320, 1016), (330, 1026),
                                                           (286, 1030)))
    add("extensor_hallucis_brevis", "anterior", band([(240, 1008), (248, 1018), (256, 1030)], 6))
    add("extensor_hallucis_brevis", "right_lateral", band([(300, 1010), (320, 1014), (340, 1020)], 5))
    add("abductor_hallucis", "plantar", band([(352, 540), (346, 470), (336, 400), (328, 330), (326, 280)], 28,
                                             0.4))
    add("flexor_digitorum_brevis", "plantar", band([(380, 520), (382, 440), (386, 360), (392, 290)], 34, 0.4))
    add("abductor_digiti_minimi_foot", "plantar", band([(420, 540), (430, 460), (438, 390), (446, 320)], 26, 0.4))
    add("abductor_digiti_minimi_foot", "right_lateral", band([(250, 1036), (290, 1040), (330, 1040)], 7))
    add("quadratus_plantae", "plantar", blob((352, 430), (400, 426), (412, 470), (400, 500), (360, 500)))
    add("flexor_hallucis_brevis", "plantar", band([(332, 320), (336, 280), (338, 240)], 30, 0.4))
    add("adductor_hallucis", "plantar", blob((340, 226), (400, 224), (440, 244), (436, 270), (400, 300),
                                             (370, 320), (348, 296)))
    add("foot_interossei", "plantar", blob((370, 236), (440, 242), (444, 320), (372, 320)))
    add("foot_interossei", "anterior", blob((218, 1022), (260, 1024), (258, 1042), (220, 1040)))
    add("foot_interossei", "right_lateral", blob((320, 1018), (352, 1024), (352, 1034), (322, 1032)))
    add("foot_lumbricals", "plantar", blob((352, 236), (440, 236), (440, 262), (352, 262)))
    add("flexor_digiti_minimi_brevis_foot", "plantar", band([(440, 340), (446, 290), (448, 250)], 16))
    add("flexor_digiti_minimi_brevis_foot", "right_lateral", band([(310, 1038), (340, 1040)], 6))
    return m
