"""Conditions clinicians treat with trigger-point work: where they usually hurt, which muscles to examine first,
and the red flags that call for a medical opinion instead.  ``data/conditions.yaml`` holds them."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from bodymap.core.body.atlas import Atlas, Side
from bodymap.core.body.painmap import PainMark
from bodymap.core.clinic.catalog import SideRule, SourceRef, place
from bodymap.core.data.fields import Fields
from bodymap.core.data.names import closest, name_key
from bodymap.core.data.problems import ProblemLog

# The mark a condition puts on its typical pain areas: the default strength and no quality, whatever the toolbar
# is set to.  The areas say where the condition usually hurts, not how this patient's pain feels; the user marks
# that over them.  (A quality taken from the toolbar could even be one of the condition's own red flags, such as
# numbness in the sole for heel pain.)
TYPICAL_MARK = PainMark()


class ConditionSides(Enum):
    """Whether the condition usually hurts on one side of the body or on both at once."""

    ONE = "one"
    BOTH = "both"


@dataclass(frozen=True)
class Condition:
    """Pain regions are written for the patient's right side (or the midline); :meth:`regions_on` places them."""

    id: str
    name: str
    synonyms: tuple[str, ...]
    description: str
    pain_regions: tuple[str, ...]  # the most typical first
    sides: ConditionSides
    muscles: tuple[str, ...]  # muscle ids, the most likely first
    red_flags: tuple[str, ...]
    sources: tuple[SourceRef, ...]
    note: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.id, self.name, *self.synonyms)

    def regions_on(self, side: Side, atlas: Atlas) -> frozenset[str]:
        """The typical pain regions on the patient's ``side``; a two-sided condition marks both sides."""
        rule = SideRule.BILATERAL if self.sides is ConditionSides.BOTH else SideRule.IPSILATERAL
        return place(frozenset(self.pain_regions), rule, side, atlas)


def find_condition(conditions: Mapping[str, Condition], name: str) -> Condition | None:
    """The condition called ``name`` (its id, name or a synonym; case and spacing do not matter)."""
    key = name_key(name)
    for condition in conditions.values():
        if key in (name_key(n) for n in condition.names):
            return condition
    return None


def load_conditions(
    data: Any, file: str, atlas: Atlas, muscle_ids: Collection[str], known_sources: set[str], log: ProblemLog
) -> dict[str, Condition]:
    """Check the parsed conditions file ``data`` against the atlas, the muscles and the sources."""
    top = Fields(data, "the conditions file", file, log, line=1)
    top.only("conditions")
    conditions: dict[str, Condition] = {}
    seen_names: dict[str, str] = {}
    for block, line in top.blocks("conditions", required=top.ok):
        f = Fields(block, "a condition", file, log, line=line)
        cid = f.text("id")
        f.what = f"condition '{cid}'" if cid else f"the condition at line {line}"
        f.only(
            "id", "name", "synonyms", "description", "pain_regions", "sides", "muscles", "red_flags", "sources", "note"
        )
        if cid in conditions:
            f.error(f.line_of("id"), f"condition id '{cid}' is used twice")
        name = f.text("name")
        synonyms = f.text_list("synonyms")
        for other, other_line in [(cid, f.line_of("id")), (name, f.line_of("name")), *synonyms]:
            key = name_key(other)
            if key and seen_names.get(key, cid) != cid:
                f.error(other_line, f"the name '{other}' is used by both '{seen_names[key]}' and '{cid}'")
            seen_names.setdefault(key, cid)
        condition = Condition(
            id=cid,
            name=name,
            synonyms=tuple(s for s, _ in synonyms),
            description=f.text("description"),
            pain_regions=_pain_regions(f, atlas),
            sides=f.choice("sides", ConditionSides, required=False) or ConditionSides.ONE,
            muscles=_muscles(f, muscle_ids),
            red_flags=_non_empty(f, "red_flags", "red flag"),
            sources=f.source_refs(known_sources),
            note=f.text("note", required=False),
        )
        if cid:
            conditions.setdefault(cid, condition)
    return conditions


def _items(f: Fields, key: str, what: str) -> tuple[tuple[str, int], ...]:
    """The list under ``key``, each item with its line; an empty list is an error naming ``what`` it lacks."""
    items = f.text_list(key, required=True)
    if f.ok and f.block.get(key) == []:
        f.error(f.line_of(key), f"{f.what} needs at least one {what}")
    return items


def _non_empty(f: Fields, key: str, what: str) -> tuple[str, ...]:
    return tuple(text for text, _ in _items(f, key, what))


def _pain_regions(f: Fields, atlas: Atlas) -> tuple[str, ...]:
    regions: list[str] = []
    for rid, line in _items(f, "pain_regions", "pain region"):
        rule, advice = "pain regions are written for the patient's right", " (sides: both marks the two sides)"
        if not f.right_side_region(atlas, rid, line, f"in the pain regions of {f.what}", rule, advice):
            continue
        if rid in regions:
            f.error(line, f"region '{rid}' is listed twice in the pain regions of {f.what}")
        else:
            regions.append(rid)
    return tuple(regions)


def _muscles(f: Fields, muscle_ids: Collection[str]) -> tuple[str, ...]:
    muscles: list[str] = []
    ids = list(muscle_ids)
    keys = [name_key(mid) for mid in ids]
    for mid, line in _items(f, "muscles", "muscle to examine"):
        if mid not in muscle_ids:
            close = closest(mid, keys, 1, cutoff=60.0)
            hint = f" (did you mean '{ids[close[0]]}'?)" if close else ""
            f.error(line, f"muscle '{mid}' of {f.what} is not in the muscles file{hint}")
        elif mid in muscles:
            f.error(line, f"muscle '{mid}' is listed twice in {f.what}")
        else:
            muscles.append(mid)
    return tuple(muscles)
