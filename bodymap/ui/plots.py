"""Plots, drawn with pyqtgraph behind this one module: its global options are set here and nowhere else, and every
plot follows the light or dark theme (it is drawn again from the application's palette when the palette changes).

Two kinds serve the app: values over time (:class:`TimePlot`) and labelled bars (:class:`BarPlot`).  Each is given
plain Python values; no caller needs to know pyqtgraph.  A plot saves itself as PNG or SVG (:func:`save_plot`) and
paints itself onto paper (:func:`paint_plot`, made with ``paper=True``: dark on white whatever the theme).  Importing
this module imports pyqtgraph (some 0.5 s), so windows import it when they first show a plot, not at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator, QSvgRenderer
from PySide6.QtWidgets import QWidget

FONT_POINTS = 10
DAY = 86400.0  # seconds
MIN_DAYS = 7  # a time plot spans at least this many days


def _colours(paper: bool = False) -> tuple[QColor, QColor, QColor, QColor]:
    """(background, text and axes, grid, data) for the palette the application shows now, or for paper."""
    palette = QGuiApplication.palette() if not paper else _PAPER
    background = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.WindowText)
    grid = QColor(text)
    grid.setAlpha(40)
    dark = background.lightness() < 128
    data = QColor("#8ab4f8") if dark else QColor("#2154b2")  # the pattern blue of the body drawing, lighter on dark
    return background, text, grid, data


def _paper_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1d1d1f"))
    return palette


_PAPER = _paper_palette()


def _follow_palette() -> None:
    """pyqtgraph's global options, the only place they are set: plots made from now on start in these colours."""
    background, text, _, _ = _colours()
    pg.setConfigOptions(antialias=True, background=background, foreground=text)


def _font(points: float) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    return font


