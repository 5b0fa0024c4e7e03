"""Ranking muscles by how well their trigger points, together, explain a pain map.

A candidate is a muscle on one side of the body.  Clinicians examine muscles, so a muscle is credited with what
all of its trigger points explain: each marked painful area once, through the trigger point that explains it best.
For a marked area ``r`` with weight ``w(r)`` (its intensity / 10) and a trigger point ``t`` whose pattern reaches it:

* **level**: how many of the people with ``t`` feel pain in ``r`` (see :class:`ZoneLevel`), weighted by
  ``LEVEL_WEIGHTS``: primary (nearly everyone) 1, common 0.75, occasional spillover 0.5;
* **prior**: how often ``t``'s muscle is the cause of its pattern, after the reference pain guides (very common 1,
  common 0.75, occasional 0.5, rare 0.3; the muscles only the later edition describes are rare);
* **quiet share**: the part (by area) of ``t``'s primary zone, the areas nearly everyone with ``t`` feels, where
  the patient marked no pain; a pattern whose primary zone is mostly pain-free fits less well, so up to
  ``QUIET_PENALTY`` is taken off (an unmarked common or occasional area is no evidence against it).  An area the
  patient marked 0 (checked, pain-free) counts ``PAIN_FREE_WEIGHT`` times its area: it is firmer evidence than an
  area nobody asked about.

``credit(t, r) = w(r) * level_weight * prior * (1 - QUIET_PENALTY * quiet_share)``

``score(muscle, side) = sum over marked areas r of max over its trigger points t of credit(t, r) / sum of w(r)``

A trigger point that explains no area better than the muscle's others adds nothing and takes nothing away.  With
one trigger point the score is the share of the pain it explains, weighted by level, times its prior and quiet
factor: for a single marked area, a level times a prior, much as the pain guides order their lists.

Each muscle is listed once per side; when the drawing cannot tell the sides apart (both explain the same areas
equally, as a bilateral pattern or pain on the midline only does) it is listed once, for either side.  Where two
candidates score the same, the side holding more of the marked pain comes first.  :func:`smallest_cover` then
picks, greedily, the fewest muscles that together explain every marked region.

The patterns placed on each side are worked out once per catalog and atlas (for each region, the trigger points
that reach it), so a ranking only visits the trigger points that reach the marked areas.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from weakref import WeakKeyDictionary

import numpy as np
import numpy.typing as npt

from bodymap.core.body.atlas import Atlas, Side
from bodymap.core.body.painmap import PainMark, pain_free, pain_weights
from bodymap.core.clinic.catalog import Catalog, Muscle, ReferralPattern, TriggerPoint, ZoneLevel

LEVEL_WEIGHTS = {ZoneLevel.PRIMARY: 1.0, ZoneLevel.COMMON: 0.75, ZoneLevel.OCCASIONAL: 0.5}
QUIET_PENALTY = 0.2
PAIN_FREE_WEIGHT = 2.0
EPSILON = 1e-12  # credits closer than this are equal

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.intp]


# ------------------------------------------------------------------------------------------------ the index


@dataclass(frozen=True, eq=False)
class _Placement:
    """One trigger point's pattern placed on one side of the body."""

    trigger_point: TriggerPoint
    pattern: ReferralPattern
    levels: dict[str, ZoneLevel]
    essential: frozenset[str]  # its primary and common regions
    primary: frozenset[str]


