"""The details pane's text: what it says of a candidate, a muscle, a condition."""

from __future__ import annotations

import re

from bodymap.core.body.painmap import PainMark
from bodymap.core.clinic.ranking import rank
from bodymap.ui.panels import details


def cited_works(text: str) -> list[str]:
    listed = text.split("<b>Sources:</b>")[1]
    return re.findall(r"<li>(.*?)(?: \(|</li>)", listed)


def test_a_muscle_cites_each_work_once_with_every_place_in_it(data):
    muscle = data.catalog.muscles["upper_trapezius"]
    text = details.muscle_html(muscle, data.catalog)
    works = cited_works(text)
    assert len(works) == len(set(works)) == 2  # the trigger point manual and the dry-needling textbook
    for tp in muscle.trigger_points:
        for ref in (*tp.sources, *data.catalog.patterns[tp.id].sources):
            assert ref.where in text


def test_a_candidate_cites_each_work_once(data):
    candidate = rank({"right_temple": PainMark(6)}, data.atlas, data.catalog)[0]
    works = cited_works(details.candidate_html(candidate, data.atlas, data.catalog))
    assert works and len(works) == len(set(works))


def test_a_condition_puts_its_red_flags_before_anything_else(data):
    condition = data.conditions["tension_type_headache"]
    text = details.condition_html(condition, data.catalog)
    flags = text.index("Red flags")
    assert flags < text.index(condition.description[:30]) and flags < text.index("Muscles to examine")
