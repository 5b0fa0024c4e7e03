"""Scoring an answer of each quiz kind, from 0 (wrong) to 1 (right), with partial credit where it means something.

* A drawing is scored by area: the part of the main (essential) zone the student painted, against the main zone
  plus whatever was painted outside it.  Painting the spillover zone earns ``SPILLOVER_CREDIT`` of its area and
  costs nothing, since some patients do feel pain there.
* A click is scored by its distance to the nearest of the muscle's trigger points, in body heights (so the same
  miss counts the same in every view and at every zoom): full marks within ``FULL_MARKS_WITHIN``, then the score
  halves every ``HALF_EVERY``; a hand's width away (``HAND_WIDTH``) earns little.
* A typed name is recognised when it comes closest to one muscle's name or synonym, typos forgiven.
* Picks of muscles to examine first are scored against the ranking of the drawing, the muscle whose pattern it
  is counting as the best pick.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bodymap.core.body.atlas import Atlas
from bodymap.core.clinic.catalog import Catalog, Location, Muscle
from bodymap.core.data.names import name_key

SPILLOVER_CREDIT = 0.5

FULL_MARKS_WITHIN = 0.015  # body heights: on the X itself (about 2.5 cm on an adult of 170 cm)
HALF_EVERY = 0.0125  # body heights beyond that halve the score
HAND_WIDTH = 0.05  # the breadth of a hand, in body heights (about 8.5 cm of 170 cm)
ADULT_CM = 170.0  # for saying a distance in centimetres

TYPED_CUTOFF = 80.0  # out of 100: a typed name this close to a muscle's name is read as that name
TYPED_MARGIN = 4.0  # ... and at least this much closer to it than to any other muscle's

PICKS = 3  # muscles to examine first
RANK_DEPTH = 6  # the ranking's first muscles earn credit, the first the most, the sixth a little


# ------------------------------------------------------------------------------------------------- drawing


@dataclass(frozen=True)
class DrawingScore:
    score: float
    covered: frozenset[str]  # main-zone regions painted
    missed: frozenset[str]  # main-zone regions not painted
    spillover: frozenset[str]  # spillover regions painted
    outside: frozenset[str]  # painted regions in neither zone
    covered_share: float  # the part of the main zone's area painted


def score_drawing(
    painted: Iterable[str], essential: Iterable[str], spillover: Iterable[str], atlas: Atlas
) -> DrawingScore:
    painted, essential = frozenset(painted), frozenset(essential)
    spillover = frozenset(spillover) - essential

    def area(regions: frozenset[str]) -> float:
        return math.fsum(atlas.area(r) for r in regions)  # exact whatever the set's order: a perfect drawing is 1

    covered, in_spillover, outside = painted & essential, painted & spillover, painted - essential - spillover
    credit = area(covered) + SPILLOVER_CREDIT * area(in_spillover)
    against = area(essential) + SPILLOVER_CREDIT * area(in_spillover) + area(outside)
    return DrawingScore(
        score=_share(credit, against),
        covered=covered,
        missed=essential - painted,
        spillover=in_spillover,
        outside=outside,
        covered_share=area(covered) / area(essential) if essential else 0.0,
    )


# --------------------------------------------------------------------------------------------------- click


@dataclass(frozen=True)
class ClickScore:
    score: float
    distance: float  # body heights to the nearest trigger point in the clicked view (inf: none there)
    nearest: Location | None


def body_height(atlas: Atlas) -> float:
    """The body's height in body units: the tallest outline of any view, at the view's scale."""
    heights = [(v.silhouette.bounds[3] - v.silhouette.bounds[1]) / v.layout.scale for v in atlas.views.values()]
    return max((h for h in heights if h > 0), default=1.0)


def click_credit(distance: float) -> float:
    """The score of a click ``distance`` body heights from the trigger point."""
    if distance <= FULL_MARKS_WITHIN:
        return 1.0
    return float(0.5 ** ((distance - FULL_MARKS_WITHIN) / HALF_EVERY))


def score_click(view: str, x: float, y: float, trigger_points: Sequence[Location], atlas: Atlas) -> ClickScore:
    """Score a click at (x, y) of ``view`` against the nearest of ``trigger_points`` drawn in that view."""
    in_view = [loc for loc in trigger_points if loc.view == view]
    if not in_view:
        return ClickScore(0.0, math.inf, None)
    scale = atlas.views[view].layout.scale * body_height(atlas)
    nearest = min(in_view, key=lambda loc: math.hypot(loc.x - x, loc.y - y))
    distance = math.hypot(nearest.x - x, nearest.y - y) / scale
    return ClickScore(click_credit(distance), distance, nearest)


def in_cm(distance: float) -> float:
    """A distance in body heights as centimetres on an adult."""
    return distance * ADULT_CM


# ------------------------------------------------------------------------------------------------- a name


def recognise_muscle(text: str, catalog: Catalog) -> Muscle | None:
    """The muscle whose name or synonym ``text`` is, typos forgiven; None when it is no name, or could be two."""
    query = name_key(text)
    if not query:
        return None
    names: list[str] = []
    owners: list[str] = []
    for muscle in catalog.muscles.values():
        for name in (muscle.name, *muscle.synonyms):
            names.append(name_key(name))
            owners.append(muscle.id)
    best: dict[str, float] = {}
    for _, score, index in process.extract(query, names, scorer=fuzz.token_sort_ratio, limit=12):
        best[owners[index]] = max(best.get(owners[index], 0.0), score)
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < TYPED_CUTOFF:
        return None
    if len(ranked) > 1 and ranked[0][1] < 100 and ranked[0][1] - ranked[1][1] < TYPED_MARGIN:
        return None  # as close to two muscles: neither is meant clearly enough
    return catalog.muscles[ranked[0][0]]


# -------------------------------------------------------------------------------------------------- picks


@dataclass(frozen=True)
class PickScore:
    score: float
    relevance: dict[str, float]  # muscle id -> what picking it earns
    best: tuple[str, ...]  # the picks that would have earned full marks


def pick_relevance(ranked_muscles: Sequence[str], source: str) -> dict[str, float]:
    """What examining each muscle first is worth: by its place in the ranking, and full for ``source``, the
    muscle whose own pattern the drawing is."""
    relevance = {m: 1.0 - i / RANK_DEPTH for i, m in enumerate(ranked_muscles[:RANK_DEPTH])}
    relevance[source] = 1.0
    return relevance


def score_picks(picks: Sequence[str], ranked_muscles: Sequence[str], source: str, count: int = PICKS) -> PickScore:
    """The worth of the first ``count`` picks against the worth of the best ``count`` muscles."""
    relevance = pick_relevance(ranked_muscles, source)
    order = [source, *(m for m in ranked_muscles if m != source)]
    best = tuple(sorted(relevance, key=lambda m: (-relevance[m], order.index(m)))[:count])
    ideal = math.fsum(relevance[m] for m in best)
    earned = math.fsum(relevance.get(m, 0.0) for m in list(dict.fromkeys(picks))[:count])
    return PickScore(_share(earned, ideal), relevance, best)


def _share(part: float, whole: float) -> float:
    """``part / whole``, never outside 0 and 1 (a record refuses a score of 1.0000000000000002)."""
    return min(1.0, max(0.0, part / whole)) if whole > 0 else 0.0
