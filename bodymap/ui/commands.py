"""Undoable edits.  Each calls the core through the model; one user gesture is one command."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QUndoCommand

from bodymap.core.body.painmap import PainMark
from bodymap.ui.pain_model import PainModel


class ChangePain(QUndoCommand):
    """Set or clear the marks of some regions (a click, or clear-all)."""

    def __init__(self, model: PainModel, changes: Mapping[str, PainMark | None], text: str) -> None:
        super().__init__(text)
        self._model = model
        self._changes = dict(changes)
        self._before: dict[str, PainMark | None] = {}

    def redo(self) -> None:
        self._before = self._model.apply(self._changes)

    def undo(self) -> None:
        self._model.apply(self._before)
