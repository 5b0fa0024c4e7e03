"""The assessment plan: which muscles to palpate, in an order that moves the patient as little as possible.

Muscles are grouped by the position the patient takes for their trigger point (read from its ``patient_position``
text: the first position it names is the one preferred), the groups in the order a patient moves through them
(standing, sitting, lying on the back, on the side, on the front), and within a group the better-ranked first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from enum import Enum

from bodymap.core.case.model import Target
from bodymap.core.clinic.catalog import Catalog, TriggerPoint


class Position(Enum):
    STANDING = "standing"
    SITTING = "sitting"
    SUPINE = "supine"
    SIDE_LYING = "side-lying"
    PRONE = "prone"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "standing": "Standing",
            "sitting": "Sitting",
            "supine": "Lying on the back",
            "side-lying": "Lying on the side",
            "prone": "Lying face down",
            "other": "Other positions",
        }[self.value]


_WORDS = (
    (Position.SUPINE, r"supine|crook-lying|lying on (?:the|their|his|her) back"),
    (Position.PRONE, r"prone|lying face down"),
    (Position.SIDE_LYING, r"side-?lying|lying on (?:the|their|his|her) side"),
    (Position.SITTING, r"sitting|seated|sits"),
    (Position.STANDING, r"standing|stands"),
)
_PATTERN = re.compile("|".join(f"(?P<{p.name}>{words})" for p, words in _WORDS), re.IGNORECASE)


def position_of(patient_position: str) -> Position:
    """The position a trigger point is examined in: the first one its description names."""
    match = _PATTERN.search(patient_position)
    return Position[match.lastgroup] if match is not None and match.lastgroup else Position.OTHER


def main_trigger_point(catalog: Catalog, target: Target) -> TriggerPoint | None:
    """The trigger point whose description the plan shows for a muscle: its first (the most often found)."""
    muscle = catalog.muscles.get(target.muscle)
    return muscle.trigger_points[0] if muscle is not None and muscle.trigger_points else None


def plan_position(catalog: Catalog, target: Target) -> Position:
    tp = main_trigger_point(catalog, target)
    return position_of(tp.patient_position) if tp is not None else Position.OTHER


def ordered(targets: Iterable[Target], catalog: Catalog, ranks: Mapping[Target, int]) -> tuple[Target, ...]:
    """``targets`` (each once) grouped by position, the groups in moving order, then by rank (``ranks``: 1 is the
    best; unranked muscles last, by name)."""
    order = list(Position)
    unique = list(dict.fromkeys(targets))

    def key(target: Target) -> tuple[int, int, str, str]:
        rank = ranks.get(target, len(ranks) + 1)
        name = catalog.muscles[target.muscle].name if target.muscle in catalog.muscles else target.muscle
        return order.index(plan_position(catalog, target)), rank, name, target.side.value

    return tuple(sorted(unique, key=key))
