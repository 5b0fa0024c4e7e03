"""Search as you type: a box and the matching muscles and body areas under it (fuzzy, see core.search)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from bodymap.core.clinic.search import Hit, SearchIndex

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchBox(QWidget):
    """Emits ``hit_chosen(Hit)`` when the user picks a result (Enter, click); Escape clears the box."""

    hit_chosen = Signal(object)

    def __init__(self, index: SearchIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.field = QLineEdit()
        self.field.setPlaceholderText("Find muscle, area, condition (Ctrl+F)")
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName("Search muscles, body areas and conditions")
        self.field.setAccessibleDescription("Type part of a name; Up and Down choose a result, Enter shows it.")
        self.results = QListWidget()
        self.results.setAccessibleName("Search results")
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.results)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.returnPressed.connect(self._choose_current)
        self.field.installEventFilter(self)
        self.results.itemActivated.connect(lambda item: self._choose(item))
        self.results.itemClicked.connect(lambda item: self._choose(item))

    def _on_text_changed(self, text: str) -> None:
        self.results.clear()
        for hit in self.index.search(text):
            kind = hit.kind.words
            also = f"  ({hit.matched})" if hit.matched.casefold() != hit.label.casefold() else ""
            item = QListWidgetItem(f"{hit.label}{also}  ·  {kind}")
            item.setToolTip(item.text())
            item.setData(HIT_ROLE, hit)
            self.results.addItem(item)
        self.results.setVisible(self.results.count() > 0)
        if self.results.count():
            self.results.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.field or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape and self.field.text():
            event.accept()  # Escape clears the box rather than triggering the window's Esc action
            return True
        if event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if event.key() == Qt.Key.Key_Escape and self.field.text():
                self.field.clear()
                return True
        return super().eventFilter(watched, event)

    def _choose_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        hit: Hit = item.data(HIT_ROLE)
        self.hit_chosen.emit(hit)

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
