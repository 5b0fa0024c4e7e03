"""Colours, brushes and textures of the body drawing, in one place (used by the window and by exports).

The body is one calm surface: skin, its outline and a few landmarks; the areas it is divided into are outlined
only under the pointer, or all of them when the user asks ("Show areas").

Pain is red, its strength the colour's strength, its quality a dark texture on top; an area marked pain-free
(0/10) is a pale grey-green with fine diagonal lines, so it reads as "checked" and never as faint pain.  Pain is
painted opaque (its colour laid over the skin), so nothing under it mixes with it.

A referral pattern is drawn as smooth shapes in blue, so that pattern and pain read apart for colour-blind eyes:
the main (essential) zone solid with fine vertical lines and a solid outline, the spillover zone stippled with a
dashed outline.  The solid fill lies under the pain and the lines and dots over it: where a patient's pain falls in
a zone, the pain stays red and the zone's lines cross it, never a mixed purple.  In greyscale the two read apart by
texture.  Several patterns at once (explain mode's smallest set) each take a colour of the Okabe-Ito palette, which
stays distinct for colour-blind eyes.  The crossroads heat map uses viridis steps, which stay ordered in greyscale.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen

from bodymap.core.body.painmap import Quality

PAIN = QColor(205, 32, 38)
PAIN_EDGE = QColor("#8c1116")
QUALITY_INK = QColor(70, 0, 8, 200)
PAIN_FREE = QColor(62, 120, 96)
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
ESSENTIAL_ALPHA, SPILLOVER_ALPHA = 110, 40  # the zones' fills over the skin
# a zone's lines and dots are laid out in pixels, not body units: they keep their spacing on screen whatever the zoom
# (``items.ScreenTextureItem``), as a chart's hatching does on paper
ZONE_LINE_GAP = 7.0  # pixels between the lines over a main zone
DOT_GAP = 5.0  # pixels: the spillover zone's dots, staggered, about 7 pixels apart


@dataclass(frozen=True)
class Ink:
    """The colours of one referral pattern on the body (as #rrggbb): its fill, and its lines, dots and outline;
    and the colour's name in plain words."""

    fill_name: str
    line_name: str
    word: str

    @property
    def fill(self) -> QColor:
        return QColor(self.fill_name)

    @property
    def line(self) -> QColor:
        return QColor(self.line_name)


PATTERN = Ink("#2154b2", "#102a64", "blue")  # the pattern shown
# several patterns at once (explain mode's smallest set), one each: Okabe and Ito's colour-blind-safe palette
# without its vermilion and yellow (too close to pain, too faint on skin), each with a darker shade for its lines
SET_INKS = (
    Ink("#0072b2", "#00446b", "blue"),
    Ink("#e69f00", "#8a5f00", "orange"),
    Ink("#009e73", "#005c43", "green"),
    Ink("#cc79a7", "#8b3f6c", "pink"),
    Ink("#56b4e9", "#1f6f9c", "light blue"),
)
ESSENTIAL = PATTERN.fill
SPILLOVER = PATTERN.fill


@dataclass(frozen=True)
class SceneColours:
    """What changes between the light and the dark theme."""

    background: QColor
    skin: QColor
    region_line: QColor  # the areas' outlines ("Show areas")
    outline: QColor  # the body's outline
    caption: QColor
    hover: QColor  # the outline of the area under the pointer


LIGHT = SceneColours(
    QColor("white"), QColor("#f4e8de"), QColor("#c8ab98"), QColor("#6b4f3f"), QColor("#5b4436"), QColor("#3a2a20")
)
DARK = SceneColours(
    QColor("#1f2023"), QColor("#e3d2c3"), QColor("#a88a76"), QColor("#7d6252"), QColor("#e8ddd4"), QColor("#2a1d15")
)
SKIN = LIGHT.skin  # the exports' and the tests' skin tone


def over(colour: QColor, base: QColor) -> QColor:
    """``colour`` (with its transparency) laid over the opaque ``base``: the opaque colour seen."""
    a = colour.alphaF()
    mixed = (a * c + (1 - a) * b for c, b in zip(colour.getRgbF()[:3], base.getRgbF()[:3], strict=True))
    return QColor.fromRgbF(*mixed)


def pain_colour(intensity: int) -> QColor:
    """The fill of a painful mark: 1/10 faint ... 10/10 nearly opaque (a pain-free mark has its own texture), as
    laid over the skin."""
    colour = QColor(PAIN)
    colour.setAlpha(70 + 17 * intensity)
    return colour


def pain_free_colour() -> QColor:
    tint = QColor(PAIN_FREE)
    tint.setAlpha(70)
    return tint


def mark_colour(intensity: int) -> QColor:
    """What a mark of ``intensity`` lays over the skin (its texture, if any, goes on top: :func:`mark_texture`)."""
    return pain_colour(intensity) if intensity > 0 else pain_free_colour()


def mark_texture(intensity: int, quality: Quality | None) -> QBrush | None:
    """The texture over a mark: its pain quality's, the pain-free lines, or none."""
    if intensity == 0:
        return pain_free_lines()
    return quality_brush(quality) if quality is not None else None


def pain_brush(intensity: int) -> QBrush:
    """A mark as the key shows it (over a swatch of skin)."""
    return QBrush(pain_colour(intensity)) if intensity > 0 else pain_free_brush()


def pain_pen(intensity: int = 10) -> QPen:
    """The edge of a mark, as wide on screen whatever the zoom."""
    pen = QPen(PAIN_EDGE, 1.4) if intensity > 0 else QPen(PAIN_FREE, 1.4, Qt.PenStyle.DotLine)
    pen.setCosmetic(True)
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


def essential_brush(ink: Ink = PATTERN) -> QBrush:
    """The main zone's solid fill (under the pain)."""
    colour = ink.fill
    colour.setAlpha(ESSENTIAL_ALPHA)
    return QBrush(colour)


def spillover_tint(ink: Ink = PATTERN) -> QBrush:
    """The spillover zone's faint fill (under the pain; its dots go over it)."""
    colour = ink.fill
    colour.setAlpha(SPILLOVER_ALPHA)
    return QBrush(colour)


def zone_pen(ink: Ink = PATTERN) -> QPen:
    """The outline of a main zone: a solid line, darker than its fill, as wide on screen whatever the zoom."""
    pen = QPen(ink.line, 2.0)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def spillover_pen(ink: Ink = PATTERN) -> QPen:
    """The outer edge of a spillover zone: dashed, as the zone is 'partly'."""
    pen = QPen(ink.line, 1.5, Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
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
def pain_free_lines() -> QBrush:
    """The fine diagonal lines of an area checked and found pain-free."""

    def draw(painter: QPainter) -> None:
        painter.setPen(QPen(PAIN_FREE, 1.0))
        painter.drawLine(QPointF(0, TILE), QPointF(TILE, 0))
        painter.drawLine(QPointF(-TILE / 2, TILE / 2), QPointF(TILE / 2, -TILE / 2))
        painter.drawLine(QPointF(TILE / 2, 3 * TILE / 2), QPointF(3 * TILE / 2, TILE / 2))

    return _tile(draw)


@cache
def pain_free_brush() -> QBrush:
    """An area checked and found pain-free, in one brush: a pale tint under fine diagonal lines (the key's)."""

    def draw(painter: QPainter) -> None:
        painter.fillRect(0, 0, TILE, TILE, pain_free_colour())
        painter.fillRect(0, 0, TILE, TILE, pain_free_lines())

    return _tile(draw)


@cache
def essential_lines(ink: Ink = PATTERN, phase: int = 0, phases: int = 1) -> QBrush:
    """Fine vertical lines over a main zone, over the pain too, so that the zone is seen where the pain is.  With
    several patterns, each draws its lines ``phase`` of ``phases`` apart, so that all of them show."""
    size = ZONE_LINE_GAP * phases

    def draw(painter: QPainter) -> None:
        painter.setPen(QPen(ink.line, 1.0))
        x = ZONE_LINE_GAP * (phase + 0.5)
        painter.drawLine(QPointF(x, 0), QPointF(x, size))

    return _tile(draw, size)


@cache
def spillover_dots(ink: Ink = PATTERN, phase: int = 0, phases: int = 1) -> QBrush:
    """Stipple: round dots, staggered, over the pain too, so the zone reads as 'partly' even in greyscale; with
    several patterns, each puts its dots in its own columns."""
    size = 2 * DOT_GAP * phases

    def draw(painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink.line)
        x = 2 * DOT_GAP * (phase + 0.25)
        for row in range(phases):
            y = 2 * DOT_GAP * row
            painter.drawEllipse(QPointF(x, y + DOT_GAP * 0.5), 1.4, 1.4)
            painter.drawEllipse(QPointF(x + DOT_GAP, y + DOT_GAP * 1.5), 1.4, 1.4)

    return _tile(draw, size)


@cache
def spillover_brush(ink: Ink = PATTERN) -> QBrush:
    """The spillover zone in one brush: its tint under its dots (the key's)."""

    def draw(painter: QPainter) -> None:
        size = 2 * DOT_GAP
        painter.fillRect(QRectF(0, 0, size, size), spillover_tint(ink))
        painter.fillRect(QRectF(0, 0, size, size), spillover_dots(ink))

    return _tile(draw, 2 * DOT_GAP)


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
