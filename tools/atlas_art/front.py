"""The figure seen from the front and from the back: one silhouette for both (the back view is the front's
outline seen from behind), described for the viewer's left half and mirrored.

Heights follow the proportions of an adult in the anatomical position (palms forward): vertex y=40, eyes 104,
chin 170, acromion 222, nipples 320, elbow 410, navel 440, greater trochanter 510, wrist 555, crotch 572,
fingertips 663, knee joint 755, malleoli 1000, soles 1040.
"""

from __future__ import annotations

from shapely.geometry import Polygon

from .geometry import Frame, Part, digit, lerp, mirror_point, smooth_closed

# ------------------------------------------------------------------------------------------- head and trunk

HEAD_HALF = [
    (280, 40), (266, 41.2), (253, 45), (243, 52), (236, 62), (232.5, 75), (231.5, 89), (232.5, 102),
    (234, 114), (236, 126), (239, 138), (243, 148),
]
NECK_HALF = [(250, 158), (253, 170), (254, 184), (253.5, 196)]
SHOULDER_HALF = [(250, 203), (240, 208), (224, 212), (206, 216), (190, 219), (176, 223), (168, 228)]
# under the arm: the armpit, the side of the chest, the waist and the hip
SIDE_HALF = [(176, 250), (185, 270), (190, 292), (192, 320), (195, 350), (201, 385), (205, 415), (206, 438),
             (202, 462), (195, 484), (190, 504), (188, 522)]


def head_trunk_outline(front: bool) -> Polygon:
    """Head, neck and trunk as one symmetric outline (the limbs are separate parts).

    In front the trunk ends at the groin (the thigh wins below it); behind, it ends at the gluteal fold."""
    half = [*HEAD_HALF, *NECK_HALF, *SHOULDER_HALF, *SIDE_HALF]
    if front:
        half += [(189, 540), (204, 553), (240, 569), (266, 579.5), (280, 585)]
    else:
        half += [(187, 540), (193, 568), (212, 590), (240, 598), (266, 594), (280, 586)]
    full = half + [mirror_point(p) for p in reversed(half[1:-1])]
    return smooth_closed(full)


def ear_outline() -> Polygon:
    return smooth_closed([(233, 95), (228, 94), (224.5, 99), (223.5, 108), (225, 119), (228, 129), (232, 134),
                          (235, 132)])


# ------------------------------------------------------------------------------------------------- arm

ARM_AXIS = [(160, 236), (156, 300), (150, 360), (149, 410), (143, 470), (138, 520), (136, 556)]


def arm_outline() -> Polygon:
    """Shoulder cap to wrist crease; the top is hidden under the trunk's shoulder."""
    lateral = [(170, 222), (158, 223.5), (147, 229), (140, 239), (136, 252), (135, 267), (137, 283), (139.5, 300),
               (139, 325),
               (136, 350), (132, 378), (130, 398), (129, 412), (126, 428), (122, 448), (120, 470), (121, 495),
               (123, 520), (125, 540), (126.5, 557, "c")]
    medial = [(153, 557, "c"), (155, 540), (159, 515), (164, 488), (168, 462), (170, 440), (171, 422),
              (172, 410), (172, 396), (174, 370), (176, 340), (178, 310), (180, 285), (181, 262), (178, 244),
              (172, 230)]
    return smooth_closed([*lateral, *medial])


# ------------------------------------------------------------------------------------------------ hand
# The right hand of the front view hangs at the viewer's left, palm forward, thumb out (toward small x).

def palm_outline() -> Polygon:
    return smooth_closed([
        (126.5, 553, "c"), (153, 553, "c"), (155.5, 566), (157, 582), (157, 598), (155, 608),
        (150, 613), (140, 615.5), (128, 616), (116, 613.5), (111, 608), (111.5, 596), (113, 584), (118, 572),
        (122, 562),
    ])


FINGERS = {
    # name: (base point, tip point, base half-width, tip half-width, bend)
    "index_finger": ((116.5, 607), (109, 652), 4.6, 3.9, 0.6),
    "middle_finger": ((128, 611), (124.5, 662), 4.8, 4.1, 0.4),
    "ring_finger": ((139.5, 610), (140.5, 657), 4.6, 3.9, 0.0),
    "little_finger": ((150.5, 605), (155, 643), 4.0, 3.4, -0.4),
}


