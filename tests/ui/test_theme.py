"""Both themes keep text readable: WCAG AA contrast (4.5:1) for every text colour on what it is drawn over, and
rich text (the smallest set's links) takes the colours of the theme it is shown in."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from bodymap.core.body.painmap import PainMark, Quality
from bodymap.core.clinic.ranking import rank
from bodymap.ui import shortcuts, theme
from bodymap.ui.canvas import style
from bodymap.ui.explain import Shown, captions
from bodymap.ui.panels import details
from bodymap.ui.theme import Theme
from tests.ui.conftest import click

AA = 4.5
Role = QPalette.ColorRole
TEXT_ON = [
    (Role.Text, Role.Base),
    (Role.WindowText, Role.Window),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),  # a label's link (the smallest set)
    (Role.PlaceholderText, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
]


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(text: QColor, background: QColor) -> float:
    """WCAG's contrast ratio; a half-transparent text colour is taken as drawn, over the background."""
    a = text.alphaF()
    channels = zip(text.getRgbF()[:3], background.getRgbF()[:3], strict=True)
    seen = QColor.fromRgbF(*(a * t + (1 - a) * b for t, b in channels))
    high, low = sorted((luminance(seen), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_ratio_is_wcags():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)  # the AA grey
    assert contrast(QColor(0, 0, 0, 128), QColor("white")) < AA  # what Fusion does for placeholder text


@pytest.fixture(params=[Theme.LIGHT, Theme.DARK])
def palette(request, qapp):
    theme.apply(request.param)
    yield QApplication.palette()
    theme.apply(Theme.SYSTEM)


def test_every_text_colour_of_the_palette_meets_aa(palette):
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, background in TEXT_ON:
            ratio = contrast(palette.color(group, text), palette.color(group, background))
            assert ratio >= AA, f"{group.name} {text.name} on {background.name}: {ratio:.2f}"


@pytest.mark.parametrize("colours", [style.LIGHT, style.DARK])
def test_the_scenes_captions_and_key_meet_aa(colours):
    assert contrast(colours.caption, colours.background) >= AA


def text_colours(page: str) -> list[tuple[str, str]]:
    """(colour, text) of each coloured span or paragraph that holds words (a coloured ■ alone is a swatch)."""
    found = re.findall(r"<(\w+) style='color:\s*([^;']+)[^']*'>(.*?)</\1>", page)
    return [(colour, words) for _, colour, words in found if re.search(r"[A-Za-z]", words)]


def test_the_texts_in_the_panes_and_the_help_are_not_faint(data, qapp):
    candidate = rank({"right_temple": PainMark(6)}, data.atlas, data.catalog)[0]
    tp = candidate.trigger_point
    shown = Shown("Temporalis", "right", (tp.location,), candidate.essential, candidate.spillover)
    pages = [
        details.candidate_html(candidate, data.atlas, data.catalog),
        details.muscle_html(candidate.muscle, data.catalog),
        details.condition_html(data.conditions["plantar_heel_pain"], data.catalog),
        details.empty_html(),
        shortcuts.help_html(),
        captions(data.atlas, {"right_temple": PainMark(7, Quality.SHARP), "right_occiput": PainMark(0)}, [shown]),
    ]
    for chosen in (Theme.LIGHT, Theme.DARK):
        theme.apply(chosen)
        base = QApplication.palette().color(Role.Base)
        for page in pages:
            for colour, words in text_colours(page):
                assert contrast(QColor(colour), base) >= AA, f"{words!r} in {colour} on {chosen.value}"
    theme.apply(Theme.SYSTEM)


def test_the_smallest_sets_links_follow_a_change_of_theme(qtbot, window):
    window.set_theme(Theme.LIGHT)
    click(qtbot, window, "anterior", "right_temple")
    click(qtbot, window, "posterior", "right_buttock_upper")
    assert "href" in window.panel.cover.text()
    window.set_theme(Theme.DARK)
    image = window.panel.cover.grab().toImage()
    pixels = {image.pixelColor(x, y).rgb() for x in range(image.width()) for y in range(image.height())}

    def nearest(colour: QColor) -> int:
        target = colour.getRgb()[:3]
        return min(sum(abs(a - b) for a, b in zip(QColor(p).getRgb()[:3], target, strict=True)) for p in pixels)

    dark_link = QApplication.palette().color(Role.Link)
    assert nearest(dark_link) < 60  # the links are drawn in the dark theme's link colour ...
    theme.apply(Theme.LIGHT)
    light_link = QApplication.palette().color(Role.Link)
    assert nearest(light_link) > 120  # ... and nothing is left in the light theme's dark blue
    window.set_theme(Theme.SYSTEM)
