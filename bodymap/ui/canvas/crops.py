"""The body cropped to what matters: each view's frame (see :mod:`bodymap.core.body.framing`) drawn from a scene of
that one view, as large as its box allows.  The window's still pictures and the printed handout both draw this way.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from bodymap.core.body.atlas import Atlas
from bodymap.core.body.framing import Frame, frame_view
from bodymap.ui.canvas import style
from bodymap.ui.canvas.body_scene import BodyScene

GAP = 8.0  # between two frames, in the painter's units


def one_view_scene(atlas: Atlas, view: str, colours: style.SceneColours = style.LIGHT) -> BodyScene:
    """A scene of one view without captions (whoever shows it says what it shows) and without a key."""
    return BodyScene(atlas, [view], colours, with_legend=False, captions=False)


def paint_frame(painter: QPainter, scene: BodyScene, frame: Frame, box: QRectF) -> QRectF:
    """Draw ``frame`` of the scene's view as large as fits in ``box``, centred there; return where it went."""
    scale = min(box.width() / frame.width, box.height() / frame.height)
    target = QRectF(QPointF(0, 0), QSizeF(frame.width * scale, frame.height * scale))
    target.moveCenter(box.center())
    source = QRectF(scene.scene_point_of(frame.view, frame.left, frame.top), QSizeF(frame.width, frame.height))
    painter.save()
    painter.setClipRect(target)
    scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.restore()
    return target


def arrange(frames: Sequence[Frame], width: float, height: float, gap: float = GAP) -> list[QRectF]:
    """Boxes for the frames in rows, as many to a row as draws them largest in ``width`` x ``height``."""
    if not frames:
        return []

    def boxes(columns: int) -> tuple[float, list[QRectF]]:
        rows = -(-len(frames) // columns)
        box_width = (width - gap * (columns - 1)) / columns
        box_height = (height - gap * (rows - 1)) / rows
        scale = min(min(box_width / f.width, box_height / f.height) for f in frames)
        placed = [
            QRectF((i % columns) * (box_width + gap), (i // columns) * (box_height + gap), box_width, box_height)
            for i in range(len(frames))
        ]
        return scale, placed

    return max((boxes(c) for c in range(1, len(frames) + 1)), key=lambda sb: sb[0])[1]


class CroppedBody(QWidget):
    """Views of the body, each cropped around the areas it is about and widened to fill its box, laid out to fill
    the widget (a still picture)."""

    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.focus: list[str] = []
        self.scenes: dict[str, BodyScene] = {}
        self.colours = style.LIGHT
        self._laid_out: list[tuple[Frame, QRectF]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 200)

    def show_views(self, scenes: dict[str, BodyScene], focus: Sequence[str], colours: style.SceneColours) -> None:
        """Show each scene's view (a scene of one view, see :func:`one_view_scene`) around the ``focus`` areas."""
        self.scenes, self.focus, self.colours = scenes, list(focus), colours
        self._lay_out()
        self.update()

    @property
    def frames(self) -> list[Frame]:
        return [frame for frame, _ in self._laid_out]

    def _lay_out(self) -> None:
        natural = [frame_view(self.atlas, view, self.focus) for view in self.scenes]
        boxes = arrange(natural, self.width(), self.height())
        self._laid_out = [
            (frame_view(self.atlas, f.view, self.focus, aspect=box.width() / box.height()), box)
            for f, box in zip(natural, boxes, strict=True)
        ]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.colours.background)
        for frame, box in self._laid_out:
            paint_frame(painter, self.scenes[frame.view], frame, box)
        painter.end()
