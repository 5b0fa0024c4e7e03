"""Framing a picture: the views that show what matters, each cropped around it."""

from __future__ import annotations

import pytest

from bodymap.core.body.atlas import Side
from bodymap.core.body.framing import MIN_EXTENT, Spot, choose_views, frame_view, frames
from bodymap.core.clinic.crossroads import muscle_zones


def _muscle(data, muscle_id: str, side: Side = Side.RIGHT) -> tuple[set[str], list[Spot]]:
    muscle = data.catalog.muscles[muscle_id]
    essential, spillover = muscle_zones(muscle, side, data.atlas, data.catalog)
    spots = [Spot(loc.view, loc.x, loc.y) for loc in (tp.location_on(side, data.atlas) for tp in muscle.trigger_points)]
    return essential | spillover, spots


def test_a_headache_is_framed_as_heads(data):
    """Temporalis refers pain into the temple, teeth and eyebrow: one side view, cropped to the head."""
    regions, spots = _muscle(data, "temporalis")
    (frame,) = frames(data.atlas, regions, spots)
    assert frame.view == "right_lateral"
    view = data.atlas.views["right_lateral"]
    assert frame.height < view.height / 4
    assert frame.top == 0 or frame.top < 60  # the top of the head is in the picture


def test_every_trigger_point_view_is_chosen(data):
    regions, spots = _muscle(data, "upper_trapezius")
    views = choose_views(data.atlas, regions, spots)
    assert "posterior" in views  # its trigger points are drawn on the back
    for frame in frames(data.atlas, regions, spots):
        for spot in spots:
            if spot.view == frame.view:
                assert frame.left < spot.x < frame.right and frame.top < spot.y < frame.bottom


def test_the_left_side_is_framed_on_the_left(data):
    regions, spots = _muscle(data, "upper_trapezius", Side.LEFT)
    back = frame_view(data.atlas, "posterior", regions, spots)
    right = frame_view(data.atlas, "posterior", *_muscle(data, "upper_trapezius"))
    view = data.atlas.views["posterior"]
    # the back view shows the patient's right on the screen's right: the left side's frame lies further left
    assert view.patient_right_on_screen_left is False
    assert back.left + back.right < right.left + right.right
    assert "right_lateral" not in choose_views(data.atlas, regions, spots)


def test_frames_keep_to_the_view_and_to_the_aspect_asked(data):
    regions, spots = _muscle(data, "gluteus_minimus")
    for frame in frames(data.atlas, regions, spots, aspect=0.75):
        view = data.atlas.views[frame.view]
        assert 0 <= frame.left < frame.right <= view.width + 1e-9
        assert 0 <= frame.top < frame.bottom <= view.height + 1e-9
        if frame.width < view.width and frame.height < view.height:
            assert frame.width / frame.height == pytest.approx(0.75)


def test_a_small_area_is_not_blown_up_past_the_least_extent(data):
    frame = frame_view(data.atlas, "anterior", ["right_eyebrow"])
    assert frame.width >= MIN_EXTENT - 1e-9 and frame.height >= MIN_EXTENT - 1e-9


def test_one_view_is_enough_when_another_adds_little(data):
    assert choose_views(data.atlas, ["right_scapula"]) == ["posterior"]
    assert choose_views(data.atlas, []) == []
    # nothing to frame: the whole view
    whole = frame_view(data.atlas, "anterior", [])
    assert (whole.width, whole.height) == (data.atlas.views["anterior"].width, data.atlas.views["anterior"].height)


def test_at_most_the_views_asked_for(data):
    everywhere = list(data.atlas.regions)
    assert len(choose_views(data.atlas, everywhere, most=1)) == 1
    # the front and the back draw most of the body: a side view adds too little to be worth a third picture
    assert choose_views(data.atlas, everywhere, most=3) == ["anterior", "posterior"]


def test_every_area_finds_a_view_when_none_may_be_left_out(data):
    """A patient's own drawing shows all of it: a small area on the other side still gets its view."""
    drawing = ["right_temple", "right_occiput", "right_suboccipital", "left_posterior_neck_upper"]
    assert choose_views(data.atlas, drawing) == ["right_lateral"]  # the neck's share is too small for a view
    views = choose_views(data.atlas, drawing, most=3, worth=0)
    assert "right_lateral" in views
    assert {"posterior", "left_lateral"} & set(views)
