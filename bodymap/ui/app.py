"""Starting the window: load the data (a dialog on bad data, never a traceback), then show the map."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from bodymap.core.data import loading
from bodymap.core.data.problems import DataError, Severity

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


def run(data_folder: Path | None = None) -> int:
    """Open the window on the shipped data, or on the copy of the data folder ``bodymap --data DIR`` names."""
    if QApplication.instance() is None:
        # fractional screen scales (125 %, 150 %) drawn at their true size: the body is vector art, crisp at any scale
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("bodymap")
    app.setOrganizationName("bodymap")
    try:
        data = loading.load(loading.DataFiles.in_folder(data_folder) if data_folder is not None else None)
    except DataError as exc:
        DataProblemsDialog.show_problems(exc)
        return 1
    from bodymap.ui.main_window import MainWindow

    window = MainWindow(data, QSettings())
    if data_folder is not None:  # the data it shows is not the shipped one: say so, for as long as it shows it
        shown = QLabel(f"Data: {data_folder}")
        shown.setToolTip("bodymap --data: the data files in this folder, and the shipped ones for those it lacks")
        window.statusBar().addPermanentWidget(shown)
    window.show()
    QTimer.singleShot(0, settle_memory)  # in the event loop, after the window is shown: it takes about 35 ms
    return app.exec()


def settle_memory() -> None:
    """Take what start-up built (the data and the scene: some 55,000 objects that live as long as the window) out
    of the garbage collector's rounds.  A full collection then takes about 1 ms instead of about 30 ms, which
    would otherwise stall a frame now and then while the user draws."""
    gc.collect()
    gc.freeze()
