"""What the details pane and the drawn pattern show: one selection, kept until the user chooses another.

A selection is a candidate (a muscle on one side, chosen from the ranked list), a whole muscle (from browsing or
search) or a condition (from the index: its red flags first).  It holds ids, not ranking results, so it outlives
re-ranking, a change of view and a change of theme; the pane, the lists' highlights and the pattern are drawn from
it whenever it or the ranking changes.  Nothing but a choice of the user's changes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject, Signal

from bodymap.core.body.atlas import Side
from bodymap.core.clinic.ranking import Candidate
from bodymap.core.data.loading import LoadedData
from bodymap.ui.panels import details


class Chosen(Enum):
    CANDIDATE = "candidate"  # a muscle on one side, as the ranking sees it
    MUSCLE = "muscle"  # a whole muscle, every trigger point alike
    CONDITION = "condition"


@dataclass(frozen=True)
class Selection:
    kind: Chosen
    id: str  # a muscle id, or for a condition its id
    side: Side = Side.RIGHT

    @classmethod
    def of_candidate(cls, candidate: Candidate) -> Selection:
        return cls(Chosen.CANDIDATE, candidate.muscle.id, candidate.side)


class SelectionModel(QObject):
    """The selection and the ranking it is shown against; ``changed`` when either changes what is shown."""

    changed = Signal()

    def __init__(self, data: LoadedData, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.selection: Selection | None = None
        self._ranked: dict[tuple[str, Side], Candidate] = {}

    def choose(self, selection: Selection | None) -> None:
        if selection != self.selection:
            self.selection = selection
            self.changed.emit()

    def rank(self, candidates: Iterable[Candidate]) -> None:
        """Show the selection against a new ranking: a chosen candidate's reasons follow the drawing."""
        before = self.candidate()
        self._ranked = {c.key: c for c in candidates}
        if self.candidate() != before:
            self.changed.emit()

    def candidate(self) -> Candidate | None:
        """The chosen candidate as ranked now; None when another kind is chosen, or it is not ranked any more."""
        s = self.selection
        return self._ranked.get((s.id, s.side)) if s is not None and s.kind is Chosen.CANDIDATE else None

    def details_html(self) -> str:
        s, catalog = self.selection, self.data.catalog
        if s is None:
            return details.empty_html()
        if s.kind is Chosen.CONDITION:
            return details.condition_html(self.data.conditions[s.id], catalog)
        candidate = self.candidate()
        if candidate is not None:
            return details.candidate_html(candidate, self.data.atlas, catalog)
        muscle = catalog.muscles[s.id]
        if s.kind is Chosen.MUSCLE:
            return details.muscle_html(muscle, catalog)
        # a candidate that the drawing no longer brings up (an area cleared): still shown, as a whole muscle
        return details.muscle_html(muscle, catalog, s.side, details.NOT_RANKED)
