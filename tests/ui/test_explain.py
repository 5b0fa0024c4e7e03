"""Explain mode: one key in, one key out; a large calm picture of the drawing and the chosen pattern, in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from bodymap.core.body.painmap import PainMark, Quality
from bodymap.ui.canvas.body_scene import Z_PATTERN
from bodymap.ui.explain import captions
from tests.ui.conftest import click, crosses


def test_e_opens_explain_mode_with_the_drawing_and_the_pattern_and_escape_closes_it(qtbot, window):
    click(qtbot, window, "anterior", "right_temple")
    window.panel.list.setCurrentRow(0)
    candidate = window.panel.current()
    qtbot.keyClick(window, Qt.Key.Key_E)
    explain = window.explain_window
    assert explain is not None and explain.isVisible() and explain.isFullScreen()
    scene = explain.scene
    assert set(scene._pain) == {"right_temple"}
    assert [i for i in scene.items() if i.zValue() == Z_PATTERN]
    assert len(crosses(scene)) == 1  # the chosen trigger point only
    texts = [i.text() for i in scene.items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert "Pain (darker: stronger)" not in texts  # no key: the captions say it in words
    caption = explain.caption.text()
    assert "right temple" in caption and candidate.muscle.name.lower() in caption and "not a diagnosis" in caption
    # only the views that show something: the body is as large as it can be
    shown = set(scene.view_names)
    assert shown < set(window.data.atlas.views) and "anterior" in shown
    with qtbot.waitSignal(explain.closed):
        qtbot.keyClick(explain, Qt.Key.Key_Escape)
    assert window.explain_window is None
    qtbot.keyClick(window, Qt.Key.Key_E)
    assert window.explain_window is not None
    with qtbot.waitSignal(window.explain_window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)  # whichever window has the keyboard, Esc leaves


def test_f11_toggles_explain_mode_for_an_empty_drawing(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F11)
    explain = window.explain_window
    assert explain is not None and explain.scene.view_names
    assert "not a diagnosis" in explain.caption.text()
    with qtbot.waitSignal(explain.closed):
        qtbot.keyClick(explain, Qt.Key.Key_F11)


def test_captions_tell_pain_free_areas_apart_from_pain(data):
    marks = {"right_temple": PainMark(8, Quality.SHARP), "right_occiput": PainMark(0)}
    text = captions(data.atlas, marks, None)
    assert "Where you feel pain: right temple (strong, sharp)." in text
    assert "No pain: right occiput." in text
