"""Warnings of `bodymap validate`: regions no pattern reaches (and the `unreached_regions:` section that explains
them), crowded trigger points; and the related errors (a trigger point on the patient's left, an empty zone)."""

from pathlib import Path

import pytest

from bodymap.core.body.atlas import Side
from bodymap.core.data import loading
from bodymap.core.data.problems import DataError, Severity
from tests.conftest import files_in
from tests.core.test_loading import MUSCLE, PATTERN, write


def line_of(path: Path, start: str) -> int:
    """The 1-based number of the first line of ``path`` that starts with ``start``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.startswith(start))


def warnings_of(files: loading.DataFiles) -> list[str]:
    return [str(w) for w in loading.load(files).warnings]


def errors_of(files: loading.DataFiles) -> list[str]:
    with pytest.raises(DataError) as caught:
        loading.load(files)
    return [str(p) for p in caught.value.problems if p.severity is Severity.ERROR]


def test_the_shipped_data_gives_no_warnings(data):
    assert [str(w) for w in data.warnings] == []


def test_every_listed_unreached_region_exists_and_is_unreached_on_both_sides(data):
    atlas, catalog = data.atlas, data.catalog
    reached = set()
    for pattern in catalog.patterns.values():
        for side in (Side.RIGHT, Side.LEFT):
            essential, spillover = pattern.zones(side, atlas)
            reached |= essential | spillover
    assert reached | set(catalog.unreached_regions) == set(atlas.regions)
    assert not reached & set(catalog.unreached_regions)
    for rid, reason in catalog.unreached_regions.items():
        assert catalog.unreached_regions[atlas.mirror(rid)] == reason
        assert len(reason) >= 30, rid  # a reason, not a placeholder


@pytest.fixture
def one_pattern(data_copy: Path) -> loading.DataFiles:
    """Data with one muscle whose pattern reaches only the right temple (and the occiput, as spillover)."""
    return write(data_copy, MUSCLE.format(x=335, y=214), PATTERN.format(essential="right_temple"))


def test_a_region_no_pattern_reaches_is_warned_about_once_per_pair_at_its_line(data_copy, one_pattern):
    found = warnings_of(one_pattern)
    regions = data_copy / "regions.yaml"
    achilles = [w for w in found if "achilles" in w]
    assert achilles == [
        f"{regions}:{line_of(regions, '  right_achilles:')}: warning: no referral pattern reaches region "
        f"'right_achilles' or 'left_achilles'; if none should, give the reason under 'unreached_regions:' in "
        f"{data_copy / 'referral_patterns.yaml'}"
    ]
    assert not [w for w in found if "'right_temple'" in w or "'left_temple'" in w]  # reached, on either side
    assert [w for w in found if "region 'sternum'" in w]  # a midline region on its own


def test_unreached_regions_silences_a_pair_and_checks_its_own_entries(data_copy, one_pattern):
    patterns = data_copy / "referral_patterns.yaml"
    section = """
unreached_regions:
  right_achilles: No trigger point of the test data refers pain to the Achilles tendon.
  right_temple: The temple is reached by the test pattern.
  right_tempel: A region that does not exist.
  left_heel_back: Written for the wrong side.
"""
    patterns.write_text(patterns.read_text(encoding="utf-8") + section, encoding="utf-8")
    loaded = loading.load(one_pattern)
    found = [str(w) for w in loaded.warnings]
    assert not [w for w in found if "achilles" in w]
    base = line_of(patterns, "unreached_regions:")
    assert (
        f"{patterns}:{base + 2}: warning: region 'right_temple' is listed under unreached_regions, but the pattern "
        f"of 'test_muscle_1' reaches 'right_temple'; remove the entry"
    ) in found
    assert any(w.startswith(f"{patterns}:{base + 3}:") and "did you mean 'right_temple'" in w for w in found)
    wrong_side = "write 'right_heel_back' instead of 'left_heel_back'"
    assert any(w.startswith(f"{patterns}:{base + 4}:") and wrong_side in w for w in found)
    reason = "No trigger point of the test data refers pain to the Achilles tendon."
    assert loaded.catalog.unreached_regions["right_achilles"] == reason
    assert loaded.catalog.unreached_regions["left_achilles"] == reason
    assert "right_temple" not in loaded.catalog.unreached_regions


def test_an_unreached_region_without_a_reason_is_an_error(data_copy, one_pattern):
    patterns = data_copy / "referral_patterns.yaml"
    patterns.write_text(
        patterns.read_text(encoding="utf-8") + "unreached_regions:\n  right_achilles: [no, reason]\n", encoding="utf-8"
    )
    (error,) = errors_of(one_pattern)
    assert error.startswith(f"{patterns}:{line_of(patterns, '  right_achilles:')}: error:")
    assert "reason why no pattern reaches region 'right_achilles' should be text" in error


def test_trigger_points_of_one_muscle_drawn_too_close_give_a_warning(data_copy):
    second = MUSCLE.format(x=335, y=214).split("    trigger_points:\n", 1)[1].replace("test_muscle_1", "test_muscle_2")
    muscles = (MUSCLE.format(x=337, y=215) + second).replace("TrP\n", "TrP\n        part: one\n")
    patterns = PATTERN.format(essential="right_temple")
    patterns += patterns.split("patterns:\n", 1)[1].replace("test_muscle_1", "test_muscle_2")
    found = [w for w in warnings_of(write(data_copy, muscles, patterns)) if "test_muscle_2" in w]
    assert len(found) == 1
    assert "'test_muscle_1' and 'test_muscle_2' of muscle 'test_muscle' are drawn 2.2 units apart" in found[0]
    assert found[0].startswith(f"{data_copy / 'muscles.yaml'}:21: warning:")  # the second trigger point's line


def test_a_trigger_point_on_the_patients_left_is_an_error(data_copy):
    # the posterior view shows the patient's right on the screen's right: x = 225 mirrors x = 335
    files = write(data_copy, MUSCLE.format(x=225, y=214), PATTERN.format(essential="right_temple"))
    (error,) = errors_of(files)
    assert error.startswith(f"{data_copy / 'muscles.yaml'}:14: error:")
    assert "lies on the patient's left" in error and "the right is on the screen right" in error


def test_an_empty_primary_zone_is_an_error(data_copy):
    files = write(data_copy, MUSCLE.format(x=335, y=214), PATTERN.format(essential=""))
    (error,) = errors_of(files)
    assert error.startswith(f"{data_copy / 'referral_patterns.yaml'}:3: error:")
    assert "the primary zone of 'test_muscle_1' is empty" in error


def test_a_region_drawn_in_no_view_gives_a_warning(data_copy):
    regions = data_copy / "regions.yaml"
    extra = """
  right_test_patch:
    label: Right test patch
    side: right
    group: arm
  left_test_patch:
    label: Left test patch
    side: left
    group: arm
"""
    text = regions.read_text(encoding="utf-8")
    regions.write_text(text.replace("\nregions:\n", "\nregions:\n" + extra, 1), encoding="utf-8")
    found = warnings_of(files_in(data_copy))
    line = line_of(regions, "  right_test_patch:")
    assert f"{regions}:{line}: warning: region 'right_test_patch' is drawn in no view" in found
    assert any("region 'left_test_patch' is drawn in no view" in w for w in found)
