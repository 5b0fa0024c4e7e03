"""The visits of the case: the list (switch by clicking), a new visit (blank or from a copy of the last drawing),
deleting one, and the visit on show: its date, pain score and notes; and the case's pseudonymous label."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bodymap.core.case.model import Visit
from bodymap.ui.case.commands import AddVisit, RemoveVisit, SetLabel, SetVisitFields
from bodymap.ui.case.document import CaseDocument

VISIT_ROLE = Qt.ItemDataRole.UserRole + 1
NOT_ASKED = -1  # the pain score box's value for "not asked"


def visit_summary(number: int, visit: Visit) -> str:
    """ "Visit 2 · 7 Dec 2026 · pain 4/10 · 3 painful areas · 2 examined" """
    parts = [f"Visit {number}", visit.date.strftime("%-d %b %Y")]
    if visit.pain_score is not None:
        parts.append(f"pain {visit.pain_score}/10")
    painful = sum(1 for mark in visit.pain.values() if mark.painful)
    parts.append(f"{painful} painful area{'s' if painful != 1 else ''}")
    if visit.findings:
        parts.append(f"{len(visit.findings)} examined")
    return " · ".join(parts)


class VisitsPanel(QWidget):
    def __init__(self, document: CaseDocument, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack
        self.label = QLineEdit()
        self.label.setPlaceholderText("e.g. a case number; no names needed")
        self.label.setAccessibleName("Case label (pseudonymous, optional)")
        self.list = QListWidget()
        self.list.setAccessibleName("Visits")
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(220)
        self.new_button = QPushButton("New visit")
        self.new_button.setAccessibleName("Start a new visit")
        self.copy_drawing = QCheckBox("Start from a copy of the last drawing")
        self.copy_drawing.setChecked(True)
        self.delete_button = QPushButton("Delete visit")
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        self.date.setAccessibleName("Date of the visit")
        self.score = QSpinBox()
        self.score.setRange(NOT_ASKED, 10)
        self.score.setSpecialValueText("not asked")
        self.score.setSuffix(" / 10")
        self.score.setAccessibleName("Pain score of the visit, 0 to 10")
        self.score.setToolTip("The patient's pain on the 0-10 numeric rating scale")
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText("Notes of this visit")
        self.notes.setAccessibleName("Notes of the visit")

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow("Date", self.date)
        form.addRow("Pain score", self.score)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        label_row = QFormLayout()
        label_row.addRow("Case label", self.label)
        layout.addLayout(label_row)
        layout.addWidget(QLabel("<b>Visits</b>"))
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.copy_drawing)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.notes, 1)

        self.label.textEdited.connect(lambda text: self.undo_stack.push(SetLabel(self.document, text)))
        self.list.currentItemChanged.connect(self._on_visit_chosen)
        self.new_button.clicked.connect(self.new_visit)
        self.delete_button.clicked.connect(self.delete_visit)
        self.date.dateChanged.connect(self._on_date_changed)
        self.score.valueChanged.connect(self._on_score_changed)
        self.notes.textChanged.connect(self._on_notes_changed)
        document.visits_changed.connect(self._show_visits)
        document.current_changed.connect(self._show_visits)
        document.visit_edited.connect(self._on_visit_edited)
        document.pain_changed.connect(self._show_visits)
        self._show_visits()

    # ------------------------------------------------------------------------------------------ showing

    def _show_visits(self) -> None:
        doc = self.document
        with QSignalBlocker(self.list):
            self.list.clear()
            for number, visit in enumerate(doc.case.visits, 1):
                item = QListWidgetItem(visit_summary(number, visit))
                item.setData(VISIT_ROLE, number - 1)
                self.list.addItem(item)
            self.list.setCurrentRow(doc.visit_number - 1)
        if self.label.text() != doc.case.label:
            self.label.setText(doc.case.label)
        self.delete_button.setEnabled(len(doc.case.visits) > 1 and not doc.read_only)
        self._show_current()

    def _show_current(self) -> None:
        visit = self.document.current
        self.heading.setText(f"<b>Visit {self.document.visit_number}</b>")
        with QSignalBlocker(self.date):
            self.date.setDate(QDate(visit.date.year, visit.date.month, visit.date.day))
        with QSignalBlocker(self.score):
            self.score.setValue(NOT_ASKED if visit.pain_score is None else visit.pain_score)
        if self.notes.toPlainText() != visit.notes:  # not while typing: the cursor would jump
            with QSignalBlocker(self.notes):
                self.notes.setPlainText(visit.notes)

    def _on_visit_edited(self, visit: Visit) -> None:
        if visit is self.document.current:
            self._show_current()
        row = self.document.case.index_of(visit)
        item = self.list.item(row)
        if item is not None:
            item.setText(visit_summary(row + 1, visit))

    # ------------------------------------------------------------------------------------------- editing

    def _on_visit_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.document.show_visit(self.document.case.visits[item.data(VISIT_ROLE)])

    def new_visit(self) -> None:
        visits = self.document.case.visits
        visit = visits[-1].next_visit(dt.date.today(), self.copy_drawing.isChecked())
        how = "from a copy of the last drawing" if self.copy_drawing.isChecked() else "blank"
        self.undo_stack.push(AddVisit(self.document, visit, len(visits), f"New visit ({how})"))

    def delete_visit(self) -> None:
        if len(self.document.case.visits) > 1:
            number = self.document.visit_number
            self.undo_stack.push(RemoveVisit(self.document, self.document.current, f"Delete visit {number}"))

    def _on_date_changed(self, date: QDate) -> None:
        value = dt.date(date.year(), date.month(), date.day())
        if value != self.document.current.date:
            self.undo_stack.push(
                SetVisitFields(self.document, self.document.current, {"date": value}, "Change the date")
            )

    def _on_score_changed(self, value: int) -> None:
        score = None if value == NOT_ASKED else value
        if score != self.document.current.pain_score:
            changes = {"pain_score": score}
            self.undo_stack.push(SetVisitFields(self.document, self.document.current, changes, "Change the pain score"))

    def _on_notes_changed(self) -> None:
        text = self.notes.toPlainText()
        if text != self.document.current.notes:
            self.undo_stack.push(SetVisitFields(self.document, self.document.current, {"notes": text}, "Edit notes"))
