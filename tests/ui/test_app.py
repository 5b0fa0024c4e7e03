"""Starting the app on broken data shows a dialog with every problem, not a traceback."""

import shutil
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from bodymap.core.data import loading
from bodymap.core.data.problems import DataError, Problem
from bodymap.ui import app as app_module
from bodymap.ui.app import DataProblemsDialog
from bodymap.ui.main_window import MainWindow

HOSTILE = Path(__file__).resolve().parent.parent / "hostile"


def test_bad_data_shows_a_dialog_and_exits_1(qtbot, monkeypatch):
    problems = [Problem("data/muscles.yaml", 12 + i, f"problem number {i}") for i in range(10)]

    def broken_load(files=None):
        raise DataError(problems)

    shown = []
    monkeypatch.setattr(loading, "load", broken_load)
    monkeypatch.setattr(DataProblemsDialog, "exec", lambda self: shown.append(self) or 0)
    assert app_module.run() == 1
    (dialog,) = shown
    assert "10 problems" in dialog.text()
    info = dialog.informativeText()
    assert "data/muscles.yaml:12: error: problem number 0" in info
    assert "2 more" in info and "bodymap validate" in info
    assert "problem number 9" in dialog.detailedText()


def test_a_hostile_file_in_the_data_folder_shows_the_dialog_at_start(qtbot, monkeypatch, tmp_path):
    shutil.copyfile(HOSTILE / "muscles.alias_bomb.yaml", tmp_path / "muscles.yaml")
    shown = []
    monkeypatch.setattr(DataProblemsDialog, "exec", lambda self: shown.append(self) or 0)
    assert app_module.run(data_folder=tmp_path) == 1
    (dialog,) = shown
    assert f"{tmp_path / 'muscles.yaml'}:" in dialog.informativeText()
    assert "aliases" in dialog.informativeText()


def test_the_window_on_a_copy_of_the_data_says_so_in_its_status_bar(qtbot, monkeypatch, data_copy):
    muscles = data_copy / "muscles.yaml"
    muscles.write_text(muscles.read_text(encoding="utf-8").replace("name: Temporalis\n", "name: Temporalis (copy)\n"))
    shown = []

    def show(window):
        said = [label.text() for label in window.statusBar().findChildren(QLabel)]
        shown.append((said, window.data.catalog.muscles["temporalis"].name))
        QTimer.singleShot(0, QApplication.quit)  # leave the event loop as soon as the window is up

    monkeypatch.setattr(MainWindow, "show", show)
    assert app_module.run(data_folder=data_copy) == 0
    ((said, name),) = shown
    assert f"Data: {data_copy}" in said and name == "Temporalis (copy)"
