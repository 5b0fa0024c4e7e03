"""Plots, drawn with pyqtgraph behind this one module: its global options are set here and nowhere else, and every
plot follows the light or dark theme (it is drawn again from the application's palette when the palette changes).

Two kinds serve the app: values over time (:class:`TimePlot`) and labelled bars (:class:`BarPlot`).  Each is given
plain Python values; no caller needs to know pyqtgraph.  Importing this module imports pyqtgraph (some 0.5 s), so
windows import it when they first show a plot, not at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

FONT_POINTS = 10
DAY = 86400.0  # seconds
MIN_DAYS = 7  # a time plot spans at least this many days


def _colours() -> tuple[QColor, QColor, QColor, QColor]:
    """(background, text and axes, grid, data) for the palette the application shows now."""
    palette = QGuiApplication.palette()
    background = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.WindowText)
    grid = QColor(text)
    grid.setAlpha(40)
    dark = background.lightness() < 128
    data = QColor("#8ab4f8") if dark else QColor("#2154b2")  # the pattern blue of the body drawing, lighter on dark
    return background, text, grid, data


def _follow_palette() -> None:
    """pyqtgraph's global options, the only place they are set: plots made from now on start in these colours."""
    background, text, _, _ = _colours()
    pg.setConfigOptions(antialias=True, background=background, foreground=text)


class _Plot(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph has no type information
    """A still plot (no panning, zooming or context menu: a picture to read, not an instrument) in the theme."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        _follow_palette()
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

    def _restyle(self) -> None:
        background, text, _, _ = _colours()
        self.setBackground(background)
        item = self.getPlotItem()
        item.setTitle(self._title, color=text.name(), size=f"{FONT_POINTS + 1}pt")
        font = QFont()
        font.setPointSize(FONT_POINTS)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
            axis.setStyle(tickFont=font)

    def redraw(self) -> None:
        """Draw the data again (in the current colours)."""

    def data_pen(self) -> object:
        return pg.mkPen(_colours()[3], width=2)

    def data_brush(self, alpha: int = 200) -> object:
        colour = QColor(_colours()[3])
        colour.setAlpha(alpha)
        return pg.mkBrush(colour)


class TimePlot(_Plot):
    """Values over time: a line through the points, dates on the axis below."""

    def __init__(
        self, title: str, value_label: str, low: float, high: float, ticks: tuple[float, float] | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(title, parent)
        item = self.getPlotItem()
        item.setAxisItems({"bottom": pg.DateAxisItem(orientation="bottom")})
        item.setLabel("left", value_label)
        if ticks is not None:
            item.getAxis("left").setTickSpacing(*ticks)
        item.showGrid(x=False, y=True, alpha=0.25)
        item.setYRange(low, high, padding=0.05)
        self._points: list[tuple[datetime, float]] = []
        self._restyle()

    def show_points(self, points: Sequence[tuple[date | datetime, float]]) -> None:
        self._points = [(at if isinstance(at, datetime) else datetime.combine(at, time(12)), v) for at, v in points]
        self.redraw()

    def redraw(self) -> None:
        item = self.getPlotItem()
        item.clear()
        if not self._points:
            return
        xs = [at.timestamp() for at, _ in self._points]
        ys = [v for _, v in self._points]
        item.plot(xs, ys, pen=self.data_pen(), symbol="o", symbolSize=7, symbolBrush=self.data_brush(255),
                  symbolPen=None)  # fmt: skip
        # at least the last week, so that the axis counts days and a single day's point is not alone in hours
        end = max(xs[-1], datetime.now().timestamp()) + DAY / 2
        item.setXRange(min(xs[0] - DAY / 2, end - MIN_DAYS * DAY), end, padding=0)


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
