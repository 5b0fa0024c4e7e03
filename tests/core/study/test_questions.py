"""Questions of each kind asked on the shipped data, answered right and wrong."""

from __future__ import annotations

import random

import pytest

from bodymap.core.body.atlas import Side
from bodymap.core.study.items import Item, QuizKind
from bodymap.core.study.questions import (
    NAME_CHOICES,
    WHERE_CHOICES,
    DrawQuestion,
    FindQuestion,
    NameQuestion,
    WhereQuestion,
    ask,
)


def asked(data, kind: QuizKind, subject: str, seed: int = 0):
    return ask(Item(kind, subject), data.atlas, data.catalog, random.Random(seed))


def test_name_the_muscle_offers_four_choices_one_right(data):
    q = asked(data, QuizKind.NAME, "infraspinatus_1")
    assert isinstance(q, NameQuestion)
    assert len(q.choices) == NAME_CHOICES
    assert [m.id for m in q.choices].count("infraspinatus") == 1
    assert q.location == q.trigger_point.location_on(q.side, data.atlas)
    assert q.essential == data.catalog.patterns["infraspinatus_1"].zones(q.side, data.atlas)[0]
    right = q.check_choice("infraspinatus")
    assert right.score == 1.0
    assert right.right
    assert right.why.startswith("Yes: Infraspinatus")
    wrong = q.check_choice(next(m.id for m in q.choices if m.id != "infraspinatus"))
    assert wrong.score == 0.0
    assert wrong.why.startswith("No, it is Infraspinatus:")


def test_a_typed_name_is_forgiven_its_typos_and_said_back(data):
    q = asked(data, QuizKind.NAME, "infraspinatus_1")
    feedback = q.check_typed("infraspinatous")
    assert feedback.score == 1.0
    assert feedback.given == "typed 'infraspinatous', read as Infraspinatus"
    assert q.check_typed("supraspinatus").score == 0.0
    assert q.check_typed("").score == 0.0


def test_draw_the_pattern_scores_the_painting(data):
    q = asked(data, QuizKind.DRAW, "upper_trapezius_1")
    assert isinstance(q, DrawQuestion)
    assert q.views == ()  # the whole body: where to paint is the question
    assert q.check(q.essential).score == pytest.approx(1.0)
    assert q.check([]).score == 0.0
    assert q.check([]).why.startswith("Nothing painted: its main zone is the")
    some = sorted(q.essential)[:2]
    partly = q.check(some)
    assert 0 < partly.score < 1
    assert partly.why.startswith(f"You painted 2 of the {len(q.essential)} areas of its main zone")


def test_find_the_trigger_point_shows_the_views_of_its_trigger_points(data):
    q = asked(data, QuizKind.FIND, "infraspinatus")
    assert isinstance(q, FindQuestion)
    drawn = {loc.view for tp in q.muscle.trigger_points for loc in tp.locations_on(q.side, data.atlas)}
    assert q.views == tuple(v for v in data.atlas.views if v in drawn) and "posterior" in q.views
    x = q.locations[0]
    assert q.check(x.view, x.x, x.y).score == 1.0
    assert q.check(x.view, x.x, x.y).why.startswith("On the spot")
    far = q.check(x.view, x.x, x.y + 150)
    assert far.score < 0.2
    assert far.nearest in q.locations


def test_a_click_on_the_other_side_is_told(data):
    q = asked(data, QuizKind.FIND, "infraspinatus")
    mirrored = q.other_side[0]
    feedback = q.check(mirrored.view, mirrored.x, mirrored.y)
    assert feedback.score < 0.05
    assert f"That spot is on the patient's {q.side.opposite.value} side." in feedback.why


def test_where_does_this_pain_come_from_is_scored_against_the_ranking(data):
    q = asked(data, QuizKind.WHERE, "supraspinatus_1")
    assert isinstance(q, WhereQuestion)
    essential = data.catalog.patterns["supraspinatus_1"].zones(q.side, data.atlas)[0]
    assert set(q.pain) == essential
    choices = [m.id for m in q.choices]
    assert len(choices) == len(set(choices)) == WHERE_CHOICES
    assert "supraspinatus" in choices
    assert set(q.ranked[:3]) <= set(choices)
    best = ["supraspinatus", *(m for m in q.ranked if m != "supraspinatus")][:3]
    assert q.check(best).score == pytest.approx(1.0)
    unrelated = [m for m in choices if m not in q.ranked][:3]
    assert q.check(unrelated).score == 0.0
    assert "the ranking puts" in q.check(best).why


def test_both_sides_are_asked(data):
    sides = {asked(data, QuizKind.DRAW, "upper_trapezius_1", seed).side for seed in range(12)}
    assert sides == {Side.RIGHT, Side.LEFT}


def test_every_trigger_point_and_muscle_can_be_asked(data):
    rng = random.Random(5)
    for tp in data.catalog.trigger_points.values():
        for kind in (QuizKind.NAME, QuizKind.DRAW):
            q = ask(Item(kind, tp.id), data.atlas, data.catalog, rng)
            assert q.essential
    for muscle in data.catalog.muscles.values():
        q = ask(Item(QuizKind.FIND, muscle.id), data.atlas, data.catalog, rng)
        assert q.views and all(loc.view in q.views for loc in q.locations)
