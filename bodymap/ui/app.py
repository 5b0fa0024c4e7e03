"""Starting the window: load the data (a dialog on bad data, never a traceback), then show the map."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from bodymap.core import loading
from bodymap.core.problems import DataError


def run() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("bodymap")
    app.setOrganizationName("bodymap")
    try:
        data = loading.load()
    except DataError as exc:
        box = QMessageBox(QMessageBox.Icon.Critical, "bodymap cannot start", "The data files have problems:")
        box.setDetailedText(str(exc))
        box.setInformativeText("\n".join(str(p) for p in exc.problems[:8]))
        box.exec()
        return 1
    from bodymap.ui.main_window import MainWindow

    window = MainWindow(data, QSettings())
    window.show()
    return app.exec()
