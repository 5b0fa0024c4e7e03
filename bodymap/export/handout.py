"""The patient's handout: what it shows (the drawing of a visit or of the command line, the muscles chosen for the
patient, the date, the visits so far) and the options a clinic sets once.  :mod:`bodymap.export.handout_pages` lays
it out on paper.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings

from bodymap.core.body.atlas import Side
from bodymap.core.body.painmap import PainMark
from bodymap.core.case.model import Case, Target, TriggerPointResult, Visit
from bodymap.core.case.progress import VisitProgress, course
from bodymap.core.clinic.ranking import rank, smallest_cover
from bodymap.core.data.loading import LoadedData
from bodymap.export.page import Paper
from bodymap.export.render import muscle_title
from bodymap.ui import settings

MAX_MUSCLES = 4


@dataclass(frozen=True)
class HandoutOptions:
    """What a clinic sets once: the paper, its name and logo, and whether to add the plot of the pain scores."""

    paper: Paper = Paper.A4
    clinic: str = ""
    logo: Path | None = None
    progress: bool = False


def saved_options(store: QSettings | None) -> HandoutOptions:
    """The handout options the window's settings hold (defaults where none are saved)."""
    logo = settings.HANDOUT_LOGO.read(store)
    return HandoutOptions(
        paper=Paper.named(settings.HANDOUT_PAPER.read(store)),
        clinic=settings.HANDOUT_CLINIC.read(store).strip(),
        logo=Path(logo) if logo else None,
        progress=settings.HANDOUT_PROGRESS.read(store),
    )


@dataclass(frozen=True)
class Handout:
    """What one handout shows."""

    pain: Mapping[str, PainMark]
    targets: tuple[Target, ...]  # the muscles, each on its side, one to four
    date: dt.date
    course: tuple[VisitProgress, ...] = field(default=())  # the visits so far, for the plot of the pain scores

    @classmethod
    def of_visit(cls, case: Case, index: int, data: LoadedData) -> Handout:
        """The handout of visit ``index`` (from 0) of ``case``: its drawing, its muscles (see
        :func:`visit_targets`, or else the smallest set that explains the drawing), its date, the visits so far."""
        visit = case.visits[index]
        targets = visit_targets(visit) or cover_targets(visit.pain, data)
        return cls(dict(visit.pain), tuple(targets), visit.date, tuple(course(case, data.atlas)[: index + 1]))

    @classmethod
    def of_drawing(
        cls, pain: Mapping[str, PainMark], targets: Sequence[Target], data: LoadedData, date: dt.date
    ) -> Handout:
        """The handout of a drawing and the muscles named (none: the smallest set that explains the drawing)."""
        return cls(dict(pain), tuple(targets[:MAX_MUSCLES]) or tuple(cover_targets(pain, data)), date)


def visit_targets(visit: Visit) -> list[Target]:
    """The muscles a visit's handout is about, at most four: those treated, then those where palpation found an
    active trigger point (those reproducing the familiar pain first), then the plan's muscles not examined yet."""
    chosen: list[Target] = []

    def add(target: Target) -> None:
        if target not in chosen:
            chosen.append(target)

    for treatment in visit.treatments:
        add(treatment.target)
    active = [(t, f) for t, f in visit.findings.items() if f.result is TriggerPointResult.ACTIVE]
    for target, _ in sorted(active, key=lambda tf: not tf[1].confirmed):
        add(target)
    for target in visit.plan:
        if target not in visit.findings:
            add(target)
    return chosen[:MAX_MUSCLES]


def cover_targets(pain: Mapping[str, PainMark], data: LoadedData) -> list[Target]:
    """The smallest set of muscles that explains the drawing, at most four."""
    cover, _ = smallest_cover(rank(pain, data.atlas, data.catalog), pain)
    return [Target(c.muscle.id, c.side) for c in cover][:MAX_MUSCLES]


def likeliest_side(muscle_id: str, pain: Mapping[str, PainMark], data: LoadedData) -> Side:
    """The side of the muscle whose pattern explains the drawing best; the right when it explains none of it."""
    for candidate in rank(pain, data.atlas, data.catalog):
        if candidate.muscle.id == muscle_id:
            return candidate.side
    return Side.RIGHT


def target_title(target: Target, data: LoadedData) -> str:
    return muscle_title(data.catalog.muscles[target.muscle], target.side)
