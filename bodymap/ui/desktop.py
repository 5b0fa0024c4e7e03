"""The app's face on the desktop, for Qt: its name, its icon on every window and dialog, and the desktop file name
that ties its windows to the launcher entry that ``bodymap desktop install`` writes (bodymap/desktop.py)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

from bodymap import __version__
from bodymap.desktop import APP_ID, ICON_SIZES, icon_png


def app_icon() -> QIcon:
    """The icon at every shipped size, each drawn for its size (a small one is not a shrunken large one)."""
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap()
        pixmap.loadFromData(icon_png(size), "PNG")
        icon.addPixmap(pixmap)
    return icon


def present(app: QGuiApplication) -> None:
    """Name the application and give every window and dialog it opens the app's icon."""
    app.setApplicationName(APP_ID)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    # Wayland's app id and the X11 startup notification: the desktop finds the launcher entry, and so the icon
    QGuiApplication.setDesktopFileName(APP_ID)
    QGuiApplication.setWindowIcon(app_icon())
