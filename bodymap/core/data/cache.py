"""The user's cache folder: what start-up derives from the shipped files (region shapes, parsed YAML), kept
between runs under a name made from the content it came from, so that an edited file simply misses the cache.

Everything here is best effort: a cache that cannot be read or written only makes the start slower.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "bodymap"


def name(kind: str, content: bytes) -> str:
    """A cache file name for what is derived from ``content`` (``kind`` says what, and its format version)."""
    return f"{kind}-{hashlib.sha256(content).hexdigest()[:32]}"


def read(file_name: str) -> bytes | None:
    try:
        return (folder() / file_name).read_bytes()
    except OSError:
        return None


def write(file_name: str, data: bytes) -> None:
    target = folder() / file_name
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(data)
        partial.replace(target)  # atomic: another starting copy never reads half a file
    except OSError:
        pass  # a read-only home: every start derives it again, which is slower but correct
