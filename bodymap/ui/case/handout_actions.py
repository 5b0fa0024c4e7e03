"""The handout from the window: File > Export handout (PDF or PNG), File > Print handout (with a preview) and File >
Handout settings (paper, the clinic's name and logo, the plot of the pain scores), set once and kept.

The page is the one ``bodymap handout`` makes of the same visit: both build it with :class:`HandoutPages`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPixmap
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.core.data.loading import LoadedData
from bodymap.export.handout import Handout, HandoutOptions, saved_options, target_title
from bodymap.export.handout_pages import HandoutPages
from bodymap.export.page import PageError, Paper
from bodymap.ui import settings
from bodymap.ui.case.dialogs import Problem, export_file_name
from bodymap.ui.case.document import CaseDocument


class HandoutFileName:
    @classmethod
    def ask(cls, parent: QWidget, suggested: str) -> Path | None:
        kinds = [("PDF document", ".pdf"), ("PNG picture, one a page", ".png")]
        return export_file_name(parent, "Export the handout", suggested, kinds)


class PrintPreview:
    @classmethod
    def show(cls, dialog: QPrintPreviewDialog) -> None:
        dialog.exec()


class HandoutSettingsDialog(QDialog):
    """The clinic's handout settings, set once: the paper, the clinic's name and logo, the plot of the scores."""

    def __init__(self, options: HandoutOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Handout settings")
        self.setMinimumWidth(520)  # room for a logo's path
        self.paper = QComboBox()
        for paper in Paper:
            self.paper.addItem(paper.label, paper)
        self.paper.setCurrentIndex(self.paper.findData(options.paper))
        self.paper.setAccessibleName("Paper size of the handout")
        self.clinic = QLineEdit(options.clinic)
        self.clinic.setPlaceholderText("e.g. Northside Physiotherapy (optional)")
        self.clinic.setAccessibleName("Clinic name on the handout")
        self.logo = QLineEdit(str(options.logo) if options.logo else "")
        self.logo.setPlaceholderText("a picture or SVG file (optional)")
        self.logo.setAccessibleName("Clinic logo file")
        choose = QPushButton("Choose...")
        choose.clicked.connect(self._choose_logo)
        clear = QPushButton("None")
        clear.clicked.connect(self.logo.clear)
        self.preview = QLabel()
        self.preview.setFixedHeight(48)
        self.preview.setAccessibleName("The logo as it will be printed")
        self.logo.textChanged.connect(self._show_logo)
        self.progress = QCheckBox("Add the plot of the pain score at each visit")
        self.progress.setChecked(options.progress)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(clear)
        form = QFormLayout()
        form.addRow("Paper", self.paper)
        form.addRow("Clinic", self.clinic)
        form.addRow("Logo", logo_row)
        form.addRow("", self.preview)
        form.addRow("", self.progress)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show_logo()

    def options(self) -> HandoutOptions:
        logo = self.logo.text().strip()
        return HandoutOptions(self.paper.currentData(), self.clinic.text().strip(), Path(logo) if logo else None,
                              self.progress.isChecked())  # fmt: skip

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "The clinic's logo", self.logo.text(), "Pictures (*.svg *.png *.jpg)"
        )
        if name:
            self.logo.setText(name)

    def _show_logo(self) -> None:
        name = self.logo.text().strip()
        picture = QPixmap(name) if name else QPixmap()
        if name and picture.isNull():
            self.preview.setText("This file cannot be read as a picture.")
        elif picture.isNull():
            self.preview.setText("No logo.")
        else:
            self.preview.setPixmap(picture.scaledToHeight(44, Qt.TransformationMode.SmoothTransformation))

    @classmethod
    def ask(cls, parent: QWidget, options: HandoutOptions) -> HandoutOptions | None:
        dialog = cls(options, parent)
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


class HandoutActions(QObject):
    """What the File menu's handout entries do, for the visit on show."""

    def __init__(
        self, window: QWidget, document: CaseDocument, data: LoadedData, settings_store: QSettings | None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.data = data
        self.settings = settings_store
        self.printer: QPrinter | None = None

    def options(self) -> HandoutOptions:
        return saved_options(self.settings)

    def handout(self) -> Handout:
        """The handout of the visit on show, as ``bodymap handout CASE --visit N`` makes it."""
        return Handout.of_visit(self.document.case, self.document.visit_number - 1, self.data)

    def pages(self, paper: Paper | None = None) -> HandoutPages:
        options = self.options()
        if paper is not None:
            options = HandoutOptions(paper, options.clinic, options.logo, options.progress)
        return HandoutPages(self.handout(), self.data, options)

    def _nothing_to_hand_out(self) -> bool:
        handout = self.handout()
        if handout.pain or handout.targets:
            return False
        Problem.show(
            self.window, "Nothing to hand out", "Mark the patient's pain first: the drawing of this visit is empty."
        )
        return True

    def export(self) -> list[Path]:
        """Ask where, then write the handout as a PDF or PNG pictures; returns the files written."""
        if self._nothing_to_hand_out():
            return []
        folder = self.document.path.parent if self.document.path else Path.home()
        stem = self.document.path.stem if self.document.path else "handout"
        path = HandoutFileName.ask(self.window, str(folder / f"{stem} visit {self.document.visit_number}.pdf"))
        if path is None:
            return []
        pages = self.pages()
        try:
            written = pages.write(path)
        except PageError as exc:
            Problem.show(self.window, "Cannot export the handout", "The handout was not written.", str(exc))
            return []
        self._report(
            pages,
            f"Handout written to {written[0].name}" + (f" and {len(written) - 1} more" if len(written) > 1 else ""),
        )
        return written

    def print_preview(self) -> None:
        """The print preview, from which the handout is printed (its page set up as the settings say)."""
        if self._nothing_to_hand_out():
            return
        # kept here: the preview refers to it for as long as it is open
        self.printer = printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the page's own margins are the handout's
        printer.setPageSize(self.options().paper.page_size)
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setDocName(f"Handout, visit {self.document.visit_number}")
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle("Print the handout")
        dialog.paintRequested.connect(self.print_to)
        PrintPreview.show(dialog)

    def print_to(self, printer: QPrinter) -> None:
        """Print the handout on ``printer`` (full-page), on the paper it has now: A4 or US Letter, as the page set up
        in the preview says."""
        letter = printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
        pages = self.pages(Paper.LETTER if letter else Paper.A4)
        pages.print_on(printer)
        self._report(pages, "")

    def edit_settings(self) -> HandoutOptions | None:
        chosen = HandoutSettingsDialog.ask(self.window, self.options())
        if chosen is not None:
            settings.HANDOUT_PAPER.write(self.settings, chosen.paper.value)
            settings.HANDOUT_CLINIC.write(self.settings, chosen.clinic)
            settings.HANDOUT_LOGO.write(self.settings, str(chosen.logo) if chosen.logo else "")
            settings.HANDOUT_PROGRESS.write(self.settings, chosen.progress)
        return chosen

    def _report(self, pages: HandoutPages, done: str) -> None:
        """Say in the status bar what was made (which muscles, on which side) and what could not go on the page."""
        shown = "; ".join(target_title(t, self.data) for t in pages.handout.targets)
        words = [w for w in (done, f"it shows {shown}" if shown and done else "", *pages.problems) if w]
        bar = getattr(self.window, "statusBar", None)
        if words and bar is not None:
            bar().showMessage(". ".join(w[:1].upper() + w[1:] for w in words) + ".", 8000)
