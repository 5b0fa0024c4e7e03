"""The atlas: regions tile each view, left and right mirror, and every name finds its region."""

import subprocess
import sys

import pytest
import shapely

from bodymap.core.atlas import Side
from tests.conftest import REPO


def test_at_least_120_named_regions(data):
    assert len(data.atlas.regions) >= 120
    for region in data.atlas.regions.values():
        assert region.label and region.group
        assert data.atlas.views_of(region.id), f"{region.id} is drawn in no view"


@pytest.mark.parametrize("view_name", ["anterior", "posterior"])
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


@pytest.mark.parametrize("view_name", ["anterior", "posterior"])
def test_regions_cover_the_body_without_gaps(data, view_name):
    view = data.atlas.views[view_name]
    body = view.outline
    closed = body.buffer(0.5).buffer(-0.5)  # the silhouette with hairline seams closed
    assert body.area == pytest.approx(sum(s.area for s in view.shapes.values()), rel=1e-4)
    assert closed.area - body.area < 0.002 * body.area  # gaps add up to less than a hairline
    holes = [ring for poly in getattr(body, "geoms", [body]) for ring in poly.interiors]
    assert all(shapely.Polygon(ring).area < 1.0 for ring in holes)


def test_every_side_region_has_a_mirror_of_similar_size_and_place(data):
    atlas = data.atlas
    for rid, region in atlas.regions.items():
        if region.side is not Side.RIGHT:
            continue
        mirror = atlas.mirror(rid)
        assert atlas.regions[mirror].side is Side.LEFT
        assert atlas.mirror(mirror) == rid
        for name, view in atlas.views.items():
            if rid not in view.shapes:
                assert mirror not in view.shapes
                continue
            right, left = view.shapes[rid], view.shapes[mirror]
            assert left.area == pytest.approx(right.area, rel=0.02), (name, rid)
            assert left.centroid.x == pytest.approx(view.mirror_x(right.centroid.x), abs=1.0), (name, rid)
            assert left.centroid.y == pytest.approx(right.centroid.y, abs=1.0), (name, rid)


def test_patient_right_is_on_the_correct_screen_side(data):
    front, back = data.atlas.views["anterior"], data.atlas.views["posterior"]
    middle = front.width / 2
    assert front.shapes["right_temple"].centroid.x < middle
    assert back.shapes["right_scapula"].centroid.x > middle


def test_every_label_and_synonym_finds_exactly_its_region(data):
    atlas = data.atlas
    for region in atlas.regions.values():
        for name in region.names:
            assert atlas.find(name) == region, name
            assert atlas.find(name.upper()) == region
    assert atlas.find("right temple").id == "right_temple"
    assert atlas.find("no such place") is None
    assert atlas.closest("rigth tempel")[0] == "Right temple"


def test_hit_testing_finds_the_region_under_a_point(data):
    view = data.atlas.views["anterior"]
    for rid, shape in view.shapes.items():
        point = shape.representative_point()
        assert view.region_at(point.x, point.y) == rid
    assert view.region_at(5, 5) is None


def test_the_generated_art_is_identical_on_every_run(tmp_path):
    subprocess.run(
        [sys.executable, str(REPO / "tools" / "make_atlas.py"), str(tmp_path)], check=True, capture_output=True
    )
    for name in ("body_anterior.svg", "body_posterior.svg"):
        assert (tmp_path / name).read_bytes() == (REPO / "assets" / name).read_bytes(), name
