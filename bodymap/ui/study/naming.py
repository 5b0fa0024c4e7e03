"""Name the muscle: four choices (keys 1 to 4), or the name typed (synonyms accepted, typos forgiven)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from bodymap.core.study.questions import Feedback, NameQuestion
from bodymap.core.study.scoring import recognise_muscle
from bodymap.core.study.views import views_showing
from bodymap.ui.canvas import legend
from bodymap.ui.canvas.body_view import BodyView
from bodymap.ui.study.answer import ENTER, AnswerPanel, ChoiceButton, digit, pressed, verdict


class NamingPanel(AnswerPanel[NameQuestion]):
    def __init__(self, canvas: BodyView, parent: QWidget | None = None) -> None:
        super().__init__(canvas, "Choose (keys 1 to 4), or type the name and press Enter.", parent)
        self.buttons: list[ChoiceButton] = []
        for number in range(1, 5):
            button = ChoiceButton()
            button.clicked.connect(lambda _=False, i=number - 1: self.choose(i))
            self.buttons.append(button)
            self.layout_.addWidget(button)
        self.layout_.addWidget(QLabel("Or type it:"))
        self.typed = QLineEdit()
        self.typed.setPlaceholderText("The muscle's name, e.g. infraspinatus")
        self.typed.setAccessibleName("Type the muscle's name")
        self.typed.setClearButtonEnabled(True)
        self.typed.installEventFilter(self)
        self.layout_.addWidget(self.typed)
        self.layout_.addStretch(1)
        self.chosen = ""  # the muscle chosen, or recognised in the name typed

    def reset(self) -> None:
        assert self.question is not None
        for number, (button, muscle) in enumerate(zip(self.buttons, self.question.choices, strict=True), start=1):
            button.setText(f"{number}   {muscle.name}")
            button.set_verdict("")
        self.chosen = ""
        self.typed.clear()
        self.typed.setEnabled(True)

    def draw(self) -> None:
        q = self.question
        if q is not None:
            self.scene.show_pattern(q.essential, q.spillover, q.locations)
            self.scene.show_legend(legend.drawing_entries(pain=False))

    def views(self, question: NameQuestion, answered: bool) -> tuple[str, ...]:
        q = question
        return views_showing(q.essential | q.spillover, [q.location], q.atlas)

    def take_focus(self) -> None:
        self.typed.setFocus()

    def choose(self, index: int) -> None:
        if self.question is not None and not self.revealed and index < len(self.question.choices):
            self.chosen = self.question.choices[index].id
            self.give(self.question.check_choice(self.chosen))

    def submit(self) -> None:
        q, text = self.question, self.typed.text()
        if q is not None and text.strip():
            recognised = recognise_muscle(text, q.catalog)
            self.chosen = recognised.id if recognised is not None else ""
            self.give(q.check_typed(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the name box: Enter checks the name, and a digit typed into the empty box picks that choice (no
        muscle's name starts with a digit)."""
        if watched is self.typed and pressed(event, *ENTER) and self.typed.text().strip():
            self.submit()
            return True
        if watched is self.typed and isinstance(event, QKeyEvent) and pressed(event) and not self.typed.text():
            return self.on_key(event)
        return super().eventFilter(watched, event)

    def on_key(self, event: QKeyEvent) -> bool:
        number = digit(event)
        if 1 <= number <= len(self.buttons):
            self.choose(number - 1)
            return True
        return False

    def reveal(self, feedback: Feedback) -> None:
        super().reveal(feedback)
        assert self.question is not None
        for button, muscle in zip(self.buttons, self.question.choices, strict=True):
            button.set_verdict(verdict(muscle.id == self.chosen, muscle.id == self.question.muscle.id))
        self.typed.setEnabled(False)
