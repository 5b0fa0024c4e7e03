"""The atlas: regions tile each view, left and right mirror, and every name finds its region."""

import subprocess
import sys

import pytest
import shapely

from bodymap.core.body.atlas import Side
from tests.conftest import REPO

VIEWS = ["anterior", "posterior", "right_lateral", "left_lateral", "plantar"]


def test_five_views_and_at_least_300_named_regions(data):
    assert list(data.atlas.views) == VIEWS
    assert len(data.atlas.regions) >= 300
    for region in data.atlas.regions.values():
        assert region.label and region.group
        assert data.atlas.views_of(region.id), f"{region.id} is drawn in no view"


def test_every_region_has_a_lay_label_in_a_patients_words(data):
    for region in data.atlas.regions.values():
        assert region.lay_label and region.lay_label != region.label, region.id
        assert region.lay_label[0].islower(), region.id
    assert data.atlas.regions["right_occiput"].lay_label == "back of the head, right side"
    assert "right" in data.atlas.regions["right_temple"].lay_label
    assert "left" in data.atlas.regions["left_temple"].lay_label


@pytest.mark.parametrize(
    "parts",
    [
        ("right_above_ear", "right_behind_ear", "right_behind_eye", "right_deep_ear", "right_ear"),  # upper trapezius
        ("right_eyebrow", "right_cheek", "right_vertex", "left_vertex"),  # sternocleidomastoid
        ("right_upper_teeth_front", "right_upper_teeth_back", "right_lower_teeth_front", "right_lower_teeth_back"),
        ("right_neck_angle", "right_interscapular_upper", "right_interscapular_mid"),
        ("right_wrist_dorsal_radial", "right_wrist_dorsal_ulnar", "right_snuffbox", "right_wrist_volar_radial"),
        ("right_hand_dorsal_radial", "right_hand_dorsal_ulnar", "right_index_finger_radial"),
        ("right_index_finger_ulnar", "right_index_finger_dorsal_radial"),
        ("right_little_finger_dorsal_ulnar", "right_calf_upper_medial", "right_calf_upper_lateral"),
        ("right_posterior_thigh_lower_medial", "right_posterior_thigh_lower_lateral"),
        ("right_heel_back", "right_heel_underside", "right_heel_inner", "right_heel_outer"),
        ("right_first_metatarsal_head", "right_lesser_metatarsal_heads", "perineum", "anal_region"),
        ("upper_cervical_spine", "lower_cervical_spine"),
    ],
)
def test_the_finer_atlas_draws_the_places_the_patterns_need(data, parts):
    for rid in parts:
        assert data.atlas.views_of(rid), rid


@pytest.mark.parametrize("view_name", VIEWS)
def test_regions_do_not_overlap(data, view_name):
    shapes = data.atlas.views[view_name].shapes
    tree = shapely.STRtree(list(shapes.values()))
    ids = list(shapes)
    overlaps = []
    for i, j in tree.query(list(shapes.values()), predicate="intersects").T:
        if i < j:
            area = shapes[ids[i]].intersection(shapes[ids[j]]).area
            if area > 0.05:
                overlaps.append((ids[i], ids[j], round(area, 2)))
    assert overlaps == []


@pytest.mark.parametrize("view_name", VIEWS)
def test_regions_cover_the_body_without_gaps(data, view_name):
    view = data.atlas.views[view_name]
    body = view.outline
    closed = body.buffer(0.5).buffer(-0.5)  # the silhouette with hairline seams closed
    assert body.area == pytest.approx(sum(s.area for s in view.shapes.values()), rel=1e-4)
    assert closed.area - body.area < 0.002 * body.area  # gaps add up to less than a hairline
    holes = [ring for poly in getattr(body, "geoms", [body]) for ring in poly.interiors]
    assert all(shapely.Polygon(ring).area < 1.0 for ring in holes)


