"""The Progress window of a case of four visits: the plotted values are the case's, two visits compared area by area,
how often each area hurt, the findings and treatment of each visit; it follows edits and the theme."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from bodymap.core.body.painmap import PainMark
from bodymap.core.case.progress import Change, painful_share
from bodymap.ui.canvas import style
from bodymap.ui.case.commands import ChangePain
from bodymap.ui.case.progress import CHANGE_COLOURS, PlotFileName, ProgressWindow
from bodymap.ui.main_window import MainWindow
from bodymap.ui.theme import Theme
from tests.conftest import REPO
from tests.ui.conftest import open_window

EXAMPLE = REPO / "examples" / "tension_headache.bodymap"


@pytest.fixture
def window(qtbot, data, settings, tmp_path) -> MainWindow:
    """The window with the example case open (a copy: opening a case locks it)."""
    case_file = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, case_file)
    win = open_window(qtbot, data, settings, 1300, 860)
    assert win.files.open(case_file)
    return win


@pytest.fixture
def progress(qtbot, window) -> ProgressWindow:
    window.actions["visit_progress"].trigger()  # View > Progress over the visits (F9)
    shown = window.progress_window
    assert shown is not None
    qtbot.waitExposed(shown)
    return shown


def plotted(plot) -> tuple[list[float], list[float]]:
    xs, ys = plot.getPlotItem().listDataItems()[0].getData()
    return [float(x) for x in xs], [float(y) for y in ys]


def labels(plot) -> list[str]:
    return [item.textItem.toPlainText() for item in plot.getPlotItem().items if hasattr(item, "textItem")]


def noon(day: dt.date) -> float:
    return dt.datetime.combine(day, dt.time(12)).timestamp()


def test_the_plots_show_each_visits_score_and_painful_share(progress, window, data):
    visits = window.model.case.visits
    assert len(visits) == 4
    xs, ys = plotted(progress.score_plot)
    assert xs == [noon(v.date) for v in visits]
    assert ys == [7, 5, 3, 2] == [v.pain_score for v in visits]
    assert labels(progress.score_plot) == ["7/10", "5/10", "3/10", "2/10"]
    xs, ys = plotted(progress.share_plot)
    assert xs == [noon(v.date) for v in visits]
    assert ys == pytest.approx([100 * painful_share(v.pain, data.atlas) for v in visits])
    assert labels(progress.share_plot) == [f"{y:.1f}%" for y in ys]
    ticks = progress.score_plot.getPlotItem().getAxis("bottom")._tickLevels[0]
    assert [words for _, words in ticks] == ["3 Feb", "10 Feb", "24 Feb", "17 Mar"]  # the visits' dates


def move_to(widget, at: QPointF) -> None:
    """A mouse move over ``widget`` (sent to it: another window lying over it on the offscreen screen would take a
    move made through the screen)."""
    event = QMouseEvent(
        QEvent.Type.MouseMove, at, widget.mapToGlobal(at), Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_hovering_a_point_names_its_visit(qtbot, progress):
    plot = progress.score_plot
    view_box = plot.getPlotItem().getViewBox()
    xs, ys = plotted(plot)
    at = QPointF(plot.mapFromScene(view_box.mapViewToScene(QPointF(xs[1], ys[1]))))
    with qtbot.waitSignal(plot.point_hovered, check_params_cb=lambda words: words.startswith("Visit 2")):
        move_to(plot.viewport(), at)
    # the example was drawn on the first atlas: its temple and shoulder top also hold today's areas above the ear
    # and at the angle of the neck
    assert progress.hovered.text() == "Visit 2, 10 Feb 2026: pain 5/10; 2.1% of the body painful (9 areas)"


def test_the_table_holds_each_visits_findings_and_treatment(progress):
    table = progress.table
    assert table.rowCount() == 4
    assert [table.item(row, 2).text() for row in range(4)] == ["7/10", "5/10", "3/10", "2/10"]
    first_findings = table.item(0, 4).text().splitlines()
    assert first_findings[0] == "Upper trapezius (right): Active trigger point, familiar pain, twitch"
    assert "Temporalis (right): Nothing found" in first_findings
    assert table.item(1, 5).text().startswith("Upper trapezius (right): Dry needling, two twitches")


def test_two_visits_compared_area_by_area(qtbot, progress):
    # the first and the last are compared at first
    assert progress.first.currentIndex() == 0 and progress.second.currentIndex() == 3
    changes = progress.changes
    assert changes["right_temple"] is Change.BETTER  # 7 -> 2
    assert changes["right_occiput"] is Change.BETTER  # 6 -> 3
    assert changes["right_orbit"] is Change.RESOLVED
    assert changes["right_shoulder_top"] is Change.RESOLVED
    assert changes["left_posterior_neck_upper"] is Change.NEW  # pain-free at the first visit, painful at the last
    assert "left_temple" not in changes  # pain-free, then not marked: no pain either time
    assert "New pain: 1" in progress.overlay.key.texts() and "Better (weaker): 5" in progress.overlay.key.texts()
    assert progress.change_summary.text().endswith("1 new pain, 5 better, 5 resolved.")
    # another pair chosen in the boxes, as a user does
    progress.first.setCurrentIndex(1)
    progress.second.setCurrentIndex(2)
    assert progress.changes["right_shoulder_top"] is Change.BETTER  # 5 -> 2
    assert progress.changes["right_posterior_neck_lower"] is Change.RESOLVED
    assert progress.changes["right_occiput"] is Change.BETTER  # 5 -> 4
    # the overlay draws each area in its class's colour, around the areas compared
    fills = {
        item.brush().color().rgb()
        for scene in progress.overlay.scenes.values()
        for item in scene.items()
        if item.zValue() == 1 and item.brush().color().alpha() == 225
    }
    assert {CHANGE_COLOURS[Change.BETTER].rgb(), CHANGE_COLOURS[Change.RESOLVED].rgb()} <= fills
    assert all(f.height < 400 for f in progress.overlay.body.frames)  # heads and necks, not whole bodies


def test_how_often_each_area_hurt(progress):
    assert progress.counts["right_temple"] == 4
    assert progress.counts["right_orbit"] == 1
    assert "left_temple" not in progress.counts  # only ever marked pain-free
    assert progress.how_often.key.texts() == [
        "Painful at:", "1 of 4 visits", "2 of 4 visits", "3 of 4 visits", "4 of 4 visits",
    ]  # fmt: skip


def test_progress_follows_an_edit_of_the_case(qtbot, progress, window):
    visit = window.model.case.visits[-1]
    window.undo_stack.push(ChangePain(window.model, {"right_scapula": PainMark(8)}, "Mark"))
    qtbot.waitUntil(lambda: progress.counts.get("right_scapula") == 1)
    assert progress.changes["right_scapula"] is Change.NEW
    window.visits.score.setValue(6)  # the last visit's pain score, typed in the Visits tab
    qtbot.waitUntil(lambda: plotted(progress.score_plot)[1][-1] == 6)
    assert visit.pain_score == 6


def test_the_drawings_follow_the_theme(qtbot, progress, window):
    window.set_theme(Theme.DARK)
    qtbot.waitUntil(lambda: progress.overlay.body.colours == style.DARK)
    window.set_theme(Theme.LIGHT)
    qtbot.waitUntil(lambda: progress.overlay.body.colours == style.LIGHT)


@pytest.mark.parametrize(("suffix", "magic"), [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_a_plot_is_saved(progress, tmp_path, monkeypatch, suffix, magic):
    target = tmp_path / f"score{suffix}"
    monkeypatch.setattr(PlotFileName, "ask", classmethod(lambda cls, parent, suggested: target))
    assert progress.save_plot(progress.score_plot, "pain-score") == target
    content = target.read_bytes()
    assert content.startswith(magic)
    if suffix == ".svg":
        assert b"7/10" in content  # the labels are text


def test_the_window_closes_with_the_main_window(qtbot, progress, window):
    window.close()
    qtbot.waitUntil(lambda: not progress.isVisible())
    QApplication.processEvents()


def test_a_new_case_shows_its_one_blank_visit(qtbot, data, settings):
    window = open_window(qtbot, data, settings, 1200, 800)
    progress = window.show_progress()
    qtbot.waitExposed(progress)
    assert plotted(progress.share_plot)[1] == [0.0]
    assert progress.table.rowCount() == 1 and progress.table.item(0, 2).text() == "not asked"
    assert progress.changes == {} and progress.change_summary.text() == "Neither drawing has a painful area."
    assert progress.counts == {}
    assert [f.view for f in progress.overlay.body.frames] == ["anterior", "posterior"]  # the whole body, front and back
