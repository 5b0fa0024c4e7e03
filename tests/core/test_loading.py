"""The loaders accept the shipped data and report every mistake in a broken copy with file, line and a sentence."""

import dataclasses
import shutil
from pathlib import Path

import pytest

from bodymap.core.body.atlas import Side
from bodymap.core.data import loading
from bodymap.core.data.problems import DataError, Severity
from tests.conftest import REPO, files_in

MUSCLE = """\
muscles:
  - id: test_muscle
    name: Test muscle
    synonyms: []
    group: neck
    attachments: From here to there.
    action: Moves things.
    innervation: A nerve.
    sources:
      - {{ref: ts_vol1, where: "A chapter"}}
    trigger_points:
      - id: test_muscle_1
        name: Test TrP
        location: {{view: posterior, x: {x}, y: {y}}}
        palpation: Press here.
        patient_position: Lying down.
        needling_caution: Routine precautions.
        sources:
          - {{ref: ts_vol1, where: "A chapter"}}
"""

PATTERN = """\
patterns:
  - trigger_point: test_muscle_1
    primary: [{essential}]
    occasional: [right_occiput]
    side_rule: ipsilateral
    frequency: common
    sources:
      - {{ref: ts_vol1, where: "A chapter"}}
"""


# the shipped conditions name shipped muscles; with a muscles file of its own, a test gets this one instead
CONDITIONS = """\
conditions:
  - id: test_condition
    name: Test condition
    description: Pain for testing.
    pain_regions: [right_temple]
    muscles: [test_muscle]
    red_flags: [Something that needs a doctor.]
    sources:
      - {ref: ts_vol1, where: "A chapter"}
"""


def write(folder: Path, muscles: str | None = None, patterns: str | None = None) -> loading.DataFiles:
    if muscles is not None:
        (folder / "muscles.yaml").write_text(muscles, encoding="utf-8")
        (folder / "conditions.yaml").write_text(CONDITIONS, encoding="utf-8")
    if patterns is not None:
        (folder / "referral_patterns.yaml").write_text(patterns, encoding="utf-8")
    return files_in(folder)


def messages(files: loading.DataFiles) -> list[str]:
    with pytest.raises(DataError) as caught:
        loading.load(files)
    return [str(p) for p in caught.value.problems if p.severity is Severity.ERROR]


def test_shipped_data_loads_without_errors(data):
    assert len(data.atlas.regions) >= 120
    assert set(data.atlas.views) >= {"anterior", "posterior"}
    assert len(data.catalog.muscles) >= 30


def test_a_small_valid_file_loads(data_copy):
    files = write(data_copy, MUSCLE.format(x=335, y=214), PATTERN.format(essential="right_temple"))
    loaded = loading.load(files)
    tp = loaded.catalog.trigger_points["test_muscle_1"]
    assert tp.location.view == "posterior"
    assert loaded.catalog.patterns["test_muscle_1"].essential_regions == {"right_temple"}


def test_unknown_region_is_reported_with_file_line_and_a_suggestion(data_copy):
    files = write(data_copy, MUSCLE.format(x=335, y=214), PATTERN.format(essential="right_tempel"))
    (msg,) = messages(files)
    assert msg.startswith(f"{data_copy / 'referral_patterns.yaml'}:3: error:")
    assert "region 'right_tempel'" in msg and "did you mean 'right_temple'" in msg


def test_trigger_point_outside_the_body_is_an_error(data_copy):
    files = write(data_copy, MUSCLE.format(x=5, y=5), PATTERN.format(essential="right_temple"))
    (msg,) = messages(files)
    assert ":14: error:" in msg and "outside the body" in msg


def test_left_regions_in_a_pattern_are_refused(data_copy):
    files = write(data_copy, MUSCLE.format(x=335, y=214), PATTERN.format(essential="left_temple"))
    (msg,) = messages(files)
    assert "use 'right_temple' instead of 'left_temple'" in msg


def test_every_problem_is_reported_at_once(data_copy):
    broken = (
        MUSCLE.format(x=335, y="high")  # wrong type
        .replace("    group: neck\n", "    group: neck\n    colour: red\n")  # unknown key
        .replace("        palpation: Press here.\n", "")  # missing field
    )
    broken += broken.split("muscles:\n", 1)[1]  # the same muscle and trigger point twice
    files = write(data_copy, broken, PATTERN.format(essential="right_temple, nowhere"))
    found = "\n".join(messages(files))
    assert "'y' of the location of trigger point 'test_muscle_1' should be a number" in found
    assert "unknown field 'colour'" in found
    assert "trigger point 'test_muscle_1' is missing 'palpation'" in found
    assert "muscle id 'test_muscle' is used twice" in found
    assert "trigger point id 'test_muscle_1' is used twice" in found
    assert "region 'nowhere'" in found


def test_missing_pattern_and_dangling_pattern(data_copy):
    pattern = PATTERN.format(essential="right_temple").replace("test_muscle_1", "ghost_1")
    found = "\n".join(messages(write(data_copy, MUSCLE.format(x=335, y=214), pattern)))
    assert "trigger point 'ghost_1' is not in the muscles file" in found
    assert f"{data_copy / 'muscles.yaml'}:12: error: trigger point 'test_muscle_1' has no referral pattern" in found