def finger_outline(name: str) -> Polygon:
    base, tip, wb, wt, bend = FINGERS[name]
    return digit(base, tip, wb, wt, bend)


def thumb_outline() -> Polygon:
    """From its base on the thenar eminence down and out, clear of the index finger."""
    return smooth_closed([
        (124, 566), (117, 574), (110, 584), (104.5, 595), (100.5, 606), (98.5, 615), (99, 621), (102.5, 623.5),
        (106.5, 620), (110, 611), (114.5, 602), (120, 594), (125, 586), (128, 576),
    ])


# ------------------------------------------------------------------------------------------------- leg

LEG_AXIS = [(234, 520), (238, 640), (239, 757), (240, 880), (240, 1002)]


def leg_outline() -> Polygon:
    """Hip to ankle; the top is hidden under the trunk in front and under the buttock behind."""
    return smooth_closed([
        (196, 494, "c"), (191.5, 512), (189, 535), (190, 560), (193, 600), (198, 650), (203.5, 700), (208, 735),
        (210, 752), (209.5, 770), (206, 790), (203, 815), (203, 840), (206.5, 875), (213, 915), (220, 950),
        (223.5, 978), (222.5, 1004, "c"),
        (258.5, 1004, "c"), (257.5, 980), (259, 955), (265, 920), (272, 885), (276, 850), (275.5, 820),
        (270, 795), (267, 774), (267.5, 752), (267, 735), (269, 700), (273, 650), (277, 610), (279.8, 586, "c"),
        (240, 560),
    ])


def foot_front_outline() -> Polygon:
    """The top of the foot seen from the front, foreshortened: ankle to the roots of the toes."""
    return smooth_closed([
        (222, 998, "c"), (259, 998, "c"), (262, 1012), (266, 1028), (268.5, 1042), (264, 1048), (250, 1049),
        (236, 1048), (224, 1045), (215, 1041), (213, 1032), (215.5, 1020), (219, 1008),
    ])


TOES = {
    # name: (base, tip, base half-width, tip half-width): the great toe is medial (toward the midline)
    "great_toe": ((261, 1043), (262, 1059), 7.0, 6.4),
    "toe2": ((249, 1045), (249.5, 1057.5), 4.8, 4.3),
    "toe3": ((238.5, 1044.5), (238, 1055.5), 4.5, 4.0),
    "toe4": ((228.5, 1043), (227.5, 1053), 4.2, 3.7),
    "toe5": ((219.5, 1040), (217.5, 1048.5), 3.8, 3.3),
}


def toe_outline(name: str) -> Polygon:
    base, tip, wb, wt = TOES[name]
    return digit(base, tip, wb, wt)


def foot_back_outline() -> Polygon:
    """The heel seen from behind: ankle to the floor, rounded below."""
    return smooth_closed([
        (222, 998, "c"), (259, 998, "c"), (260.5, 1012), (261, 1026), (258, 1038), (250, 1045), (240, 1047),
        (230, 1045), (223, 1038), (220, 1026), (220.5, 1012),
    ])


# ------------------------------------------------------------------------------------------------ regions

HAIRLINE = [(231, 68), (247, 59), (264, 55.5), (280, 55)]


