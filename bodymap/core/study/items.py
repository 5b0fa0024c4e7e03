"""What a student studies: an item is one quiz kind asked about one subject (a trigger point, or a muscle).

Each item is remembered and scheduled on its own, so knowing where infraspinatus refers pain and knowing where its
trigger point lies are learnt (and forgotten) separately.  The side a question is asked on is not part of the item:
the two sides are mirror images of one fact.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from bodymap.core.clinic.catalog import Catalog, Muscle
from bodymap.core.data.loading import BODY_GROUPS
from bodymap.core.data.names import name_key


class QuizKind(Enum):
    NAME = "name"  # a trigger point and its pattern are drawn: which muscle is it?
    DRAW = "draw"  # a trigger point is shown: paint its main referral zone
    FIND = "find"  # a muscle is named: click its trigger point
    WHERE = "where"  # a pain drawing is shown: which muscles to examine first?

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def about_muscles(self) -> bool:
        """Whether the kind's subjects are muscles (rather than trigger points)."""
        return self is QuizKind.FIND


_LABELS = {
    QuizKind.NAME: "Name the muscle",
    QuizKind.DRAW: "Draw the pattern",
    QuizKind.FIND: "Find the trigger point",
    QuizKind.WHERE: "Where does this pain come from?",
}


@dataclass(frozen=True)
class Item:
    kind: QuizKind
    subject: str  # a trigger point id, or a muscle id for a kind about muscles

    @property
    def key(self) -> str:
        """How the item is written in the student's record: ``"name/infraspinatus_1"``."""
        return f"{self.kind.value}/{self.subject}"

    @classmethod
    def from_key(cls, key: str) -> Item:
        """The item written as ``key``; ValueError for text that is not an item key."""
        kind, sep, subject = key.partition("/")
        if not sep or not subject:
            raise ValueError(f"'{key}' is not a study item (kind/subject)")
        return cls(QuizKind(kind), subject)

    def muscle(self, catalog: Catalog) -> Muscle | None:
        """The muscle the item is about; None when the data no longer has it."""
        if self.kind.about_muscles:
            return catalog.muscles.get(self.subject)
        tp = catalog.trigger_points.get(self.subject)
        return catalog.muscles.get(tp.muscle_id) if tp is not None else None


def study_items(catalog: Catalog, kinds: Iterable[QuizKind], groups: Iterable[str] = ()) -> list[Item]:
    """Every item of ``kinds`` about the muscles of the body ``groups`` (neck, shoulder...; none given: all)."""
    wanted = set(groups)
    muscles = [m for m in catalog.muscles.values() if not wanted or m.group in wanted]
    items: list[Item] = []
    for kind in kinds:
        for muscle in muscles:
            if kind.about_muscles:
                items.append(Item(kind, muscle.id))
            else:
                items.extend(Item(kind, tp.id) for tp in muscle.trigger_points if tp.id in catalog.patterns)
    return items


def study_groups(catalog: Catalog) -> list[str]:
    """The body groups that have muscles, in the order of the body (head first)."""
    present = {m.group for m in catalog.muscles.values()}
    return [g for g in BODY_GROUPS if g in present]


def find_group(name: str, catalog: Catalog) -> str | None:
    """The body group called ``name`` (case, spaces and underscores do not matter: "upper_back")."""
    key = name_key(name)
    return next((g for g in study_groups(catalog) if name_key(g) == key), None)
