"""The handout from the window: File > Export handout is the very page `bodymap handout` makes; File > Print handout
prints it through QPrinter (with a preview); the clinic's settings are set once and used by both."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog

from bodymap.cli import main as bodymap
from bodymap.export.handout import HandoutOptions
from bodymap.export.page import Paper
from bodymap.ui.case.dialogs import Problem, export_file_name
from bodymap.ui.case.handout_actions import HandoutFileName, HandoutSettingsDialog, PrintPreview
from bodymap.ui.main_window import MainWindow
from tests.conftest import REPO
from tests.export import pdf
from tests.ui.conftest import open_window

EXAMPLE = REPO / "examples" / "tension_headache.bodymap"
MUSCLES = ("Suboccipital muscles, right side", "Upper trapezius, right side")


@pytest.fixture
def case_file(tmp_path) -> Path:
    copy = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, copy)
    return copy


@pytest.fixture
def window(qtbot, data, settings, case_file) -> MainWindow:
    win = open_window(qtbot, data, settings, 1300, 860)
    assert win.files.open(case_file)
    return win


def export_from_window(window: MainWindow, monkeypatch, target: Path) -> None:
    monkeypatch.setattr(HandoutFileName, "ask", classmethod(lambda cls, parent, suggested: target))
    window.actions["export_handout"].trigger()  # File > Export handout


def same_pages(first: Path, second: Path, tmp_path: Path) -> bool:
    count = pdf.pages(first)
    return count == pdf.pages(second) and all(
        pdf.page_picture(first, tmp_path / f"a{n}", n) == pdf.page_picture(second, tmp_path / f"b{n}", n)
        for n in range(1, count + 1)
    )


def test_the_windows_export_is_the_command_lines_page(qtbot, window, case_file, tmp_path, monkeypatch, capsys):
    from_window, from_cli = tmp_path / "window.pdf", tmp_path / "cli.pdf"
    export_from_window(window, monkeypatch, from_window)
    assert bodymap(["handout", str(case_file), "-o", str(from_cli)]) == 0
    capsys.readouterr()
    assert pdf.text(from_window) == pdf.text(from_cli)
    assert all(name in pdf.text(from_window) for name in MUSCLES)
    assert same_pages(from_window, from_cli, tmp_path)
    assert "Handout written to window.pdf" in window.statusBar().currentMessage()
    assert "Upper trapezius, right side" in window.statusBar().currentMessage()  # which muscle and side, in words


def test_the_visit_on_show_is_handed_out(qtbot, window, case_file, tmp_path, monkeypatch, capsys):
    window.visits.list.setCurrentRow(1)  # the second visit, chosen in the Visits tab
    assert window.model.visit_number == 2
    from_window, from_cli = tmp_path / "window.png", tmp_path / "cli.png"
    export_from_window(window, monkeypatch, from_window)
    assert bodymap(["handout", str(case_file), "--visit", "2", "-o", str(from_cli)]) == 0
    capsys.readouterr()
    assert from_window.read_bytes() == from_cli.read_bytes()  # the same picture, pixel for pixel


def test_printing_through_qprinter(qtbot, window, tmp_path):
    out_file = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out_file))
    printer.setFullPage(True)
    printer.setPageSize(Paper.A4.page_size)
    window.handouts.print_to(printer)
    assert pdf.pages(out_file) == 1
    words = pdf.text(out_file)
    assert all(name in words for name in MUSCLES)
    assert pdf.page_size(out_file) == (595.0, 842.0)


def test_print_shows_a_preview_of_the_page(qtbot, window, monkeypatch):
    shown = []

    def preview(cls, dialog) -> None:
        dialog.show()
        shown.append(dialog)

    monkeypatch.setattr(PrintPreview, "show", classmethod(preview))
    window.actions["print_handout"].trigger()  # File > Print handout
    (dialog,) = shown
    qtbot.addWidget(dialog)
    pages = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: pages.pageCount() == 1)
    assert dialog.printer().fullPage()
    dialog.close()


def test_the_clinic_settings_are_kept_and_used(qtbot, window, settings, tmp_path, monkeypatch):
    chosen = HandoutOptions(Paper.LETTER, "Northside Physiotherapy", None, progress=True)
    monkeypatch.setattr(HandoutSettingsDialog, "ask", classmethod(lambda cls, parent, options: chosen))
    window.actions["handout_settings"].trigger()  # File > Handout settings
    assert window.handouts.options() == chosen
    assert settings.value("handout/clinic") == "Northside Physiotherapy"
    out_file = tmp_path / "letter.pdf"
    export_from_window(window, monkeypatch, out_file)
    assert pdf.page_size(out_file) == (612.0, 792.0)
    words = pdf.text(out_file)
    assert "Northside Physiotherapy" in words and "Your pain score at each visit" in words


def test_the_settings_dialog_reads_back_what_was_typed(qtbot, tmp_path):
    dialog = HandoutSettingsDialog(HandoutOptions(Paper.A4))
    qtbot.addWidget(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData(Paper.LETTER))
    qtbot.keyClicks(dialog.clinic, "  Riverside Clinic ")
    dialog.logo.setText(str(tmp_path / "missing.png"))
    assert dialog.preview.text() == "This file cannot be read as a picture."
    dialog.progress.setChecked(True)
    assert dialog.options() == HandoutOptions(Paper.LETTER, "Riverside Clinic", tmp_path / "missing.png", True)


def test_an_empty_drawing_has_nothing_to_hand_out(qtbot, data, settings, monkeypatch, tmp_path):
    window = open_window(qtbot, data, settings, 1200, 800)
    told = []
    monkeypatch.setattr(Problem, "show", classmethod(lambda cls, parent, title, text, details="": told.append(title)))
    asked = []
    monkeypatch.setattr(HandoutFileName, "ask", classmethod(lambda cls, parent, suggested: asked.append(1)))
    window.actions["export_handout"].trigger()
    assert told == ["Nothing to hand out"] and not asked


@pytest.mark.parametrize(
    ("typed", "chosen", "expected"),
    [
        ("plot", "SVG drawing (*.svg)", "plot.svg"),
        ("plot", "PNG picture (*.png)", "plot.png"),
        ("plot.png", "SVG drawing (*.svg)", "plot.png"),  # a name with a suffix of its own keeps it
        ("plot.txt", "", "plot.txt.png"),
        ("", "", None),  # cancelled
    ],
)
def test_an_export_file_name_gets_the_suffix_chosen(monkeypatch, typed, chosen, expected):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (typed, chosen)))
    kinds = [("PNG picture", ".png"), ("SVG drawing", ".svg")]
    answer = export_file_name(None, "Save the plot", "plot.png", kinds)  # type: ignore[arg-type]
    assert answer == (Path(expected) if expected else None)
