"""The pain map as a Qt model: the core PainMap, plus a signal when it changes."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from bodymap.core.body.painmap import PainMap, PainMark


class PainModel(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pain = PainMap()

    def apply(self, changes: Mapping[str, PainMark | None]) -> dict[str, PainMark | None]:
        before = self.pain.apply(changes)
        self.changed.emit()
        return before
