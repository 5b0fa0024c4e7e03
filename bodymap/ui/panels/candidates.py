"""The ranked candidates: a list with a score bar and the reason in words, and the details of what is chosen."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.core.body.atlas import Atlas, Side
from bodymap.core.case.model import Finding
from bodymap.core.clinic.ranking import Candidate
from bodymap.ui.canvas import style
from bodymap.ui.canvas.items import Examined
from bodymap.ui.panels.rich_text import RichBrowser, RichLabel

CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 1
EXAMINED_ROLE = Qt.ItemDataRole.UserRole + 2  # the Finding recorded for the candidate in this visit, if any
PAD = 8
LINE_GAP = 4  # pixels between the title and the reason
BAR_WIDTH = 70
HEIGHTS_KEPT = 4000  # wrapped text heights remembered (many widths pass by while a window is resized)


class CandidateDelegate(QStyledItemDelegate):
    """The rank, the name and side in bold beside a score bar, then the reason; all wrap to the list's width,
    never cut off."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view
        # wrapping text is the costly part of a re-ranked list; the same texts come back click after click (the
        # rank is drawn apart, in a column of its own, so that a candidate moving up or down still finds its own)
        self._heights: dict[tuple[str, str, int, int, str], tuple[int, int]] = {}

    def _layout(self, candidate: Candidate, width: int, font: QFont) -> tuple[int, int, int]:
        """The rank column's width, and the wrapped heights of the title and of the reason, ``width`` wide."""
        bold = _bold(font)
        rank_width = QFontMetrics(bold).horizontalAdvance(f"{self._view.count()}. ")
        key = (_title(candidate), candidate.why, width, rank_width, font.key())
        heights = self._heights.get(key)
        if heights is None:
            if len(self._heights) > HEIGHTS_KEPT:
                self._heights.clear()
            title_width = width - rank_width - BAR_WIDTH - PAD
            heights = self._heights[key] = (
                _wrapped_height(_title(candidate), title_width, bold),
                _wrapped_height(candidate.why, width, font),
            )
        return rank_width, *heights

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self._view.viewport().width()
        _, title_height, why_height = self._layout(index.data(CANDIDATE_ROLE), width - 2 * PAD, option.font)
        examined = QFontMetrics(_bold(option.font)).height() + LINE_GAP if index.data(EXAMINED_ROLE) else 0
        return QSize(width, 2 * PAD + title_height + LINE_GAP + examined + why_height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        candidate: Candidate = index.data(CANDIDATE_ROLE)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        rank_width, title_height, _ = self._layout(candidate, rect.width(), option.font)
        bold = _bold(option.font)
        painter.setFont(bold)
        painter.setPen(text_colour)
        line_height = QFontMetrics(bold).height()
        painter.drawText(QRect(rect.left(), rect.top(), rank_width, line_height), 0, f"{index.row() + 1}.")
        title = QRect(rect.left() + rank_width, rect.top(), rect.width() - rank_width - BAR_WIDTH - PAD, title_height)
        painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, _title(candidate))
        bar = QRect(rect.right() - BAR_WIDTH, rect.top() + line_height // 4, BAR_WIDTH, line_height // 2)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QColor(text_colour)  # the bar's empty part: the text colour, faint, so it shows in both themes
        track.setAlpha(40 if not selected else 70)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 3, 3)
        filled = QRect(bar)
        filled.setWidth(max(2, round(BAR_WIDTH * min(1.0, candidate.score))))
        painter.setBrush(QColor("#c8202a") if not selected else QColor("white"))
        painter.drawRoundedRect(filled, 3, 3)
        why = rect.adjusted(0, title_height + LINE_GAP, 0, 0)
        finding: Finding | None = index.data(EXAMINED_ROLE)
        if finding is not None:  # what palpation found, above the reason: the examination outranks the guess
            colour = Examined.of(finding).colour
            painter.setPen(
                text_colour if selected else style.readable_on(colour, palette.color(QPalette.ColorRole.Base))
            )
            mark = "✔" if finding.confirmed else "✕" if finding.ruled_out else "●"
            words = "nothing found (ruled out)" if finding.ruled_out else finding.summary.lower()
            said = QFontMetrics(bold).elidedText(f"{mark} Examined: {words}", Qt.TextElideMode.ElideRight, why.width())
            painter.drawText(why, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, said)
            why.setTop(why.top() + line_height + LINE_GAP)
        # the reason at the text's own size and colour: it is read from a step away, beside a treatment table
        painter.setFont(option.font)
        painter.setPen(text_colour)
        painter.drawText(why, Qt.TextFlag.TextWordWrap, candidate.why)
        painter.restore()


def _title(candidate: Candidate) -> str:
    return f"{candidate.muscle.name} ({candidate.side_label})"


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _wrapped_height(text: str, width: int, font: QFont) -> int:
    metrics = QFontMetrics(font)
    if metrics.horizontalAdvance(text) <= width:  # one line: no need to lay the words out
        return metrics.height()
    return metrics.boundingRect(QRect(0, 0, max(width, 40), 10_000), Qt.TextFlag.TextWordWrap, text).height()