class _Plot(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph has no type information
    """A still plot (no panning, zooming or context menu: a picture to read, not an instrument) in the theme."""

    def __init__(self, title: str, parent: QWidget | None = None, paper: bool = False) -> None:
        _follow_palette()
        self.paper = paper  # drawn for paper: dark on white, whatever the theme
        self._ready = False  # pyqtgraph's constructor changes the palette role: a change event before any plot
        super().__init__(parent)
        self.setAccessibleName(title)
        self._title = title
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.getViewBox().setMouseEnabled(x=False, y=False)
        self.setMinimumHeight(160)
        self._ready = True
        self._restyle()

    def changeEvent(self, event: QEvent) -> None:
        if self._ready and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            _follow_palette()
            self._restyle()
            self.redraw()
        super().changeEvent(event)

    def colours(self) -> tuple[QColor, QColor, QColor, QColor]:
        return _colours(self.paper)

    def _restyle(self) -> None:
        background, text, _, _ = self.colours()
        self.setBackground(background)
        item = self.getPlotItem()
        item.setTitle(self._title or None, color=text.name(), size=f"{FONT_POINTS + 1}pt")  # None: no title row
        font = _font(FONT_POINTS)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
            axis.setStyle(tickFont=font)

    def redraw(self) -> None:
        """Draw the data again (in the current colours)."""

    def data_pen(self) -> object:
        return pg.mkPen(self.colours()[3], width=2)

    def data_brush(self, alpha: int = 200) -> object:
        colour = QColor(self.colours()[3])
        colour.setAlpha(alpha)
        return pg.mkBrush(colour)


class TimePlot(_Plot):
    """Values over time: a line through the points, dates on the axis below; each point may carry a label drawn
    over it and words shown when the pointer is on it."""

    point_hovered = Signal(str)  # the words of the point under the pointer ("" when it leaves the points)

    def __init__(
        self, title: str, value_label: str, low: float, high: float, ticks: tuple[float, float] | None = None,
        parent: QWidget | None = None, until_now: bool = True, paper: bool = False, dated_points: bool = False,
    ) -> None:  # fmt: skip
        """``until_now``: the time axis runs on to today (a record still being made), or ends at the last point;
        ``dated_points``: the axis names the date of each point (a few visits) instead of regular dates."""
        super().__init__(title, parent, paper)
        self.until_now = until_now
        self.dated_points = dated_points
        item = self.getPlotItem()
        item.setAxisItems({"bottom": pg.DateAxisItem(orientation="bottom")})
        item.setLabel("left", value_label)
        if ticks is not None:
            item.getAxis("left").setTickSpacing(*ticks)
        item.showGrid(x=False, y=True, alpha=0.25)
        item.setYRange(low, high, padding=0.05)
        self._points: list[tuple[datetime, float]] = []
        self._labels: list[str] = []
        self._tips: list[str] = []
        self._restyle()

    def show_points(
        self, points: Sequence[tuple[date | datetime, float]], labels: Sequence[str] = (), tips: Sequence[str] = ()
    ) -> None:
        """The points, each with an optional label drawn over it and words shown when the pointer is on it."""
        self._points = [(at if isinstance(at, datetime) else datetime.combine(at, time(12)), v) for at, v in points]
        self._labels, self._tips = list(labels), list(tips)
        self.redraw()

    def redraw(self) -> None:
        item = self.getPlotItem()
        item.clear()
        if not self._points:
            return
        xs = [at.timestamp() for at, _ in self._points]
        ys = [v for _, v in self._points]
        item.plot(xs, ys, pen=self.data_pen())
        # the points drawn one by one as shapes (not stamped from a bitmap), so that they stay shapes in an SVG or PDF
        spots = pg.ScatterPlotItem(xs, ys, size=7, brush=self.data_brush(255), pen=None, useCache=False)
        if self._tips:
            spots.setData(xs, ys, data=self._tips, hoverable=True, tip=lambda x, y, data: data, hoverSize=11)
            spots.sigHovered.connect(self._on_hovered)
        item.addItem(spots)
        if self.dated_points:
            item.getAxis("bottom").setTicks(
                [[(x, f"{at.day} {at:%b}") for x, (at, _) in zip(xs, self._points, strict=True)]]
            )
        text = self.colours()[1]
        for x, y, label in zip(xs, ys, self._labels, strict=False):
            words = pg.TextItem(label, color=text, anchor=(0.5, 1.15))
            words.setFont(_font(FONT_POINTS - 1))
            words.setPos(x, y)
            item.addItem(words)
        if self.until_now:
            # at least the last week, so that the axis counts days and a single day's point is not alone in hours
            end = max(xs[-1], datetime.now().timestamp()) + DAY / 2
            item.setXRange(min(xs[0] - DAY / 2, end - MIN_DAYS * DAY), end, padding=0)
        else:
            margin = max(DAY, (xs[-1] - xs[0]) * 0.08)  # room for the first and last labels
            item.setXRange(xs[0] - margin, xs[-1] + margin, padding=0)

    def _on_hovered(self, _item: object, points: Sequence[object], _event: object) -> None:
        self.point_hovered.emit(str(points[0].data()) if len(points) else "")  # type: ignore[attr-defined]


class BarPlot(_Plot):
    """A value per label, as bars: upright with the labels below, or lying with the labels on the left."""

    def __init__(
        self, title: str, value_label: str, high: float | None = None, lying: bool = False,
        ticks: tuple[float, float] | None = None, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        """``high``: the top of the value axis (None: from the values); ``ticks``: its (major, minor) spacing (None:
        pyqtgraph's choice)."""
        super().__init__(title, parent)
        self.lying = lying
        self._high = high
        self._labels: list[str] = []
        self._values: list[float] = []
        item = self.getPlotItem()
        item.setLabel("bottom" if lying else "left", value_label)
        if ticks is not None:
            item.getAxis("bottom" if lying else "left").setTickSpacing(*ticks)
        item.showGrid(x=lying, y=not lying, alpha=0.25)

    def show_bars(self, labels: Sequence[str], values: Sequence[float]) -> None:
        self._labels, self._values = list(labels), list(values)
        self.redraw()

    def redraw(self) -> None:
        item = self.getPlotItem()
        item.clear()
        count = len(self._values)
        places = list(range(count))
        ticks = [list(zip(places, self._labels, strict=True))]
        high = self._high if self._high is not None else max([1.0, *self._values]) * 1.1
        options = {"pen": pg.mkPen(None), "brush": self.data_brush()}
        if self.lying:  # the first label at the top
            places = [count - 1 - p for p in places]
            ticks = [list(zip(places, self._labels, strict=True))]
            item.addItem(pg.BarGraphItem(x0=0, y=places, height=0.7, width=self._values, **options))
            item.getAxis("left").setTicks(ticks)
            item.setXRange(0, high, padding=0)
            item.setYRange(-0.6, count - 0.4, padding=0)
        else:
            item.addItem(pg.BarGraphItem(x=places, height=self._values, width=0.7, **options))
            item.getAxis("bottom").setTicks(ticks)
            item.setYRange(0, high, padding=0)
            item.setXRange(-0.6, count - 0.4, padding=0)

    def sizeHint(self) -> object:
        hint = super().sizeHint()
        if self.lying:
            hint.setHeight(max(hint.height(), 22 * len(self._labels) + 80))
        return hint


def _svg(plot: _Plot) -> bytes:
    """The plot as it is shown, as an SVG drawing (pyqtgraph's own SVG exporter fails on Qt 6.8 and newer:
    pyqtgraph issue 3485)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    size = plot.size()
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setResolution(plot.logicalDpiX())  # as on the screen: pyqtgraph sizes its items for it
    generator.setTitle(plot.accessibleName())
    painter = QPainter(generator)
    plot.render(painter)
    painter.end()
    return bytes(buffer.data().data())


def save_plot(plot: _Plot, path: Path) -> None:
    """Write the plot as it is shown to a PNG picture (at twice the screen's pixels) or an SVG drawing, by its
    suffix; raises OSError when the file cannot be written."""
    suffix = path.suffix.lower()
    if suffix == ".png":
        image = QImage(plot.size() * 2, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(2)
        image.fill(plot.colours()[0])
        painter = QPainter(image)
        plot.render(painter)
        painter.end()
        if not image.save(str(path)):
            raise OSError(f"cannot write {path}")
    elif suffix == ".svg":
        path.write_bytes(_svg(plot))
    else:
        raise ValueError(f"a plot is saved as .png or .svg, not '{suffix}'")


def paint_plot(plot: _Plot, painter: QPainter, rect: QRectF) -> None:
    """Paint the plot into ``rect`` of a page whose units are points, as shapes and text, its text at its size."""
    if not plot.isVisible():  # laid out only once shown: shown, but not on the screen
        plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        plot.show()
    pixels = plot.logicalDpiX() / 72.0  # the plot's pixels per point of the page
    plot.resize(round(rect.width() * pixels), round(rect.height() * pixels))
    QSvgRenderer(QByteArray(_svg(plot))).render(painter, rect)
