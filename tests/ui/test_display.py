"""Asking whether a window can be opened before Qt is asked (Qt aborts the process when it cannot)."""

import contextlib
import socket
import subprocess
import sys
import threading

import pytest

from bodymap.cli import main
from bodymap.ui import display


@contextlib.contextmanager
def x_server(answer: bytes | None):
    """A display on this machine (TCP 6000 + n) that replies ``answer`` to the set-up request, or nothing at all."""
    listener = socket.socket()
    for number in range(100, 200):
        with contextlib.suppress(OSError):
            listener.bind(("127.0.0.1", display.X_TCP_PORT + number))
            break
    listener.listen()
    held = []

    def serve():
        with contextlib.suppress(OSError):
            connection, _ = listener.accept()
            held.append(connection)
            connection.recv(12)
            if answer is not None:
                connection.sendall(answer)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{number}.0"
    finally:
        listener.close()
        for connection in held:
            connection.close()
        thread.join(5)


def test_a_display_that_answers_is_fine():
    with x_server(b"\x01") as name:  # 1: success
        assert display.problem({"DISPLAY": name}, timeout=5) is None
    with x_server(b"\x00") as name:  # 0: refused for want of authorisation, which Qt brings: fine too
        assert display.problem({"DISPLAY": name}, timeout=5) is None


def test_a_display_that_does_not_answer_is_told_in_a_sentence():
    with x_server(None) as name:
        said = display.problem({"DISPLAY": name}, timeout=0.2)
    assert said == f"the X display '{name}' accepts connections but does not answer (no reply within 0.2 s)"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "no display to open the window on"),
        ({"DISPLAY": ":4094"}, "cannot reach the X display ':4094'"),
        ({"DISPLAY": "nonsense"}, "does not name an X display"),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, None),
        ({"DISPLAY": ":4094", "WAYLAND_DISPLAY": "wayland-0"}, None),
    ],
)
def test_what_is_said_about_each_setting(environ, expected):
    said = display.problem(environ, timeout=0.2)
    assert said == expected if expected is None else expected in said


def test_the_window_command_says_so_and_exits_1_instead_of_aborting(capsys, monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(display, "TIMEOUT_SECONDS", 0.2)
    with x_server(None) as name:
        monkeypatch.setenv("DISPLAY", name)
        assert main([]) == 1
    err = capsys.readouterr().err
    assert f"bodymap: the X display '{name}' accepts connections but does not answer" in err
    assert "The commands work without a window" in err


def test_the_program_exits_with_our_message_not_qts(tmp_path):
    environ = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DISPLAY": ":4094"}
    done = subprocess.run([sys.executable, "-m", "bodymap"], env=environ, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.startswith("bodymap: cannot reach the X display ':4094'")
    assert "qt.qpa" not in done.stderr and "Reinstalling" not in done.stderr
