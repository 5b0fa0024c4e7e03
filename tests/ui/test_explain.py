"""Explain mode: one key in, one key out; the parts of the body that matter, framed large, and every area in words
a patient uses, large enough to read from a chair."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontInfo, QWheelEvent
from PySide6.QtWidgets import QApplication

from bodymap.core.body.painmap import PainMark, Quality
from bodymap.ui.canvas import style
from bodymap.ui.explain import MIN_TEXT_PIXELS, Showing, captions
from bodymap.ui.panels.candidates import CANDIDATE_ROLE
from tests.ui.conftest import click, crosses


def choose(window, muscle_id: str) -> None:
    rows = [window.panel.list.item(r).data(CANDIDATE_ROLE) for r in range(window.panel.list.count())]
    window.panel.list.setCurrentRow(next(i for i, c in enumerate(rows) if c.muscle.id == muscle_id))


def framed(canvas) -> tuple[str, float, float]:
    """The view a picture shows, and the share of its width and height that the picture frames."""
    (name,) = canvas.body.view_names
    whole = canvas.body.view_rect(name)
    return name, canvas.home.width() / whole.width(), canvas.home.height() / whole.height()


def test_e_opens_explain_mode_with_the_drawing_and_the_pattern_and_escape_closes_it(qtbot, window):
    click(qtbot, window, "anterior", "right_temple")
    window.panel.list.setCurrentRow(0)
    candidate = window.panel.current()
    qtbot.keyClick(window, Qt.Key.Key_E)
    explain = window.explain_window
    assert explain is not None and explain.isVisible() and explain.isFullScreen()
    assert explain.canvases
    for canvas in explain.canvases:
        assert set(canvas.body._pain) == {"right_temple"}
        assert not [i for i in canvas.body._captions if i.isVisible()]  # written over the picture, not scaled
    assert any(canvas.body.zones_drawn for canvas in explain.canvases)
    explaining = {
        at for c in candidate.contributions for at in c.trigger_point.locations_on(candidate.side, window.data.atlas)
    }
    assert sum(len(crosses(canvas.body)) for canvas in explain.canvases) == len(
        [at for at in explaining if any(at.view in c.body.view_names for c in explain.canvases)]
    )
    caption = explain.caption.text()
    assert "right temple" in caption and candidate.muscle.name.lower() in caption and "not a diagnosis" in caption
    with qtbot.waitSignal(explain.closed):
        qtbot.keyClick(explain, Qt.Key.Key_Escape)
    assert window.explain_window is None
    qtbot.keyClick(window, Qt.Key.Key_E)
    assert window.explain_window is not None
    with qtbot.waitSignal(window.explain_window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)  # whichever window has the keyboard, Esc leaves


def test_a_headache_is_shown_as_heads(qtbot, window):
    for view, region in (("anterior", "right_temple"), ("posterior", "right_occiput")):
        click(qtbot, window, view, region)
    choose(window, "upper_trapezius")
    window.toggle_explain()
    explain = window.explain_window
    assert 1 <= len(explain.canvases) <= 3
    for canvas in explain.canvases:
        name, _, tall = framed(canvas)
        assert tall < 0.4, f"{name}: {tall:.0%} of the body's height"  # the head, neck and shoulders
        assert canvas.home.top() <= canvas.body.view_rect(name).top() + 60  # the top of the head in sight


def test_sciatica_is_shown_as_the_leg(qtbot, window):
    for region in ("right_buttock_lower", "right_posterior_thigh_upper_lateral", "right_calf_upper_lateral"):
        click(qtbot, window, "posterior", region)
    choose(window, "gluteus_minimus")
    window.toggle_explain()
    for canvas in window.explain_window.canvases:
        name, _, _ = framed(canvas)
        top = canvas.home.top() - canvas.body.view_rect(name).top()
        assert top > 0.3 * canvas.body.view_rect(name).height(), f"{name}: the head is framed too"


def test_the_smallest_set_is_shown_at_once_each_muscle_in_its_colour(qtbot, window):
    drawing = (("anterior", "right_temple"), ("posterior", "right_buttock_upper"), ("posterior", "right_scapula"))
    for view, region in drawing:
        click(qtbot, window, view, region)
    window.panel.list.setCurrentRow(0)
    qtbot.keyClick(window, Qt.Key.Key_E)
    explain = window.explain_window
    assert explain.showing is Showing.CHOSEN
    qtbot.keyClick(explain, Qt.Key.Key_S)
    assert explain.showing is Showing.SMALLEST_SET
    muscles, inks = explain.shown()
    assert len(muscles) == len(window.smallest_set) >= 2
    assert len({ink.fill_name for ink in inks}) == len(inks)  # a colour each
    drawn = {z.pattern for canvas in explain.canvases for z in canvas.body.zones_drawn}
    assert drawn == set(range(len(muscles)))
    for muscle in muscles:
        assert muscle.muscle in explain.caption.text()
    qtbot.keyClick(explain, Qt.Key.Key_S)
    assert explain.showing is Showing.CHOSEN and len(explain.shown()[0]) == 1


def test_every_area_is_named_in_words_a_patient_uses_and_large_enough_to_read_from_a_chair(qtbot, window, data):
    areas = ["right_temple", "right_occiput", "right_scapula", "right_lateral_arm", "right_thenar", "sacrum"]
    for region in areas:
        view = data.atlas.views_of(region)[0]
        click(qtbot, window, view, region)
    qtbot.keyClick(window, Qt.Key.Key_E)
    explain = window.explain_window
    caption = explain.caption.text()
    for region in areas:
        assert data.atlas.regions[region].in_lay_words in caption
    assert "more" not in caption
    assert QFontInfo(explain.caption.font()).pixelSize() >= MIN_TEXT_PIXELS
    for canvas in explain.canvases:
        placed = canvas.captions.placed()
        assert placed and all(QFontInfo(p.font).pixelSize() >= MIN_TEXT_PIXELS for p in placed)


def test_the_wheel_zooms_a_picture_and_ctrl_0_frames_it_again(qtbot, window):
    click(qtbot, window, "anterior", "right_temple")
    qtbot.keyClick(window, Qt.Key.Key_E)
    explain = window.explain_window
    canvas = explain.canvases[0]
    framed_scale = canvas.transform().m11()
    centre = QPointF(canvas.viewport().rect().center())
    wheel = QWheelEvent(
        centre, QPointF(canvas.viewport().mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 240),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(canvas.viewport(), wheel)  # two notches towards the screen
    assert canvas.transform().m11() > 1.3 * framed_scale
    qtbot.mouseMove(canvas.viewport(), QPoint(5, 5))
    qtbot.keyClick(explain, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert canvas.transform().m11() == pytest.approx(framed_scale)


def test_f11_toggles_explain_mode_for_an_empty_drawing(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F11)
    explain = window.explain_window
    assert explain is not None and explain.canvases
    assert "not a diagnosis" in explain.caption.text()
    with qtbot.waitSignal(explain.closed):
        qtbot.keyClick(explain, Qt.Key.Key_F11)


def test_captions_tell_pain_free_areas_apart_from_pain(data):
    marks = {"right_temple": PainMark(8, Quality.SHARP), "right_occiput": PainMark(0)}
    text = captions(data.atlas, marks, [], [style.PATTERN])
    temple, occiput = data.atlas.regions["right_temple"].in_lay_words, data.atlas.regions["right_occiput"].in_lay_words
    assert f"Strong: {temple} (sharp)" in text
    assert f"No pain:</b> {occiput}" in text
