"""The patient's handout on paper: their own pain drawing; the muscles chosen for them (one to four), each with its
trigger points and referral pattern drawn large, cropped to where they are; referred pain in plain words; what each
muscle does and what helps; aftercare after dry needling and the signs that need help; the educational-use notice;
the date, and the clinic's name and logo when set.  One page, and a second only when the content does not fit.

One class builds the pages for every surface (the window's export and print, ``bodymap handout``), so they are the
same page wherever they are made.  Usable without a window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from bodymap.core.body.framing import Frame, Spot, choose_views, frame_view, frames
from bodymap.core.body.painmap import PainMark, Quality
from bodymap.core.case.model import Target
from bodymap.core.clinic.catalog import Muscle
from bodymap.core.clinic.crossroads import muscle_zones
from bodymap.core.clinic.guidance import Urgency
from bodymap.core.data.loading import LoadedData
from bodymap.export import page
from bodymap.export.handout import Handout, HandoutOptions, target_title
from bodymap.export.page import ACCENT, MUTED, Block, escape, paint_text, text
from bodymap.export.pictures import Pictures
from bodymap.export.render import application
from bodymap.ui.canvas import legend, style
from bodymap.ui.canvas.legend import Entry, Swatch, main_zone_entry, spillover_entry

MARGIN = 40.0  # points around the page's content
GAP = 12.0  # between blocks
COLUMN_GAP = 16.0
FOOTER = 30.0  # the notice and the page number, under the content
BODY_POINTS, SMALL_POINTS, HEADING_POINTS, TITLE_POINTS = 9.0, 7.5, 11.5, 16.0
GUIDANCE_POINTS = 8.0
PROGRESS_HEIGHT = 100.0  # points: the plot of the pain scores
PAIN_PICTURE = 150.0  # points: about the height of the pain drawing's pictures
WARNING = QColor("#9b1c1c")  # the heading of the signs that need help
CAPTION = 11.0  # the height of a picture's caption line
LOGO_HEIGHT, LOGO_WIDTH = 40.0, 110.0
PICTURE_SCALES = (1.3, 1.15, 1.0)  # the muscles' pictures, larger when the page has room
# muscles -> cards to a row, the most readable first: the next is tried when the handout would need a second page
COLUMNS = {0: (1,), 1: (1,), 2: (2, 1), 3: (3, 2), 4: (2, 4)}

TITLE = "Your pain and where it may come from"
NOTICE = (
    "This sheet is for your information and education. It is not a diagnosis: the muscles shown are those your "
    "practitioner chose to look at or treat. Ask them about anything that is unclear."
)
REFERRED_PAIN = (
    "A trigger point is a small, tender, tight spot in a muscle. Besides hurting where it is, it can send pain "
    "to another place, sometimes quite far away: this is called <b>referred pain</b>. So the place that hurts is "
    "not always the place that needs treatment. In the pictures, an <b>X</b> marks a trigger point; solid blue "
    "shows where its pain is usually felt, and blue dots where some people also feel it."
)
SELF_CARE = (
    "Keep gently moving: change position often, and avoid holding one posture or repeating one movement for long. "
    "Warmth and the stretches or exercises your practitioner showed you usually help."
)


def _date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _view_caption(data: LoadedData, view_name: str) -> str:
    """What a picture shows, in the patient's frame: "Back: your right on the right", "Right side"."""
    view = data.atlas.views[view_name]
    if view.shows is not None:
        return view.label
    return f"{view.label}: your right on the {'left' if view.patient_right_on_screen_left else 'right'}"


