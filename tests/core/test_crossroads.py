"""The referral crossroads: how many trigger points refer to each region; a whole muscle's pattern."""

from __future__ import annotations

from bodymap.core.body.atlas import Side
from bodymap.core.clinic.crossroads import crossroads, heat_steps, muscle_zones


def test_counts_follow_the_patterns(data):
    counts = crossroads(data.atlas, data.catalog)
    for tp_id, pattern in data.catalog.patterns.items():
        essential, _ = pattern.zones(Side.RIGHT, data.atlas)
        for rid in essential:
            assert tp_id in counts[rid].essential
    for crossroad in counts.values():
        assert crossroad.essential.isdisjoint(crossroad.spillover)
        assert crossroad.count == len(crossroad.essential) + len(crossroad.spillover) > 0


def test_the_map_is_symmetric(data):
    counts = crossroads(data.atlas, data.catalog)
    for rid, crossroad in counts.items():
        assert counts[data.atlas.mirror(rid)].count == crossroad.count


def test_muscle_names_main_zone_first(data):
    counts = crossroads(data.atlas, data.catalog)
    temple = counts["right_temple"]
    names = temple.muscles(data.catalog)
    assert len(names) == len(set(names))
    first = data.catalog.muscles[data.catalog.trigger_points[sorted(temple.essential)[0]].muscle_id].name
    assert names[0] == first


def test_heat_steps_are_increasing_and_cover_the_largest():
    assert heat_steps([]) == []
    bounds = heat_steps([1, 1, 2, 3, 5, 8, 13, 21, 0])
    assert bounds == sorted(set(bounds)) and bounds[-1] == 21 and len(bounds) <= 5


def test_a_muscle_pattern_is_the_union_of_its_trigger_points(data):
    muscle = data.catalog.muscles["infraspinatus"]
    essential, spillover = muscle_zones(muscle, Side.LEFT, data.atlas, data.catalog)
    for tp in muscle.trigger_points:
        main, _ = data.catalog.patterns[tp.id].zones(Side.LEFT, data.atlas)
        assert main <= essential
    assert essential.isdisjoint(spillover)
