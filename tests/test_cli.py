"""The command line, driven as a user would, in process (main(argv)) and, for the entry point, as a program."""

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bodymap.cli import main
from bodymap.core.data import loading


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_suggest_right_temple_lists_upper_trapezius_in_the_first_five(capsys):
    code, out, _ = run(capsys, "suggest", "right temple", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["pain"] == [{"region": "right_temple", "label": "Right temple", "intensity": 6}]
    first_five = result["candidates"][:5]
    assert "upper_trapezius" in [c["muscle"] for c in first_five]
    assert {c["side"] for c in first_five} == {"right"}
    keys = {"muscle", "name", "trigger_point", "side", "either_side", "score", "why", "essential_hits",
            "spillover_hits", "trigger_points"}  # fmt: skip
    assert all(keys <= set(c) for c in result["candidates"])
    for c in result["candidates"]:  # each area through one trigger point, the best one first
        explained = [r for t in c["trigger_points"] for r in t["essential_hits"] + t["spillover_hits"]]
        assert sorted(explained) == sorted(c["essential_hits"] + c["spillover_hits"])
        assert c["trigger_point"] == c["trigger_points"][0]["id"]
    assert result["cover"]
    scores = [c["score"] for c in result["candidates"]]
    assert scores == sorted(scores, reverse=True)


def test_suggest_left_side_lists_left_side_trigger_points(capsys):
    code, out, _ = run(capsys, "suggest", "LEFT TEMPLE=8", "--json", "--top", "5")
    assert code == 0
    result = json.loads(out)
    assert result["pain"][0]["intensity"] == 8
    assert len(result["candidates"]) <= 5
    assert {c["side"] for c in result["candidates"]} == {"left"}
    assert "upper_trapezius" in [c["muscle"] for c in result["candidates"]]
    assert all("left_temple" in c["essential_hits"] + c["spillover_hits"] for c in result["candidates"])


def test_suggest_lists_a_muscle_once_for_a_midline_drawing(capsys):
    code, out, _ = run(capsys, "suggest", "coccyx", "--json")
    assert code == 0
    muscles = [c["muscle"] for c in json.loads(out)["candidates"]]
    assert len(muscles) == len(set(muscles)) and "coccygeus" in muscles
    code, out, _ = run(capsys, "suggest", "coccyx")
    assert "Coccygeus (either side)" in out


@pytest.mark.parametrize(
    ("name", "today"),
    [
        ("vertex", ["right_vertex", "left_vertex"]),  # an old id
        ("top of head", ["right_vertex", "left_vertex"]),  # an old synonym
        ("Right upper jaw and teeth", ["right_upper_teeth_front", "right_upper_teeth_back"]),  # an old label
        ("right_heel=3", ["right_heel_back", "right_heel_underside", "right_heel_inner", "right_heel_outer"]),
        ("right ear", ["right_ear"]),  # a name that names a region today means that region
    ],
)
def test_a_name_from_an_earlier_atlas_marks_the_regions_that_replaced_it(capsys, name, today):
    code, out, _ = run(capsys, "suggest", name, "--json")
    assert code == 0
    assert [p["region"] for p in json.loads(out)["pain"]] == today


def test_suggest_text_output_explains_each_candidate(capsys):
    code, out, _ = run(capsys, "suggest", "right_temple", "right occiput")
    assert code == 0
    assert "Upper trapezius (right)" in out
    assert "Explains" in out and "Smallest set that explains the whole drawing" in out
    assert "not a diagnosis" in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["suggest", "rigth tempel"], "Did you mean: 'Right temple'"),
        (["suggest", "right temple=11"], "whole number from 0 to 10"),
        (["suggest", "right temple=x"], "whole number from 0 to 10"),
        (["suggest", "right temple", "--top", "0"], "--top should be at least 1"),
        (["regions", "--view", "sideways"], "there is no view 'sideways'"),
        (["render", "--muscle", "nonexistent", "-o", "x.png"], "no muscle is called 'nonexistent'"),
        (["render", "--pain", "right temple", "-o", "x.gif"], "use a .png, .svg or .pdf"),
    ],
)
def test_bad_arguments_exit_2_with_a_clear_message(capsys, argv, expected):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert expected in err
    assert "Traceback" not in out + err


