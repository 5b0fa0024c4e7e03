"""The Anki deck, read back: a zip holding an SQLite collection and the pictures."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from bodymap.export.anki import FIELDS, ExportError, deck_bytes, deck_trigger_points

GROUPS = ("elbow", "knee")


def read_deck(content: bytes, folder: Path) -> tuple[list[list[str]], list[str], int, dict[str, bytes]]:
    """(the notes' fields, their tags, the number of cards, the media by file name) of an .apkg."""
    with zipfile.ZipFile(io.BytesIO(content)) as deck:
        assert deck.testzip() is None
        deck.extract("collection.anki2", folder)
        media_names = json.loads(deck.read("media"))
        media = {name: deck.read(index) for index, name in media_names.items()}
    with sqlite3.connect(folder / "collection.anki2") as collection:
        notes = collection.execute("SELECT flds, tags FROM notes ORDER BY id").fetchall()
        cards = collection.execute("SELECT count(*) FROM cards").fetchone()[0]
        guids = collection.execute("SELECT guid FROM notes").fetchall()
    assert len(set(guids)) == len(guids)
    return [n[0].split("\x1f") for n in notes], [n[1] for n in notes], cards, media


@pytest.fixture(scope="module")
def deck(data) -> bytes:
    return deck_bytes(data, GROUPS)


def test_the_deck_has_a_note_per_trigger_point_and_two_cards_each(data, deck, tmp_path):
    points = deck_trigger_points(data, GROUPS)
    assert {data.catalog.muscles[tp.muscle_id].group for tp in points} == set(GROUPS)
    notes, tags, cards, _ = read_deck(deck, tmp_path)
    assert len(notes) == len(points)
    assert cards == 2 * len(points)  # the picture asking for the muscle, and the reverse
    assert all("bodymap" in t.split() for t in tags)


def test_every_field_is_filled_and_every_picture_is_in_the_deck(data, deck, tmp_path):
    notes, _, _, media = read_deck(deck, tmp_path)
    names = {data.catalog.muscles[tp.muscle_id].name for tp in deck_trigger_points(data, GROUPS)}
    for fields in notes:
        assert len(fields) == len(FIELDS)
        assert all(f.strip() for f in fields)
        picture, muscle, _, location, pattern, _ = fields
        assert muscle in names
        assert pattern.startswith("Main zone: right ")
        assert len(location) > 40  # how to find it, in words
        name = picture.removeprefix('<img src="').removesuffix('">')
        assert name in media
        image = QImage.fromData(media[name], "PNG")
        assert not image.isNull()
        assert image.height() > 500
        blue = sum(
            1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
            if (c := image.pixelColor(x, y)).blue() - c.red() > 40  # the zones' blue over the skin
        )  # fmt: skip
        assert blue > 20, f"{name}: the pattern is not drawn"


def test_notes_keep_their_identity_from_one_export_to_the_next(data, deck, tmp_path):
    again = deck_bytes(data, ["knee"])
    with zipfile.ZipFile(io.BytesIO(deck)) as first, zipfile.ZipFile(io.BytesIO(again)) as second:
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        first.extract("collection.anki2", tmp_path / "a")
        second.extract("collection.anki2", tmp_path / "b")
    guids = []
    for folder in ("a", "b"):
        with sqlite3.connect(tmp_path / folder / "collection.anki2") as collection:
            guids.append({g for (g,) in collection.execute("SELECT guid FROM notes")})
    assert guids[1] and guids[1] <= guids[0]


def test_an_empty_choice_of_regions_is_refused(data):
    with pytest.raises(ExportError, match="no trigger points"):
        deck_bytes(data, ["no such region"])


def test_an_export_can_be_cancelled(data):
    told = []

    def progress(done: int, total: int) -> bool:
        told.append((done, total))
        return done < 2

    with pytest.raises(ExportError, match="cancelled"):
        deck_bytes(data, GROUPS, progress)
    total = len(deck_trigger_points(data, GROUPS))
    assert told == [(1, total), (2, total)]
