"""The main window driven by clicks: mark, re-rank, choose a candidate, undo/redo, clear."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent

from bodymap.core.body import zones
from bodymap.core.body.painmap import PainMark, Quality
from bodymap.ui.canvas import style
from bodymap.ui.canvas.zone_items import Zone
from bodymap.ui.main_window import MainWindow
from tests.ui.conftest import click, crosses, drawn_at, drawn_places, hover, next_turn, region_point


def test_clicking_a_region_marks_it_and_ranks_candidates(qtbot, window):
    assert window.panel.list.count() == 0
    assert "Choose a candidate" in window.panel.details.toPlainText()
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


def test_painting_over_a_mark_with_another_strength_or_quality_changes_it(qtbot, window):
    click(qtbot, window, "anterior", "right_temple")
    qtbot.keyClick(window, Qt.Key.Key_9)
    qtbot.keyClick(window, Qt.Key.Key_Q)  # next quality: aching
    at = region_point(window, "anterior", "right_temple")
    qtbot.mousePress(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseMove(window.canvas.viewport(), at + QPoint(0, 6))
    qtbot.mouseRelease(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=at + QPoint(0, 6))
    assert window.model.pain["right_temple"] == PainMark(9, Quality.ACHING)
    click(qtbot, window, "anterior", "right_temple")  # a click with that very mark clears it
    assert "right_temple" not in window.model.pain


def test_a_click_with_another_strength_re_marks_instead_of_clearing(qtbot, window):
    click(qtbot, window, "anterior", "right_temple")
    first = window.model.pain["right_temple"]
    qtbot.keyClick(window, Qt.Key.Key_3)
    click(qtbot, window, "anterior", "right_temple")
    assert window.model.pain["right_temple"] == PainMark(3) != first
    window.undo_action.trigger()
    assert window.model.pain["right_temple"] == first


def test_f_marks_an_area_pain_free_which_is_drawn_apart_and_not_ranked(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F)
    assert window.intensity.value() == 0
    assert window.intensity.text() == "0: pain-free"
    click(qtbot, window, "anterior", "right_temple")
    assert window.model.pain["right_temple"] == PainMark(0)
    assert window.panel.list.count() == 0  # nothing painful to explain
    fills = {item.brush().color().rgb() for item in window.scene._regions["right_temple"]}
    assert fills == {style.over(style.pain_free_colour(), window.scene.colours.skin).rgb()}  # pale green, not red
    textures = {i.brush().style() for i in window.scene._pain_items["right_temple"]}
    assert Qt.BrushStyle.TexturePattern in textures  # under fine lines
    hover(qtbot, window, region_point(window, "anterior", "right_temple"))
    assert window.hover_label.text() == "Right temple: marked pain-free"


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
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(window.model.pain) == 0


def test_intensity_and_quality_keys(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_0)
    assert window.intensity.value() == 10
    qtbot.keyClick(window, Qt.Key.Key_Minus)
    assert window.intensity.value() == 9
    qtbot.keyClick(window, Qt.Key.Key_2)
    assert window.intensity.value() == 2
    qtbot.keyClick(window, Qt.Key.Key_F)
    assert window.intensity.value() == 0
    qualities = []
    for _ in range(5):
        qtbot.keyClick(window, Qt.Key.Key_Q)
        qualities.append(window.quality.currentData())
    assert qualities == [*Quality, None]


def test_a_click_outside_the_body_does_nothing(qtbot, window):
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert len(window.model.pain) == 0
    assert window.undo_stack.count() == 0


def test_choosing_a_candidate_draws_its_pattern_and_trigger_points(qtbot, window):
    click(qtbot, window, "anterior", "right_temple")
    with qtbot.waitSignal(window.panel.candidate_chosen) as chosen:
        window.panel.list.setCurrentRow(0)
    candidate = chosen.args[0]
    assert candidate is not None
    # each zone drawn as one shape in each view that draws any of its regions
    drawn = {(z.view, z.zone) for z in window.scene.zones_drawn}
    assert len(drawn) == len(window.scene.zones_drawn)
    for zone, regions in ((Zone.ESSENTIAL, candidate.essential), (Zone.SPILLOVER, candidate.spillover)):
        views = {v for r in regions for v in window.data.atlas.views_of(r)}
        assert {v for v, z in drawn if z is zone} == views
    marks = crosses(window.scene)
    assert len(marks) == drawn_places(candidate.muscle, candidate.side, window.scene)  # every one, in every view
    assert {m.tp_id for m in marks} == {tp.id for tp in candidate.muscle.trigger_points}  # each can be hovered
    details = window.panel.details.toPlainText()
    assert candidate.muscle.name in details and "Needling caution" in details and "Sources" in details
    assert "In its main zone: Right temple" in details
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.scene.zones_drawn
    assert not crosses(window.scene)


def test_the_chosen_candidate_stays_chosen_while_the_drawing_grows(qtbot, window):
    click(qtbot, window, "anterior", "right_temple")
    window.panel.list.setCurrentRow(0)
    chosen = window.panel.current()
    click(qtbot, window, "anterior", "right_angle_of_jaw")
    assert window.panel.current() is not None and window.panel.current().key == chosen.key


def test_next_and_previous_candidate_keys_and_the_smallest_set_links(qtbot, window):
    click(qtbot, window, "anterior", "right_temple")
    click(qtbot, window, "posterior", "right_buttock_upper")
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.panel.list.currentRow() == 0
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.panel.list.currentRow() == 1
    qtbot.keyClick(window, Qt.Key.Key_P)
    assert window.panel.list.currentRow() == 0
    link = window.panel.cover.text().split("href='")[2].split("'")[0]  # the second muscle of the set
    window.panel.cover.linkActivated.emit(link)
    current = window.panel.current()
    assert f"{current.muscle.id}:{current.side.value}" == link


def test_hovering_shows_the_region_name(qtbot, window):
    hover(qtbot, window, region_point(window, "posterior", "right_scapula"))
    assert window.hover_label.text() == "Right shoulder blade"
    assert window.canvas.toolTip() == "Right shoulder blade"
    click(qtbot, window, "posterior", "right_scapula")
    hover(qtbot, window, region_point(window, "posterior", "right_scapula"))
    assert window.hover_label.text() == "Right shoulder blade: pain 6/10"


def test_after_a_view_change_the_status_bar_names_what_is_under_the_pointer_now(qtbot, window):
    at = region_point(window, "anterior", "right_temple")
    hover(qtbot, window, at)
    assert window.hover_label.text() == "Right temple"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the back alone, the pointer still
    next_turn(qtbot)
    under = window.canvas.region_under(QPointF(at))
    assert under != "right_temple"
    now = window.data.atlas.regions[under].label if under else ""
    assert window.hover_label.text() == window.canvas.toolTip() == now


def shapes(scene) -> set[tuple[str, Zone, tuple[float, ...]]]:
    """The zones drawn: each one's view, zone and bounding rectangle."""
    return {(z.view, z.zone, z.path.boundingRect().getRect()) for z in scene.zones_drawn}


