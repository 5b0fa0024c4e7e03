"""Dry-needling safety and aftercare, for the window and the patient handout.  ``data/guidance.yaml`` holds it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from bodymap.core.clinic.catalog import SourceRef
from bodymap.core.data.fields import Fields
from bodymap.core.data.problems import ProblemLog


class HowCommon(Enum):
    """How often an after-effect follows a treatment, in the usual bands for side effects."""

    VERY_COMMON = "very_common"
    COMMON = "common"
    UNCOMMON = "uncommon"
    RARE = "rare"

    @property
    def words(self) -> str:
        return {
            "very_common": "very common (more than 1 treatment in 10)",
            "common": "common (between 1 in 100 and 1 in 10 treatments)",
            "uncommon": "uncommon (between 1 in 1,000 and 1 in 100 treatments)",
            "rare": "rare (fewer than 1 treatment in 1,000)",
        }[self.value]


class Urgency(Enum):
    """Whom to contact about a warning sign after treatment."""

    EMERGENCY = "emergency"
    DOCTOR = "doctor"
    PRACTITIONER = "practitioner"

    @property
    def words(self) -> str:
        return {
            "emergency": "Call the emergency services now",
            "doctor": "See a doctor the same day",
            "practitioner": "Contact your practitioner",
        }[self.value]


@dataclass(frozen=True)
class AfterEffect:
    name: str
    how_common: HowCommon
    figures: str  # the published numbers behind how_common, in words
    what_to_do: str
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class Contraindication:
    what: str
    why: str


@dataclass(frozen=True)
class WarningSign:
    sign: str
    urgency: Urgency


@dataclass(frozen=True)
class NeedlingGuidance:
    title: str
    about: str
    during: tuple[str, ...]
    after_effects: tuple[AfterEffect, ...]
    aftercare: tuple[str, ...]
    absolute_contraindications: tuple[Contraindication, ...]
    relative_contraindications: tuple[Contraindication, ...]
    seek_help: tuple[WarningSign, ...]
    sources: tuple[SourceRef, ...]


EMPTY = NeedlingGuidance("", "", (), (), (), (), (), (), ())


def load_guidance(data: Any, file: str, known_sources: set[str], log: ProblemLog) -> NeedlingGuidance:
    """Check the parsed guidance file ``data``: every section present, every entry complete and cited."""
    top = Fields(data, "the guidance file", file, log, line=1)
    top.only("guidance")
    if not top.ok or "guidance" not in top.block:
        if top.ok:
            top.error(top.line, "the guidance file needs a 'guidance:' block")
        return EMPTY
    g = Fields(top.block["guidance"], "the guidance", file, log, line=top.line_of("guidance"))
    g.only("title", "about", "during", "after_effects", "aftercare", "contraindications", "seek_help", "sources")

    after_effects = []
    for block, line in g.blocks("after_effects"):
        f = Fields(block, "an after-effect", file, log, line=line)
        name = f.text("name")
        f.what = f"the after-effect '{name}'" if name else f"the after-effect at line {line}"
        f.only("name", "how_common", "figures", "what_to_do", "sources")
        after_effects.append(
            AfterEffect(
                name=name,
                how_common=f.choice("how_common", HowCommon) or HowCommon.COMMON,
                figures=f.text("figures"),
                what_to_do=f.text("what_to_do"),
                sources=f.source_refs(known_sources),
            )
        )

    contra = Fields(
        g.block.get("contraindications"), "the contraindications", file, log, line=g.line_of("contraindications")
    )
    contra.only("absolute", "relative")
    kinds: dict[str, tuple[Contraindication, ...]] = {}
    for kind in ("absolute", "relative"):
        entries = []
        for block, line in contra.blocks(kind):
            f = Fields(block, f"{'an' if kind == 'absolute' else 'a'} {kind} contraindication", file, log, line=line)
            f.only("what", "why")
            entries.append(Contraindication(f.text("what"), f.text("why")))
        kinds[kind] = tuple(entries)

    signs = []
    for block, line in g.blocks("seek_help"):
        f = Fields(block, "a warning sign", file, log, line=line)
        f.only("sign", "urgency")
        signs.append(WarningSign(f.text("sign"), f.choice("urgency", Urgency) or Urgency.DOCTOR))

    guidance = NeedlingGuidance(
        title=g.text("title"),
        about=g.text("about"),
        during=_texts(g, "during"),
        after_effects=tuple(after_effects),
        aftercare=_texts(g, "aftercare"),
        absolute_contraindications=kinds["absolute"],
        relative_contraindications=kinds["relative"],
        seek_help=tuple(signs),
        sources=g.source_refs(known_sources),
    )
    for key in ("during", "after_effects", "aftercare", "seek_help"):
        if g.ok and g.block.get(key) == []:
            g.error(g.line_of(key), f"'{key}' of the guidance is empty")
    for key in ("absolute", "relative"):
        if contra.ok and contra.block.get(key) == []:
            contra.error(contra.line_of(key), f"the {key} contraindications are empty")
    return guidance


def _texts(f: Fields, key: str) -> tuple[str, ...]:
    return tuple(text for text, _ in f.text_list(key, required=True))
