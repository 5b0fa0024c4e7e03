"""Explain mode: a calm full-screen picture for the patient, with captions in plain words.

Only the views that show something (the pain, the pattern, the trigger point) are drawn, so the body is large.
E, F11 or Esc leaves it.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QGraphicsView, QLabel, QVBoxLayout, QWidget

from bodymap.core.body.atlas import Atlas
from bodymap.core.body.painmap import PainMark
from bodymap.core.clinic.catalog import Location
from bodymap.ui.canvas import style
from bodymap.ui.canvas.body_scene import BodyScene, best_columns

EXIT_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_E, Qt.Key.Key_F11)
CAPTION_AREAS = 4  # the strongest few; the picture shows the rest


@dataclass(frozen=True)
class Shown:
    """A referral pattern to explain: whose it is, where its trigger point is, where it refers."""

    muscle: str
    side: str
    trigger_point: Location
    essential: frozenset[str]
    spillover: frozenset[str]


def strength(intensity: int) -> str:
    return "mild" if intensity <= 3 else "moderate" if intensity <= 6 else "strong"


def views_to_show(atlas: Atlas, pain: Mapping[str, PainMark], shown: Shown | None) -> list[str]:
    regions = set(pain) | (set(shown.essential | shown.spillover) if shown else set())
    wanted = {v for v in atlas.views if any(r in atlas.views[v].shapes for r in regions)}
    if shown is not None:
        wanted.add(shown.trigger_point.view)
    return [v for v in atlas.views if v in wanted] or list(atlas.views)[:2]


def captions(atlas: Atlas, pain: Mapping[str, PainMark], shown: Shown | None) -> str:
    """Plain-language lines for the patient (HTML)."""
    lines = []
    red = style.PAIN.name()
    blue = style.ESSENTIAL.name()
    painful = sorted(
        ((rid, mark) for rid, mark in pain.items() if mark.painful),
        key=lambda kv: (-kv[1].intensity, atlas.regions[kv[0]].label),
    )
    if painful:
        areas = []
        for rid, mark in painful[:CAPTION_AREAS]:
            words = strength(mark.intensity) + (f", {mark.quality.label.lower()}" if mark.quality else "")
            areas.append(f"{atlas.regions[rid].label.lower()} ({words})")
        more = f" and {len(painful) - CAPTION_AREAS} more" if len(painful) > CAPTION_AREAS else ""
        lines.append(f"<span style='color:{red}'>■</span> Where you feel pain: {html.escape('; '.join(areas))}{more}.")
    if free := sorted(atlas.regions[rid].label.lower() for rid, mark in pain.items() if not mark.painful):
        more = f" and {len(free) - CAPTION_AREAS} more" if len(free) > CAPTION_AREAS else ""
        green = style.PAIN_FREE.name()
        lines.append(
            f"<span style='color:{green}'>▨</span> No pain: {html.escape('; '.join(free[:CAPTION_AREAS]))}{more}."
        )
    if shown is not None:
        lines.append(
            f"<b>✕</b> A tender spot (trigger point) in the <b>{html.escape(shown.muscle.lower())}</b> muscle on your "
            f"{shown.side} side can send pain to the <span style='color:{blue}'>■</span> blue areas; "
            "the dotted areas are where some people feel it too."
        )
    lines.append("<i>This shows a possibility to examine, not a diagnosis.</i>")
    return "<br>".join(lines)


class FittedView(QGraphicsView):
    """Shows the whole scene, as large as the view is, whatever its size."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


class ExplainWindow(QWidget):
    closed = Signal()

    def __init__(
        self, atlas: Atlas, pain: Mapping[str, PainMark], shown: Shown | None, colours: style.SceneColours,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("bodymap: explain")
        self.setAccessibleName("Explain view for the patient")
        views = views_to_show(atlas, pain, shown)
        screen = self.screen().availableGeometry()
        columns = best_columns(atlas, views, screen.width(), screen.height() * 0.8)
        self.scene = BodyScene(atlas, views, colours, with_legend=False, columns=columns)
        self.scene.show_pain(pain)
        if shown is not None:
            self.scene.show_pattern(shown.essential, shown.spillover - shown.essential, [shown.trigger_point])
        self.view = FittedView(self.scene)
        self.view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.view.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.caption = QLabel(captions(atlas, pain, shown))
        self.caption.setWordWrap(True)
        self.caption.setObjectName("explain-caption")
        font = self.caption.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.caption.setFont(font)
        self.caption.setAccessibleName("What the picture shows")
        hint = QLabel("Esc: back")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        layout.addWidget(hint, 0, Qt.AlignmentFlag.AlignRight)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), colours.background)
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.view.setBackgroundBrush(colours.background)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in EXIT_KEYS:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: object) -> None:
        self.closed.emit()
        super().closeEvent(event)  # type: ignore[arg-type]
