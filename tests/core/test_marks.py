"""Trigger point marks spread apart where they would overlap, and stay where they are where they would not."""

import math

from hypothesis import given
from hypothesis import strategies as st

from bodymap.core.body.marks import MARK_SPAN, spread

coordinates = st.floats(min_value=0, max_value=60, allow_nan=False)


@given(st.lists(st.tuples(coordinates, coordinates), min_size=1, max_size=8), st.floats(min_value=2, max_value=30))
def test_no_two_spread_marks_lie_closer_than_the_gap(points, gap):
    shown = spread(points, gap)
    assert len(shown) == len(points)
    for i, a in enumerate(shown):
        for b in shown[:i]:
            assert math.dist(a, b) >= gap - 1e-6


def test_marks_far_apart_stay_where_they_are():
    points = [(0.0, 0.0), (50.0, 0.0), (0.0, 50.0)]
    assert spread(points, 10) == points


def test_two_marks_on_one_spot_are_moved_apart_around_it_and_always_alike():
    shown = spread([(10.0, 10.0), (10.0, 10.0)], 8)
    assert abs(math.dist(*shown) - 8) < 1e-9
    assert ((shown[0][0] + shown[1][0]) / 2, (shown[0][1] + shown[1][1]) / 2) == (10.0, 10.0)
    assert spread([(10.0, 10.0), (10.0, 10.0)], 8) == shown


def test_a_mark_on_the_left_of_its_neighbour_stays_on_the_left():
    left, right = spread([(0.0, 0.0), (3.0, 0.0)], 10)
    assert left[0] < right[0]


def test_two_marks_of_one_muscle_overlap_on_the_body_only_closer_than_a_mark():
    assert MARK_SPAN == 8.0
