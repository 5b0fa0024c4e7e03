"""``bodymap case``: a saved case shown and ranked from the command line; a bad file exits 1 with the message."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bodymap import __version__
from bodymap.core.body.atlas import Side
from bodymap.core.body.painmap import PainMap, PainMark, Quality
from bodymap.core.case.fileformat import dumps
from bodymap.core.case.model import Case, Finding, Target, Technique, Treatment, TriggerPointResult, Visit
from tests.conftest import REPO
from tests.test_cli import run

TRAP = Target("upper_trapezius", Side.RIGHT)


@pytest.fixture
def case_file(tmp_path, data):
    first = Visit(
        dt.date(2026, 11, 2),
        PainMap({"right_temple": PainMark(7, Quality.ACHING), "left_temple": PainMark(0)}),
        6,
        (TRAP,),
        {TRAP: Finding(TriggerPointResult.ACTIVE, twitch=True, familiar_pain=True, note="mid-fibres")},
        (Treatment(TRAP, Technique.DRY_NEEDLING, "eased to 3/10"),),
        "Desk work.",
    )
    second = Visit(dt.date(2026, 11, 9), PainMap({"right_occiput": PainMark(3)}), 3)
    path = tmp_path / "case.bodymap"
    path.write_bytes(dumps(Case("Case 12", [first, second]), __version__, data.migrations.atlas_version))
    return path


def test_show_prints_every_visit_in_words(capsys, case_file):
    code, out, _ = run(capsys, "case", "show", str(case_file))
    assert code == 0
    assert out.startswith("Case Case 12 (case.bodymap): 2 visits")
    assert "Visit 1, Mon 02 Nov 2026, pain 6/10" in out
    assert "Pain: Right temple 7/10 aching" in out and "Pain-free: Left temple" in out
    assert "Upper trapezius (right): active trigger point, familiar pain, twitch (mid-fibres)" in out
    assert "Upper trapezius (right), dry needling: eased to 3/10" in out
    assert "Visit 2, Mon 09 Nov 2026, pain 3/10" in out


def test_show_json_is_the_case_as_its_file_holds_it(capsys, case_file):
    code, out, _ = run(capsys, "case", "show", str(case_file), "--json")
    assert code == 0
    assert json.loads(out) == json.loads(case_file.read_text())


def test_suggest_ranks_the_last_visit_or_the_one_asked_for(capsys, case_file):
    code, out, _ = run(capsys, "case", "suggest", str(case_file), "--json")
    assert code == 0
    assert [p["region"] for p in json.loads(out)["pain"]] == ["right_occiput"]
    code, out, _ = run(capsys, "case", "suggest", str(case_file), "--visit", "1", "--top", "3")
    assert code == 0
    assert out.startswith("Visit 1 of 2, 02 Nov 2026\nPain: Right temple (7/10), Left temple (pain-free)")
    code, _, err = run(capsys, "case", "suggest", str(case_file), "--visit", "3")
    assert code == 2 and "--visit should be from 1 to 2" in err


def test_a_case_drawn_on_an_earlier_atlas_shows_the_regions_that_replaced_its_own(capsys, tmp_path):
    visit = Visit(dt.date(2026, 11, 2), PainMap({"right_heel": PainMark(5)}), 5)
    path = tmp_path / "old.bodymap"
    path.write_bytes(dumps(Case("Case 3", [visit]), __version__, 1))
    code, out, _ = run(capsys, "case", "suggest", str(path), "--json")
    assert code == 0
    marked = [p["region"] for p in json.loads(out)["pain"]]
    assert sorted(marked) == ["right_heel_back", "right_heel_inner", "right_heel_outer", "right_heel_underside"]


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"", "the file is empty"),
        (b"{", "line 1: the file is damaged"),
        (b'{"format": "bodymap case", "format_version": 9}', "newer bodymap"),
        (b"[" * 50_000, "nested far too deeply"),
    ],
)
def test_a_bad_file_exits_1_with_the_message_and_no_traceback(capsys, tmp_path, content, said):
    bad = tmp_path / "bad.bodymap"
    bad.write_bytes(content)
    code, out, err = run(capsys, "case", "show", str(bad))
    assert code == 1 and out == ""
    assert err.startswith(f"bodymap case: {bad}: ") and said in err and "Traceback" not in err


def test_a_missing_file_or_a_folder_exits_1(capsys, tmp_path):
    code, _, err = run(capsys, "case", "show", str(tmp_path / "nothing.bodymap"))
    assert code == 1 and "there is no such file" in err
    code, _, err = run(capsys, "case", "suggest", str(tmp_path))
    assert code == 1 and "not a regular file" in err


def test_the_readme_example_is_a_case_that_opens(capsys, tmp_path):
    readme = (REPO / "README.md").read_text()
    start = readme.index("```json\n", readme.index("### The case file")) + len("```json\n")
    example = tmp_path / "example.bodymap"
    example.write_text(readme[start : readme.index("```", start)])
    code, out, _ = run(capsys, "case", "show", str(example))
    assert code == 0 and "active trigger point, familiar pain, twitch" in out
