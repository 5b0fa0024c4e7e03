"""Dry-needling safety and aftercare: the shipped text is complete, honest about frequencies and cited; mistakes in
a copy are reported with file, line and a sentence."""

import re

import pytest

from bodymap.core.clinic.guidance import HowCommon, Urgency
from bodymap.core.data import loading
from bodymap.core.data.problems import DataError, Severity
from tests.conftest import files_in


def test_every_section_of_the_shipped_guidance_is_filled_in(data):
    g = data.guidance
    assert g.title and len(g.about) >= 100
    assert len(g.during) >= 3 and len(g.aftercare) >= 3
    assert len(g.absolute_contraindications) >= 3 and len(g.relative_contraindications) >= 3
    assert all(c.what and c.why for c in (*g.absolute_contraindications, *g.relative_contraindications))
    assert {s.urgency for s in g.seek_help} == set(Urgency)


def test_after_effects_give_published_figures_and_cite_them(data):
    effects = {e.name: e for e in data.guidance.after_effects}
    assert effects["Soreness in the treated muscle"].how_common is HowCommon.VERY_COMMON
    assert effects["Bruising"].how_common is HowCommon.COMMON
    assert effects["Serious problems"].how_common is HowCommon.RARE
    for effect in effects.values():
        assert re.search(r"\d", effect.figures), effect.name  # a number, not an impression
        assert effect.what_to_do, effect.name
        assert effect.sources and all(s.ref in data.catalog.sources for s in effect.sources), effect.name
    cited = {s.ref for e in effects.values() for s in e.sources}
    assert {"brady_2014", "boyce_2020"} <= cited  # the two large prospective surveys


def test_the_guidance_mentions_the_usual_advice(data):
    text = " ".join(data.guidance.aftercare).lower()
    assert "24 hours" in text and "follow-up" in text
    signs = " ".join(s.sign for s in data.guidance.seek_help if s.urgency is Urgency.EMERGENCY).lower()
    assert "breath" in signs  # a collapsed lung can show hours later


def errors_with(folder, text: str) -> list[str]:
    (folder / "guidance.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        loading.load(files_in(folder))
    return [str(p) for p in caught.value.problems if p.severity is Severity.ERROR]


def test_mistakes_in_the_guidance_are_reported_with_file_and_line(data_copy):
    path = data_copy / "guidance.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("how_common: very_common", "how_common: often", 1)
    text = text.replace('{ref: brady_2014, where: "Results: bruising"}', "{ref: brady_2041}", 1)
    text = text.replace("      urgency: emergency", "      urgency: soon", 1)
    lines = text.splitlines()
    found = errors_with(data_copy, text)
    assert len(found) == 3
    often = lines.index("      how_common: often") + 1
    assert (
        f"{path}:{often}: error: 'how_common' of the after-effect 'Soreness in the treated muscle' is 'often'"
        in (found[0])
    )
    assert any("source 'brady_2041' of the after-effect 'Bruising' is not in data/sources.yaml" in e for e in found)
    assert any(e.startswith(f"{path}:{lines.index('      urgency: soon') + 1}: error:") for e in found)


def test_a_missing_section_is_an_error(data_copy):
    path = data_copy / "guidance.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  aftercare:")
    end = text.index("  contraindications:")
    (error,) = errors_with(data_copy, text[:start] + text[end:])
    assert error.startswith(f"{path}:8: error: the guidance is missing 'aftercare'")


def test_a_file_without_a_guidance_block_says_so(data_copy):
    found = errors_with(data_copy, "guide:\n  title: x\n")
    assert f"{data_copy / 'guidance.yaml'}:1: error: the guidance file needs a 'guidance:' block" in found