class _Index:
    """Every trigger point's pattern placed on both sides of the body, and for each region the placements reaching
    it (as arrays, so that a ranking touches only what reaches the marked areas).

    Placements are numbered muscle side by muscle side (a "key": a muscle's right side, then its left), in the
    catalog's order; on a tie the earlier trigger point explains an area."""

    def __init__(self, catalog: Catalog, atlas: Atlas) -> None:
        self.rows = {rid: i for i, rid in enumerate(atlas.regions)}
        self.placements: list[_Placement] = []
        self.keys: list[tuple[Muscle, Side]] = []
        key_of_placement: list[int] = []
        reach: list[list[tuple[int, float, float]]] = [[] for _ in self.rows]  # placement, credit, primary area
        for muscle in catalog.muscles.values():
            patterns = [(tp, catalog.patterns[tp.id]) for tp in muscle.trigger_points if tp.id in catalog.patterns]
            for side in (Side.RIGHT, Side.LEFT) if patterns else ():
                self.keys.append((muscle, side))
                for tp, pattern in patterns:
                    number = len(self.placements)
                    levels = pattern.levels(side, atlas)
                    essential = frozenset(r for r, level in levels.items() if level.essential)
                    primary = frozenset(r for r, level in levels.items() if level is ZoneLevel.PRIMARY)
                    self.placements.append(_Placement(tp, pattern, levels, essential, primary))
                    key_of_placement.append(len(self.keys) - 1)
                    prior = pattern.frequency.prior
                    for rid, level in levels.items():
                        core = atlas.area(rid) if level is ZoneLevel.PRIMARY else 0.0
                        reach[self.rows[rid]].append((number, LEVEL_WEIGHTS[level] * prior, core))
        # per region: the placements reaching it, the credit each brings at full intensity, and the area the region
        # adds to a placement's primary zone (0 where it is at another level)
        self.reach_placement = [np.array([e[0] for e in r], dtype=np.intp) for r in reach]
        self.reach_credit = [np.array([e[1] for e in r]) for r in reach]
        self.reach_primary = [np.array([e[2] for e in r]) for r in reach]
        primary_area = np.zeros(len(self.placements))
        for placements, areas in zip(self.reach_placement, self.reach_primary, strict=True):
            primary_area[placements] += areas
        self.primary_area = np.maximum(primary_area, EPSILON)
        self.key_of_placement = np.array(key_of_placement, dtype=np.intp)
        key_of = {(muscle.id, side): k for k, (muscle, side) in enumerate(self.keys)}
        self.other_side = np.array([key_of[(m.id, side.opposite)] for m, side in self.keys], dtype=np.intp)
        self.is_left = np.array([side is Side.LEFT for _, side in self.keys], dtype=bool)
        by_name = sorted(range(len(self.keys)), key=lambda k: (self.keys[k][0].name, self.keys[k][1].value))
        self.name_order = np.empty(len(self.keys), dtype=np.intp)
        self.name_order[by_name] = np.arange(len(self.keys))

    def reached(self, regions: Iterable[str]) -> tuple[Ints, Ints, Floats, Floats]:
        """Each placement reaching one of ``regions``, as four arrays: the region's number in ``regions``, the
        placement, the credit it brings at full intensity, the area it adds to the placement's primary zone."""
        rows = [self.rows.get(r, -1) for r in regions]
        counts = [len(self.reach_placement[r]) if r >= 0 else 0 for r in rows]
        if not sum(counts):
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp), np.zeros(0), np.zeros(0)
        reached = [r for r in rows if r >= 0]
        return (
            np.repeat(np.arange(len(rows)), counts),
            np.concatenate([self.reach_placement[r] for r in reached]),
            np.concatenate([self.reach_credit[r] for r in reached]),
            np.concatenate([self.reach_primary[r] for r in reached]),
        )


_INDEXES: WeakKeyDictionary[Catalog, WeakKeyDictionary[Atlas, _Index]] = WeakKeyDictionary()


def _index(catalog: Catalog, atlas: Atlas) -> _Index:
    """The index for ``catalog`` placed on ``atlas``, built on first use and kept as long as both live."""
    per_atlas = _INDEXES.setdefault(catalog, WeakKeyDictionary())
    index = per_atlas.get(atlas)
    if index is None:
        index = per_atlas[atlas] = _Index(catalog, atlas)
    return index


# ------------------------------------------------------------------------------------------------ a ranking


@dataclass(frozen=True, eq=False)
class _Ranking:
    """One drawing ranked, shared by its candidates, which work out their trigger points and reasons from it only
    when asked.  ``best`` holds, for each marked area and muscle side, the credit through its best trigger point;
    the entries are every (area, key, placement, credit) that ``best`` was taken from, sorted by key and area."""

    atlas: Atlas
    index: _Index
    regions: tuple[str, ...]  # the painful regions, most intense first
    weights: dict[str, float]
    pain_free: frozenset[str]
    best: Floats  # (area, key)
    scores: list[float]  # by key
    alike: list[bool]  # by key: its two sides explain the drawing alike
    entry_area: Ints
    entry_key: Ints
    entry_placement: Ints
    entry_credit: Floats

    def by_intensity(self, regions: Iterable[str]) -> tuple[str, ...]:
        """Marked ``regions``, most intense first."""
        return tuple(sorted(regions, key=lambda r: (-self.weights[r], r)))

    @cached_property
    def entries_by_key(self) -> tuple[list[int], list[tuple[int, int, float]]]:
        """Where each key's entries start (and the last one's end), and the entries as (area, placement, credit)."""
        starts = np.searchsorted(self.entry_key, np.arange(len(self.index.keys) + 1)).tolist()
        entries = zip(self.entry_area.tolist(), self.entry_placement.tolist(), self.entry_credit.tolist(), strict=True)
        return starts, list(entries)


