"""Painting as a user does: drags with the brush and the eraser, fast strokes, pen and touch; one undo per stroke."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bodymap.core.body.painmap import PainMark, Quality, brushed_regions
from bodymap.ui.canvas.tools import Tool
from bodymap.ui.main_window import MainWindow
from tests.ui.conftest import body_point, hover, next_turn, region_point


def centre(window: MainWindow, view: str, region_id: str) -> tuple[float, float]:
    p = window.data.atlas.views[view].shapes[region_id].representative_point()
    return p.x, p.y


def drag(qtbot, window: MainWindow, points: list[QPoint], button=Qt.MouseButton.LeftButton) -> None:
    """Press, a few (possibly far apart) moves, release: what a fast hand gives the application."""
    viewport = window.canvas.viewport()
    qtbot.mousePress(viewport, button, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(viewport, point)
    qtbot.mouseRelease(viewport, button, pos=points[-1])


# A fast stroke from the right thigh down to the shin, across the knee: two samples, one at each end.
STROKE = ("anterior", "right_anterior_thigh_upper", "right_shin_upper")


def fast_stroke(window: MainWindow) -> tuple[list[QPoint], list[tuple[float, float]]]:
    """The stroke's two pointer samples (canvas pixels) and the same two points on the body."""
    view, start, end = STROKE
    body = [centre(window, view, start), centre(window, view, end)]
    return [body_point(window, view, x, y) for x, y in body], body


def test_a_fast_stroke_marks_every_region_between_its_samples(qtbot, window):
    screen, body = fast_stroke(window)
    view = window.data.atlas.views[STROKE[0]]
    radius = window.brush_size.value()
    dabs = brushed_regions(view, body[:1], radius) | brushed_regions(view, body[-1:], radius)
    between = brushed_regions(view, body, radius) - dabs
    assert {"right_patella", "right_anterior_thigh_lower"} <= between  # far from both samples
    drag(qtbot, window, screen)
    assert set(window.model.pain) >= between | {"right_anterior_thigh_upper", "right_shin_upper"}
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText().startswith("Paint ")


def test_each_stroke_is_one_undo_step_and_uses_the_toolbar_mark(qtbot, window):
    window.intensity.setValue(8)
    window.quality.setCurrentIndex(window.quality.findData(Quality.BURNING))
    screen, _ = fast_stroke(window)
    drag(qtbot, window, [screen[0], (screen[0] + screen[1]) / 2, screen[1]])
    first = dict(window.model.pain)
    assert len(first) >= 3 and set(first.values()) == {PainMark(8, Quality.BURNING)}
    drag(
        qtbot,
        window,
        [region_point(window, "posterior", "right_scapula"), region_point(window, "posterior", "left_scapula")],
    )
    assert {"right_scapula", "left_scapula"} <= set(window.model.pain)
    assert window.undo_stack.count() == 2
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dict(window.model.pain) == first
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.model.pain


def test_the_stroke_shows_its_regions_while_painting_and_escape_cancels_it(qtbot, window):
    screen, _ = fast_stroke(window)
    viewport = window.canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=screen[0])
    qtbot.mouseMove(viewport, screen[1])
    assert window.scene._pain and not window.model.pain  # shown, not yet in the model
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=screen[1])
    assert not window.model.pain and not window.scene._pain
    assert window.undo_stack.count() == 0


def test_the_eraser_clears_what_it_passes_over(qtbot, window):
    screen, _ = fast_stroke(window)
    drag(qtbot, window, screen)
    painted = set(window.model.pain)
    qtbot.keyClick(window, Qt.Key.Key_X)
    assert window.canvas.tool is Tool.ERASER and window.actions["eraser"].isChecked()
    drag(qtbot, window, [screen[1], screen[0]])
    assert not window.model.pain
    assert window.undo_stack.undoText() == f"Erase {len(painted)} areas"
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.canvas.tool is Tool.BRUSH


def test_an_eraser_click_clears_the_region_under_it(qtbot, window):
    qtbot.mouseClick(
        window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=region_point(window, "posterior", "right_scapula")
    )
    window.set_tool(Tool.ERASER)
    qtbot.mouseClick(
        window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=region_point(window, "posterior", "right_scapula")
    )
    assert "right_scapula" not in window.model.pain


