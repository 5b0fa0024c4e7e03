"""Distractors: never the answer, from the answer's body region where it has enough muscles, look-alikes first."""

from __future__ import annotations

import random

import pytest

from bodymap.core.body.atlas import Side
from bodymap.core.study.distractors import distractors, indistinguishable, look_alike, muscle_look_alike


def questions(data, every: int = 3):
    """Every ``every``-th trigger point with its muscle and zones: a spread over the whole body."""
    catalog = data.catalog
    for tp in list(catalog.trigger_points.values())[::every]:
        muscle = catalog.muscles[tp.muscle_id]
        yield muscle, catalog.patterns[tp.id].zones(Side.RIGHT, data.atlas)


def test_a_distractor_is_never_the_answer_nor_a_pattern_just_like_it(data):
    catalog, rng = data.catalog, random.Random(1)
    for muscle, zones in questions(data):
        chosen = distractors(muscle, zones, Side.RIGHT, data.atlas, catalog, rng)
        assert len(chosen) == len(set(chosen)) == 3
        assert muscle.id not in chosen
        for other in chosen:
            assert not indistinguishable(catalog.muscles[other], zones, Side.RIGHT, data.atlas, catalog)


def test_distractors_come_from_the_same_body_region_where_it_has_enough_muscles(data):
    catalog, rng = data.catalog, random.Random(2)
    checked = set()
    for muscle, zones in questions(data, every=1):
        same = [
            m for m in catalog.muscles.values()
            if m.group == muscle.group and m.id != muscle.id
            and not indistinguishable(m, zones, Side.RIGHT, data.atlas, catalog)
        ]  # fmt: skip
        chosen = distractors(muscle, zones, Side.RIGHT, data.atlas, catalog, rng)
        groups = [catalog.muscles[m].group for m in chosen]
        if len(same) >= 3:
            assert groups == [muscle.group] * 3
        else:  # the whole region first, then the nearest look-alikes from elsewhere
            assert {m.id for m in same} <= set(chosen)
        checked.add(len(same) >= 3)
    assert checked == {True, False}  # both cases came up


def test_look_alike_patterns_come_first(data):
    """Upper trapezius refers to the head: its distractors are the neck muscles whose patterns reach the head."""
    catalog, atlas = data.catalog, data.atlas
    muscle = catalog.muscles["upper_trapezius"]
    zones = catalog.patterns["upper_trapezius_1"].zones(Side.RIGHT, atlas)
    neck = [m for m in catalog.muscles.values() if m.group == "neck" and m.id != muscle.id]
    alike = {m.id: muscle_look_alike(m, zones, Side.RIGHT, atlas, catalog) for m in neck}
    most_alike = sorted(alike, key=lambda m: -alike[m])[:5]
    seen = set()
    for seed in range(8):
        chosen = distractors(muscle, zones, Side.RIGHT, atlas, catalog, random.Random(seed))
        assert set(chosen) <= set(most_alike)
        assert all(alike[m] > 0 for m in chosen)
        seen.update(chosen)
    assert len(seen) > 3  # chance among the closest few: not always the same three


def test_look_alike_is_one_for_the_same_pattern_and_zero_for_patterns_apart(data):
    same = (frozenset({"right_temple"}), frozenset({"right_occiput"}))
    assert look_alike(same, same, data.atlas) == pytest.approx(1.0)
    apart = (frozenset({"right_patella"}), frozenset())
    assert look_alike(same, apart, data.atlas) == 0.0
    spill_only = (frozenset({"right_occiput"}), frozenset())
    assert 0 < look_alike(same, spill_only, data.atlas) < 0.5


def test_excluded_muscles_are_not_offered(data):
    catalog = data.catalog
    muscle = catalog.muscles["infraspinatus"]
    zones = catalog.patterns["infraspinatus_1"].zones(Side.LEFT, data.atlas)
    chosen = distractors(muscle, zones, Side.LEFT, data.atlas, catalog, random.Random(0), 4, exclude={"deltoid"})
    assert "deltoid" not in chosen
    assert len(chosen) == 4
