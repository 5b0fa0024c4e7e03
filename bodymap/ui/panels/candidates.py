"""The ranked candidates: a list with a score bar and the reason in words, and the chosen one's details."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bodymap.core.body.atlas import Atlas
from bodymap.core.clinic.catalog import Catalog, Muscle
from bodymap.core.clinic.ranking import Candidate
from bodymap.ui.panels import details

CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 1
PAD = 8
BAR_WIDTH = 70
HEIGHTS_KEPT = 2000  # wrapped reasons remembered; a long session meets tens of thousands


class CandidateDelegate(QStyledItemDelegate):
    """Name and side in bold with a score bar, then the reason in smaller text."""

    def _why_rect(self, option: QStyleOptionViewItem) -> QRect:
        return option.rect.adjusted(PAD, PAD + QFontMetrics(option.font).height() + 4, -PAD, -PAD)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # wrapping the reason is the costly part of a re-ranked list; the same reasons come back click after click
        self._heights: dict[tuple[str, int, str], int] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        candidate: Candidate = index.data(CANDIDATE_ROLE)
        width = max(option.rect.width(), 260) - 2 * PAD
        key = (candidate.why, width, option.font.key())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= HEIGHTS_KEPT:  # the reasons of drawings long gone: forget them, not grow
                self._heights.clear()
            small = QFont(option.font)
            small.setPointSizeF(option.font.pointSizeF() * 0.9)
            why = QFontMetrics(small).boundingRect(QRect(0, 0, width, 1000), Qt.TextFlag.TextWordWrap, candidate.why)
            height = self._heights[key] = PAD * 2 + QFontMetrics(option.font).height() + 4 + why.height()
        return QSize(width, height)

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
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        rank = index.row() + 1
        title = f"{rank}. {candidate.muscle.name} ({candidate.side.value})"
        line_height = QFontMetrics(bold).height()
        title_rect = QRect(rect.left(), rect.top(), rect.width() - BAR_WIDTH - PAD, line_height)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )
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
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        painter.setFont(small)
        muted = QColor(text_colour)
        if not selected:
            muted.setAlpha(190)
        painter.setPen(muted)
        painter.drawText(self._why_rect(option), Qt.TextFlag.TextWordWrap, candidate.why)
        painter.restore()


class CandidatesPanel(QWidget):
    """Shows a ranking; emits ``candidate_chosen`` (or None) as the selection changes."""

    candidate_chosen = Signal(object)

    def __init__(self, atlas: Atlas, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.catalog = catalog
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.cover = QLabel()
        self.cover.setWordWrap(True)
        self.cover.setAccessibleName("Smallest set of muscles that explains the whole drawing")
        self.cover.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.cover.linkActivated.connect(self._on_cover_link)
        self.list = QListWidget()
        self.list.setItemDelegate(CandidateDelegate(self.list))
        self.list.setAccessibleName("Candidate muscles, best first")
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setWordWrap(True)
        self.details = QTextBrowser()
        self.details.setAccessibleName("Details of the chosen candidate")
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.cover)
        layout.addWidget(splitter, 1)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.show_ranking([], [], set())

    def show_ranking(self, candidates: list[Candidate], cover: list[Candidate], unexplained: set[str]) -> None:
        chosen = self.current()
        self.list.blockSignals(True)
        self.list.clear()
        keep = None
        for candidate in candidates:
            item = QListWidgetItem()
            item.setData(CANDIDATE_ROLE, candidate)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{candidate.muscle.name}, {candidate.side.value}, score {candidate.score:.0%}. {candidate.why}",
            )
            self.list.addItem(item)
            if chosen is not None and candidate.key == chosen.key:
                keep = item
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
                f"<a href='{c.muscle.id}:{c.side.value}'>{html.escape(c.muscle.name)} ({c.side.value})</a>"
                for c in cover
            )
            text = f"<b>Smallest set explaining the whole drawing:</b> {names}"
            if unexplained:
                labels = ", ".join(self.atlas.regions[r].label for r in sorted(unexplained))
                text += f"<br><i>Not explained by any trigger point: {html.escape(labels)}</i>"
            self.cover.setText(text)
        else:
            self.cover.setText("")
        self.cover.setVisible(bool(cover))
        if keep is not None:
            self.list.setCurrentItem(keep)
        else:
            self._on_current_changed(None, None)

    def _on_cover_link(self, link: str) -> None:
        for row in range(self.list.count()):
            candidate: Candidate = self.list.item(row).data(CANDIDATE_ROLE)
            if f"{candidate.muscle.id}:{candidate.side.value}" == link:
                self.list.setCurrentRow(row)
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
        candidate: Candidate | None = item.data(CANDIDATE_ROLE) if item is not None else None
        if candidate is not None:
            self.details.setHtml(details.candidate_html(candidate, self.atlas, self.catalog))
        else:
            self.details.setHtml(details.empty_html())
        self.candidate_chosen.emit(candidate)

    def show_muscle(self, muscle: Muscle) -> None:
        """Show a muscle found by search or browsing (no candidate is chosen then)."""
        self.list.setCurrentRow(-1)
        self.show_text(details.muscle_html(muscle, self.catalog))

    def show_text(self, text: str) -> None:
        """Show something other than a candidate in the details pane (a muscle, a condition)."""
        self.details.setHtml(text)
