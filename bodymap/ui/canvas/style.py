"""Colours, brushes and textures of the body drawing, in one place (used by the window and by exports).

Pain is red, its strength the colour's strength, its quality a dark texture on top; an area marked pain-free
(0/10) is a pale grey-green with fine diagonal lines, so it reads as "checked" and never as faint pain; a
referral pattern is blue
(essential zone solid, spillover zone dotted) so that the two read apart for colour-blind users, and in
greyscale by texture.  The crossroads heat map uses viridis steps, which stay ordered in greyscale.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen

from bodymap.core.body.painmap import Quality

PAIN = QColor(205, 32, 38)
PAIN_EDGE = QColor("#8c1116")
QUALITY_INK = QColor(70, 0, 8, 200)
PAIN_FREE = QColor(62, 120, 96)
ESSENTIAL = QColor(33, 84, 178)
SPILLOVER = QColor(33, 84, 178)
TRIGGER_POINT = QColor("#111111")
OTHER_TRIGGER_POINT = QColor("#6a6a6a")  # a muscle's trigger points other than the chosen one
# what palpation found, drawn at a muscle's trigger points: confirmed stands out, ruled out recedes
CONFIRMED = QColor("#b0102a")
FOUND = QColor("#b35f00")
RULED_OUT = QColor("#6e6e6e")
MUSCLE = QColor(150, 70, 40)  # the chosen muscle's outline: an earthy brown, apart from pain's red and the zones' blue
HIGHLIGHT = QColor("#ff9f1c")  # a found region's outline: stands out from red pain and blue patterns
# viridis, few to many: ordered in lightness, so the steps read in greyscale and for colour-blind eyes
HEAT = tuple(QColor(c) for c in ("#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"))
TILE = 12  # body units: the repeat of a quality texture
TEXTURE_SCALE = 4  # texture pixels per body unit, so textures stay crisp when zoomed in and on high-DPI screens


@dataclass(frozen=True)
class SceneColours:
    """What changes between the light and the dark theme."""

    background: QColor
    skin: QColor
    region_line: QColor
    outline: QColor
    caption: QColor


LIGHT = SceneColours(QColor("white"), QColor("#f4e8de"), QColor("#c8ab98"), QColor("#6b4f3f"), QColor("#5b4436"))
DARK = SceneColours(QColor("#1f2023"), QColor("#e3d2c3"), QColor("#b39683"), QColor("#f0e2d6"), QColor("#e8ddd4"))
SKIN = LIGHT.skin  # the exports' and the tests' skin tone


def pain_colour(intensity: int) -> QColor:
    """The fill of a painful mark: 1/10 faint ... 10/10 nearly opaque (a pain-free mark has its own texture)."""
    colour = QColor(PAIN)
    colour.setAlpha(70 + 17 * intensity)
    return colour


def pain_brush(intensity: int) -> QBrush:
    return QBrush(pain_colour(intensity)) if intensity > 0 else pain_free_brush()


def pain_pen(intensity: int = 10) -> QPen:
    pen = QPen(PAIN_EDGE, 1.4) if intensity > 0 else QPen(PAIN_FREE, 1.4, Qt.PenStyle.DotLine)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def muscle_pen() -> QPen:
    pen = QPen(MUSCLE, 1.3)
    pen.setCosmetic(True)  # a line of the same weight at any zoom, like the body's outline on screen
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def muscle_brush() -> QBrush:
    colour = QColor(MUSCLE)
    colour.setAlpha(45)
    return QBrush(colour)


def essential_brush() -> QBrush:
    colour = QColor(ESSENTIAL)
    colour.setAlpha(150)
    return QBrush(colour)


def zone_pen() -> QPen:
    """The outline of a referral zone: a dark dashed line that no pain mark has."""
    pen = QPen(QColor(16, 42, 100), 1.6, Qt.PenStyle.DashLine)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _tile(draw: object, size: float = TILE) -> QBrush:
    """A texture brush from ``draw(painter)`` in body units; the brush is scaled back to body units."""
    pixels = round(size * TEXTURE_SCALE)
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(TEXTURE_SCALE, TEXTURE_SCALE)
    draw(painter)  # type: ignore[operator]
    painter.end()
    brush = QBrush(image)
    brush.setTransform(brush.transform().scale(1 / TEXTURE_SCALE, 1 / TEXTURE_SCALE))
    return brush


@cache
def pain_free_brush() -> QBrush:
    """An area checked and found pain-free: a pale tint under fine diagonal lines."""

    def draw(painter: QPainter) -> None:
        tint = QColor(PAIN_FREE)
        tint.setAlpha(70)
        painter.fillRect(0, 0, TILE, TILE, tint)
        painter.setPen(QPen(PAIN_FREE, 1.0))
        painter.drawLine(QPointF(0, TILE), QPointF(TILE, 0))
        painter.drawLine(QPointF(-TILE / 2, TILE / 2), QPointF(TILE / 2, -TILE / 2))
        painter.drawLine(QPointF(TILE / 2, 3 * TILE / 2), QPointF(3 * TILE / 2, TILE / 2))

    return _tile(draw)


@cache
def spillover_brush() -> QBrush:
    """Stipple: a faint tint under round dots, so the zone reads as 'partly' even in greyscale."""

    def draw(painter: QPainter) -> None:
        tint = QColor(SPILLOVER)
        tint.setAlpha(45)
        painter.fillRect(0, 0, 8, 8, tint)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SPILLOVER)
        painter.drawEllipse(QPointF(2.0, 2.0), 1.5, 1.5)
        painter.drawEllipse(QPointF(6.0, 6.0), 1.5, 1.5)

    return _tile(draw, 8)


@cache
def quality_brush(quality: Quality) -> QBrush:
    """A texture per pain quality, drawn over the pain's red: bands for aching, crossed lines for sharp, flames
    (waves) for burning, pins (crosses) for tingling.  Distinct in shape, not only in colour."""

    def draw(painter: QPainter) -> None:
        pen = QPen(QUALITY_INK, 1.1, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        a, b = TILE / 4, 3 * TILE / 4
        if quality is Quality.ACHING:  # calm horizontal bands
            painter.drawLine(QPointF(0, a), QPointF(TILE, a))
            painter.drawLine(QPointF(0, b), QPointF(TILE, b))
        elif quality is Quality.SHARP:  # crossed diagonals: jagged
            painter.drawLine(QPointF(0, 0), QPointF(TILE, TILE))
            painter.drawLine(QPointF(0, TILE), QPointF(TILE, 0))
        elif quality is Quality.BURNING:  # rising flames
            path = QPainterPath(QPointF(TILE / 2, TILE))
            path.cubicTo(QPointF(0, b), QPointF(TILE, a), QPointF(TILE / 2, 0))
            painter.drawPath(path)
        else:  # tingling / numbness: pins and needles
            for x, y in ((a, a), (b, b)):
                painter.drawLine(QPointF(x - 1.6, y), QPointF(x + 1.6, y))
                painter.drawLine(QPointF(x, y - 1.6), QPointF(x, y + 1.6))

    return _tile(draw)


def heat_brush(step: int) -> QBrush:
    colour = QColor(HEAT[min(step, len(HEAT) - 1)])
    colour.setAlpha(215)
    return QBrush(colour)


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21; text needs 4.5 to be read easily)."""

    def luminance(c: QColor) -> float:
        def linear(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_on(colour: QColor, background: QColor) -> QColor:
    """``colour``, lightened or darkened just enough to be read as text on ``background`` (WCAG AA, 4.5:1)."""
    dark_background = background.lightnessF() < 0.5
    shown = QColor(colour)
    for _ in range(20):
        if contrast(shown, background) >= 4.5:
            break
        shown = shown.lighter(115) if dark_background else shown.darker(115)
    return shown
