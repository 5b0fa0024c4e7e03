"""Pages for paper: blocks laid out top to bottom in points (1/72 inch), a new page only when a block does not fit,
painted the same way into a PDF, a printer or a picture.

Text is laid out by QTextDocument against a reference device of 72 dots per inch, so that a point of text is a
point of the page whatever the device; the painter is scaled from points to the device's own dots.  Text stays
text in a PDF (selectable, searchable) and shapes stay shapes.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from bodymap.ui.files import SaveError, save_atomically

POINTS_PER_INCH = 72.0
PNG_DPI = 150
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica"]
TEXT = QColor("#1d1d1f")
MUTED = QColor("#555555")
ACCENT = QColor("#1f4e9c")  # headings: the blue of the referral patterns, darker


class Paper(Enum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def page_size(self) -> QPageSize:
        return QPageSize(QPageSize.PageSizeId.A4 if self is Paper.A4 else QPageSize.PageSizeId.Letter)

    @property
    def label(self) -> str:
        return {"a4": "A4", "letter": "US Letter"}[self.value]

    @property
    def size(self) -> QSizeF:
        """The page in points."""
        return self.page_size.size(QPageSize.Unit.Point)

    @classmethod
    def named(cls, name: str) -> Paper:
        """The paper called ``name``; "" (or an unknown name): the paper of the system's country."""
        for paper in cls:
            if paper.value == name.lower():
                return paper
        return (
            cls.LETTER if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else cls.A4
        )


class PageError(Exception):
    """The file could not be written."""


def _points_device() -> QImage:
    device = QImage(1, 1, QImage.Format.Format_ARGB32)
    dots_per_metre = round(POINTS_PER_INCH / 0.0254)
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    return device


_POINTS: list[QImage] = []


def font(points: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(FONT_FAMILIES)
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


def text(markup: str, width: float, points: float = 9.0, colour: QColor = TEXT) -> QTextDocument:
    """Rich text (Qt's HTML subset) laid out ``width`` points wide, in points."""
    if not _POINTS:
        _POINTS.append(_points_device())
    document = QTextDocument()
    document.documentLayout().setPaintDevice(_POINTS[0])
    document.setUseDesignMetrics(True)  # advances as designed, not hinted for a screen: the same on every device
    document.setDocumentMargin(0)
    document.setDefaultFont(font(points))
    document.setIndentWidth(points)  # a list's bullets close to its margin
    document.setDefaultStyleSheet(
        f"body {{ color: {colour.name()}; }} p {{ margin: 0; }} ul {{ margin: 0; -qt-list-indent: 1; }} "
        "li { margin: 0; }"
    )
    document.setHtml(f"<body>{markup}</body>")
    document.setTextWidth(width)
    return document


def escape(words: str) -> str:
    return html.escape(words, quote=False)


def paint_text(painter: QPainter, document: QTextDocument, left: float, top: float) -> None:
    painter.save()
    painter.translate(left, top)
    document.drawContents(painter)
    painter.restore()


@dataclass(frozen=True)
class Block:
    """A part of a page: its height in points at the width it was made for, and how to paint it into a rectangle."""

    height: float
    paint: Callable[[QPainter, QRectF], None]
    keep_with_next: bool = False  # a heading: never the last thing on a page


@dataclass(frozen=True)
class Layout:
    """Where each block goes: per page, (block, top) pairs."""

    pages: list[list[tuple[Block, float]]]


def paginate(blocks: Sequence[Block], top: float, bottom: float, gap: float) -> Layout:
    """Blocks one under the other from ``top``; a block that does not fit above ``bottom`` starts a new page
    (with the heading that belongs to it)."""
    pages: list[list[tuple[Block, float]]] = [[]]
    y = top
    for i, block in enumerate(blocks):
        needed = block.height
        if block.keep_with_next and i + 1 < len(blocks):
            needed += gap + blocks[i + 1].height
        if pages[-1] and y + needed > bottom:
            pages.append([])
            y = top
        pages[-1].append((block, y))
        y += block.height + gap
    return Layout(pages)


PaintPage = Callable[[QPainter, int], None]  # paints page ``index`` in points


def paint_on(device: QPagedPaintDevice, page_count: int, paint_page: PaintPage) -> None:
    """Paint every page onto a PDF writer or a printer (set to the page size already), in points."""
    painter = QPainter()
    if not painter.begin(device):
        raise PageError("cannot start drawing on the page")
    try:
        scale = device.logicalDpiX() / POINTS_PER_INCH
        for index in range(page_count):
            if index:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint_page(painter, index)
            painter.restore()
    finally:
        painter.end()


def pdf_bytes(paper: Paper, page_count: int, paint_page: PaintPage, title: str) -> bytes:
    """The pages as a PDF document."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(paper.page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setResolution(round(POINTS_PER_INCH * 10))  # coordinates to a tenth of a point
    writer.setTitle(title)
    writer.setCreator("bodymap")
    paint_on(writer, page_count, paint_page)
    del writer  # the document is finished when its writer goes
    return bytes(buffer.data().data())


def png_bytes(paper: Paper, index: int, paint_page: PaintPage, dpi: int = PNG_DPI) -> bytes:
    """Page ``index`` as a PNG picture of ``dpi`` dots per inch."""
    size = paper.size
    scale = dpi / POINTS_PER_INCH
    image = QImage(round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.scale(scale, scale)
    paint_page(painter, index)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def page_files(path: Path, page_count: int) -> list[Path]:
    """Where the pages go: one PDF, or a PNG per page (``name.png``, ``name-2.png`` ...)."""
    if path.suffix.lower() == ".pdf":
        return [path]
    return [path if i == 0 else path.with_name(f"{path.stem}-{i + 1}{path.suffix}") for i in range(page_count)]


def write_pages(path: Path, paper: Paper, page_count: int, paint_page: PaintPage, title: str) -> list[Path]:
    """Write the pages to ``path`` (.pdf or .png, see :func:`page_files`), each file atomically and readable by its
    owner only (a handout holds health information).  Returns the files written."""
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".png"):
        raise PageError(f"unknown format '{suffix}': use .pdf or .png")
    targets = page_files(path, page_count)
    try:
        if suffix == ".pdf":
            save_atomically(path, pdf_bytes(paper, page_count, paint_page, title))
        else:
            for index, target in enumerate(targets):
                save_atomically(target, png_bytes(paper, index, paint_page))
    except SaveError as exc:
        raise PageError(str(exc)) from None
    return targets
