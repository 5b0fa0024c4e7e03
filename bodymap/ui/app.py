"""Starting the window: hand a case to the bodymap already running, or load the data (a dialog on bad data, never
a traceback), show the map, and open the case given on the command line."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from bodymap.core.data import loading
from bodymap.core.data.problems import DataError, Severity
from bodymap.ui import desktop
from bodymap.ui.single_instance import SingleInstance

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

SHOWN_PROBLEMS = 8


class DataProblemsDialog(QMessageBox):
    """Tells the user, in plain sentences with file and line, why the data cannot be used."""

    def __init__(self, error: DataError, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Critical, "bodymap cannot start", "", parent=parent)
        # the errors first: they are why the app cannot start, and a warning may only follow from one
        problems = sorted(error.problems, key=lambda p: p.severity is not Severity.ERROR)
        count = len(problems)
        self.setText(f"The data files have {count} problem{'s' if count != 1 else ''}. Nothing was changed.")
        shown = "\n".join(str(p) for p in problems[:SHOWN_PROBLEMS])
        more = f"\n... and {count - SHOWN_PROBLEMS} more (see Show Details)" if count > SHOWN_PROBLEMS else ""
        self.setInformativeText(shown + more + "\n\nFix them, then check with: bodymap validate")
        self.setDetailedText("\n".join(str(p) for p in problems))

    @classmethod
    def show_problems(cls, error: DataError, parent: QWidget | None = None) -> None:
        cls(error, parent).exec()


def run(case: Path | None = None, *, data_folder: Path | None = None) -> int:
    """Open the window, on ``case`` if given; or, when bodymap already runs for this user, hand ``case`` to it.  The
    data is the shipped one, or the copy of the data folder that ``bodymap --data DIR`` names."""
    if QApplication.instance() is None:
        # fractional screen scales (125 %, 150 %) drawn at their true size: the body is vector art, crisp at any scale
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    desktop.present(app)
    instance = SingleInstance()
    if not instance.claim():
        if instance.hand_over(case):
            return 0
        # the case file's own lock still keeps two windows from writing the same case
        print("bodymap: the bodymap already running did not answer; opening another window.", file=sys.stderr)
    elif instance.problem:
        print(f"bodymap: {instance.problem}; a later start will open a window of its own.", file=sys.stderr)
    try:
        return _show(app, instance, case, data_folder)
    finally:
        instance.release()


def _show(app: QApplication, instance: SingleInstance, case: Path | None, data_folder: Path | None) -> int:
    try:
        data = loading.load(loading.DataFiles.in_folder(data_folder) if data_folder is not None else None)
    except DataError as exc:
        DataProblemsDialog.show_problems(exc)
        return 1
    from bodymap.ui.main_window import MainWindow

    window = MainWindow(data, QSettings())
    instance.case_received.connect(_receiver(window))
    if data_folder is not None:  # the data it shows is not the shipped one: say so, for as long as it shows it
        shown = QLabel(f"Data: {data_folder}")
        shown.setToolTip("bodymap --data: the data files in this folder, and the shipped ones for those it lacks")
        window.statusBar().addPermanentWidget(shown)
    window.show()
    window.files.offer_recovery()  # what a crash left unsaved comes first
    if case is not None:
        window.files.open(case)
    QTimer.singleShot(0, settle_memory)  # in the event loop, after the window is shown: it takes about 35 ms
    return app.exec()


def _receiver(window: MainWindow) -> Callable[[Path | None], None]:
    """What to do with a case a later start hands over: bring the window forward and open it.  Opening may ask about
    unsaved changes, and meanwhile another case may arrive: it waits for the one before."""
    waiting: list[Path] = []

    def receive(case: Path | None) -> None:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.raise_()
        window.activateWindow()
        if case is None:
            return
        waiting.append(case)
        if len(waiting) > 1:
            return  # the one before is still being opened: this one follows it
        while waiting:
            window.files.open(waiting[0])
            waiting.pop(0)

    return receive


def settle_memory() -> None:
    """Take what start-up built (the data and the scene: some 55,000 objects that live as long as the window) out
    of the garbage collector's rounds.  A full collection then takes about 1 ms instead of about 30 ms, which
    would otherwise stall a frame now and then while the user draws."""
    gc.collect()
    gc.freeze()
