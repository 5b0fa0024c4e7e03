"""Progress for the plots: accuracy by day, mastery per body region, items due in the coming days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from bodymap.core.body.atlas import Side
from bodymap.core.study.items import Item, QuizKind, study_items
from bodymap.core.study.progress import accuracy_by_day, due_by_day, due_now, mastery_by_group
from bodymap.core.study.record import Answer, StudyRecord
from bodymap.core.study.schedule import Scheduler

START = datetime(2025, 3, 1, 22, 30, tzinfo=UTC)


def test_accuracy_is_the_mean_score_of_each_day_in_the_students_time_zone():
    item = Item(QuizKind.FIND, "deltoid")
    answers = [
        Answer(START, item, Side.RIGHT, 1.0, ""),
        Answer(START + timedelta(hours=1), item, Side.RIGHT, 0.0, ""),  # 23:30 UTC: the next day two hours east
        Answer(START + timedelta(days=2), item, Side.RIGHT, 0.5, ""),
    ]
    utc = accuracy_by_day(answers, UTC)
    assert [(d.day, d.mean_score, d.answers) for d in utc] == [(date(2025, 3, 1), 0.5, 2), (date(2025, 3, 3), 0.5, 1)]
    east = accuracy_by_day(answers, timezone(timedelta(hours=2)))
    assert [d.day for d in east] == [date(2025, 3, 2), date(2025, 3, 4)]


def test_mastery_grows_with_what_is_known(data):
    record = StudyRecord("Ana", START)
    scheduler = Scheduler(fuzz=False)
    before = {g.group: g for g in mastery_by_group(record, data.catalog, scheduler, START)}
    assert all(g.mastery == 0 and g.studied == 0 for g in before.values())
    elbow = study_items(data.catalog, list(QuizKind), ["elbow"])
    for item in elbow:
        record.answered(Answer(START, item, Side.RIGHT, 1.0, ""), scheduler)
    after = {g.group: g for g in mastery_by_group(record, data.catalog, scheduler, START + timedelta(hours=1))}
    assert after["elbow"].studied == after["elbow"].items == len(elbow)
    assert after["elbow"].mastery > 0.9
    assert after["knee"].mastery == 0


def test_items_due_are_counted_by_day_overdue_ones_today(data):
    record = StudyRecord("Ana", START)
    scheduler = Scheduler(fuzz=False)
    items = study_items(data.catalog, [QuizKind.FIND], ["leg"])
    missed, learnt = items[0], items[1]
    record.answered(Answer(START - timedelta(days=3), missed, Side.RIGHT, 0.0, ""), scheduler)  # overdue now
    for minutes in (0, 10):  # right twice, ten minutes apart: learnt, next due in days
        record.answered(Answer(START - timedelta(days=1, minutes=-minutes), learnt, Side.RIGHT, 1.0, ""), scheduler)
    days = due_by_day(record, items, START, UTC, days=7)
    assert [d for d, _ in days] == [date(2025, 3, 1) + timedelta(days=n) for n in range(7)]
    assert days[0][1] == 1
    assert sum(n for _, n in days) == 2
    learnt_day = record.memory[learnt].due.date()
    assert dict(days)[learnt_day] == 1
    assert due_now(record, items, START) == 1
    assert due_now(record, items, record.memory[learnt].due) == 2
