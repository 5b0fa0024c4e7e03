"""A muscle's optional words for patients (``for_patients:`` in data/muscles.yaml), printed on the handout."""

from __future__ import annotations

from bodymap.core.data import loading
from tests.core.test_loading import MUSCLE, PATTERN, messages, write

PLAIN = "    for_patients:\n      what_it_does: Holds up your head.\n      self_care: Keep moving gently.\n"


def _with(block: str) -> str:
    return MUSCLE.format(x=335, y=214).replace("    sources:\n", block + "    sources:\n", 1)


def test_the_words_are_read_and_are_optional(data_copy):
    loaded = loading.load(write(data_copy, _with(PLAIN), PATTERN.format(essential="right_temple")))
    muscle = loaded.catalog.muscles["test_muscle"]
    assert (muscle.what_it_does, muscle.self_care) == ("Holds up your head.", "Keep moving gently.")
    loaded = loading.load(write(data_copy, _with(""), PATTERN.format(essential="right_temple")))
    assert loaded.catalog.muscles["test_muscle"].self_care == ""


def test_mistakes_are_reported_with_their_line(data_copy):
    block = "    for_patients:\n      what_it_does: Holds up your head.\n      self_care: [a list]\n      mood: calm\n"
    found = messages(write(data_copy, _with(block), PATTERN.format(essential="right_temple")))
    file = data_copy / "muscles.yaml"
    assert f"{file}:11: error: 'self_care' of 'for_patients' of muscle 'test_muscle' should be text" in found
    assert any(m.startswith(f"{file}:12: error:") and "unknown field 'mood'" in m for m in found)


def test_words_too_long_for_the_handout_are_refused(data_copy):
    long = "Rest. " * 60
    block = f"    for_patients:\n      self_care: {long}\n"
    (found,) = messages(write(data_copy, _with(block), PATTERN.format(essential="right_temple")))
    assert "'self_care' of 'for_patients' of muscle 'test_muscle' is 359 characters long" in found
    assert "the handout has room for 330" in found


def test_an_empty_block_is_a_mistake(data_copy):
    found = messages(write(data_copy, _with("    for_patients: {}\n"), PATTERN.format(essential="right_temple")))
    assert any("'for_patients' of muscle 'test_muscle' is empty" in m for m in found)


def test_the_most_common_muscles_have_words_for_patients(data):
    """Every muscle with a very common pattern can tell the patient, in plain words, what it does and what helps."""
    catalog = data.catalog
    very_common = {
        tp.muscle_id
        for tp in catalog.trigger_points.values()
        if catalog.patterns[tp.id].frequency.value == "very_common"
    }
    missing = sorted(m for m in very_common if not (catalog.muscles[m].what_it_does and catalog.muscles[m].self_care))
    assert missing == []
