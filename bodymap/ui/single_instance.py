"""One bodymap per user: a later start hands its case file to the window already open, instead of a second copy
of the app opening the same file.

The first start takes a lock file and listens on a local socket, both in the user's runtime folder
(``$XDG_RUNTIME_DIR``, else the temporary folder) under a name that holds the user's id.  A later start finds the
lock taken, connects, sends one line of JSON (``{"open": "/abs/path.bodymap"}``, or ``{"open": null}`` to bring the
window forward), waits for ``ok`` and ends.  The lock, not the socket, decides who is first, so two starts at the
same moment cannot both listen; a lock left by a crashed start is stale at once (its process is gone).
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QDir, QLockFile, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

HAND_OVER_MS = 15_000  # a first start still loading its data answers once its window is up: seconds on a slow machine
MAX_MESSAGE = 64 * 1024
OK = b"ok"


def runtime_folder() -> Path:
    folder = os.environ.get("XDG_RUNTIME_DIR", "")
    return Path(folder) if folder and Path(folder).is_dir() else Path(QDir.tempPath())


def _user() -> str:
    return str(os.getuid()) if hasattr(os, "getuid") else getpass.getuser()


class SingleInstance(QObject):
    """Decides whether this start is the first; the first hears of later ones, a later one hands its case over."""

    case_received = Signal(object)  # Path of a case file a later start was given, or None: just come forward

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        folder = folder or runtime_folder()
        name = f"bodymap-{_user()}"
        # a named pipe on Windows, a socket file elsewhere (in the user's own runtime folder, where there is one)
        self.server_name = name if sys.platform == "win32" else str(folder / f"{name}.socket")
        self._lock = QLockFile(str(folder / f"{name}.lock"))
        self._lock.setStaleLockTime(0)  # held for the first start's whole life: only a dead owner makes it stale
        self._server: QLocalServer | None = None
        self.problem = ""  # why later starts cannot be heard, when they cannot

    def claim(self) -> bool:
        """True when this is the first start; it then listens for later ones until :meth:`release`."""
        if not self._lock.tryLock(0):
            return False
        QLocalServer.removeServer(self.server_name)  # a socket left by a start that crashed
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.server_name):
            server.newConnection.connect(self._on_new_connection)
            self._server = server
        else:
            self.problem = f"cannot listen on {self.server_name}: {server.errorString()}"
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    # --------------------------------------------------------------------------------------------- later start

    def hand_over(self, case: Path | None, timeout_ms: int = HAND_OVER_MS) -> bool:
        """Give ``case`` to the first start (None: bring its window forward); True once it has said it took it."""
        deadline = QDeadlineTimer(timeout_ms)
        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        while not socket.waitForConnected(deadline.remainingTime()):
            if deadline.hasExpired():
                return False
            QThread.msleep(50)  # the first start holds the lock but is not listening yet: a moment, then again
            socket.connectToServer(self.server_name)
        socket.write(json.dumps({"open": str(case.absolute()) if case else None}).encode() + b"\n")
        if not socket.waitForBytesWritten(deadline.remainingTime()):
            return False
        while not socket.canReadLine():
            if not socket.waitForReadyRead(deadline.remainingTime()):
                return False
        answer = bytes(socket.readLine().data()).strip()
        socket.disconnectFromServer()
        return answer == OK

    # --------------------------------------------------------------------------------------------- first start

    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            # a slot that asks for its sender, not a lambda holding the socket: PySide6 6.11 crashes ("shared
            # QObject was deleted directly") when the server takes down a socket that a Python callable still holds
            # while its deleteLater is pending
            socket.readyRead.connect(self._on_ready_read)
            self._read(socket)  # what arrived before the connection was taken

    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE:
                socket.abort()
            return
        try:
            message = json.loads(bytes(socket.readLine(MAX_MESSAGE).data()))
            target = message["open"]
            if target is not None and not isinstance(target, str):
                raise TypeError("'open' is not a path")
        except (ValueError, KeyError, TypeError):
            socket.abort()  # not a bodymap start
            return
        socket.write(OK + b"\n")
        socket.flush()
        socket.disconnectFromServer()
        self.case_received.emit(Path(target) if target else None)