def test_hovering_a_trigger_point_shows_its_own_pattern(qtbot, window):
    window.show_muscle("infraspinatus")
    muscle = window.data.catalog.muscles["infraspinatus"]
    assert len(muscle.trigger_points) >= 2
    whole = shapes(window.scene)
    tp = muscle.trigger_points[-1]
    window.canvas.viewport().repaint()
    hover(qtbot, window, window.canvas.mapFromScene(drawn_at(window.scene, tp.id)))
    assert tp.name in window.hover_label.text()
    assert window.canvas.toolTip() == window.hover_label.text()  # both name the X, not one the region under it
    essential, _ = window.data.catalog.patterns[tp.id].zones(window.patterns.current.side, window.data.atlas)
    views = {v for r in essential for v in window.data.atlas.views_of(r)}
    assert {z.view for z in window.scene.zones_drawn if z.zone is Zone.ESSENTIAL} == views
    assert shapes(window.scene) != whole
    qtbot.mouseMove(window.canvas.viewport(), QPoint(2, 2))
    assert shapes(window.scene) == whole


def test_window_state_is_remembered(qtbot, data, settings):
    first = MainWindow(data, settings)
    qtbot.addWidget(first)
    first.resize(700, 520)  # the offscreen screen is 800 x 600
    first.show()
    first.show_view("posterior")
    first.brush_size.setValue(18)
    first.set_theme(first.theme.DARK)
    first.close()
    second = MainWindow(data, settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 520)
    assert second.shown_view == "posterior" and second.scene.view_names == ["posterior"]
    assert second.brush_size.value() == 18 and second.canvas.radius == 18
    assert second.theme is second.theme.DARK
    second.set_theme(second.theme.SYSTEM)


def test_wheel_zooms_and_fit_restores(qtbot, window):
    fitted = window.canvas.transform().m11()
    centre = QPointF(window.canvas.viewport().rect().center())
    event = QWheelEvent(centre, window.canvas.mapToGlobal(centre), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)  # fmt: skip
    window.canvas.wheelEvent(event)
    assert window.canvas.transform().m11() > fitted * 1.3
    window.fit_action.trigger()
    assert window.canvas.transform().m11() == pytest.approx(fitted)


def test_settings_are_kept_apart_in_tests(settings):
    assert isinstance(settings, QSettings) and settings.fileName().endswith("settings.ini")


def test_the_top_candidates_patterns_are_worked_out_before_they_are_chosen(qtbot, window, monkeypatch):
    click(qtbot, window, "anterior", "right_temple")
    qtbot.waitUntil(lambda: not window.patterns.preparing)
    worked_out = []
    smooth_shape = zones.smooth_shape
    monkeypatch.setattr(zones, "smooth_shape", lambda *args: worked_out.append(args) or smooth_shape(*args))
    window.panel.list.setCurrentRow(0)  # drawn from shapes worked out while the user looked
    assert window.scene.zones_drawn and not worked_out
