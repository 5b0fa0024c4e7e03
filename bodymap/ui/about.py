"""Help > About: which bodymap this is, the data it runs on, where it keeps its files, the works its data cites, its
licence, and what it is for.  ``bodymap --version`` says the first of these in one line (bodymap/about.py)."""

from __future__ import annotations

import html
import platform
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QSettings, Qt, QUrl, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bodymap import __version__, about
from bodymap.core.data import cache
from bodymap.core.data.loading import LoadedData
from bodymap.core.data.resources import data_file
from bodymap.ui.desktop import app_icon
from bodymap.ui.files import data_folder
from bodymap.ui.panels.details import NOTICE

ICON_SIZE = 96


def places(settings: QSettings | None, recovery: Path) -> list[tuple[str, Path]]:
    """What bodymap keeps where on this computer, in the words of the About box."""
    found = [
        ("Shipped data (YAML files)", Path(str(data_file("regions.yaml"))).parent),
        ("Recovery copies of unsaved cases", recovery),
        ("Its own data folder", data_folder()),
        ("Cache of derived data (safe to delete)", cache.folder()),
    ]
    if settings is not None:
        found.insert(1, ("Settings", Path(settings.fileName())))
    return found


def _link(path: Path) -> str:
    """The path as a link that opens its folder in the file manager (a file's own folder, for a file)."""
    folder = path if path.is_dir() or not path.suffix else path.parent
    return f"<a href='{QUrl.fromLocalFile(str(folder)).toString()}'>{html.escape(str(path))}</a>"


class AboutDialog(QDialog):
    def __init__(self, data: LoadedData, kept: list[tuple[str, Path]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About bodymap")
        self.setAccessibleName("About bodymap")
        self.summary = about.DataSummary.of(data)
        self.kept = kept
        self.tabs = QTabWidget()
        self.tabs.addTab(self._browser(self._about_html()), "About")
        works = sorted(data.catalog.sources.values(), key=lambda s: s.citation)
        cited = "".join(f"<li>{html.escape(s.citation)}</li>" for s in works)
        intro = (
            "<p>The clinical data restates what these works teach, in its own words; each entry names its source.</p>"
        )
        self.tabs.addTab(self._browser(f"{intro}<ol>{cited}</ol>"), f"Works cited ({len(works)})")
        licence = f"<p>bodymap is free software under the {html.escape(about.licence())} licence:</p>"
        self.tabs.addTab(self._browser(licence + f"<pre>{html.escape(about.licence_text())}</pre>"), "Licence")

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = title = QLabel(
            f"<h2>bodymap {html.escape(__version__)}</h2>"
            "<p>Trigger-point and referred-pain body map: mark where it hurts, and see which muscles' trigger points "
            f"may refer pain there.</p><p><i>{html.escape(NOTICE)}</i></p>"
        )
        title.setWordWrap(True)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addWidget(title, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton("&Copy details", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip("Copy the version, the data and the folders, to paste into a message")
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(680, 560)

    def _browser(self, body: str) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setOpenExternalLinks(True)  # a folder's link opens it in the file manager
        browser.setHtml(body)
        return browser

    def _about_html(self) -> str:
        s = self.summary
        data = (
            f"<li>Body atlas version {s.atlas_version}: {s.regions} regions in {s.views} views</li>"
            f"<li>{s.muscles} muscles with {s.trigger_points} trigger points and their referral patterns</li>"
            f"<li>{s.conditions} conditions, with their typical pain areas, muscles and red flags</li>"
        )
        kept = "".join(f"<tr><td style='padding-right:12px'>{html.escape(what)}</td><td>{_link(where)}</td></tr>"
                       for what, where in self.kept)  # fmt: skip
        return (
            f"<h3>The data it runs on</h3><ul>{data}</ul>"
            f"<h3>Where it keeps things</h3><table>{kept}</table>"
            "<p>Cases are saved where you choose; nothing is ever sent anywhere.</p>"
            f"<h3>Runs on</h3><p>{html.escape(self.runs_on())}</p>"
        )

    @staticmethod
    def runs_on() -> str:
        return f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, Qt {qVersion()}, {sys.platform}"

    def details(self) -> str:
        """The version, the data, the platform and the folders, as plain text."""
        lines = [about.version_line(self.summary), self.runs_on()]
        lines += [f"{what}: {where}" for what, where in self.kept]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self.copy_button.setText("Copied")
