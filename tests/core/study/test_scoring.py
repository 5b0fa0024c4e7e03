"""Scoring each quiz kind with answers whose score is known."""

from __future__ import annotations

import itertools
import math

import pytest

from bodymap.core.body.atlas import Side
from bodymap.core.clinic.catalog import Location
from bodymap.core.study.scoring import (
    HAND_WIDTH,
    PICKS,
    body_height,
    click_credit,
    recognise_muscle,
    score_click,
    score_drawing,
    score_picks,
)

# a main zone of two mirror regions (equal areas), a spillover zone, and an area elsewhere
ESSENTIAL = {"right_temple", "left_temple"}
SPILLOVER = {"right_occiput"}
ELSEWHERE = "right_patella"


def test_a_perfect_drawing_scores_one_and_an_empty_one_zero(data):
    assert score_drawing(ESSENTIAL, ESSENTIAL, SPILLOVER, data.atlas).score == pytest.approx(1.0)
    assert score_drawing(set(), ESSENTIAL, SPILLOVER, data.atlas).score == 0.0


def test_a_perfect_drawing_of_any_pattern_scores_exactly_one(data):
    """Exactly: not 0.9999999999999999, nor 1.0000000000000002 (which no record would take), whatever the order in
    which a set of areas happens to be summed."""
    for pattern in data.catalog.patterns.values():
        for side in (Side.RIGHT, Side.LEFT):
            essential, spillover = pattern.zones(side, data.atlas)
            for painted in (essential, essential | spillover, frozenset(sorted(essential, reverse=True))):
                assert score_drawing(painted, essential, spillover, data.atlas).score == 1.0


def test_half_the_main_zone_scores_a_half(data):
    drawing = score_drawing({"right_temple"}, ESSENTIAL, SPILLOVER, data.atlas)
    assert drawing.score == pytest.approx(0.5)
    assert drawing.covered == {"right_temple"}
    assert drawing.missed == {"left_temple"}


def test_painting_outside_the_pattern_costs_its_area(data):
    atlas = data.atlas
    outside = {"right_temple", "left_temple", ELSEWHERE}
    drawing = score_drawing(outside, ESSENTIAL, SPILLOVER, atlas)
    main = sum(atlas.area(r) for r in ESSENTIAL)
    assert drawing.score == pytest.approx(main / (main + atlas.area(ELSEWHERE)))
    assert drawing.outside == {ELSEWHERE}


def test_spillover_earns_partial_credit_and_costs_nothing(data):
    only_spillover = score_drawing(SPILLOVER, ESSENTIAL, SPILLOVER, data.atlas).score
    assert 0.0 < only_spillover < 0.5
    assert score_drawing(ESSENTIAL | SPILLOVER, ESSENTIAL, SPILLOVER, data.atlas).score == pytest.approx(1.0)
    instead_of_outside = score_drawing({"right_temple", *SPILLOVER}, ESSENTIAL, SPILLOVER, data.atlas).score
    assert instead_of_outside > 0.5  # spillover painted beside half the main zone adds a little


def test_a_click_on_the_x_scores_full_marks_and_a_hand_away_little(data):
    atlas = data.atlas
    x = Location("posterior", 328, 209)
    assert score_click("posterior", 328, 209, [x], atlas).score == 1.0
    assert score_click("posterior", 331, 211, [x], atlas).score == 1.0  # a few units: still on the X
    hand = HAND_WIDTH * body_height(atlas)
    away = score_click("posterior", 328 + hand, 209, [x], atlas)
    assert away.score < 0.25
    assert away.distance == pytest.approx(HAND_WIDTH)
    closer = score_click("posterior", 328 + hand / 2, 209, [x], atlas)
    assert away.score < closer.score < 1.0


def test_a_click_is_measured_to_the_nearest_trigger_point_in_its_view(data):
    atlas = data.atlas
    points = [Location("posterior", 328, 209), Location("posterior", 345, 215), Location("anterior", 330, 209)]
    click = score_click("posterior", 346, 214, points, atlas)
    assert click.nearest == points[1]
    assert click.score == 1.0
    assert score_click("right_lateral", 346, 214, points, atlas).score == 0.0


def test_distance_is_relative_to_the_body_so_the_enlarged_soles_count_the_same(data):
    atlas = data.atlas
    sole = Location("plantar", 200, 300)
    scale = atlas.views["plantar"].layout.scale
    drawn_far = 0.03 * body_height(atlas) * scale  # 3% of the body, drawn three times larger
    assert score_click("plantar", 200 + drawn_far, 300, [sole], atlas).distance == pytest.approx(0.03)


def test_click_credit_falls_steadily_with_distance():
    credits = [click_credit(d / 100) for d in range(12)]
    assert credits[0] == 1.0
    assert all(a >= b for a, b in itertools.pairwise(credits))
    assert math.isclose(click_credit(1.0), 0.0, abs_tol=1e-9)


@pytest.mark.parametrize(
    ("typed", "muscle"),
    [
        ("Infraspinatus", "infraspinatus"),
        ("infraspinatous", "infraspinatus"),  # a typo
        ("  INFRASPINATUS ", "infraspinatus"),
        ("supraspinatus", "supraspinatus"),  # close to infraspinatus, but a name of its own
        ("upper trap", "upper_trapezius"),  # a synonym
        ("trapezius upper", "upper_trapezius"),  # words in another order
        ("sternocleidomastiod", "sternocleidomastoid"),
    ],
)
def test_a_typed_name_is_recognised_with_its_typos(data, typed, muscle):
    found = recognise_muscle(typed, data.catalog)
    assert found is not None
    assert found.id == muscle


@pytest.mark.parametrize("typed", ["", "   ", "shoulder", "xyzzy"])
def test_what_is_no_muscle_name_is_not_recognised(data, typed):
    assert recognise_muscle(typed, data.catalog) is None


def test_picks_score_against_the_ranking_and_the_source_muscle():
    ranked = ["a", "b", "c", "d", "e", "f", "g"]
    assert score_picks(["a", "b", "c"], ranked, "a").score == pytest.approx(1.0)
    assert score_picks(["c", "a", "b"], ranked, "a").score == pytest.approx(1.0)  # the order does not matter
    assert score_picks(["x", "y", "z"], ranked, "a").score == 0.0
    assert score_picks([], ranked, "a").score == 0.0
    # the muscle whose pattern it is counts as a first choice even where the ranking puts it lower
    source_low = score_picks(["e", "a", "b"], ranked, "e")
    assert source_low.score == pytest.approx(1.0)
    assert source_low.best == ("e", "a", "b")
    worse = score_picks(["a", "f", "g"], ranked, "a").score
    assert 0.0 < worse < score_picks(["a", "b", "f"], ranked, "a").score < 1.0
    assert score_picks(["a", "a", "b"], ranked, "a").score < 1.0  # a muscle picked twice counts once
    assert PICKS == 3
    assert score_picks(["f", "g", "x", "a"], ranked, "a").score < 0.1  # only the first three picks count
