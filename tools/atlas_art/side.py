"""The figure seen from its right side, facing the viewer's right; the left side view is its mirror image.

The elbow is bent so that the forearm and hand lie forward, clear of the hip and thigh, the back of the hand
toward the viewer and the thumb up (the forearm midway between turning the palm up and down).
"""

from __future__ import annotations

from shapely.geometry import Polygon

from .geometry import Frame, Part, digit, lerp, smooth_closed, tube


def profile_outline() -> Polygon:
    """Head, trunk and the near leg in profile."""
    return smooth_closed([
        # head: vertex, forehead, nose, lips, chin
        (262, 40), (281, 42), (298, 49), (310, 59), (317.5, 72), (320, 86), (322.5, 94), (321, 101),
        (325, 108), (330, 115), (333, 120.5), (332, 124.5), (327.5, 126), (323.5, 127.5), (325, 131.5),
        (324.5, 136), (323, 138.5), (324.5, 141.5), (322.5, 146), (318.5, 150), (320.5, 157), (318, 165),
        (312, 170), (300, 173),
        # neck, front: under the chin, the throat, the sternal notch
        (292, 177), (290, 190), (293, 203), (298, 214),
        # chest and abdomen
        (310, 226), (322, 246), (331, 270), (334, 294), (331, 317), (324, 338), (321, 362), (323, 392),
        (329, 422), (332, 450), (329, 478), (321, 503), (313, 525), (309, 548), (308, 572),
        # front of the thigh, the knee, the shin
        (310, 600), (311, 640), (307, 690), (300, 730), (297, 748), (299, 762), (296, 778), (290, 795),
        (289, 830), (288, 880), (285, 930), (282, 965), (281, 988),
        # the top of the foot to the toes, the sole, the heel
        (292, 1000), (312, 1010), (338, 1020), (360, 1028), (376, 1033), (383, 1038, "c"), (379, 1044),
        (350, 1045), (310, 1045.5), (272, 1046), (248, 1045), (236, 1039), (233, 1027), (236, 1013),
        (242, 1000),
        # Achilles tendon, calf, the back of the knee and thigh
        (245, 980), (244, 955), (238, 920), (229, 880), (224, 845), (226, 812), (234, 785), (239, 765),
        (238, 745), (233, 715), (226, 680), (220, 640), (216, 610),
        # buttock, low back, back, the nape
        (213, 590), (209, 566), (209, 542), (214, 518), (224, 494), (231, 468), (232, 445), (228, 420),
        (222, 392), (217, 360), (216, 325), (219, 290), (226, 258), (234, 232), (240, 214), (241, 198),
        (238, 182), (231, 168), (222, 155), (215, 140), (212, 122), (213, 100), (219, 78), (230, 60),
        (246, 46),
    ])


UPPER_ARM_AXIS = [(266, 250), (265, 310), (263, 360), (261, 398)]


def upper_arm_side_outline() -> Polygon:
    """From the shoulder cap to the elbow; the forearm part covers the elbow's point."""
    return smooth_closed([
        (262, 216), (278, 220), (289, 232), (293, 250), (292, 275), (289, 305), (287, 340), (286, 372),
        (286, 396), (275, 410), (248, 412), (238, 398), (239, 370), (240, 340), (240, 305), (239, 275),
        (241, 248), (248, 226),
    ])


def forearm_side_outline() -> Polygon:
    """Elbow to the wrist crease, lying forward; thumb side (radius) above."""
    return smooth_closed([
        (244, 386), (236, 400), (237, 416), (246, 428), (264, 434), (290, 436), (320, 434), (350, 431),
        (378, 428.5), (400, 427, "c"), (400, 401, "c"), (378, 400.5), (350, 398), (320, 392), (292, 386),
        (268, 382),
    ])


def hand_side_outline() -> Polygon:
    """The back of the hand, thumb up, fingers forward; the fingers and the thumb are parts of their own."""
    return smooth_closed([(398, 401, "c"), (398, 427, "c"), (416, 431), (436, 436), (449, 438.5, "c"),
                          (450, 396, "c"), (436, 397), (418, 399)])


SIDE_FINGERS = {
    # the backs of the fingers seen from the side, thumb up: index finger on top, little finger at the bottom
    # name: (base, tip, base half-width, tip half-width, bend)
    "index_finger_dorsal": ((447, 401.5), (491, 405), 5.3, 4.5, 1.2),
    "middle_finger_dorsal": ((448, 413), (496, 418), 5.4, 4.6, 1.2),
    "ring_finger_dorsal": ((447.5, 424.5), (491, 430.5), 5.2, 4.4, 1.2),
    "little_finger_dorsal": ((446, 435.5), (480, 441.5), 4.6, 3.9, 1.0),
}