@dataclass(frozen=True)
class Contribution:
    """One trigger point's part in a candidate: the marked areas it explains best of all the muscle's trigger points."""

    trigger_point: TriggerPoint
    pattern: ReferralPattern
    levels: dict[str, ZoneLevel]  # its pattern placed on the candidate's side
    explains: dict[str, float]  # marked region -> the credit it brings, most intense first
    essential_hits: tuple[str, ...]  # of those, the ones in its main zone ...
    spillover_hits: tuple[str, ...]  # ... and in its spillover zone

    @property
    def credit(self) -> float:
        return sum(self.explains.values())


@dataclass(frozen=True)
class _Explanation:
    """What a candidate explains, through which trigger points (worked out from its ranking when first asked)."""

    contributions: tuple[Contribution, ...]  # the largest share first
    credit: dict[str, float]  # marked region -> its credit, most intense first
    essential_hits: tuple[str, ...]
    spillover_hits: tuple[str, ...]
    essential: frozenset[str]  # the contributing trigger points' zones
    spillover: frozenset[str]
    primary: frozenset[str]


def _explain(ranking: _Ranking, key: int) -> _Explanation:
    starts, entries = ranking.entries_by_key
    best: dict[int, tuple[float, int]] = {}  # area -> the placement crediting it most (the earlier on a tie)
    for area, number, value in entries[starts[key] : starts[key + 1]]:  # by area, the earlier placement first
        if area not in best or value > best[area][0]:
            best[area] = (value, number)
    placements, regions = ranking.index.placements, ranking.regions
    by_placement: dict[int, dict[str, float]] = {}
    credit: dict[str, float] = {}
    hits: tuple[list[str], list[str]] = ([], [])  # in the main zone, in the spillover zone
    for area, (value, number) in best.items():  # the most intense area first
        rid = regions[area]
        by_placement.setdefault(number, {})[rid] = credit[rid] = value
        hits[rid not in placements[number].essential].append(rid)
    contributions = []
    essential: set[str] = set()
    primary: set[str] = set()
    zone: set[str] = set()
    for number, explains in by_placement.items():
        p = placements[number]
        main = tuple(r for r in explains if r in p.essential)
        spill = tuple(r for r in explains if r not in p.essential)
        contributions.append(Contribution(p.trigger_point, p.pattern, p.levels, explains, main, spill))
        essential |= p.essential
        primary |= p.primary
        zone |= p.levels.keys()
    contributions.sort(key=lambda c: -c.credit)
    return _Explanation(
        tuple(contributions),
        credit,
        tuple(hits[0]),
        tuple(hits[1]),
        frozenset(essential),
        frozenset(zone - essential),
        frozenset(primary),
    )


