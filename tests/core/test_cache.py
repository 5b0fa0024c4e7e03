"""The cache: entries named after their source and format, checked on every read, pruned least recently used
first, and never a temporary file left behind."""

import errno
import os
import time

import pytest

from bodymap.core.data import cache


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "bodymap"


def test_an_entry_is_named_after_its_source_and_its_format():
    assert cache.key("yaml-2", b"a: 1") == cache.key("yaml-2", b"a: 1")
    assert cache.key("yaml-2", b"a: 1") != cache.key("yaml-2", b"a: 2")
    assert cache.key("yaml-2", b"a: 1") != cache.key("yaml-3", b"a: 1")


def test_what_is_written_is_read_back(folder):
    cache.write("k-1", b"payload")
    assert cache.read("k-1") == b"payload"


@pytest.mark.parametrize(
    "damage",
    [
        lambda stored: stored[:-1],  # truncated
        lambda stored: stored[:-1] + b"X",  # one byte changed
        lambda stored: b"",
        lambda stored: stored.replace(b"payload", b"PAYLOAD"),  # edited
    ],
)
def test_a_damaged_or_edited_entry_is_deleted_not_believed(folder, damage):
    cache.write("k-1", b"payload")
    entry = folder / "k-1"
    entry.write_bytes(damage(entry.read_bytes()))
    assert cache.read("k-1") is None
    assert not entry.exists()


def test_an_entry_copied_under_another_name_is_not_believed(folder):
    cache.write("k-1", b"payload")
    (folder / "k-2").write_bytes((folder / "k-1").read_bytes())
    assert cache.read("k-2") is None


def test_past_the_limit_the_least_recently_used_entries_go(folder):
    for i in range(6):
        cache.write(f"k-{i}", bytes(100))
        os.utime(folder / f"k-{i}", (1000 + i, 1000 + i))
    assert cache.read("k-0") is not None  # just used: now the most recent
    cache.prune(folder, limit=4 * (100 + len(cache.MAGIC) + cache.DIGEST))
    assert sorted(p.name for p in folder.iterdir()) == ["k-0", "k-4", "k-5"]


def test_a_full_disk_leaves_no_temporary_file(folder, monkeypatch):
    cache.write("k-0", b"first")
    fdopen = os.fdopen

    class FullDisk:
        def __init__(self, fd, mode):
            self.file = fdopen(fd, mode)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()

        def write(self, data):
            self.file.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cache.os, "fdopen", FullDisk)
    cache.write("k-1", b"second" * 1000)
    assert sorted(p.name for p in folder.iterdir()) == ["k-0"]


def test_temporary_files_that_a_killed_copy_left_behind_are_cleared(folder):
    cache.write("k-0", b"first")
    stale, fresh = folder / ".k-1.abc.tmp", folder / ".k-2.def.tmp"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"half")  # another copy may be writing it right now
    old = time.time() - 2 * cache.STALE_SECONDS
    os.utime(stale, (old, old))
    cache.write("k-3", b"third")
    assert not stale.exists() and fresh.exists()


def test_an_entry_too_large_to_be_worth_keeping_is_not_written(folder):
    cache.write("k-0", bytes(cache.ENTRY_LIMIT))
    assert not (folder / "k-0").exists()


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    cache.write("k-0", b"x")
    assert cache.read("k-0") is None
