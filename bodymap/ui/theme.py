"""Light and dark: follows the system's colour scheme (Qt 6.5+), unless the user chose one."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from bodymap.ui.canvas import style


class Theme(Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"

    @classmethod
    def named(cls, value: str) -> Theme:
        """The theme saved as ``value``; an unknown name follows the system."""
        return next((t for t in cls if t.value == value), cls.SYSTEM)

    @property
    def label(self) -> str:
        return {"system": "Follow the system", "light": "Light", "dark": "Dark"}[self.value]


def system_scheme() -> Qt.ColorScheme:
    """The system's light or dark preference (Qt 6.5+; Unknown where the platform does not say)."""
    return QGuiApplication.styleHints().colorScheme()


def is_dark(theme: Theme) -> bool:
    if theme is Theme.SYSTEM:
        return system_scheme() == Qt.ColorScheme.Dark
    return theme is Theme.DARK


def scene_colours(theme: Theme) -> style.SceneColours:
    return style.DARK if is_dark(theme) else style.LIGHT


def palette_is_dark() -> bool:
    """Whether the application shows the dark theme now (for windows that follow it without knowing the choice)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2d31",
        QPalette.ColorRole.WindowText: "#e8e6e3",
        QPalette.ColorRole.Base: "#1f2023",
        QPalette.ColorRole.AlternateBase: "#2b2d31",
        QPalette.ColorRole.ToolTipBase: "#3a3d42",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Text: "#e8e6e3",
        QPalette.ColorRole.Button: "#35373c",
        QPalette.ColorRole.ButtonText: "#e8e6e3",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#3d6fd0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Mid: "#44474d",
        QPalette.ColorRole.Dark: "#18191b",
        QPalette.ColorRole.Light: "#4a4d53",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c7c7c"))
    return palette


def _light_palette(standard: QPalette) -> QPalette:
    """Fusion's own light palette, with the two text colours it leaves below WCAG AA contrast made darker: white
    on its selection blue (3.7:1) and its half-transparent placeholder text (3.9:1)."""
    palette = QPalette(standard)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#2a6fb0"))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#666666"))
    return palette


def apply(theme: Theme) -> None:
    """Set the application's palette for ``theme`` (Fusion draws both the same way on every platform); text meets
    WCAG AA contrast (4.5:1) in both, tested."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(_dark_palette() if is_dark(theme) else _light_palette(app.style().standardPalette()))
