"""The body reads as one calm surface: the areas it is divided into are outlined only under the pointer, or all of
them with "Show areas" (View menu, toolbar, G), which is remembered."""

from __future__ import annotations

import shapely
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from bodymap.ui.main_window import MainWindow
from tests.ui.conftest import body_point, hover, open_window

VIEW = "anterior"
EDGE_CLEARANCE = 10.0  # body units from the body's outline: a sample point is on the skin, not the outline
TOLERANCE = 6  # per colour channel: antialiasing and rounding
CALM = 0.85  # the share of border points that show bare skin when the areas are not shown


def boundary_points(window: MainWindow, count: int = 24) -> list[QPoint]:
    """Canvas pixels on the borders between two neighbouring areas, inside the body."""
    view = window.data.atlas.views[VIEW]
    inside = view.silhouette.buffer(-EDGE_CLEARANCE)
    ids = sorted(view.shapes)
    points = []
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            border = view.shapes[a].intersection(view.shapes[b])
            if border.length < 15:  # a corner, or no border at all
                continue
            middle = shapely.line_interpolate_point(shapely.line_merge(border), 0.5, normalized=True)
            if isinstance(middle, shapely.Point) and not middle.is_empty and inside.contains(middle):
                points.append(body_point(window, VIEW, middle.x, middle.y))
    step = max(1, len(points) // count)
    return points[::step][:count]


def looks_like_skin(image: QImage, at: QPoint, skin: QColor) -> bool:
    """The pixel and its eight neighbours are the skin's colour."""
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            c = image.pixelColor(at.x() + dx, at.y() + dy)
            if max(abs(c.red() - skin.red()), abs(c.green() - skin.green()), abs(c.blue() - skin.blue())) > TOLERANCE:
                return False
    return True


def skin_share(window: MainWindow, points: list[QPoint]) -> float:
    image = window.canvas.viewport().grab().toImage()
    return sum(looks_like_skin(image, p, window.scene.colours.skin) for p in points) / len(points)


def test_by_default_no_area_border_is_drawn_and_show_areas_draws_them_all(qtbot, window):
    window.show_view(VIEW)
    points = boundary_points(window)
    assert len(points) >= 10
    # one calm surface; a few borders are landmarks of the drawing (the nose's wing, the tip of the sternum)
    assert skin_share(window, points) >= CALM
    qtbot.keyClick(window, Qt.Key.Key_G)
    assert window.actions["areas"].isChecked() and window.scene.areas_shown
    assert skin_share(window, points) <= 0.1
    window.actions["areas"].trigger()  # the same action as the View menu's and the toolbar's
    assert skin_share(window, points) >= CALM


def test_the_area_under_the_pointer_is_outlined_in_every_view_that_draws_it(qtbot, window, data):
    shape = data.atlas.views[VIEW].shapes["right_anterior_thigh_upper"]
    inner = shape.representative_point()
    hover(qtbot, window, body_point(window, VIEW, inner.x, inner.y))
    assert window.scene.outlined == "right_anterior_thigh_upper"
    outlined = window.scene.outlined_rect().adjusted(-0.5, -0.5, 0.5, 0.5)
    for item in window.scene._regions["right_anterior_thigh_upper"]:
        assert outlined.contains(item.sceneBoundingRect())
    qtbot.mouseMove(window.canvas.viewport(), QPoint(2, 2))  # off the body
    assert window.scene.outlined == "" and window.scene.outlined_rect().isEmpty()


def test_show_areas_is_remembered_and_survives_a_change_of_view_and_theme(qtbot, data, settings):
    first = open_window(qtbot, data, settings, 1000, 700)
    assert not first.actions["areas"].isChecked()
    first.actions["areas"].trigger()
    first.show_view(VIEW)
    first.next_theme()
    assert first.scene.areas_shown
    first.close()
    second = open_window(qtbot, data, settings, 1000, 700)
    assert second.actions["areas"].isChecked() and second.scene.areas_shown
    assert second.toolbar.widgetForAction(second.actions["areas"]) is not None
    view_menu = next(a.menu() for a in second.menuBar().actions() if a.text() == "&View")
    assert second.actions["areas"] in view_menu.actions()


def test_a_stroke_hides_the_outline_until_it_ends(qtbot, window, data):
    view = data.atlas.views[VIEW]
    start, end = (view.shapes[r].representative_point() for r in ("right_anterior_thigh_upper", "right_shin_upper"))
    viewport = window.canvas.viewport()
    hover(qtbot, window, body_point(window, VIEW, start.x, start.y))
    assert window.scene.outlined == "right_anterior_thigh_upper"
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=body_point(window, VIEW, start.x, start.y))
    qtbot.mouseMove(viewport, body_point(window, VIEW, end.x, end.y))
    assert window.scene.outlined == ""  # the stroke's preview shows what it marks
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=body_point(window, VIEW, end.x, end.y))
    assert window.scene.outlined == "right_shin_upper"
