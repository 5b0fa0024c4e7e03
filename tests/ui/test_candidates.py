"""The candidates list in a narrow window (1024 x 700, browse panel open): names and reasons wrap, never cut off,
at the window's own text size and colour; the key under the body is as readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication

from bodymap.ui.main_window import MainWindow
from bodymap.ui.panels.candidates import BAR_WIDTH, CANDIDATE_ROLE, LINE_GAP, PAD
from tests.ui.conftest import click, next_turn, open_window


@pytest.fixture
def narrow(qtbot, data, settings) -> MainWindow:
    win = open_window(qtbot, data, settings, 1024, 700)
    for view, region in (("anterior", "right_temple"), ("posterior", "right_occiput"),
                         ("posterior", "right_scapula"), ("posterior", "right_buttock_upper")):  # fmt: skip
        click(qtbot, win, view, region)  # four areas: long reasons
    next_turn(qtbot)
    return win


def wrapped_height(font: QFont, width: int, text: str) -> int:
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height()


def test_names_and_reasons_wrap_within_their_rows_in_a_narrow_window(narrow):
    listing = narrow.panel.list
    assert narrow.dock.isVisible() and listing.viewport().width() < 300  # the narrow case
    font = listing.font()
    bold = QFont(font)
    bold.setBold(True)
    rank_width = QFontMetrics(bold).horizontalAdvance(f"{listing.count()}. ")  # the ranks' column
    for row in range(listing.count()):
        item = listing.item(row)
        candidate = item.data(CANDIDATE_ROLE)
        rect = listing.visualItemRect(item)
        title = f"{candidate.muscle.name} ({candidate.side.value})"
        inner = rect.width() - 2 * PAD
        needed = wrapped_height(bold, inner - rank_width - BAR_WIDTH - PAD, title) + LINE_GAP
        needed += wrapped_height(font, inner, candidate.why)
        assert needed + 2 * PAD <= rect.height(), f"row {row + 1} cut off: {needed + 2 * PAD} > {rect.height()}"


def test_reasons_are_drawn_in_the_text_colour(narrow):
    listing = narrow.panel.list
    listing.setCurrentRow(-1)
    first = listing.visualItemRect(listing.item(0))
    title_height = QFontMetrics(listing.font()).height()
    reason = first.adjusted(PAD, PAD + title_height + LINE_GAP + 2, -PAD, -PAD)
    image = listing.viewport().grab().toImage()
    text = listing.palette().color(QPalette.ColorRole.Text)
    closest = min(
        sum(abs(a - b) for a, b in zip(image.pixelColor(x, y).getRgb()[:3], text.getRgb()[:3], strict=True))
        for x in range(reason.left(), reason.right(), 1)
        for y in range(reason.top(), reason.bottom(), 1)
    )
    assert closest < 40  # the text's own colour is drawn (not a faint grey of it)


def test_the_key_is_at_the_windows_text_size_and_shows_every_entry(narrow):
    key = narrow.legend
    assert key.isVisible() and len(key.texts()) >= 8
    assert key.fontInfo().pixelSize() == QFontInfo(QApplication.font()).pixelSize()
    assert key.height() >= key.heightForWidth(key.width())  # every row in sight
    narrow.canvas.zoom_by(4)  # the body's scale is not the key's
    assert key.isVisible() and key.height() >= key.heightForWidth(key.width())
