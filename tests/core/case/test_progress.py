"""Progress over visits: how each area changed between two drawings, the painful share, how often an area hurt."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bodymap.core.body.painmap import PainMap, PainMark, Quality
from bodymap.core.case.model import Case, Visit
from bodymap.core.case.progress import Change, compare, course, painful_counts, painful_share
from tests.core.case.strategies import marks


def test_each_kind_of_change_is_told_apart():
    before = {
        "right_temple": PainMark(6),
        "right_occiput": PainMark(5),
        "right_angle_of_jaw": PainMark(4),
        "right_orbit": PainMark(3, Quality.ACHING),
        "right_scapula": PainMark(7),
    }
    after = {
        "right_temple": PainMark(3),  # weaker
        "right_occiput": PainMark(8),  # stronger
        "right_orbit": PainMark(3, Quality.SHARP),  # the same strength, another quality
        "right_scapula": PainMark(0),  # now checked and pain-free
        "left_temple": PainMark(2),  # not there before
    }
    assert compare(before, after) == {
        "left_temple": Change.NEW,
        "right_angle_of_jaw": Change.RESOLVED,
        "right_occiput": Change.WORSE,
        "right_orbit": Change.UNCHANGED,
        "right_scapula": Change.RESOLVED,
        "right_temple": Change.BETTER,
    }


def test_pain_free_marks_are_no_pain_on_either_side():
    assert compare({"right_temple": PainMark(0)}, {"right_temple": PainMark(0)}) == {}
    assert compare({"right_temple": PainMark(0)}, {"right_temple": PainMark(4)}) == {"right_temple": Change.NEW}


@given(
    st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), marks()),
    st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), marks()),
)
def test_comparing_backwards_swaps_new_and_resolved_better_and_worse(before, after):
    opposite = {
        Change.NEW: Change.RESOLVED,
        Change.RESOLVED: Change.NEW,
        Change.BETTER: Change.WORSE,
        Change.WORSE: Change.BETTER,
        Change.UNCHANGED: Change.UNCHANGED,
    }
    forward = compare(before, after)
    assert compare(after, before) == {rid: opposite[change] for rid, change in forward.items()}
    assert set(forward) == {r for r, m in before.items() if m.painful} | {r for r, m in after.items() if m.painful}


def test_the_painful_share_weighs_areas_by_size(data):
    atlas = data.atlas
    everything = {rid: PainMark(5) for rid in atlas.regions}
    assert painful_share(everything, atlas) == pytest.approx(1.0)
    assert painful_share({}, atlas) == 0.0
    assert painful_share({rid: PainMark(0) for rid in atlas.regions}, atlas) == 0.0
    small, large = sorted(atlas.regions, key=atlas.area)[0], sorted(atlas.regions, key=atlas.area)[-1]
    assert 0 < painful_share({small: PainMark(5)}, atlas) < painful_share({large: PainMark(5)}, atlas) < 1
    total = sum(atlas.area(r) for r in atlas.regions)
    assert painful_share({large: PainMark(2)}, atlas) == pytest.approx(atlas.area(large) / total)


def test_painful_counts_say_in_how_many_drawings_an_area_hurt():
    drawings = [
        {"right_temple": PainMark(6), "right_occiput": PainMark(4)},
        {"right_temple": PainMark(3), "right_occiput": PainMark(0)},
        {"right_temple": PainMark(1)},
        {},
    ]
    assert painful_counts(drawings) == {"right_occiput": 1, "right_temple": 3}


def test_the_course_lists_every_visit_in_order(data):
    visits = [
        Visit(dt.date(2026, 3, 2), PainMap({"right_temple": PainMark(7)}), 7),
        Visit(dt.date(2026, 3, 9), PainMap({"right_temple": PainMark(4), "right_occiput": PainMark(0)})),
        Visit(dt.date(2026, 3, 23), PainMap(), 1),
    ]
    progress = course(Case("Case 4", visits), data.atlas)
    assert [p.number for p in progress] == [1, 2, 3]
    assert [p.date for p in progress] == [v.date for v in visits]
    assert [p.pain_score for p in progress] == [7, None, 1]
    assert [p.painful_areas for p in progress] == [1, 1, 0]
    assert progress[0].painful_share == progress[1].painful_share == painful_share(visits[0].pain, data.atlas)
    assert progress[2].painful_share == 0.0
