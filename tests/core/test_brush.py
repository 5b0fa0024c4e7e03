"""Painting turns into region coverage: which regions a brush stroke marks (core.painmap.brushed_regions)."""

from __future__ import annotations

import math

import pytest

from bodymap.core.body.painmap import COVERED_SHARE, PainMap, PainMark, Quality, brushed_regions


@pytest.fixture
def front(data):
    return data.atlas.views["anterior"]


def inner(view, region_id):
    p = view.shapes[region_id].representative_point()
    return p.x, p.y


def test_a_dab_inside_a_region_marks_that_region(front):
    assert "right_anterior_thigh_upper" in brushed_regions(front, [inner(front, "right_anterior_thigh_upper")], 2)


def test_a_stroke_marks_the_regions_it_crosses_even_between_far_apart_samples(front):
    start, end = inner(front, "right_anterior_thigh_upper"), inner(front, "right_shin_upper")
    stroke = brushed_regions(front, [start, end], 6)
    assert {"right_anterior_thigh_upper", "right_anterior_thigh_lower", "right_patella", "right_shin_upper"} <= stroke
    ends = brushed_regions(front, [start], 6) | brushed_regions(front, [end], 6)
    assert "right_patella" not in ends


def test_grazing_the_edge_of_a_neighbour_does_not_mark_it(front):
    thigh = front.shapes["right_anterior_thigh_upper"]
    centre = inner(front, "right_anterior_thigh_upper")
    marked = brushed_regions(front, [centre, (centre[0], centre[1] + 5)], 3)
    assert marked == {"right_anterior_thigh_upper"}
    assert thigh.area > 100


def test_a_region_covered_well_enough_is_marked(front, data):
    small = min(front.shapes, key=lambda r: front.shapes[r].area)
    shape = front.shapes[small]
    x, y = inner(front, small)
    radius = math.sqrt(shape.area / math.pi) * 2
    assert small in brushed_regions(front, [(x, y)], radius)
    assert 0 < COVERED_SHARE < 1


def test_nothing_off_the_body_or_with_no_brush(front):
    assert brushed_regions(front, [(-50, -50), (-40, -60)], 5) == frozenset()
    assert brushed_regions(front, [], 5) == frozenset()
    assert brushed_regions(front, [inner(front, "right_temple")], 0) == frozenset()


def test_painting_and_erasing_changes_only_what_differs():
    pain = PainMap({"a": PainMark(5), "b": PainMark(7, Quality.SHARP)})
    mark = PainMark(7, Quality.SHARP)
    assert pain.painted(["a", "b", "c"], mark) == {"a": mark, "c": mark}
    assert pain.erased(["a", "c"]) == {"a": None}
    assert pain.painted(["b"], mark) == {}  # painting over a region with its own mark changes nothing


def test_pre_marking_leaves_marked_regions_as_they_are():
    pain = PainMap({"a": PainMark(3, Quality.TINGLING)})
    assert pain.added(["a", "b"], PainMark()) == {"b": PainMark()}


def test_qualities_have_labels():
    assert [q.label for q in Quality] == ["Aching", "Sharp", "Burning", "Tingling / numbness"]
