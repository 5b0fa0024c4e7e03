"""Draw a pain map and/or a muscle's patterns to PNG, SVG or PDF from the same scene the window shows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene

from bodymap.core.body.atlas import Atlas, Side
from bodymap.core.body.painmap import PainMark
from bodymap.core.clinic.catalog import Muscle, TriggerPoint
from bodymap.core.clinic.crossroads import muscle_zones
from bodymap.core.data.loading import LoadedData
from bodymap.ui.canvas import legend
from bodymap.ui.canvas.body_scene import LEGEND_ALLOWANCE, BodyScene, best_columns, grid
from bodymap.ui.files import SaveError, save_atomically

PNG_HEIGHT = 1600  # pixels; the width follows the views' aspect ratio
TITLE_SHARE = 0.05  # of the scene's height: the band of a picture's title
PDF_TITLE_POINTS = 15.0
PDF_MARGIN_MM = 12.0
TITLE_AREAS = 6  # painful areas named in a title before "and N more"


class RenderError(Exception):
    """The file could not be written."""


def application() -> QApplication:
    """A scene needs an application object; the command line has none yet (offscreen is enough)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(["bodymap", "-platform", "offscreen"])
        _KEEP.append(app)  # an application object must outlive every scene
    return app


_KEEP: list[QApplication] = []


def vector_only(scene: QGraphicsScene) -> None:
    """Draw every item of ``scene`` as shapes: an item's cache (the window keeps the thick body outline and the
    face's lines as bitmaps of the screen) would otherwise land in a PDF or SVG as a blurred picture."""
    for item in scene.items():
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)


def build_scene(
    data: LoadedData,
    pain: Mapping[str, PainMark] | None = None,
    muscle: Muscle | None = None,
    side: Side = Side.RIGHT,
    views: Sequence[str] | None = None,
    trigger_point: TriggerPoint | None = None,
    columns: int = 0,  # views per row; 0: all in one row
) -> BodyScene:
    """A scene of the pain map and of a whole muscle's patterns, or of one ``trigger_point``'s pattern."""
    application()
    scene = BodyScene(data.atlas, views, with_legend=False, columns=columns)
    if pain:
        scene.show_pain(pain)
    shown = trigger_point.muscle_id if trigger_point is not None else muscle.id if muscle is not None else None
    if shown is not None:  # the muscle under its trigger points, as the reference charts draw it
        scene.show_muscle_outline(data.atlas.muscle_outlines(shown, side))
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


def page_columns(atlas: Atlas, views: Sequence[str] | None = None) -> int:
    """Views per row that show them largest on an A4 page, upright or turned (under a title, over a key)."""
    names = [v for v in (views or atlas.views) if v in atlas.views] or list(atlas.views)
    page = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Millimeter)
    width, height = page.width() - 2 * PDF_MARGIN_MM, page.height() - 2 * PDF_MARGIN_MM
    upright = best_columns(atlas, names, width, height * (1 - TITLE_SHARE))
    turned = best_columns(atlas, names, height, width * (1 - TITLE_SHARE))

    def fit(columns: int, w: float, h: float) -> float:
        origins = grid(atlas, names, columns)
        right = max(origins[v].x() + atlas.views[v].width for v in names)
        bottom = max(origins[v].y() + atlas.views[v].height for v in names) + LEGEND_ALLOWANCE
        return min(w / right, h * (1 - TITLE_SHARE) / bottom)

    return upright if fit(upright, width, height) >= fit(turned, height, width) else turned


def muscle_title(muscle: Muscle, side: Side) -> str:
    """ "Upper trapezius, right side": which muscle is shown, and on which side of the patient."""
    return f"{muscle.name}, {side.value} side"


def render_title(
    atlas: Atlas, pain: Mapping[str, PainMark] | None = None, muscle: Muscle | None = None, side: Side = Side.RIGHT
) -> str:
    """What a render shows, in words: the muscle and its side, and the painful areas."""
    parts = []
    if muscle is not None:
        parts.append(f"{muscle_title(muscle, side)}: trigger points (X) and referral pattern")
    if pain:
        areas = [f"{atlas.regions[rid].label} ({mark.intensity}/10)" for rid, mark in pain.items()]
        listed = ", ".join(areas[:TITLE_AREAS]) + (
            f" and {len(areas) - TITLE_AREAS} more" if len(areas) > TITLE_AREAS else ""
        )
        parts.append(f"Pain drawing: {listed}")
    return "; ".join(parts)


def _paint(painter: QPainter, target: QRectF, scene: BodyScene, title: str, title_size: float) -> None:
    """The title over the scene, the scene as large as fits under it, both centred in ``target``."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    body = QRectF(target)
    if title:
        font = QFont()
        font.setPointSizeF(title_size)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#222222"))
        line = QRectF(target.left(), target.top(), target.width(), title_size * 2.2)
        painter.drawText(line, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, title)
        body.setTop(line.bottom())
    scene.render(painter, body, scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


def render_file(path: Path, scene: BodyScene, title: str = "", png_height: int = PNG_HEIGHT) -> None:
    """Write ``scene`` to ``path`` under ``title``; the format follows the suffix (.png, .svg or .pdf).  A PDF is a
    page filled with the views, turned to suit them; everything is drawn as shapes and text, never as a bitmap.

    The picture is drawn in memory, then saved all at once (as every file of the user's is), so that a file that
    cannot be written is told in a sentence of ours, not in Qt's warnings, and leaves no half-written file."""
    vector_only(scene)
    source = scene.sceneRect()
    band = TITLE_SHARE * source.height() if title else 0.0  # the title's height, in the scene's units
    suffix = path.suffix.lower()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if suffix == ".png":
        scale = png_height / (source.height() + band)
        size = QSize(round(source.width() * scale), png_height)
        image = QImage(size, QImage.Format.Format_RGB32)  # the page is opaque: painting without alpha is faster
        image.fill(QColor("white"))
        image.setDotsPerMeterX(round(96 / 0.0254))  # fonts in points, at the screen's density
        image.setDotsPerMeterY(round(96 / 0.0254))
        painter = QPainter(image)
        _paint(painter, QRectF(image.rect()), scene, title, band * scale * 0.75 / 2.2)
        painter.end()
        image.save(buffer, "PNG")
    elif suffix == ".svg":
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        height = source.height() + band
        generator.setSize(QSize(round(source.width()), round(height)))
        generator.setViewBox(QRectF(0, 0, source.width(), height))
        generator.setTitle(title or "bodymap")
        painter = QPainter(generator)
        _paint(painter, QRectF(0, 0, source.width(), height), scene, title, band * 0.75 / 2.2)
        painter.end()
    elif suffix == ".pdf":
        writer = QPdfWriter(buffer)
        landscape = source.width() > source.height() + band
        orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(*(PDF_MARGIN_MM,) * 4))
        )
        # a trigger point's X keeps its size on screen whatever the zoom: at the screen's density it prints as seen
        writer.setResolution(96)
        writer.setTitle(title or "bodymap")
        writer.setCreator("bodymap")
        painter = QPainter(writer)
        _paint(painter, QRectF(painter.viewport()), scene, title, PDF_TITLE_POINTS)
        painter.end()
        del writer  # the document is finished when its writer goes
    else:
        raise RenderError(f"unknown format '{suffix}': use .png, .svg or .pdf")
    buffer.close()
    try:
        save_atomically(path, bytes(buffer.data().data()))
    except SaveError as exc:
        raise RenderError(str(exc)) from exc
