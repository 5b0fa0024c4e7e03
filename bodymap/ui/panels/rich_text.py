"""Rich text that follows the theme.

Qt takes the palette's link colour when it parses rich text, so a link set in the light theme would stay dark blue
on the dark theme's near-black.  These widgets keep the HTML they were given and parse it again when the palette
changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget


class RichLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._html = ""

    def set_html(self, text: str) -> None:
        self._html = text
        self.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._html:
            self.clear()  # setText with the same text would change nothing
            self.setText(self._html)


class RichBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._html = ""

    def set_html(self, text: str) -> None:
        self._html = text
        self.setHtml(text)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._html:
            at = self.verticalScrollBar().value()  # the reader's place is kept
            self.setHtml(self._html)
            self.verticalScrollBar().setValue(at)