class HandoutPages:
    """The handout laid out on its paper: ``page_count`` pages, each painted by :meth:`paint` in points."""

    def __init__(self, handout: Handout, data: LoadedData, options: HandoutOptions | None = None) -> None:
        application()  # pictures are drawn by scenes, which need an application object
        self.handout = handout
        self.data = data
        self.options = options or HandoutOptions()
        self.size = self.options.paper.size
        self.width = self.size.width() - 2 * MARGIN
        self.pictures = Pictures(data.atlas)
        self.problems: list[str] = []  # what could not be put on the page, in sentences
        self.logo = _Logo.read(self.options.logo) if self.options.logo is not None else None
        if self.options.logo is not None and self.logo is None:
            self.problems.append(f"the logo {self.options.logo} cannot be read as a picture; the handout has none")
        before, after = [self._header(), *self._drawing()], [self._aftercare(), *self._progress()]
        bottom = self.size.height() - MARGIN - FOOTER
        layouts = [
            page.paginate([*before, *self._muscles(columns, scale), *after], MARGIN, bottom, GAP)
            for columns in COLUMNS[len(handout.targets)]
            for scale in PICTURE_SCALES
        ]
        # the most readable layout that fits one page (fewer cards to a row, larger pictures); the first when none does
        self.layout = next((layout for layout in layouts if len(layout.pages) == 1), layouts[0])

    @property
    def page_count(self) -> int:
        return len(self.layout.pages)

    @property
    def title(self) -> str:
        names = "; ".join(target_title(t, self.data) for t in self.handout.targets)
        return f"{TITLE} ({names})" if names else TITLE

    def paint(self, painter: QPainter, index: int) -> None:
        """Paint page ``index`` (from 0); the painter's units are points from the page's top left."""
        painter.fillRect(QRectF(QPointF(0, 0), self.size), Qt.GlobalColor.white)
        for block, top in self.layout.pages[index]:
            block.paint(painter, QRectF(MARGIN, top, self.width, block.height))
        self._footer(painter, index)

    # ------------------------------------------------------------------------------------------ surfaces

    def write(self, path: Path) -> list[Path]:
        """Write the handout to a PDF, or to PNG pictures (one per page); returns the files written."""
        return page.write_pages(path, self.options.paper, self.page_count, self.paint, self.title)

    def print_on(self, device: QPagedPaintDevice) -> None:
        """Print on a printer (or a print preview) whose page is set to the handout's paper, in full-page mode."""
        page.paint_on(device, self.page_count, self.paint)

    # -------------------------------------------------------------------------------------------- blocks

    def _heading(self, words: str) -> Block:
        document = text(f"<b>{escape(words)}</b>", self.width, HEADING_POINTS, ACCENT)
        return Block(document.size().height(), lambda p, r: paint_text(p, document, r.left(), r.top()), True)

    def _header(self) -> Block:
        logo_width = LOGO_WIDTH if self.logo is not None or self.options.clinic else 0.0
        left_width = self.width - logo_width - (COLUMN_GAP if logo_width else 0)
        title = text(f"<b>{escape(TITLE)}</b>", left_width, TITLE_POINTS, ACCENT)
        when = text(escape(f"Prepared for you on {_date(self.handout.date)}"), left_width, BODY_POINTS, MUTED)
        clinic = text(f"<p align='right'>{escape(self.options.clinic)}</p>", logo_width, BODY_POINTS, MUTED)
        logo_height = self.logo.height_for(logo_width) if self.logo is not None else 0.0
        right_height = logo_height + (clinic.size().height() + 3 if self.options.clinic else 0)
        height = max(title.size().height() + 2 + when.size().height(), right_height) + 6

        def paint(painter: QPainter, rect: QRectF) -> None:
            paint_text(painter, title, rect.left(), rect.top())
            paint_text(painter, when, rect.left(), rect.top() + title.size().height() + 2)
            if self.logo is not None:
                self.logo.paint(painter, QRectF(rect.right() - logo_width, rect.top(), logo_width, logo_height))
            if self.options.clinic:
                paint_text(painter, clinic, rect.right() - logo_width, rect.top() + logo_height + 3)
            painter.setPen(QPen(ACCENT, 0.8))
            painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))

        return Block(height, paint)

    def _drawing(self) -> list[Block]:
        """The patient's drawing beside referred pain in plain words and the key."""
        pain = self.handout.pain
        marked = [rid for rid in pain if rid in self.data.atlas.regions]
        natural = frames(self.data.atlas, marked, most=3, worth=0)  # every mark in sight
        # the pictures as wide as they need at about the height of the words beside them, the words the rest
        needed = sum((PAIN_PICTURE - CAPTION) * f.width / f.height for f in natural) + 8 * (len(natural) - 1)
        left_width = min(max(needed, 0.36 * self.width), 0.58 * self.width)
        right_width = self.width - left_width - COLUMN_GAP
        explanation = text(REFERRED_PAIN, right_width, BODY_POINTS)
        heading = text("<b>Pain felt away from its cause</b>", right_width, HEADING_POINTS, ACCENT)
        key = _Key(self._key_entries(), right_width)
        right_height = heading.size().height() + 4 + explanation.size().height() + 8 + key.height
        picture_height = max(120.0, right_height - 20)
        box_width = (left_width - (len(natural) - 1) * 8) / max(1, len(natural))
        shown = frames(self.data.atlas, marked, most=3, aspect=box_width / (picture_height - CAPTION), worth=0)
        left_heading = text("<b>Where you feel pain</b>", left_width, HEADING_POINTS, ACCENT)
        none = text(escape("No pain was marked on the drawing."), left_width, BODY_POINTS, MUTED)
        top_of_pictures = left_heading.size().height() + 4
        height = max(top_of_pictures + (picture_height if shown else none.size().height()), right_height)

        def paint(painter: QPainter, rect: QRectF) -> None:
            paint_text(painter, left_heading, rect.left(), rect.top())
            if not shown:
                paint_text(painter, none, rect.left(), rect.top() + top_of_pictures)
            for i, frame in enumerate(shown):
                box = QRectF(rect.left() + i * (box_width + 8), rect.top() + top_of_pictures, box_width, picture_height)
                self._picture(painter, box, frame, pain)
            x = rect.right() - right_width
            paint_text(painter, heading, x, rect.top())
            y = rect.top() + heading.size().height() + 4
            paint_text(painter, explanation, x, y)
            key.paint(painter, x, y + explanation.size().height() + 8)

        return [Block(height, paint)]

    def _key_entries(self) -> list[Entry]:
        """The key of the pictures, in the patient's words: the marks the drawing uses, then the pattern's."""
        marks = list(self.handout.pain.values())
        entries = []
        if any(m.painful for m in marks):
            entries.append(Entry("Your pain (darker: stronger)", Swatch.FILL, (style.pain_brush(8),), style.pain_pen()))
        for quality in Quality:
            if any(m.quality is quality for m in marks):
                brushes = (style.pain_brush(3), style.quality_brush(quality))
                entries.append(Entry(f"Your pain: {quality.label.lower()}", Swatch.FILL, brushes, style.pain_pen()))
        if any(not m.painful for m in marks):
            entries.append(Entry("No pain here", Swatch.FILL, (style.pain_free_brush(),), style.pain_pen(0)))
        if self.handout.targets:
            entries += [
                Entry("Trigger point", Swatch.CROSS),
                main_zone_entry("Pain usually felt here"),
                spillover_entry("Sometimes felt here"),
            ]
        return entries

    def _picture(
        self, painter: QPainter, box: QRectF, frame: Frame, pain: Mapping[str, PainMark],
        pattern: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()), spots: Sequence[Spot] = (),
    ) -> None:  # fmt: skip
        """A framed view, with a pattern (essential and spillover regions) and trigger points, over its caption."""
        picture = QRectF(box.left(), box.top(), box.width(), box.height() - CAPTION)
        drawn = self.pictures.paint(painter, picture, frame, pain, *pattern, spots)
        caption = text(f"<p align='center'>{escape(_view_caption(self.data, frame.view))}</p>", box.width(), 7)
        paint_text(painter, caption, box.left(), drawn.bottom() + 1.5)

    def _muscles(self, columns: int, scale: float) -> list[Block]:
        """A heading, then the muscles' cards, ``columns`` to a row."""
        targets = self.handout.targets
        if not targets:
            return []
        card_width = (self.width - (columns - 1) * COLUMN_GAP) / columns
        cards = [self._card(t, card_width, columns, scale) for t in targets]
        blocks = [self._heading("The muscles that may cause it, and what helps")]
        for start in range(0, len(cards), columns):
            row = cards[start : start + columns]

            def paint(painter: QPainter, rect: QRectF, row: list[tuple[float, _Painter]] = row) -> None:
                for i, (_, paint_card) in enumerate(row):
                    left = rect.left() + i * (card_width + COLUMN_GAP)
                    paint_card(painter, QRectF(left, rect.top(), card_width, rect.height()))

            blocks.append(Block(max(height for height, _ in row), paint))
        return blocks

    def _card(self, target: Target, width: float, columns: int, scale: float) -> tuple[float, _Painter]:
        """One muscle: its name and side over its pictures, and beside or under them the patient's areas it may
        explain, what it does and what helps.  One or two cards to a row: pictures on the left; more: on top."""
        data = self.data
        muscle = data.catalog.muscles[target.muscle]
        essential, spillover = muscle_zones(muscle, target.side, data.atlas, data.catalog)
        zones = essential | spillover
        locations = (tp.location_on(target.side, data.atlas) for tp in muscle.trigger_points)
        spots = [Spot(loc.view, loc.x, loc.y) for loc in locations]
        title = text(f"<b>{escape(target_title(target, data))}</b>", width, HEADING_POINTS - 1, ACCENT)
        beside = columns <= 2
        area = (
            QSizeF(width * 0.45, (175.0 if columns == 1 else 165.0) * scale) if beside else QSizeF(width, 125.0 * scale)
        )  # where the pictures go
        views = choose_views(data.atlas, zones, spots)
        stacked = columns == 2 and len(views) > 1  # a narrow picture column: one picture over the other
        along = len(views) if not stacked else 1
        across = 1 if not stacked else len(views)
        box = QSizeF((area.width() - 6 * (along - 1)) / along, (area.height() - 6 * (across - 1)) / across)
        aspect = box.width() / (box.height() - CAPTION)
        shown = [frame_view(data.atlas, view, zones, spots, aspect) for view in views]
        words_width = width - area.width() - 10 if beside else width
        words = text(self._card_words(muscle, target, zones), words_width, BODY_POINTS - (0.5 if columns > 1 else 0))
        top = title.size().height() + 4
        body = max(area.height(), words.size().height()) if beside else area.height() + 6 + words.size().height()

        def paint(painter: QPainter, rect: QRectF) -> None:
            paint_text(painter, title, rect.left(), rect.top())
            for i, frame in enumerate(shown):
                step = QPointF(0, i * (box.height() + 6)) if stacked else QPointF(i * (box.width() + 6), 0)
                at = QPointF(rect.left(), rect.top() + top) + step
                self._picture(painter, QRectF(at, box), frame, self.handout.pain, (essential, spillover), spots)
            if beside:
                paint_text(painter, words, rect.left() + area.width() + 10, rect.top() + top)
            else:
                paint_text(painter, words, rect.left(), rect.top() + top + area.height() + 6)

        return top + body, paint

    def _card_words(self, muscle: Muscle, target: Target, zones: frozenset[str]) -> str:
        pain = self.handout.pain
        painful = sorted((r for r, m in pain.items() if m.painful and r in zones), key=lambda r: -pain[r].intensity)
        lines = []
        if painful:
            names = [self.data.atlas.regions[r].in_lay_words for r in painful]
            listed = ", ".join(names[:4]) + (f" and {len(names) - 4} more" if len(names) > 4 else "")
            lines.append(f"<p>May cause your pain at: {escape(listed)}.</p>")
        does = muscle.what_it_does or muscle.action
        lines.append(f"<p style='margin-top:4px'><b>What it does:</b> {escape(does)}</p>")
        lines.append(f"<p style='margin-top:4px'><b>What helps:</b> {escape(muscle.self_care or SELF_CARE)}</p>")
        return "".join(lines)

    def _progress(self) -> list[Block]:
        """The pain score at each visit so far, when the options ask for it and two visits have one."""
        scored = [p for p in self.handout.course if p.pain_score is not None]
        if not self.options.progress or len(scored) < 2:
            return []
        from bodymap.ui import plots  # pyqtgraph is imported only for a handout that has a plot

        plot = plots.TimePlot("", "pain (0-10)", 0, 10, (2.0, 1.0), until_now=False, paper=True, dated_points=True)
        plot.show_points([(p.date, float(p.pain_score or 0)) for p in scored], [f"{p.pain_score}/10" for p in scored])
        heading = self._heading("Your pain score at each visit")

        def paint(painter: QPainter, rect: QRectF) -> None:
            plots.paint_plot(plot, painter, rect)

        return [heading, Block(PROGRESS_HEIGHT, paint)]

    def _aftercare(self) -> Block:
        """After dry needling, with when to contact the practitioner; beside it, the signs that need a doctor or the
        emergency services (two columns of about the same length)."""
        guidance = self.data.guidance
        half = (self.width - COLUMN_GAP) / 2
        by_urgency: dict[Urgency, list[str]] = {}
        for sign in guidance.seek_help:
            by_urgency.setdefault(sign.urgency, []).append(sign.sign)

        def signs(urgencies: Sequence[Urgency]) -> str:
            return "".join(
                f"<p style='margin-top:3px'><b>{escape(u.words)} if:</b></p>{_bullets(by_urgency[u])}"
                for u in urgencies
                if u in by_urgency
            )

        after = text(
            _titled("After dry needling", ACCENT) + _bullets(guidance.aftercare) + signs([Urgency.PRACTITIONER]),
            half,
            GUIDANCE_POINTS,
        )
        help_ = text(
            _titled("When to get help", WARNING) + signs([Urgency.EMERGENCY, Urgency.DOCTOR]), half, GUIDANCE_POINTS
        )
        height = max(after.size().height(), help_.size().height())

        def paint(painter: QPainter, rect: QRectF) -> None:
            paint_text(painter, after, rect.left(), rect.top())
            paint_text(painter, help_, rect.left() + half + COLUMN_GAP, rect.top())

        return Block(height, paint)

    def _footer(self, painter: QPainter, index: int) -> None:
        count = f"Page {index + 1} of {self.page_count}" if self.page_count > 1 else ""
        number_width = 60.0 if count else 0.0
        notice = text(f"<i>{escape(NOTICE)}</i>", self.width - number_width, SMALL_POINTS, MUTED)
        top = self.size.height() - MARGIN - notice.size().height()
        painter.setPen(QPen(MUTED, 0.4))
        painter.drawLine(QPointF(MARGIN, top - 5), QPointF(MARGIN + self.width, top - 5))
        paint_text(painter, notice, MARGIN, top)
        if count:
            number = text(f"<p align='right'>{count}</p>", number_width, SMALL_POINTS, MUTED)
            paint_text(painter, number, MARGIN + self.width - number_width, top)