class Candidate:
    """A muscle on one side of the body (or on either), ranked for one drawing.

    A ranking lists hundreds of candidates and shows a few, so a candidate holds only its place in the ranking
    and works out its trigger points, zones and reason when first asked.  Everything it offers is read-only."""

    __slots__ = ("_explanation", "_key", "_ranking", "_why")

    def __init__(self, ranking: _Ranking, key_number: int) -> None:
        self._ranking = ranking
        self._key = key_number  # the muscle side's number in the ranking's index

    def __repr__(self) -> str:
        return f"Candidate({self.muscle.id}, {self.side_label}, score={self.score:.4f})"

    @property
    def ranking(self) -> _Ranking:
        return self._ranking

    @property
    def key_number(self) -> int:
        return self._key

    @property
    def muscle(self) -> Muscle:
        return self._ranking.index.keys[self._key][0]

    @property
    def side(self) -> Side:
        """The side; with ``either_side``, the side shown (the one holding more of the pain, else the right)."""
        return self._ranking.index.keys[self._key][1]

    @property
    def score(self) -> float:
        return self._ranking.scores[self._key]

    @property
    def either_side(self) -> bool:
        """The drawing cannot tell the sides apart: either side's trigger points explain it alike."""
        return self._ranking.alike[self._key]

    @property
    def key(self) -> tuple[str, Side]:
        return (self.muscle.id, self.side)

    @property
    def side_label(self) -> str:
        return "either side" if self.either_side else self.side.value

    @property
    def _explained(self) -> _Explanation:
        try:
            return self._explanation
        except AttributeError:  # not worked out yet
            self._explanation: _Explanation = _explain(self._ranking, self._key)
            return self._explanation

    @property
    def contributions(self) -> tuple[Contribution, ...]:
        """The trigger points that explain something, the largest share first."""
        return self._explained.contributions

    @property
    def trigger_point(self) -> TriggerPoint:
        """The trigger point that explains the largest share."""
        return self.contributions[0].trigger_point

    @property
    def credit(self) -> dict[str, float]:
        """Marked region -> the credit it brings (through the trigger point explaining it best), most intense first."""
        return self._explained.credit

    @property
    def explained(self) -> frozenset[str]:
        return frozenset(self.credit)

    @property
    def essential_hits(self) -> tuple[str, ...]:
        """Marked regions in the main zone of the trigger point explaining them, most intense first."""
        return self._explained.essential_hits

    @property
    def spillover_hits(self) -> tuple[str, ...]:
        return self._explained.spillover_hits

    @property
    def essential(self) -> frozenset[str]:
        """The zones to draw: those of the contributing trigger points, on the candidate's side."""
        return self._explained.essential

    @property
    def spillover(self) -> frozenset[str]:
        return self._explained.spillover

    @property
    def primary(self) -> frozenset[str]:
        """The contributing trigger points' primary zones: where nearly everyone with them feels the pain."""
        return self._explained.primary

    @property
    def quiet_primary(self) -> tuple[str, ...]:
        """Regions of the contributing trigger points' primary zones with no pain marked."""
        return tuple(sorted(r for r in self.primary if r not in self.ranking.weights))

    @property
    def why(self) -> str:
        """The reason in words, written when first asked."""
        try:
            return self._why
        except AttributeError:
            self._why: str = _why(self)
            return self._why

    def _ordered(self, regions: Iterable[str]) -> tuple[str, ...]:
        return self.ranking.by_intensity(regions)


def rank(pain: Mapping[str, PainMark], atlas: Atlas, catalog: Catalog) -> list[Candidate]:
    """Every muscle (on a side, or on either) whose trigger points' patterns reach the marked pain, best first."""
    weights = pain_weights(pain)
    total = sum(weights.values())
    if total <= 0:
        return []
    index = _index(catalog, atlas)
    regions = tuple(sorted(weights, key=lambda r: (-weights[r], r)))
    checked = pain_free(pain)

    # every (marked area, placement reaching it): its credit, with the placement's quiet factor
    area, placement, credit, primary = index.reached(regions)
    _, free_placement, _, free_primary = index.reached(checked)
    count = len(index.placements)
    marked = np.bincount(placement, weights=primary, minlength=count)
    said_free = np.bincount(free_placement, weights=free_primary, minlength=count)
    quiet = index.primary_area - marked + (PAIN_FREE_WEIGHT - 1) * said_free
    factor = 1 - QUIET_PENALTY * np.minimum(1.0, quiet / index.primary_area)
    credit = credit * np.array([weights[r] for r in regions])[area] * factor[placement]

    # each (muscle side, area) credited once, through the placement crediting it most
    key = index.key_of_placement[placement]
    best = np.zeros((len(regions), len(index.keys)))
    np.maximum.at(best, (area, key), credit)
    score = best.sum(axis=0) / total
    by_key = np.argsort(key * len(regions) + area, kind="stable")  # keeps the placements' order within an area

    # a muscle whose two sides explain the same areas alike is listed once, on the side with more of the pain
    pain_on = {side: sum(w for r, w in weights.items() if atlas.regions[r].side is side) for side in Side}
    other = index.other_side
    alike = np.isclose(score, score[other], rtol=1e-9, atol=0) & ((best > 0) == (best[:, other] > 0)).all(axis=0)
    shown_is_left = pain_on[Side.LEFT] > pain_on[Side.RIGHT]
    listed = np.flatnonzero((score > 0) & ~(alike & (index.is_left != shown_is_left)))
    pain_on_key = np.where(index.is_left, pain_on[Side.LEFT], pain_on[Side.RIGHT])
    order = np.lexsort((index.name_order[listed], -pain_on_key[listed], -np.round(score[listed], 9)))
    ranking = _Ranking(
        atlas,
        index,
        regions,
        weights,
        checked,
        best,
        score.tolist(),
        alike.tolist(),
        area[by_key],
        key[by_key],
        placement[by_key],
        credit[by_key],
    )
    return [Candidate(ranking, k) for k in listed[order].tolist()]


