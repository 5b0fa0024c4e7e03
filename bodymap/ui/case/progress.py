"""The progress of the open case over its visits, in a window of its own beside the main one:

* over time: the pain score and the painful share of the body at each visit (plots with the dates below, each
  value written over its point, the visit named when the pointer is on it), and each visit's findings and
  treatment in a table beside them;
* two visits compared: their drawings side by side, and one drawing of what changed in each area (new, worse,
  unchanged, better, resolved) with its key;
* how often: one drawing of how many visits each area was painful at.

The window mirrors the case document; it changes nothing.  The plots are drawn by :mod:`bodymap.ui.plots`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bodymap.core.body.atlas import Atlas
from bodymap.core.body.framing import choose_views
from bodymap.core.body.painmap import PainMark
from bodymap.core.case.model import Case, Target, Visit
from bodymap.core.case.progress import Change, VisitProgress, compare, course, painful_counts
from bodymap.core.data.loading import LoadedData
from bodymap.ui import plots
from bodymap.ui.canvas import legend, style
from bodymap.ui.canvas.body_scene import BodyScene
from bodymap.ui.canvas.crops import CroppedBody, one_view_scene
from bodymap.ui.canvas.legend import Entry, Swatch
from bodymap.ui.case.dialogs import export_file_name
from bodymap.ui.case.document import CaseDocument

# diverging, red for worse and blue for better, told apart in lightness too (colour-blind readers, greyscale)
CHANGE_COLOURS = {
    Change.NEW: QColor("#b2182b"),
    Change.WORSE: QColor("#ef8a62"),
    Change.UNCHANGED: QColor("#a3a3a3"),
    Change.BETTER: QColor("#67a9cf"),
    Change.RESOLVED: QColor("#2166ac"),
}
MOST_VIEWS = 3
SCORE_TICKS = (2.0, 1.0)
REFRESH_MS = 250


def change_brush(change: Change) -> QBrush:
    colour = QColor(CHANGE_COLOURS[change])
    colour.setAlpha(225)
    return QBrush(colour)


def _visit_name(number: int, visit: Visit | VisitProgress) -> str:
    return f"Visit {number}, {visit.date.day} {visit.date:%b %Y}"


def visit_tip(point: VisitProgress) -> str:
    """What hovering a visit's point says: "Visit 2, 10 Feb 2026: pain 5/10; 4.1% of the body painful (6 areas)"."""
    score = f"pain {point.pain_score}/10" if point.pain_score is not None else "pain score not asked"
    areas = f"{point.painful_areas} area{'s' if point.painful_areas != 1 else ''}"
    return (
        f"{_visit_name(point.number, point)}: {score}; {100 * point.painful_share:.1f}% of the body painful ({areas})"
    )


def _targets_words(data: LoadedData, target: Target) -> str:
    return f"{data.catalog.muscles[target.muscle].name} ({target.side.value})"


def findings_words(visit: Visit, data: LoadedData) -> str:
    """ "Upper trapezius (right): Active trigger point, familiar pain, twitch" per line."""
    return "\n".join(f"{_targets_words(data, t)}: {f.summary}" for t, f in visit.findings.items())


def treatment_words(visit: Visit, data: LoadedData) -> str:
    """ "Upper trapezius (right): Dry needling, three twitches" per line."""
    return "\n".join(
        f"{_targets_words(data, t.target)}: {t.technique.label}" + (f", {t.response}" if t.response else "")
        for t in visit.treatments
    )


def shown_views(atlas: Atlas, regions: Iterable[str]) -> list[str]:
    """The views that show every area of ``regions`` (the front and the back when there is none)."""
    return choose_views(atlas, regions, most=MOST_VIEWS, worth=0) or [
        v for v in ("anterior", "posterior") if v in atlas.views
    ]


