"""`bodymap --version`: the version, the data it runs on, the licence and what it is for, in one line."""

from __future__ import annotations

import pytest

from bodymap import __version__, about
from bodymap.cli import main
from bodymap.core.data import loading
from bodymap.core.data.problems import DataError, Problem


def test_version_says_which_bodymap_on_which_data_under_which_licence(data, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    line = capsys.readouterr().out
    assert line.count("\n") == 1
    tps = sum(len(m.trigger_points) for m in data.catalog.muscles.values())
    for words in (
        f"bodymap {__version__};",
        f"atlas version {data.migrations.atlas_version}:",
        f"{len(data.atlas.regions)} regions in {len(data.atlas.views)} views",
        f"{len(data.catalog.muscles)} muscles, {tps} trigger points",
        f"{len(data.conditions)} conditions",
        "MIT licence",
        "not a diagnosis",
    ):
        assert words in line


def test_the_version_is_told_even_when_the_data_is_broken(monkeypatch):
    def broken_load():
        raise DataError([Problem("data/muscles.yaml", 3, "broken")])

    monkeypatch.setattr(loading, "load", broken_load)
    line = about.version_line()
    assert line.startswith(f"bodymap {__version__};")
    assert "cannot be used (1 problem(s); 'bodymap validate' lists them)" in line


def test_the_licence_comes_from_the_installed_package():
    assert about.licence() == "MIT"
    assert about.licence_text().startswith("MIT License")
