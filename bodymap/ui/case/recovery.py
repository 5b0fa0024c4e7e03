"""Recovery copies: after every change of an unsaved case, a copy in the app's data folder; after a crash, the next
start offers it back.

Each running window has its own copy (``<session>.recovery``) and holds a lock beside it (``<session>.lock``) for
as long as it runs.  At start, a copy whose lock can be taken belongs to a window that is gone: that is what a crash
leaves behind.  A copy is one line of JSON saying which file it recovers and when it was written, then the case
exactly as Save would have written it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

from bodymap.ui.files import SaveError, data_folder, save_atomically

KIND = "bodymap recovery"
SUFFIX = ".recovery"


@dataclass
class Recovered:
    """A recovery copy left by a window that is gone."""

    file: Path
    original: Path | None  # the case file it belongs to; None for a case never saved
    written: dt.datetime
    case_bytes: bytes
    lock: QLockFile  # held while the copy is offered, so that no other window offers it too

    def discard(self) -> None:
        self.file.unlink(missing_ok=True)
        self.lock.unlock()
        Path(self.lock.fileName()).unlink(missing_ok=True)

    def keep(self) -> None:
        """Leave the copy for a later start."""
        self.lock.unlock()


class RecoveryStore:
    """This window's recovery copy, and the copies that crashed windows left."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or data_folder() / "recovery"
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        session = uuid.uuid4().hex
        self.file = self.folder / f"{session}{SUFFIX}"
        self._lock = QLockFile(str(self.folder / f"{session}.lock"))
        self._lock.setStaleLockTime(0)  # held for the window's whole life: only a dead owner makes it stale
        self._lock.tryLock(0)
        self.last_error = ""

    def write(self, case_bytes: bytes, original: Path | None) -> bool:
        """Keep ``case_bytes`` as this window's recovery copy; False (and ``last_error``) when it cannot be written."""
        header = {
            "format": KIND,
            "original": str(original) if original is not None else None,
            "written": dt.datetime.now().isoformat(timespec="seconds"),
        }
        try:
            save_atomically(self.file, json.dumps(header).encode() + b"\n" + case_bytes)
        except SaveError as exc:
            self.last_error = str(exc)
            return False
        self.last_error = ""
        return True

    def remove(self) -> None:
        """No recovery is needed (the case was saved or closed)."""
        self.file.unlink(missing_ok=True)

    def close(self) -> None:
        self.remove()
        self._lock.unlock()

    def left_behind(self) -> list[Recovered]:
        """The copies of windows that are gone, newest first (each locked until discarded or kept)."""
        found = []
        for file in self.folder.glob(f"*{SUFFIX}"):
            if file == self.file:
                continue
            lock = QLockFile(str(file.with_suffix(".lock")))
            lock.setStaleLockTime(0)
            if not lock.tryLock(0):
                continue  # its window is still running
            recovered = _read(file, lock)
            if recovered is None:
                lock.unlock()
                continue
            found.append(recovered)
        return sorted(found, key=lambda r: r.written, reverse=True)


def _read(file: Path, lock: QLockFile) -> Recovered | None:
    """A recovery copy, or None for one that is not (a foreign or truncated file stays where it is)."""
    with contextlib.suppress(OSError, ValueError, UnicodeDecodeError):
        header_line, _, case_bytes = file.read_bytes().partition(b"\n")
        header = json.loads(header_line)
        if isinstance(header, dict) and header.get("format") == KIND and case_bytes:
            original = header.get("original")
            written = dt.datetime.fromisoformat(str(header.get("written")))
            return Recovered(file, Path(original) if isinstance(original, str) else None, written, case_bytes, lock)
    return None
