"""Where does this pain come from?  Pick the muscles to examine first (keys 1 to 8), then check."""

from __future__ import annotations

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from bodymap.core.body.painmap import DEFAULT_INTENSITY
from bodymap.core.study.questions import WHERE_CHOICES, Feedback, WhereQuestion
from bodymap.core.study.views import views_showing
from bodymap.ui.canvas import legend, style
from bodymap.ui.canvas.body_view import BodyView
from bodymap.ui.study.answer import AnswerPanel, ChoiceButton, digit, verdict


def pain_entry() -> legend.Entry:
    return legend.Entry("The patient's pain", legend.Swatch.FILL, (style.pain_brush(DEFAULT_INTENSITY),),
                        style.pain_pen())  # fmt: skip


class PickingPanel(AnswerPanel[WhereQuestion]):
    def __init__(self, canvas: BodyView, parent: QWidget | None = None) -> None:
        super().__init__(canvas, "Pick three (keys 1 to 8 pick and unpick), then press Enter to check.", parent)
        self.buttons: list[ChoiceButton] = []
        for _ in range(WHERE_CHOICES):
            button = ChoiceButton(checkable=True)
            button.toggled.connect(self._on_pick_toggled)
            self.buttons.append(button)
            self.layout_.addWidget(button)
        self.layout_.addStretch(1)
        self.picks: list[str] = []  # in the order picked

    def reset(self) -> None:
        assert self.question is not None
        self.picks = []
        self.canvas.drawing_enabled = False
        choices = self.question.choices
        for number, button in enumerate(self.buttons, start=1):
            muscle = choices[number - 1] if number <= len(choices) else None
            self._check(button, False)
            button.setVisible(muscle is not None)
            button.setText(f"{number}   {muscle.name}" if muscle else "")
            button.setProperty("muscle", muscle.id if muscle else "")
            button.set_verdict("")

    def draw(self) -> None:
        q, scene = self.question, self.scene
        if q is None:
            return
        scene.show_pain(q.pain)
        if self.revealed:  # the pattern the drawing came from, and its trigger point
            essential, spillover = q.catalog.patterns[q.trigger_point.id].zones(q.side, q.atlas)
            scene.show_pattern(essential, spillover, q.trigger_point.locations_on(q.side, q.atlas))
            scene.show_legend([pain_entry(), *legend.drawing_entries(pain=False)])
        else:
            scene.clear_pattern()
            scene.show_legend([pain_entry()])

    def views(self, question: WhereQuestion, answered: bool) -> tuple[str, ...]:
        q = question
        if not answered:
            return views_showing(q.pain, [], q.atlas)
        essential, spillover = q.catalog.patterns[q.trigger_point.id].zones(q.side, q.atlas)
        return views_showing(essential | spillover, [q.trigger_point.location_on(q.side, q.atlas)], q.atlas)

    def take_focus(self) -> None:
        self.setFocus()

    def on_key(self, event: QKeyEvent) -> bool:
        number = digit(event)
        if 1 <= number <= len(self.buttons) and self.buttons[number - 1].isVisible():
            self.buttons[number - 1].toggle()
            return True
        return False

    @staticmethod
    def _check(button: ChoiceButton, checked: bool) -> None:
        button.blockSignals(True)
        button.setChecked(checked)
        button.blockSignals(False)

    def _on_pick_toggled(self) -> None:
        if self.question is None or self.revealed:
            return
        checked = [str(b.property("muscle")) for b in self.buttons if b.isChecked()]
        self.picks = [m for m in self.picks if m in checked] + [m for m in checked if m not in self.picks]
        if len(self.picks) > self.question.picks:  # one pick too many replaces the first
            first = self.picks.pop(0)
            self._check(next(b for b in self.buttons if b.property("muscle") == first), False)

    def submit(self) -> None:
        if self.question is not None and self.picks:
            self.give(self.question.check(self.picks))

    def reveal(self, feedback: Feedback) -> None:
        super().reveal(feedback)
        q = self.question
        assert q is not None
        best = set(q.best)
        for number, button in enumerate(self.buttons, start=1):
            muscle = str(button.property("muscle"))
            if not muscle:
                continue
            notes = ["the drawing is its pattern"] if muscle == q.muscle.id else []
            if muscle in q.ranked:
                notes.append(f"#{q.ranked.index(muscle) + 1} in the ranking")
            said = f" ({'; '.join(notes)})" if notes else ""
            button.setText(f"{number}   {q.catalog.muscles[muscle].name}{said}")
            button.set_verdict(verdict(muscle in self.picks, muscle in best))
