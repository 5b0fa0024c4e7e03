"""Find the trigger point: click where it lies (again to move the mark; the arrow keys move it too), then check."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QLabel, QWidget

from bodymap.core.clinic.crossroads import muscle_zones
from bodymap.core.study.questions import FindQuestion
from bodymap.core.study.views import views_showing
from bodymap.ui.canvas import legend
from bodymap.ui.canvas.body_view import BodyView
from bodymap.ui.study.answer import AnswerPanel
from bodymap.ui.study.marks import distance_item, guess_item

STEP = 3.0  # body units an arrow key moves the mark (with Shift: five times as far)


class FindingPanel(AnswerPanel[FindQuestion]):
    def __init__(self, canvas: BodyView, parent: QWidget | None = None) -> None:
        super().__init__(
            canvas,
            "Click where the trigger point lies; click again to move your mark, or move it with the arrow keys "
            "(Shift: faster). Press Enter to check.",
            parent,
        )
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.layout_.addWidget(self.where)
        self.layout_.addStretch(1)
        self.guess: tuple[str, float, float] | None = None
        self._items: list[QGraphicsItem] = []  # the mark and the line to the trigger point
        self._items_on: QGraphicsScene | None = None  # the scene they are on

    def reset(self) -> None:
        self.guess = None
        self.canvas.drawing_enabled = False
        self.where.setText("No mark yet.")

    def draw(self) -> None:
        q, scene = self.question, self.scene
        if q is None:
            return
        if self._items_on is scene:  # a scene built since took them with the old one
            for item in self._items:
                scene.removeItem(item)
        self._items, self._items_on = [], scene
        guess = scene.scene_point_of(*self.guess) if self.guess is not None else None
        if guess is not None:
            self._items.append(guess_item(scene, guess))
        if not self.revealed:
            scene.clear_pattern()
            scene.show_legend([legend.Entry("Your mark: the orange ring", legend.Swatch.NONE)])
            return
        essential, spillover = muscle_zones(q.muscle, q.side, q.atlas, q.catalog)
        scene.show_pattern(essential, spillover, q.locations)
        scene.show_legend(legend.drawing_entries(pain=False))
        nearest = self.feedback.nearest if self.feedback is not None else None
        end = scene.scene_point(nearest) if nearest is not None else None
        if guess is not None and end is not None:
            self._items.append(distance_item(scene, guess, end))

    def views(self, question: FindQuestion, answered: bool) -> tuple[str, ...]:
        """The views of its trigger points; once answered, with its pattern's."""
        q = question
        if not answered:
            return q.views
        essential, spillover = muscle_zones(q.muscle, q.side, q.atlas, q.catalog)
        shown = set(q.views) | set(views_showing(essential | spillover, q.locations, q.atlas))
        return tuple(v for v in q.atlas.views if v in shown)

    def on_point_clicked(self, view: str, x: float, y: float) -> None:
        if not self.revealed:
            self._place(view, x, y)

    def on_arrow(self, dx: int, dy: int) -> None:
        if self.revealed or self.question is None:
            return
        if self.guess is None:  # the first arrow puts the mark in the upper middle of the first view
            view = self.scene.atlas.views[self.question.views[0]]
            self._place(view.name, view.width / 2, view.height / 3)
            return
        view_name, x, y = self.guess
        self._place(view_name, x + dx * STEP, y + dy * STEP)

    def _place(self, view: str, x: float, y: float) -> None:
        self.guess = (view, x, y)
        region = self.scene.atlas.views[view].region_at(x, y)
        self.where.setText(f"Your mark: {self.scene.atlas.regions[region].label}." if region else "Your mark.")
        self.draw()

    def submit(self) -> None:
        if self.question is not None and self.guess is not None:
            self.give(self.question.check(*self.guess))
