"""Graded zones in the patterns file: each region at one level, a primary zone that is never empty, the old
ungraded form refused with advice; and a 'part' for every trigger point of a muscle with several."""

from bodymap.core.clinic.catalog import ZoneLevel
from bodymap.core.data import loading
from tests.core.test_loading import MUSCLE, PATTERN, messages, write

GRADED = PATTERN.format(essential="right_temple")


def test_levels_are_loaded_and_primary_and_common_make_the_essential_zone(data_copy):
    graded = GRADED.replace(
        "    occasional: [right_occiput]\n", "    common: [right_eyebrow]\n    occasional: [right_occiput]\n"
    )
    pattern = loading.load(write(data_copy, MUSCLE.format(x=335, y=214), graded)).catalog.patterns["test_muscle_1"]
    assert pattern.regions_at(ZoneLevel.PRIMARY) == {"right_temple"}
    assert pattern.regions_at(ZoneLevel.COMMON) == {"right_eyebrow"}
    assert pattern.essential_regions == {"right_temple", "right_eyebrow"}
    assert pattern.spillover_regions == {"right_occiput"}


def test_a_region_at_two_levels_is_an_error(data_copy):
    twice = GRADED.replace("    occasional: [right_occiput]\n", "    occasional: [right_occiput, right_temple]\n")
    (msg,) = messages(write(data_copy, MUSCLE.format(x=335, y=214), twice))
    assert ":4: error: region 'right_temple' is both primary and occasional in the pattern of 'test_muscle_1'" in msg


def test_an_unknown_level_is_reported_with_the_known_ones(data_copy):
    sometimes = GRADED.replace("    occasional:", "    sometimes:")
    found = "\n".join(messages(write(data_copy, MUSCLE.format(x=335, y=214), sometimes)))
    assert "unknown field 'sometimes'" in found and "primary, common, occasional" in found


def test_the_ungraded_form_is_refused_with_advice(data_copy):
    old = GRADED.replace("    primary:", "    essential:").replace("    occasional:", "    spillover:")
    found = messages(write(data_copy, MUSCLE.format(x=335, y=214), old))
    assert len([m for m in found if "zones are graded now" in m]) == 2  # once for each old key, nothing else
    assert all("zones are graded now" in m or "unknown field" in m for m in found)
    assert any(m.startswith(f"{data_copy / 'referral_patterns.yaml'}:3: error: 'essential'") for m in found)


def test_every_trigger_point_of_a_muscle_with_several_names_its_part(data_copy):
    second = MUSCLE.format(x=335, y=260).split("    trigger_points:\n", 1)[1].replace("test_muscle_1", "test_muscle_2")
    patterns = GRADED + GRADED.split("patterns:\n", 1)[1].replace("test_muscle_1", "test_muscle_2")
    found = "\n".join(messages(write(data_copy, MUSCLE.format(x=335, y=214) + second, patterns)))
    assert "trigger point 'test_muscle_1' needs a 'part'" in found
    assert "trigger point 'test_muscle_2' needs a 'part'" in found
    named = (MUSCLE.format(x=335, y=214) + second).replace("TrP\n", "TrP\n        part: upper trigger point\n")
    found = "\n".join(messages(write(data_copy, named, patterns)))
    assert "names the part only ('sternal'); reasons add 'trigger point'" in found


def test_shipped_patterns_use_every_level_and_only_right_or_midline_regions(data):
    used = {level for p in data.catalog.patterns.values() for level in ZoneLevel if p.regions_at(level)}
    assert used == set(ZoneLevel)
    for muscle in data.catalog.muscles.values():
        if len(muscle.trigger_points) > 1:
            assert all(tp.part for tp in muscle.trigger_points), muscle.id
