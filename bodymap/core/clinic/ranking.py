"""Ranking muscles by how well their trigger points, together, explain a pain map.

A candidate is a muscle on one side of the body.  Clinicians examine muscles, so a muscle is credited with what
all of its trigger points explain: each marked painful area once, through the trigger point that explains it best.
For a marked area ``r`` with weight ``w(r)`` (its intensity / 10) and a trigger point ``t`` whose pattern reaches it:

* **level**: how many of the people with ``t`` feel pain in ``r`` (see :class:`ZoneLevel`), weighted by
  ``LEVEL_WEIGHTS``: primary (nearly everyone) 1, common 0.75, occasional spillover 0.5;
* **prior**: how often ``t``'s muscle is the culprit for its pattern, after the reference pain guides, scaled into
  ``PRIOR_FLOOR``..1 so that it orders close fits without drowning the fit;
* **quiet share**: the part (by area) of ``t``'s essential zone (primary and common areas) where the patient
  marked no pain; a pattern whose main zone is mostly pain-free fits less well, so up to ``QUIET_PENALTY`` is taken
  off.  An area the patient marked 0 (checked, pain-free) counts ``PAIN_FREE_WEIGHT`` times its area: it is firmer
  evidence than an area nobody asked about.

``credit(t, r) = w(r) * level_weight * (PRIOR_FLOOR + (1 - PRIOR_FLOOR) * prior) * (1 - QUIET_PENALTY * quiet_share)``

``score(muscle, side) = sum over marked areas r of max over its trigger points t of credit(t, r) / sum of w(r)``

A trigger point that explains no area better than the muscle's others adds nothing and takes nothing away.  With
one trigger point the score is the share of the pain it explains, times its prior and quiet factors.

Each muscle is listed once per side; when the drawing cannot tell the sides apart (both explain the same areas
equally, as a bilateral pattern or pain on the midline only does) it is listed once, for either side.  Where two
candidates score the same, the side holding more of the marked pain comes first.  :func:`smallest_cover` then
picks, greedily, the fewest muscles that together explain every marked region.

The patterns placed on each side are worked out once per catalog and atlas (an index from each region to the
trigger points that reach it), so a ranking only visits the trigger points that reach the marked areas.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from weakref import WeakKeyDictionary

from bodymap.core.body.atlas import Atlas, Side
from bodymap.core.body.painmap import PainMark, pain_free, pain_weights
from bodymap.core.clinic.catalog import Catalog, Muscle, ReferralPattern, TriggerPoint, ZoneLevel

LEVEL_WEIGHTS = {ZoneLevel.PRIMARY: 1.0, ZoneLevel.COMMON: 0.75, ZoneLevel.OCCASIONAL: 0.5}
QUIET_PENALTY = 0.3
PRIOR_FLOOR = 0.4
PAIN_FREE_WEIGHT = 2.0


# ------------------------------------------------------------------------------------------------ the index


@dataclass(frozen=True, eq=False)  # one object per trigger point and side: compared and hashed by identity
class _Placement:
    """One trigger point's pattern placed on one side of the body."""

    number: int  # its place in the catalog's order: ties go to the earlier trigger point
    muscle: Muscle
    side: Side
    trigger_point: TriggerPoint
    pattern: ReferralPattern
    levels: dict[str, ZoneLevel]
    main_area: float  # the area of its essential zone
    strength: float  # PRIOR_FLOOR + (1 - PRIOR_FLOOR) * prior

    @property
    def key(self) -> tuple[str, Side]:
        return (self.muscle.id, self.side)


@dataclass(frozen=True)
class _Reach:
    """A placement reaching one region: at what level, and the region's area if it lies in the essential zone."""

    placement: _Placement
    weight: float  # LEVEL_WEIGHTS[level] * strength
    main_area: float  # the region's area when it is in the essential zone, else 0


