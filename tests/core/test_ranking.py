"""Ranking on a small hand-made catalog (so each rule is tested on its own) and on the shipped data."""

from dataclasses import replace

import pytest

from bodymap.core.body.atlas import Side
from bodymap.core.body.painmap import PainMap, PainMark, Quality
from bodymap.core.clinic.catalog import Catalog, Frequency, Location, Muscle, ReferralPattern, SideRule, TriggerPoint
from bodymap.core.clinic.ranking import rank, smallest_cover


def muscle(mid: str, essential: set[str], spillover: set[str] = frozenset(), rule=SideRule.IPSILATERAL,
           frequency=Frequency.COMMON) -> tuple[Muscle, ReferralPattern]:  # fmt: skip
    tp = TriggerPoint(f"{mid}_1", mid, f"{mid} TrP", Location("posterior", 335, 214), "", "", "", ())
    m = Muscle(mid, mid.title(), (), "neck", "", "", "", (), (tp,))
    p = ReferralPattern(tp.id, frozenset(essential), frozenset(spillover), rule, frequency, ())
    return m, p


def catalog(*entries) -> Catalog:
    return Catalog({m.id: m for m, _ in entries}, {p.trigger_point_id: p for _, p in entries}, {})


def pain(*regions: str, intensity: int = 6) -> dict[str, PainMark]:
    return {r: PainMark(intensity) for r in regions}


def test_only_patterns_that_reach_the_pain_are_listed_on_the_matching_side(data):
    cat = catalog(muscle("a", {"right_temple"}), muscle("b", {"right_occiput"}))
    ranked = rank(pain("left_temple"), data.atlas, cat)
    assert [(c.muscle.id, c.side) for c in ranked] == [("a", Side.LEFT)]
    assert ranked[0].essential_hits == ("left_temple",)


def test_side_rules_place_the_zones(data):
    atlas = data.atlas
    _, p = muscle("a", {"right_temple"}, {"right_occiput"})
    assert p.zones(Side.RIGHT, atlas) == ({"right_temple"}, {"right_occiput"})
    assert p.zones(Side.LEFT, atlas) == ({"left_temple"}, {"left_occiput"})
    contra = replace(p, side_rule=SideRule.CONTRALATERAL)
    assert contra.zones(Side.RIGHT, atlas) == ({"left_temple"}, {"left_occiput"})
    both = replace(p, side_rule=SideRule.BILATERAL)
    assert both.zones(Side.LEFT, atlas)[0] == {"right_temple", "left_temple"}
    mid = replace(p, essential_regions=frozenset({"sacrum"}), spillover_regions=frozenset(), side_rule=SideRule.MIDLINE)
    assert mid.zones(Side.LEFT, atlas) == ({"sacrum"}, set())


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


def test_intensity_weights_the_fit(data):
    cat = catalog(muscle("temple", {"right_temple"}), muscle("occiput", {"right_occiput"}))
    marks = {"right_temple": PainMark(2), "right_occiput": PainMark(9)}
    assert [c.muscle.id for c in rank(marks, data.atlas, cat)] == ["occiput", "temple"]


def test_a_mostly_quiet_essential_zone_costs_a_little(data):
    cat = catalog(muscle("tight", {"right_temple"}), muscle("sprawling", {"right_temple", "right_scapula"}))
    ranked = rank(pain("right_temple"), data.atlas, cat)
    assert [c.muscle.id for c in ranked] == ["tight", "sprawling"]
    assert ranked[1].quiet_essential == ("right_scapula",)
    assert ranked[1].score > 0.6 * ranked[0].score  # a penalty, not a veto


def test_the_prior_orders_equal_fits(data):
    cat = catalog(muscle("rare", {"right_temple"}, frequency=Frequency.RARE),
                  muscle("common", {"right_temple"}, frequency=Frequency.VERY_COMMON))  # fmt: skip
    ranked = rank(pain("right_temple"), data.atlas, cat)
    assert [c.muscle.id for c in ranked] == ["common", "rare"]
    assert "A very common cause." in ranked[0].why


def test_equal_scores_put_the_side_with_more_marked_pain_first(data):
    cat = catalog(muscle("both", {"right_temple"}, rule=SideRule.BILATERAL))
    for marked, first in (("right_temple", Side.RIGHT), ("left_temple", Side.LEFT)):
        ranked = rank(pain(marked), data.atlas, cat)
        assert ranked[0].score == ranked[1].score
        assert [c.side for c in ranked] == [first, first.opposite]


def test_each_muscle_side_is_listed_once_with_its_best_trigger_point(data):
    m, p = muscle("two", {"right_temple"})
    tp2 = replace(m.trigger_points[0], id="two_2")
    m = replace(m, trigger_points=(m.trigger_points[0], tp2))
    p2 = replace(p, trigger_point_id="two_2", essential_regions=frozenset({"right_temple", "right_occiput"}))
    cat = Catalog({"two": m}, {"two_1": p, "two_2": p2}, {})
    ranked = rank(pain("right_temple", "right_occiput"), data.atlas, cat)
    assert len(ranked) == 1
    assert ranked[0].trigger_point.id == "two_2"


def test_no_pain_no_candidates(data):
    assert rank({}, data.atlas, catalog(muscle("a", {"right_temple"}))) == []


def test_smallest_cover_picks_few_muscles_that_explain_everything(data):
    cat = catalog(
        muscle("head", {"right_temple", "right_occiput"}),
        muscle("temple_only", {"right_temple"}, frequency=Frequency.VERY_COMMON),
        muscle("heel", {"right_heel"}),
    )
    marks = pain("right_temple", "right_occiput", "right_heel", "left_ear")
    cover, unexplained = smallest_cover(rank(marks, data.atlas, cat), marks)
    assert {c.muscle.id for c in cover} == {"head", "heel"}
    assert unexplained == {"left_ear"}


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
    assert checked.quiet_essential == ("right_occiput",)
    assert "not marked" not in checked.why  # the occiput was asked about: it is marked, as pain-free
    assert "You marked your right occiput pain-free, and its main zone includes it." in checked.why
    assert "1 of the 2 areas of its main zone is not marked." in unasked.why
    assert "pain-free" not in unasked.why


def test_shipped_data_right_temple_lists_upper_trapezius_first_five(data):
    ranked = rank(pain("right_temple"), data.atlas, data.catalog)
    assert "upper_trapezius" in [c.muscle.id for c in ranked[:5]]
    assert all(c.side is Side.RIGHT for c in ranked)
