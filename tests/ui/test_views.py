"""Views: every atlas view, all side by side or one at a time; zoom, pan, fit; the patient's right on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from bodymap.ui.canvas.body_scene import BodyScene, best_columns, grid
from bodymap.ui.main_window import MainWindow
from tests.ui.conftest import click, hover, region_point


def captions(scene: BodyScene) -> list[str]:
    return [i.text() for i in scene.items() if isinstance(i, QGraphicsSimpleTextItem)]


def test_every_atlas_view_is_drawn_with_its_label(window, data):
    assert window.scene.view_names == list(data.atlas.views)
    texts = captions(window.scene)
    for view in data.atlas.views.values():
        assert view.label in texts
    two_sided = [v for v in data.atlas.views.values() if v.shows is None]
    assert texts.count("Patient's right") == len(two_sided)


def test_choosing_one_view_shows_it_alone_and_keeps_the_drawing(qtbot, window, data):
    click(qtbot, window, "anterior", "right_temple")
    names = list(data.atlas.views)
    for index, name in enumerate(names, start=2):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.scene.view_names == [name]
        assert window.view_choice.currentData() == name
        shown = "right_temple" in data.atlas.views[name].shapes
        assert bool(window.scene._pain_items.get("right_temple")) == shown
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.scene.view_names == names
    marked = window.scene._regions["right_temple"]
    assert marked and all(item.brush().color().red() > 150 for item in marked)


def test_a_marked_region_is_marked_in_every_view_that_shows_it(qtbot, window, data):
    shared = next(r for r in data.atlas.regions if len(data.atlas.views_of(r)) >= 3)
    first = data.atlas.views_of(shared)[0]
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=region_point(window, first, shared))
    assert len(window.scene._pain_items[shared]) >= 3


def test_views_are_laid_out_to_show_the_body_largest(data):
    names = list(data.atlas.views)
    tall, wide = best_columns(data.atlas, names, 800, 900), best_columns(data.atlas, names, 3000, 700)
    assert tall < wide == len(names)
    origins = grid(data.atlas, names, 2)
    assert origins[names[2]].y() > origins[names[0]].y() == origins[names[1]].y()
    assert origins[names[1]].x() > origins[names[0]].x() == 0


def test_the_layout_follows_the_canvas_shape(qtbot, window):
    window.resize(1400, 700)
    qtbot.waitUntil(lambda: window._scene_columns == window._columns())
    wide = window._scene_columns
    window.dock.hide()
    window.splitter.setSizes([300, 900])
    qtbot.waitUntil(lambda: window._scene_columns < wide, timeout=2000)


@pytest.mark.parametrize("size", [(1400, 600), (900, 1000)])
def test_the_first_show_lays_the_views_out_for_the_real_size_at_once(qtbot, data, settings, size):
    win = MainWindow(data, settings)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()  # no waiting: the layout must be right for the very first paint
    assert not win._relayout_timer.isActive()
    assert win._scene_columns == win._columns()


def test_zoom_keys_pan_and_fit(qtbot, window):
    fitted = window.canvas.transform().m11()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.canvas.transform().m11() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.canvas.transform().m11() == pytest.approx(fitted)
    for _ in range(40):  # zooming has limits
        window.canvas.zoom_by(2)
    assert window.canvas.transform().m11() <= fitted * 17
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.canvas.transform().m11() == pytest.approx(fitted)


def test_zoomed_in_the_patients_right_is_still_labelled(qtbot, window):
    window.show_view("anterior")
    left, right = window.canvas._side_labels
    assert not left.isVisible()
    centre = window.canvas.mapFromScene(window.scene.view_rect("anterior").center())
    window.canvas.zoom_by(4, centre.toPointF())
    assert left.isVisible() and right.isVisible()
    assert "Patient's right" in left.text() and "Patient's left" in right.text()
    window.show_view("posterior")
    window.canvas.zoom_by(4, window.canvas.mapFromScene(window.scene.view_rect("posterior").center()).toPointF())
    assert "Patient's left" in left.text() and "Patient's right" in right.text()


def test_a_side_view_says_which_side_it_shows(window, data):
    side_views = [v for v in data.atlas.views.values() if v.shows is not None]
    for view in side_views:
        window.show_view(view.name)
        assert window.scene.side_captions(view.name) == (f"Patient's {view.shows.value} side", "")


def test_hover_is_immediate_in_every_view(qtbot, window, data):
    for name, view in data.atlas.views.items():
        region = next(iter(view.shapes))
        hover(qtbot, window, region_point(window, name, region))
        assert window.hover_label.text() == data.atlas.regions[region].label
