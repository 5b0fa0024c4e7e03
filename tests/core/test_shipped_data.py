"""Invariants of the clinical data the app ships: complete, cited, placed on the body, mirrored correctly."""

import pytest
import shapely

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


def test_every_trigger_point_sits_on_the_patients_right_inside_the_body_in_every_view_it_names(data):
    atlas = data.atlas
    for tp in data.catalog.trigger_points.values():
        assert tp.locations and len({loc.view for loc in tp.locations}) == len(tp.locations), tp.id
        for loc in tp.locations:
            region = atlas.views[loc.view].region_at(loc.x, loc.y)
            assert region is not None, (tp.id, loc.view)
            assert atlas.regions[region].side is not Side.LEFT, (tp.id, region)


def test_left_trigger_points_mirror_into_the_mirror_region_in_every_view(data):
    atlas = data.atlas
    for tp in data.catalog.trigger_points.values():
        for right, left in zip(tp.locations, tp.locations_on(Side.LEFT, atlas), strict=True):
            under_right = atlas.views[right.view].region_at(right.x, right.y)
            under_left = atlas.views[left.view].region_at(left.x, left.y)  # a side view's mirror is the other side view
            assert under_left == atlas.mirror(under_right), (tp.id, right.view)


def test_trigger_points_are_drawn_in_the_other_views_of_the_skin_they_lie_under(data):
    """A trigger point on the back of the shoulder is drawn in the side view too; one in the palm only in front."""
    tps = data.catalog.trigger_points
    assert [loc.view for loc in tps["upper_trapezius_1"].locations] == ["posterior", "right_lateral"]
    assert {loc.view for loc in tps["temporalis_1"].locations} == {"right_lateral", "anterior"}
    assert {loc.view for loc in tps["gluteus_minimus_1"].locations} >= {"anterior", "right_lateral"}
    assert [loc.view for loc in tps["flexor_digitorum_superficialis_1"].locations] == ["anterior"]
    assert sum(len(tp.locations) for tp in tps.values()) > 1.5 * len(tps)


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


def test_every_muscle_is_outlined_in_every_view_its_trigger_points_are_drawn_in_under_its_marks(data):
    atlas = data.atlas
    for muscle in data.catalog.muscles.values():
        outlines = atlas.muscle_outlines(muscle.id, Side.RIGHT)
        for tp in muscle.trigger_points:
            for loc in tp.locations:
                assert loc.view in outlines, (muscle.id, loc.view)
                assert outlines[loc.view].distance(shapely.Point(loc.x, loc.y)) < 5, (tp.id, loc.view)


def test_the_left_muscle_is_the_right_ones_mirror_image(data):
    atlas = data.atlas
    right, left = (atlas.muscle_outlines("upper_trapezius", side) for side in (Side.RIGHT, Side.LEFT))
    assert set(right) == {"anterior", "posterior", "right_lateral"}
    assert set(left) == {"anterior", "posterior", "left_lateral"}
    for view, shape in right.items():
        mirror = atlas.views[view].mirror_view
        assert left[mirror].area == pytest.approx(shape.area)
        assert left[mirror].centroid.x == pytest.approx(atlas.views[view].mirror_x(shape.centroid.x))


def test_every_outline_in_the_shipped_drawings_names_a_muscle(data):
    for view in data.atlas.views.values():
        assert set(view.muscles) <= set(data.catalog.muscles), view.name
    assert {m for view in data.atlas.views.values() for m in view.muscles} == set(data.catalog.muscles)
