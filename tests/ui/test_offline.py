"""The app sends nothing anywhere: a session of the window and the commands opens no network connection.

Two witnesses: Python's audit events (every socket Python code creates, connects or resolves), and the process's
open sockets at the end against the kernel's tables of internet sockets (what Qt's C++ might hold open).  Qt's
network module is used for one thing only, the single-instance channel, a local socket (QLocalServer), which is
in neither table."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bodymap.cli import main
from bodymap.ui.main_window import MainWindow
from tests.ui.conftest import click

NETWORK_EVENTS = ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo")
INTERNET = (socket.AF_INET, socket.AF_INET6)
_heard: list[tuple[str, tuple]] = []
_listening = False


def _audit(event: str, args: tuple) -> None:
    if _listening and (event in NETWORK_EVENTS or (event == "socket.__new__" and args[1] in INTERNET)):
        _heard.append((event, args))


sys.addaudithook(_audit)  # for the whole test process: an audit hook cannot be removed


def internet_socket_inodes() -> set[str]:
    inodes = set()
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        path = Path("/proc/net") / table
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                inodes.add(line.split()[9])
    return inodes


def own_socket_inodes() -> set[str]:
    inodes = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    return inodes


@pytest.fixture
def listening():
    global _listening
    _heard.clear()
    _listening = True
    yield _heard
    _listening = False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the kernel's socket tables in /proc")
def test_a_session_opens_no_network_connection(qtbot, window: MainWindow, listening, capsys, tmp_path):
    click(qtbot, window, "anterior", "right_temple")
    click(qtbot, window, "posterior", "right_occiput")
    window.panel.list.setCurrentRow(0)
    window.focus_search()
    qtbot.keyClicks(window.browser.search.field, "tempor")
    window.actions["crossroads"].toggle()
    window.actions["crossroads"].toggle()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert main(["suggest", "right temple", "right occiput=8"]) == 0
    assert main(["render", "--muscle", "temporalis", "-o", str(tmp_path / "temporalis.pdf")]) == 0
    assert main(["conditions", "tennis elbow"]) == 0
    capsys.readouterr()
    assert listening == []
    assert own_socket_inodes() & internet_socket_inodes() == set()


def test_qt_networking_is_only_the_local_single_instance_channel():
    users = [
        path
        for path in Path(__file__).resolve().parents[2].joinpath("bodymap").rglob("*.py")
        if "QtNetwork" in path.read_text(encoding="utf-8")
    ]
    assert [p.name for p in users] == ["single_instance.py"]
    text = users[0].read_text(encoding="utf-8")
    assert "QLocalServer" in text and "QTcpSocket" not in text and "QNetworkAccessManager" not in text
