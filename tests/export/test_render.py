"""`bodymap render`: a PDF page filled with the views and titled; every format says which muscle and side it shows."""

from __future__ import annotations

from PySide6.QtGui import QColor

from bodymap.cli import main
from tests.export import pdf


def _rows_drawn(image) -> tuple[int, int]:
    """The first and last rows of the picture that hold anything but the white background."""
    background = QColor("white")
    rows = [
        y
        for y in range(image.height())
        if any(image.pixelColor(x, y) != background for x in range(0, image.width(), 3))
    ]
    return rows[0], rows[-1]


def test_a_pdf_is_a_page_filled_with_the_views_under_a_title(capsys, tmp_path):
    out_file = tmp_path / "trap.pdf"
    assert main(["render", "--muscle", "upper trapezius", "--side", "left", "-o", str(out_file)]) == 0
    out, _ = capsys.readouterr()
    assert "Upper trapezius, left side" in out
    assert pdf.text(out_file).startswith("Upper trapezius, left side: trigger points (X) and referral pattern")
    assert pdf.images(out_file) == 0  # the body's outline and face are shapes, not a bitmap of the screen
    page = pdf.page_picture(out_file, tmp_path / "page", dpi=30)
    top, bottom = _rows_drawn(page)
    assert top < 0.1 * page.height() and bottom > 0.85 * page.height()  # from the title down to the key


def test_one_view_fills_an_upright_page(capsys, tmp_path):
    out_file = tmp_path / "side.pdf"
    assert main(["render", "--muscle", "temporalis", "--view", "right_lateral", "-o", str(out_file)]) == 0
    width, height = pdf.page_size(out_file)
    assert height > width


def test_pictures_say_what_they_show(capsys, tmp_path):
    svg = tmp_path / "pain.svg"
    assert main(["render", "--pain", "right temple=8", "left inner heel", "-o", str(svg)]) == 0
    assert "Pain drawing: Right temple (8/10), Left inner heel (6/10)" in svg.read_text(encoding="utf-8")
    png = tmp_path / "pain.png"
    assert main(["render", "--pain", "right temple=8", "-o", str(png)]) == 0
    out, _ = capsys.readouterr()
    assert f"wrote {png}: Pain drawing: Right temple (8/10)" in out
