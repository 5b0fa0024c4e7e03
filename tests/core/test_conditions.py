"""The conditions index: the shipped conditions resolve and hold together, and mistakes in a copy are reported
with file, line and a sentence."""

from pathlib import Path

import pytest

from bodymap.core.body.atlas import Side
from bodymap.core.clinic.conditions import ConditionSides, find_condition
from bodymap.core.data import loading
from bodymap.core.data.problems import DataError, Severity
from tests.conftest import files_in

REQUIRED_CONDITIONS = [
    "tension_type_headache", "migraine", "tmj_jaw_pain", "neck_pain", "whiplash_associated_pain", "frozen_shoulder",
    "rotator_cuff_shoulder_pain", "lateral_elbow_pain", "medial_elbow_pain", "carpal_tunnel_like_symptoms",
    "thumb_base_pain", "thoracic_interscapular_pain", "chest_wall_pain", "low_back_pain", "sciatica_like_pain",
    "buttock_pain", "lateral_hip_pain", "groin_pain", "anterior_knee_pain", "posterior_knee_pain", "shin_splints",
    "calf_cramps", "ankle_pain", "plantar_heel_pain", "metatarsalgia", "pelvic_pain",
]  # fmt: skip


def test_the_conditions_clinicians_treat_are_all_there(data):
    assert [c for c in REQUIRED_CONDITIONS if c not in data.conditions] == []


def test_every_condition_is_complete_and_cited(data):
    for condition in data.conditions.values():
        assert condition.name and len(condition.description) >= 80, condition.id
        assert condition.synonyms, condition.id
        assert len(condition.red_flags) >= 3, condition.id
        assert all(flag.endswith(".") for flag in condition.red_flags), condition.id
        assert condition.sources and all(s.ref in data.catalog.sources for s in condition.sources), condition.id


def test_every_condition_resolves_to_right_or_midline_regions_and_known_muscles(data):
    atlas, catalog = data.atlas, data.catalog
    for condition in data.conditions.values():
        assert condition.pain_regions and condition.muscles, condition.id
        for rid in condition.pain_regions:
            assert rid in atlas.regions and atlas.regions[rid].side is not Side.LEFT, (condition.id, rid)
        assert all(m in catalog.muscles for m in condition.muscles), condition.id
        assert len(set(condition.muscles)) == len(condition.muscles), condition.id


def test_most_listed_muscles_refer_pain_to_the_conditions_regions(data):
    """A list may name a few local contributors (tight calves in forefoot pain), but mostly referring muscles."""
    atlas, catalog = data.atlas, data.catalog
    for condition in data.conditions.values():
        regions = condition.regions_on(Side.RIGHT, atlas)
        referring = []
        for mid in condition.muscles:
            for tp in catalog.muscles[mid].trigger_points:
                essential, spillover = catalog.patterns[tp.id].zones(Side.RIGHT, atlas)
                if (essential | spillover) & regions:
                    referring.append(mid)
                    break
        assert len(referring) * 2 >= len(condition.muscles), (condition.id, set(condition.muscles) - set(referring))


def test_headache_red_flags_name_the_classic_warning_signs(data):
    flags = " ".join(data.conditions["tension_type_headache"].red_flags).lower()
    for sign in ("sudden", "worst", "weakness", "fever", "stiff neck", "after the age of 50", "jaw"):
        assert sign in flags, sign


@pytest.mark.parametrize(
    ("name", "expected"),
    [("tennis elbow", "lateral_elbow_pain"), ("TMJ pain", "tmj_jaw_pain"), ("Plantar Fasciitis", "plantar_heel_pain"),
     ("sciatica", "sciatica_like_pain"), ("frozen_shoulder", "frozen_shoulder"), ("no such thing", None)],
)  # fmt: skip
def test_conditions_are_found_by_any_of_their_names(data, name, expected):
    found = find_condition(data.conditions, name)
    assert (found.id if found else None) == expected


def test_pain_regions_are_placed_on_the_chosen_side_or_on_both(data):
    atlas = data.atlas
    elbow = data.conditions["lateral_elbow_pain"]
    assert elbow.sides is ConditionSides.ONE
    assert "right_lateral_epicondyle" in elbow.regions_on(Side.RIGHT, atlas)
    left = elbow.regions_on(Side.LEFT, atlas)
    assert "left_lateral_epicondyle" in left and not any(r.startswith("right_") for r in left)
    headache = data.conditions["tension_type_headache"]
    assert headache.sides is ConditionSides.BOTH
    both = headache.regions_on(Side.RIGHT, atlas)
    assert {"right_temple", "left_temple", "right_vertex", "left_vertex"} <= both
    assert both == headache.regions_on(Side.LEFT, atlas)


