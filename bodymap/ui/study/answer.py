"""What every answer panel shares: the question on show, the student's answer, and drawing both on the canvas.

A panel is the side of the quiz screen where the student answers one kind of question; the body canvas beside it
shows the question and, once answered, the right answer.  A panel keeps what it shows (the question, the painting,
the mark, the feedback) and :meth:`AnswerPanel.draw` puts it all on the canvas's scene, so that a scene built again
(another theme, another window size) shows the same.  The quiz page forwards the canvas's events to the panel of the
question on show.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from bodymap.core.study.questions import Feedback, Question
from bodymap.ui.canvas.body_scene import BodyScene
from bodymap.ui.canvas.body_view import BodyView
from bodymap.ui.canvas.tools import Stroke

RIGHT_COLOUR, WRONG_COLOUR = "#2e7d32", "#c62828"
VERDICT_STYLE = (
    f"ChoiceButton[verdict='right'] {{ background: {RIGHT_COLOUR}; }}"
    f"ChoiceButton[verdict='wrong'] {{ background: {WRONG_COLOUR}; }}"
    f"ChoiceButton[verdict='missed'] {{ border: 3px solid {RIGHT_COLOUR}; border-radius: 3px; }}"
    "ChoiceButton[verdict='right'] QLabel, ChoiceButton[verdict='wrong'] QLabel { color: white; font-weight: bold; }"
)

Q = TypeVar("Q", bound=Question)
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def pressed(event: QEvent, *keys: Qt.Key) -> bool:
    """Whether ``event`` is a key press (of one of ``keys``, when given)."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return False
    return not keys or event.key() in keys


class AnswerPanel(QWidget, Generic[Q]):
    answered = Signal(object)  # the Feedback

    def __init__(self, canvas: BodyView, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.layout_.addWidget(self.hint)
        self.setStyleSheet(VERDICT_STYLE)
        self.question: Q | None = None
        self.feedback: Feedback | None = None

    @property
    def scene(self) -> BodyScene:
        return self.canvas.body

    @property
    def revealed(self) -> bool:
        return self.feedback is not None

    def start(self, question: Q) -> None:
        """Take ``question`` (its scene is on the canvas) and get ready for an answer."""
        self.question, self.feedback = question, None
        self.reset()
        self.draw()

    def reset(self) -> None:
        """Forget the last question's answer."""

    def draw(self) -> None:
        """Put the question, the answer so far and, once revealed, the right answer on the scene."""

    def views(self, question: Q, answered: bool) -> tuple[str, ...]:
        """The views to show ``question`` in: the fewest that show what it (or, once answered, its answer) is
        about, so that the body is drawn as large as it can be."""
        return tuple(question.atlas.views)

    def submit(self) -> None:
        """The student asks to check what is given so far (Enter)."""

    def reveal(self, feedback: Feedback) -> None:
        """Show the right answer beside the student's."""
        self.feedback = feedback
        self.draw()

    def set_active(self, active: bool) -> None:
        """The panel's question is on show (or no longer)."""
        self.setVisible(active)

    def take_focus(self) -> None:
        self.canvas.setFocus()

    def give(self, feedback: Feedback) -> None:
        if not self.revealed:
            self.answered.emit(feedback)

    def on_key(self, event: QKeyEvent) -> bool:
        """A key pressed on the quiz page and not used there; return whether it was the panel's."""
        return False

    # the canvas's events, forwarded while the panel's question is on show
    def on_point_clicked(self, view: str, x: float, y: float) -> None: ...
    def on_region_clicked(self, region_id: str) -> None: ...
    def on_stroke_moved(self, stroke: Stroke) -> None: ...
    def on_stroke_finished(self, stroke: Stroke) -> None: ...
    def on_stroke_cancelled(self) -> None: ...
    def on_arrow(self, dx: int, dy: int) -> None: ...


class ChoiceButton(QPushButton):
    """A button for an answer to choose, its text wrapped over lines (some muscles have long names), and coloured
    by a 'verdict' once the answer is known: 'right' (chosen and right: green), 'wrong' (chosen and wrong: red),
    'missed' (right, not chosen: a green frame) or '' (neither)."""

    MARGIN = 8

    def __init__(self, checkable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(checkable)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(self.MARGIN + 2, self.MARGIN // 2, self.MARGIN, self.MARGIN // 2)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def text(self) -> str:
        return self.label.text()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.label.heightForWidth(width - 2 * self.MARGIN - 2) + self.MARGIN + 4

    def sizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(max(self.width(), 200)))

    def set_verdict(self, verdict: str) -> None:
        """Colour the button for ``verdict``; the style sheet is applied again (Qt does not watch properties)."""
        self.setProperty("verdict", verdict)
        for widget in (self, self.label):
            widget.style().unpolish(widget)
            widget.style().polish(widget)


def verdict(chosen: bool, right: bool) -> str:
    """The verdict of a choice (see :class:`ChoiceButton`)."""
    if chosen:
        return "right" if right else "wrong"
    return "missed" if right else ""


def digit(event: QKeyEvent) -> int:
    """The number of a digit key without modifiers (1 to 9), or 0."""
    text = event.text()
    plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return int(text) if plain and len(text) == 1 and text in "123456789" else 0
