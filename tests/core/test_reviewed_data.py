"""Corrections from a review of the clinical data against the reference: each test fails if its correction is undone.

The patterns are checked at their graded levels (primary and common areas make the essential zone, occasional
ones the spillover), the trigger points at their drawn places, and the texts for what they must say."""

import pytest

from bodymap.core.body.atlas import Side
from bodymap.core.clinic.catalog import Frequency, ZoneLevel
from bodymap.core.clinic.guidance import HowCommon, Urgency

PRIMARY, COMMON, OCCASIONAL = ZoneLevel.PRIMARY, ZoneLevel.COMMON, ZoneLevel.OCCASIONAL


def level(data, tid: str, region: str) -> ZoneLevel | None:
    return data.catalog.patterns[tid].levels(Side.RIGHT, data.atlas).get(region)


def drawn_in(data, tid: str) -> str | None:
    loc = data.catalog.trigger_points[tid].location
    return data.atlas.views[loc.view].region_at(loc.x, loc.y)


# ------------------------------------------------------------------------------------------------- patterns


def test_temporalis_trigger_points_follow_the_reference_numbering_front_to_back(data):
    tps = [data.catalog.trigger_points[f"temporalis_{n}"] for n in (1, 2, 3, 4)]
    assert [tp.name.split(" (")[0] for tp in tps] == [f"Temporalis TrP{n}" for n in (1, 2, 3, 4)]
    assert [tp.part for tp in tps] == ["anterior", "middle", "middle", "posterior"]
    assert all(tp.location.view == "right_lateral" for tp in tps)
    xs = [tp.location.x for tp in tps]  # the right side view faces the screen's right: front is larger x
    assert xs == sorted(xs, reverse=True)


@pytest.mark.parametrize(
    ("tid", "region", "expected"),
    [
        ("temporalis_1", "right_cheek", OCCASIONAL),  # the anterior fibres reach the cheek only as spillover
        ("temporalis_2", "right_tmj", OCCASIONAL),  # the middle fibres reach the jaw joint as spillover
        ("temporalis_3", "right_tmj", OCCASIONAL),
        ("temporalis_4", "right_parietal", PRIMARY),  # the posterior fibres: up over the back of the head
        ("piriformis_1", "right_sacroiliac", PRIMARY),
        ("piriformis_1", "right_buttock_upper", PRIMARY),  # the whole buttock ...
        ("piriformis_1", "right_buttock_lower", PRIMARY),
        ("piriformis_1", "right_lateral_hip", OCCASIONAL),  # ... with the outer hip as spillover
        ("piriformis_1", "right_greater_trochanter", OCCASIONAL),
        ("piriformis_2", "right_buttock_lower", PRIMARY),
        ("piriformis_2", "right_greater_trochanter", OCCASIONAL),
        ("iliopsoas_1", "right_groin", PRIMARY),
        ("iliopsoas_1", "right_medial_thigh_upper", OCCASIONAL),
        ("iliopsoas_2", "right_groin", PRIMARY),
        ("iliopsoas_3", "right_groin", PRIMARY),
        ("gastrocnemius_1", "right_calf_upper_medial", OCCASIONAL),  # its main zone is the instep
        ("gastrocnemius_1", "right_arch", PRIMARY),
        ("peroneus_longus_1", "right_lateral_foot_border", PRIMARY),
        ("brachialis_1", "right_thumb_web", PRIMARY),
        ("adductor_pollicis_1", "right_thumb_web", OCCASIONAL),
        ("serratus_anterior_1", "right_medial_epicondyle", OCCASIONAL),
        ("serratus_posterior_superior_1", "right_medial_epicondyle", OCCASIONAL),
    ],
)
def test_reviewed_zones_sit_at_the_reference_level(data, tid, region, expected):
    assert level(data, tid, region) is expected


def test_the_muscles_the_pain_guide_lists_for_the_medial_epicondyle_refer_there(data):
    guide = [
        "triceps_brachii",
        "pectoralis_major",
        "pectoralis_minor",
        "serratus_anterior",
        "serratus_posterior_superior",
    ]
    assert set(guide) <= set(data.conditions["medial_elbow_pain"].muscles)
    for mid in guide:
        muscle = data.catalog.muscles[mid]
        assert any(level(data, tp.id, "right_medial_epicondyle") for tp in muscle.trigger_points), mid