class BodyPicture(QWidget):
    """A titled, still drawing of the body, each view cropped to the areas it is about, with its key under it."""

    def __init__(self, atlas: Atlas, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.scenes: dict[str, BodyScene] = {}
        self._colours: style.SceneColours | None = None
        self.title = QLabel(f"<b>{title}</b>")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = CroppedBody(atlas)
        self.sides = QLabel()
        self.sides.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sides.setWordWrap(True)
        self.key = legend.LegendBar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.sides)
        layout.addWidget(self.key)

    def show_drawing(
        self,
        views: Sequence[str],
        focus: Iterable[str],
        colours: style.SceneColours,
        pain: Mapping[str, PainMark] | None = None,
        fills: Mapping[str, QBrush] | None = None,
        key: Sequence[Entry] = (),
        title: str | None = None,
    ) -> None:
        """Draw ``views``, each cropped around the ``focus`` areas, with a pain drawing or fills, and their key."""
        if title is not None:
            self.title.setText(f"<b>{title}</b>")
        focus = list(focus)
        # a view's scene is made once for a theme, then only its marks change
        made = self.scenes if colours == self._colours else {}
        self.scenes, self._colours = {}, colours
        for name in views:
            scene = made.get(name) or one_view_scene(self.atlas, name, colours)
            scene.show_pain(pain or {})
            scene.show_fills(fills or {})
            self.scenes[name] = scene
        self.body.show_views(self.scenes, focus, colours)
        self.sides.setText(" · ".join(_view_words(self.atlas, v) for v in views))
        self.key.show_entries(list(key), colours)
        self.key.setVisible(bool(key))


def _view_words(atlas: Atlas, name: str) -> str:
    """ "Back (patient's right on the right)", "Right side"."""
    view = atlas.views[name]
    if view.shows is not None:
        return view.label
    return f"{view.label} (patient's right on the {'left' if view.patient_right_on_screen_left else 'right'})"


class PlotFileName:
    @classmethod
    def ask(cls, parent: QWidget, suggested: str) -> Path | None:
        return export_file_name(parent, "Save the plot", suggested, [("PNG picture", ".png"), ("SVG drawing", ".svg")])


