"""Reading a PDF as its reader would: the text layer (pdftotext), the pages (pdfinfo), a page as a picture (pdftoppm).
poppler-utils provides the three (scripts/system-deps.sh installs it)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PySide6.QtGui import QImage


def text(pdf: Path) -> str:
    """The PDF's text in reading order, block by block, its words joined by single spaces."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in out.splitlines())}


def pages(pdf: Path) -> int:
    return int(info(pdf)["Pages"])


def page_size(pdf: Path) -> tuple[float, float]:
    """The first page's width and height in points."""
    match = re.match(r"([\d.]+) x ([\d.]+) pts", info(pdf)["Page size"])
    assert match, info(pdf)
    return float(match[1]), float(match[2])


def images(pdf: Path) -> int:
    """How many pictures (bitmaps) the PDF holds: shapes and text are not pictures."""
    out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    return len(out.splitlines()) - 2


def page_picture(pdf: Path, out_stem: Path, page: int = 1, dpi: int = 60) -> QImage:
    """Page ``page`` rendered by poppler, as a Qt image (written to ``out_stem``.png too, to look at)."""
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(out_stem)],
        check=True,
    )
    return QImage(str(out_stem) + ".png")
