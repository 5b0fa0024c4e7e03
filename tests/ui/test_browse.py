"""Browse and search: fuzzy search as you type, muscles by body region, the conditions index, the crossroads map."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bodymap.core.body.atlas import Side
from bodymap.core.body.painmap import PainMark, Quality
from bodymap.core.clinic.conditions import TYPICAL_MARK
from bodymap.core.clinic.crossroads import crossroads
from bodymap.core.clinic.search import HitKind
from bodymap.ui.panels.search import HIT_ROLE
from tests.ui.conftest import choose_condition, click, crosses, drawn_places, hover, region_point


def results(window) -> list:
    box = window.browser.search.results
    return [box.item(i).data(HIT_ROLE) for i in range(box.count())]


def test_ctrl_f_then_typing_finds_a_muscle_despite_a_typo_and_enter_shows_its_pattern(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    field = window.browser.search.field
    assert field.hasFocus()
    qtbot.keyClicks(field, "infraspinatsu")
    hits = results(window)
    assert hits and (hits[0].kind, hits[0].id) == (HitKind.MUSCLE, "infraspinatus")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.patterns.current is not None and window.patterns.current.muscle_id == "infraspinatus"
    assert window.scene.zones_drawn
    infraspinatus = window.data.catalog.muscles["infraspinatus"]
    assert len(crosses(window.scene)) == drawn_places(infraspinatus, Side.RIGHT, window.scene) > 3  # several views
    assert "Infraspinatus" in window.panel.details.toPlainText()
    assert not window.model.pain  # showing a muscle marks nothing


def test_choosing_a_region_by_a_synonym_marks_and_shows_it(qtbot, window):
    field = window.browser.search.field
    window.focus_search()
    qtbot.keyClicks(field, "R temple")
    hit = results(window)[0]
    assert (hit.kind, hit.id, hit.matched) == (HitKind.REGION, "right_temple", "R temple")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert set(window.model.pain) == {"right_temple"}
    assert window.scene._highlight  # outlined, for a moment
    assert window.undo_stack.undoText() == "Mark Right temple"


def test_arrow_keys_pick_among_results_and_escape_clears(qtbot, window):
    field = window.browser.search.field
    window.focus_search()
    qtbot.keyClicks(field, "trap")
    hits = results(window)
    assert {"upper_trapezius", "middle_trapezius", "lower_trapezius"} <= {h.id for h in hits}
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert window.browser.search.results.currentRow() == 1
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert window.browser.search.results.currentRow() == 0
    window.panel.list.setCurrentRow(-1)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "" and not window.browser.search.results.isVisible()


def test_muscles_are_browsed_by_body_region(qtbot, window, data):
    tree = window.browser.muscles
    groups = [tree.topLevelItem(i).text(0).lower() for i in range(tree.topLevelItemCount())]
    assert groups == list(dict.fromkeys(g for g in __import__("bodymap.core.data.loading", fromlist=["x"]).BODY_GROUPS
                                         if any(m.group == g for m in data.catalog.muscles.values())))  # fmt: skip
    neck = tree.topLevelItem(groups.index("neck"))
    tree.setCurrentItem(neck.child(0))
    assert window.patterns.current is not None and window.patterns.current.muscle_id == neck.child(0).data(
        0, Qt.ItemDataRole.UserRole + 1
    )
    assert data.catalog.muscles[window.patterns.current.muscle_id].group == "neck"


def test_a_condition_marks_its_typical_pain_areas_in_one_undo_step(qtbot, window, data):
    assert data.conditions, "the conditions index has landed"
    listing = window.browser.conditions
    assert listing.count() == len(data.conditions)
    item = listing.item(0)
    condition = data.conditions[item.data(Qt.ItemDataRole.UserRole + 1)]
    window.browser.side.setCurrentIndex(1)  # the patient's left
    listing.itemClicked.emit(item)
    assert set(window.model.pain) == condition.regions_on(Side.LEFT, data.atlas)
    assert window.undo_stack.count() == 1
    text = window.panel.details.toPlainText()
    assert condition.name in text and "Red flags" in text
    window.undo_action.trigger()
    assert not window.model.pain


def in_sight(window, region_id: str) -> bool:
    visible = window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect()
    return visible.intersects(window.scene.region_rect(region_id))


def test_a_condition_marks_with_its_own_mark_and_brings_its_areas_into_sight(qtbot, window, data):
    while window.quality.currentData() is not Quality.TINGLING:  # left on tingling/numbness, strength 9
        qtbot.keyClick(window, Qt.Key.Key_Q)
    qtbot.keyClick(window, Qt.Key.Key_9)
    click(qtbot, window, "posterior", "right_heel_inner")  # the patient's own mark, there before
    scapula = window.canvas.mapFromScene(window.scene.region_rect("right_scapula").center())
    window.canvas.zoom_by(8, scapula.toPointF())  # zoomed in on the upper back
    condition = data.conditions["plantar_heel_pain"]
    regions = condition.regions_on(Side.RIGHT, data.atlas)
    assert not any(in_sight(window, r) for r in regions)
    choose_condition(qtbot, window, condition.name)
    assert window.model.pain["right_heel_inner"] == PainMark(9, Quality.TINGLING)  # kept as the user marked it
    assert {window.model.pain[r] for r in regions - {"right_heel_inner"}} == {TYPICAL_MARK}
    assert TYPICAL_MARK.quality is None  # not the toolbar's tingling: a red flag of this very condition
    assert all(in_sight(window, r) for r in regions)


def test_a_condition_not_drawn_in_the_view_shown_brings_all_views(qtbot, window, data):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the front alone: no heel, no arch
    assert window.scene.view_names == ["anterior"]
    choose_condition(qtbot, window, data.conditions["plantar_heel_pain"].name)
    assert window.scene.view_names == list(data.atlas.views)
    assert in_sight(window, "right_arch") and in_sight(window, "right_heel_underside")


def test_a_condition_is_found_by_search(qtbot, window, data):
    condition = next(iter(data.conditions.values()))
    window.focus_search()
    qtbot.keyClicks(window.browser.search.field, condition.name)
    assert (results(window)[0].kind, results(window)[0].id) == (HitKind.CONDITION, condition.id)
    qtbot.keyClick(window.browser.search.field, Qt.Key.Key_Return)
    assert set(window.model.pain) == condition.regions_on(Side.RIGHT, data.atlas)


def test_the_crossroads_map_colours_regions_by_how_many_trigger_points_refer_there(qtbot, window, data):
    click(qtbot, window, "anterior", "right_temple")
    window.panel.list.setCurrentRow(0)
    chosen = window.panel.current()
    qtbot.keyClick(window, Qt.Key.Key_H)
    assert window.actions["crossroads"].isChecked()
    # the map's own pane: not the candidates' list and chosen candidate under the map's heading
    assert window.crossroads_panel.isVisible() and not window.panel.isVisible()
    assert chosen.muscle.name not in window.crossroads_panel.details.toPlainText()
    counts = crossroads(data.atlas, data.catalog)
    shown = sum(len(window.scene._regions.get(r, [])) for r in counts)
    assert len(window.scene._heat) == shown
    assert not window.scene._pain  # the drawing steps aside, and is not lost
    busiest = max(counts, key=lambda r: counts[r].count)
    view = data.atlas.views_of(busiest)[0]
    window.canvas.fit(window.scene.region_rect(busiest).adjusted(-40, -40, 40, 40))  # a small area: zoomed in on it
    hover(qtbot, window, region_point(window, view, busiest))
    assert f"{counts[busiest].count} trigger points refer here" in window.hover_label.text()
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=region_point(window, view, busiest))
    assert set(window.model.pain) == {"right_temple"}  # the map is for looking, not drawing
    listed = window.crossroads_panel.details.toPlainText()
    assert f"{counts[busiest].count} trigger points can refer pain here" in listed
    assert all(data.catalog.trigger_points[t].name in listed for t in counts[busiest].essential)
    assert any("refer" in text for text in window.legend.texts())  # the key says what the colours count
    qtbot.keyClick(window, Qt.Key.Key_H)
    assert not window.scene._heat and set(window.scene._pain) == {"right_temple"}
    assert window.panel.isVisible() and window.panel.current().key == chosen.key  # as it was left
    assert chosen.muscle.name in window.panel.details.toPlainText()