def test_argparse_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["suggest"])
    assert caught.value.code == 2


def test_regions_json_lists_every_region_with_its_shapes(capsys, data):
    code, out, _ = run(capsys, "regions", "--json")
    assert code == 0
    regions = json.loads(out)
    assert len(regions) == len(data.atlas.regions) >= 120
    temple = next(r for r in regions if r["id"] == "right_temple")
    assert temple["label"] == "Right temple" and temple["side"] == "right" and temple["group"] == "head"
    assert temple["mirror"] == "left_temple" and "anterior" in temple["shapes"] and temple["synonyms"]
    code, out, _ = run(capsys, "regions", "--view", "posterior", "--json")
    assert all(set(r["shapes"]) == {"posterior"} for r in json.loads(out))


def test_muscles_json(capsys, data):
    code, out, _ = run(capsys, "muscles", "--json")
    assert code == 0
    muscles = json.loads(out)
    assert len(muscles) == len(data.catalog.muscles)
    tp = muscles[0]["trigger_points"][0]
    assert {"id", "location", "essential", "spillover", "side_rule", "frequency", "sources"} <= set(tp)


def test_validate_passes_on_the_shipped_data(capsys):
    code, out, _ = run(capsys, "validate")
    assert code == 0
    assert out.startswith("OK:") or "\nOK:" in out


def test_validate_reports_every_error_in_a_broken_copy_with_file_and_line(capsys, data_copy):
    patterns = data_copy / "referral_patterns.yaml"
    text = patterns.read_text(encoding="utf-8")
    text = text.replace("side_rule: ipsilateral", "side_rule: sideways", 1)
    text = text.replace("primary: [right_", "primary: [right_tempel, right_", 1)
    patterns.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(patterns))
    assert code == 1
    errors = [line for line in out.splitlines() if ": error: " in line]
    assert len(errors) >= 2
    assert all(line.startswith(f"{patterns}:") for line in errors)
    assert any("right_tempel" in line for line in errors)
    assert any("'sideways'" in line and "should be one of" in line for line in errors)


def test_validate_refuses_a_file_that_is_not_bodymap_data(capsys, tmp_path):
    other = tmp_path / "other.yaml"
    other.write_text("hello: world\n", encoding="utf-8")
    code, _, err = run(capsys, "validate", str(other))
    assert code == 2 and "is not a bodymap data file" in err
    code, _, err = run(capsys, "validate", str(tmp_path / "missing.yaml"))
    assert code == 2 and "no such file" in err