class ProgressWindow(QWidget):
    """The progress of the open case (see the module's words)."""

    def __init__(
        self,
        document: CaseDocument,
        data: LoadedData,
        colours: Callable[[], style.SceneColours],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.document = document
        self.data = data
        self.colours = colours
        self.setAccessibleName("Progress over the visits")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._over_time(), "Over time")
        self.tabs.addTab(self._comparison(), "Compare two visits")
        self.how_often = BodyPicture(data.atlas, "How often each area was painful")
        self.tabs.addTab(self.how_often, "How often")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(1200, 760)
        # once, a moment after however many changes: drawing on the main window goes on undisturbed
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        for signal in (document.visits_changed, document.visit_edited, document.pain_changed, document.reset):
            signal.connect(self._refresh_timer.start)

    # ------------------------------------------------------------------------------------------ building

    def _over_time(self) -> QWidget:
        dated = {"until_now": False, "dated_points": True}  # the axis ends at the last visit and names each one's date
        self.score_plot = plots.TimePlot("Pain score at each visit", "pain (0-10)", 0, 10, SCORE_TICKS, **dated)
        self.share_plot = plots.TimePlot("Painful share of the body", "% of the body's surface", 0, 10, **dated)
        self.hovered = QLabel("Point at a visit in a plot to see it named here.")
        self.hovered.setAccessibleName("The visit under the pointer")
        for plot in (self.score_plot, self.share_plot):
            plot.point_hovered.connect(self._on_point_hovered)
        plots_column = QWidget()
        column = QVBoxLayout(plots_column)
        column.setContentsMargins(0, 0, 0, 0)
        for plot, name in ((self.score_plot, "pain-score"), (self.share_plot, "painful-share")):
            column.addWidget(plot, 1)
            save = QPushButton("Save this plot (PNG, SVG)...")
            save.setAccessibleName(f"Save the plot of the {plot.accessibleName().lower()}")
            save.clicked.connect(lambda _=False, p=plot, n=name: self.save_plot(p, n))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(save)
            column.addLayout(row)
        column.addWidget(self.hovered)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(["Visit", "Date", "Pain score", "Painful share", "Findings", "Treatment"])
        self.table.setAccessibleName("Findings and treatment of each visit")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column_index in range(4):
            header.setSectionResizeMode(column_index, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # wrapped text finds its height again once the columns have settled
        self._rows_timer = QTimer(self, singleShot=True, interval=0)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(self._rows_timer.start)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(plots_column)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([500, 700])
        return splitter

    def _comparison(self) -> QWidget:
        self.first = QComboBox()
        self.first.setAccessibleName("The earlier visit to compare")
        self.second = QComboBox()
        self.second.setAccessibleName("The later visit to compare")
        for box in (self.first, self.second):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self._show_comparison)
        choice = QHBoxLayout()
        choice.addWidget(QLabel("Compare"))
        choice.addWidget(self.first)
        choice.addWidget(QLabel("with"))
        choice.addWidget(self.second)
        choice.addStretch(1)
        self.before = BodyPicture(self.data.atlas, "Before")
        self.after = BodyPicture(self.data.atlas, "After")
        self.overlay = BodyPicture(self.data.atlas, "What changed")
        self.changes: dict[str, Change] = {}
        self.change_summary = QLabel()
        self.change_summary.setWordWrap(True)
        pictures = QHBoxLayout()
        pictures.addWidget(self.before, 1)
        pictures.addWidget(self.after, 1)
        pictures.addWidget(self.overlay, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(choice)
        layout.addLayout(pictures, 1)
        layout.addWidget(self.change_summary)
        return page

    # ----------------------------------------------------------------------------------------- showing

    @property
    def case(self) -> Case:
        return self.document.case

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._refresh_timer.start()  # the theme changed: the drawings follow (the plots follow by themselves)

    def refresh(self) -> None:
        """Show the case as it is now (when on screen: a hidden window catches up as it is shown)."""
        self._refresh_timer.stop()
        if not self.isVisible():
            return
        name = self.document.name
        self.setWindowTitle(f"Progress of {self.case.label or name} — bodymap")
        progress = course(self.case, self.data.atlas)
        self._show_plots(progress)
        self._show_table(progress)
        self._show_choices()
        self._show_comparison()
        self._show_how_often()

    def _show_plots(self, progress: Sequence[VisitProgress]) -> None:
        scored = [p for p in progress if p.pain_score is not None]
        self.score_plot.show_points(
            [(p.date, float(p.pain_score or 0)) for p in scored],
            labels=[f"{p.pain_score}/10" for p in scored],
            tips=[visit_tip(p) for p in scored],
        )
        top = max([p.painful_share for p in progress], default=0.0) * 100
        high = max(5.0, math.ceil(top * 1.3 / 5) * 5)  # room over the highest for its label, in steps of 5%
        self.share_plot.getPlotItem().setYRange(0, high, padding=0.05)
        self.share_plot.show_points(
            [(p.date, 100 * p.painful_share) for p in progress],
            labels=[f"{100 * p.painful_share:.1f}%" for p in progress],
            tips=[visit_tip(p) for p in progress],
        )

    def _show_table(self, progress: Sequence[VisitProgress]) -> None:
        self.table.setRowCount(len(progress))
        for row, (point, visit) in enumerate(zip(progress, self.case.visits, strict=True)):
            cells = [
                str(point.number),
                f"{visit.date.day} {visit.date:%b %Y}",
                f"{point.pain_score}/10" if point.pain_score is not None else "not asked",
                f"{100 * point.painful_share:.1f}%",
                findings_words(visit, self.data),
                treatment_words(visit, self.data),
            ]
            for column, words in enumerate(cells):
                item = QTableWidgetItem(words)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def _show_choices(self) -> None:
        """The visits to compare: as chosen, while they exist; at first the first and the last."""
        names = [_visit_name(n, v) for n, v in enumerate(self.case.visits, 1)]
        for box, default in ((self.first, 0), (self.second, len(names) - 1)):
            index = box.currentIndex()
            with QSignalBlocker(box):
                box.clear()
                box.addItems(names)
                box.setCurrentIndex(index if 0 <= index < len(names) and box.count() == len(names) else default)

    def compare_visits(self, first: int, second: int) -> None:
        """Compare visit ``first`` with visit ``second`` (from 0), as choosing them in the boxes does."""
        with QSignalBlocker(self.first):
            self.first.setCurrentIndex(first)
        self.second.setCurrentIndex(second)
        self._show_comparison()

    def _show_comparison(self) -> None:
        visits = self.case.visits
        a, b = self.first.currentIndex(), self.second.currentIndex()
        if not (0 <= a < len(visits) and 0 <= b < len(visits)):
            return
        before, after = visits[a].pain, visits[b].pain
        self.changes = compare(before, after)
        marked = set(self.changes)  # the areas painful at either visit
        views = shown_views(self.data.atlas, marked)
        colours = self.colours()
        self.before.show_drawing(views, marked, colours, pain=before, title=self.first.currentText())
        self.after.show_drawing(views, marked, colours, pain=after, title=self.second.currentText())
        counts = {change: sum(1 for c in self.changes.values() if c is change) for change in Change}
        key = [
            Entry(
                f"{change.label}: {counts[change]}",
                Swatch.FILL,
                (change_brush(change),),
                QPen(QColor(0, 0, 0, 90), 0.8),
            )
            for change in Change
        ]
        fills = {rid: change_brush(change) for rid, change in self.changes.items()}
        self.overlay.show_drawing(views, marked, colours, fills=fills, key=key, title="What changed")
        self.before.key.setVisible(False)
        self.after.key.setVisible(False)
        if not self.changes:
            self.change_summary.setText("Neither drawing has a painful area.")
            return
        said = [f"{counts[c]} {c.label.split(' (')[0].lower()}" for c in Change if counts[c]]
        self.change_summary.setText(
            f"From {self.first.currentText()} to {self.second.currentText()}, of the areas painful at either: "
            + ", ".join(said)
            + "."
        )

    def _show_how_often(self) -> None:
        visits = self.case.visits
        counts = painful_counts(v.pain for v in visits)
        steps = len(style.HEAT)
        bounds = _count_classes(len(visits), steps)
        fills = {rid: style.heat_brush(_class_of(count, bounds)) for rid, count in counts.items()}
        edge = QPen(QColor(0, 0, 0, 90), 0.8)
        key = [Entry("Painful at:", Swatch.NONE)] + [
            Entry(_class_words(bounds, i, len(visits)), Swatch.FILL, (style.heat_brush(i),), edge)
            for i in range(len(bounds))
        ]
        views = shown_views(self.data.atlas, counts)
        self.how_often.show_drawing(views, counts, self.colours(), fills=fills, key=key)
        self.counts = counts

    # ------------------------------------------------------------------------------------------- actions

    def _on_point_hovered(self, words: str) -> None:
        if words:
            self.hovered.setText(words)

    def save_plot(self, plot: plots.TimePlot, name: str) -> Path | None:
        suggested = (self.document.path.parent if self.document.path else Path.home()) / f"{name}.png"
        path = PlotFileName.ask(self, str(suggested))
        if path is not None:
            plots.save_plot(plot, path)
        return path


def _count_classes(visits: int, steps: int) -> list[int]:
    """Upper bounds of the classes of "painful at N visits": one class per count when they fit in ``steps``."""
    if visits <= steps:
        return list(range(1, visits + 1))
    return sorted({math.ceil(visits * (i + 1) / steps) for i in range(steps)})


def _class_of(count: int, bounds: Sequence[int]) -> int:
    return next(i for i, bound in enumerate(bounds) if count <= bound)


def _class_words(bounds: Sequence[int], index: int, visits: int) -> str:
    low = bounds[index - 1] + 1 if index else 1
    high = bounds[index]
    span = str(high) if low == high else f"{low}-{high}"
    return f"{span} of {visits} visit{'s' if visits != 1 else ''}"
