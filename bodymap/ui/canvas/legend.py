"""The key under the body: swatches saying what each mark means, so a picture explains itself on screen and paper."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsItemGroup, QGraphicsPathItem, QGraphicsSimpleTextItem

from bodymap.core.body.painmap import Quality
from bodymap.ui.canvas import style
from bodymap.ui.canvas.items import Examined, cross_item, examined_item

SWATCH_W, SWATCH_H, LABEL_GAP, GAP, ROW = 44.0, 26.0, 8.0, 36.0, 42.0
FONT_POINTS = 21.0


class Swatch(Enum):
    FILL = "fill"
    CROSS = "cross"
    EXAMINED = "examined"  # what palpation found (``Entry.examined``)
    NONE = "none"  # a heading


@dataclass(frozen=True)
class Entry:
    text: str
    swatch: Swatch = Swatch.FILL
    brushes: tuple[QBrush, ...] = ()  # painted one over the other
    pen: QPen | None = None
    examined: Examined | None = None


def drawing_entries(pain: bool = True, pattern: bool = True, examined: Sequence[Examined] = ()) -> list[Entry]:
    """The key of the pain drawing (strength and quality), of a referral pattern and of what palpation found (the
    kinds ``examined`` shows); a picture showing only some of them (an exported pattern, say) keys only those."""
    entries = []
    if pain:
        entries += [
            Entry("Pain (darker: stronger)", Swatch.FILL, (style.pain_brush(8),), style.pain_pen()),
            *(
                Entry(q.label, Swatch.FILL, (style.pain_brush(3), style.quality_brush(q)), style.pain_pen())
                for q in Quality
            ),
            Entry("Pain-free (0/10)", Swatch.FILL, (style.pain_free_brush(),), style.pain_pen(0)),
        ]
    if pattern:
        entries += [
            Entry("Main referral zone", Swatch.FILL, (style.essential_brush(),), style.zone_pen()),
            Entry("Spillover zone", Swatch.FILL, (style.spillover_brush(),), QPen(style.SPILLOVER, 0.8)),
            Entry("Trigger point", Swatch.CROSS),
        ]
    entries += [Entry(kind.label, Swatch.EXAMINED, examined=kind) for kind in Examined if kind in examined]
    return entries


def heat_entries(bounds: Sequence[int]) -> list[Entry]:
    """The key of the crossroads heat map: how many trigger points refer to a region, in classes."""
    entries = [Entry("Trigger points referring to the area:", Swatch.NONE)]
    low = 1
    for step, high in enumerate(bounds):
        text = str(high) if high == low else f"{low}-{high}"
        entries.append(Entry(text, Swatch.FILL, (style.heat_brush(step),), QPen(QColor(0, 0, 0, 90), 0.8)))
        low = high + 1
    return entries


def legend_group(entries: Sequence[Entry], width: float, caption: QColor) -> QGraphicsItemGroup:
    """The entries in centred rows no wider than ``width``; the group's top left is (0, 0)."""
    font = QFont()
    font.setPointSizeF(FONT_POINTS)
    cells: list[tuple[list[QGraphicsItem], float]] = []
    for entry in entries:
        label = QGraphicsSimpleTextItem(entry.text)
        label.setFont(font)
        label.setBrush(caption)
        parts: list[QGraphicsItem] = []
        offset = 0.0
        if entry.swatch is Swatch.CROSS:
            parts.append(cross_item(QPointF(SWATCH_W / 2, SWATCH_H / 2 + 4), 10.0))
            offset = SWATCH_W + LABEL_GAP
        elif entry.swatch is Swatch.EXAMINED and entry.examined is not None:
            parts.append(examined_item(entry.examined, QPointF(SWATCH_W / 2, SWATCH_H / 2 + 4), SWATCH_H / 2))
            offset = SWATCH_W + LABEL_GAP
        elif entry.swatch is Swatch.FILL:
            path = QPainterPath()
            path.addRoundedRect(QRectF(0, 4, SWATCH_W, SWATCH_H), 5, 5)
            no_line = QPen(Qt.PenStyle.NoPen)
            for i, brush in enumerate(entry.brushes):
                rect = QGraphicsPathItem(path)
                rect.setBrush(brush)
                last = i == len(entry.brushes) - 1
                rect.setPen(entry.pen if entry.pen is not None and last else no_line)
                parts.append(rect)
            offset = SWATCH_W + LABEL_GAP
        label.setPos(offset, 0)
        parts.append(label)
        cells.append((parts, offset + label.boundingRect().width()))
    rows: list[list[tuple[list[QGraphicsItem], float]]] = [[]]
    used = 0.0
    for cell in cells:
        if rows[-1] and used + GAP + cell[1] > width:
            rows.append([])
            used = 0.0
        used += (GAP if rows[-1] else 0.0) + cell[1]
        rows[-1].append(cell)
    group = QGraphicsItemGroup()
    for r, row in enumerate(rows):
        left = (width - (sum(w for _, w in row) + GAP * (len(row) - 1))) / 2
        for parts, cell_width in row:
            for part in parts:
                part.setPos(part.pos() + QPointF(left, r * ROW))
                group.addToGroup(part)
            left += cell_width + GAP
    return group
