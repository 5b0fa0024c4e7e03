"""The educational-use notice: a quiet bar shown until the user has read it once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from bodymap.ui.panels.details import NOTICE


class NoticeBar(QFrame):
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Notice")
        label = QLabel(NOTICE)
        label.setWordWrap(True)
        self.button = QPushButton("Got it")
        self.button.setAccessibleName("Dismiss the notice")
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard where it was
        self.button.clicked.connect(self._on_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(label, 1)
        layout.addWidget(self.button)

    def _on_clicked(self) -> None:
        self.hide()
        self.dismissed.emit()
