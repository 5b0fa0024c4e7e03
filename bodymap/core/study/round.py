"""A study round: a number of questions about the chosen body regions and quiz kinds, drawn so that what the
student got wrong, or has not seen, comes first.

The kinds take turns, so a round of ten asks every chosen kind.  Within a kind the next item is the one due the
longest (a missed item is due again within minutes); then one never seen; then, when nothing is due, the one due
soonest (studying ahead).  The same item is not asked twice in a row.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bodymap.core.body.atlas import Atlas
from bodymap.core.clinic.catalog import Catalog
from bodymap.core.study.items import Item, QuizKind, study_items
from bodymap.core.study.questions import Feedback, Question, ask
from bodymap.core.study.record import Answer, StudyRecord
from bodymap.core.study.schedule import Scheduler

DEFAULT_LENGTH = 10


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class RoundPlan:
    """What the student chose to study."""

    kinds: tuple[QuizKind, ...] = tuple(QuizKind)
    groups: tuple[str, ...] = ()  # body groups; () for the whole body
    length: int = DEFAULT_LENGTH


def next_item(items: Sequence[Item], record: StudyRecord, now: datetime, rng: random.Random,
              after: Item | None = None) -> Item | None:  # fmt: skip
    """The item to ask next among ``items`` (see the module's description)."""
    pool = [i for i in items if i != after] or list(items)
    if not pool:
        return None
    seen = [i for i in pool if i in record.memory]
    due = [i for i in seen if record.memory[i].due <= now]
    if due:
        return min(due, key=lambda i: record.memory[i].due)
    new = [i for i in pool if i not in record.memory]
    if new:
        return rng.choice(new)
    return min(seen, key=lambda i: record.memory[i].due)


@dataclass
class Asked:
    question: Question
    feedback: Feedback | None = None


@dataclass
class StudyRound:
    """Asks ``plan.length`` questions, one at a time; each answer goes into ``record`` at once."""

    plan: RoundPlan
    record: StudyRecord
    atlas: Atlas
    catalog: Catalog
    scheduler: Scheduler = field(default_factory=Scheduler)
    rng: random.Random = field(default_factory=random.Random)
    clock: Callable[[], datetime] = utc_now
    asked: list[Asked] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._kinds = list(self.plan.kinds)
        self.rng.shuffle(self._kinds)
        self._items = {k: study_items(self.catalog, [k], self.plan.groups) for k in self._kinds}
        self._kinds = [k for k in self._kinds if self._items[k]]

    @property
    def current(self) -> Asked | None:
        return self.asked[-1] if self.asked else None

    @property
    def finished(self) -> bool:
        done = len(self.asked) >= self.plan.length or not self._kinds
        return done and (self.current is None or self.current.feedback is not None)

    def next_question(self) -> Question | None:
        """Ask the next question; None when the round is over.  The current question must have been answered."""
        if self.current is not None and self.current.feedback is None:
            raise RuntimeError("the current question has not been answered")
        if len(self.asked) >= self.plan.length or not self._kinds:
            return None
        kind = self._kinds[len(self.asked) % len(self._kinds)]
        last = next((a.question.item for a in reversed(self.asked) if a.question.kind is kind), None)
        item = next_item(self._items[kind], self.record, self.clock(), self.rng, after=last)
        if item is None:
            return None
        question = ask(item, self.atlas, self.catalog, self.rng)
        self.asked.append(Asked(question))
        return question

    def answer(self, feedback: Feedback) -> None:
        """Record the answer to the current question (and schedule its item again)."""
        current = self.current
        if current is None or current.feedback is not None:
            raise RuntimeError("there is no question waiting for an answer")
        current.feedback = feedback
        q = current.question
        self.record.answered(Answer(self.clock(), q.item, q.side, feedback.score, feedback.given), self.scheduler)

    @property
    def mean_score(self) -> float:
        scores = [a.feedback.score for a in self.asked if a.feedback is not None]
        return sum(scores) / len(scores) if scores else 0.0