def anterior() -> list[Part]:
    trunk = Part(
        "head_trunk",
        head_trunk_outline(front=True),
        symmetric=True,
        cuts=[
            HAIRLINE,
            [(280, 36), (280, 97)],                                         # the midline, down to the nose
            [(280, 130.5), (280, 153)],                                     # ... and between the front teeth
            [(245, 53), (241.5, 70), (240, 86), (240, 100), (241, 113)],    # temple, front border
            [(240, 85.5), (252, 84), (264, 84.5), (280, 87.5)],             # forehead / eyebrow
            [(240, 96), (252, 95.5), (264, 96), (280, 97)],                 # eyebrow / eye
            [(249.5, 95), (249, 105), (249.5, 114)],                        # behind the eye / the eye
            [(273, 97), (272.5, 110), (271.5, 122), (270, 130)],            # side of the nose
            [(231, 113), (241, 113.5), (252, 114), (262, 114), (272.5, 113.5)],  # cheekbone
            [(241, 113), (243.5, 122), (245.5, 131), (247.5, 141), (250, 150), (253, 160)],  # front of jaw joint, angle
            [(231, 131), (245.5, 131)],                                     # jaw joint / angle of the jaw
            [(245, 129), (258, 129.5), (270, 130), (280, 130.5)],           # cheek / upper teeth; base of the nose
            [(247, 141.5), (258, 141.5), (268, 141.5), (280, 141.5)],       # the mouth: upper / lower teeth
            [(266, 130), (266, 141.5), (265, 153), (265.5, 161), (268, 168)],  # front / back teeth; side of the chin
            [(265, 153), (272, 152.5), (280, 152.5)],                       # lower front teeth / chin
            [(240, 144), (248, 154), (256, 160.5), (265.5, 165), (274, 168), (280, 169)],  # jaw line
            [(268.5, 168), (268.5, 195), (268.5, 219)],                     # the throat
            [(251, 190), (268.5, 190)],                                     # neck upper / lower
            [(253, 194), (254.5, 207), (256, 219.5)],                       # neck / above the collarbone
            [(205, 213), (206.5, 220)],                                     # above the collarbone / shoulder top
            [(166, 227), (186, 223.5), (208, 220), (228, 217), (246, 218.5), (262, 220.5), (280, 219)],  # clavicle
            [(268.5, 219), (269, 260), (269.5, 300), (269.5, 351)],         # side of the sternum
            [(178, 246), (205, 247), (240, 250), (269, 252)],               # below the collarbone / upper chest
            [(184, 290), (230, 291), (269, 293)],                           # upper chest / breast
            [(194, 326), (206, 336), (222, 344), (248, 347), (269, 341)],   # the fold under the chest muscle
            [(185, 243), (188, 260), (195, 290), (202, 340), (209, 392)],   # front of the armpit
            [(178, 286), (192, 287)],                                       # armpit / side of the chest
            [(198, 389), (209, 392), (222, 398), (244, 384), (262, 368), (280, 352)],  # costal margin
            [(269.5, 351), (269, 420), (269, 520), (271, 558), (274, 584)],  # midline strip of the abdomen
            [(269, 425), (280, 425)], [(269, 462), (280, 462)], [(269, 518), (280, 518)], [(272, 568), (280, 568)],
            [(209, 392), (216, 420), (218, 450), (216, 480), (214, 500), (213, 513)],  # flank, front border
            [(216, 447), (240, 446), (269, 445)],                           # navel level
            [(196, 482), (216, 483)],                                       # flank / front of the hip
            [(190, 509), (230, 506), (269, 511)],                           # lower abdomen / groin
        ],
        seeds={
            "vertex": (270, 44), "forehead": (262, 70), "temple": (236, 90), "eyebrow": (258, 90),
            "behind_eye": (245, 105), "orbit": (258, 106), "cheek": (258, 121),
            "upper_teeth_back": (256, 135), "upper_teeth_front": (273, 135),
            "tmj": (237, 123), "angle_of_jaw": (242, 140),
            "lower_teeth_back": (256, 150), "lower_teeth_front": (273, 147),
            "anterior_neck_upper": (258, 178), "anterior_neck_lower": (260, 205),
            "supraclavicular": (230, 213), "shoulder_top": (192, 220),
            "infraclavicular": (235, 235), "upper_chest": (232, 272), "breast": (232, 320),
            "lower_chest": (240, 365), "lateral_chest": (198, 345), "axilla": (189.5, 272), "upper_abdomen": (240, 420),
            "flank": (209, 430), "lower_abdomen": (240, 475), "anterior_hip": (204, 496), "groin": (245, 535),
            "lateral_hip": (188.8, 525),  # the sliver of the trunk beside the top of the thigh
        },
        midline={
            "nose": (280, 115), "chin": (280, 161), "throat": (280, 200),
            "sternum": (280, 280), "epigastrium": (280, 390), "umbilical": (280, 445),
            "hypogastrium": (280, 490), "suprapubic": (280, 545), "perineum": (280, 574),
        },
    )
    return [*limbs(front=True), trunk]


