"""Text in the study window set larger and bold: page headings, the question, the score."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def bold_label(scale: float, text: str = "") -> QLabel:
    """A bold label ``scale`` times the size of ordinary text."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label
