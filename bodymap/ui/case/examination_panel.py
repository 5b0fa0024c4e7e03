"""The examination of the visit on show: the plan (muscles to palpate, grouped by the patient's position), recording
what palpation found in one or two clicks, and the treatment given.

The plan starts from the smallest set of muscles that explains the drawing; the clinician adds the chosen candidate
or removes a muscle.  Every change is one undo command.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.core.case.model import Finding, Target, Technique, Treatment, TriggerPointResult, Visit
from bodymap.core.case.plan import main_trigger_point, ordered, plan_position
from bodymap.core.case.summary import target_name
from bodymap.core.clinic.catalog import Catalog
from bodymap.core.clinic.ranking import Candidate
from bodymap.ui.canvas import style
from bodymap.ui.case.commands import SetFinding, SetVisitFields
from bodymap.ui.case.document import CaseDocument

# a recorded result stands out in its own colour, the colour of its mark on the body
CHECKED_STYLE = (
    "QPushButton {{ padding: 4px 12px; border: 1px solid palette(mid); border-radius: 4px;"
    " background: palette(button); }}"
    "QPushButton:checked {{ background: {0}; border-color: {0}; color: white; font-weight: bold; }}"
)
BUTTON_COLOUR = {
    TriggerPointResult.ACTIVE: style.CONFIRMED.name(),
    TriggerPointResult.LATENT: style.FOUND.name(),
    TriggerPointResult.NONE: style.RULED_OUT.name(),
}
BUTTON_TEXT = {
    TriggerPointResult.ACTIVE: "Active",
    TriggerPointResult.LATENT: "Latent",
    TriggerPointResult.NONE: "None",
}


def first_sentence(text: str) -> str:
    head, dot, _ = text.partition(". ")
    return head + "." if dot else text


class PlanRow(QFrame):
    """One muscle of the plan: how to find it, the caution, and its finding (three results, two yes/no)."""

    finding_changed = Signal(object, object)  # Target, Finding | None
    removed = Signal(object)  # Target

    def __init__(
        self, number: int, target: Target, catalog: Catalog, finding: Finding | None, rank: int | None
    ) -> None:
        super().__init__()
        self.setObjectName("plan-row")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.target = target
        self.finding = finding
        name = target_name(target, catalog)
        title = QLabel(f"<b>{number}. {name}</b>" + (f" &nbsp;<i>candidate {rank}</i>" if rank else ""))
        title.setWordWrap(True)
        remove = QToolButton()
        remove.setText("✕")
        remove.setAccessibleName(f"Remove {name} from the plan")
        remove.setToolTip("Remove from the plan")
        remove.clicked.connect(lambda: self.removed.emit(target))
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(remove)
        self.buttons: dict[TriggerPointResult, QPushButton] = {}
        results = QHBoxLayout()
        results.setSpacing(4)
        for result in TriggerPointResult:
            button = QPushButton(BUTTON_TEXT[result])
            button.setCheckable(True)
            button.setStyleSheet(CHECKED_STYLE.format(BUTTON_COLOUR[result]))
            button.setChecked(finding is not None and finding.result is result)
            button.setToolTip(result.label + (" (click again to clear)" if button.isChecked() else ""))
            button.setAccessibleName(f"{name}: {result.label.lower()}")
            button.clicked.connect(lambda _=False, r=result: self._on_result(r))
            self.buttons[result] = button
            results.addWidget(button)
        found = finding is not None and not finding.ruled_out
        self.familiar = QCheckBox("Familiar pain")
        self.familiar.setChecked(found and finding is not None and finding.familiar_pain)
        self.familiar.setEnabled(found)
        self.familiar.setAccessibleName(f"{name}: pressure reproduced the familiar pain")
        self.twitch = QCheckBox("Twitch")
        self.twitch.setChecked(found and finding is not None and finding.twitch)
        self.twitch.setEnabled(found)
        self.twitch.setAccessibleName(f"{name}: local twitch response")
        self.familiar.clicked.connect(lambda on: self._on_flag("familiar_pain", on))
        self.twitch.clicked.connect(lambda on: self._on_flag("twitch", on))
        results.addStretch(1)
        self.note = QLineEdit(finding.note if finding else "")
        self.note.setPlaceholderText("Note on the finding")
        self.note.setAccessibleName(f"{name}: note on the finding")
        self.note.setEnabled(finding is not None)
        self.note.editingFinished.connect(self._on_note)
        flags = QHBoxLayout()
        flags.addWidget(self.familiar)
        flags.addWidget(self.twitch)
        flags.addWidget(self.note, 1)
        tp = main_trigger_point(catalog, target)
        how = QLabel(
            f"<b>Find it:</b> {first_sentence(tp.palpation)}<br><b>Caution:</b> {first_sentence(tp.needling_caution)}"
            if tp is not None
            else ""
        )
        how.setWordWrap(True)
        how.setObjectName("plan-how")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(how)
        layout.addLayout(results)
        layout.addLayout(flags)

    def _on_result(self, result: TriggerPointResult) -> None:
        if self.finding is not None and self.finding.result is result:
            self.finding_changed.emit(self.target, None)  # the same button again: not examined after all
        elif result is TriggerPointResult.NONE:
            self.finding_changed.emit(self.target, Finding(result, note=self.note.text()))
        else:
            kept = self.finding if self.finding is not None and not self.finding.ruled_out else Finding(result)
            self.finding_changed.emit(self.target, replace(kept, result=result, note=self.note.text()))

    def _on_flag(self, name: str, on: bool) -> None:
        if self.finding is not None:
            self.finding_changed.emit(self.target, replace(self.finding, **{name: on}))

    def _on_note(self) -> None:
        if self.finding is not None and self.note.text() != self.finding.note:
            self.finding_changed.emit(self.target, replace(self.finding, note=self.note.text()))


class ExaminationPanel(QWidget):
    def __init__(
        self, document: CaseDocument, undo_stack: QUndoStack, catalog: Catalog, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack
        self.catalog = catalog
        self.candidates: list[Candidate] = []
        self.cover: list[Candidate] = []
        self.chosen: Target | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.plan_from_cover = QPushButton()
        self.plan_from_cover.setAccessibleName("Plan the examination from the smallest set")
        self.plan_from_cover.clicked.connect(self.plan_smallest_set)
        self.add_chosen = QPushButton()
        self.add_chosen.setAccessibleName("Add the chosen muscle to the plan, or remove it (A)")
        self.add_chosen.clicked.connect(self.toggle_chosen)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        rows_widget = QWidget()
        rows_widget.setLayout(self.rows)
        self.treatments = QVBoxLayout()
        treatments_widget = QWidget()
        treatments_widget.setLayout(self.treatments)
        self.treat_target = QComboBox()
        self.treat_target.setAccessibleName("Muscle treated")
        self.technique = QComboBox()
        for technique in Technique:
            self.technique.addItem(technique.label, technique)
        self.technique.setAccessibleName("Technique")
        self.response = QLineEdit()
        self.response.setPlaceholderText("Response (twitches, pain after...)")
        self.response.setAccessibleName("Response to the treatment")
        self.add_treatment = QPushButton("Add")
        self.add_treatment.setAccessibleName("Add the treatment")
        self.add_treatment.clicked.connect(self._on_add_treatment)
        self.response.returnPressed.connect(self._on_add_treatment)
        treat_row = QHBoxLayout()
        treat_row.addWidget(self.treat_target, 2)
        treat_row.addWidget(self.technique, 1)
        response_row = QHBoxLayout()
        response_row.addWidget(self.response, 1)
        response_row.addWidget(self.add_treatment)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.plan_from_cover)
        layout.addWidget(rows_widget)
        layout.addWidget(self.add_chosen)
        treatment_heading = QLabel("<b>Treatment given</b>")
        layout.addWidget(treatment_heading)
        layout.addWidget(treatments_widget)
        layout.addLayout(treat_row)
        layout.addLayout(response_row)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows wrap to the width
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        document.visit_edited.connect(self._on_visit_edited)
        document.current_changed.connect(self.refresh)
        document.reset.connect(self.refresh)
        self.refresh()

    # -------------------------------------------------------------------------------------- from the window

    def set_ranking(self, candidates: Sequence[Candidate], cover: Sequence[Candidate]) -> None:
        self.candidates, self.cover = list(candidates), list(cover)
        self._show_buttons()

    def set_chosen(self, target: Target | None) -> None:
        self.chosen = target
        self._show_buttons()

    def ranks(self) -> dict[Target, int]:
        return {Target(c.muscle.id, c.side): i for i, c in enumerate(self.candidates, 1)}

    # ------------------------------------------------------------------------------------------- showing

    def _on_visit_edited(self, visit: Visit) -> None:
        if visit is self.document.current:
            self.refresh()

    def refresh(self) -> None:
        visit = self.document.current
        ranks = self.ranks()
        _clear(self.rows)
        self.plan_rows: list[PlanRow] = []
        position = None
        for number, target in enumerate(visit.plan, 1):
            here = plan_position(self.catalog, target)
            if here is not position:
                position = here
                group = QLabel(here.label)
                group.setObjectName("plan-group")
                self.rows.addWidget(group)
            row = PlanRow(number, target, self.catalog, visit.findings.get(target), ranks.get(target))
            row.finding_changed.connect(self._on_finding)
            row.removed.connect(self._on_removed)
            row.setEnabled(not self.document.read_only)
            self.rows.addWidget(row)
            self.plan_rows.append(row)
        examined = len(visit.findings)
        planned = len(visit.plan)
        self.heading.setText(
            f"<b>Examination plan, visit {self.document.visit_number}</b> "
            + (f"({examined} of {planned} examined)" if planned else "")
            + ("" if planned else "<br>No muscles planned yet: start from the smallest set, or add candidates.")
        )
        _clear(self.treatments)
        for treatment in visit.treatments:
            self.treatments.addWidget(self._treatment_row(treatment))
        with_targets = list(dict.fromkeys([*visit.plan, *(t.target for t in visit.treatments)]))
        current = self.treat_target.currentData()
        self.treat_target.clear()
        for target in with_targets:
            self.treat_target.addItem(target_name(target, self.catalog), target)
        self.treat_target.setCurrentIndex(max(0, self.treat_target.findData(current)))
        self.add_treatment.setEnabled(bool(with_targets) and not self.document.read_only)
        self._show_buttons()

    def _show_buttons(self) -> None:
        plan = self.document.current.plan
        cover = [Target(c.muscle.id, c.side) for c in self.cover]
        self.plan_from_cover.setVisible(not plan and bool(cover))
        if cover:
            names = ", ".join(target_name(t, self.catalog) for t in cover)
            self.plan_from_cover.setText(f"Plan the smallest set: {names}")
        chosen = self.chosen
        self.add_chosen.setVisible(chosen is not None)
        if chosen is not None:
            name = target_name(chosen, self.catalog)
            self.add_chosen.setText(f"Remove {name} from the plan" if chosen in plan else f"Add {name} to the plan")
        self.setEnabled(not self.document.read_only)

    def _treatment_row(self, treatment: Treatment) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        text = f"{target_name(treatment.target, self.catalog)}: {treatment.technique.label.lower()}"
        label = QLabel(text + (f" — {treatment.response}" if treatment.response else ""))
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        remove = QToolButton()
        remove.setText("✕")
        remove.setAccessibleName(f"Remove the treatment: {text}")
        remove.clicked.connect(lambda: self._remove_treatment(treatment))
        layout.addWidget(label, 1)
        layout.addWidget(remove)
        return row

    # ------------------------------------------------------------------------------------------- editing

    def _set_plan(self, targets: Sequence[Target], text: str) -> None:
        plan = ordered(targets, self.catalog, self.ranks())
        self.undo_stack.push(SetVisitFields(self.document, self.document.current, {"plan": plan}, text))

    def plan_smallest_set(self) -> None:
        cover = [Target(c.muscle.id, c.side) for c in self.cover]
        self._set_plan([*self.document.current.plan, *cover], "Plan the smallest set")

    def toggle_chosen(self) -> None:
        if self.chosen is not None:
            self.toggle(self.chosen)

    def toggle(self, target: Target) -> None:
        """Add ``target`` to the plan, or take it out if it is in it."""
        plan = self.document.current.plan
        name = target_name(target, self.catalog)
        if target in plan:
            self._set_plan([t for t in plan if t != target], f"Remove {name} from the plan")
        else:
            self._set_plan([*plan, target], f"Add {name} to the plan")

    def _on_removed(self, target: Target) -> None:
        self.toggle(target)

    def _on_finding(self, target: Target, finding: Finding | None) -> None:
        name = target_name(target, self.catalog)
        text = f"Record {name}: {finding.summary.lower()}" if finding else f"Clear the finding of {name}"
        self.undo_stack.push(SetFinding(self.document, target, finding, text))

    def _on_add_treatment(self) -> None:
        target = self.treat_target.currentData()
        if target is None:
            return
        treatment = Treatment(target, self.technique.currentData(), self.response.text().strip())
        treatments = (*self.document.current.treatments, treatment)
        text = f"Record treatment of {target_name(target, self.catalog)}"
        self.undo_stack.push(SetVisitFields(self.document, self.document.current, {"treatments": treatments}, text))
        self.response.clear()

    def _remove_treatment(self, treatment: Treatment) -> None:
        treatments = list(self.document.current.treatments)
        treatments.remove(treatment)
        changes = {"treatments": tuple(treatments)}
        self.undo_stack.push(SetVisitFields(self.document, self.document.current, changes, "Remove a treatment"))


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()  # not at once: the row may be inside the click that changed the plan
