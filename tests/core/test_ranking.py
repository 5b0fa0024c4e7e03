"""Ranking on a small hand-made catalog (so each rule is tested on its own) and on the shipped data."""

from dataclasses import replace

import pytest

from bodymap.core.body.atlas import Side
from bodymap.core.body.painmap import PainMap, PainMark, Quality
from bodymap.core.clinic.catalog import (
    Catalog,
    Frequency,
    Location,
    Muscle,
    ReferralPattern,
    SideRule,
    TriggerPoint,
    ZoneLevel,
)
from bodymap.core.clinic.ranking import rank, smallest_cover

Zones = dict[str, ZoneLevel]


def zones(primary=(), common=(), occasional=()) -> Zones:
    levels = {ZoneLevel.PRIMARY: primary, ZoneLevel.COMMON: common, ZoneLevel.OCCASIONAL: occasional}
    return {r: level for level, regions in levels.items() for r in regions}


def pattern(tid: str, levels: Zones, rule=SideRule.IPSILATERAL, frequency=Frequency.COMMON) -> ReferralPattern:
    at = {level: frozenset(r for r, lv in levels.items() if lv is level) for level in ZoneLevel}
    return ReferralPattern(
        tid, at[ZoneLevel.PRIMARY], at[ZoneLevel.COMMON], at[ZoneLevel.OCCASIONAL], rule, frequency, ()
    )


def muscle_of(mid: str, *trigger_points: tuple[str, Zones], rule=SideRule.IPSILATERAL,
              frequency=Frequency.COMMON) -> tuple[Muscle, list[ReferralPattern]]:  # fmt: skip
    """A muscle with a trigger point per (part, zones); each trigger point is drawn a little apart."""
    tps, patterns = [], []
    for i, (part, levels) in enumerate(trigger_points, 1):
        tp = TriggerPoint(f"{mid}_{i}", mid, f"{mid} TrP{i}", Location("posterior", 335, 200 + 10 * i), "", "", "", (),
                          part)  # fmt: skip
        tps.append(tp)
        patterns.append(pattern(tp.id, levels, rule, frequency))
    return Muscle(mid, mid.title(), (), "neck", "", "", "", (), tuple(tps)), patterns


def muscle(mid: str, essential: set[str], spillover: set[str] = frozenset(), rule=SideRule.IPSILATERAL,
           frequency=Frequency.COMMON) -> tuple[Muscle, list[ReferralPattern]]:  # fmt: skip
    return muscle_of(mid, ("", zones(essential, (), spillover)), rule=rule, frequency=frequency)


def catalog(*entries: tuple[Muscle, list[ReferralPattern]]) -> Catalog:
    return Catalog({m.id: m for m, _ in entries}, {p.trigger_point_id: p for _, ps in entries for p in ps}, {})


def pain(*regions: str, intensity: int = 6) -> dict[str, PainMark]:
    return {r: PainMark(intensity) for r in regions}


def test_only_patterns_that_reach_the_pain_are_listed_on_the_matching_side(data):
    cat = catalog(muscle("a", {"right_temple"}), muscle("b", {"right_occiput"}))
    ranked = rank(pain("left_temple"), data.atlas, cat)
    assert [(c.muscle.id, c.side) for c in ranked] == [("a", Side.LEFT)]
    assert ranked[0].essential_hits == ("left_temple",)
    assert not ranked[0].either_side


def test_side_rules_place_the_zones(data):
    atlas = data.atlas
    (p,) = muscle("a", {"right_temple"}, {"right_occiput"})[1]
    assert p.zones(Side.RIGHT, atlas) == ({"right_temple"}, {"right_occiput"})
    assert p.zones(Side.LEFT, atlas) == ({"left_temple"}, {"left_occiput"})
    contra = replace(p, side_rule=SideRule.CONTRALATERAL)
    assert contra.zones(Side.RIGHT, atlas) == ({"left_temple"}, {"left_occiput"})
    both = replace(p, side_rule=SideRule.BILATERAL)
    assert both.zones(Side.LEFT, atlas)[0] == {"right_temple", "left_temple"}
    mid = replace(p, primary_regions=frozenset({"sacrum"}), occasional_regions=frozenset(), side_rule=SideRule.MIDLINE)
    assert mid.zones(Side.LEFT, atlas) == ({"sacrum"}, set())


