"""A patient case: a pseudonymous label and the visits, each with its pain drawing, pain score, the muscles planned
for examination, what palpation found, the treatment given, and notes.

The model is edited only through the methods here, each returning what it replaced, so that an undo command can put
it back.  Visits are mutable objects: an undo command holds the visit it changed, which stays the same object when
other visits are added or removed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from bodymap.core.body.atlas import Side
from bodymap.core.body.painmap import PainMap

MAX_SCORE = 10


class TriggerPointResult(Enum):
    """What palpation found in the muscle."""

    ACTIVE = "active"  # reproduces the patient's pain (or is tender with a referral the patient recognises)
    LATENT = "latent"  # tender, refers on pressure, but is not the patient's pain
    NONE = "none"  # examined, no trigger point found

    @property
    def label(self) -> str:
        return {"active": "Active trigger point", "latent": "Latent trigger point", "none": "Nothing found"}[self.value]


class Technique(Enum):
    DRY_NEEDLING = "dry_needling"
    MANUAL_PRESSURE = "manual_pressure"
    STRETCH = "stretch"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


@dataclass(frozen=True)
class Target:
    """A muscle on one side of the body: what is examined and treated."""

    muscle: str
    side: Side


@dataclass(frozen=True)
class Finding:
    result: TriggerPointResult
    twitch: bool = False  # a local twitch response was seen
    familiar_pain: bool = False  # pressure reproduced the patient's own pain
    note: str = ""

    @property
    def confirmed(self) -> bool:
        """An active trigger point that reproduces the familiar pain: the finding that matters most."""
        return self.result is TriggerPointResult.ACTIVE and self.familiar_pain

    @property
    def ruled_out(self) -> bool:
        return self.result is TriggerPointResult.NONE

    @property
    def summary(self) -> str:
        """The finding in a few words ("Active trigger point, familiar pain, twitch")."""
        words = [self.result.label]
        if self.familiar_pain:
            words.append("familiar pain")
        if self.twitch:
            words.append("twitch")
        return ", ".join(words)


@dataclass(frozen=True)
class Treatment:
    target: Target
    technique: Technique
    response: str = ""  # how the tissue and the patient responded


@dataclass(eq=True)
class Visit:
    date: dt.date
    pain: PainMap = field(default_factory=PainMap)
    pain_score: int | None = None  # 0-10 numeric rating scale; None: not asked
    plan: tuple[Target, ...] = ()  # the muscles to examine, in the order to examine them
    findings: dict[Target, Finding] = field(default_factory=dict)
    treatments: tuple[Treatment, ...] = ()
    notes: str = ""

    def __post_init__(self) -> None:
        _check_score(self.pain_score)

    def next_visit(self, date: dt.date, copy_drawing: bool) -> Visit:
        """A new visit after this one: blank, or starting from a copy of this visit's pain drawing."""
        return Visit(date, PainMap(self.pain) if copy_drawing else PainMap())

    def set(self, **changes: Any) -> dict[str, Any]:
        """Change some of date, pain_score, plan, treatments and notes; return their previous values."""
        allowed = {"date", "pain_score", "plan", "treatments", "notes"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"a visit has no settable field {', '.join(sorted(unknown))}")
        if "pain_score" in changes:
            _check_score(changes["pain_score"])
        before = {name: getattr(self, name) for name in changes}
        for name, value in changes.items():
            setattr(self, name, tuple(value) if name in ("plan", "treatments") else value)
        return before

    def set_finding(self, target: Target, finding: Finding | None) -> Finding | None:
        """Record (or, with None, forget) what palpation found in ``target``; return what was recorded before."""
        before = self.findings.get(target)
        if finding is None:
            self.findings.pop(target, None)
        else:
            self.findings[target] = finding
        return before


@dataclass(eq=True)
class Case:
    label: str = ""  # pseudonymous: the app never asks for a name
    visits: list[Visit] = field(default_factory=list)

    @classmethod
    def new(cls, date: dt.date) -> Case:
        """A case with one blank visit on ``date``."""
        return cls("", [Visit(date)])

    def index_of(self, visit: Visit) -> int:
        """The position of this very visit object (visits with the same content are still different visits)."""
        for i, v in enumerate(self.visits):
            if v is visit:
                return i
        raise ValueError("the visit is not in this case")

    def insert_visit(self, index: int, visit: Visit) -> None:
        self.visits.insert(index, visit)

    def remove_visit(self, visit: Visit) -> int:
        """Remove the visit; return where it was (to insert it there again on undo)."""
        index = self.index_of(visit)
        del self.visits[index]
        return index

    def set_label(self, label: str) -> str:
        before, self.label = self.label, label
        return before


def _check_score(score: int | None) -> None:
    if score is not None and (isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= MAX_SCORE):
        raise ValueError(f"a pain score is a whole number from 0 to {MAX_SCORE}, not {score!r}")