def test_every_side_region_has_a_mirror_of_similar_size_and_place(data):
    """A left region mirrors its right one in the same view, or, for a lateral view, in the other lateral view."""
    atlas = data.atlas
    for rid, region in atlas.regions.items():
        if region.side is not Side.RIGHT:
            continue
        mirror = atlas.mirror(rid)
        assert atlas.regions[mirror].side is Side.LEFT
        assert atlas.mirror(mirror) == rid
        for name, view in atlas.views.items():
            other = atlas.views[view.mirror_view]
            if rid not in view.shapes:
                assert mirror not in other.shapes, (name, rid)
                continue
            right, left = view.shapes[rid], other.shapes[mirror]
            assert left.area == pytest.approx(right.area, rel=0.02), (name, rid)
            assert left.centroid.x == pytest.approx(view.mirror_x(right.centroid.x), abs=1.0), (name, rid)
            assert left.centroid.y == pytest.approx(right.centroid.y, abs=1.0), (name, rid)


def test_a_lateral_view_shows_one_side_and_the_midline(data):
    for name, side in (("right_lateral", Side.RIGHT), ("left_lateral", Side.LEFT)):
        view = data.atlas.views[name]
        assert view.shows is side
        assert {data.atlas.regions[rid].side for rid in view.shapes} == {side, Side.MIDLINE}


def test_a_region_seen_in_several_views_is_one_region(data):
    views_of = data.atlas.views_of
    assert views_of("right_temple") == ["anterior", "right_lateral"]
    assert views_of("right_heel_back") == ["posterior", "right_lateral"]
    assert views_of("right_heel_outer") == ["posterior", "right_lateral"]
    assert views_of("right_heel_underside") == ["plantar"]
    assert views_of("right_great_toe") == ["anterior", "plantar"]
    assert views_of("right_snuffbox") == ["posterior", "right_lateral"]
    assert "right_lateral" in views_of("right_greater_trochanter")


def test_the_soles_are_drawn_larger_but_measured_alike(data):
    atlas = data.atlas
    plantar, front = atlas.views["plantar"], atlas.views["anterior"]
    assert plantar.layout.scale == 3
    assert atlas.area("right_great_toe") == pytest.approx(
        max(front.shapes["right_great_toe"].area, plantar.shapes["right_great_toe"].area / 9)
    )


def test_patient_right_is_on_the_correct_screen_side(data):
    views = data.atlas.views
    front, back, soles = views["anterior"], views["posterior"], views["plantar"]
    middle = front.width / 2
    assert front.patient_right_on_screen_left and front.shapes["right_temple"].centroid.x < middle
    assert not back.patient_right_on_screen_left and back.shapes["right_scapula"].centroid.x > middle
    assert not soles.patient_right_on_screen_left and soles.shapes["right_heel_underside"].centroid.x > middle
    # the right side view faces the viewer's right: the face is right of the ear
    side = views["right_lateral"]
    assert side.shapes["nose"].centroid.x > side.shapes["right_ear"].centroid.x


def test_every_label_and_synonym_finds_exactly_its_region(data):
    atlas = data.atlas
    for region in atlas.regions.values():
        for name in region.names:
            assert atlas.find(name) == region, name
            assert atlas.find(name.upper()) == region
    assert atlas.find("right temple").id == "right_temple"
    assert atlas.find("no such place") is None
    assert atlas.closest("rigth tempel")[0] == "Right temple"


@pytest.mark.parametrize("view_name", VIEWS)
def test_hit_testing_finds_the_region_under_a_point(data, view_name):
    view = data.atlas.views[view_name]
    for rid, shape in view.shapes.items():
        point = shape.representative_point()
        assert view.region_at(point.x, point.y) == rid
    assert view.region_at(5, 5) is None


def test_the_generated_art_is_identical_on_every_run(tmp_path):
    subprocess.run(
        [sys.executable, str(REPO / "tools" / "make_atlas.py"), str(tmp_path)], check=True, capture_output=True
    )
    for name in (f"body_{view}.svg" for view in VIEWS):
        assert (tmp_path / name).read_bytes() == (REPO / "assets" / name).read_bytes(), name
    for shipped in (REPO / "assets" / "derived").iterdir():  # the parsed shapes shipped with them
        assert (tmp_path / "derived" / shipped.name).read_bytes() == shipped.read_bytes(), shipped.name
