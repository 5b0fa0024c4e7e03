"""How the pain changed over the visits of a case: the pain score and the painful share of the body per visit, what
changed in each area between two visits, and how often each area was painful.

An area is painful in a visit when it is marked with an intensity above 0; an area marked 0 (checked, pain-free) or
not marked at all is not.  Between two visits an area is *new* (painful only in the later one), *resolved* (painful
only in the earlier one), *better* or *worse* (painful in both, less or more intense), or *unchanged* (painful in
both at the same intensity; a change of quality alone leaves it unchanged).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from bodymap.core.body.atlas import Atlas
from bodymap.core.body.painmap import PainMark
from bodymap.core.case.model import Case


class Change(Enum):
    """What happened to one area's pain from one visit to a later one."""

    NEW = "new"
    WORSE = "worse"
    UNCHANGED = "unchanged"
    BETTER = "better"
    RESOLVED = "resolved"

    @property
    def label(self) -> str:
        return {
            "new": "New pain",
            "worse": "Worse (stronger)",
            "unchanged": "Unchanged",
            "better": "Better (weaker)",
            "resolved": "Resolved (no pain now)",
        }[self.value]


def _painful(pain: Mapping[str, PainMark]) -> dict[str, int]:
    return {rid: mark.intensity for rid, mark in pain.items() if mark.painful}


def compare(before: Mapping[str, PainMark], after: Mapping[str, PainMark]) -> dict[str, Change]:
    """Each area painful in either drawing -> how it changed from ``before`` to ``after``."""
    earlier, later = _painful(before), _painful(after)
    changes: dict[str, Change] = {}
    for rid in sorted(set(earlier) | set(later)):
        was, now = earlier.get(rid), later.get(rid)
        if was is None:
            changes[rid] = Change.NEW
        elif now is None:
            changes[rid] = Change.RESOLVED
        elif now > was:
            changes[rid] = Change.WORSE
        elif now < was:
            changes[rid] = Change.BETTER
        else:
            changes[rid] = Change.UNCHANGED
    return changes


def painful_share(pain: Mapping[str, PainMark], atlas: Atlas) -> float:
    """The share (0 to 1) of the body's surface that is painful, each area counted by its drawn area."""
    total = sum(atlas.area(rid) for rid in atlas.regions)
    if total <= 0:
        return 0.0
    return sum(atlas.area(rid) for rid in _painful(pain) if rid in atlas.regions) / total


def painful_counts(drawings: Iterable[Mapping[str, PainMark]]) -> dict[str, int]:
    """Each area painful in at least one of the drawings -> in how many of them it was painful."""
    counts: dict[str, int] = {}
    for pain in drawings:
        for rid in _painful(pain):
            counts[rid] = counts.get(rid, 0) + 1
    return dict(sorted(counts.items()))


@dataclass(frozen=True)
class VisitProgress:
    """One visit as the progress plots show it."""

    number: int  # 1 for the first visit
    date: dt.date
    pain_score: int | None  # None: not asked at this visit
    painful_share: float  # 0 to 1 of the body's surface
    painful_areas: int


def course(case: Case, atlas: Atlas) -> list[VisitProgress]:
    """The visits of ``case`` in the order of the case, each with its score and painful share."""
    return [
        VisitProgress(number, visit.date, visit.pain_score, painful_share(visit.pain, atlas), len(_painful(visit.pain)))
        for number, visit in enumerate(case.visits, 1)
    ]
