"""Draw the pattern: paint the main referral zone with the brush (or name the areas), then check.

The painting is a pain map of its own, edited like the main window's: every click and stroke is one undo step
(Ctrl+Z), with the same brush and eraser.  For the keyboard, an area can be painted by typing its name.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QPushButton, QWidget

from bodymap.core.body.atlas import Atlas, Region
from bodymap.core.body.painmap import DEFAULT_INTENSITY, PainMap, PainMark
from bodymap.core.case.model import Case
from bodymap.core.clinic.search import HitKind, SearchIndex
from bodymap.core.study.questions import DrawQuestion, Feedback
from bodymap.ui.canvas import legend, style
from bodymap.ui.canvas.body_view import BodyView
from bodymap.ui.canvas.tools import Stroke, Tool, next_radius, stroke_changes
from bodymap.ui.case.commands import ChangePain
from bodymap.ui.case.document import CaseDocument
from bodymap.ui.study.answer import ENTER, AnswerPanel, pressed

PAINT = PainMark(DEFAULT_INTENSITY)


def painting_entry() -> legend.Entry:
    return legend.Entry("Your painting", legend.Swatch.FILL, (style.pain_brush(DEFAULT_INTENSITY),), style.pain_pen())


class PaintingPanel(AnswerPanel[DrawQuestion]):
    def __init__(self, canvas: BodyView, atlas: Atlas, names: SearchIndex, parent: QWidget | None = None) -> None:
        super().__init__(
            canvas,
            "Drag to paint; click an area to paint or clear it. B brush, X eraser, [ and ] brush size, Ctrl+Z undo. "
            "Press Enter to check.",
            parent,
        )
        self.atlas = atlas
        self.names = names
        self.model = CaseDocument(parent=self)  # a scratch drawing, edited like a visit's: one undo step a stroke
        self.model.pain_changed.connect(self.draw)
        self.undo_stack = QUndoStack(self)
        tools = QHBoxLayout()
        self.brush = QPushButton("Brush (B)", checkable=True, checked=True)
        self.eraser = QPushButton("Eraser (X)", checkable=True)
        self.brush.clicked.connect(lambda: self.set_tool(Tool.BRUSH))
        self.eraser.clicked.connect(lambda: self.set_tool(Tool.ERASER))
        self.undo = QPushButton("Undo")
        self.undo.clicked.connect(self.undo_stack.undo)
        self.clear = QPushButton("Clear")
        self.clear.clicked.connect(self.clear_painting)
        for button in (self.brush, self.eraser, self.undo, self.clear):
            tools.addWidget(button)
        self.layout_.addLayout(tools)
        self.by_name = QLineEdit()
        self.by_name.setPlaceholderText("Or type an area and press Enter")
        self.by_name.setAccessibleName("Paint an area by its name")
        completer = QCompleter(sorted(r.label for r in atlas.regions.values()), self.by_name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.by_name.setCompleter(completer)
        self.by_name.installEventFilter(self)
        self.layout_.addWidget(self.by_name)
        self.layout_.addStretch(1)
        self.keys = {  # anywhere on the quiz page: on the canvas as in this panel
            QKeySequence("B"): lambda: self.set_tool(Tool.BRUSH),
            QKeySequence("X"): lambda: self.set_tool(Tool.ERASER),
            QKeySequence("]"): lambda: self.resize_brush(1),
            QKeySequence("["): lambda: self.resize_brush(-1),
            QKeySequence(QKeySequence.StandardKey.Undo): self.undo_stack.undo,
            QKeySequence(QKeySequence.StandardKey.Redo): self.undo_stack.redo,
            QKeySequence("Ctrl+Backspace"): self.clear_painting,
        }

    def on_key(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        exact = QKeySequence.SequenceMatch.ExactMatch
        slot = next((slot for keys, slot in self.keys.items() if keys.matches(pressed) == exact), None)
        if slot is None:
            return False
        slot()
        return True

    def set_active(self, active: bool) -> None:
        super().set_active(active)
        if not active:
            self.canvas.drawing_enabled = False

    def reset(self) -> None:
        self.undo_stack.clear()
        self.model.load(Case.new(dt.date.today()), None)
        self.canvas.drawing_enabled = True
        self.set_tool(Tool.BRUSH)
        self.by_name.clear()
        self.by_name.setEnabled(True)

    def draw(self) -> None:
        q, scene = self.question, self.scene
        if q is None:
            return
        scene.show_pain(self.model.pain)
        if self.revealed:  # the answer over the attempt
            scene.show_pattern(q.essential, q.spillover, q.locations)
            scene.show_legend([painting_entry(), *legend.drawing_entries(pain=False)])
        else:
            scene.show_pattern((), (), q.locations)
            scene.show_legend([painting_entry(), legend.Entry("Trigger point", legend.Swatch.CROSS)])

    def views(self, question: DrawQuestion, answered: bool) -> tuple[str, ...]:
        """The whole body on the question's side (where to paint is the question): the side view of the other side
        only for a pattern reaching an area seen there alone."""
        q = question
        other = {v.name for v in self.atlas.views.values() if v.shows is not None and v.shows is not q.side}
        needed = any(set(self.atlas.views_of(r)) <= other for r in q.essential | q.spillover)
        return tuple(v for v in self.atlas.views if needed or v not in other)

    def set_tool(self, tool: Tool) -> None:
        self.brush.setChecked(tool is Tool.BRUSH)
        self.eraser.setChecked(tool is Tool.ERASER)
        self.canvas.set_tool(tool, self.canvas.radius)

    def resize_brush(self, steps: int) -> None:
        self.canvas.set_tool(self.canvas.tool, next_radius(self.canvas.radius, steps))

    @property
    def painted(self) -> frozenset[str]:
        return frozenset(self.model.pain)

    def _change(self, changes: dict[str, PainMark | None], text: str) -> None:
        if changes and not self.revealed:
            self.undo_stack.push(ChangePain(self.model, changes, text))

    def clear_painting(self) -> None:
        self._change(self.model.pain.cleared(), "Clear the painting")

    def on_region_clicked(self, region_id: str) -> None:
        self._change(self.model.pain.toggled(region_id, PAINT), f"Paint {self.atlas.regions[region_id].label}")

    def _stroke_changes(self, stroke: Stroke) -> dict[str, PainMark | None]:
        return stroke_changes(stroke, self.model.pain, self.atlas, PAINT)

    def on_stroke_moved(self, stroke: Stroke) -> None:
        preview = PainMap(self.model.pain)
        preview.apply(self._stroke_changes(stroke))
        self.scene.show_pain(preview)

    def on_stroke_finished(self, stroke: Stroke) -> None:
        changes = self._stroke_changes(stroke)
        if changes:
            self._change(changes, "Erase" if stroke.tool is Tool.ERASER else "Paint")
        else:
            self.scene.show_pain(self.model.pain)

    def on_stroke_cancelled(self) -> None:
        self.scene.show_pain(self.model.pain)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the area box paints the area named; on an empty box it checks, as anywhere else."""
        if watched is self.by_name and pressed(event, *ENTER) and self.by_name.text().strip():
            region = self.area_named(self.by_name.text())
            if region is not None:
                self._change(self.model.pain.painted([region.id], PAINT), f"Paint {region.label}")
                self.by_name.clear()
            return True
        return super().eventFilter(watched, event)

    def area_named(self, text: str) -> Region | None:
        """The body area called ``text``: by any of its names, or else the closest name (typos forgiven)."""
        region = self.atlas.find(text)
        if region is None:
            hit = next((h for h in self.names.search(text) if h.kind is HitKind.REGION), None)
            region = self.atlas.regions[hit.id] if hit is not None else None
        return region

    def submit(self) -> None:
        if self.question is not None:
            self.give(self.question.check(self.painted))

    def reveal(self, feedback: Feedback) -> None:
        self.canvas.drawing_enabled = False
        self.by_name.setEnabled(False)
        super().reveal(feedback)
