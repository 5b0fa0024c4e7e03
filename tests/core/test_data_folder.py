"""A copy of the data folder (``bodymap --data DIR``): the files it holds replace the shipped ones, and a view's
drawing is read only from inside it (or from the shipped drawings)."""

import os

import pytest

from bodymap.core.data import loading
from bodymap.core.data.problems import DataError
from tests.conftest import REPO


def test_a_copy_holding_some_files_takes_the_rest_from_the_shipped_ones(tmp_path):
    (tmp_path / "muscles.yaml").write_text((REPO / "data" / "muscles.yaml").read_text(encoding="utf-8"), "utf-8")
    files = loading.DataFiles.in_folder(tmp_path)
    assert files.muscles == tmp_path / "muscles.yaml"
    assert files.regions == loading.DataFiles().regions
    assert files.art == tmp_path


def _regions_with_front_drawing(folder, name: str) -> None:
    text = (REPO / "data" / "regions.yaml").read_text(encoding="utf-8")
    (folder / "regions.yaml").write_text(text.replace("file: body_anterior.svg", f"file: {name}"), "utf-8")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("/dev/zero", "'/dev/zero' is an absolute path; name a file inside the folder instead"),
        ("../../../dev/zero", "climbs out of the folder with '..'"),
    ],
)
def test_a_drawing_outside_the_folder_is_refused_at_the_views_line(tmp_path, name, message):
    _regions_with_front_drawing(tmp_path, name)
    with pytest.raises(DataError) as caught:
        loading.load(loading.DataFiles.in_folder(tmp_path))
    regions = str(tmp_path / "regions.yaml")
    assert any(p.file == regions and p.line and message in p.message for p in caught.value.problems)


def test_a_drawing_that_is_a_pipe_is_refused_without_waiting(tmp_path):
    os.mkfifo(tmp_path / "body_anterior.svg")
    (tmp_path / "sources.yaml").write_text((REPO / "data" / "sources.yaml").read_text(encoding="utf-8"), "utf-8")
    with pytest.raises(DataError) as caught:
        loading.load(loading.DataFiles.in_folder(tmp_path))
    assert str(caught.value.problems[0]) == (
        f"{tmp_path / 'body_anterior.svg'}: error: cannot read the file: it is not a regular file (a folder, a "
        f"device or a pipe is not data)"
    )


def test_a_drawing_in_a_subfolder_of_the_copy_is_found(tmp_path):
    (tmp_path / "art").mkdir()
    (tmp_path / "art" / "front.svg").write_bytes((REPO / "assets" / "body_anterior.svg").read_bytes())
    _regions_with_front_drawing(tmp_path, "art/front.svg")
    data = loading.load(loading.DataFiles.in_folder(tmp_path))
    assert "right_temple" in data.atlas.views["anterior"].shapes