def test_brush_size_keys_and_the_cursor_circle(qtbot, window):
    size = window.brush_size.value()
    qtbot.keyClick(window, Qt.Key.Key_BracketRight)
    bigger = window.brush_size.value()
    assert bigger > size and window.canvas.radius == bigger
    qtbot.keyClick(window, Qt.Key.Key_BracketLeft)
    qtbot.keyClick(window, Qt.Key.Key_BracketLeft)
    assert window.brush_size.value() < size
    hover(qtbot, window, region_point(window, "anterior", "right_anterior_thigh_upper"))
    cursor = window.canvas._cursor
    assert cursor.isVisible() and cursor.rect().width() == 2 * window.brush_size.value()
    qtbot.mouseMove(window.canvas.viewport(), QPoint(2, 2))
    assert not cursor.isVisible()


def test_right_drag_pans_and_paints_nothing(qtbot, window):
    window.canvas.zoom_by(3)
    before = window.canvas.mapToScene(QPoint(0, 0))
    drag(qtbot, window, [QPoint(300, 300), QPoint(200, 250)], Qt.MouseButton.RightButton)
    after = window.canvas.mapToScene(QPoint(0, 0))
    assert after.x() > before.x() and after.y() > before.y()
    assert not window.model.pain


def tablet(window: MainWindow, kind: QEvent.Type, pos: QPoint, pointer: QPointingDevice.PointerType) -> None:
    device = QPointingDevice("pen", 77, QInputDevice.DeviceType.Stylus, pointer, QInputDevice.Capability.Position, 1, 3)
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else Qt.MouseButton.LeftButton
    event = QTabletEvent(kind, device, QPointF(pos), QPointF(window.canvas.viewport().mapToGlobal(pos)), 0.6,
                         0, 0, 0, 0, 0, Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, buttons)  # fmt: skip
    QApplication.sendEvent(window.canvas.viewport(), event)


def test_a_pen_paints_and_its_eraser_end_erases(qtbot, window):
    screen, _ = fast_stroke(window)
    pen = QPointingDevice.PointerType.Pen
    tablet(window, QEvent.Type.TabletPress, screen[0], pen)
    tablet(window, QEvent.Type.TabletMove, screen[1], pen)
    tablet(window, QEvent.Type.TabletRelease, screen[1], pen)
    assert "right_patella" in window.model.pain and window.undo_stack.count() == 1
    eraser = QPointingDevice.PointerType.Eraser
    tablet(window, QEvent.Type.TabletPress, screen[1], eraser)
    tablet(window, QEvent.Type.TabletMove, screen[0], eraser)
    tablet(window, QEvent.Type.TabletRelease, screen[0], eraser)
    assert not window.model.pain
    assert window.canvas.tool is Tool.BRUSH  # the pen's eraser end does not change the chosen tool


def test_one_finger_paints_and_two_fingers_pinch_zoom(qtbot, window):
    touch = QTest.createTouchDevice()
    viewport = window.canvas.viewport()
    screen, _ = fast_stroke(window)

    def fingers(kind: str, *points: QPoint) -> None:
        sequence = QTest.touchEvent(viewport, touch)
        for finger, point in enumerate(points):
            getattr(sequence, kind)(finger, point, viewport)
        sequence.commit()

    fingers("press", screen[0])
    fingers("move", screen[1])
    fingers("release", screen[1])
    assert "right_patella" in window.model.pain and window.undo_stack.count() == 1
    scale = window.canvas.transform().m11()
    c = viewport.rect().center()
    fingers("press", c - QPoint(40, 0), c + QPoint(40, 0))
    fingers("move", c - QPoint(100, 0), c + QPoint(100, 0))
    fingers("release", c - QPoint(100, 0), c + QPoint(100, 0))
    assert window.canvas.transform().m11() == pytest.approx(scale * 2.5, rel=0.01)
    assert window.undo_stack.count() == 1  # pinching painted nothing


@pytest.mark.parametrize("change", ["view", "theme"])
def test_a_stroke_under_way_when_the_scene_changes_is_finished_not_lost(qtbot, window, change):
    screen, _ = fast_stroke(window)
    viewport = window.canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=screen[0])
    qtbot.mouseMove(viewport, screen[1])
    painted = set(window.scene._pain)
    assert painted and not window.model.pain  # shown, not yet in the model
    key = Qt.Key.Key_3 if change == "view" else Qt.Key.Key_T
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)  # mid-drag
    next_turn(qtbot)
    assert set(window.model.pain) == painted and window.undo_stack.count() == 1
    assert "stroke was finished" in window.statusBar().currentMessage()
    assert set(window.scene._pain) == painted  # and drawn on the new scene
    qtbot.mouseMove(viewport, screen[0])
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=screen[0])
    assert set(window.model.pain) == painted and window.undo_stack.count() == 1  # the release adds nothing
    window.set_theme(window.theme.SYSTEM)
