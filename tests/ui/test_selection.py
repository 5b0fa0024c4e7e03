"""One selection decides what the details pane and the drawn pattern show: a candidate, a muscle from browsing or
search, or a condition.  It stays through re-ranking, view changes and theme changes until the user changes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from bodymap.ui.main_window import MainWindow
from tests.ui.conftest import choose_condition, click, crosses, drawn_places, next_turn


def red_flags_on_screen(window: MainWindow, flags: tuple[str, ...]) -> bool:
    """Every red flag is in the details pane, and the pane shows their heading without scrolling."""
    pane = window.panel.details
    if not pane.isVisible() or not all(flag in pane.toPlainText() for flag in flags):
        return False
    heading = pane.document().find("Red flags", 0, QTextDocument.FindFlag.FindCaseSensitively)
    return pane.viewport().rect().contains(pane.cursorRect(heading))


def test_a_conditions_red_flags_stay_through_ranking_view_changes_and_themes(qtbot, window, data):
    condition = data.conditions["plantar_heel_pain"]
    choose_condition(qtbot, window, condition.name)
    next_turn(qtbot)
    assert window.panel.list.count()  # the drawing was ranked ...
    assert red_flags_on_screen(window, condition.red_flags)  # ... and the red flags are still there
    for key in (Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_5):  # one view, all views, another view
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        next_turn(qtbot)
        assert red_flags_on_screen(window, condition.red_flags)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    click(qtbot, window, "posterior", "right_calf_upper_medial")  # more pain: ranked again
    assert "right_calf_upper_medial" in window.model.pain
    assert red_flags_on_screen(window, condition.red_flags)
    for _ in range(2):  # system -> light -> dark
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        next_turn(qtbot)
        assert red_flags_on_screen(window, condition.red_flags)
    assert window.theme is window.theme.DARK
    assert window.browser.conditions.currentItem().text() == condition.name  # still highlighted: still shown
    window.set_theme(window.theme.SYSTEM)


def test_a_muscle_from_search_stays_shown_when_the_view_changes(qtbot, window, data):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.browser.search.field, "pirformis")
    qtbot.keyClick(window.browser.search.field, Qt.Key.Key_Return)

    piriformis = data.catalog.muscles["piriformis"]

    def piriformis_shown() -> bool:
        current = window.patterns.current
        return (
            current is not None
            and current.muscle_id == "piriformis"
            and len(crosses(window.scene)) == drawn_places(piriformis, current.side, window.scene)
            and window.panel.details.toPlainText().startswith("Piriformis")
        )

    assert piriformis_shown()
    for key in (Qt.Key.Key_3, Qt.Key.Key_1):  # the back view alone (the trigger points are drawn there), all
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        next_turn(qtbot)
        assert piriformis_shown()
    click(qtbot, window, "posterior", "right_buttock_upper")  # ranked: a muscle is not a candidate, and stays
    assert piriformis_shown() and window.panel.list.currentRow() == -1


def test_the_browse_tree_highlights_what_is_shown_and_a_click_shows_it_again(qtbot, window):
    tree = window.browser.muscles
    item = tree.findItems("Infraspinatus", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    tree.expandItem(item.parent())
    tree.scrollToItem(item)

    def click_item() -> None:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())

    click_item()
    assert window.patterns.current.muscle_id == "infraspinatus" and tree.currentItem() is item
    click(qtbot, window, "anterior", "right_temple")
    list_ = window.panel.list
    qtbot.mouseClick(list_.viewport(), Qt.MouseButton.LeftButton, pos=list_.visualItemRect(list_.item(0)).center())
    candidate = window.panel.current()
    assert window.patterns.current.muscle_id == candidate.muscle.id != "infraspinatus"
    assert tree.currentItem() is None and not tree.selectedItems()  # no longer shown, no longer highlighted
    click_item()
    assert window.patterns.current.muscle_id == "infraspinatus"
    assert window.panel.list.currentRow() == -1 and window.panel.details.toPlainText().startswith("Infraspinatus")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.patterns.current is None and tree.currentItem() is None
    assert "Choose a candidate" in window.panel.details.toPlainText()


def test_a_chosen_candidate_outlives_its_area_being_cleared_and_comes_back_with_undo(qtbot, window):
    click(qtbot, window, "anterior", "right_temple")
    window.panel.list.setCurrentRow(0)
    chosen = window.panel.current()
    click(qtbot, window, "anterior", "right_temple")  # cleared: nothing is ranked
    assert window.panel.list.count() == 0
    assert window.patterns.current is not None and window.patterns.current.muscle_id == chosen.muscle.id
    text = window.panel.details.toPlainText()
    assert f"{chosen.muscle.name} ({chosen.side.value})" in text and "Not among the candidates" in text
    with qtbot.waitSignal(window.ranked):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.panel.current().key == chosen.key
    assert "In its main zone: Right temple" in window.panel.details.toPlainText()


def test_choosing_in_the_smallest_set_shows_that_candidate(qtbot, window):
    click(qtbot, window, "anterior", "right_temple")
    click(qtbot, window, "posterior", "right_buttock_upper")
    cover = window.panel.cover
    link = cover.text().split("href='")[2].split("'")[0]
    cover.linkActivated.emit(link)
    current = window.panel.current()
    assert f"{current.muscle.id}:{current.side.value}" == link
    assert window.patterns.current.muscle_id == current.muscle.id
    next_turn(qtbot)
    assert window.panel.current().key == current.key