def posterior() -> list[Part]:
    trunk = Part(
        "head_trunk",
        head_trunk_outline(front=False),
        symmetric=True,
        cuts=[
            HAIRLINE,
            [(280, 36), (280, 154)],                                        # midline of the head
            [(231, 98), (250, 101), (268, 104), (280, 104)],                # parietal / occiput
            [(241, 99.5), (246, 112), (248.5, 127), (249.5, 140), (247, 153)],  # behind the ear and mastoid
            [(234, 126.5), (248.5, 127)],                                   # behind the ear / mastoid
            [(236, 150), (250, 152.5), (268, 154), (280, 155)],             # base of the skull
            [(273.5, 152), (273.5, 224)],                                   # cervical spine strip
            [(273.5, 182), (280, 182)],                                     # upper / lower cervical spine
            [(245, 164), (273.5, 164)],                                     # suboccipital
            [(245, 182), (273.5, 182)],                                     # neck upper / lower
            [(236, 208), (237, 216), (238, 225)],                           # angle of the neck / top of shoulder
            [(252, 192), (257, 192)],                                       # lower neck / angle of the neck
            [(257, 192), (258.5, 205), (259, 224)],                         # angle of the neck / lower neck
            [(168, 233), (190, 230.5), (215, 227.5), (238, 225), (259, 224), (273.5, 223)],
            [(273.5, 222), (273.5, 482)],                                   # spine strip of the trunk
            [(273.5, 223), (280, 223)], [(273.5, 345), (280, 345)], [(273.5, 440), (280, 440)],
            [(172, 231), (190, 237), (210, 245), (232, 252), (251.5, 258)],  # spine of the shoulder blade
            [(252, 225), (250, 262), (248, 290), (244, 316), (239, 338)],   # its inner border
            [(250, 262), (262, 262), (273.5, 262)],                         # upper / mid interscapular area
            [(198, 316), (212, 326), (224, 333), (240, 335), (273.5, 340)],  # below the shoulder blade
            [(180, 230), (184, 242), (191, 265), (199, 300), (204, 340), (207, 392)],  # back of the armpit, the side
            [(185, 292), (200, 292)],                                       # armpit / side of the chest
            [(202, 390), (240, 392), (273.5, 392)],                         # mid back / lower thoracic
            [(206, 440), (240, 440), (273.5, 440)],                         # thoracolumbar junction
            [(222, 440), (223, 460), (222, 478)],                           # low back / side of the low back
            [(196, 477), (216, 471), (238, 473), (262, 480), (280, 482)],   # iliac crest, upper edge
            [(193, 493), (216, 488), (240, 490), (256, 496), (265, 499)],   # iliac crest, lower edge
            [(262, 480), (263, 515), (268, 540), (274, 560), (277, 578), (279, 592)],  # sacrum and below it
            [(268, 540), (280, 540)], [(274, 560), (280, 560)], [(277, 578), (280, 578)],
            [(247, 492), (249, 515), (255, 538), (262, 549)],               # sacroiliac strip
            [(190, 535), (228, 538), (262, 549), (272, 552)],               # buttock upper / lower
            [(200, 491), (200, 505), (202, 540), (205, 600)],               # side of the hip
            [(186, 524), (201, 524)],                                       # side of the hip / trochanter
        ],
        seeds={
            "vertex": (270, 44), "parietal": (255, 75), "occiput": (258, 130), "behind_ear": (239, 112),
            "mastoid": (243, 138), "suboccipital": (262, 158), "posterior_neck_upper": (262, 173),
            "posterior_neck_lower": (265, 205), "neck_angle": (248, 212),
            "shoulder_top": (205, 224), "suprascapular": (215, 238), "scapula": (220, 290),
            "interscapular_upper": (262, 240), "interscapular_mid": (262, 300),
            "lateral_chest_posterior": (200, 340), "axilla": (190, 275), "iliac_crest": (225, 482),
            "mid_back": (240, 365), "lower_thoracic": (240, 415), "low_back": (250, 462),
            "lateral_low_back": (210, 460), "buttock_upper": (225, 515), "buttock_lower": (235, 570),
            "sacroiliac": (256, 515), "lateral_hip": (195, 505), "greater_trochanter": (195, 550),
        },
        midline={
            "upper_cervical_spine": (280, 168), "lower_cervical_spine": (280, 200),
            "upper_thoracic_spine": (280, 280), "lower_thoracic_spine": (280, 390), "lumbar_spine": (280, 460),
            "sacrum": (280, 510), "coccyx": (280, 550), "anal_region": (280, 569), "perineum": (280, 585),
        },
    )
    *others, leg = limbs(front=False)
    return [*others, trunk, leg]  # behind, the buttock (trunk) wins over the top of the thigh


