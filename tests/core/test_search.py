"""Search as you type over muscles, regions and conditions (core.search)."""

from __future__ import annotations

import pytest

from bodymap.core.clinic.search import HitKind, SearchIndex


@pytest.fixture(scope="module")
def index(data):
    return SearchIndex(data.atlas, data.catalog, data.conditions)


@pytest.mark.parametrize(
    ("typed", "kind", "entry"),
    [
        ("infraspinatus", HitKind.MUSCLE, "infraspinatus"),
        ("infraspinatsu", HitKind.MUSCLE, "infraspinatus"),  # a typo
        ("stenocleido", HitKind.MUSCLE, "sternocleidomastoid"),  # a typo, half typed
        ("R temple", HitKind.REGION, "right_temple"),  # a synonym
        ("glute med", HitKind.MUSCLE, "gluteus_medius"),
    ],
)
def test_the_best_hit(index, typed, kind, entry):
    hit = index.search(typed)[0]
    assert (hit.kind, hit.id) == (kind, entry)


def test_a_prefix_finds_every_entry_starting_so_and_each_entry_once(index):
    hits = index.search("trap")
    ids = [h.id for h in hits]
    assert {"upper_trapezius", "middle_trapezius", "lower_trapezius"} <= set(ids)
    assert len(ids) == len({(h.kind, h.id) for h in hits})


def test_conditions_are_found_by_name(index, data):
    condition = next(iter(data.conditions.values()))
    hit = index.search(condition.name)[0]
    assert (hit.kind, hit.id) == (HitKind.CONDITION, condition.id)


def test_nothing_for_nothing(index):
    assert index.search("") == []
    assert index.search("   ") == []
    assert index.search("zzzzqqqq") == []
