"""The questions the File menu asks.  Each is a class method that tests replace with an answer."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from bodymap.core.case.fileformat import SUFFIX

FILTER = f"bodymap cases (*{SUFFIX})"


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class UnsavedChanges:
    @classmethod
    def ask(cls, parent: QWidget, name: str) -> Choice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Unsaved changes")
        box.setText(f"Save the changes to “{name}”?")
        box.setInformativeText("Without saving, the changes made since the last save are lost.")
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        answer = box.exec()
        return {buttons.Save: Choice.SAVE, buttons.Discard: Choice.DISCARD}.get(buttons(answer), Choice.CANCEL)


class LockedCase:
    @classmethod
    def ask(cls, parent: QWidget, name: str, holder: str) -> bool:
        """Whether to open a case that another bodymap has open, read-only."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Case in use")
        box.setText(f"“{name}” is open in another bodymap: {holder}.")
        box.setInformativeText("You can open it read-only, to look at it and save a copy under another name.")
        read_only = box.addButton("Open read-only", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is read_only


class Problem:
    @classmethod
    def show(cls, parent: QWidget, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setInformativeText(details)
        box.exec()


class RecoveryOffer:
    @classmethod
    def ask(cls, parent: QWidget, what: str, when: str) -> Choice:
        """Restore (SAVE), throw away (DISCARD) or keep for later (CANCEL) a recovery copy."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Restore unsaved changes?")
        box.setText(f"bodymap closed without saving {what}.")
        box.setInformativeText(f"A recovery copy from {when} holds the changes. Restore them?")
        restore = box.addButton("Restore", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Decide later", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        clicked = box.clickedButton()
        return Choice.SAVE if clicked is restore else Choice.DISCARD if clicked is discard else Choice.CANCEL


class CaseFileName:
    @classmethod
    def to_open(cls, parent: QWidget, folder: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, "Open a case", folder, FILTER)
        return Path(name) if name else None

    @classmethod
    def to_save(cls, parent: QWidget, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, "Save the case", suggested, FILTER)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def export_file_name(parent: QWidget, title: str, suggested: str, kinds: Sequence[tuple[str, str]]) -> Path | None:
    """Ask where to write an export; ``kinds`` are (description, suffix) pairs, the first the default.  A name
    without one of the suffixes gets the suffix of the kind chosen in the dialog."""
    filters = [f"{words} (*{suffix})" for words, suffix in kinds]
    name, chosen = QFileDialog.getSaveFileName(parent, title, suggested, ";;".join(filters))
    if not name:
        return None
    path = Path(name)
    suffixes = [suffix for _, suffix in kinds]
    if path.suffix.lower() not in suffixes:
        path = path.with_name(path.name + suffixes[filters.index(chosen) if chosen in filters else 0])
    return path
