"""Invariants of the clinical data the app ships: complete, cited, placed on the body, mirrored correctly."""

import pytest

from bodymap.core.body.atlas import Side

# the muscles the first release must cover (the most commonly involved ones)
REQUIRED_MUSCLES = [
    "upper_trapezius", "levator_scapulae", "sternocleidomastoid", "scalenes", "temporalis", "masseter",
    "suboccipitals", "splenius_capitis", "infraspinatus", "supraspinatus", "subscapularis", "rhomboids",
    "pectoralis_major", "pectoralis_minor", "deltoid", "biceps_brachii", "triceps_brachii",
    "extensor_carpi_radialis_longus", "supinator", "extensor_digitorum", "quadratus_lumborum",
    "iliocostalis_lumborum", "multifidi", "gluteus_maximus", "gluteus_medius", "gluteus_minimus", "piriformis",
    "tensor_fasciae_latae", "vastus_lateralis", "vastus_medialis", "biceps_femoris",
    "semitendinosus_semimembranosus", "gastrocnemius", "soleus", "tibialis_anterior", "peroneus_longus",
]  # fmt: skip


def test_the_commonly_involved_muscles_are_all_there(data):
    missing = [m for m in REQUIRED_MUSCLES if m not in data.catalog.muscles]
    assert missing == []
    assert len(data.catalog.muscles) >= 145
    assert len(data.catalog.trigger_points) >= 280


def test_every_muscle_and_pattern_cites_a_known_source(data):
    catalog = data.catalog
    for muscle in catalog.muscles.values():
        assert muscle.sources, muscle.id
        for tp in muscle.trigger_points:
            pattern = catalog.patterns[tp.id]
            for ref in (*muscle.sources, *tp.sources, *pattern.sources):
                assert ref.ref in catalog.sources, (tp.id, ref.ref)
            assert tp.sources and pattern.sources, tp.id


def test_every_trigger_point_has_complete_clinical_text(data):
    for tp in data.catalog.trigger_points.values():
        assert len(tp.palpation) >= 40, tp.id  # how to find it takes a sentence or two
        assert len(tp.needling_caution) >= 15, tp.id  # even "Routine precautions."
        assert tp.name and tp.patient_position.endswith("."), tp.id


def test_every_trigger_point_sits_on_the_patients_right_inside_the_body(data):
    atlas = data.atlas
    for tp in data.catalog.trigger_points.values():
        view = atlas.views[tp.location.view]
        region = view.region_at(tp.location.x, tp.location.y)
        assert region is not None, tp.id
        assert atlas.regions[region].side is not Side.LEFT, (tp.id, region)


def test_left_trigger_points_mirror_into_the_mirror_region(data):
    atlas = data.atlas
    for tp in data.catalog.trigger_points.values():
        view = atlas.views[tp.location.view]
        right = view.region_at(tp.location.x, tp.location.y)
        left_location = tp.location_on(Side.LEFT, atlas)  # a side view's mirror image is the other side view
        left = atlas.views[left_location.view].region_at(left_location.x, left_location.y)
        assert left == atlas.mirror(right), tp.id


def test_every_pattern_has_a_main_zone_of_existing_regions_on_the_written_side(data):
    atlas = data.atlas
    for tid, pattern in data.catalog.patterns.items():
        assert pattern.essential_regions, tid
        assert not pattern.essential_regions & pattern.spillover_regions, tid
        for rid in pattern.essential_regions | pattern.spillover_regions:
            assert rid in atlas.regions, (tid, rid)
            assert atlas.regions[rid].side is not Side.LEFT, (tid, rid)


@pytest.mark.parametrize("side", [Side.RIGHT, Side.LEFT])
def test_placed_zones_are_mirror_images_across_sides(data, side):
    atlas = data.atlas
    for pattern in data.catalog.patterns.values():
        essential, spillover = pattern.zones(side, atlas)
        other_essential, other_spillover = pattern.zones(side.opposite, atlas)
        assert {atlas.mirror(r) for r in essential} == other_essential
        assert {atlas.mirror(r) for r in spillover} == other_spillover
