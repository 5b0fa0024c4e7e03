"""A study round: every chosen kind asked, what was missed (or never seen) first, answers kept in the record."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from bodymap.core.study.items import Item, QuizKind, find_group, study_groups, study_items
from bodymap.core.study.questions import Feedback
from bodymap.core.study.record import StudyRecord
from bodymap.core.study.round import RoundPlan, StudyRound, next_item
from bodymap.core.study.schedule import Scheduler

START = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def study_round(data, plan: RoundPlan, record: StudyRecord | None = None, clock: Clock | None = None) -> StudyRound:
    return StudyRound(
        plan, record or StudyRecord("Ana", START), data.atlas, data.catalog, Scheduler(fuzz=False),
        random.Random(7), clock or Clock(),
    )  # fmt: skip


def test_items_are_drawn_from_the_chosen_regions_and_kinds(data):
    items = study_items(data.catalog, [QuizKind.FIND, QuizKind.NAME], ["neck"])
    muscles = {m.id for m in data.catalog.muscles.values() if m.group == "neck"}
    assert {i.subject for i in items if i.kind is QuizKind.FIND} == muscles
    names = {i.subject for i in items if i.kind is QuizKind.NAME}
    assert names == {tp.id for m in muscles for tp in data.catalog.muscles[m].trigger_points}
    everything = study_items(data.catalog, list(QuizKind))
    assert len(everything) == 3 * len(data.catalog.trigger_points) + len(data.catalog.muscles)


def test_body_regions_are_found_by_name(data):
    assert find_group("Upper_Back", data.catalog) == "upper back"
    assert find_group("knee", data.catalog) == "knee"
    assert find_group("wing", data.catalog) is None
    assert study_groups(data.catalog)[:3] == ["head", "neck", "shoulder"]


def test_a_round_of_ten_asks_every_kind_and_keeps_every_answer(data):
    plan = RoundPlan(groups=("neck", "shoulder"), length=10)
    study = study_round(data, plan)
    kinds = []
    while (question := study.next_question()) is not None:
        assert question.muscle.group in plan.groups
        kinds.append(question.kind)
        study.answer(Feedback(0.5, "why", "given"))
    assert len(kinds) == 10
    assert set(kinds) == set(QuizKind)
    assert study.finished
    assert len(study.record.answers) == 10
    assert study.mean_score == 0.5


def test_a_missed_item_comes_back_first_once_due(data):
    clock = Clock()
    study = study_round(data, RoundPlan(kinds=(QuizKind.NAME,), groups=("shoulder",), length=5), clock=clock)
    first = study.next_question()
    study.answer(first.check_choice(next(m.id for m in first.choices if m.id != first.muscle.id)))  # wrong
    second = study.next_question()
    assert second.item != first.item  # never the same twice in a row
    study.answer(second.check_choice(second.muscle.id))  # right
    clock.now += timedelta(minutes=5)  # the missed one is due again (its first step is a minute)
    third = study.next_question()
    assert third.item == first.item


def test_new_items_come_before_items_not_yet_due(data):
    record = StudyRecord("Ana", START)
    items = study_items(data.catalog, [QuizKind.FIND], ["elbow"]) + study_items(data.catalog, [QuizKind.FIND], ["hip"])
    scheduler = Scheduler(fuzz=False)
    seen = items[0]
    record.memory[seen] = scheduler.review(None, 1.0, START)
    rng = random.Random(0)
    assert next_item(items, record, START, rng) != seen
    # with nothing new left, the one due soonest (studying ahead)
    for item in items[1:]:
        record.memory[item] = scheduler.review(None, 1.0, START + timedelta(hours=1))
    assert next_item(items, record, START, rng) == seen


def test_a_round_stops_when_told_its_length_and_refuses_to_skip(data):
    study = study_round(data, RoundPlan(kinds=(QuizKind.FIND,), groups=("knee",), length=3))
    study.next_question()
    with pytest.raises(RuntimeError, match="not been answered"):
        study.next_question()
    for _ in range(3):
        study.answer(Feedback(1.0, "", ""))
        study.next_question()
    assert study.next_question() is None


def test_items_are_keyed_for_the_record():
    item = Item(QuizKind.WHERE, "supraspinatus_1")
    assert item.key == "where/supraspinatus_1"
    assert Item.from_key(item.key) == item
