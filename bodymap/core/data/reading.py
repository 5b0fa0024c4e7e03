"""Reading the files bodymap is pointed at: regular files only, bounded in size, UTF-8 with or without a byte-order
mark, and, for a file named inside another one (a view's drawing), only from inside its folder.

A data folder is meant to be edited by hand, so nothing read here may hang (a named pipe), exhaust memory
(``/dev/zero``, a huge file) or reach outside the folder it belongs to (an absolute path, ``..``, a link).
"""

from __future__ import annotations

import os
import stat
from importlib.abc import Traversable
from pathlib import Path, PurePosixPath, PureWindowsPath

MIB = 1024 * 1024
MAX_DATA_BYTES = 8 * MIB  # a YAML data file; the largest shipped one is about 0.3 MiB
MAX_DRAWING_BYTES = 8 * MIB  # a view's SVG; the largest shipped one is about 0.2 MiB


class ReadError(Exception):
    """The file cannot be used; the message is a sentence about the file, ``line`` where it applies, ``file`` when
    the problem is in another file than the one being read (a link that leads out of the folder)."""

    def __init__(self, message: str, line: int | None = None, file: str | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.file = file


def read_bytes(path: Path | Traversable, limit: int) -> bytes:
    """The whole content of a regular file of at most ``limit`` bytes."""
    if not isinstance(path, Path):  # a resource inside an installed package (a zip, say): ours, only bounded
        data = path.read_bytes()
        _check_size(len(data), limit)
        return data
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # before opening: opening a device can itself do something
            raise ReadError(_NOT_REGULAR)
        # non-blocking: a pipe swapped in after the check above must not hang the open
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise ReadError("cannot read the file: there is no such file") from None
    except OSError as exc:
        raise ReadError(f"cannot read the file ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(_NOT_REGULAR)
        _check_size(info.st_size, limit)
        chunks, total = [], 0
        while chunk := os.read(fd, min(MIB, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            _check_size(total, limit)  # the file grew while being read
            if total > limit:
                break
        return b"".join(chunks)
    except OSError as exc:
        raise ReadError(f"cannot read the file ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


_NOT_REGULAR = "cannot read the file: it is not a regular file (a folder, a device or a pipe is not data)"


def _check_size(size: int, limit: int) -> None:
    if size > limit:
        raise ReadError(
            f"cannot read the file: it is {size / MIB:.1f} MiB, and a file here may be at most {limit / MIB:.0f} MiB"
        )


def read_text(path: Path | Traversable, limit: int = MAX_DATA_BYTES) -> str:
    """The file's text, read as UTF-8; a byte-order mark at its start is dropped."""
    data = read_bytes(path, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ReadError(f"cannot read the file: it is not UTF-8 text (byte {exc.start + 1} is not)", line) from None


def inside(folder: Path | Traversable, name: str) -> Path | Traversable:
    """The file called ``name`` inside ``folder`` (sub-folders allowed); a name that is absolute, climbs out with
    ``..`` or leads outside through a link is refused with :class:`ReadError`."""
    if not PurePosixPath(name).parts or "\0" in name:
        raise ReadError(f"'{name}' is not a file name")
    if PurePosixPath(name).is_absolute() or PureWindowsPath(name).anchor:
        raise ReadError(f"'{name}' is an absolute path; name a file inside the folder instead")
    if ".." in PurePosixPath(name.replace("\\", "/")).parts:
        raise ReadError(f"'{name}' climbs out of the folder with '..'; name a file inside the folder instead")
    candidate = folder.joinpath(*PurePosixPath(name).parts)
    if isinstance(folder, Path) and isinstance(candidate, Path):
        try:
            outside = not candidate.resolve().is_relative_to(folder.resolve())
        except (OSError, RuntimeError):  # a loop of links
            outside = True
        if outside:
            raise ReadError(
                "this is a link to a file outside the folder; copy the file into the folder instead",
                file=str(candidate),
            )
    return candidate