@pytest.mark.parametrize(
    ("tids", "frequency"),
    [
        (["suboccipitals_1", "extensor_digitorum_1", "extensor_digitorum_2"], Frequency.VERY_COMMON),
        (["flexor_hallucis_longus_1", "flexor_hallucis_brevis_1", "flexor_hallucis_brevis_2",
          "extensor_digitorum_brevis_1", "extensor_digitorum_brevis_2", "levator_ani_1", "coccygeus_1"],
         Frequency.COMMON),
    ],
)  # fmt: skip
def test_reviewed_frequencies_follow_the_pain_guides(data, tids, frequency):
    assert {tid: data.catalog.patterns[tid].frequency for tid in tids} == dict.fromkeys(tids, frequency)


# ------------------------------------------------------------------------------------------ where the X sits


def test_subscapularis_is_drawn_in_the_armpit_where_it_is_reached_not_among_the_infraspinatus_marks(data):
    for tp in data.catalog.muscles["subscapularis"].trigger_points:
        assert tp.location.view == "anterior" and drawn_in(data, tp.id) == "right_axilla", tp.id


def test_tibialis_posterior_is_drawn_at_the_medial_border_of_the_leg(data):
    assert drawn_in(data, "tibialis_posterior_1") == "right_medial_leg"


def test_extensor_carpi_ulnaris_is_drawn_nearer_the_ulna_than_the_middle_of_its_region(data):
    tp = data.catalog.trigger_points["extensor_carpi_ulnaris_1"]
    region = data.atlas.views["posterior"].shapes["right_forearm_dorsal_ulnar_upper"]
    assert drawn_in(data, tp.id) == "right_forearm_dorsal_ulnar_upper"
    # in the back view the right forearm's ulnar border is its edge nearer the body (smaller x)
    assert tp.location.x < region.centroid.x


def test_masseter_is_drawn_over_the_ramus_in_the_side_view(data):
    for tp in data.catalog.muscles["masseter"].trigger_points:
        assert tp.location.view == "right_lateral", tp.id
        assert drawn_in(data, tp.id) in {"right_angle_of_jaw", "right_tmj"}, tp.id


# ------------------------------------------------------------------------------------------------- texts


def test_the_rotatores_synonym_finds_the_rotatores(data):
    assert data.catalog.find_muscle("rotatores").id == "rotatores"


def test_every_muscle_is_found_by_its_own_id_and_name(data):
    for muscle in data.catalog.muscles.values():
        assert data.catalog.find_muscle(muscle.id) is muscle
        assert data.catalog.find_muscle(muscle.name) is muscle


def test_pectoralis_major_costal_trigger_point_warns_about_breast_implants(data):
    assert "implant" in data.catalog.trigger_points["pectoralis_major_3"].needling_caution


def test_the_ankle_condition_examines_the_muscles_that_refer_to_the_inner_ankle(data):
    ankle = data.conditions["ankle_pain"]
    assert "right_medial_malleolus" in ankle.pain_regions
    assert {"abductor_hallucis", "flexor_digitorum_longus"} <= set(ankle.muscles)


def test_pelvic_pain_names_blood_in_the_urine_as_a_red_flag(data):
    assert any("blood in the urine" in flag.lower() for flag in data.conditions["pelvic_pain"].red_flags)


def test_after_effects_sit_in_the_band_their_own_figures_give(data):
    effects = {e.name: e for e in data.guidance.after_effects}
    assert effects["Bleeding at the needle site"].how_common is HowCommon.VERY_COMMON  # 16% in the larger survey
    assert effects["Tiredness"].how_common is HowCommon.RARE  # 0.04%
    assert "healthy volunteers" in effects["Soreness in the treated muscle"].figures


def test_weakness_after_needling_near_the_spine_is_an_emergency(data):
    emergencies = [s.sign.lower() for s in data.guidance.seek_help if s.urgency is Urgency.EMERGENCY]
    assert any("weakness" in sign and "spine" in sign for sign in emergencies)
    assert any("collapsed lung" in sign and "a day or two" in sign for sign in emergencies)


def test_relative_contraindications_include_joint_replacements_heart_valves_and_reduced_feeling(data):
    said = " ".join(c.what.lower() for c in data.guidance.relative_contraindications)
    assert "joint replacement" in said and "heart-valve" in said and "feeling in the area is reduced" in said
