"""The student's progress: accuracy day by day, mastery per body region, and the items due in the coming days."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bodymap.core.clinic.catalog import Catalog
from bodymap.core.study.items import QuizKind, study_items
from bodymap.core.study.progress import DAYS_AHEAD, accuracy_by_day, due_by_day, due_now, mastery_by_group
from bodymap.core.study.record import StudyRecord
from bodymap.core.study.schedule import Scheduler
from bodymap.ui import plots
from bodymap.ui.study.labels import bold_label

PERCENT_TICKS = (20.0, 10.0)  # major and minor tick spacing of a percentage axis


class ProgressPage(QWidget):
    back_wanted = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.items = study_items(catalog, list(QuizKind))
        self.heading = bold_label(1.5)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.accuracy = plots.TimePlot("Accuracy by day", "mean score (%)", 0, 100, ticks=PERCENT_TICKS)
        self.due = plots.BarPlot("Items due in the coming days", "items")
        self.mastery = plots.BarPlot(
            "Mastery by body region", "expected recall today (%)", high=100, lying=True, ticks=PERCENT_TICKS
        )
        back = QPushButton("Back to studying (Esc)")
        back.clicked.connect(self.back_wanted)
        grid = QGridLayout()
        grid.addWidget(self.accuracy, 0, 0)
        grid.addWidget(self.due, 1, 0)
        grid.addWidget(self.mastery, 0, 1, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        layout.addLayout(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_wanted.emit()
        else:
            super().keyPressEvent(event)

    def show_record(self, record: StudyRecord, scheduler: Scheduler, now: datetime, tz: tzinfo) -> None:
        days = accuracy_by_day(record.answers, tz)
        self.heading.setText(f"Progress of {record.profile}")
        studied = sum(1 for i in self.items if i in record.memory)
        recent = [a.score for a in record.answers if a.at >= now - timedelta(days=7)]
        self.summary.setText(
            f"{len(record.answers)} answers on {len(days)} day{'s' if len(days) != 1 else ''}; "
            f"{studied} of {len(self.items)} items studied; {due_now(record, self.items, now)} due now"
            + (f"; {sum(recent) / len(recent):.0%} on average in the last 7 days." if recent else ".")
        )
        self.accuracy.show_points([(d.day, 100 * d.mean_score) for d in days])
        mastery = mastery_by_group(record, self.catalog, scheduler, now)
        self.mastery.show_bars([m.group.capitalize() for m in mastery], [100 * m.mastery for m in mastery])
        due = due_by_day(record, self.items, now, tz, DAYS_AHEAD)
        labels = ["Today" if n == 0 else f"{day:%a}"[:2] + f" {day.day}" for n, (day, _) in enumerate(due)]
        self.due.show_bars(labels, [count for _, count in due])
