"""Trigger points and patterns said in words: for questions, feedback and the flash cards."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bodymap.core.body.atlas import Atlas, Side
from bodymap.core.clinic.catalog import Catalog, TriggerPoint


def listing(words: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def in_sentence(label: str) -> str:
    """A label as it reads inside a sentence: "Right temple" -> "right temple", but "TMJ" stays "TMJ"."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


def areas(region_ids: Iterable[str], atlas: Atlas) -> str:
    """The regions in words, in the order of the atlas (head before foot), the side said once for all the areas
    on it: "right temple, angle of jaw and occiput; left temple"."""
    order = {rid: i for i, rid in enumerate(atlas.regions)}
    by_side: dict[Side, list[str]] = {}
    for rid in sorted(region_ids, key=lambda r: order.get(r, len(order))):
        region = atlas.regions[rid]
        label = region.label
        if region.side is not Side.MIDLINE and label.casefold().startswith(region.side.value + " "):
            label = label[len(region.side.value) + 1 :]
        if ", " in label:  # "Back of neck, upper" -> "back of neck (upper)", so that a list of areas reads
            label = label.replace(", ", " (", 1) + ")"
        by_side.setdefault(region.side, []).append(in_sentence(label))
    parts = [
        (f"{side.value} " if side is not Side.MIDLINE else "") + listing(by_side[side])
        for side in (Side.RIGHT, Side.LEFT, Side.MIDLINE)
        if side in by_side
    ]
    return "; ".join(parts)


def muscle_on(muscle_name: str, side: Side) -> str:
    """ "Right infraspinatus" (a midline muscle has no side)."""
    if side is Side.MIDLINE:
        return muscle_name
    return f"{side.value.capitalize()} {in_sentence(muscle_name)}"


def pattern_words(tp: TriggerPoint, side: Side, atlas: Atlas, catalog: Catalog) -> str:
    """ "Main zone: right temple and right angle of jaw. Spillover: right occiput." for the trigger point on
    ``side``."""
    essential, spillover = catalog.patterns[tp.id].zones(side, atlas)
    sentence = f"Main zone: {areas(essential, atlas)}."
    if spillover:
        sentence += f" Spillover: {areas(spillover, atlas)}."
    return sentence