# ------------------------------------------------------------------------------------------------- reasons


def _names(region_ids: tuple[str, ...], atlas: Atlas, most: int = 3) -> str:
    labels = [atlas.regions[r].label.lower() for r in region_ids[:most]]
    if len(region_ids) > most:
        labels.append(f"{len(region_ids) - most} more")
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def _why(c: Candidate) -> str:
    ranking, atlas = c.ranking, c.ranking.atlas
    marked, hits = len(ranking.weights), len(c.explained)
    if marked == 1:
        explains = "Explains your painful area"
    elif hits == marked:
        explains = f"Explains all {marked} of your painful areas"
    else:
        explains = f"Explains {hits} of your {marked} painful areas"
    sentence = f"{explains}; {'; '.join(_what_explains(c))}."
    quiet = c.quiet_primary
    unasked = [r for r in quiet if r not in ranking.pain_free]
    said_free = tuple(r for r in quiet if r in ranking.pain_free)
    if unasked and len(unasked) == len(c.primary):
        sentence += " None of the areas it nearly always reaches is marked."
    elif unasked:
        verb = "is" if len(unasked) == 1 else "are"
        sentence += f" {len(unasked)} of the {len(c.primary)} areas it nearly always reaches {verb} not marked."
    if said_free:
        sentence += f" You marked your {_names(said_free, atlas)} pain-free, though it nearly always reaches "
        sentence += "it." if len(said_free) == 1 else "them."
    if c.either_side:
        sentence += " Its trigger points on either side explain it alike."
    return f"{sentence} {c.contributions[0].pattern.frequency.words.capitalize()}."


def _what_explains(c: Candidate) -> list[str]:
    """Which trigger points explain which areas, by the part of the muscle they lie in: "its sternal trigger points
    explain your right orbit and right occiput"; for a muscle of one trigger point, by zone."""
    atlas = c.ranking.atlas
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
            reach = "' spillover zones reach" if several else "'s spillover zone reaches"
            clauses.append(f"{subject}{reach} your {_names(spill, atlas)}")
            continue
        clause = f"{subject} {'explain' if several else 'explains'} your {_names(main, atlas)}"
        if spill:
            clause += f", and in {'their' if several else 'its'} spillover zone your {_names(spill, atlas)}"
        clauses.append(clause)
    return clauses


# ---------------------------------------------------------------------------------------------- the cover


def smallest_cover(candidates: list[Candidate], pain: Mapping[str, PainMark]) -> tuple[list[Candidate], set[str]]:
    """The fewest muscles that together explain every marked region (greedy weighted set cover).

    ``candidates`` come from one :func:`rank` of ``pain``.  Each step takes the candidate whose credit over the
    not-yet-explained areas is largest (the earliest in the list on a tie): the same credit its score adds up, so a
    common muscle, a main-zone hit and a fitting pattern count for more.  Returns the chosen candidates and the
    marked regions no candidate explains."""
    painful = set(pain_weights(pain))
    if not candidates:
        return [], painful
    ranking = candidates[0]._ranking
    if any(c._ranking is not ranking for c in candidates) or painful != set(ranking.regions):
        raise ValueError("smallest_cover needs the candidates of one ranking of this pain map")
    credit = ranking.best[:, [c._key for c in candidates]]
    gains = credit.sum(axis=0)  # each candidate's credit over the areas not explained yet
    uncovered = np.ones(len(ranking.regions), dtype=bool)
    chosen: list[Candidate] = []
    while uncovered.any():
        top = gains.max()
        if top <= EPSILON:
            break
        first = int(np.argmax(gains >= top - EPSILON))
        chosen.append(candidates[first])
        explained = uncovered & (credit[:, first] > 0)
        gains -= credit[explained].sum(axis=0)
        uncovered &= ~explained
    return chosen, {r for r, left in zip(ranking.regions, uncovered, strict=True) if left}