def side_finger_outline(name: str) -> Polygon:
    base, tip, wb, wt, bend = SIDE_FINGERS[name]
    return digit(base, tip, wb, wt, bend)


def side_thumb_outline() -> Polygon:
    """Up from the wrist's radial side and forward, clear of the index finger."""
    return tube([(404, 404), (420, 392), (437, 385), (452, 382.5)], [(7, 6.5), (6.6, 6.2), (5.8, 5.6), (5, 5)],
                round_end=True)


def side_ear_outline() -> Polygon:
    return smooth_closed([(262, 97), (255, 101), (252, 111), (253, 123), (257, 133), (263, 137), (268, 133),
                          (270, 122), (270, 108), (267, 99)])


LEG_SIDE_AXIS = [(262, 570), (266, 640), (268, 757), (260, 860), (262, 985)]


# ------------------------------------------------------------------------------------------------ regions


def lateral() -> list[Part]:
    """The right side view; build_view(..., mirrored=False) names its pieces for the patient's right."""
    profile = profile_outline()
    leg = Frame(LEG_SIDE_AXIS, profile)
    g = leg.line
    arm = Frame(UPPER_ARM_AXIS, upper_arm_side_outline())
    a = arm.line
    cuts = [
        # head
        [(214, 70), (240, 52), (262, 47), (290, 50), (318, 66)],            # the top of the head
        [(298, 51), (299, 75), (300, 95), (298.5, 104), (297.5, 112)],      # forehead and eye / temple
        [(271, 45), (271.5, 75), (269, 96), (267, 101)],                   # temple / above the ear, the crown
        [(243, 80), (258, 79), (272, 79)],                                  # above the ear, upper edge
        [(243, 79), (243, 97), (242, 112), (243, 128), (246, 142), (251, 153)],  # behind the ear and mastoid
        [(212, 100), (228, 98.5), (243, 97), (256, 100.5)],                 # crown / back of the head
        [(243, 128), (256, 128.5)],                                         # behind the ear / mastoid
        [(261, 135), (262, 144), (262, 151)],                               # mastoid / angle of the jaw
        [(299, 88), (334, 89)],                                             # brow
        [(299, 96), (334, 97)],                                             # eyebrow / eye
        [(305, 96), (305, 104), (305.5, 112)],                              # behind the eye / the eye
        [(318.5, 96), (320, 110), (321.5, 127)],                            # side of the nose
        [(270, 110.5), (290, 111), (305, 112), (321, 112)],                 # zygomatic arch, cheekbone
        [(290, 110), (290, 127), (291, 140), (292, 152), (293, 167)],       # front of the jaw joint and angle
        [(270, 127), (291, 127)],                                           # jaw joint / angle of the jaw
        [(290, 127), (306, 127.5), (322, 128)],                             # cheek / upper teeth
        [(309, 127.5), (309, 139), (308.5, 150)],                           # front / back teeth
        [(290, 139), (306, 139), (324, 138.5)],                             # the mouth
        [(308.5, 150), (314, 150), (320, 150)],                             # lower front teeth / chin
        [(308.5, 150), (309.5, 159), (313, 170)],                           # back of the chin
        [(262, 150), (270, 159), (290, 165.5), (313, 169)],                 # jaw line
        [(214, 151), (230, 156), (251, 153), (257, 152), (263, 150)],       # base of the skull
        # neck, and its base beside the shoulder
        [(251, 153), (252.5, 175), (254, 193), (255, 206)],                 # back of the neck / side
        [(277, 162), (280, 180), (284, 200), (288, 218)],                   # side / front of the neck
        [(228, 170), (252.5, 170)],                                         # suboccipital
        [(236, 192), (297, 191)],                                           # neck upper / lower
        [(238, 206), (256, 206), (270, 204), (288, 207), (300, 214), (310, 226)],  # base of the neck
        [(255, 206), (257, 216), (259, 230)],                               # angle of the neck / top of shoulder
        [(287, 206), (288, 220), (290, 234)],                               # top of shoulder / above collarbone
        [(276, 164), (297, 181)],                                           # under the jaw / throat
        [(236, 231), (248, 230), (262, 232)],                               # angle, shoulder top / scapula
        [(288, 219), (298, 226), (316, 234)],                               # above the collarbone / chest
        # trunk, behind the arm and in front of it
        [(214, 300), (242, 300)], [(214, 380), (242, 380)],
        [(288, 250), (328, 252)], [(288, 294), (336, 296)], [(288, 340), (328, 342)],
        [(288, 392), (326, 392)],
        [(224, 428), (262, 426), (290, 424), (326, 423)],                   # below the arm
        [(300, 423), (301, 452), (302, 480), (298, 510), (292, 540), (288, 572)],  # flank and hip / abdomen
        [(300, 452), (334, 452)],                                           # upper / lower abdomen
        [(246, 425), (246, 450), (247, 470)],                               # side of the low back / flank
        [(230, 462), (250, 465), (276, 470), (302, 478)],                   # iliac crest, upper edge
        [(228, 480), (252, 482), (276, 487), (300, 493)],                   # iliac crest, lower edge
        [(241, 480), (236, 510), (236, 540), (243, 575), (247, 590)],       # buttock / side of the hip
        [(206, 542), (240, 544)],                                           # buttock upper / lower
        [(237, 515), (270, 516), (298, 516)],                               # side of the hip / trochanter
        [(291, 540), (312, 542)],                                           # front of the hip / groin
        [(299, 502), (322, 500)],                                           # lower abdomen / front of the hip
        [(210, 590), (236, 590), (262, 575), (305, 565), (314, 563)],       # top of the thigh
        # leg
        g((578, -0.4), (728, -0.4)), g((565, 0.4), (728, 0.4)),
        g((645, -1.4), (645, -0.4)), g((645, 0.4), (645, 1.4)),
        g((728, -1.4), (728, 1.4)), g((790, -1.4), (790, 1.4)),
        g((728, -0.4), (790, -0.4)), g((728, 0.45), (790, 0.45)), g((766, 0.45), (766, 1.4)),
        g((790, -0.4), (985, -0.4)), g((790, 0.45), (985, 0.45)), g((815, -0.4), (815, 0.45)),
        g((890, -1.4), (890, -0.4)), g((890, 0.45), (890, 1.4)),
        g((985, -1.4), (985, 1.4)),
        # ankle and foot
        [(250, 985), (250, 1012)], [(274, 985), (274, 1012)],               # Achilles, outer ankle, front
        [(228, 1010), (262, 1010), (304, 1006)],                            # ankle / heel and foot
        [(240.5, 1010), (239, 1025), (240, 1050)],                          # the back of the heel / its side
        [(264, 1010), (263, 1030), (262, 1050)],                            # heel, front border
        [(262, 1033), (300, 1036), (340, 1039), (364, 1040)],               # outer border of the foot
        [(322, 1005), (324, 1039)],                                         # instep / forefoot
        [(358, 1022), (360, 1050)],                                         # toes
    ]
    seeds = {
        "vertex": (262, 44), "parietal": (238, 70), "above_ear": (258, 89), "temple": (286, 85),
        "forehead": (311, 70), "eyebrow": (312, 92), "behind_eye": (301.5, 104), "orbit": (311, 104),
        "cheek": (305, 119), "upper_teeth_back": (299, 133), "upper_teeth_front": (315, 133),
        "lower_teeth_back": (299, 150), "lower_teeth_front": (314, 144),
        "tmj": (280, 119), "angle_of_jaw": (280, 145), "occiput": (226, 128), "behind_ear": (247, 112),
        "mastoid": (249, 140),
        "submandibular": (297, 173), "suboccipital": (245, 163), "posterior_neck_upper": (246, 182),
        "posterior_neck_lower": (248, 199), "neck_angle": (247, 214),
        "lateral_neck_upper": (266, 180), "lateral_neck_lower": (269, 199),
        "anterior_neck_upper": (286, 186), "anterior_neck_lower": (287, 199), "supraclavicular": (296, 218),
        "shoulder_top": (270, 211),
        "scapula": (228, 260), "lateral_chest_posterior": (226, 340), "lower_thoracic": (232, 405),
        "infraclavicular": (304, 240), "upper_chest": (318, 272), "breast": (324, 318), "lower_chest": (318, 370),
        "upper_abdomen": (318, 440), "lower_abdomen": (316, 478), "flank": (275, 445),
        "lateral_low_back": (237, 445), "iliac_crest": (262, 477), "lateral_hip": (265, 502),
        "greater_trochanter": (262, 540), "buttock_upper": (222, 520), "buttock_lower": (218, 568),
        "anterior_hip": (303, 522), "groin": (300, 555),
        "lateral_thigh": leg.xy(650, 0), "anterior_thigh_upper": leg.xy(610, 0.7),
        "anterior_thigh_lower": leg.xy(690, 0.7), "posterior_thigh_upper_lateral": leg.xy(620, -0.7),
        "posterior_thigh_lower_lateral": leg.xy(690, -0.7), "lateral_knee": leg.xy(758, 0),
        "patella": leg.xy(745, 0.75), "infrapatellar": leg.xy(778, 0.75), "posterior_knee": leg.xy(758, -0.7),
        "fibular_head": leg.xy(802, 0), "lateral_leg": leg.xy(900, 0), "shin_upper": leg.xy(840, 0.75),
        "shin_lower": leg.xy(940, 0.75), "calf_upper_lateral": leg.xy(840, -0.75),
        "calf_lower_lateral": leg.xy(940, -0.75),
        "lateral_malleolus": (262, 997), "achilles": (245, 995), "heel_back": (236, 1028),
        "heel_outer": (251, 1030), "anterior_ankle": (283, 997),
        "instep": (305, 1022), "foot_dorsum": (340, 1030), "lateral_foot_border": (300, 1041),
        "lesser_toes": (370, 1039),
    }
    arm_cuts = [
        a((200, -0.45), (300, -0.45)), a((200, 0.45), (300, 0.45)),   # shoulder: back, side, front
        a((232, -0.45), (236, 0), (232, 0.45)),                        # acromion
        a((300, -1.4), (300, 1.4)),                                    # shoulder / arm
        a((300, -0.4), (402, -0.4)), a((300, 0.4), (402, 0.4)),
        a((350, -1.4), (350, -0.4)), a((350, 0.4), (350, 1.4)),
    ]
    arm_seeds = {
        "acromion": arm.xy(226, 0), "lateral_shoulder": arm.xy(268, 0), "anterior_shoulder": arm.xy(265, 0.75),
        "posterior_shoulder": arm.xy(265, -0.75), "lateral_arm": arm.xy(350, 0),
        "anterior_arm_upper": arm.xy(325, 0.7), "anterior_arm_lower": arm.xy(375, 0.7),
        "posterior_arm_upper": arm.xy(325, -0.7), "posterior_arm_lower": arm.xy(372, -0.7),
    }
    forearm_cuts = [
        [(252, 380), (252, 410), (248, 440)],          # olecranon
        [(288, 380), (288, 440)],                      # elbow / forearm
        [(252, 404), (288, 402)],                      # antecubital / lateral epicondyle
        [(288, 411), (340, 413), (387, 414)],          # radial / ulnar halves of the back of the forearm
        [(344, 380), (344, 440)],                      # forearm upper / lower
        [(388, 380), (388, 440)],                      # wrist
        [(388, 414), (400, 414)],                      # ... its radial and ulnar halves
        [(388, 405.5), (400, 405.5)],                  # the hollow at the base of the thumb
    ]
    forearm_seeds = {
        "olecranon": (244, 410), "antecubital": (270, 392), "lateral_epicondyle": (270, 420),
        "forearm_dorsal_radial_upper": (316, 400), "forearm_dorsal_ulnar_upper": (316, 424),
        "forearm_dorsal_radial_lower": (366, 404), "forearm_dorsal_ulnar_lower": (366, 421),
        "snuffbox": (394, 403), "wrist_dorsal_radial": (394, 410), "wrist_dorsal_ulnar": (394, 421),
    }
    hand_cuts = [[(396, 408), (412, 407), (428, 403), (446, 400), (456, 399)],   # the web of the thumb
                 [(396, 416), (420, 416), (440, 417), (456, 417.5)]]             # radial / ulnar half
    fingers = []
    for name, (base, tip, *_) in SIDE_FINGERS.items():
        axis = [lerp(base, tip, -0.3), lerp(base, tip, 1.3)]  # lengthwise: thumb up, the radial half on top
        seed = lerp(base, tip, 0.6)
        stem = name.removesuffix("_dorsal")
        fingers.append(Part(name, side_finger_outline(name), cuts=[axis],
                            seeds={f"{stem}_dorsal_radial": (seed[0], seed[1] - 2.2),
                                   f"{stem}_dorsal_ulnar": (seed[0], seed[1] + 2.2)}))
    # the bowl of the ear that leads into the canal, open toward the face where the canal opens
    ear_cuts = [[(271.5, 111), (265, 110.5), (260, 114), (259, 120.5), (261, 126.5), (266, 128.5), (271.5, 128)]]
    return [
        Part("ear", side_ear_outline(), cuts=ear_cuts, seeds={"ear": (256, 108), "deep_ear": (263.5, 119)}),
        Part("thumb", side_thumb_outline(), seeds={"thumb_dorsal": (440, 386)}),
        *fingers,
        Part("hand", hand_side_outline(), cuts=hand_cuts,
             seeds={"thumb_web": (420, 403), "hand_dorsal_radial": (425, 411), "hand_dorsal_ulnar": (425, 424),
                    "snuffbox": (401.1, 404.4)}),
        Part("forearm", forearm_side_outline(), cuts=forearm_cuts, seeds=forearm_seeds),
        Part("arm", arm.outline, cuts=arm_cuts, seeds=arm_seeds),
        Part("body", profile, cuts=cuts, seeds=seeds, midline={"nose": (327, 117), "chin": (316, 160)}),
    ]

