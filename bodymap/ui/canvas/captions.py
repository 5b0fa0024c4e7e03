"""The views' titles and which side is the patient's right, written over the canvas at one size whatever the zoom.

In the scene, text grew with the zoom until it was cut off, and shrank to a few pixels when the whole body was
shown.  Here it is window text: each view's title stands above the view, or, when the view's top is scrolled out of
sight, at the top of what is seen of it; "Patient's right" and "Patient's left" stand at the edges of what is seen
of a front or back view, shortened ("Right", then "R") when the view is too narrow on screen for the words.  A
caption that cannot be placed whole, clear of the others, is left out, never cut off or written twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from bodymap.ui.canvas.body_scene import BodyScene

MARGIN = 6.0  # pixels between a caption and the edge of what is seen
TITLE_SCALE = 1.2  # a title's size, in the captions' size
PILL_ALPHA = 215  # the background behind a caption, so that it reads over the body too


@dataclass(frozen=True)
class Placed:
    """A caption where it is written: its text, its box in the canvas's pixels, its font."""

    text: str
    rect: QRectF
    font: QFont


def _shortened(words: str, level: int) -> str:
    """ "Patient's right" at level 0, "Right" at 1, "R" at 2."""
    side = words.removeprefix("Patient's ")
    return [words, side.capitalize(), side[:1].upper()][level]


def place(view: QGraphicsView, scene: BodyScene, font: QFont) -> list[Placed]:
    """Where the captions of ``scene``'s views go in ``view``'s viewport, at ``font``'s size."""
    title_font = QFont(font)
    title_font.setBold(True)
    title_font.setPixelSize(round(QFontInfo(font).pixelSize() * TITLE_SCALE))
    seen = QRectF(view.viewport().rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
    placed: list[Placed] = []

    def put(text: str, rect: QRectF, with_font: QFont) -> bool:
        if not seen.contains(rect) or any(rect.intersects(p.rect) for p in placed):
            return False
        placed.append(Placed(text, rect, with_font))
        return True

    for name in scene.view_names:
        drawn = view.mapFromScene(scene.view_rect(name)).boundingRect().toRectF()
        shown = drawn.intersected(seen)
        if shown.isEmpty():
            continue
        metrics = QFontMetricsF(title_font)
        title = scene.atlas.views[name].label
        size = QRectF(0, 0, metrics.horizontalAdvance(title) + 2 * MARGIN, metrics.height())
        # above the view, in the band left for it, unless that is out of sight: then at the top of what is seen
        top = max(drawn.top() - size.height(), seen.top())
        if top + 2 * size.height() > shown.bottom():  # hardly anything of the view is seen: no caption
            continue
        centre = min(max(drawn.center().x(), shown.left() + size.width() / 2), shown.right() - size.width() / 2)
        title_rect = size.translated(centre - size.width() / 2, top)
        put(title, title_rect, title_font)
        left, right = scene.side_captions(name)
        if not right:  # a side view: its title says which side it shows
            continue
        below = max(title_rect.bottom(), drawn.top()) + MARGIN / 2
        side_metrics = QFontMetricsF(font)
        for level in range(3):
            texts = (f"◀ {_shortened(left, level)}", f"{_shortened(right, level)} ▶")
            widths = [side_metrics.horizontalAdvance(t) + 2 * MARGIN for t in texts]
            if sum(widths) + MARGIN <= shown.width():
                height = side_metrics.height()
                put(texts[0], QRectF(shown.left(), below, widths[0], height), font)
                put(texts[1], QRectF(shown.right() - widths[1], below, widths[1], height), font)
                break
    return placed


class CaptionOverlay(QWidget):
    """Lies over a canvas's viewport (a sibling above it, not a child: the viewport scrolls its children along)
    and writes the captions of the scene it shows; clicks go through to the canvas."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self.view = view
        self.scene: BodyScene | None = None
        self.caption_font = QFont(self.font())
        self._placed: list[Placed] | None = None  # worked out once per zoom, scroll or size, not on every repaint
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_pixel_size(self, pixels: int) -> None:
        """Write the captions ``pixels`` high (explain mode: large enough to read from a chair)."""
        self.caption_font.setPixelSize(pixels)
        self.refresh()

    def follow(self) -> None:
        """Cover the viewport again (after a resize) and write the captions anew."""
        self.setGeometry(self.view.viewport().geometry())
        self.raise_()
        self.refresh()

    def refresh(self) -> None:
        """Place the captions anew: the canvas was zoomed, scrolled or shows another scene."""
        self._placed = None
        self.update()

    def placed(self) -> list[Placed]:
        if self._placed is None:
            self._placed = place(self.view, self.scene, self.caption_font) if self.scene is not None else []
        return self._placed

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.scene is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pill = QColor(self.scene.colours.background)
        pill.setAlpha(PILL_ALPHA)
        for caption in self.placed():
            if not caption.rect.intersects(QRectF(event.rect())):
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pill)
            radius = caption.rect.height() / 2
            painter.drawRoundedRect(caption.rect, radius, radius)
            painter.setFont(caption.font)
            painter.setPen(self.scene.colours.caption)
            painter.drawText(caption.rect, Qt.AlignmentFlag.AlignCenter, caption.text)
        painter.end()
