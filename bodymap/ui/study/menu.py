"""The Study menu of the main window: start a round (F6), see the progress (F7), export an Anki deck (F8).

The study window is made on first use, and what it needs (the scheduler, the deck writer, the plots) is imported
then: the main window starts as fast as without it.  The study window closes with the main window.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from bodymap.core.data.loading import LoadedData

if TYPE_CHECKING:
    from bodymap.ui.study.window import StudyWindow


class StudyMenu(QObject):
    """Runs the Study menu's actions (declared with the window's others, in ui/shortcuts.py)."""

    def __init__(self, window: QMainWindow, data: LoadedData, actions: Mapping[str, QAction]) -> None:
        super().__init__(window)
        self.window = window
        self.data = data
        self.study_window: StudyWindow | None = None
        self.start_action, self.progress_action, self.export_action = (
            actions["study"],
            actions["progress"],
            actions["anki"],
        )
        self.start_action.triggered.connect(self.start)
        self.progress_action.triggered.connect(self.progress)
        self.export_action.triggered.connect(self.export)
        window.installEventFilter(self)

    def open_window(self) -> StudyWindow:
        if self.study_window is None:
            from bodymap.ui.files import data_folder
            from bodymap.ui.study.profiles import Profiles
            from bodymap.ui.study.window import StudyWindow

            settings = getattr(self.window, "settings", None)
            self.study_window = StudyWindow(self.data, Profiles(data_folder()), settings, self.window)
        self.study_window.show()
        self.study_window.raise_()
        self.study_window.activateWindow()
        return self.study_window

    def start(self) -> None:
        self.open_window().show_setup()

    def progress(self) -> None:
        self.open_window().show_progress()

    def export(self) -> None:
        from bodymap.ui.study.deck import export_deck

        export_deck(self.window, self.data)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The study window closes with the main window (it is saved after every answer)."""
        if watched is self.window and event.type() == QEvent.Type.Close and self.study_window is not None:
            self.study_window.close()
        return super().eventFilter(watched, event)
