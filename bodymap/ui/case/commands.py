"""Undoable edits of the case.  Each calls the document (which calls the core); one user gesture is one command."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from bodymap.core.body.painmap import PainMark
from bodymap.core.case.model import Finding, Target, Visit
from bodymap.ui.case.document import CaseDocument

TEXT_EDIT_ID = 1  # typing into one text field merges into one undo step


class ChangePain(QUndoCommand):
    """Set or clear the marks of some regions of the visit on show (a click, a stroke, clear-all)."""

    def __init__(self, document: CaseDocument, changes: Mapping[str, PainMark | None], text: str) -> None:
        super().__init__(text)
        self._document = document
        self._visit = document.current
        self._changes = dict(changes)
        self._before: dict[str, PainMark | None] = {}

    def redo(self) -> None:
        self._before = self._document.apply_pain(self._visit, self._changes)

    def undo(self) -> None:
        self._document.apply_pain(self._visit, self._before)


class SetVisitFields(QUndoCommand):
    """Change some of a visit's date, pain score, plan, treatments or notes.

    Consecutive edits of the same text field of the same visit merge, so typing a note is one undo step."""

    def __init__(self, document: CaseDocument, visit: Visit, changes: Mapping[str, Any], text: str) -> None:
        super().__init__(text)
        self._document = document
        self._visit = visit
        self._changes = dict(changes)
        self._before: dict[str, Any] = {}

    def id(self) -> int:
        return TEXT_EDIT_ID if set(self._changes) <= {"notes"} else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetVisitFields) or other._visit is not self._visit or other.id() != self.id():
            return False
        self._changes.update(other._changes)
        return True

    def redo(self) -> None:
        self._before = self._document.set_fields(self._visit, self._changes)

    def undo(self) -> None:
        self._document.set_fields(self._visit, self._before)


class SetFinding(QUndoCommand):
    """Record, change or forget what palpation found in one muscle."""

    def __init__(self, document: CaseDocument, target: Target, finding: Finding | None, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._visit = document.current
        self._target = target
        self._finding = finding
        self._before: Finding | None = None

    def redo(self) -> None:
        self._before = self._document.set_finding(self._visit, self._target, self._finding)

    def undo(self) -> None:
        self._document.set_finding(self._visit, self._target, self._before)


class AddVisit(QUndoCommand):
    def __init__(self, document: CaseDocument, visit: Visit, index: int, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._visit = visit
        self._index = index
        self._shown = document.current

    def redo(self) -> None:
        self._document.insert_visit(self._index, self._visit)

    def undo(self) -> None:
        self._document.remove_visit(self._visit)
        self._document.show_visit(self._shown)


class RemoveVisit(QUndoCommand):
    def __init__(self, document: CaseDocument, visit: Visit, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._visit = visit
        self._index = 0

    def redo(self) -> None:
        self._index = self._document.remove_visit(self._visit)

    def undo(self) -> None:
        self._document.insert_visit(self._index, self._visit)


class SetLabel(QUndoCommand):
    def __init__(self, document: CaseDocument, label: str) -> None:
        super().__init__("Change the case label")
        self._document = document
        self._label = label

    def id(self) -> int:
        return TEXT_EDIT_ID + 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # each command holds the label it replaced: the merged one keeps the first, the one before all the typing
        return isinstance(other, SetLabel)

    def redo(self) -> None:
        self._label = self._document.set_label(self._label)

    def undo(self) -> None:
        self._label = self._document.set_label(self._label)
