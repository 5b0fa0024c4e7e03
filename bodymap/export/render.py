"""Draw a pain map and/or a muscle's patterns to PNG, SVG or PDF from the same scene the window shows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from bodymap.core.body.atlas import Side
from bodymap.core.body.painmap import PainMark
from bodymap.core.clinic.catalog import Muscle
from bodymap.core.clinic.crossroads import muscle_zones
from bodymap.core.data.loading import LoadedData
from bodymap.ui.canvas import legend
from bodymap.ui.canvas.body_scene import BodyScene
from bodymap.ui.files import SaveError, save_atomically

PNG_HEIGHT = 1600  # pixels; the width follows the views' aspect ratio


class RenderError(Exception):
    """The file could not be written."""


def _app() -> QApplication:
    """A scene needs an application object; the command line has none yet (offscreen is enough)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(["bodymap", "-platform", "offscreen"])
        _KEEP.append(app)  # an application object must outlive every scene
    return app


_KEEP: list[QApplication] = []


def build_scene(
    data: LoadedData,
    pain: Mapping[str, PainMark] | None = None,
    muscle: Muscle | None = None,
    side: Side = Side.RIGHT,
    views: Sequence[str] | None = None,
) -> BodyScene:
    _app()
    scene = BodyScene(data.atlas, views, with_legend=False)
    if pain:
        scene.show_pain(pain)
    if muscle is not None:
        essential, spillover = muscle_zones(muscle, side, data.atlas, data.catalog)
        locations = [tp.location_on(side, data.atlas) for tp in muscle.trigger_points]
        scene.show_pattern(essential, spillover, locations)
    scene.show_legend(legend.drawing_entries(pain=bool(pain), pattern=muscle is not None))  # key what is drawn
    return scene


def render_file(path: Path, scene: BodyScene) -> None:
    """Write ``scene`` to ``path``; the format follows the suffix (.png, .svg or .pdf).

    The picture is drawn in memory, then saved all at once (as every file of the user's is), so that a file that
    cannot be written is told in a sentence of ours, not in Qt's warnings, and leaves no half-written file."""
    draw = {".png": _png, ".svg": _svg, ".pdf": _pdf}.get(path.suffix.lower())
    if draw is None:
        raise RenderError(f"unknown format '{path.suffix}': use .png, .svg or .pdf")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    draw(scene, buffer)
    buffer.close()
    try:
        save_atomically(path, buffer.data().data())
    except SaveError as exc:
        raise RenderError(str(exc)) from exc


def _png(scene: BodyScene, out: QBuffer) -> None:
    source = scene.sceneRect()
    scale = PNG_HEIGHT / source.height()
    # RGB32: the page is opaque, and painting without an alpha channel is about a third faster
    image = QImage(QSize(round(source.width() * scale), PNG_HEIGHT), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    image.save(out, "PNG")


def _svg(scene: BodyScene, out: QBuffer) -> None:
    source = scene.sceneRect()
    generator = QSvgGenerator()
    generator.setOutputDevice(out)
    generator.setSize(QSize(round(source.width()), round(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle("bodymap")
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()


def _pdf(scene: BodyScene, out: QBuffer) -> None:
    source = scene.sceneRect()
    writer = QPdfWriter(out)
    orientation = (
        QPageLayout.Orientation.Landscape if source.width() > source.height() else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(12, 12, 12, 12)))
    writer.setResolution(300)
    writer.setTitle("bodymap")
    painter = QPainter(writer)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(painter.viewport()), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
