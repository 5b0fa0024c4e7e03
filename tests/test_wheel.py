"""The wheel is the app: built as a user's `python -m build` builds it, it holds the package, its data and its
drawings, and installed into a fresh virtual environment outside the checkout it answers `bodymap suggest` and
`bodymap validate` and opens its window, with nothing else present.  (About a minute: building, then installing
PySide6 and the rest from pip's cache.)"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from bodymap import __version__
from tests.conftest import REPO

pytestmark = pytest.mark.wheel

SHIPPED = ("data", "assets")  # the folders bodymap/data and bodymap/assets link to


def _checkout_files() -> list[str]:
    """The files a clone of the repository holds, with the changes not yet committed."""
    listing = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        check=True,
    )
    return [name for name in listing.stdout.decode().split("\0") if name and os.path.lexists(REPO / name)]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a copy of the checkout (the build writes its egg-info into the tree it builds)."""
    source = tmp_path_factory.mktemp("source")
    for name in _checkout_files():
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, target, follow_symlinks=False)
    out = tmp_path_factory.mktemp("dist")
    build = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(source)], capture_output=True, text=True, timeout=600
    )
    assert build.returncode == 0, build.stdout + build.stderr
    assert "deprecat" not in (build.stdout + build.stderr).lower(), "the build backend warns: " + build.stderr
    (found,) = out.glob("bodymap-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment, outside the checkout, with the wheel installed: its bin folder."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    pip = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert pip.returncode == 0, pip.stderr
    return venv / "bin"


def run(command: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run from outside the checkout, with nothing of it on the path."""
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(command, cwd=cwd, env={**clean, **env}, capture_output=True, text=True, timeout=120)


def test_the_wheel_holds_the_package_its_data_its_drawings_and_its_licence(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = [n for n in _checkout_files() if n.split("/")[0] in SHIPPED and (REPO / n).is_file()]
    assert "data/migrations.yaml" in shipped and "assets/icons/bodymap.svg" in shipped
    missing = [n for n in shipped if f"bodymap/{n}" not in names]
    assert missing == [], "in the checkout but not in the wheel (pyproject.toml, package-data)"
    assert "bodymap/cli.py" in names and "bodymap/ui/main_window.py" in names
    assert f"bodymap-{__version__}.dist-info/licenses/LICENSE" in names


def test_the_installed_command_answers_suggest_validate_and_version(installed, tmp_path):
    suggest = run([str(installed / "bodymap"), "suggest", "right temple", "--json", "--top", "3"], tmp_path)
    assert suggest.returncode == 0, suggest.stderr
    answer = json.loads(suggest.stdout)
    assert answer["pain"][0]["region"] == "right_temple" and len(answer["candidates"]) == 3
    validate = run([str(installed / "bodymap"), "validate"], tmp_path)
    assert validate.returncode == 0 and validate.stdout.startswith("OK: "), validate.stdout + validate.stderr
    version = run([str(installed / "bodymap"), "--version"], tmp_path)
    assert version.stdout.startswith(f"bodymap {__version__}; data: atlas version") and "MIT licence" in version.stdout


WINDOW = """
import json
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(["bodymap"])
import bodymap
from bodymap.cli import main
from bodymap.ui.main_window import MainWindow

shown = []

def look():
    for window in [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]:
        shown.append({"title": window.windowTitle(), "icon": not window.windowIcon().isNull()})
        window.close()

QTimer.singleShot(0, look)
print(json.dumps({"exit": main([]), "shown": shown, "package": bodymap.__file__}))
"""


def test_the_installed_window_opens(installed, tmp_path):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    shown = run(
        [str(installed / "python"), "-c", WINDOW],
        tmp_path,
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(runtime),
    )
    offscreen_notes = "This plugin does not support"  # what the offscreen platform cannot do, and says
    assert shown.returncode == 0, shown.stderr
    assert [line for line in shown.stderr.splitlines() if not line.startswith(offscreen_notes)] == []
    report = json.loads(shown.stdout)
    assert report["exit"] == 0
    assert report["shown"] == [{"title": "Untitled case[*] — bodymap", "icon": True}]
    assert report["package"].startswith(str(installed.parent)), "the checkout's package ran, not the installed one"
