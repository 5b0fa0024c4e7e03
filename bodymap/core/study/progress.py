"""The student's progress, as the plots show it: accuracy day by day, mastery per body region, and how many items
fall due in the coming days.  Days are calendar days in the student's time zone."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from bodymap.core.clinic.catalog import Catalog
from bodymap.core.study.items import Item, QuizKind, study_groups, study_items
from bodymap.core.study.record import Answer, StudyRecord
from bodymap.core.study.schedule import Scheduler

DAYS_AHEAD = 14


@dataclass(frozen=True)
class DayAccuracy:
    day: date
    mean_score: float  # 0 to 1
    answers: int


def accuracy_by_day(answers: Iterable[Answer], tz: tzinfo) -> list[DayAccuracy]:
    """The mean score of each day with answers, oldest first."""
    scores: dict[date, list[float]] = {}
    for answer in answers:
        scores.setdefault(answer.at.astimezone(tz).date(), []).append(answer.score)
    return [DayAccuracy(day, sum(s) / len(s), len(s)) for day, s in sorted(scores.items())]


@dataclass(frozen=True)
class GroupMastery:
    group: str
    mastery: float  # the mean chance of recalling its items now, items never studied counting 0
    studied: int
    items: int


def mastery_by_group(
    record: StudyRecord, catalog: Catalog, scheduler: Scheduler, now: datetime,
    kinds: Sequence[QuizKind] = tuple(QuizKind),
) -> list[GroupMastery]:  # fmt: skip
    """Per body group (in the order of the body), how well its items are known today."""
    out = []
    for group in study_groups(catalog):
        items = study_items(catalog, kinds, [group])
        recall = [scheduler.recall(record.memory.get(i), now) for i in items]
        studied = sum(1 for i in items if i in record.memory)
        out.append(GroupMastery(group, sum(recall) / len(recall) if recall else 0.0, studied, len(items)))
    return out


def due_by_day(
    record: StudyRecord, items: Iterable[Item], now: datetime, tz: tzinfo, days: int = DAYS_AHEAD
) -> list[tuple[date, int]]:
    """How many of ``items`` (studied ones) fall due on each of the next ``days`` days; today counts what is
    overdue too."""
    today = now.astimezone(tz).date()
    counts = dict.fromkeys((today + timedelta(days=d) for d in range(days)), 0)
    for item in items:
        memory = record.memory.get(item)
        if memory is None:
            continue
        day = max(today, memory.due.astimezone(tz).date())
        if day in counts:
            counts[day] += 1
    return list(counts.items())


def due_now(record: StudyRecord, items: Iterable[Item], now: datetime) -> int:
    """How many of ``items`` are due for review now."""
    return sum(1 for i in items if i in record.memory and record.memory[i].due <= now)
