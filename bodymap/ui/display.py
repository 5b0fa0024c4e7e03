"""Whether a window can be opened, asked before Qt is.

When its platform cannot start, Qt aborts the whole process with a hint about reinstalling the application, and an
X server that accepts the connection but never answers makes it wait for ever.  So, where Qt would use X11, the
display is asked first, briefly, the way Qt's own xcb connection starts: a connection set-up request, to which any
X server replies at once (even when it then refuses us for lack of authorisation, which Qt will then bring).

No Qt here: this runs before PySide6 is imported.
"""

from __future__ import annotations

import os
import re
import socket
import struct
import sys
from collections.abc import Mapping

TIMEOUT_SECONDS = 3.0
X_TCP_PORT = 6000  # display n listens on 6000 + n
# an X11 connection set-up request: little-endian, protocol 11.0, no authorisation (the reply says whether one is
# needed; only that a reply comes matters here)
X_SETUP = b"l\0" + struct.pack("<HHHH2x", 11, 0, 0, 0)
DISPLAY = re.compile(r"(?P<host>.*?)(?P<colons>::?)(?P<number>\d+)(?:\.\d+)?")


def problem(environ: Mapping[str, str] = os.environ, timeout: float | None = None) -> str | None:
    """A sentence saying why no window can be opened, or None when it can (as far as can be told beforehand)."""
    if not sys.platform.startswith("linux"):
        return None  # Windows and macOS always have a screen
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: chosen on purpose
    if not platform and environ.get("WAYLAND_DISPLAY"):
        return None  # Qt opens the window on Wayland
    display = environ.get("DISPLAY", "")
    if not display:
        return "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset)"
    return _x_server_problem(display, TIMEOUT_SECONDS if timeout is None else timeout)


def _x_server_problem(display: str, timeout: float) -> str | None:
    match = DISPLAY.fullmatch(display)
    if match is None or match["colons"] == "::":  # '::' is DECnet, long gone
        return f"DISPLAY is set to '{display}', which does not name an X display (such as ':0' or 'host:10.0')"
    try:
        connection = _connect(match["host"], int(match["number"]), timeout)
    except TimeoutError:
        return f"the X display '{display}' does not answer (no reply within {timeout:g} s)"
    except OSError as exc:
        return f"cannot reach the X display '{display}' ({exc.strerror or exc})"
    with connection:
        try:
            connection.settimeout(timeout)
            connection.sendall(X_SETUP)
            reply = connection.recv(1)
        except TimeoutError:
            return f"the X display '{display}' accepts connections but does not answer (no reply within {timeout:g} s)"
        except OSError as exc:
            return f"the X display '{display}' broke off the connection ({exc.strerror or exc})"
    if not reply:
        return f"the X display '{display}' closed the connection without a word"
    return None


def _connect(host: str, number: int, timeout: float) -> socket.socket:
    """A connection to display ``number`` on ``host`` (this machine when empty or 'unix'), as libxcb makes it."""
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        for address in ("\0" + path, path):  # Linux servers listen on an abstract socket as well as on the file
            unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            unix.settimeout(timeout)
            try:
                unix.connect(address)
                return unix
            except OSError as exc:
                unix.close()
                failure = exc
        raise failure
    return socket.create_connection((host.strip("[]"), X_TCP_PORT + number), timeout=timeout)
