"""`bodymap CASE.bodymap` opens the case; a second start while the window is open hands its case to that window
and ends, so that one window, never two copies of the app, has the file."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication

from bodymap import __version__
from bodymap.cli import main
from bodymap.core.case.fileformat import dumps
from bodymap.core.case.model import Case
from bodymap.ui import app as app_module
from bodymap.ui.case.dialogs import Choice, RecoveryOffer, UnsavedChanges
from bodymap.ui.case.recovery import RecoveryStore
from bodymap.ui.main_window import MainWindow
from bodymap.ui.single_instance import SingleInstance
from tests.conftest import REPO


def write_case(folder: Path, label: str, data) -> Path:
    case = Case.new(dt.date(2026, 11, 30))
    case.set_label(label)
    path = folder / f"{label}.bodymap"
    path.write_bytes(dumps(case, __version__, data.migrations.atlas_version))
    return path


def second_start(*args: str) -> subprocess.Popen:
    """bodymap started again, as a launcher or a file manager would, while the first window is open."""
    return subprocess.Popen(
        [sys.executable, "-m", "bodymap", *args], cwd=REPO, env=os.environ, stderr=subprocess.PIPE, text=True
    )


def send(instance: SingleInstance, message: bytes) -> QLocalSocket:
    """What a later start writes, sent from here without waiting (the answer needs this process's event loop)."""
    raw = QLocalSocket()
    raw.connectToServer(instance.server_name)
    assert raw.waitForConnected(1000)
    raw.write(message)
    assert raw.waitForBytesWritten(1000)
    return raw


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test listens in a runtime folder of its own (short enough for a socket's name)."""
    runtime = Path(os.environ["XDG_RUNTIME_DIR"]) / tmp_path.name[-20:]
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    return runtime


@pytest.fixture
def first(folder: Path) -> Iterator[SingleInstance]:
    """The first start, listening for later ones."""
    instance = SingleInstance()
    assert instance.claim()
    yield instance
    instance.release()


def test_a_case_given_on_the_command_line_opens_and_a_second_start_hands_its_case_over(
    qtbot, monkeypatch, tmp_path, folder, data
):
    first, second = write_case(tmp_path, "first", data), write_case(tmp_path, "second", data)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # no recovery copies that other tests left
    seen = {}

    def event_loop() -> int:
        """Stands in for app.exec(): looks at the window the command line opened, as the user would."""
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["opened"] = window.files.document.path
        seen["title"] = window.windowTitle()
        window.showMinimized()
        later = second_start(str(second))
        qtbot.waitUntil(lambda: later.poll() is not None, timeout=30_000)
        seen["second start"] = later.returncode, later.communicate()[1]
        qtbot.waitUntil(lambda: window.files.document.path == second)
        seen["minimized"] = window.isMinimized()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(event_loop))
    monkeypatch.setattr(app_module, "settle_memory", lambda: None)
    assert main([str(first)]) == 0
    assert seen["opened"] == first and seen["title"].startswith("first — first.bodymap")
    assert seen["second start"] == (0, "")  # handed over, and ended without a window of its own
    assert not seen["minimized"]  # the window came forward with the case


def test_a_second_start_without_a_case_brings_the_window_forward(qtbot, first, window):
    first.case_received.connect(app_module._receiver(window))
    window.showMinimized()
    later = second_start()
    qtbot.waitUntil(lambda: later.poll() is not None, timeout=30_000)
    assert later.communicate()[1] == "" and later.returncode == 0
    qtbot.waitUntil(lambda: not window.isMinimized())


def test_cases_handed_over_while_one_is_being_opened_open_after_it_in_turn(qtbot, tmp_path, monkeypatch, window, data):
    cases = [write_case(tmp_path, name, data) for name in ("a", "b", "c")]
    receive = app_module._receiver(window)
    opened = []
    window.files.opened.connect(lambda: opened.append(window.files.document.path))
    window.toggle_region("right_temple")  # unsaved changes: opening a case first asks about them

    def ask(cls, parent, name):
        receive(cases[1])  # arrive while the question is on screen
        receive(cases[2])
        return Choice.DISCARD

    monkeypatch.setattr(UnsavedChanges, "ask", classmethod(ask))
    receive(cases[0])
    assert opened == cases


def test_the_first_start_holds_the_lock_until_it_ends(folder):
    first, later = SingleInstance(), SingleInstance()
    assert first.claim()
    assert not later.claim()
    first.release()
    assert later.claim()
    later.release()


def test_a_socket_left_by_a_crashed_start_does_not_stop_the_next(qtbot, folder, tmp_path):
    first = SingleInstance()
    left = socket.socket(socket.AF_UNIX)
    left.bind(first.server_name)  # a socket file nobody listens on any more
    left.close()
    assert Path(first.server_name).exists()
    assert first.claim()
    try:
        with qtbot.waitSignal(first.case_received) as received:
            send(first, b'{"open": "/cases/x.bodymap"}\n')
        assert received.args == [Path("/cases/x.bodymap")]
    finally:
        first.release()


def test_what_is_not_a_bodymap_start_is_ignored(qtbot, first):
    with qtbot.assertNotEmitted(first.case_received, wait=100):
        for message in (b"GET / HTTP/1.0\n", b'["open"]\n', b'{"open": 3}\n', b"{}\n"):
            stranger = send(first, message)
            qtbot.waitUntil(lambda s=stranger: s.state() == QLocalSocket.LocalSocketState.UnconnectedState)
            assert not stranger.canReadLine()  # dropped without an answer
    with qtbot.waitSignal(first.case_received) as received:
        send(first, b'{"open": null}\n')
    assert received.args == [None]


def test_a_first_start_that_does_not_answer_is_not_waited_for_long(folder, tmp_path):
    name = f"bodymap-{os.getuid()}"
    holder = QLockFile(str(folder / f"{name}.lock"))  # a first start that holds the lock but never listens
    assert holder.tryLock(0)
    try:
        later = SingleInstance()
        assert not later.claim()
        assert not later.hand_over(tmp_path / "x.bodymap", timeout_ms=300)
    finally:
        holder.unlock()


def test_the_message_is_one_line_of_json(qtbot, first):
    with qtbot.waitSignal(first.case_received) as received:
        raw = send(first, json.dumps({"open": "/cases/jo.bodymap"}).encode() + b"\n")
    assert received.args == [Path("/cases/jo.bodymap")]
    qtbot.waitUntil(raw.canReadLine)
    assert bytes(raw.readLine().data()) == b"ok\n"


def test_the_start_offers_what_a_crashed_window_left_unsaved_before_it_opens_the_case(
    qtbot, monkeypatch, tmp_path, folder, data
):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    crashed = RecoveryStore()
    unsaved = Case.new(dt.date(2026, 11, 29))
    unsaved.set_label("unsaved")
    crashed.write(dumps(unsaved, __version__, data.migrations.atlas_version), None)
    del crashed  # gone without closing: its lock is free, its copy stays, as after a crash
    case = write_case(tmp_path, "asked", data)
    events = []

    def restore(cls, parent, what, when):
        events.append(f"restore {what}?")
        return Choice.SAVE  # the dialog's "Restore"

    def discard(cls, parent, name):
        events.append(f"discard the changes to {name}?")
        return Choice.DISCARD

    monkeypatch.setattr(RecoveryOffer, "ask", classmethod(restore))
    monkeypatch.setattr(UnsavedChanges, "ask", classmethod(discard))

    def event_loop() -> int:
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        events.append(window.files.document.path)
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(event_loop))
    monkeypatch.setattr(app_module, "settle_memory", lambda: None)
    assert main([str(case)]) == 0
    assert events == ["restore an untitled case?", "discard the changes to Untitled case?", case]
