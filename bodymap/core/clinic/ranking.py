"""Ranking trigger points by how well their referral patterns explain a pain map.

For one trigger point on one side, with the patient's marked pain weighted by intensity:

* **fit**: the share of the marked pain that falls in its zones, essential at full weight, spillover at
  ``SPILLOVER_WEIGHT``;
* **quiet share**: the part (by area) of its essential zone where the patient marked no pain; a pattern
  whose main zone is mostly pain-free fits less well, so up to ``QUIET_PENALTY`` is taken off.  An area the
  patient marked 0 (checked, pain-free) counts ``PAIN_FREE_WEIGHT`` times its area: it is firmer evidence
  than an area nobody asked about;
* **prior**: how often the muscle is the culprit, after the reference pain guides.

``score = fit * (1 - QUIET_PENALTY * quiet_share) * (PRIOR_FLOOR + (1 - PRIOR_FLOOR) * prior)``

Each muscle is listed once per side, with the trigger point that scores best.  Where the two sides of a muscle
score the same (a bilateral pattern, or one that reaches midline areas only), the side holding more of the
marked pain comes first.  :func:`smallest_cover` then picks, greedily, the fewest muscles that together explain
every marked region.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from bodymap.core.body.atlas import Atlas, Side
from bodymap.core.body.painmap import PainMark, pain_free, pain_weights
from bodymap.core.clinic.catalog import Catalog, Frequency, Muscle, ReferralPattern, TriggerPoint

SPILLOVER_WEIGHT = 0.5
QUIET_PENALTY = 0.3
PRIOR_FLOOR = 0.4
PAIN_FREE_WEIGHT = 2.0


@dataclass(frozen=True)
class Candidate:
    muscle: Muscle
    trigger_point: TriggerPoint
    pattern: ReferralPattern
    side: Side
    score: float
    essential_hits: tuple[str, ...]  # marked regions in the essential zone, most intense first
    spillover_hits: tuple[str, ...]
    quiet_essential: tuple[str, ...]  # essential regions with no marked pain
    essential: frozenset[str]
    spillover: frozenset[str]
    why: str

    @property
    def key(self) -> tuple[str, Side]:
        return (self.muscle.id, self.side)

    @property
    def explained(self) -> frozenset[str]:
        return frozenset(self.essential_hits) | frozenset(self.spillover_hits)


def rank(pain: Mapping[str, PainMark], atlas: Atlas, catalog: Catalog) -> list[Candidate]:
    """Every muscle-side whose patterns reach the marked pain, best first."""
    weights = pain_weights(pain)
    total = sum(weights.values())
    if total <= 0:
        return []
    checked = pain_free(pain)
    by_intensity = tuple(sorted(weights, key=lambda r: (-weights[r], r)))
    best: dict[tuple[str, Side], Candidate] = {}
    for muscle in catalog.muscles.values():
        for tp in muscle.trigger_points:
            pattern = catalog.patterns.get(tp.id)
            if pattern is None:
                continue
            for side in (Side.RIGHT, Side.LEFT):
                candidate = _score(muscle, tp, pattern, side, weights, checked, by_intensity, total, atlas)
                if candidate is None:
                    continue
                current = best.get(candidate.key)
                if current is None or candidate.score > current.score:
                    best[candidate.key] = candidate
    pain_on = {side: sum(w for rid, w in weights.items() if atlas.regions[rid].side is side) for side in Side}
    return sorted(best.values(), key=lambda c: (-round(c.score, 9), -pain_on[c.side], c.muscle.name, c.side.value))


def _score(
    muscle: Muscle,
    tp: TriggerPoint,
    pattern: ReferralPattern,
    side: Side,
    weights: dict[str, float],
    checked: frozenset[str],
    by_intensity: tuple[str, ...],
    total: float,
    atlas: Atlas,
) -> Candidate | None:
    essential, spillover, zone_area = _placed(pattern, side, atlas)
    if essential.isdisjoint(weights) and spillover.isdisjoint(weights):
        return None
    essential_hits = tuple(r for r in by_intensity if r in essential)
    spillover_hits = tuple(r for r in by_intensity if r in spillover)
    if not essential_hits and not spillover_hits:
        return None
    explained = sum(weights[r] for r in essential_hits) + SPILLOVER_WEIGHT * sum(weights[r] for r in spillover_hits)
    fit = explained / total
    quiet = tuple(sorted(r for r in essential if r not in weights))
    quiet_area = sum(atlas.area(r) * (PAIN_FREE_WEIGHT if r in checked else 1.0) for r in quiet)
    quiet_share = min(1.0, quiet_area / zone_area)
    prior = pattern.frequency.prior
    score = fit * (1 - QUIET_PENALTY * quiet_share) * (PRIOR_FLOOR + (1 - PRIOR_FLOOR) * prior)
    said_free = tuple(r for r in quiet if r in checked)
    why = _why(len(weights), essential_hits, spillover_hits, essential, quiet, said_free, pattern.frequency, atlas)
    return Candidate(
        muscle=muscle,
        trigger_point=tp,
        pattern=pattern,
        side=side,
        score=score,
        essential_hits=essential_hits,
        spillover_hits=spillover_hits,
        quiet_essential=quiet,
        essential=essential,
        spillover=spillover,
        why=why,
    )


@lru_cache(maxsize=4096)
def _placed(pattern: ReferralPattern, side: Side, atlas: Atlas) -> tuple[frozenset[str], frozenset[str], float]:
    """The pattern's zones on ``side`` and its essential zone's area: fixed for the data, so computed once."""
    essential, spillover = pattern.zones(side, atlas)
    return essential, spillover, sum(atlas.area(r) for r in essential) or 1.0


def _names(region_ids: tuple[str, ...], atlas: Atlas, most: int = 3) -> str:
    labels = [atlas.regions[r].label.lower() for r in region_ids[:most]]
    if len(region_ids) > most:
        labels.append(f"{len(region_ids) - most} more")
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def _why(
    marked: int,
    essential_hits: tuple[str, ...],
    spillover_hits: tuple[str, ...],
    essential: frozenset[str],
    quiet: tuple[str, ...],
    said_free: tuple[str, ...],
    frequency: Frequency,
    atlas: Atlas,
) -> str:
    hits = len(essential_hits) + len(spillover_hits)
    if marked == 1:
        explains = "Explains your painful area"
    elif hits == marked:
        explains = f"Explains all {marked} of your painful areas"
    else:
        explains = f"Explains {hits} of your {marked} painful areas"
    parts = [explains]
    if essential_hits:
        parts.append(f"its main zone covers your {_names(essential_hits, atlas)}")
    if spillover_hits:
        parts.append(f"its spillover zone reaches your {_names(spillover_hits, atlas)}")
    sentence = "; ".join(parts) + "."
    unasked = [r for r in quiet if r not in said_free]
    if unasked and len(unasked) == len(essential):
        sentence += " None of its main zone is marked."
    elif unasked:
        verb = "is" if len(unasked) == 1 else "are"
        sentence += f" {len(unasked)} of the {len(essential)} areas of its main zone {verb} not marked."
    if said_free:
        sentence += f" You marked your {_names(said_free, atlas)} pain-free, and its main zone includes "
        sentence += "it." if len(said_free) == 1 else "them."
    return f"{sentence} {frequency.words.capitalize()}."


def smallest_cover(candidates: list[Candidate], pain: Mapping[str, PainMark]) -> tuple[list[Candidate], set[str]]:
    """The fewest muscles that together explain every marked region (greedy weighted set cover).

    Each step takes the candidate that explains the most not-yet-explained pain per unit of cost, where a
    common muscle costs less than a rare one and an essential-zone hit counts more than a spillover one.
    Returns the chosen candidates and the marked regions no candidate explains."""
    weights = pain_weights(pain)
    uncovered = set(weights)
    chosen: list[Candidate] = []
    used: set[tuple[str, Side]] = set()
    while uncovered:
        best, best_gain = None, 0.0
        for c in candidates:
            if c.key in used:
                continue
            gain = sum(weights[r] for r in c.essential_hits if r in uncovered)
            gain += SPILLOVER_WEIGHT * sum(weights[r] for r in c.spillover_hits if r in uncovered)
            gain *= PRIOR_FLOOR + (1 - PRIOR_FLOOR) * c.pattern.frequency.prior
            if gain > best_gain + 1e-12:
                best, best_gain = c, gain
        if best is None:
            break
        chosen.append(best)
        used.add(best.key)
        uncovered -= best.explained
    return chosen, uncovered
