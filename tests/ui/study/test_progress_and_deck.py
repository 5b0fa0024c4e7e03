"""The progress plots (pyqtgraph, behind bodymap.ui.plots) and the Anki deck from the Study menu."""

from __future__ import annotations

import zipfile
from datetime import date, timedelta

from PySide6.QtGui import QColor

from bodymap.core.body.atlas import Side
from bodymap.core.study.items import QuizKind, study_items
from bodymap.core.study.record import Answer
from bodymap.core.study.round import utc_now
from bodymap.ui.study.deck import DeckDialog
from bodymap.ui.theme import Theme
from tests.ui.study.conftest import open_study


def practise(study, days: int = 5) -> None:
    items = study_items(study.data.catalog, list(QuizKind), ["knee", "elbow"])
    now = utc_now()
    for day in range(days, 0, -1):
        for n, item in enumerate(items):
            at = now - timedelta(days=day, minutes=-n)
            study.record.answered(Answer(at, item, Side.RIGHT, (n % 4) / 3, ""), study.scheduler)


def bars(plot) -> list[float]:
    """The values drawn as bars."""
    items = plot.getPlotItem().items
    return [float(v) for item in items for v in (item.opts.get("height") if not plot.lying else item.opts["width"])]


def test_the_progress_plots_show_the_record(qtbot, window):
    study = open_study(qtbot, window)
    practise(study)
    window.study.progress_action.trigger()
    page = study.progress_page
    assert study.pages.currentWidget() is page
    assert page.summary.text().startswith(f"{len(study.record.answers)} answers on 5 days")
    points = page.accuracy.getPlotItem().listDataItems()[0].getData()
    assert len(points[0]) == 5
    assert all(0 <= y <= 100 for y in points[1])
    mastery = dict(zip(page.mastery._labels, bars(page.mastery), strict=True))
    assert mastery["Knee"] > 0 and mastery["Elbow"] > 0
    assert mastery["Neck"] == 0
    due = bars(page.due)
    assert len(due) == 14
    memory = study.record.memory.values()
    assert 0 < sum(due) <= len(memory)  # the rest are due later than two weeks from now
    assert due[0] == sum(1 for m in memory if m.due.astimezone().date() <= date.today())  # overdue ones today
    assert page.due._labels[0] == "Today"


def test_the_plots_follow_the_theme(qtbot, window):
    study = open_study(qtbot, window)
    window.study.progress_action.trigger()
    plot = study.progress_page.accuracy
    light = QColor(plot.backgroundBrush().color())
    window.set_theme(Theme.DARK)
    qtbot.waitUntil(lambda: plot.backgroundBrush().color().lightness() < 100)
    window.set_theme(Theme.LIGHT)
    qtbot.waitUntil(lambda: plot.backgroundBrush().color() == light)


def test_an_anki_deck_is_exported_from_the_menu(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "knees.apkg"
    monkeypatch.setattr(DeckDialog, "ask", classmethod(lambda cls, parent, data: (target, ("knee",))))
    window.study.export_action.trigger()
    with zipfile.ZipFile(target) as deck:
        assert "collection.anki2" in deck.namelist()
        assert len(deck.namelist()) == 2 + sum(
            len(m.trigger_points) for m in window.data.catalog.muscles.values() if m.group == "knee"
        )
    assert oct(target.stat().st_mode & 0o777) == "0o600"  # saved like every file of ours


def test_a_deck_export_can_be_left(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(DeckDialog, "ask", classmethod(lambda cls, parent, data: None))
    window.study.export_action.trigger()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".apkg"]
