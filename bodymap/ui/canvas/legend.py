"""The key under the body: swatches saying what each mark means, so a picture explains itself on screen and paper."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsItemGroup, QGraphicsSimpleTextItem, QSizePolicy, QWidget

from bodymap.core.body.painmap import Quality
from bodymap.ui.canvas import style
from bodymap.ui.canvas.items import Examined, paint_cross, paint_examined

SWATCH_W, SWATCH_H, LABEL_GAP, GAP, ROW = 44.0, 26.0, 8.0, 36.0, 42.0  # scene units (the key in exports)
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
        entries += [main_zone_entry("Main referral zone"), spillover_entry("Spillover zone")]
        if pain:  # where a zone covers pain: the pain stays red, the zone's lines cross it
            brushes = (style.pain_brush(8), style.essential_lines())
            entries.append(Entry("Pain in the main zone", Swatch.FILL, brushes, style.zone_pen()))
        entries.append(Entry("The muscle", Swatch.FILL, (style.muscle_brush(),), style.muscle_pen()))
        entries.append(Entry("Trigger point", Swatch.CROSS))
    entries += [Entry(kind.label, Swatch.EXAMINED, examined=kind) for kind in Examined if kind in examined]
    return entries


def main_zone_entry(text: str) -> Entry:
    """A referral pattern's main zone, as it is drawn (solid, lined, outlined), called ``text``."""
    return Entry(text, Swatch.FILL, (style.essential_brush(), style.essential_lines()), style.zone_pen())


def spillover_entry(text: str) -> Entry:
    """A referral pattern's spillover zone, as it is drawn (stippled, a dashed edge), called ``text``."""
    return Entry(text, Swatch.FILL, (style.spillover_brush(),), style.spillover_pen())


def heat_entries(bounds: Sequence[int]) -> list[Entry]:
    """The key of the crossroads heat map: how many trigger points refer to a region, in classes."""
    entries = [Entry("Trigger points referring to the area:", Swatch.NONE)]
    low = 1
    for step, high in enumerate(bounds):
        text = str(high) if high == low else f"{low}-{high}"
        entries.append(Entry(text, Swatch.FILL, (style.heat_brush(step),), QPen(QColor(0, 0, 0, 90), 0.8)))
        low = high + 1
    return entries


def paint_swatch(painter: QPainter, entry: Entry, skin: QColor) -> None:
    """An entry's swatch in the box (0, 0, SWATCH_W, SWATCH_H) of the painter's units: a mark on skin, as marks
    lie on the body (a texture over the background alone would vanish on the dark theme), or an X."""
    if entry.swatch is Swatch.CROSS:
        paint_cross(painter, QPointF(SWATCH_W / 2, SWATCH_H / 2), 10.0)
        return
    if entry.swatch is Swatch.EXAMINED and entry.examined is not None:
        paint_examined(painter, entry.examined, QPointF(SWATCH_W / 2, SWATCH_H / 2), SWATCH_H / 2 - 1)
        return
    if entry.swatch is not Swatch.FILL:
        return
    box = QRectF(0, 0, SWATCH_W, SWATCH_H)
    painter.setPen(Qt.PenStyle.NoPen)
    for brush in (QBrush(skin), *entry.brushes):
        painter.setBrush(brush)
        painter.drawRoundedRect(box, 5, 5)
    if entry.pen is not None:
        painter.setPen(entry.pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, 5, 5)


class SwatchItem(QGraphicsItem):
    """A swatch in the scene's key (exports and paper)."""

    def __init__(self, entry: Entry, skin: QColor) -> None:
        super().__init__()
        self.entry, self.skin = entry, skin

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, SWATCH_W, SWATCH_H).adjusted(-4, -4, 4, 4)  # the outline and the X's halo

    def paint(self, painter: QPainter, option: object, widget: QWidget | None = None) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_swatch(painter, self.entry, self.skin)
        painter.restore()


def flow(widths: Sequence[float], width: float, gap: float) -> list[list[int]]:
    """Cells of ``widths`` in rows no wider than ``width`` (a cell wider than that has a row of its own)."""
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, cell in enumerate(widths):
        if rows[-1] and used + gap + cell > width:
            rows.append([])
            used = 0.0
        used += (gap if rows[-1] else 0.0) + cell
        rows[-1].append(i)
    return rows


