"""Choosing a study round: which body regions, which quiz kinds, how many questions."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bodymap.core.clinic.catalog import Catalog
from bodymap.core.study.items import QuizKind, study_groups
from bodymap.core.study.round import DEFAULT_LENGTH, RoundPlan
from bodymap.ui.study.labels import bold_label

COLUMNS = 3


class RegionChooser(QGroupBox):
    """A box per body region (with its number of muscles), and 'all' / 'none'."""

    changed = Signal()

    def __init__(self, catalog: Catalog, title: str = "Body regions", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        counts: dict[str, int] = {}
        for muscle in catalog.muscles.values():
            counts[muscle.group] = counts.get(muscle.group, 0) + 1
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        for index, group in enumerate(study_groups(catalog)):
            box = QCheckBox(f"{group.capitalize()} ({counts[group]})")
            box.setToolTip(f"{counts[group]} muscle{'s' if counts[group] != 1 else ''}")
            box.toggled.connect(self.changed)
            self.boxes[group] = box
            grid.addWidget(box, index // COLUMNS, index % COLUMNS)
        row = QHBoxLayout()
        for text, on in (("All", True), ("None", False)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, v=on: self.choose(self.boxes if v else ()))
            row.addWidget(button)
        row.addStretch(1)
        grid.addLayout(row, len(self.boxes) // COLUMNS + 1, 0, 1, COLUMNS)

    def choose(self, groups: Iterable[str]) -> None:
        wanted = set(groups)
        for group, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(group in wanted)
            box.blockSignals(False)
        self.changed.emit()

    @property
    def chosen(self) -> tuple[str, ...]:
        return tuple(g for g, box in self.boxes.items() if box.isChecked())


class SetupPage(QWidget):
    start_wanted = Signal(object)  # the RoundPlan
    plan_changed = Signal(object)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = bold_label(1.5, "Study trigger points and referral patterns")
        self.regions = RegionChooser(catalog)
        self.regions.changed.connect(self._on_changed)
        kinds = QGroupBox("Quiz kinds")
        column = QVBoxLayout(kinds)
        self.kinds: dict[QuizKind, QCheckBox] = {}
        for kind in QuizKind:
            box = QCheckBox(kind.label, checked=True)
            box.toggled.connect(self._on_changed)
            self.kinds[kind] = box
            column.addWidget(box)
        self.length = QSpinBox()
        self.length.setRange(1, 100)
        self.length.setValue(DEFAULT_LENGTH)
        self.length.setAccessibleName("Questions in the round")
        self.length.valueChanged.connect(self._on_changed)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.start = QPushButton("Start the round (Enter)")
        self.start.setDefault(True)
        self.start.clicked.connect(lambda: self.start_wanted.emit(self.plan))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        intro = QLabel(
            "Choose where on the body and how to be asked. What you got wrong, and what you have not seen, comes "
            "first; what you know comes back as you are about to forget it."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(self.regions, 2)
        row.addWidget(kinds, 1)
        layout.addLayout(row)
        length = QHBoxLayout()
        length.addWidget(QLabel("Questions in the round:"))
        length.addWidget(self.length)
        length.addStretch(1)
        layout.addLayout(length)
        layout.addWidget(self.summary)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    @property
    def plan(self) -> RoundPlan:
        kinds = tuple(k for k, box in self.kinds.items() if box.isChecked())
        return RoundPlan(kinds, self.regions.chosen, self.length.value())

    def show_plan(self, plan: RoundPlan) -> None:
        for kind, box in self.kinds.items():
            box.blockSignals(True)
            box.setChecked(kind in plan.kinds)
            box.blockSignals(False)
        self.length.blockSignals(True)
        self.length.setValue(plan.length)
        self.length.blockSignals(False)
        self.regions.choose(plan.groups)

    def show_summary(self, text: str, can_start: bool) -> None:
        self.summary.setText(text)
        self.start.setEnabled(can_start)

    def _on_changed(self) -> None:
        self.plan_changed.emit(self.plan)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.start.isEnabled():
            self.start.click()
        else:
            super().keyPressEvent(event)