def test_broken_yaml_syntax_names_the_file_and_line(data_copy):
    files = write(data_copy, "muscles:\n  - id: [unclosed\n    name: x\n")
    found = [m for m in messages(files) if "not valid YAML" in m]
    assert len(found) == 1
    assert found[0].startswith(f"{data_copy / 'muscles.yaml'}:")


def test_region_without_a_mirror_is_an_error(data_copy):
    regions = data_copy / "regions.yaml"
    text = regions.read_text(encoding="utf-8")
    start = text.index("  left_achilles:")
    end = text.index("\n  left_", start + 5)
    regions.write_text(text[:start] + text[end + 1 :], encoding="utf-8")
    found = "\n".join(messages(files_in(data_copy)))
    assert "region 'right_achilles' has no mirror 'left_achilles'" in found
    assert "path 'left_achilles' in view 'posterior' is not a region" in found


def test_two_trigger_points_on_one_spot_give_a_warning_not_an_error(data_copy):
    second = MUSCLE.format(x=335, y=214).split("muscles:\n", 1)[1].replace("test_muscle", "other_muscle")
    patterns = PATTERN.format(essential="right_temple")
    patterns += patterns.split("patterns:\n", 1)[1].replace("test_muscle_1", "other_muscle_1")
    loaded = loading.load(write(data_copy, MUSCLE.format(x=335, y=214) + second, patterns))
    (warning,) = [w for w in loaded.warnings if "same spot" in w.message]
    assert warning.severity is Severity.WARNING
    assert warning.line == 30  # the second trigger point's "- id:" line
    assert "'other_muscle_1' is drawn on the same spot as 'test_muscle_1'" in warning.message


def test_a_region_without_a_lay_label_is_spoken_of_by_its_label(data_copy):
    regions = data_copy / "regions.yaml"
    text = regions.read_text()
    assert "    lay_label: right temple\n" in text
    regions.write_text(text.replace("    lay_label: right temple\n", ""))
    atlas = loading.load(files_in(data_copy)).atlas
    assert atlas.regions["right_temple"].lay_label == "Right temple"
    assert atlas.regions["left_temple"].lay_label == "left temple"


TWO_VIEWS = (
    "        locations:\n"
    "          - {view: posterior, x: 335, y: 214}\n"
    "          - {view: right_lateral, x: 262, y: 214}\n"
)


def test_a_trigger_point_is_drawn_in_every_view_its_locations_name_the_first_where_it_is_examined(data_copy):
    muscles = MUSCLE.format(x=335, y=214).replace("        location: {view: posterior, x: 335, y: 214}\n", TWO_VIEWS)
    catalog = loading.load(write(data_copy, muscles, PATTERN.format(essential="right_temple"))).catalog
    tp = catalog.trigger_points["test_muscle_1"]
    assert [loc.view for loc in tp.locations] == ["posterior", "right_lateral"]
    assert tp.location == tp.locations[0]
    assert [loc.view for loc in tp.locations_on(Side.LEFT, loading.load().atlas)] == ["posterior", "left_lateral"]


@pytest.mark.parametrize(
    ("places", "said"),
    [
        (TWO_VIEWS + "        location: {view: posterior, x: 335, y: 214}\n", "has both 'location' and 'locations'"),
        (TWO_VIEWS.replace("right_lateral, x: 262", "posterior, x: 340"), "two locations in the posterior view"),
        ("        locations: []\n", "needs at least one location"),
        (TWO_VIEWS.replace("x: 262", "x: 25"), "lies outside the body in the right_lateral view"),
    ],
)
def test_a_trigger_point_badly_placed_is_refused_with_a_sentence(data_copy, places, said):
    muscles = MUSCLE.format(x=335, y=214).replace("        location: {view: posterior, x: 335, y: 214}\n", places)
    found = "\n".join(messages(write(data_copy, muscles, PATTERN.format(essential="right_temple"))))
    assert said in found


def test_a_trigger_point_in_a_different_place_in_another_view_is_warned_about(data_copy):
    far = TWO_VIEWS.replace("x: 262, y: 214", "x: 255, y: 700")  # the back of the shoulder, and the side of the knee
    muscles = MUSCLE.format(x=335, y=214).replace("        location: {view: posterior, x: 335, y: 214}\n", far)
    files = write(data_copy, muscles, PATTERN.format(essential="right_temple"))
    found = [str(p) for p in loading.load(files).warnings if "test_muscle_1" in str(p)]
    assert any("but in 'right_lateral_thigh', away from it, in the right_lateral view" in w for w in found), found


def test_a_muscle_outline_naming_no_muscle_is_warned_about_with_its_drawing(data_copy, tmp_path):
    art = tmp_path / "assets"
    shutil.copytree(REPO / "assets", art)
    drawing = art / "body_posterior.svg"
    text = drawing.read_text(encoding="utf-8")
    drawing.write_text(text.replace('<path id="infraspinatus"', '<path id="infraspinatous"'), encoding="utf-8")
    warnings = [str(w) for w in loading.load(dataclasses.replace(files_in(data_copy), art=art)).warnings]
    (warning,) = [w for w in warnings if "infraspinatous" in w]
    assert "outline 'infraspinatous' in the muscles group of view 'posterior' names no muscle" in warning
    assert "did you mean 'infraspinatus'?" in warning and warning.startswith("assets/body_posterior.svg")