@pytest.mark.parametrize(("suffix", "magic"), [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_render_writes_each_format(capsys, tmp_path, suffix, magic):
    out_file = tmp_path / f"map{suffix}"
    code, out, _ = run(capsys, "render", "--pain", "right temple=8", "left heel", "-o", str(out_file))
    assert code == 0, out
    assert out_file.read_bytes().startswith(magic)


def test_render_a_muscle_on_one_view(capsys, tmp_path):
    out_file = tmp_path / "trap.png"
    code, _, _ = run(
        capsys, "render", "--muscle", "Upper trapezius", "--side", "left", "--view", "posterior", "-o", str(out_file)
    )
    assert code == 0 and out_file.stat().st_size > 1000


def test_render_svg_keys_only_what_it_draws(capsys, tmp_path):
    muscle, pain = tmp_path / "muscle.svg", tmp_path / "pain.svg"
    run(capsys, "render", "--muscle", "supinator", "--view", "posterior", "-o", str(muscle))
    run(capsys, "render", "--pain", "right temple", "right occiput=0", "--view", "anterior", "-o", str(pain))
    muscle_text, pain_text = muscle.read_text(encoding="utf-8"), pain.read_text(encoding="utf-8")
    assert "Main referral zone" in muscle_text and "Aching" not in muscle_text
    assert "Pain-free (0/10)" in pain_text and "Main referral zone" not in pain_text


def test_the_installed_entry_point_runs(tmp_path):
    exe = Path(sys.executable).with_name("bodymap")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "bodymap"]
    result = subprocess.run([*command, "suggest", "right temple", "--top", "3"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "1." in result.stdout


def test_a_closed_pipe_is_not_an_error(tmp_path):
    exe = Path(sys.executable).with_name("bodymap")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "bodymap"]
    with subprocess.Popen([*command, "regions"], stdout=subprocess.PIPE, stderr=subprocess.PIPE) as reader:
        assert reader.stdout is not None and reader.stderr is not None
        reader.stdout.readline()
        reader.stdout.close()  # like `| head -1`
        assert reader.wait(timeout=60) == 0
        assert b"Traceback" not in reader.stderr.read()


def test_no_display_gives_a_message_not_a_crash(capsys, monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    code, _, err = run(capsys)
    assert code == 1
    assert "no display" in err


def test_conditions_lists_every_condition(capsys, data):
    code, out, _ = run(capsys, "conditions")
    assert code == 0
    assert "lateral_elbow_pain" in out and f"{len(data.conditions)} conditions" in out
    code, out, _ = run(capsys, "conditions", "--json")
    conditions = json.loads(out)
    assert [c["id"] for c in conditions] == list(data.conditions)
    keys = {"id", "name", "synonyms", "description", "sides", "pain_regions", "muscles", "red_flags", "sources", "note"}
    assert all(keys == set(c) for c in conditions)
    assert conditions[0]["muscles"][0] == {"id": "upper_trapezius", "name": "Upper trapezius"}


def test_one_condition_by_a_synonym_shows_its_muscles_and_red_flags(capsys):
    code, out, _ = run(capsys, "conditions", "Tennis Elbow")
    assert code == 0
    assert out.startswith("Lateral elbow pain (tennis elbow)\n")
    assert "  1. Supinator" in out and "Right lateral epicondyle" in out
    assert "Red flags: refer for a medical opinion" in out and "fracture" in out
    code, out, _ = run(capsys, "conditions", "migraine", "--json")
    (migraine,) = json.loads(out)
    assert migraine["id"] == "migraine" and migraine["sides"] == "one"


def test_an_unknown_condition_exits_2(capsys):
    code, _, err = run(capsys, "conditions", "housemaid's knee of the elbow")
    assert code == 2 and "no condition is called" in err


def test_guidance_prints_the_handout_text(capsys, data):
    code, out, _ = run(capsys, "guidance")
    assert code == 0
    assert out.startswith(data.guidance.title)
    assert "Soreness in the treated muscle: very common" in out
    assert "Call the emergency services now:" in out
    code, out, _ = run(capsys, "guidance", "--json")
    guidance = json.loads(out)
    assert guidance["after_effects"][0]["how_common"] == "very_common"
    assert {"absolute_contraindications", "relative_contraindications", "seek_help", "sources"} <= set(guidance)


def test_validate_counts_the_conditions_and_checks_a_conditions_copy(capsys, data_copy):
    code, out, _ = run(capsys, "validate")
    assert code == 0 and "conditions; 0 warning(s)." in out
    conditions = data_copy / "conditions.yaml"
    text = conditions.read_text(encoding="utf-8").replace("      - supinator\n", "      - supinatr\n", 1)
    conditions.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(conditions))
    assert code == 1
    (error,) = [line for line in out.splitlines() if ": error: " in line]
    assert error.startswith(f"{conditions}:") and "(did you mean 'supinator'?)" in error


def test_suggest_says_why_an_area_is_unexplained_when_the_data_says(capsys, monkeypatch, data):
    quiet = dataclasses.replace(data.catalog, unreached_regions={"nose": "No muscle in this test refers here."})
    quiet = dataclasses.replace(quiet, muscles={}, patterns={})
    monkeypatch.setattr(loading, "load", lambda files=None: dataclasses.replace(data, catalog=quiet))
    code, out, _ = run(capsys, "suggest", "nose")
    assert code == 0
    assert "Not explained by any trigger point: Nose" in out
    assert "No muscle in this test refers here." in out