class CandidateItem(QListWidgetItem):
    """A row of the list; what a screen reader says of it is worded when asked (a reason takes some work, and most
    rows of a long list are never read)."""

    def data(self, role: int) -> Any:
        if role == Qt.ItemDataRole.AccessibleTextRole:
            c: Candidate = super().data(CANDIDATE_ROLE)
            return f"{c.muscle.name}, {c.side_label}, score {c.score:.0%}. {c.why}"
        return super().data(role)


class CandidatesPanel(QWidget):
    """Shows a ranking, and the details of what is chosen (see ui.selection); emits ``candidate_chosen`` when
    the user chooses a candidate in the list or in the smallest set."""

    candidate_chosen = Signal(object)

    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self._chosen: tuple[str, Side] | None = None
        self._examined: dict[tuple[str, Side], Finding] = {}
        self._rows: dict[tuple[str, Side], int] = {}  # each listed candidate's row
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.cover = RichLabel()
        self.cover.setWordWrap(True)
        self.cover.setAccessibleName("Smallest set of muscles that explains the whole drawing")
        self.cover.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.cover.linkActivated.connect(self._on_cover_link)
        self.list = QListWidget()
        self.list.setItemDelegate(CandidateDelegate(self.list))
        self.list.setAccessibleName("Candidate muscles, best first")
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # a narrower list wraps its reasons again
        self.list.setWordWrap(True)
        # a whole-body drawing brings up some 280 candidates, each with a reason to wrap: laid out a screenful a
        # turn of the event loop, the click that re-ranked is drawn at once and the list's far end follows
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(12)
        self.details = RichBrowser()
        self.details.setAccessibleName("Details of the chosen candidate, muscle or condition")
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.cover)
        layout.addWidget(splitter, 1)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.show_ranking([], [], set())

    def show_ranking(self, candidates: list[Candidate], cover: list[Candidate], unexplained: set[str]) -> None:
        """List the candidates, the chosen one still chosen; the details pane is left as it is."""
        self.list.blockSignals(True)
        self.list.clear()
        self._rows = {c.key: row for row, c in enumerate(candidates)}
        for candidate in candidates:
            item = CandidateItem()
            item.setData(CANDIDATE_ROLE, candidate)
            item.setData(EXAMINED_ROLE, self._examined.get(candidate.key))
            self.list.addItem(item)
        self._select(self._chosen)
        self.list.blockSignals(False)
        if candidates:
            count = f"{len(candidates)} candidate muscle{'s' if len(candidates) != 1 else ''}"
            self.heading.setText(f"<b>{count}</b>, best first. Choose one to see its trigger points and pattern.")
        else:
            self.heading.setText(
                "<b>Click the body where it hurts.</b> Muscles whose trigger points refer pain "
                "there will be listed here, best first."
            )
        if cover:
            names = ", ".join(
                f"<a href='{c.muscle.id}:{c.side.value}'>{html.escape(c.muscle.name)} ({c.side_label})</a>"
                for c in cover
            )
            text = f"<b>Smallest set explaining the whole drawing:</b> {names}"
            if unexplained:
                labels = ", ".join(self.atlas.regions[r].label for r in sorted(unexplained))
                text += f"<br><i>Not explained by any trigger point: {html.escape(labels)}</i>"
            self.cover.set_html(text)
        else:
            self.cover.set_html("")
        self.cover.setVisible(bool(cover))

    def show_chosen(self, key: tuple[str, Side] | None, details_html: str) -> None:
        """Show what is chosen: ``key``'s row highlighted (none for a muscle or a condition), its details."""
        self._chosen = key
        self.list.blockSignals(True)
        self._select(key)
        self.list.blockSignals(False)
        self.details.set_html(details_html)

    def _select(self, key: tuple[str, Side] | None) -> None:
        self.list.setCurrentRow(self._rows.get(key, -1) if key is not None else -1)

    def show_examined(self, findings: Mapping[tuple[str, Side], Finding]) -> None:
        """Show beside each candidate what palpation found in it in the visit on show."""
        self._examined = dict(findings)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setData(EXAMINED_ROLE, self._examined.get(item.data(CANDIDATE_ROLE).key))

    def _on_cover_link(self, link: str) -> None:
        for row in range(self.list.count()):
            candidate: Candidate = self.list.item(row).data(CANDIDATE_ROLE)
            if f"{candidate.muscle.id}:{candidate.side.value}" == link:
                self.candidate_chosen.emit(candidate)
                return

    def choose_next(self, step: int) -> None:
        """Choose the next (or, with -1, the previous) candidate in the list."""
        if self.list.count():
            row = self.list.currentRow()
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, row + step if row >= 0 else 0)))

    def current(self) -> Candidate | None:
        item = self.list.currentItem()
        return item.data(CANDIDATE_ROLE) if item is not None else None

    def _on_current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.candidate_chosen.emit(item.data(CANDIDATE_ROLE))
