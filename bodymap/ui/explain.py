"""Explain mode: a calm full-screen picture for the patient, with what it shows in plain words.

The picture is of the parts of the body that matter, the marked pain and the trigger points shown, each view
cropped to them (``core.body.framing``): a headache shows heads, not five whole bodies.  It shows the chosen
muscle, or the smallest set of muscles that together explain the drawing, each in its own colour (S switches).
Beside it every area is named in the words a patient uses, none left out, in text large enough to read from a
chair.  The wheel and a pinch zoom each picture; Ctrl+0 frames it again; E, F11 or Esc leaves.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from itertools import cycle

from PySide6.QtCore import QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bodymap.core.body.atlas import Atlas
from bodymap.core.body.framing import Frame, Spot, choose_views, frame_view
from bodymap.core.body.painmap import PainMark
from bodymap.core.clinic.catalog import Location
from bodymap.ui.canvas import style
from bodymap.ui.canvas.body_scene import BodyScene
from bodymap.ui.canvas.body_view import BodyView
from bodymap.ui.canvas.crops import arrange
from bodymap.ui.canvas.zone_items import Pattern

EXIT_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_E, Qt.Key.Key_F11)
SWITCH_KEY = Qt.Key.Key_S
MIN_TEXT_PIXELS = 20  # read from a chair, a metre or two from the screen ...
SCREEN_LINES = 45  # ... and on a large screen larger: the screen's height over this (24 pixels on 1080 lines)
MOST_PICTURES = 3
MARKS_SCALE = 1.6  # the X marks, larger than in the window: seen from a chair
PICTURE_SHARE = 0.85  # of the window's height: the pictures and the words (under the switch, over the keys)
TEXT_BESIDE, TEXT_UNDER = 0.36, 0.3  # the words' share of the width beside the pictures, or of the height under them


def arrangement(frames: Sequence[Frame], window: QSizeF) -> tuple[bool, list[QRectF]]:
    """Whether the words go beside the pictures (else under them), and the pictures' cells: whatever shows the
    pictures largest (a row of heads is wide, a leg is tall)."""
    options = []
    for beside in (True, False):
        if beside:
            area = QSizeF(window.width() * (1 - TEXT_BESIDE), window.height() * PICTURE_SHARE)
        else:
            area = QSizeF(window.width(), window.height() * (PICTURE_SHARE - TEXT_UNDER))
        cells = arrange(frames, area.width(), area.height(), gap=0)
        scale = min(min(c.width() / f.width, c.height() / f.height) for f, c in zip(frames, cells, strict=True))
        options.append((scale, beside, cells))
    _, beside, cells = max(options, key=lambda option: option[0])
    return beside, cells


class Showing(Enum):
    CHOSEN = "chosen"  # the muscle chosen in the window
    SMALLEST_SET = "smallest set"  # the fewest muscles that explain the whole drawing, each in its colour


@dataclass(frozen=True)
class Shown:
    """A muscle to explain: its name, which side ("right", "left" or "either"), the trigger points drawn, its zones."""

    muscle: str
    side: str
    trigger_points: tuple[Location, ...]
    essential: frozenset[str]
    spillover: frozenset[str]

    @property
    def on_which_side(self) -> str:
        return "on either side" if self.side == "either" else f"on your {self.side} side"


def text_pixels(screen_height: int) -> int:
    return max(MIN_TEXT_PIXELS, round(screen_height / SCREEN_LINES))


def _areas(atlas: Atlas, regions: Iterable[str]) -> str:
    """Every area, by name, in plain words (never "and 3 more")."""
    return html.escape("; ".join(sorted(atlas.regions[r].in_lay_words for r in regions)))


def strength(intensity: int) -> str:
    return "mild" if intensity <= 3 else "moderate" if intensity <= 6 else "strong"


def _swatch(colour: str, mark: str = "■") -> str:
    return f"<span style='color:{colour}'>{mark}</span>"


def _pain_lines(atlas: Atlas, pain: Mapping[str, PainMark]) -> list[str]:
    lines = []
    painful = [(rid, mark) for rid, mark in pain.items() if mark.painful]
    if painful:
        rows = []
        for word in ("strong", "moderate", "mild"):
            areas = sorted(
                atlas.regions[rid].in_lay_words + (f" ({mark.quality.label.lower()})" if mark.quality else "")
                for rid, mark in painful
                if strength(mark.intensity) == word
            )
            if areas:
                rows.append(f"{word.capitalize()}: {html.escape('; '.join(areas))}")
        lines.append(f"{_swatch(style.PAIN.name())} <b>Where you feel pain</b><br>" + "<br>".join(rows))
    if free := [rid for rid, mark in pain.items() if not mark.painful]:
        lines.append(f"{_swatch(style.PAIN_FREE.name(), '▨')} <b>No pain:</b> {_areas(atlas, free)}")
    return lines


def captions(
    atlas: Atlas,
    pain: Mapping[str, PainMark],
    shown: Sequence[Shown],
    inks: Sequence[style.Ink] = (style.PATTERN,),
    unexplained: Iterable[str] = (),
) -> str:
    """What the picture shows, in plain words (HTML): the pain, then each muscle shown in its ink."""
    lines = _pain_lines(atlas, pain)
    painful = {rid for rid, mark in pain.items() if mark.painful}
    if len(shown) == 1:
        muscle, ink = shown[0], inks[0]
        line = (
            f"<b>✕</b> A tender spot (trigger point) in the <b>{html.escape(muscle.muscle.lower())}</b> muscle "
            f"{muscle.on_which_side} can send pain to the {_swatch(ink.fill_name)} {ink.word} areas: "
            f"{_areas(atlas, muscle.essential)}."
        )
        if muscle.spillover:
            line += f" Some people feel it in the dotted areas too: {_areas(atlas, muscle.spillover)}."
        if muscle.essential & painful:
            line += f" Where its {ink.word} lines cross your red areas, it could explain that pain."
        lines.append(line)
    elif shown:
        lines.append(
            f"<b>Together these {len(shown)} muscles could explain all your pain</b>, each from a tender spot "
            "(trigger point, ✕ in its colour):"
        )
        for muscle, ink in zip(shown, inks, strict=False):
            line = (
                f"{_swatch(ink.fill_name)} <b>{html.escape(muscle.muscle)}</b>, {muscle.on_which_side} "
                f"({ink.word}): can send pain to {_areas(atlas, muscle.essential)}"
            )
            if muscle.spillover:
                line += f"; in some people also to {_areas(atlas, muscle.spillover)}"
            lines.append(line + ".")
        if unexplained := sorted(set(unexplained)):
            lines.append(f"Not explained by these: {_areas(atlas, unexplained)}.")
    lines.append("<i>This shows a possibility to examine, not a diagnosis.</i>")
    return "".join(f"<p>{line}</p>" for line in lines)


class ExplainWindow(QWidget):
    closed = Signal()

    def __init__(
        self,
        atlas: Atlas,
        pain: Mapping[str, PainMark],
        chosen: Shown | None,
        colours: style.SceneColours,
        smallest_set: Sequence[Shown] = (),
        unexplained: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("bodymap: explain")
        self.setAccessibleName("Explain view for the patient")
        self.atlas, self.pain, self.colours = atlas, dict(pain), colours
        self.chosen, self.smallest_set, self.unexplained = chosen, list(smallest_set), set(unexplained)
        self.canvases: list[BodyView] = []
        self.pixels = text_pixels(self.screen().geometry().height())
        font = QFont(self.font())
        font.setPixelSize(self.pixels)
        self.setFont(font)
        self.pictures = QWidget()
        self._pictures = QGridLayout(self.pictures)
        self._pictures.setContentsMargins(0, 0, 0, 0)
        # pictures well apart: each reads as a picture of its own, and one's side captions are not taken for the next's
        self._pictures.setSpacing(2 * self.pixels)
        self.caption = QLabel()
        self.caption.setObjectName("explain-caption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.caption.setAccessibleName("What the picture shows")
        words = QScrollArea()  # every area is named, however many: a long list scrolls rather than being cut
        words.setWidget(self.caption)
        words.setWidgetResizable(True)
        words.setFrameShape(QFrame.Shape.NoFrame)
        words.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.switch = QButtonGroup(self)
        top = QHBoxLayout()
        for showing, text in self._choices():
            button = QPushButton(text)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the window (S, Esc)
            button.clicked.connect(lambda _=False, s=showing: self.show_muscles(s))
            self.switch.addButton(button)
            button.setProperty("showing", showing.value)
            top.addWidget(button)
        top.addStretch(1)
        keys = "S: the chosen muscle or the smallest set · " if self._choices() else ""
        hint = QLabel(keys + "wheel or pinch: zoom · Ctrl+0: frame again · Esc: back")
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._middle = middle = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        middle.addWidget(self.pictures)
        middle.addWidget(words)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(hint)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), colours.background)
        palette.setColor(self.foregroundRole(), colours.caption)
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        words.viewport().setAutoFillBackground(False)
        self.caption.setAutoFillBackground(False)
        self.show_muscles(Showing.CHOSEN if chosen is not None else Showing.SMALLEST_SET)

    def _choices(self) -> list[tuple[Showing, str]]:
        """What the switch offers: both, when there is a chosen muscle and a smallest set that is more than it."""
        chosen = self.chosen
        if chosen is None or not self.smallest_set:
            return []
        if [(m.muscle, m.side) for m in self.smallest_set] == [(chosen.muscle, chosen.side)]:
            return []
        count = len(self.smallest_set)
        return [
            (Showing.CHOSEN, "The chosen muscle"),
            (Showing.SMALLEST_SET, f"The smallest set: {count} muscle{'s' if count != 1 else ''}"),
        ]

    def shown(self) -> tuple[list[Shown], list[style.Ink]]:
        """The muscles shown now, with their inks."""
        if self.showing is Showing.CHOSEN and self.chosen is not None:
            return [self.chosen], [style.PATTERN]
        inks = cycle(style.SET_INKS)
        return self.smallest_set, [next(inks) for _ in self.smallest_set]

    def show_muscles(self, showing: Showing) -> None:
        """Show the chosen muscle, or the smallest set (each muscle in its own colour), framed anew."""
        self.showing = showing
        for button in self.switch.buttons():
            button.setChecked(button.property("showing") == showing.value)
        muscles, inks = self.shown()
        patterns = [
            Pattern(m.essential, m.spillover, m.trigger_points, ink) for m, ink in zip(muscles, inks, strict=True)
        ]
        self._draw(patterns)
        explained = self.unexplained if showing is Showing.SMALLEST_SET else ()
        self.caption.setText(captions(self.atlas, self.pain, muscles, inks, explained))

    def _draw(self, patterns: Sequence[Pattern]) -> None:
        """A picture per view that shows the pain and the patterns, each cropped to them, in the rows and columns
        that show them largest."""
        for canvas in self.canvases:
            self._pictures.removeWidget(canvas)
            canvas.deleteLater()
        regions = set(self.pain).union(*(p.essential | p.spillover for p in patterns))
        spots = [Spot(at.view, at.x, at.y) for p in patterns for at in p.trigger_points]
        views = choose_views(self.atlas, regions, spots, MOST_PICTURES, worth=0) or list(self.atlas.views)[:2]
        screen = self.screen().geometry()
        tight = [frame_view(self.atlas, name, regions, spots) for name in views]
        beside, cells = arrangement(tight, QSizeF(screen.size()))
        self._middle.setDirection(QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom)
        share = TEXT_BESIDE if beside else TEXT_UNDER / PICTURE_SHARE
        self._middle.setStretch(0, round(100 * (1 - share)))
        self._middle.setStretch(1, round(100 * share))
        places = [(round(c.y() / c.height()), round(c.x() / c.width())) for c in cells]  # (row, column)
        rows, columns = (1 + max(place[i] for place in places) for i in (0, 1))
        for index in range(MOST_PICTURES):  # equal cells
            self._pictures.setColumnStretch(index, 1 if index < columns else 0)
            self._pictures.setRowStretch(index, 1 if index < rows else 0)
        self.canvases = []
        for name, cell, (row, column) in zip(views, cells, places, strict=True):
            # widened to the cell's shape: what is around the framed part is body, not an empty margin
            frame = frame_view(self.atlas, name, regions, spots, cell.width() / cell.height())
            scene = BodyScene(self.atlas, [name], self.colours, with_legend=False)
            scene.marks_scale = MARKS_SCALE
            scene.show_pain(self.pain)
            scene.show_patterns(patterns)
            canvas = BodyView(scene)
            canvas.drawing_enabled = canvas.outlines_hovered = False  # a picture to look at, not to draw on
            canvas.home = QRectF(scene.scene_point_of(name, frame.left, frame.top), QSizeF(frame.width, frame.height))
            canvas.captions.set_pixel_size(self.pixels)
            canvas.setFrameShape(QGraphicsView.Shape.NoFrame)
            canvas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            canvas.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            canvas.setAccessibleName(f"{self.atlas.views[name].label}, framed to what matters")
            self._pictures.addWidget(canvas, row, column)
            canvas.fit()
            self.canvases.append(canvas)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in EXIT_KEYS:
            self.close()
        elif event.key() == SWITCH_KEY and self._choices():
            other = Showing.SMALLEST_SET if self.showing is Showing.CHOSEN else Showing.CHOSEN
            self.show_muscles(other)
        elif event.key() == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            for canvas in self.canvases:
                canvas.fit()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: object) -> None:
        self.closed.emit()
        super().closeEvent(event)  # type: ignore[arg-type]
