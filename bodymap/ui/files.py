"""Writing the user's files: whole documents saved atomically (``QSaveFile``), readable by the owner only, and the
app's own data folder (recovery copies, the study record).

A document holds health information, so a file written here is created 0600 and the folder 0700.  ``QSaveFile``
writes into a temporary file beside the target and renames it over the target only once every byte is on disk:
a crash, a kill or a full disk at any moment leaves either the complete old file or the complete new one.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileDevice, QIODevice, QSaveFile, QStandardPaths

OWNER_ONLY = QFileDevice.Permission.ReadOwner | QFileDevice.Permission.WriteOwner


class SaveError(Exception):
    """The file could not be written; the message says why in a sentence (the old file, if any, is untouched)."""


def save_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` all at once, readable and writable by the owner only."""
    saver = QSaveFile(str(path))
    if not saver.open(QIODevice.OpenModeFlag.WriteOnly):
        raise SaveError(f"cannot write {path}: {saver.errorString()}")
    # before any byte is written, so that the health information is never readable by others, even half-written
    if not saver.setPermissions(OWNER_ONLY):
        saver.cancelWriting()
        saver.commit()
        raise SaveError(f"cannot make {path} private to its owner: {saver.errorString()}")
    if saver.write(data) != len(data):
        saver.cancelWriting()
    if not saver.commit():
        raise SaveError(f"cannot write {path}: {saver.errorString() or 'the disk may be full'}")


def data_folder() -> Path:
    """The app's own folder for what it keeps between runs (XDG_DATA_HOME/bodymap on Linux), created 0700."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    folder = (Path(location) if location else Path.home() / ".local" / "share") / "bodymap"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    return folder
