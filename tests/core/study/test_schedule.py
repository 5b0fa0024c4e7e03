"""Scheduling with FSRS: what is missed comes back before what was right."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bodymap.core.body.atlas import Side
from bodymap.core.study.items import Item, QuizKind
from bodymap.core.study.record import Answer, StudyRecord
from bodymap.core.study.schedule import MISSED, RIGHT, Grade, Scheduler, Stage

NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def test_scores_become_grades():
    assert Grade.of(0.0) is Grade.AGAIN
    assert Grade.of(MISSED - 0.01) is Grade.AGAIN
    assert Grade.of(MISSED) is Grade.HARD
    assert Grade.of(RIGHT) is Grade.GOOD
    assert Grade.of(1.0) is Grade.GOOD


@pytest.mark.parametrize("fuzz", [False, True])
def test_a_missed_item_is_due_before_a_correct_one(fuzz):
    scheduler = Scheduler(fuzz=fuzz)
    missed = scheduler.review(None, 0.1, NOW)
    right = scheduler.review(None, 1.0, NOW)
    assert NOW < missed.due < right.due
    # and again once they have been learnt: a lapse comes back within the day, a right answer days later
    later = right.due + timedelta(minutes=1)
    learnt = scheduler.review(right, 1.0, later)
    assert learnt.stage is Stage.REVIEW
    lapse = scheduler.review(scheduler.review(learnt, 1.0, learnt.due), 0.0, learnt.due + timedelta(days=30))
    kept = scheduler.review(scheduler.review(learnt, 1.0, learnt.due), 1.0, learnt.due + timedelta(days=30))
    assert lapse.stage is Stage.RELEARNING
    assert lapse.due < kept.due
    assert lapse.due - (learnt.due + timedelta(days=30)) < timedelta(days=1)


def test_a_partly_right_answer_comes_back_between_the_two():
    scheduler = Scheduler(fuzz=False)
    missed, partly, right = (scheduler.review(None, s, NOW).due for s in (0.0, 0.6, 1.0))
    assert missed < partly <= right


def test_recall_is_nil_before_study_and_high_right_after_a_right_answer():
    scheduler = Scheduler()
    assert scheduler.recall(None, NOW) == 0.0
    memory = scheduler.review(None, 1.0, NOW)
    assert scheduler.recall(memory, NOW + timedelta(hours=1)) > 0.9


def test_the_record_schedules_each_answer():
    record = StudyRecord("Ana", NOW)
    scheduler = Scheduler(fuzz=False)
    wrong, right = Item(QuizKind.NAME, "infraspinatus_1"), Item(QuizKind.FIND, "infraspinatus")
    record.answered(Answer(NOW, wrong, Side.RIGHT, 0.0, "Deltoid"), scheduler)
    record.answered(Answer(NOW, right, Side.LEFT, 1.0, "clicked on the spot"), scheduler)
    assert record.memory[wrong].due < record.memory[right].due
    assert [a.item for a in record.answers] == [wrong, right]