class _Index:
    """Every trigger point placed on both sides, and for each region the placements that reach it."""

    def __init__(self, catalog: Catalog, atlas: Atlas) -> None:
        self.reach: dict[str, list[_Reach]] = {}
        number = 0
        for muscle in catalog.muscles.values():
            for tp in muscle.trigger_points:
                pattern = catalog.patterns.get(tp.id)
                if pattern is None:
                    continue
                strength = PRIOR_FLOOR + (1 - PRIOR_FLOOR) * pattern.frequency.prior
                for side in (Side.RIGHT, Side.LEFT):
                    levels = pattern.levels(side, atlas)
                    main_area = sum(atlas.area(r) for r, level in levels.items() if level.essential)
                    placement = _Placement(number, muscle, side, tp, pattern, levels, main_area or 1.0, strength)
                    number += 1
                    for rid, level in levels.items():
                        main = atlas.area(rid) if level.essential else 0.0
                        reach = _Reach(placement, LEVEL_WEIGHTS[level] * strength, main)
                        self.reach.setdefault(rid, []).append(reach)


_INDEXES: WeakKeyDictionary[Catalog, WeakKeyDictionary[Atlas, _Index]] = WeakKeyDictionary()


def _index(catalog: Catalog, atlas: Atlas) -> _Index:
    """The index for ``catalog`` placed on ``atlas``, built on first use and kept as long as both live."""
    per_atlas = _INDEXES.setdefault(catalog, WeakKeyDictionary())
    index = per_atlas.get(atlas)
    if index is None:
        index = per_atlas[atlas] = _Index(catalog, atlas)
    return index


# --------------------------------------------------------------------------------------------- candidates


@dataclass(frozen=True)
class _Drawing:
    """What one ranking was asked about, shared by its candidates (for their reasons)."""

    atlas: Atlas
    weights: dict[str, float]  # painful regions -> intensity / 10
    pain_free: frozenset[str]

    def by_intensity(self, regions: Iterable[str]) -> tuple[str, ...]:
        """Marked ``regions``, most intense first."""
        return tuple(sorted(regions, key=lambda r: (-self.weights[r], r)))


@dataclass(frozen=True)
class Contribution:
    """One trigger point's part in a candidate: the marked areas it explains best of all the muscle's trigger points."""

    trigger_point: TriggerPoint
    pattern: ReferralPattern
    levels: dict[str, ZoneLevel]  # its pattern placed on the candidate's side
    explains: dict[str, float]  # marked region -> the credit it brings

    @property
    def credit(self) -> float:
        return sum(self.explains.values())

    @property
    def essential_hits(self) -> tuple[str, ...]:
        return tuple(r for r in self.explains if self.levels[r].essential)

    @property
    def spillover_hits(self) -> tuple[str, ...]:
        return tuple(r for r in self.explains if not self.levels[r].essential)


@dataclass(frozen=True)
class Candidate:
    muscle: Muscle
    side: Side  # with ``either_side``, the side shown (the one holding more of the pain, else the right)
    score: float
    contributions: tuple[Contribution, ...]  # the trigger points that explain something, the largest share first
    either_side: bool = False  # the drawing cannot tell the sides apart: either side's trigger points explain it
    drawing: _Drawing | None = field(default=None, repr=False, compare=False)

    @property
    def key(self) -> tuple[str, Side]:
        return (self.muscle.id, self.side)

    @property
    def side_label(self) -> str:
        return "either side" if self.either_side else self.side.value

    @property
    def trigger_point(self) -> TriggerPoint:
        """The trigger point that explains the largest share."""
        return self.contributions[0].trigger_point

    @cached_property
    def credit(self) -> dict[str, float]:
        """Marked region -> the credit it brings (through the trigger point explaining it best)."""
        return {r: v for c in self.contributions for r, v in c.explains.items()}

    @cached_property
    def explained(self) -> frozenset[str]:
        return frozenset(self.credit)

    @cached_property
    def essential_hits(self) -> tuple[str, ...]:
        """Marked regions in the main zone of the trigger point explaining them, most intense first."""
        return self._ordered(r for c in self.contributions for r in c.essential_hits)

    @cached_property
    def spillover_hits(self) -> tuple[str, ...]:
        return self._ordered(r for c in self.contributions for r in c.spillover_hits)

    @cached_property
    def essential(self) -> frozenset[str]:
        """The zones to draw: those of the contributing trigger points, on the candidate's side."""
        return frozenset(r for c in self.contributions for r, level in c.levels.items() if level.essential)

    @cached_property
    def spillover(self) -> frozenset[str]:
        return frozenset(r for c in self.contributions for r in c.levels) - self.essential

    @cached_property
    def quiet_essential(self) -> tuple[str, ...]:
        """Regions of the contributing trigger points' main zones with no pain marked."""
        painful = self.drawing.weights if self.drawing is not None else {}
        return tuple(sorted(r for r in self.essential if r not in painful))

    @cached_property
    def why(self) -> str:
        return _why(self) if self.drawing is not None else ""

    def _ordered(self, regions: Iterable[str]) -> tuple[str, ...]:
        return self.drawing.by_intensity(regions) if self.drawing is not None else tuple(sorted(regions))


