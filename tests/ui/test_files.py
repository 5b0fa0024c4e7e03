"""Saving the user's files: atomic, owner-only, and a failed save leaves the old file as it was."""

from __future__ import annotations

import os
import stat

import pytest

from bodymap.ui.files import SaveError, data_folder, save_atomically


def test_a_saved_file_is_private_to_its_owner(tmp_path):
    target = tmp_path / "case.bodymap"
    save_atomically(target, b"first")
    assert target.read_bytes() == b"first"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    os.chmod(target, 0o644)  # even a file that others could read becomes private when saved again
    save_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_save_that_cannot_be_written_says_why_and_leaves_the_old_file(tmp_path):
    with pytest.raises(SaveError, match="cannot write"):
        save_atomically(tmp_path / "no such folder" / "case.bodymap", b"new")
    target = tmp_path / "case.bodymap"
    target.mkdir()  # a folder where the file should be: nothing can replace it
    with pytest.raises(SaveError, match="cannot write"):
        save_atomically(target, b"new")
    assert target.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.bodymap"]


def test_the_data_folder_is_private(qapp):
    folder = data_folder()
    assert folder.name == "bodymap"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
