"""Muscles, their trigger points, and the referral pattern of each trigger point."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

from bodymap.core.body.atlas import Atlas, Side
from bodymap.core.data.names import name_key


class SideRule(Enum):
    """Where a pattern lands, relative to the side of its trigger point."""

    IPSILATERAL = "ipsilateral"
    CONTRALATERAL = "contralateral"
    BILATERAL = "bilateral"
    MIDLINE = "midline"


class ZoneLevel(Enum):
    """How many of the people with a trigger point feel its referred pain in an area (the reference's graded zones).

    Primary and common areas make up the essential zone, drawn solid; occasional areas are the spillover zone,
    drawn stippled."""

    PRIMARY = "primary"  # nearly everyone
    COMMON = "common"  # many
    OCCASIONAL = "occasional"  # some: spillover

    @property
    def essential(self) -> bool:
        return self is not ZoneLevel.OCCASIONAL


class Frequency(Enum):
    """How often the muscle is the cause of pain in its zone, after the reference pain guides."""

    VERY_COMMON = "very_common"
    COMMON = "common"
    OCCASIONAL = "occasional"
    RARE = "rare"

    @property
    def prior(self) -> float:
        return _PRIORS[self]

    @property
    def words(self) -> str:
        return f"a{'n' if self is Frequency.OCCASIONAL else ''} {self.value.replace('_', ' ')} cause"


# read on every score the ranking computes, so looked up rather than built per call
_PRIORS = {Frequency.VERY_COMMON: 1.0, Frequency.COMMON: 0.75, Frequency.OCCASIONAL: 0.5, Frequency.RARE: 0.3}


@dataclass(frozen=True)
class Source:
    id: str
    citation: str


@dataclass(frozen=True)
class SourceRef:
    ref: str
    where: str


@dataclass(frozen=True)
class Location:
    """Where a trigger point is drawn in one view, for the patient's right side."""

    view: str
    x: float
    y: float


@dataclass(frozen=True)
class TriggerPoint:
    id: str
    muscle_id: str
    name: str
    # where it is drawn: one point in each view in which it can be palpated, the view it is examined in first
    locations: tuple[Location, ...]
    palpation: str
    patient_position: str
    needling_caution: str
    sources: tuple[SourceRef, ...]
    part: str = ""  # the part of the muscle it lies in, as a reason names it: "its <part> trigger point"

    @property
    def location(self) -> Location:
        """Where it is drawn in the view it is examined in first."""
        return self.locations[0]

    def locations_on(self, side: Side, atlas: Atlas) -> tuple[Location, ...]:
        """Where this trigger point is drawn on the patient's ``side``, in every view that shows it."""
        if side is not Side.LEFT:
            return self.locations
        return tuple(_mirrored(location, atlas) for location in self.locations)

    def location_on(self, side: Side, atlas: Atlas) -> Location:
        """Where it is drawn on the patient's ``side`` in the view it is examined in first."""
        return self.locations_on(side, atlas)[0]


def _mirrored(location: Location, atlas: Atlas) -> Location:
    view = atlas.views[location.view]  # a lateral view's mirror image is the other lateral view
    return Location(view.mirror_view, view.mirror_x(location.x), location.y)


@dataclass(frozen=True)
class Muscle:
    id: str
    name: str
    synonyms: tuple[str, ...]
    group: str
    attachments: str
    action: str
    innervation: str
    sources: tuple[SourceRef, ...]
    trigger_points: tuple[TriggerPoint, ...]
    # in plain words, for the patient's handout ("" where the data has none): what the muscle does in daily life,
    # and what the patient can do about its trigger points
    what_it_does: str = ""
    self_care: str = ""


@dataclass(frozen=True)
class ReferralPattern:
    """Regions are written for a trigger point on the patient's right, by level; :meth:`levels` places them."""

    trigger_point_id: str
    primary_regions: frozenset[str]
    common_regions: frozenset[str]
    occasional_regions: frozenset[str]
    side_rule: SideRule
    frequency: Frequency
    sources: tuple[SourceRef, ...]
    note: str = ""

    @property
    def essential_regions(self) -> frozenset[str]:
        """The essential zone as written: the primary and common areas."""
        return self.primary_regions | self.common_regions

    @property
    def spillover_regions(self) -> frozenset[str]:
        return self.occasional_regions

    def regions_at(self, level: ZoneLevel) -> frozenset[str]:
        """The regions written at ``level``."""
        return {
            ZoneLevel.PRIMARY: self.primary_regions,
            ZoneLevel.COMMON: self.common_regions,
            ZoneLevel.OCCASIONAL: self.occasional_regions,
        }[level]

    def levels(self, side: Side, atlas: Atlas) -> dict[str, ZoneLevel]:
        """Region id -> level, for the trigger point on the patient's ``side`` (a region placed at two levels, as a
        bilateral pattern may place it, keeps the higher one)."""
        placed: dict[str, ZoneLevel] = {}
        for level in reversed(ZoneLevel):
            placed.update(dict.fromkeys(place(self.regions_at(level), self.side_rule, side, atlas), level))
        return placed

    def zones(self, side: Side, atlas: Atlas) -> tuple[frozenset[str], frozenset[str]]:
        """(essential, spillover) region ids for the trigger point on the patient's ``side``."""
        essential = place(self.essential_regions, self.side_rule, side, atlas)
        return essential, place(self.spillover_regions, self.side_rule, side, atlas) - essential


def place(regions: frozenset[str], rule: SideRule, side: Side, atlas: Atlas) -> frozenset[str]:
    """Regions written for the patient's right side (or the midline), placed by ``rule`` for ``side``."""
    if rule is SideRule.MIDLINE:
        return regions
    mirrored = frozenset(atlas.mirror(r) for r in regions)
    if rule is SideRule.BILATERAL:
        return regions | mirrored
    lands_on_written_side = (rule is SideRule.IPSILATERAL) == (side is not Side.LEFT)
    return regions if lands_on_written_side else mirrored


# one loaded set of data, known by identity (what is worked out from a catalog, such as the ranking's index, is kept
# per catalog)
@dataclass(frozen=True, eq=False)
class Catalog:
    muscles: dict[str, Muscle]
    patterns: dict[str, ReferralPattern]  # by trigger point id
    sources: dict[str, Source]
    # why no pattern reaches a region (both sides of a pair are listed), from `unreached_regions:`
    unreached_regions: dict[str, str] = field(default_factory=dict)

    @cached_property
    def trigger_points(self) -> dict[str, TriggerPoint]:
        return {tp.id: tp for m in self.muscles.values() for tp in m.trigger_points}

    def find_muscle(self, name: str) -> Muscle | None:
        """The muscle called ``name`` (its id, name or a synonym; case and spacing do not matter)."""
        key = name_key(name)
        for muscle in self.muscles.values():
            if key in (name_key(n) for n in (muscle.id, muscle.name, *muscle.synonyms)):
                return muscle
        return None
