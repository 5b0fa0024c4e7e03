"""The open case as a Qt model: the core :class:`Case`, the visit on show, and signals when they change.

Only undo commands call the editing methods here; widgets listen to the signals and mirror what they say.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from bodymap.core.body.painmap import PainMap, PainMark
from bodymap.core.case.model import Case, Finding, Target, Visit


class CaseDocument(QObject):
    pain_changed = Signal()  # the drawing on show changed: an edit of it, or another visit shown
    visit_edited = Signal(object)  # a visit's plan, findings, treatment, date, score or notes changed
    visits_changed = Signal()  # a visit was added or removed, or the case's label changed
    current_changed = Signal()  # another visit is on show
    reset = Signal()  # another case is open (new, opened, closed)

    def __init__(self, case: Case | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.case = case or Case.new(dt.date.today())
        self.current: Visit = self.case.visits[-1]
        self.path: Path | None = None  # None: not saved yet
        self.read_only = False

    def load(self, case: Case, path: Path | None, read_only: bool = False) -> None:
        """Make ``case`` the open case (its last visit on show)."""
        self.case, self.path, self.read_only = case, path, read_only
        self.current = case.visits[-1]
        self.reset.emit()
        self.visits_changed.emit()
        self.current_changed.emit()
        self.pain_changed.emit()

    @property
    def name(self) -> str:
        """What the user calls the open case: its file's name, or "Untitled case"."""
        return self.path.name if self.path is not None else "Untitled case"

    @property
    def pain(self) -> PainMap:
        """The drawing of the visit on show."""
        return self.current.pain

    @property
    def visit_number(self) -> int:
        return self.case.index_of(self.current) + 1

    def show_visit(self, visit: Visit) -> None:
        if visit is not self.current:
            self.current = visit
            self.current_changed.emit()
            self.pain_changed.emit()

    # ---------------------------------------------------------------------------- edits (undo commands only)

    def apply_pain(self, visit: Visit, changes: Mapping[str, PainMark | None]) -> dict[str, PainMark | None]:
        self.show_visit(visit)  # an edit, or its undo, shows the visit it is about
        before = visit.pain.apply(changes)
        self.pain_changed.emit()
        return before

    def set_fields(self, visit: Visit, changes: Mapping[str, Any]) -> dict[str, Any]:
        self.show_visit(visit)
        before = visit.set(**changes)
        self.visit_edited.emit(visit)
        if "date" in changes:
            self.visits_changed.emit()
        return before

    def set_finding(self, visit: Visit, target: Target, finding: Finding | None) -> Finding | None:
        self.show_visit(visit)
        before = visit.set_finding(target, finding)
        self.visit_edited.emit(visit)
        return before

    def insert_visit(self, index: int, visit: Visit) -> None:
        self.case.insert_visit(index, visit)
        self.visits_changed.emit()
        self.show_visit(visit)

    def remove_visit(self, visit: Visit) -> int:
        index = self.case.index_of(visit)
        if visit is self.current:  # show a neighbour first, so there is always a visit on show
            self.show_visit(self.case.visits[index - 1 if index else 1])
        self.case.remove_visit(visit)
        self.visits_changed.emit()
        return index

    def set_label(self, label: str) -> str:
        before = self.case.set_label(label)
        self.visits_changed.emit()
        return before
