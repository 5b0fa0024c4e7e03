"""Reading the files bodymap is pointed at: regular files only, bounded, UTF-8 with or without a BOM, and a file
named inside another only from inside its folder."""

import os
from pathlib import Path

import pytest

from bodymap.core.data import reading
from bodymap.core.data.reading import ReadError


def test_text_is_read_with_or_without_a_byte_order_mark(tmp_path):
    plain, marked = tmp_path / "plain.yaml", tmp_path / "marked.yaml"
    plain.write_text("muscles: []\n", encoding="utf-8")
    marked.write_text("muscles: []\n", encoding="utf-8-sig")
    assert reading.read_text(plain) == reading.read_text(marked) == "muscles: []\n"


def test_text_that_is_not_utf8_is_refused_with_its_line(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("a: 1\nb: caf\xe9\n".encode("latin-1"))
    with pytest.raises(ReadError, match="not UTF-8 text") as caught:
        reading.read_text(path)
    assert caught.value.line == 2


def test_a_pipe_a_device_and_a_folder_are_refused_without_reading(tmp_path):
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)  # nobody writes to it: reading it would wait for ever
    for path in (pipe, Path("/dev/zero"), tmp_path):
        with pytest.raises(ReadError, match="not a regular file"):
            reading.read_bytes(path, 1024)


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as out:
        out.truncate(reading.MAX_DATA_BYTES + 1)  # sparse: refused from its size alone
    with pytest.raises(ReadError, match="may be at most 8 MiB"):
        reading.read_text(path)


def test_a_missing_file_is_a_sentence(tmp_path):
    with pytest.raises(ReadError, match="cannot read the file: there is no such file"):
        reading.read_text(tmp_path / "missing.yaml")


def test_a_name_inside_the_folder_is_found_there_even_in_a_subfolder(tmp_path):
    assert reading.inside(tmp_path, "body_front.svg") == tmp_path / "body_front.svg"
    assert reading.inside(tmp_path, "views/front.svg") == tmp_path / "views" / "front.svg"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("/dev/zero", "is an absolute path"),
        ("C:\\Windows\\x.svg", "is an absolute path"),
        ("../elsewhere/x.svg", "climbs out of the folder"),
        ("views/../../x.svg", "climbs out of the folder"),
        ("..\\x.svg", "climbs out of the folder"),
        ("", "is not a file name"),
        ("./", "is not a file name"),
    ],
)
def test_a_name_that_leaves_the_folder_is_refused(tmp_path, name, message):
    with pytest.raises(ReadError, match=message):
        reading.inside(tmp_path, name)


def test_a_link_out_of_the_folder_is_refused_and_blamed_on_the_link(tmp_path):
    (tmp_path / "front.svg").symlink_to("/etc/hostname")
    with pytest.raises(ReadError, match="a link to a file outside the folder") as caught:
        reading.inside(tmp_path, "front.svg")
    assert caught.value.file == str(tmp_path / "front.svg")
