"""Draw a pain map and/or a muscle's patterns to PNG, SVG or PDF from the same scene the window shows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from bodymap.core.body.atlas import Side
from bodymap.core.body.painmap import PainMark
from bodymap.core.clinic.catalog import Muscle, TriggerPoint
from bodymap.core.clinic.crossroads import muscle_zones
from bodymap.core.data.loading import LoadedData
from bodymap.ui.canvas import legend
from bodymap.ui.canvas.body_scene import BodyScene

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
    trigger_point: TriggerPoint | None = None,
) -> BodyScene:
    """A scene of the pain map and of a whole muscle's patterns, or of one ``trigger_point``'s pattern."""
    _app()
    scene = BodyScene(data.atlas, views, with_legend=False)
    if pain:
        scene.show_pain(pain)
    if trigger_point is not None:
        essential, spillover = data.catalog.patterns[trigger_point.id].zones(side, data.atlas)
        scene.show_pattern(essential, spillover, trigger_point.locations_on(side, data.atlas))
    elif muscle is not None:
        essential, spillover = muscle_zones(muscle, side, data.atlas, data.catalog)
        locations = [loc for tp in muscle.trigger_points for loc in tp.locations_on(side, data.atlas)]
        scene.show_pattern(essential, spillover, locations)
    pattern = muscle is not None or trigger_point is not None
    scene.show_legend(legend.drawing_entries(pain=bool(pain), pattern=pattern))  # key what is drawn
    return scene


def render_file(path: Path, scene: BodyScene, png_height: int = PNG_HEIGHT) -> None:
    """Write ``scene`` to ``path``; the format follows the suffix (.png, .svg or .pdf)."""
    source = scene.sceneRect()
    suffix = path.suffix.lower()
    if suffix == ".png":
        scale = png_height / source.height()
        image = QImage(QSize(round(source.width() * scale), png_height), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
        if not image.save(str(path)):
            raise RenderError(f"cannot write {path}")
    elif suffix == ".svg":
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(round(source.width()), round(source.height())))
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle("bodymap")
        painter = QPainter()
        if not painter.begin(generator):
            raise RenderError(f"cannot write {path}")
        scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
        painter.end()
    elif suffix == ".pdf":
        writer = QPdfWriter(str(path))
        orientation = (
            QPageLayout.Orientation.Landscape if source.width() > source.height() else QPageLayout.Orientation.Portrait
        )
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(12, 12, 12, 12)))
        writer.setResolution(300)
        writer.setTitle("bodymap")
        painter = QPainter()
        if not painter.begin(writer):
            raise RenderError(f"cannot write {path}")
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        target = QRectF(painter.viewport())
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
    else:
        raise RenderError(f"unknown format '{suffix}': use .png, .svg or .pdf")
    if not path.exists():
        raise RenderError(f"cannot write {path}")
