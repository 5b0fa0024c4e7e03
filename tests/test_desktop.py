"""`bodymap desktop install / uninstall`: a launcher entry that validates, the icon in every size, the case file type
known to the desktop's MIME database, and all of it gone again after uninstall, leaving the rest of the folder be."""

from __future__ import annotations

import os
import shlex
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from bodymap import desktop
from bodymap.cli import main
from tests.conftest import REPO


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: run `make test` (it installs it) or `scripts/system-deps.sh`")
    return path


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    # someone else's entries, which uninstall must leave alone
    (tmp_path / "applications").mkdir()
    (tmp_path / "applications" / "other.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Other\nExec=true\n"
    )
    return tmp_path


def test_install_writes_a_launcher_that_validates_the_icons_and_the_case_file_type(home, capsys):
    assert main(["desktop", "install"]) == 0
    out = capsys.readouterr().out
    assert "applications menu" in out and "update-mime-database" in out

    entry = home / "applications" / "bodymap.desktop"
    result = subprocess.run([_tool("desktop-file-validate"), str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout  # no error, warning or hint
    assert "MimeType=application/x-bodymap-case;" in entry.read_text()
    # the desktop's index of which launcher opens which type
    assert "application/x-bodymap-case=bodymap.desktop;" in (home / "applications" / "mimeinfo.cache").read_text()

    assert (home / "mime" / "packages" / "bodymap.xml").is_file()
    assert "application/x-bodymap-case:*.bodymap" in (home / "mime" / "globs2").read_text()
    assert (home / "mime" / "application" / "x-bodymap-case.xml").is_file()  # compiled by update-mime-database

    assert (home / "icons" / "hicolor" / "scalable" / "apps" / "bodymap.svg").read_bytes().startswith(b"<?xml")
    for size in desktop.ICON_SIZES:
        assert _png_size(home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "bodymap.png") == (size, size)


def test_the_launcher_starts_this_bodymap(home):
    main(["desktop", "install"])
    entry = (home / "applications" / "bodymap.desktop").read_text()
    exec_line = next(line.removeprefix("Exec=") for line in entry.splitlines() if line.startswith("Exec="))
    command = shlex.split(exec_line.replace("\\\\", "\\"))  # the file's own escaping undone, then the quoting
    assert command[-1] == "%f"  # the file the user double-clicked
    result = subprocess.run([*command[:-1], "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("bodymap "), result.stderr


def test_uninstall_removes_what_install_wrote_and_nothing_else(home, capsys):
    main(["desktop", "install"])
    assert main(["desktop", "uninstall"]) == 0
    assert "Took bodymap off" in capsys.readouterr().out
    left = [p for p in home.rglob("*bodymap*") if p.is_file()]
    assert left == []
    assert "x-bodymap-case" not in (home / "mime" / "globs2").read_text()
    assert "bodymap" not in (home / "applications" / "mimeinfo.cache").read_text()
    assert (home / "applications" / "other.desktop").is_file()
    assert main(["desktop", "uninstall"]) == 0
    assert "was not installed" in capsys.readouterr().out


def test_a_data_folder_that_cannot_be_written_is_reported(home, capsys):
    (home / "icons").write_text("a file where a folder should be")
    assert main(["desktop", "install"]) == 1
    assert "bodymap desktop: cannot install in" in capsys.readouterr().err


def test_a_relative_xdg_data_home_is_ignored(monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", "relative/folder")
    assert desktop.data_home() == Path.home() / ".local" / "share"


@pytest.mark.parametrize(
    ("argument", "written"),
    [
        ("/usr/bin/bodymap", "/usr/bin/bodymap"),
        ("/home/jo/My Apps/bodymap", '"/home/jo/My Apps/bodymap"'),
        ("/opt/$HOME/100%", '"/opt/\\\\$HOME/100%%"'),
        ('/a "quoted" path', '"/a \\\\"quoted\\\\" path"'),
    ],
)
def test_exec_arguments_are_quoted_and_escaped_as_the_specification_says(argument, written):
    assert desktop.exec_argument(argument) == written


def test_the_launcher_of_an_installed_command_is_that_command(monkeypatch, tmp_path):
    script = tmp_path / "bin" / "bodymap"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "argv", [str(script)])
    assert desktop.launcher_command() == [str(script)]
    monkeypatch.setattr(sys, "argv", ["-m"])  # python -m bodymap
    assert desktop.launcher_command() == [sys.executable, "-m", "bodymap"]


def test_the_shipped_icons_are_the_svg_rendered_at_each_size(tmp_path):
    """tools/make_icons.py renders the same pictures as the ones shipped (run it after changing the SVG)."""
    subprocess.run(
        [sys.executable, str(REPO / "tools" / "make_icons.py"), str(tmp_path)],
        check=True,
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    for size in desktop.ICON_SIZES:
        shipped = QImage(str(REPO / "assets" / "icons" / f"bodymap-{size}.png"))
        fresh = QImage(str(tmp_path / f"bodymap-{size}.png"))
        assert shipped.size() == fresh.size() == QSize(size, size)
        argb = QImage.Format.Format_ARGB32
        assert shipped.convertToFormat(argb) == fresh.convertToFormat(argb), (
            f"assets/icons/bodymap-{size}.png is out of date: run `make icons`"
        )
