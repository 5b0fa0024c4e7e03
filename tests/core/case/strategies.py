"""Hypothesis strategies for case documents drawn on the shipped data."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from bodymap.core.body.atlas import Side
from bodymap.core.body.painmap import PainMap, PainMark, Quality
from bodymap.core.case.model import Case, Finding, Target, Technique, Treatment, TriggerPointResult, Visit
from bodymap.core.data.loading import LoadedData

notes = st.text(max_size=60)


def marks() -> st.SearchStrategy[PainMark]:
    return st.builds(PainMark, st.integers(0, 10), st.one_of(st.none(), st.sampled_from(list(Quality))))


def targets(data: LoadedData) -> st.SearchStrategy[Target]:
    return st.builds(Target, st.sampled_from(sorted(data.catalog.muscles)), st.sampled_from([Side.RIGHT, Side.LEFT]))


def visits(data: LoadedData) -> st.SearchStrategy[Visit]:
    regions = st.sampled_from(sorted(data.atlas.regions))
    findings = st.builds(Finding, st.sampled_from(list(TriggerPointResult)), st.booleans(), st.booleans(), notes)
    treatments = st.builds(Treatment, targets(data), st.sampled_from(list(Technique)), notes)
    return st.builds(
        Visit,
        date=st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)),
        pain=st.dictionaries(regions, marks(), max_size=12).map(PainMap),
        pain_score=st.one_of(st.none(), st.integers(0, 10)),
        plan=st.lists(targets(data), max_size=6, unique=True).map(tuple),
        findings=st.dictionaries(targets(data), findings, max_size=4),
        treatments=st.lists(treatments, max_size=3).map(tuple),
        notes=notes,
    )


def cases(data: LoadedData) -> st.SearchStrategy[Case]:
    return st.builds(Case, notes, st.lists(visits(data), min_size=1, max_size=4))
