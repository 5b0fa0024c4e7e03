"""Hostile or careless input on the command line: each gets our own sentence and a non-zero exit, never a
traceback or Qt's messages; and ``--data DIR`` runs every command on an edited copy of the data folder."""

import json
import shutil
import subprocess
import sys

import pytest

from bodymap.cli import main
from tests.conftest import REPO


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("intensity", ["²", "¹⁰", "٣", "9" * 5000, "-1", "1.5", "", " ", "0x5"])
def test_an_intensity_that_is_not_0_to_10_is_refused(capsys, intensity):
    code, out, err = run(capsys, "suggest", f"right temple={intensity}")
    assert code == 2
    assert "the intensity after '=' should be a whole number from 0 to 10" in err
    assert len(err) < 300  # 5,000 digits are not echoed back
    assert "Traceback" not in out + err


def test_an_intensity_may_have_spaces_around_it(capsys):
    code, out, _ = run(capsys, "suggest", "right temple= 10 ", "--json")
    assert code == 0
    assert json.loads(out)["pain"][0]["intensity"] == 10


def test_render_of_an_empty_muscle_name_is_refused(capsys, tmp_path):
    code, _, err = run(capsys, "render", "--muscle", "", "-o", str(tmp_path / "x.png"))
    assert code == 2 and "no muscle is called ''" in err
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_a_render_that_cannot_be_written_says_so_in_one_sentence_of_ours(tmp_path, suffix):
    target = tmp_path / "missing" / f"out{suffix}"
    done = subprocess.run(
        [sys.executable, "-m", "bodymap", "render", "--pain", "right temple", "-o", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"bodymap render: cannot write {target}: No such file or directory"]


def test_validate_reads_a_file_with_a_byte_order_mark(capsys, data_copy):
    muscles = data_copy / "muscles.yaml"
    muscles.write_text(muscles.read_text(encoding="utf-8"), encoding="utf-8-sig")
    code, out, _ = run(capsys, "validate", str(muscles))
    assert code == 0 and "OK:" in out


def test_validate_of_a_device_or_a_folder_is_a_sentence(capsys, tmp_path):
    for path in ("/dev/zero", str(tmp_path)):
        code, _, err = run(capsys, "validate", path)
        assert code == 2 and "not a regular file" in err


def test_a_number_with_an_exponent_is_a_number(capsys, data_copy):
    muscles = data_copy / "muscles.yaml"
    text = muscles.read_text(encoding="utf-8").replace("x: 328, y: 209", "x: 3.28e2, y: 209", 1)
    muscles.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(muscles))
    assert code == 0, out


def test_every_command_runs_on_an_edited_copy_of_the_data_folder(capsys, data_copy):
    muscles = data_copy / "muscles.yaml"
    muscles.write_text(muscles.read_text(encoding="utf-8").replace("name: Temporalis\n", "name: Temporalis (edited)\n"))
    code, out, _ = run(capsys, "--data", str(data_copy), "muscles")
    assert code == 0 and "Temporalis (edited)" in out
    code, out, _ = run(capsys, "muscles")
    assert code == 0 and "Temporalis (edited)" not in out
    code, out, _ = run(capsys, "--data", str(data_copy), "suggest", "right temple", "--json")
    assert code == 0 and "Temporalis (edited)" in out
    code, out, _ = run(capsys, "--data", str(data_copy), "validate")
    assert code == 0 and "OK:" in out


def test_errors_in_the_copy_are_reported_against_the_copy(capsys, data_copy):
    patterns = data_copy / "referral_patterns.yaml"
    patterns.write_text(patterns.read_text(encoding="utf-8").replace("primary: [right_", "primary: [rigth_", 1))
    code, _, err = run(capsys, "--data", str(data_copy), "suggest", "right temple")
    assert code == 1
    assert f"{patterns}:" in err and "did you mean" in err


def test_the_copy_may_hold_only_the_files_it_changes_and_its_own_drawings(capsys, tmp_path, data):
    shutil.copyfile(REPO / "data" / "sources.yaml", tmp_path / "sources.yaml")
    drawing = (REPO / "assets" / "body_plantar.svg").read_text(encoding="utf-8")
    edited = drawing.replace('id="right_heel_underside"', 'id="right_heal_underside"')
    (tmp_path / "body_plantar.svg").write_text(edited, "utf-8")
    code, _, err = run(capsys, "--data", str(tmp_path), "regions")
    assert code == 1
    assert f"{tmp_path / 'body_plantar.svg'}: error: path 'right_heal_underside' in view 'plantar'" in err


@pytest.mark.parametrize(
    ("folder", "message"), [("missing", "there is no such folder"), ("empty", "holds none of the data files")]
)
def test_a_data_folder_that_is_not_one_is_refused(capsys, tmp_path, folder, message):
    (tmp_path / "empty").mkdir()
    code, _, err = run(capsys, "--data", str(tmp_path / folder), "regions")
    assert code == 2 and message in err
