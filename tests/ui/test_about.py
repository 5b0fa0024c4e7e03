"""Help > About: the version, the data, where the files are kept, the works cited, the licence and the notice; the
app's icon on every window and dialog."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication

from bodymap import __version__
from bodymap.core.data import cache
from bodymap.desktop import ICON_SIZES
from bodymap.ui import desktop
from bodymap.ui.about import AboutDialog
from bodymap.ui.files import data_folder
from bodymap.ui.shortcuts import HelpDialog


def open_about(qtbot, window) -> AboutDialog:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    next(a for a in help_menu.actions() if a.text() == "&About bodymap").trigger()
    dialog = window.findChild(AboutDialog)
    qtbot.addWidget(dialog)  # closed when the test ends, so that it lies over no later test's window
    qtbot.waitExposed(dialog)
    return dialog


def test_about_tells_the_version_the_data_and_where_everything_is_kept(qtbot, window, data):
    dialog = open_about(qtbot, window)
    assert f"bodymap {__version__}" in dialog.title.text()
    assert "Educational decision support, not a diagnosis" in dialog.title.text()
    page = dialog.tabs.widget(0).toPlainText()
    tps = sum(len(m.trigger_points) for m in data.catalog.muscles.values())
    assert f"Body atlas version {data.migrations.atlas_version}: {len(data.atlas.regions)} regions in 5 views" in page
    assert f"{len(data.catalog.muscles)} muscles with {tps} trigger points" in page
    assert f"{len(data.conditions)} conditions" in page
    for folder in (window.files.recovery.folder, data_folder(), cache.folder(), window.settings.fileName()):
        assert str(folder) in page
    assert "nothing is ever sent anywhere" in page


def test_about_lists_every_work_the_data_cites_and_the_licence(qtbot, window, data):
    dialog = open_about(qtbot, window)
    assert dialog.tabs.tabText(1) == f"Works cited ({len(data.catalog.sources)})"
    works = dialog.tabs.widget(1).toPlainText()
    for source in data.catalog.sources.values():
        assert " ".join(source.citation.split()) in " ".join(works.split())
    licence = dialog.tabs.widget(2).toPlainText()
    assert "MIT licence" in licence and "Permission is hereby granted" in licence


def test_copy_details_puts_the_version_line_and_the_folders_on_the_clipboard(qtbot, window):
    dialog = open_about(qtbot, window)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"bodymap {__version__}; data: atlas version")
    assert f"Recovery copies of unsaved cases: {window.files.recovery.folder}" in copied
    assert dialog.copy_button.text() == "Copied"


def test_every_window_and_dialog_has_the_app_icon(qtbot, qapp, window):
    desktop.present(qapp)
    assert {s.width() for s in qapp.windowIcon().availableSizes()} == set(ICON_SIZES)
    assert QGuiApplication.desktopFileName() == "bodymap"
    for widget in (window, open_about(qtbot, window), HelpDialog(window)):
        assert widget.windowIcon().cacheKey() == qapp.windowIcon().cacheKey()
        assert widget.windowIcon().actualSize(QSize(48, 48)) == QSize(48, 48)
