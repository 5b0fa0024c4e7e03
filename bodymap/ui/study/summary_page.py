"""The end of a round: each question with its score, the mean, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.core.study.round import StudyRound
from bodymap.ui.study.answer import ENTER
from bodymap.ui.study.labels import bold_label


class SummaryPage(QWidget):
    again_wanted = Signal()
    setup_wanted = Signal()
    progress_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = bold_label(1.5)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Question", "About", "Score"])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.next_due = QLabel()
        self.next_due.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, signal in (
            ("Another round like this (Enter)", self.again_wanted),
            ("Choose another round", self.setup_wanted),
            ("Progress", self.progress_wanted),
        ):
            button = QPushButton(text)
            button.clicked.connect(signal)
            buttons.addWidget(button)
            if signal is self.again_wanted:
                button.setDefault(True)
                self.again = button
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.next_due)
        layout.addLayout(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER:
            self.again_wanted.emit()
        else:
            super().keyPressEvent(event)

    def show_round(self, study: StudyRound, next_due: str) -> None:
        answered = [a for a in study.asked if a.feedback is not None]
        self.heading.setText(f"{len(answered)} questions, {study.mean_score:.0%} on average")
        self.table.setRowCount(len(answered))
        for row, asked in enumerate(answered):
            q, feedback = asked.question, asked.feedback
            assert feedback is not None
            about = f"{q.muscle.name}, {q.side.value}: {feedback.given}"
            cells = (q.kind.label, about, f"{feedback.score:.0%}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(feedback.why)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.next_due.setText(next_due)
        self.again.setFocus()
