"""The main window driven by clicks: mark, re-rank, choose a candidate, undo/redo, clear."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt

from bodymap.ui.body_scene import Z_MARKS, Z_PATTERN
from bodymap.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, data, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(data, settings)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def region_point(window: MainWindow, view: str, region_id: str) -> QPoint:
    """Where on the canvas a user would click to hit ``region_id`` in ``view``."""
    shape = window.data.atlas.views[view].shapes[region_id]
    p = shape.representative_point()
    scene = window.scene
    scene_pos = scene.scene_point_of(view, p.x, p.y)
    return window.canvas.mapFromScene(scene_pos)


def click(qtbot, window: MainWindow, view: str, region_id: str) -> None:
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=region_point(window, view, region_id))


def test_clicking_a_region_marks_it_and_ranks_candidates(qtbot, window):
    assert window.panel.list.count() == 0
    click(qtbot, window, "anterior", "right_temple")
    assert set(window.model.pain) == {"right_temple"}
    assert window.model.pain["right_temple"].intensity == window.intensity.value()
    names = [
        window.panel.list.item(i).data(Qt.ItemDataRole.AccessibleTextRole)
        for i in range(min(5, window.panel.list.count()))
    ]
    assert any(name.startswith("Upper trapezius, right") for name in names)
    assert "Smallest set" in window.panel.cover.text()


def test_second_click_clears_and_undo_redo_restore(qtbot, window):
    click(qtbot, window, "posterior", "left_occiput")
    click(qtbot, window, "posterior", "left_occiput")
    assert len(window.model.pain) == 0
    assert window.panel.list.count() == 0
    window.undo_action.trigger()
    assert set(window.model.pain) == {"left_occiput"}
    window.undo_action.trigger()
    assert len(window.model.pain) == 0
    window.redo_action.trigger()
    assert set(window.model.pain) == {"left_occiput"}


def test_marking_uses_the_chosen_intensity_and_clear_all_is_one_undo_step(qtbot, window):
    window.intensity.setValue(9)
    click(qtbot, window, "anterior", "right_temple")
    window.intensity.setValue(3)
    click(qtbot, window, "anterior", "left_temple")
    assert window.model.pain["right_temple"].intensity == 9
    assert window.model.pain["left_temple"].intensity == 3
    qtbot.keyClick(window, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert len(window.model.pain) == 0
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert set(window.model.pain) == {"right_temple", "left_temple"}


def test_a_click_outside_the_body_does_nothing(qtbot, window):
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert len(window.model.pain) == 0
    assert window.undo_stack.count() == 0


def test_choosing_a_candidate_draws_its_pattern_and_trigger_point(qtbot, window):
    click(qtbot, window, "anterior", "right_temple")
    with qtbot.waitSignal(window.panel.candidate_chosen) as chosen:
        window.panel.list.setCurrentRow(0)
    candidate = chosen.args[0]
    assert candidate is not None
    overlays = [i for i in window.scene.items() if i.zValue() == Z_PATTERN]
    shown_regions = sum(len(window.data.atlas.views_of(r)) for r in candidate.essential | candidate.spillover)
    assert len(overlays) == shown_regions
    crosses = [i for i in window.scene.items() if i.zValue() == Z_MARKS]
    assert len(crosses) == 1
    assert crosses[0].childItems()  # the X over its halo
    details = window.panel.details.toPlainText()
    assert candidate.muscle.name in details and "Needling caution" in details and "Sources" in details
    window.panel.list.setCurrentRow(-1)
    assert not [i for i in window.scene.items() if i.zValue() in (Z_PATTERN, Z_MARKS)]


def test_the_chosen_candidate_stays_chosen_while_the_drawing_grows(qtbot, window):
    click(qtbot, window, "anterior", "right_temple")
    window.panel.list.setCurrentRow(0)
    chosen = window.panel.current()
    click(qtbot, window, "anterior", "right_angle_of_jaw")
    assert window.panel.current() is not None and window.panel.current().key == chosen.key


def test_hovering_shows_the_region_name(qtbot, window):
    qtbot.mouseMove(window.canvas.viewport(), region_point(window, "posterior", "right_scapula"))
    qtbot.waitUntil(lambda: window.hover_label.text() == "Right shoulder blade")
    click(qtbot, window, "posterior", "right_scapula")
    qtbot.mouseMove(window.canvas.viewport(), region_point(window, "posterior", "right_scapula") + QPoint(0, 1))
    window._on_region_hovered("right_scapula")
    assert window.hover_label.text() == "Right shoulder blade: pain 6/10"


def test_window_geometry_is_remembered(qtbot, data, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = MainWindow(data, settings)
    qtbot.addWidget(first)
    first.resize(700, 520)  # the offscreen screen is 800 x 600
    first.show()
    first.close()
    second = MainWindow(data, settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 520)


def test_wheel_zooms_and_fit_restores(qtbot, window):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    fitted = window.canvas.transform().m11()
    centre = QPointF(window.canvas.viewport().rect().center())
    event = QWheelEvent(centre, window.canvas.mapToGlobal(centre), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)  # fmt: skip
    window.canvas.wheelEvent(event)
    assert window.canvas.transform().m11() > fitted * 1.3
    window.fit_action.trigger()
    assert window.canvas.transform().m11() == pytest.approx(fitted)
