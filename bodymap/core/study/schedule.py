"""When each item comes back: the FSRS spaced-repetition scheduler (the ``fsrs`` package) behind one module.

An answer's score becomes an FSRS rating: a miss (below ``MISSED``) is "again", a partly right answer (below
``RIGHT``) is "hard", and a right one is "good".  "Easy" is a judgement students make of themselves; a score
cannot tell it.  With the scheduler's learning steps a missed item is due again within minutes, a right one later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

import fsrs

MISSED = 0.5  # below this score an answer counts as forgotten
RIGHT = 0.8  # from this score on, as remembered


class Stage(Enum):
    """Where an item is in its learning (FSRS's card states)."""

    LEARNING = "learning"
    REVIEW = "review"
    RELEARNING = "relearning"


_STATES = {
    Stage.LEARNING: fsrs.State.Learning,
    Stage.REVIEW: fsrs.State.Review,
    Stage.RELEARNING: fsrs.State.Relearning,
}


class Grade(Enum):
    AGAIN = "again"
    HARD = "hard"
    GOOD = "good"

    @classmethod
    def of(cls, score: float) -> Grade:
        if score < MISSED:
            return cls.AGAIN
        return cls.HARD if score < RIGHT else cls.GOOD


_RATINGS = {Grade.AGAIN: fsrs.Rating.Again, Grade.HARD: fsrs.Rating.Hard, Grade.GOOD: fsrs.Rating.Good}


@dataclass(frozen=True)
class Memory:
    """What the scheduler knows of one studied item (times are aware, in UTC)."""

    stage: Stage
    step: int | None  # the learning step, or None in review
    stability: float | None  # days until recall falls to 90%
    difficulty: float | None  # 1 (easy) to 10 (hard)
    due: datetime
    last_review: datetime | None


class Scheduler:
    def __init__(self, fuzz: bool = True) -> None:
        # fuzz spreads the reviews of items learnt together over neighbouring days
        self._fsrs = fsrs.Scheduler(enable_fuzzing=fuzz)

    def review(self, memory: Memory | None, score: float, at: datetime) -> Memory:
        """The item's memory after an answer scoring ``score`` at ``at`` (None: the item's first answer)."""
        card = _card(memory) if memory is not None else fsrs.Card(card_id=1, due=at)
        card, _ = self._fsrs.review_card(card, _RATINGS[Grade.of(score)], review_datetime=at)
        return _memory(card)

    def recall(self, memory: Memory | None, at: datetime) -> float:
        """The chance, 0 to 1, that the item is recalled at ``at`` (0 for an item never studied)."""
        if memory is None:
            return 0.0
        return float(self._fsrs.get_card_retrievability(_card(memory), current_datetime=at))


def _card(memory: Memory) -> fsrs.Card:
    return fsrs.Card(
        card_id=1,  # a review log would carry it; only the memory is kept
        state=_STATES[memory.stage],
        step=memory.step,
        stability=memory.stability,
        difficulty=memory.difficulty,
        due=memory.due,
        last_review=memory.last_review,
    )


def _memory(card: fsrs.Card) -> Memory:
    stage = next(s for s, state in _STATES.items() if state == card.state)
    return Memory(stage, card.step, card.stability, card.difficulty, card.due, card.last_review)
