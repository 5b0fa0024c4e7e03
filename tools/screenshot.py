"""Screenshot of the main window in a real window (run under Xvfb): screenshot.py OUT.png [PAIN ...]

Marks the given pain regions (as for `bodymap suggest`: "right temple=7"), chooses the first candidate and saves
the window as the X server shows it.
Example:  xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshot.py docs/window.png "right temple"
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bodymap.cli import parse_pain
from bodymap.core import loading
from bodymap.ui.main_window import MainWindow

app = QApplication(sys.argv[:1])
data = loading.load()
window = MainWindow(data)
window.resize(1360, 860)
window.show()
for region_id, mark in parse_pain(sys.argv[2:], data.atlas).items():
    window.intensity.setValue(mark.intensity)
    window.toggle_region(region_id)
if window.panel.list.count():
    window.panel.list.setCurrentRow(0)


def grab() -> None:
    # grab what the X server shows, not a re-render of the widget: this is what the user sees
    window.screen().grabWindow(window.winId()).save(sys.argv[1])
    app.quit()


QTimer.singleShot(600, grab)
app.exec()
