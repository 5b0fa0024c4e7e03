"""The README's pictures of the handout and of the progress over visits, made from the example case (run under Xvfb):

    QT_QPA_PLATFORM=xcb xvfb-run -a .venv/bin/python tools/handout_screenshots.py docs/handout/

writes handout.png (the PDF page of `bodymap handout examples/tension_headache.bodymap`, rendered by pdftoppm),
print_preview.png, and progress / compare / how_often pictures of the Progress window in the light and dark themes.
Settings go to a temporary file, so the pictures do not depend on what a previous run remembered.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import sandbox  # noqa: F401  (first: settings, data folder and channel in temporary folders)
from PySide6.QtCore import QEvent, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QWidget

from bodymap.cli import main as bodymap
from bodymap.core.data import loading
from bodymap.ui.case.handout_actions import PrintPreview
from bodymap.ui.case.progress import ProgressWindow
from bodymap.ui.main_window import MainWindow
from bodymap.ui.theme import Theme

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "tension_headache.bodymap"


def settle(app: QApplication, ms: int = 300) -> None:
    """Let the windows lay themselves out and paint."""
    timer = QTimer(singleShot=True, interval=ms)
    timer.timeout.connect(app.quit)
    timer.start()
    app.exec()


def grab(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(f"wrote {path}")


def point_at_visit(progress: ProgressWindow, number: int) -> None:
    """Put the pointer on a visit's point of the score plot, as a user would to see it named."""
    plot = progress.score_plot
    xs, ys = plot.getPlotItem().listDataItems()[0].getData()
    scene_point = plot.getPlotItem().getViewBox().mapViewToScene(QPointF(xs[number - 1], ys[number - 1]))
    at = QPointF(plot.mapFromScene(scene_point))
    buttons, modifiers = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    move = QMouseEvent(QEvent.Type.MouseMove, at, plot.viewport().mapToGlobal(at), buttons, buttons, modifiers)
    QApplication.sendEvent(plot.viewport(), move)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder to write the pictures in")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])  # before the handout command makes one of its own, offscreen
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "handout.pdf"
        if bodymap(["handout", str(EXAMPLE), "-o", str(pdf)]) != 0:
            return 1
        page = ["pdftoppm", "-png", "-r", "110", "-singlefile", str(pdf), str(args.out / "handout")]
        subprocess.run(page, check=True)
        print(f"wrote {args.out / 'handout.png'}")
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(loading.load(), settings)
        window.resize(1360, 860)
        window.show()
        window.files.open(EXAMPLE)

        def preview(dialog: QPrintPreviewDialog) -> None:
            dialog.resize(1000, 860)
            dialog.show()
            grab(app, dialog, args.out / "print_preview.png")
            dialog.close()

        PrintPreview.show = classmethod(lambda cls, dialog: preview(dialog))  # type: ignore[method-assign]
        window.handouts.print_preview()
        for theme, suffix in ((Theme.LIGHT, ""), (Theme.DARK, "_dark")):
            window.set_theme(theme)
            progress = window.show_progress()
            progress.resize(1280, 760)
            progress.compare_visits(0, 3)
            for index, name in enumerate(("progress", "compare", "how_often")):
                progress.tabs.setCurrentIndex(index)
                if name == "progress":
                    settle(app)
                    point_at_visit(progress, 2)
                grab(app, progress, args.out / f"{name}{suffix}.png")
        progress.close()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