def rank(pain: Mapping[str, PainMark], atlas: Atlas, catalog: Catalog) -> list[Candidate]:
    """Every muscle (on a side, or on either) whose trigger points' patterns reach the marked pain, best first."""
    weights = pain_weights(pain)
    total = sum(weights.values())
    if total <= 0:
        return []
    drawing = _Drawing(atlas, weights, pain_free(pain))
    reach = _index(catalog, atlas).reach

    # each placement reaching the pain: the areas it reaches (credit before its quiet factor), and its marked main area
    reached: dict[_Placement, list[tuple[str, float]]] = {}
    marked_main: dict[_Placement, float] = {}
    for rid, w in weights.items():
        for r in reach.get(rid, ()):
            reached.setdefault(r.placement, []).append((rid, w * r.weight))
            if r.main_area:
                marked_main[r.placement] = marked_main.get(r.placement, 0.0) + r.main_area
    checked_main: dict[_Placement, float] = {}
    for rid in drawing.pain_free:
        for r in reach.get(rid, ()):
            if r.main_area and r.placement in reached:
                checked_main[r.placement] = checked_main.get(r.placement, 0.0) + r.main_area

    # each muscle side: every marked area through its best trigger point
    best: dict[tuple[str, Side], dict[str, tuple[float, _Placement]]] = {}
    for p, areas in reached.items():
        quiet = p.main_area - marked_main.get(p, 0.0) + (PAIN_FREE_WEIGHT - 1) * checked_main.get(p, 0.0)
        factor = 1 - QUIET_PENALTY * min(1.0, quiet / p.main_area)
        credits = best.setdefault(p.key, {})
        for rid, credit in areas:
            credit *= factor
            current = credits.get(rid)
            if current is None or credit > current[0] or (credit == current[0] and p.number < current[1].number):
                credits[rid] = (credit, p)

    candidates = {key: _candidate(credits, total, drawing) for key, credits in best.items()}
    pain_on = {side: sum(w for rid, w in weights.items() if atlas.regions[rid].side is side) for side in Side}
    listed = _one_when_sides_alike(candidates, pain_on)
    return sorted(listed, key=lambda c: (-round(c.score, 9), -pain_on[c.side], c.muscle.name, c.side.value))


def _candidate(credits: dict[str, tuple[float, _Placement]], total: float, drawing: _Drawing) -> Candidate:
    by_placement: dict[_Placement, dict[str, float]] = {}
    for rid in drawing.by_intensity(credits):
        credit, p = credits[rid]
        by_placement.setdefault(p, {})[rid] = credit
    contributions = sorted(
        (Contribution(p.trigger_point, p.pattern, p.levels, explains) for p, explains in by_placement.items()),
        key=lambda c: -c.credit,
    )
    first = next(iter(by_placement))
    score = sum(credit for credit, _ in credits.values()) / total
    return Candidate(first.muscle, first.side, score, tuple(contributions), drawing=drawing)


def _one_when_sides_alike(candidates: dict[tuple[str, Side], Candidate], pain_on: dict[Side, float]) -> list[Candidate]:
    """The candidates, a muscle whose two sides explain the same areas equally listed once, for either side."""
    out = []
    for (mid, side), c in candidates.items():
        other = candidates.get((mid, side.opposite))
        if other is None or other.explained != c.explained or not math.isclose(other.score, c.score, rel_tol=1e-9):
            out.append(c)
            continue
        shown = Side.LEFT if pain_on[Side.LEFT] > pain_on[Side.RIGHT] else Side.RIGHT
        if side is shown:
            out.append(Candidate(c.muscle, c.side, c.score, c.contributions, either_side=True, drawing=c.drawing))
    return out


# ------------------------------------------------------------------------------------------------- reasons


