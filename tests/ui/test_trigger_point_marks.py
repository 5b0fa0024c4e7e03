"""Trigger point marks: one X in every view that draws a trigger point, sized to the body, and never one on another."""

from __future__ import annotations

import itertools
import math

from bodymap.core.body.atlas import Side
from bodymap.ui.canvas.body_scene import Z_MUSCLE, BodyScene
from bodymap.ui.canvas.marks import MAX_HALF, MIN_HALF, TriggerPointMarks, half_size, layout
from tests.ui.conftest import crosses, hover


def marks_item(scene: BodyScene) -> TriggerPointMarks:
    (item,) = [i for i in scene.items() if isinstance(i, TriggerPointMarks)]
    return item


def test_every_trigger_point_has_an_x_in_every_view_its_data_names(qtbot, data):
    scene = BodyScene(data.atlas)
    for muscle in data.catalog.muscles.values():
        for side in (Side.RIGHT, Side.LEFT):
            scene.show_trigger_points({tp.id: tp.locations_on(side, data.atlas) for tp in muscle.trigger_points})
            drawn = {(m.tp_id, m.view, round(m.at.x(), 3), round(m.at.y(), 3)) for m in crosses(scene)}
            expected = set()
            for tp in muscle.trigger_points:
                for loc in tp.locations_on(side, data.atlas):
                    at = scene.scene_point(loc)
                    expected.add((tp.id, loc.view, round(at.x(), 3), round(at.y(), 3)))
            assert drawn == expected, (muscle.id, side)


def test_no_two_x_marks_of_one_muscle_overlap_at_the_default_zoom(qtbot, window, data):
    scale = window.canvas.transform().m11()  # the whole body in view, as the window opens
    assert half_size(scale) == MIN_HALF  # the body is small: each X at its smallest on screen
    overlapping = []
    for muscle in data.catalog.muscles.values():
        window.patterns.of_muscle(muscle.id)
        item = marks_item(window.scene)
        shown = layout(item.marks, scale)
        for (a, pa), (b, pb) in itertools.combinations(zip(item.marks, shown, strict=True), 2):
            apart = math.dist((pa.x(), pa.y()), (pb.x(), pb.y())) * scale  # pixels
            if a.view == b.view and apart < half_size(scale, a.quiet) + half_size(scale, b.quiet):
                overlapping.append((muscle.id, a.tp_id, b.tp_id, a.view, round(apart, 1)))
    assert overlapping == []


def test_an_x_grows_with_the_body_when_zoomed_in_up_to_a_limit():
    assert half_size(0.2) == MIN_HALF  # a small body: the smallest X that reads
    assert MIN_HALF < half_size(3.0) < MAX_HALF  # closer: the size of a fingertip on the body
    assert half_size(20.0) == MAX_HALF
    assert half_size(3.0, quiet=True) < half_size(3.0)
    assert half_size(3.0, factor=1.6) == 1.6 * half_size(3.0)  # explain mode's larger marks


def test_a_mark_moved_apart_from_its_neighbours_is_hovered_where_it_is_drawn(qtbot, window, data):
    window.patterns.of_muscle("hand_lumbricals")  # four trigger points a few millimetres apart in the palm
    window.canvas.viewport().repaint()
    item = marks_item(window.scene)
    shown = item.shown_at()
    true_spot = next(m.at for m in item.marks if m.tp_id == "hand_lumbricals_3")
    target = shown["hand_lumbricals_3"][0]
    assert math.dist((target.x(), target.y()), (true_spot.x(), true_spot.y())) > 1  # moved off its spot to be seen
    with qtbot.waitSignal(window.canvas.trigger_point_hovered) as hovered:
        hover(qtbot, window, window.canvas.mapFromScene(target))
    assert hovered.args == ["hand_lumbricals_3"]


def test_the_chosen_muscle_is_outlined_under_its_marks_in_every_view_that_draws_it(qtbot, window, data):
    window.patterns.of_muscle("infraspinatus", Side.LEFT)
    outlines = [i for i in window.scene.items() if i.zValue() == Z_MUSCLE]
    drawn = data.atlas.muscle_outlines("infraspinatus", Side.LEFT)
    assert len(outlines) == len(set(drawn) & set(window.scene.view_names)) >= 2  # the back and the left side
    assert all(o.zValue() < marks_item(window.scene).zValue() for o in outlines)
    back = window.scene.view_rect("posterior")
    (in_back,) = [o for o in outlines if back.contains(o.sceneBoundingRect().center())]
    assert in_back.sceneBoundingRect().center().x() < back.center().x()  # the patient's left: the back view's left
    window.patterns.show(None)
    assert not [i for i in window.scene.items() if i.zValue() == Z_MUSCLE]
