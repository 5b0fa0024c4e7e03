"""Wrong answers worth considering: muscles of the same body region whose patterns look like the right one.

A distractor is never the answer, nor a muscle with a trigger point whose pattern is exactly the answer's (the
student could not tell them apart from the picture).  It comes from the answer's body region (neck, shoulder...)
where the region has enough muscles, the most look-alike first; the rest from anywhere, again most look-alike
first, and among muscles alike the nearest body regions first.  A little chance among the closest few keeps the
same three from coming back every time.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from functools import lru_cache

from bodymap.core.body.atlas import Atlas, Side
from bodymap.core.clinic.catalog import Catalog, Muscle, ReferralPattern
from bodymap.core.data.loading import BODY_GROUPS

Zones = tuple[frozenset[str], frozenset[str]]  # (essential, spillover) regions

SPARE = 2  # chance picks among the ``count + SPARE`` most look-alike


def look_alike(a: Zones, b: Zones, atlas: Atlas) -> float:
    """How alike two patterns look, 0 to 1: each region weighs 1 in a main zone and 1/2 in a spillover zone, and
    the patterns' weights are compared area by area (the weighted Jaccard index: the sum of the smaller weight
    over the sum of the larger)."""

    if (a[0] | a[1]).isdisjoint(b[0] | b[1]):
        return 0.0  # most patterns, and quickly

    def weights(zones: Zones) -> dict[str, float]:
        return {**dict.fromkeys(zones[1], 0.5), **dict.fromkeys(zones[0], 1.0)}

    wa, wb = weights(a), weights(b)
    smaller = larger = 0.0
    for region in wa.keys() | wb.keys():
        x, y = wa.get(region, 0.0), wb.get(region, 0.0)
        smaller += min(x, y) * atlas.area(region)
        larger += max(x, y) * atlas.area(region)
    return smaller / larger if larger > 0 else 0.0


def muscle_look_alike(muscle: Muscle, zones: Zones, side: Side, atlas: Atlas, catalog: Catalog) -> float:
    """How alike the most look-alike of ``muscle``'s trigger point patterns is to ``zones``."""
    return max((look_alike(z, zones, atlas) for z in _patterns_of(muscle, side, atlas, catalog)), default=0.0)


def indistinguishable(muscle: Muscle, zones: Zones, side: Side, atlas: Atlas, catalog: Catalog) -> bool:
    """Whether one of ``muscle``'s trigger points has exactly the pattern ``zones``."""
    return zones in _patterns_of(muscle, side, atlas, catalog)


def _patterns_of(muscle: Muscle, side: Side, atlas: Atlas, catalog: Catalog) -> list[Zones]:
    return [_zones(catalog.patterns[tp.id], side, atlas) for tp in muscle.trigger_points if tp.id in catalog.patterns]


@lru_cache(maxsize=4096)
def _zones(pattern: ReferralPattern, side: Side, atlas: Atlas) -> Zones:
    """A pattern placed on a side: fixed for the data, and asked for every muscle of every question."""
    return pattern.zones(side, atlas)


def distractors(
    answer: Muscle,
    zones: Zones,
    side: Side,
    atlas: Atlas,
    catalog: Catalog,
    rng: random.Random,
    count: int = 3,
    exclude: Iterable[str] = (),
) -> list[str]:
    """``count`` muscle ids to offer beside ``answer``, whose pattern on ``side`` is ``zones``."""
    left_out = {answer.id, *exclude}
    others = [
        m
        for m in catalog.muscles.values()
        if m.id not in left_out and not indistinguishable(m, zones, side, atlas, catalog)
    ]
    alike = {m.id: muscle_look_alike(m, zones, side, atlas, catalog) for m in others}
    place = {group: i for i, group in enumerate(BODY_GROUPS)}

    def most_alike(muscles: list[Muscle]) -> list[str]:
        """Most look-alike first; among patterns alike (often: nothing alike), the nearest body region first."""
        nearness = {m.id: abs(place.get(m.group, 0) - place.get(answer.group, 0)) for m in muscles}
        return [m.id for m in sorted(muscles, key=lambda m: (-round(alike[m.id], 6), nearness[m.id], m.name))]

    same_region = most_alike([m for m in others if m.group == answer.group])
    elsewhere = most_alike([m for m in others if m.group != answer.group])
    if len(same_region) >= count:
        return rng.sample(same_region[: count + SPARE], count)
    wanted = count - len(same_region)
    return same_region + rng.sample(elsewhere[: wanted + SPARE], min(wanted, len(elsewhere)))
