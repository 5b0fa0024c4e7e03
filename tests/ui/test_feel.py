"""Feel: every action has keys and is in the help screen; themes; the notice once; names for screen readers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QTextBrowser,
    QTreeWidget,
)

from bodymap.ui import shortcuts
from bodymap.ui.canvas import style
from bodymap.ui.main_window import MainWindow
from bodymap.ui.shortcuts import HelpDialog
from bodymap.ui.theme import Theme


def test_every_action_has_a_shortcut_and_is_listed_in_the_help(window):
    text = HelpDialog(window).text.toPlainText()
    for name, action in window.actions.items():
        assert action.shortcuts(), name
        assert action.text().replace("&", "") in text
        assert action.shortcuts()[0].toString() in text
    for menu in window.menuBar().actions():
        for action in menu.menu().actions():
            if not action.isSeparator() and action.menu() is None:
                assert action.shortcut().toString(), action.text()


def test_f1_and_the_question_mark_open_the_help(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(HelpDialog, "exec", lambda self: shown.append(self) or 0)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.keyClick(window, Qt.Key.Key_Question)
    assert len(shown) == 2 and "Explain" in shown[0].text.toPlainText()


def test_no_two_actions_share_a_key():
    keys = [k for spec in shortcuts.SPECS for k in spec.keys]
    assert len(keys) == len(set(keys))


def test_dark_and_light_themes_and_following_the_system(qtbot, window):
    window.set_theme(Theme.DARK)
    assert window.scene.backgroundBrush().color() == style.DARK.background
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 100
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # dark -> system
    assert window.theme is Theme.SYSTEM
    system_dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    assert window.scene.colours is (style.DARK if system_dark else style.LIGHT)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.theme is Theme.LIGHT
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 150
    window.set_theme(Theme.SYSTEM)


def test_following_the_system_follows_its_changes(qtbot, window, monkeypatch):
    from bodymap.ui import theme

    assert window.theme is Theme.SYSTEM
    monkeypatch.setattr(theme, "system_scheme", lambda: Qt.ColorScheme.Dark)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window.scene.colours is style.DARK
    window.set_theme(Theme.LIGHT)  # a choice of the user's outweighs the system
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window.scene.colours is style.LIGHT
    monkeypatch.undo()
    window.set_theme(Theme.SYSTEM)


def test_the_notice_is_shown_once(qtbot, data, settings):
    first = MainWindow(data, settings)
    qtbot.addWidget(first)
    first.show()
    assert first.notice.isVisible()
    qtbot.mouseClick(first.notice.button, Qt.MouseButton.LeftButton)
    assert not first.notice.isVisible()
    first.close()
    second = MainWindow(data, settings)
    qtbot.addWidget(second)
    second.show()
    assert not second.notice.isVisible()


def test_controls_have_accessible_names(window):
    kinds = (QAbstractSpinBox, QComboBox, QLineEdit, QListWidget, QTreeWidget, QTextBrowser)
    controls = [w for kind in kinds for w in window.findChildren(kind)]
    assert len(controls) >= 10
    for control in controls:
        if isinstance(control.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the inner line edit of a spin box or combo box speaks through its parent
        assert control.accessibleName(), control
    assert window.canvas.accessibleName() == "Body map" and window.canvas.accessibleDescription()
    for button in window.findChildren(QAbstractButton):
        if button.objectName().startswith("qt_"):
            continue  # Qt's own (the toolbar's overflow arrow)
        assert button.accessibleName() or button.text() or button.toolTip() or button.defaultAction(), button


def type_keys(qtbot, *keys: Qt.Key) -> None:
    """Keys as a user types them: each goes to whatever has the keyboard at that moment."""
    for key in keys:
        qtbot.keyClick(QApplication.focusWidget(), key)


def close_explain(qtbot, window: MainWindow) -> None:
    assert window.explain_window is not None
    with qtbot.waitSignal(window.explain_window.closed):
        window.explain_window.close()


def test_after_got_it_on_the_notice_single_keys_reach_the_canvas(qtbot, window):
    assert window.notice.isVisible()
    qtbot.mouseClick(window.notice.button, Qt.MouseButton.LeftButton)
    type_keys(qtbot, Qt.Key.Key_7, Qt.Key.Key_E)
    assert window.browser.search.field.text() == ""
    assert window.intensity.value() == 7
    close_explain(qtbot, window)


def test_got_it_by_keyboard_hands_the_keyboard_back_to_the_canvas(qtbot, window):
    window.notice.button.setFocus(Qt.FocusReason.TabFocusReason)  # reached with Tab
    type_keys(qtbot, Qt.Key.Key_Space, Qt.Key.Key_4)
    assert not window.notice.isVisible()
    assert QApplication.focusWidget() is window.canvas and window.intensity.value() == 4


def test_keys_are_typed_into_the_search_box_until_a_result_is_chosen(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, Qt.Key.Key_E, Qt.Key.Key_7)  # typing: the letters are the user's words, not shortcuts
    assert window.browser.search.field.text() == "e7" and window.explain_window is None
    window.browser.search.field.clear()
    qtbot.keyClicks(QApplication.focusWidget(), "infraspinatus")
    type_keys(qtbot, Qt.Key.Key_Return, Qt.Key.Key_3, Qt.Key.Key_E)
    assert window.patterns.current.muscle_id == "infraspinatus"
    assert window.browser.search.field.text() == "infraspinatus" and window.intensity.value() == 3
    close_explain(qtbot, window)


def test_toolbar_controls_used_with_the_mouse_leave_the_keyboard_to_the_canvas(qtbot, window):
    for spin_box in (window.intensity, window.brush_size):
        qtbot.mouseClick(spin_box, Qt.MouseButton.LeftButton, pos=spin_box.rect().center())
        assert QApplication.focusWidget() is window.canvas, spin_box.accessibleName()
    for combo in (window.quality, window.view_choice):  # turned with the wheel (a click opens the list)
        centre = QPointF(combo.rect().center())
        wheel = QWheelEvent(centre, combo.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
        QApplication.sendEvent(combo, wheel)
        assert combo.currentIndex() == 1
        assert QApplication.focusWidget() is window.canvas, combo.accessibleName()
    type_keys(qtbot, Qt.Key.Key_2)
    assert window.intensity.value() == 2
