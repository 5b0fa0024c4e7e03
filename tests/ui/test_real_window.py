"""A real window on a virtual X screen: the app starts on the xcb platform, draws, and the pixels are right."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import REPO

pytestmark = pytest.mark.xvfb


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.fail("Xvfb is missing: run `make test` (it installs it) or `scripts/system-deps.sh`")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as stream:
        number = stream.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_window_shows_the_body_the_pain_and_the_pattern(display: str, tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [sys.executable, str(REPO / "tools" / "screenshot.py"), str(shot), "right temple"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert image.width() >= 1000
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    reds = [c for c in colours if int(c[1:3], 16) > 150 and int(c[3:5], 16) < 110 and int(c[5:7], 16) < 110]
    blues = [c for c in colours if int(c[5:7], 16) > 140 and int(c[1:3], 16) < 120]
    assert "#f4e8de" in colours  # the body's skin tone
    assert reds, "the marked pain is not drawn"
    assert blues, "the chosen candidate's pattern is not drawn"
