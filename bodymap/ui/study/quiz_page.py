"""The quiz screen: the question over the body canvas, an answer panel per quiz kind, and the feedback.

Enter checks the answer, and after the feedback goes on to the next question (so do Space and N); Esc ends the
round.  The body is the app's own canvas, built for the views each question needs, in the theme shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from bodymap.core.body.atlas import Atlas
from bodymap.core.clinic.catalog import Catalog
from bodymap.core.clinic.search import SearchIndex
from bodymap.core.study.items import QuizKind
from bodymap.core.study.questions import Feedback, Question
from bodymap.core.study.schedule import MISSED
from bodymap.ui import theme
from bodymap.ui.canvas import style
from bodymap.ui.canvas.body_scene import BodyScene, best_columns
from bodymap.ui.canvas.body_view import BodyView
from bodymap.ui.study.answer import ENTER, RIGHT_COLOUR, WRONG_COLOUR, AnswerPanel, pressed
from bodymap.ui.study.finding import FindingPanel
from bodymap.ui.study.labels import bold_label
from bodymap.ui.study.naming import NamingPanel
from bodymap.ui.study.painting import PaintingPanel
from bodymap.ui.study.picking import PickingPanel

PARTLY_COLOUR = "#b26a00"
ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


class QuizPage(QWidget):
    answered = Signal(object)  # the Feedback to the question on show
    next_wanted = Signal()
    end_wanted = Signal()

    def __init__(self, atlas: Atlas, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.question: Question | None = None
        self.views: tuple[str, ...] = ()
        self.canvas = BodyView(self._scene(tuple(atlas.views)[:1]))
        self.canvas.setAccessibleName("Body: the question's picture")
        self.canvas.installEventFilter(self)
        self.canvas.viewport().installEventFilter(self)
        self.progress = QLabel()
        self.progress.setObjectName("quiz-progress")
        self.prompt = bold_label(1.3)
        self.prompt.setWordWrap(True)
        self.panels: dict[QuizKind, AnswerPanel[Question]] = {
            QuizKind.NAME: NamingPanel(self.canvas),
            QuizKind.DRAW: PaintingPanel(self.canvas, atlas, SearchIndex(atlas, catalog)),
            QuizKind.FIND: FindingPanel(self.canvas),
            QuizKind.WHERE: PickingPanel(self.canvas),
        }
        self.score = bold_label(1.6)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_button = QPushButton("Check (Enter)")
        self.check_button.clicked.connect(self.check)
        self.next_button = QPushButton("Next question (Enter)")
        self.next_button.clicked.connect(self.next_wanted)
        self.end_button = QPushButton("End the round (Esc)")
        self.end_button.clicked.connect(self.end_wanted)

        side = QWidget()
        column = QVBoxLayout(side)
        column.addWidget(self.progress)
        column.addWidget(self.prompt)
        for panel in self.panels.values():
            panel.answered.connect(self._on_answered)
            panel.set_active(False)
            column.addWidget(panel, 1)
        column.addWidget(self.score)
        column.addWidget(self.why)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.next_button)
        column.addLayout(buttons)
        column.addWidget(self.end_button)
        side.setMinimumWidth(300)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([800, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.canvas.point_clicked.connect(lambda v, x, y: self.panel.on_point_clicked(v, x, y))
        self.canvas.region_clicked.connect(lambda r: self.panel.on_region_clicked(r))
        self.canvas.stroke_moved.connect(lambda s: self.panel.on_stroke_moved(s))
        self.canvas.stroke_finished.connect(lambda s: self.panel.on_stroke_finished(s))
        self.canvas.stroke_cancelled.connect(lambda: self.panel.on_stroke_cancelled())

    @property
    def panel(self) -> AnswerPanel[Question]:
        kind = self.question.kind if self.question is not None else QuizKind.NAME
        return self.panels[kind]

    @property
    def revealed(self) -> bool:
        return self.question is not None and self.panel.revealed

    def _scene(self, views: tuple[str, ...]) -> BodyScene:
        size = self.canvas.viewport().size() if hasattr(self, "canvas") else None
        width, height = (size.width(), size.height()) if size is not None and size.width() > 50 else (800, 700)
        colours = style.DARK if theme.palette_is_dark() else style.LIGHT
        columns = best_columns(self.atlas, views, width, height)
        return BodyScene(self.atlas, views, colours, columns=columns)

    def ask(self, question: Question, number: int, total: int) -> None:
        """Show ``question`` (number ``number`` of ``total``) and wait for the answer."""
        for panel in self.panels.values():
            panel.set_active(False)
        self.question = question
        panel = self.panel
        self.views = panel.views(question, answered=False)
        self.canvas.set_body(self._scene(self.views))
        self.progress.setText(f"Question {number} of {total}  ·  {question.kind.label}")
        self.prompt.setText(question.prompt)
        self.score.clear()
        self.why.clear()
        self.check_button.setVisible(True)
        self.next_button.setVisible(False)
        panel.set_active(True)
        panel.start(question)
        panel.take_focus()

    def check(self) -> None:
        if self.question is not None and not self.revealed:
            self.panel.submit()

    def _on_answered(self, feedback: Feedback) -> None:
        panel, question = self.panel, self.question
        assert question is not None
        shown = set(self.views) | set(panel.views(question, answered=True))  # keep the views it was asked in
        views = tuple(v for v in self.atlas.views if v in shown)
        if views != self.views:
            self.views = views
            self.canvas.set_body(self._scene(views))
        panel.reveal(feedback)
        colour = RIGHT_COLOUR if feedback.right else WRONG_COLOUR if feedback.score < MISSED else PARTLY_COLOUR
        verdict = "Correct" if feedback.right else "Missed" if feedback.score < MISSED else "Partly correct"
        self.score.setText(f"<span style='color:{colour}'>{verdict}: {feedback.score:.0%}</span>")
        self.why.setText(feedback.why)
        self.check_button.setVisible(False)
        self.next_button.setVisible(True)
        self.next_button.setFocus()
        self.answered.emit(feedback)

    def rebuild(self) -> None:
        """Build the scene again (another theme) and draw on it what was on show."""
        if self.question is not None:
            self.canvas.set_body(self._scene(self.views))
            self.panel.draw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.rebuild()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in ENTER or (self.revealed and key in (Qt.Key.Key_Space, Qt.Key.Key_N)):
            self.next_wanted.emit() if self.revealed else self.check()
        elif key == Qt.Key.Key_Escape:
            self.end_wanted.emit()
        elif self.question is None or self.revealed or not self.panel.on_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the canvas the arrow keys move the answer's mark (they would scroll the view)."""
        finding = self.question is not None and self.question.kind is QuizKind.FIND
        if finding and isinstance(event, QKeyEvent) and pressed(event, *ARROWS):
            dx, dy = ARROWS[Qt.Key(event.key())]
            fast = 5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            self.panel.on_arrow(dx * fast, dy * fast)
            return True
        return super().eventFilter(watched, event)
