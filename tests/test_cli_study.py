"""`bodymap study export-anki`, as a user types it."""

from __future__ import annotations

import zipfile

from bodymap.cli import main


def test_export_anki_writes_a_deck_of_the_chosen_regions(capsys, tmp_path):
    target = tmp_path / "deck.apkg"
    assert main(["study", "export-anki", "-o", str(target), "--region", "elbow", "--region", "Knee"]) == 0
    out, err = capsys.readouterr()
    assert out == f"wrote {target}\n"
    assert err.startswith("drawing ")
    with zipfile.ZipFile(target) as deck:
        assert {"collection.anki2", "media"} <= set(deck.namelist())


def test_export_anki_says_what_is_wrong_with_its_arguments(capsys, tmp_path):
    assert main(["study", "export-anki", "-o", str(tmp_path / "deck.apkg"), "--region", "elbo"]) == 2
    assert "no body region 'elbo'; they are: head, neck, shoulder" in capsys.readouterr().err
    assert main(["study", "export-anki", "-o", str(tmp_path / "deck.zip")]) == 2
    assert "an Anki deck is an .apkg file" in capsys.readouterr().err
    assert main(["study", "export-anki", "-o", str(tmp_path / "missing" / "deck.apkg")]) == 2
    assert "there is no folder" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())
