"""Exporting the Anki deck from the window: which body regions, where to, with a progress dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from bodymap.core.data.loading import LoadedData
from bodymap.export.anki import ExportError, deck_bytes, deck_trigger_points
from bodymap.ui.files import SaveError, save_atomically
from bodymap.ui.study.setup_page import RegionChooser


class DeckDialog(QDialog):
    """Asks which body regions to put in the deck, then where to save it (tests replace ``ask``)."""

    def __init__(self, data: LoadedData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export an Anki deck")
        self.regions = RegionChooser(data.catalog, "Trigger points of the muscles of")
        self.regions.choose(self.regions.boxes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                "A card per trigger point: its pattern drawn on the body on one side; the muscle, how to find the "
                "trigger point and the pattern in words on the other; and the reverse card."
            )
        )
        layout.addWidget(self.regions)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget, data: LoadedData) -> tuple[Path, tuple[str, ...]] | None:
        dialog = cls(data, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.regions.chosen:
            return None
        name, _ = QFileDialog.getSaveFileName(parent, "Save the Anki deck", "bodymap.apkg", "Anki deck (*.apkg)")
        if not name:
            return None
        path = Path(name)
        return (path if path.suffix.lower() == ".apkg" else path.with_suffix(".apkg")), dialog.regions.chosen


def export_deck(parent: QWidget, data: LoadedData) -> Path | None:
    """Ask, draw every picture with a progress dialog (cancellable), and save the deck atomically."""
    asked = DeckDialog.ask(parent, data)
    if asked is None:
        return None
    path, groups = asked
    total = len(deck_trigger_points(data, groups))
    progress = QProgressDialog("Drawing the trigger points...", "Cancel", 0, total, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def told(done: int, count: int) -> bool:
        progress.setValue(done)
        return not progress.wasCanceled()

    try:
        save_atomically(path, deck_bytes(data, groups, told))
    except (ExportError, SaveError) as exc:
        progress.close()
        if not progress.wasCanceled():
            QMessageBox.warning(parent, "Export an Anki deck", f"The deck was not written: {exc}.")
        return None
    progress.close()
    return path