def _names(region_ids: tuple[str, ...], atlas: Atlas, most: int = 3) -> str:
    labels = [atlas.regions[r].label.lower() for r in region_ids[:most]]
    if len(region_ids) > most:
        labels.append(f"{len(region_ids) - most} more")
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def _why(c: Candidate) -> str:
    drawing = c.drawing
    assert drawing is not None
    atlas = drawing.atlas
    marked, hits = len(drawing.weights), len(c.explained)
    if marked == 1:
        explains = "Explains your painful area"
    elif hits == marked:
        explains = f"Explains all {marked} of your painful areas"
    else:
        explains = f"Explains {hits} of your {marked} painful areas"
    sentence = f"{explains}; {'; '.join(_what_explains(c))}."
    quiet = c.quiet_essential
    unasked = [r for r in quiet if r not in drawing.pain_free]
    said_free = tuple(r for r in quiet if r in drawing.pain_free)
    if unasked and len(unasked) == len(c.essential):
        sentence += " None of its main zone is marked."
    elif unasked:
        verb = "is" if len(unasked) == 1 else "are"
        sentence += f" {len(unasked)} of the {len(c.essential)} areas of its main zone {verb} not marked."
    if said_free:
        sentence += f" You marked your {_names(said_free, atlas)} pain-free, and its main zone includes "
        sentence += "it." if len(said_free) == 1 else "them."
    if c.either_side:
        sentence += " Its trigger points on either side explain it alike."
    return f"{sentence} {c.contributions[0].pattern.frequency.words.capitalize()}."


def _what_explains(c: Candidate) -> list[str]:
    """Which trigger points explain which areas, by the part of the muscle they lie in: "its sternal trigger points
    explain your right orbit and right occiput"; for a muscle of one trigger point, by zone."""
    atlas = c.drawing.atlas if c.drawing is not None else None
    assert atlas is not None
    if len(c.muscle.trigger_points) == 1:
        zones = [("its main zone covers", c.essential_hits), ("its spillover zone reaches", c.spillover_hits)]
        return [f"{says} your {_names(hits, atlas)}" for says, hits in zones if hits]
    groups: dict[str, list[Contribution]] = {}
    for contribution in c.contributions:
        groups.setdefault(contribution.trigger_point.part, []).append(contribution)
    clauses = []
    for part, group in groups.items():
        several = len(group) > 1
        main = c._ordered(r for g in group for r in g.essential_hits)
        spill = c._ordered(r for g in group for r in g.spillover_hits)
        subject = f"its {part} trigger point{'s' if several else ''}"
        if not main:
            zones = "' spillover zones reach" if several else "'s spillover zone reaches"
            clauses.append(f"{subject}{zones} your {_names(spill, atlas)}")
            continue
        clause = f"{subject} {'explain' if several else 'explains'} your {_names(main, atlas)}"
        if spill:
            clause += f", and in {'their' if several else 'its'} spillover zone your {_names(spill, atlas)}"
        clauses.append(clause)
    return clauses


# ---------------------------------------------------------------------------------------------- the cover


def smallest_cover(candidates: list[Candidate], pain: Mapping[str, PainMark]) -> tuple[list[Candidate], set[str]]:
    """The fewest muscles that together explain every marked region (greedy weighted set cover).

    Each step takes the candidate whose credit over the not-yet-explained areas is largest: the same credit the
    score adds up, so a common muscle, a main-zone hit and a fitting pattern count for more.  As areas get explained
    a candidate's gain can only fall, so gains are re-counted lazily, only for the candidate on top of the heap.
    Returns the chosen candidates and the marked regions no candidate explains."""
    uncovered = set(pain_weights(pain))
    heap = [(-sum(c.credit.values()), i) for i, c in enumerate(candidates) if c.credit]
    heapq.heapify(heap)
    chosen: list[Candidate] = []
    while uncovered and heap:
        _, i = heapq.heappop(heap)
        c = candidates[i]
        gain = sum(v for r, v in c.credit.items() if r in uncovered)
        if gain <= 1e-12:
            continue
        if heap and (-heap[0][0], -heap[0][1]) > (gain, -i):
            heapq.heappush(heap, (-gain, i))  # another may gain more now (or as much, listed earlier): look again
            continue
        chosen.append(c)
        uncovered -= c.explained
    return chosen, uncovered
