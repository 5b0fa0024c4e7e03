"""Where trigger points refer: the "referral crossroads" (for each region, how many trigger points refer pain there,
a teaching heat map) and the pattern of a whole muscle.

A trigger point counts for a region when its pattern reaches the region from either side of the body (the pattern
placed for the trigger point on the patient's right, and on the left), so the map is symmetric where the data is.
A trigger point whose main zone covers the region counts there as "main", otherwise as "spillover".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bodymap.core.body.atlas import Atlas, Side
from bodymap.core.clinic.catalog import Catalog, Muscle


@dataclass(frozen=True)
class Crossroad:
    """The trigger points whose pattern reaches one region, by zone."""

    essential: frozenset[str] = field(default_factory=frozenset)  # trigger point ids
    spillover: frozenset[str] = field(default_factory=frozenset)  # not in ``essential``

    @property
    def count(self) -> int:
        return len(self.essential) + len(self.spillover)

    def muscles(self, catalog: Catalog) -> list[str]:
        """Names of the muscles referring here, main-zone ones first, each once."""
        names: list[str] = []
        for tp_id in sorted(self.essential) + sorted(self.spillover):
            name = catalog.muscles[catalog.trigger_points[tp_id].muscle_id].name
            if name not in names:
                names.append(name)
        return names


def crossroads(atlas: Atlas, catalog: Catalog) -> dict[str, Crossroad]:
    """Region id -> the trigger points that refer there; regions no pattern reaches are left out."""
    essential: dict[str, set[str]] = {}
    spillover: dict[str, set[str]] = {}
    for tp_id, pattern in catalog.patterns.items():
        for side in (Side.RIGHT, Side.LEFT):
            main, spill = pattern.zones(side, atlas)
            for rid in main:
                essential.setdefault(rid, set()).add(tp_id)
            for rid in spill:
                spillover.setdefault(rid, set()).add(tp_id)
    return {
        rid: Crossroad(
            frozenset(essential.get(rid, ())), frozenset(spillover.get(rid, set()) - essential.get(rid, set()))
        )
        for rid in sorted(set(essential) | set(spillover))
    }


def heat_steps(counts: list[int], steps: int = 5) -> list[int]:
    """Upper bounds of ``steps`` classes for a legend: rounded quantiles of the counts, strictly increasing."""
    values = sorted(c for c in counts if c > 0)
    if not values:
        return []
    bounds: list[int] = []
    for i in range(1, steps + 1):
        bound = values[min(len(values) - 1, round(i * len(values) / steps) - 1)]
        if not bounds or bound > bounds[-1]:
            bounds.append(bound)
    return bounds


def muscle_zones(muscle: Muscle, side: Side, atlas: Atlas, catalog: Catalog) -> tuple[frozenset[str], frozenset[str]]:
    """(essential, spillover) regions of all of a muscle's trigger points on ``side``: the whole muscle's pattern,
    as a student browsing the muscle sees it.  Spillover excludes what is essential for another trigger point."""
    essential: set[str] = set()
    spillover: set[str] = set()
    for tp in muscle.trigger_points:
        pattern = catalog.patterns.get(tp.id)
        if pattern is not None:
            main, spill = pattern.zones(side, atlas)
            essential |= main
            spillover |= spill
    return frozenset(essential), frozenset(spillover - essential)
