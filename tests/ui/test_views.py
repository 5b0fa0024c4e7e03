"""Views: every atlas view, all side by side or one at a time; zoom, pan, fit; the patient's right on screen."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontInfo, QFontMetricsF
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from bodymap.ui.canvas.body_scene import BodyScene, best_columns, grid
from bodymap.ui.main_window import MainWindow
from tests.ui.conftest import click, hover, region_point


def scene_texts(scene: BodyScene) -> list[str]:
    return [i.text() for i in scene.items() if isinstance(i, QGraphicsSimpleTextItem) and i.isVisible()]


def written(window: MainWindow) -> list[str]:
    """The captions written over the canvas."""
    return [p.text for p in window.canvas.captions.placed()]


def test_every_atlas_view_is_drawn_with_its_label(window, data):
    assert window.scene.view_names == list(data.atlas.views)
    assert not scene_texts(window.scene)  # not in the scene, where text scales with the zoom ...
    texts = written(window)  # ... but over it, once each
    for view in data.atlas.views.values():
        assert texts.count(view.label) == 1
    two_sided = [v for v in data.atlas.views.values() if v.shows is None]
    lefts, rights = [t for t in texts if t.startswith("◀ ")], [t for t in texts if t.endswith(" ▶")]
    assert len(lefts) == len(rights) == len(two_sided)


def test_an_export_keeps_its_captions_in_the_scene(data):
    texts = scene_texts(BodyScene(data.atlas))
    for view in data.atlas.views.values():
        assert view.label in texts


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
    centre = window.canvas.mapFromScene(window.scene.view_rect("anterior").center())
    window.canvas.zoom_by(4, centre.toPointF())
    texts = written(window)
    assert texts == ["Front", "◀ Patient's right", "Patient's left ▶"]  # at the top of what is seen of the view
    window.show_view("posterior")
    window.canvas.zoom_by(4, window.canvas.mapFromScene(window.scene.view_rect("posterior").center()).toPointF())
    assert written(window) == ["Back", "◀ Patient's left", "Patient's right ▶"]


@pytest.mark.parametrize("view", ["anterior", ""])
def test_captions_keep_their_size_whatever_the_zoom_and_are_never_cut_off(qtbot, window, view):
    window.show_view(view)
    seen = QRectF(window.canvas.viewport().rect())

    def sizes() -> dict[str, tuple[int, float]]:
        placed = window.canvas.captions.placed()
        for p in placed:
            assert seen.contains(p.rect), f"{p.text} cut off"
            assert QFontMetricsF(p.font).horizontalAdvance(p.text) <= p.rect.width()
        for a, b in itertools.combinations(placed, 2):
            assert not a.rect.intersects(b.rect), f"{a.text} over {b.text}"
        return {p.text: (QFontInfo(p.font).pixelSize(), p.rect.height()) for p in placed}

    fitted = sizes()
    target = window.scene.view_rect(window.scene.view_names[0]).center()
    window.canvas.zoom_by(8, window.canvas.mapFromScene(target).toPointF())
    zoomed = sizes()
    assert zoomed and set(zoomed) <= set(fitted) | {"◀ Patient's right", "Patient's left ▶"}
    for text, size in zoomed.items():
        assert size == fitted.get(text, size), text  # the same pixels at 8x as at 1x
    assert {size for size, _ in zoomed.values()} <= {size for size, _ in fitted.values()}


def test_a_side_view_says_which_side_it_shows(window, data):
    side_views = [v for v in data.atlas.views.values() if v.shows is not None]
    for view in side_views:
        window.show_view(view.name)
        assert window.scene.side_captions(view.name) == (f"Patient's {view.shows.value} side", "")
        assert written(window) == [view.label]


def test_hover_is_immediate_in_every_view(qtbot, window, data):
    for name, view in data.atlas.views.items():
        region = next(iter(view.shapes))
        hover(qtbot, window, region_point(window, name, region))
        assert window.hover_label.text() == data.atlas.regions[region].label