# ------------------------------------------------------------------------------------- mistakes in a copy

GOOD = """\
conditions:
  - id: test_condition
    name: Test condition
    synonyms: [testing pain]
    description: Pain for testing.
    pain_regions: [right_temple, chin]
    muscles: [upper_trapezius, temporalis]
    red_flags: [Something that needs a doctor.]
    sources:
      - {ref: ts_vol1, where: "A chapter"}
"""


def load_with(folder: Path, conditions: str) -> loading.LoadedData:
    (folder / "conditions.yaml").write_text(conditions, encoding="utf-8")
    return loading.load(files_in(folder))


def errors_with(folder: Path, conditions: str) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_with(folder, conditions)
    return [str(p) for p in caught.value.problems if p.severity is Severity.ERROR]


def test_a_small_valid_conditions_file_loads(data_copy):
    loaded = load_with(data_copy, GOOD)
    (condition,) = loaded.conditions.values()
    assert condition.pain_regions == ("right_temple", "chin")
    assert condition.muscles == ("upper_trapezius", "temporalis")
    assert condition.sides is ConditionSides.ONE


@pytest.mark.parametrize(
    ("change", "line", "expected"),
    [
        (("upper_trapezius, temporalis", "upper_trapezius, temporalys"), 7,
         "muscle 'temporalys' of condition 'test_condition' is not in the muscles file (did you mean 'temporalis'?)"),
        (("right_temple, chin", "right_tempel, chin"), 6,
         "region 'right_tempel' in the pain regions of condition 'test_condition' does not exist (did you mean "
         "'right_temple'?)"),
        (("right_temple, chin", "left_temple"), 6, "use 'right_temple' instead of 'left_temple'"),
        (("right_temple, chin", "right_temple, right_temple"), 6, "region 'right_temple' is listed twice"),
        (("[upper_trapezius, temporalis]", "[]"), 7, "condition 'test_condition' needs at least one muscle"),
        (("[Something that needs a doctor.]", "[]"), 8, "condition 'test_condition' needs at least one red flag"),
        (("    synonyms:", "    sides: sometimes\n    synonyms:"), 4, "'sides' of condition 'test_condition' is "
         "'sometimes'; it should be one of: one, both"),
        (("    synonyms:", "    colour: red\n    synonyms:"), 4,
         "condition 'test_condition' has an unknown field 'colour'"),
        (("    description: Pain for testing.\n", ""), 2, "condition 'test_condition' is missing 'description'"),
        (("{ref: ts_vol1,", "{ref: nowhere,"), 10,
         "source 'nowhere' of condition 'test_condition' is not in data/sources.yaml"),
        (("[Something that needs a doctor.]", "[Fever: see a doctor.]"), 8,
         "item 1 of 'red_flags' in condition 'test_condition' should be text (it contains ': '; put it in quotes"),
    ],
)  # fmt: skip
def test_each_mistake_is_reported_with_file_line_and_a_sentence(data_copy, change, line, expected):
    (error,) = errors_with(data_copy, GOOD.replace(*change))
    assert error.startswith(f"{data_copy / 'conditions.yaml'}:{line}: error: ")
    assert expected in error


def test_duplicate_ids_and_shared_names_are_errors(data_copy):
    second = GOOD.split("conditions:\n", 1)[1]
    third = second.replace("test_condition", "other_condition").replace("Test condition", "Other condition")
    found = "\n".join(errors_with(data_copy, GOOD + second + third))
    assert f"{data_copy / 'conditions.yaml'}:11: error: condition id 'test_condition' is used twice" in found
    assert "the name 'testing pain' is used by both 'test_condition' and 'other_condition'" in found


def test_a_missing_conditions_file_is_reported_not_raised(data_copy):
    (data_copy / "conditions.yaml").unlink()
    with pytest.raises(DataError) as caught:
        loading.load(files_in(data_copy))
    problem = caught.value.problems[0]
    assert problem.file == str(data_copy / "conditions.yaml") and "cannot read the file" in problem.message
