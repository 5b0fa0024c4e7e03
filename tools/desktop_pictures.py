"""Pictures for the README of bodymap on the desktop: the launcher entry as `bodymap desktop install` writes it (its
icon at every size, on a light and a dark menu), and the About box.

Run:  QT_QPA_PLATFORM=offscreen python tools/desktop_pictures.py [OUT_DIR]   (default docs)

The launcher picture is drawn from the files that install wrote into a temporary data folder (the entry's name,
comment and icon name, and the icon files found under that name), so it shows what a desktop menu gets.  Both run
in a temporary home folder, so that the About box shows the usual places of a user's files.
"""

from __future__ import annotations

import configparser
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from bodymap import desktop
from bodymap.core.data import loading
from bodymap.ui import desktop as ui_desktop
from bodymap.ui.about import AboutDialog
from bodymap.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
MENU_ICON = 48
STRIP = (16, 22, 24, 32, 48, 64, 128, 256)


def launcher_picture(home: Path) -> QImage:
    """A menu row for the installed entry, light and dark, over the icon at each size the hicolor theme holds."""
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(home / "applications" / f"{desktop.APP_ID}.desktop", encoding="utf-8")
    fields = entry["Desktop Entry"]
    icons = home / "icons" / "hicolor"
    width, row = 900, 76
    image = QImage(width, 2 * row + max(STRIP) + 60, QImage.Format.Format_ARGB32)
    image.fill(QColor("#f6f5f4"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    menus = (("#ffffff", "#1e1e1e", "#5e5e5e"), ("#2a2a2e", "#f2f2f2", "#b9b9bd"))  # light, dark
    for i, (background, ink, faint) in enumerate(menus):
        top = i * row
        painter.fillRect(QRect(0, top, width, row), QColor(background))
        icon = QImage(str(icons / f"{MENU_ICON}x{MENU_ICON}" / "apps" / f"{fields['Icon']}.png"))
        painter.drawImage(14, top + (row - MENU_ICON) // 2, icon)
        painter.setPen(QColor(ink))
        painter.setFont(QFont("DejaVu Sans", 13, QFont.Weight.Bold))
        painter.drawText(QRect(76, top + 12, width - 90, 26), Qt.AlignmentFlag.AlignVCenter, fields["Name"])
        painter.setPen(QColor(faint))
        painter.setFont(QFont("DejaVu Sans", 10))
        text = f"{fields['GenericName']}: {fields['Comment']}"
        painter.drawText(QRect(76, top + 40, width - 90, 24), Qt.AlignmentFlag.AlignVCenter, text)
    x, base = 14, 2 * row + 30 + max(STRIP)
    for size in STRIP:
        painter.drawImage(x, base - size, QImage(str(icons / f"{size}x{size}" / "apps" / f"{fields['Icon']}.png")))
        painter.setPen(QColor("#5e5e5e"))
        painter.setFont(QFont("DejaVu Sans", 8))
        painter.drawText(QRect(x, base + 4, max(size, 30), 16), Qt.AlignmentFlag.AlignLeft, str(size))
        x += size + 18
    painter.end()
    return image


def about_picture() -> QImage:
    settings = QSettings()
    settings.setValue("look/theme", "light")
    window = MainWindow(loading.load(), settings)
    window.show()
    window.actions["about"].trigger()
    dialog = window.findChild(AboutDialog)
    QApplication.processEvents()
    picture = dialog.grab().toImage()
    dialog.close()
    window.close()
    return picture


def main() -> int:
    out = (Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs").absolute()
    with tempfile.TemporaryDirectory() as home:
        os.environ["HOME"] = home
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
            os.environ.pop(name, None)
        app = QApplication(sys.argv[:1])
        ui_desktop.present(app)
        desktop.install()
        launcher_picture(desktop.data_home()).save(str(out / "launcher.png"))
        about_picture().save(str(out / "about.png"))
    print(f"wrote {out / 'launcher.png'} and {out / 'about.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
