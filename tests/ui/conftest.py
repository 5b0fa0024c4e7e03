"""The window as a user meets it (settings in a temporary file), and how a user points at a body region."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt, QTimer

from bodymap.core.body.atlas import Side
from bodymap.core.clinic.catalog import Muscle
from bodymap.ui.canvas.body_scene import BodyScene
from bodymap.ui.canvas.marks import Mark, TriggerPointMarks
from bodymap.ui.case.dialogs import Choice, UnsavedChanges
from bodymap.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _unsaved_changes_are_discarded_at_teardown(monkeypatch):
    """A window closed by the test run with unsaved changes would wait for an answer: the tests that care about the
    question answer it themselves; the others discard."""
    monkeypatch.setattr(UnsavedChanges, "ask", classmethod(lambda cls, parent, name: Choice.DISCARD))


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_window(qtbot, data, settings, width: int, height: int) -> MainWindow:
    win = MainWindow(data, settings)
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)
    # the views are laid out again a moment after the canvas changes size: let that happen before pointing
    qtbot.waitUntil(lambda: not win._relayout_timer.isActive())
    return win


@pytest.fixture
def window(qtbot, data, settings) -> MainWindow:
    return open_window(qtbot, data, settings, 1200, 800)


def body_point(window: MainWindow, view: str, x: float, y: float) -> QPoint:
    """The canvas pixel showing body point (x, y) of ``view``."""
    return window.canvas.mapFromScene(window.scene.scene_point_of(view, x, y))


def region_point(window: MainWindow, view: str, region_id: str) -> QPoint:
    """Where on the canvas a user would click to hit ``region_id`` in ``view``."""
    p = window.data.atlas.views[view].shapes[region_id].representative_point()
    return body_point(window, view, p.x, p.y)


def hover(qtbot, window: MainWindow, at: QPoint) -> None:
    """Move the pointer to ``at`` over the canvas.  The first step to a corner works around QTest, which
    drops a move to where it believes the pointer already is (after a click, or from an earlier test)."""
    qtbot.mouseMove(window.canvas.viewport(), QPoint(1, 1))
    qtbot.mouseMove(window.canvas.viewport(), at)


def click(qtbot, window: MainWindow, view: str, region_id: str) -> None:
    """Click a region and wait for the candidates to follow (they are ranked just after the mark is drawn)."""
    with qtbot.waitSignal(window.ranked):
        qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=region_point(window, view, region_id))


def crosses(scene: BodyScene) -> list[Mark]:
    """The trigger points' Xs on show, one for each trigger point in each view that draws it."""
    return [mark for item in scene.items() if isinstance(item, TriggerPointMarks) for mark in item.marks]


def drawn_at(scene: BodyScene, tp_id: str) -> QPointF:
    """Where a trigger point's first X was last painted (moved apart from its neighbours, it is not on its spot)."""
    (item,) = [i for i in scene.items() if isinstance(i, TriggerPointMarks)]
    return item.shown_at()[tp_id][0]


def drawn_places(muscle: Muscle, side: Side, scene: BodyScene) -> int:
    """How many Xs the muscle's trigger points have in the views the scene shows."""
    return sum(
        loc.view in scene.view_names for tp in muscle.trigger_points for loc in tp.locations_on(side, scene.atlas)
    )


def next_turn(qtbot) -> None:
    """Let the event loop run a full turn, as it does between a user's actions: what was scheduled for "right
    after" (the re-ranking after a change of the drawing, say) happens."""
    timer = QTimer(singleShot=True, interval=0)
    with qtbot.waitSignal(timer.timeout):
        timer.start()


def choose_condition(qtbot, window: MainWindow, name: str) -> None:
    """The Conditions tab, then the condition's row, with the mouse; the candidates follow a moment later."""
    tabs = window.browser.tabs
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(1).center())
    listing = window.browser.conditions
    item = listing.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    listing.scrollToItem(item)
    with qtbot.waitSignal(window.ranked):
        qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center())
