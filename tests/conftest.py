"""Test set-up: offscreen Qt by default (BODYMAP_HEADED=1 shows real windows), shared loaded data."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

if not os.environ.get("BODYMAP_HEADED"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
# keep the tests' drawing cache, data folder (recovery copies, study record) and settings out of the user's home
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="bodymap-test-cache-")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="bodymap-test-data-")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bodymap-test-config-")
# and the single-instance lock and socket away from a bodymap the user has open (a short path: sockets have a limit)
os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="bodymap-test-run-")

from bodymap.core.data import loading

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def data() -> loading.LoadedData:
    return loading.load()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped data folder, for breaking on purpose."""
    target = tmp_path / "data"
    shutil.copytree(REPO / "data", target)
    return target


def files_in(folder: Path) -> loading.DataFiles:
    return loading.DataFiles(
        regions=folder / "regions.yaml",
        sources=folder / "sources.yaml",
        muscles=folder / "muscles.yaml",
        patterns=folder / "referral_patterns.yaml",
        conditions=folder / "conditions.yaml",
        guidance=folder / "guidance.yaml",
        migrations=folder / "migrations.yaml",
    )