def test_levels_are_placed_with_the_zones_and_common_areas_are_drawn_solid(data):
    p = pattern("a_1", zones(["right_temple"], ["right_orbit"], ["right_occiput"]))
    assert p.levels(Side.LEFT, data.atlas) == {
        "left_temple": ZoneLevel.PRIMARY,
        "left_orbit": ZoneLevel.COMMON,
        "left_occiput": ZoneLevel.OCCASIONAL,
    }
    assert p.zones(Side.RIGHT, data.atlas) == ({"right_temple", "right_orbit"}, {"right_occiput"})


def test_explaining_more_of_the_pain_ranks_higher(data):
    cat = catalog(muscle("narrow", {"right_temple"}), muscle("wide", {"right_temple", "right_occiput"}))
    ranked = rank(pain("right_temple", "right_occiput"), data.atlas, cat)
    assert [c.muscle.id for c in ranked] == ["wide", "narrow"]
    assert ranked[0].why.startswith("Explains all 2 of your painful areas")
    assert ranked[1].why.startswith("Explains 1 of your 2 painful areas")


def test_essential_hits_outweigh_spillover_hits(data):
    cat = catalog(muscle("main", {"right_temple"}), muscle("spill", {"right_orbit"}, {"right_temple"}))
    ranked = rank(pain("right_temple"), data.atlas, cat)
    assert [c.muscle.id for c in ranked] == ["main", "spill"]
    assert ranked[1].spillover_hits == ("right_temple",)
    assert "spillover zone reaches your right temple" in ranked[1].why


def test_the_level_weighs_an_area_primary_over_common_over_occasional(data):
    cat = catalog(
        muscle_of("occasional", ("", zones(["right_orbit"], [], ["right_temple"]))),
        muscle_of("common", ("", zones(["right_orbit"], ["right_temple"]))),
        muscle_of("primary", ("", zones(["right_orbit", "right_temple"]))),
    )
    ranked = rank(pain("right_temple", "right_orbit"), data.atlas, cat)
    assert [c.muscle.id for c in ranked] == ["primary", "common", "occasional"]
    assert ranked[1].essential_hits == ("right_orbit", "right_temple")  # common areas are part of the main zone


def test_intensity_weights_the_fit(data):
    cat = catalog(muscle("temple", {"right_temple"}), muscle("occiput", {"right_occiput"}))
    marks = {"right_temple": PainMark(2), "right_occiput": PainMark(9)}
    assert [c.muscle.id for c in rank(marks, data.atlas, cat)] == ["occiput", "temple"]


def test_a_mostly_quiet_primary_zone_costs_a_little(data):
    cat = catalog(muscle("tight", {"right_temple"}), muscle("sprawling", {"right_temple", "right_scapula"}))
    ranked = rank(pain("right_temple"), data.atlas, cat)
    assert [c.muscle.id for c in ranked] == ["tight", "sprawling"]
    assert ranked[1].quiet_primary == ("right_scapula",)
    assert ranked[1].score > 0.6 * ranked[0].score  # a penalty, not a veto


def test_only_the_primary_zone_left_unmarked_counts_against_a_pattern(data):
    cat = catalog(
        muscle_of("core", ("", zones(["right_temple"]))),
        muscle_of("wider", ("", zones(["right_temple"], ["right_scapula"], ["right_heel_back"]))),
        muscle_of("quiet", ("", zones(["right_temple", "right_scapula"]))),
    )
    core, wider, quiet = (next(c for c in rank(pain("right_temple"), data.atlas, cat) if c.muscle.id == m)
                          for m in ("core", "wider", "quiet"))  # fmt: skip
    assert wider.score == pytest.approx(core.score)  # an unmarked common or occasional area is no evidence against
    assert quiet.score < core.score and quiet.quiet_primary == ("right_scapula",)


def test_the_prior_orders_equal_fits(data):
    cat = catalog(muscle("rare", {"right_temple"}, frequency=Frequency.RARE),
                  muscle("common", {"right_temple"}, frequency=Frequency.VERY_COMMON))  # fmt: skip
    ranked = rank(pain("right_temple"), data.atlas, cat)
    assert [c.muscle.id for c in ranked] == ["common", "rare"]
    assert "A very common cause." in ranked[0].why


