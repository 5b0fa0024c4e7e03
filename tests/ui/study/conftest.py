"""Study mode as a student meets it: through the main window's Study menu, with the records in a folder of the
test's own."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from bodymap.core.clinic.catalog import Location
from bodymap.ui.main_window import MainWindow
from bodymap.ui.study.window import StudyWindow


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch) -> Path:
    """The app's data folder (and so the study records) for this test alone."""
    home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def records(data_home: Path) -> Path:
    return data_home / "bodymap" / "study"


def open_study(qtbot, window: MainWindow) -> StudyWindow:
    """Study > Start a study round..., as the menu does it."""
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert list(menus)[-2:] == ["&Study", "&Help"]
    assert [a.text() for a in menus["&Study"].actions()] == [
        "&Start a study round...", "Study &progress", "&Export Anki deck...",
    ]  # fmt: skip
    window.study.start_action.trigger()
    study = window.study.study_window
    assert study is not None
    qtbot.waitExposed(study)
    # keys go to the active window (the main window's 1 to 9 would take the digits): wait until it is the study's
    qtbot.waitUntil(lambda: QApplication.activeWindow() is study)
    return study


def canvas_point(study: StudyWindow, view: str, x: float, y: float) -> QPoint:
    canvas = study.quiz.canvas
    return canvas.mapFromScene(canvas.body.scene_point_of(view, x, y))


def region_point(study: StudyWindow, region_id: str, view: str = "") -> QPoint:
    """Where a student would click to hit ``region_id`` in ``view`` (or the first shown view that has it)."""
    atlas = study.data.atlas
    view = view or next(v for v in study.quiz.views if region_id in atlas.views[v].shapes)
    p = atlas.views[view].shapes[region_id].representative_point()
    return canvas_point(study, view, p.x, p.y)


def location_point(study: StudyWindow, location: Location, dx: float = 0, dy: float = 0) -> QPoint:
    return canvas_point(study, location.view, location.x + dx, location.y + dy)


def click(qtbot, study: StudyWindow, at: QPoint) -> None:
    qtbot.mouseClick(study.quiz.canvas.viewport(), Qt.MouseButton.LeftButton, pos=at)


def drag(qtbot, study: StudyWindow, points: list[QPoint]) -> None:
    """A paint stroke through ``points`` (a few samples, as a quick hand gives)."""
    viewport = study.quiz.canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=points[0])
    for a, b in itertools.pairwise(points):
        for step in (1, 2, 3):
            qtbot.mouseMove(viewport, a + (b - a) * step / 3)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=points[-1])