def legend_group(entries: Sequence[Entry], width: float, colours: style.SceneColours) -> QGraphicsItemGroup:
    """The entries in centred rows no wider than ``width``; the group's top left is (0, 0)."""
    font = QFont()
    font.setPointSizeF(FONT_POINTS)
    cells: list[tuple[list[QGraphicsItem], float]] = []
    for entry in entries:
        label = QGraphicsSimpleTextItem(entry.text)
        label.setFont(font)
        label.setBrush(colours.caption)
        parts: list[QGraphicsItem] = []
        offset = 0.0
        if entry.swatch is not Swatch.NONE:
            swatch = SwatchItem(entry, colours.skin)
            swatch.setPos(0, 4)
            parts.append(swatch)
            offset = SWATCH_W + LABEL_GAP
        label.setPos(offset, 0)
        parts.append(label)
        cells.append((parts, offset + label.boundingRect().width()))
    group = QGraphicsItemGroup()
    for r, row in enumerate(flow([w for _, w in cells], width, GAP)):
        left = (width - (sum(cells[i][1] for i in row) + GAP * (len(row) - 1))) / 2
        for i in row:
            parts, cell_width = cells[i]
            for part in parts:
                part.setPos(part.pos() + QPointF(left, r * ROW))
                group.addToGroup(part)
            left += cell_width + GAP
    return group


class LegendBar(QWidget):
    """The key under the canvas, in the window's own text size whatever the zoom (in the scene it shrank with
    the body to a few pixels); it wraps to the width and shows in the scene's colours."""

    SWATCH_LINES = 1.4  # a swatch's height, in lines of text: large enough to tell the textures apart

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._colours = style.LIGHT
        self.setAccessibleName("Key")
        self.setAutoFillBackground(True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def show_entries(self, entries: Sequence[Entry], colours: style.SceneColours) -> None:
        self._entries, self._colours = list(entries), colours
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, colours.background)
        palette.setColor(QPalette.ColorRole.WindowText, colours.caption)
        self.setPalette(palette)
        self.setAccessibleDescription("; ".join(e.text for e in entries))
        self.updateGeometry()
        self.update()

    def texts(self) -> list[str]:
        return [e.text for e in self._entries]

    def _metrics(self) -> tuple[float, float, float]:
        """A swatch's height and width, and a row's height, in pixels."""
        line = self.fontMetrics().height()
        swatch_h = round(line * self.SWATCH_LINES)
        return swatch_h, swatch_h * SWATCH_W / SWATCH_H, swatch_h + line * 0.4

    def _cells(self) -> list[float]:
        _, swatch_w, _ = self._metrics()
        gap = self.fontMetrics().averageCharWidth() * 0.6
        return [
            (swatch_w + gap if e.swatch is not Swatch.NONE else 0.0) + self.fontMetrics().horizontalAdvance(e.text)
            for e in self._entries
        ]

    def _rows(self, width: int) -> list[list[int]]:
        return flow(self._cells(), width - 2 * self.fontMetrics().averageCharWidth(), self._gap())

    def _gap(self) -> float:
        return self.fontMetrics().averageCharWidth() * 2.5

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if not self._entries:
            return 0
        _, _, row = self._metrics()
        return round(len(self._rows(width)) * row + self.fontMetrics().height() * 0.4)

    def sizeHint(self) -> QSize:
        return QSize(400, self.heightForWidth(400))

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.heightForWidth(self.width() or 400))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        swatch_h, swatch_w, row_h = self._metrics()
        gap, label_gap = self._gap(), self.fontMetrics().averageCharWidth() * 0.6
        cells = self._cells()
        top = self.fontMetrics().height() * 0.2
        for row in self._rows(self.width()):
            left = (self.width() - (sum(cells[i] for i in row) + gap * (len(row) - 1))) / 2
            for i in row:
                entry = self._entries[i]
                x = left
                if entry.swatch is not Swatch.NONE:
                    painter.save()
                    painter.translate(x, top + (row_h - swatch_h) / 2)
                    painter.scale(swatch_h / SWATCH_H, swatch_h / SWATCH_H)
                    paint_swatch(painter, entry, self._colours.skin)
                    painter.restore()
                    x += swatch_w + label_gap
                painter.setPen(self._colours.caption)
                text = QRectF(x, top, cells[i] - (x - left), row_h)
                painter.drawText(text, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, entry.text)
                left += cells[i] + gap
            top += row_h
        painter.end()