# ------------------------------------------------------------------------------------ muscles, not trigger points


def test_a_muscle_whose_two_trigger_points_cover_two_areas_explains_both(data):
    two = muscle_of("two", ("sternal", zones(["right_orbit"])), ("clavicular", zones(["right_ear"])))
    ranked = rank(pain("right_orbit", "right_ear"), data.atlas, catalog(two, muscle("orbit_only", {"right_orbit"})))
    assert [c.muscle.id for c in ranked] == ["two", "orbit_only"]
    first = ranked[0]
    assert first.explained == {"right_orbit", "right_ear"}
    assert first.score == pytest.approx(2 * ranked[1].score)  # each area as well explained as by a muscle of its own
    assert first.why.startswith("Explains all 2 of your painful areas")
    assert "its sternal trigger point explains your right eye" in first.why
    assert "its clavicular trigger point explains your right outer ear" in first.why
    assert {t.trigger_point.id: tuple(t.explains) for t in first.contributions} == {
        "two_1": ("right_orbit",),
        "two_2": ("right_ear",),
    }


def test_trigger_points_of_one_part_are_named_together(data):
    cat = catalog(muscle_of("scm", ("sternal", zones(["right_orbit"])), ("sternal", zones(["right_occiput"]))))
    (c,) = rank(pain("right_orbit", "right_occiput"), data.atlas, cat)
    assert "its sternal trigger points explain your right" in c.why


def test_each_area_is_credited_once_through_the_trigger_point_that_explains_it_best(data):
    cat = catalog(muscle_of("m", ("upper", zones([], [], ["right_temple"]) | zones(["right_orbit"])),
                            ("lower", zones(["right_temple"]))))  # fmt: skip
    (c,) = rank(pain("right_temple"), data.atlas, cat)
    assert [t.trigger_point.id for t in c.contributions] == ["m_2"]
    assert c.trigger_point.id == "m_2" and c.essential_hits == ("right_temple",)


def test_a_trigger_point_that_adds_nothing_does_not_lower_the_score(data):
    marks = pain("right_temple", "right_occiput")
    alone = muscle_of("m", ("upper", zones(["right_temple", "right_occiput"])))
    with_more = muscle_of(
        "m",
        ("upper", zones(["right_temple", "right_occiput"])),
        ("lower", zones(["right_scapula", "right_heel_back"], [], ["right_temple"])),  # a sprawling, weaker one
    )
    before = rank(marks, data.atlas, catalog(alone))[0]
    after = rank(marks, data.atlas, catalog(with_more))[0]
    assert after.score == pytest.approx(before.score)
    assert [t.trigger_point.id for t in after.contributions] == ["m_1"]
    assert after.essential == before.essential  # and its zones are not drawn for this drawing


def test_a_bilateral_pattern_is_listed_once_for_either_side(data):
    cat = catalog(muscle("both", {"right_temple"}, rule=SideRule.BILATERAL))
    for marked, side in (("right_temple", Side.RIGHT), ("left_temple", Side.LEFT)):
        (c,) = rank(pain(marked), data.atlas, cat)
        assert c.either_side and c.side is side and c.side_label == "either side"
        assert "either side" in c.why


def test_a_midline_drawing_lists_a_muscle_once(data):
    cat = catalog(muscle("splenius", {"sacrum", "right_occiput"}))
    (c,) = rank(pain("sacrum"), data.atlas, cat)
    assert c.either_side and c.side is Side.RIGHT


def test_sides_that_differ_are_both_listed_the_side_with_more_pain_first(data):
    cat = catalog(muscle("a", {"sacrum", "right_occiput"}))
    ranked = rank({"sacrum": PainMark(6), "left_occiput": PainMark(0)}, data.atlas, cat)
    assert [c.side for c in ranked] == [Side.RIGHT, Side.LEFT]  # the left's main zone was marked pain-free
    assert not any(c.either_side for c in ranked)
    equal = rank(pain("sacrum", "right_occiput", "left_occiput"), data.atlas, catalog(muscle("b", {"sacrum"})))
    assert len(equal) == 1 and equal[0].either_side


def test_no_pain_no_candidates(data):
    assert rank({}, data.atlas, catalog(muscle("a", {"right_temple"}))) == []


