"""Caches of what start-up derives from the data files (parsed YAML, region shapes), so that later starts skip it.

An entry is named after what it was derived from and how: ``<kind>-<digest of the kind and the source>``, where
the kind carries the version of its format (``yaml-2``).  An edited file, or a program that derives it another
way, simply misses.  Each entry starts with a digest of its own content, checked on every read: an entry that is
truncated, damaged or edited is deleted and derived again, silently, so a cache can neither crash a start nor
put words in the data files' mouth.

Two places are searched: the user's cache folder, then the entries shipped inside the package (the region shapes,
written by ``make art`` so that even a first start skips parsing the drawings), checked the same way.  The user's
folder is kept under :data:`LIMIT` bytes, the least recently used entries going first.

Everything here is best effort: a cache that cannot be read or written only makes the start slower.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import time
from importlib.abc import Traversable
from pathlib import Path

from bodymap.core.data.resources import asset_folder

MIB = 1024 * 1024
LIMIT = 64 * MIB  # the whole folder; today's data derives about 1.5 MiB
ENTRY_LIMIT = LIMIT // 8  # one entry larger than this is not worth keeping
STALE_SECONDS = 3600  # a temporary file this old was left by a copy that was killed while writing
MAGIC = b"bodymap cache\n"
DIGEST = hashlib.sha256().digest_size


def folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "bodymap"


def shipped() -> Traversable:
    """The entries that come with the package (``assets/derived``, written by ``make art``)."""
    return asset_folder() / "derived"


def key(kind: str, source: bytes) -> str:
    """The name of the entry derived from ``source``; ``kind`` says what is derived, and its format's version."""
    digest = hashlib.sha256(kind.encode() + b"\0" + source).hexdigest()
    return f"{kind}-{digest[:40]}"


def seal(entry_key: str, payload: bytes) -> bytes:
    """An entry as stored: a header, the digest of its name and payload, then the payload."""
    return MAGIC + _digest(entry_key, payload) + payload


def unseal(entry_key: str, stored: bytes) -> bytes | None:
    """The payload of a stored entry, or None if it is not exactly what was written under that name."""
    start = len(MAGIC) + DIGEST
    payload = stored[start:]
    if stored[: len(MAGIC)] != MAGIC or stored[len(MAGIC) : start] != _digest(entry_key, payload):
        return None
    return payload


def _digest(entry_key: str, payload: bytes) -> bytes:
    return hashlib.sha256(entry_key.encode() + b"\0" + payload).digest()


def read(entry_key: str) -> bytes | None:
    """The payload stored under ``entry_key``, from the user's folder or else from the package; None if neither
    holds a sound copy (an unsound one in the user's folder is deleted)."""
    path = folder() / entry_key
    with contextlib.suppress(OSError):
        payload = unseal(entry_key, path.read_bytes())
        if payload is not None:
            with contextlib.suppress(OSError):
                os.utime(path)  # the time of last use, for pruning
            return payload
        path.unlink()
    with contextlib.suppress(OSError):
        return unseal(entry_key, (shipped() / entry_key).read_bytes())
    return None


def write(entry_key: str, payload: bytes) -> None:
    """Keep ``payload`` under ``entry_key``; then drop the least recently used entries past :data:`LIMIT`."""
    stored = seal(entry_key, payload)
    if len(stored) > ENTRY_LIMIT:
        return
    target = folder()
    try:
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, partial = tempfile.mkstemp(dir=target, prefix=f".{entry_key}.", suffix=".tmp")
    except OSError:
        return  # a read-only home: every start derives it again, which is slower but correct
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(stored)
        os.replace(partial, target / entry_key)  # atomic: another starting copy never reads half an entry
    except OSError:  # a full disk, say: leave nothing behind
        with contextlib.suppress(OSError):
            os.unlink(partial)
        return
    prune(target)


def prune(where: Path, limit: int = LIMIT) -> None:
    """Delete the least recently used entries until those left take at most three quarters of ``limit`` (once
    over it), and temporary files that a killed copy left behind."""
    entries: list[tuple[float, int, str]] = []
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(where) as found:
        for entry in found:
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if entry.name.endswith(".tmp"):
                    if now - info.st_mtime > STALE_SECONDS:
                        os.unlink(entry.path)
                elif entry.is_file(follow_symlinks=False):
                    entries.append((info.st_mtime, info.st_size, entry.path))
    total = sum(size for _, size, _ in entries)
    if total <= limit:
        return
    for _, size, path in sorted(entries):
        with contextlib.suppress(OSError):
            os.unlink(path)
            total -= size
        if total <= limit * 3 // 4:
            break