_Painter = Callable[[QPainter, QRectF], None]


def _titled(words: str, colour: QColor) -> str:
    return (
        f"<p style='font-size:{HEADING_POINTS}pt; color:{colour.name()}; margin-bottom:2px'><b>{escape(words)}</b></p>"
    )


def _bullets(lines: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


KEY_SWATCH = 0.42  # the key's swatches, in points per unit of the legend's swatch (44 x 26)
KEY_GAP = 3.0


class _Key:
    """The pictures' key in two columns: a small swatch, as on the body, and its words."""

    def __init__(self, entries: Sequence[Entry], width: float) -> None:
        self.entries = list(entries)
        self.column = width / 2
        swatch_width = legend.SWATCH_W * KEY_SWATCH
        self.words = [text(escape(e.text), self.column - swatch_width - 8, SMALL_POINTS) for e in self.entries]
        swatch_height = legend.SWATCH_H * KEY_SWATCH
        self.rows = [
            max(swatch_height, *(w.size().height() for w in self.words[i : i + 2])) + KEY_GAP
            for i in range(0, len(self.entries), 2)
        ]

    @property
    def height(self) -> float:
        return sum(self.rows)

    def paint(self, painter: QPainter, left: float, top: float) -> None:
        for i, (entry, words) in enumerate(zip(self.entries, self.words, strict=True)):
            x = left + (i % 2) * self.column
            y = top + sum(self.rows[: i // 2])
            painter.save()
            painter.translate(x, y)
            painter.scale(KEY_SWATCH, KEY_SWATCH)
            legend.paint_swatch(painter, entry, style.SKIN)
            painter.restore()
            paint_text(painter, words, x + legend.SWATCH_W * KEY_SWATCH + 4, y)


class _Logo:
    """The clinic's logo: an SVG drawn as shapes, or a picture."""

    def __init__(self, svg: QSvgRenderer | None, image: QImage | None) -> None:
        self.svg, self.image = svg, image

    @classmethod
    def read(cls, path: Path) -> _Logo | None:
        if path.suffix.lower() == ".svg":
            renderer = QSvgRenderer(str(path))
            return cls(renderer, None) if renderer.isValid() else None
        image = QImage(str(path))
        return cls(None, image) if not image.isNull() else None

    def _size(self) -> QSizeF:
        if self.svg is not None:
            return QSizeF(self.svg.defaultSize())
        assert self.image is not None
        return QSizeF(self.image.size())

    def height_for(self, width: float) -> float:
        size = self._size()
        if size.isEmpty():
            return 0.0
        return min(LOGO_HEIGHT, width * size.height() / size.width())

    def paint(self, painter: QPainter, box: QRectF) -> None:
        size = self._size()
        scale = min(box.width() / size.width(), box.height() / size.height())
        target = QRectF(0, 0, size.width() * scale, size.height() * scale)
        target.moveTopRight(box.topRight())
        if self.svg is not None:
            self.svg.render(painter, target)
        elif self.image is not None:
            painter.drawImage(target, self.image)