def test_smallest_cover_picks_few_muscles_that_explain_everything(data):
    cat = catalog(
        muscle("head", {"right_temple", "right_occiput"}),
        muscle("temple_only", {"right_temple"}, frequency=Frequency.VERY_COMMON),
        muscle("heel", {"right_heel_back"}),
    )
    marks = pain("right_temple", "right_occiput", "right_heel_back", "left_ear")
    cover, unexplained = smallest_cover(rank(marks, data.atlas, cat), marks)
    assert {c.muscle.id for c in cover} == {"head", "heel"}
    assert unexplained == {"left_ear"}


def test_smallest_cover_counts_a_muscle_with_all_its_trigger_points(data):
    cat = catalog(
        muscle_of("scm", ("sternal", zones(["right_orbit"])), ("clavicular", zones(["right_ear"]))),
        muscle("orbit", {"right_orbit"}, frequency=Frequency.VERY_COMMON),
        muscle("ear", {"right_ear"}, frequency=Frequency.VERY_COMMON),
    )
    marks = pain("right_orbit", "right_ear")
    cover, unexplained = smallest_cover(rank(marks, data.atlas, cat), marks)
    assert [c.muscle.id for c in cover] == ["scm"] and not unexplained


def test_pain_map_apply_returns_what_it_replaced():
    pm = PainMap()
    before = pm.apply({"right_temple": PainMark(5)})
    assert before == {"right_temple": None}
    assert pm.toggled("right_temple", PainMark(5)) == {"right_temple": None}  # the same mark again clears
    assert pm.toggled("right_temple", PainMark(7)) == {"right_temple": PainMark(7)}  # another one re-marks
    assert pm.toggled("left_temple", PainMark(7)) == {"left_temple": PainMark(7)}
    assert pm.cleared() == {"right_temple": None}
    for wrong in (-1, 11):
        with pytest.raises(ValueError, match="0 to 10"):
            PainMark(wrong)


def test_a_pain_free_mark_is_no_pain_to_explain(data):
    cat = catalog(muscle("a", {"right_temple"}))
    assert PainMark(0, Quality.SHARP).quality is None
    assert rank({"right_temple": PainMark(0)}, data.atlas, cat) == []
    marks = {"right_occiput": PainMark(6), "right_temple": PainMark(0)}
    assert rank(marks, data.atlas, cat) == []
    cover, unexplained = smallest_cover([], marks)
    assert cover == [] and unexplained == {"right_occiput"}


def test_a_main_zone_marked_pain_free_counts_against_the_pattern(data):
    cat = catalog(muscle("a", {"right_temple", "right_occiput"}))
    unasked = rank({"right_temple": PainMark(6)}, data.atlas, cat)[0]
    checked = rank({"right_temple": PainMark(6), "right_occiput": PainMark(0)}, data.atlas, cat)[0]
    assert checked.score < unasked.score
    assert checked.quiet_primary == ("right_occiput",)
    assert "not marked" not in checked.why  # the occiput was asked about: it is marked, as pain-free
    assert "You marked your right occiput pain-free, though it nearly always reaches it." in checked.why
    assert "1 of the 2 areas it nearly always reaches is not marked." in unasked.why
    assert "pain-free" not in unasked.why


def test_the_index_is_built_once_per_catalog(data, monkeypatch):
    from bodymap.core.clinic import ranking

    cat = catalog(muscle("a", {"right_temple"}))
    rank(pain("right_temple"), data.atlas, cat)
    built = []
    monkeypatch.setattr(ranking, "_Index", lambda *args: built.append(args))
    rank(pain("right_occiput"), data.atlas, cat)
    assert built == []


def test_shipped_data_right_temple_lists_upper_trapezius_first_five(data):
    ranked = rank(pain("right_temple"), data.atlas, data.catalog)
    assert "upper_trapezius" in [c.muscle.id for c in ranked[:5]]
    assert all(c.side is Side.RIGHT for c in ranked)


def test_shipped_data_lists_each_muscle_once_for_a_midline_drawing(data):
    ranked = rank(pain("sacrum", "coccyx"), data.atlas, data.catalog)
    ids = [c.muscle.id for c in ranked]
    assert len(ids) == len(set(ids))
    assert next(c for c in ranked if c.muscle.id == "gluteus_maximus").either_side