def limbs(front: bool) -> list[Part]:
    """Ear, hand, foot, arm and leg of the viewer's left side; the same silhouette serves both views.

    Parts listed first win where outlines overlap, so the palm's straight top edge is the wrist crease."""
    arm = Frame(ARM_AXIS, arm_outline())
    a = arm.line
    arm_cuts = [
        a((292, -1.4), (300, 0), (285, 1.4)),           # deltoid: shoulder cap / arm
        a((238, -1.4), (232, -0.2), (238, 1.0)),        # acromion
        a((229, -0.2), (240, -0.2), (302, -0.2)),       # anterior (posterior) / lateral shoulder
        a((292, -0.6), (396, -0.6)),                    # lateral strip of the arm
        a((286, 0.6), (396, 0.6)),                      # medial strip of the arm
        a((348, -0.6), (350, 0.6)),                     # arm upper / lower
        a((394, -1.4), (396, 1.4)),                     # elbow band
        a((426, -1.4), (428, 1.4)),
        a((396, -0.32), (426, -0.32)),
        a((396, 0.32), (426, 0.32)),
        a((428, 0.0), (541, 0.0)),                      # forearm radial / ulnar
        a((488, -1.4), (490, 1.4)),                     # forearm upper / lower
        a((540, -1.4), (541, 1.4)),                     # wrist band
        a((540, 0.0), (560, 0.0)),                      # ... its radial and ulnar halves
    ]
    face = "anterior" if front else "posterior"
    arm_seeds = {
        "acromion": arm.xy(227, -0.2), "lateral_shoulder": arm.xy(262, -0.6), f"{face}_shoulder": arm.xy(262, 0.4),
        "lateral_arm": arm.xy(345, -0.8), f"{face}_arm_upper": arm.xy(320, 0),
        f"{face}_arm_lower": arm.xy(375, 0), "medial_arm": arm.xy(345, 0.8),
        "lateral_epicondyle": arm.xy(411, -0.7), ("antecubital" if front else "olecranon"): arm.xy(411, 0),
        "medial_epicondyle": arm.xy(411, 0.7),
    }
    surface = "volar" if front else "dorsal"
    arm_seeds.update({
        f"forearm_{surface}_radial_upper": arm.xy(460, -0.5), f"forearm_{surface}_ulnar_upper": arm.xy(460, 0.5),
        f"forearm_{surface}_radial_lower": arm.xy(515, -0.5), f"forearm_{surface}_ulnar_lower": arm.xy(515, 0.5),
        f"wrist_{surface}_ulnar": arm.xy(548, 0.5),
    })
    if front:
        arm_seeds["wrist_volar_radial"] = arm.xy(548, -0.5)
    else:  # the hollow at the base of the thumb takes the outer third of the back of the wrist
        arm_cuts.append(a((540, -0.45), (560, -0.45)))
        arm_seeds.update({"wrist_dorsal_radial": arm.xy(548, -0.22), "snuffbox": arm.xy(548, -0.75)})

    suffix = "" if front else "_dorsal"
    fingers = []
    for name, (base, tip, *_) in FINGERS.items():
        axis = [lerp(base, tip, -0.3), lerp(base, tip, 1.3)]  # lengthwise: the radial half is toward the thumb
        radial, ulnar = lerp(base, tip, 0.6), lerp(base, tip, 0.6)
        seeds = {f"{name}{suffix}_radial": (radial[0] - 2.2, radial[1]),
                 f"{name}{suffix}_ulnar": (ulnar[0] + 2.2, ulnar[1])}
        fingers.append(Part(name, finger_outline(name), cuts=[axis], seeds=seeds))
    thumb = Part("thumb", thumb_outline(), seeds={"thumb" + suffix: (103, 612)})
    if front:
        palm = Part("palm", palm_outline(),
                    cuts=[[(131, 550), (131, 565), (128.5, 580), (128, 595), (132, 606), (134, 618)],
                          [(148, 550), (148, 580), (149, 598), (150, 618)]],
                    seeds={"thenar": (122, 590), "palm": (139, 590), "hypothenar": (153, 590)})
    else:
        palm = Part("palm", palm_outline(),
                    cuts=[[(124, 560), (125, 575), (124, 592), (118, 606), (114, 616)],   # the web of the thumb
                          [(140, 550), (137, 580), (132, 600), (128.5, 618)]],           # radial / ulnar half
                    seeds={"thumb_web": (117, 592), "hand_dorsal_radial": (130, 585), "hand_dorsal_ulnar": (148, 585)})

    leg = Frame(LEG_AXIS, leg_outline())
    g = leg.line
    leg_cuts = [
        g((480, -0.72), (560, -0.72), (728, -0.72)),    # lateral strip of hip and thigh
        [(252, 560), *g((590, 0.62), (728, 0.62))],     # medial strip (adductors)
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
        g((985, -0.36), (1006, -0.36)),
        g((985, 0.4), (1006, 0.4)),
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
            "lateral_hip": (194, 515), "greater_trochanter": (197, 560),
            "anterior_thigh_upper": leg.xy(600, -0.1), "anterior_thigh_lower": leg.xy(690, 0),
            "patella": leg.xy(750, 0), "infrapatellar": leg.xy(781, 0), "shin_upper": leg.xy(840, 0),
            "shin_lower": leg.xy(940, 0), "anterior_ankle": leg.xy(995, 0),
        })
        toes = [Part("great_toe", toe_outline("great_toe"), seeds={"great_toe": TOES["great_toe"][1]})]
        toes += [Part(n, toe_outline(n), seeds={"lesser_toes": TOES[n][1]}) for n in TOES if n != "great_toe"]
        foot = [Part("foot", foot_front_outline(), cuts=[[(208, 1024), (240, 1021), (272, 1024)]],
                     seeds={"instep": (240, 1010), "foot_dorsum": (240, 1035)}), *toes]
    else:
        leg_cuts = leg_cuts[1:]  # the lateral strip above the thigh belongs to the trunk's hip behind
        leg_cuts.insert(0, g((575, -0.72), (728, -0.72)))
        leg_cuts[2] = g((645, -0.72), (645, 1.4))       # the side of the thigh is one region behind too
        leg_cuts += [g((588, 0.0), (728, 0.0)),         # back of the thigh: its outer and inner halves
                     g((790, 0.02), (985, 0.02))]       # the calf: its outer and inner halves
        leg_seeds.update({
            "posterior_thigh_upper_lateral": leg.xy(622, -0.35), "posterior_thigh_upper_medial": leg.xy(622, 0.3),
            "posterior_thigh_lower_lateral": leg.xy(690, -0.35), "posterior_thigh_lower_medial": leg.xy(690, 0.3),
            "posterior_knee": leg.xy(758, 0),
            "calf_upper_lateral": leg.xy(840, -0.25), "calf_upper_medial": leg.xy(840, 0.3),
            "calf_lower_lateral": leg.xy(940, -0.25), "calf_lower_medial": leg.xy(940, 0.3),
            "achilles": leg.xy(995, 0),
        })
        # from behind, the heel's sides curve away: narrow strips at its edges, its back most of what is seen
        foot = [Part("foot", foot_back_outline(), cuts=[[(228, 996), (228, 1050)], [(253, 996), (253, 1050)]],
                     seeds={"heel_outer": (223.5, 1022), "heel_back": (240.5, 1025), "heel_inner": (257.5, 1022)})]
    return [
        Part("ear", ear_outline(), seeds={"ear": (229, 115)}),
        palm, thumb, *fingers, *foot,
        Part("arm", arm.outline, cuts=arm_cuts, seeds=arm_seeds),
        Part("leg", leg.outline, cuts=leg_cuts, seeds=leg_seeds),
    ]
