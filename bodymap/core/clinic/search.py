"""Finding muscles and body regions by any of their names as the user types, forgiving typos (rapidfuzz)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from rapidfuzz import fuzz, process

from bodymap.core.body.atlas import Atlas
from bodymap.core.clinic.catalog import Catalog
from bodymap.core.clinic.conditions import Condition
from bodymap.core.data.names import name_key

CUTOFF = 62.0  # out of 100: below this a match is noise
WORD_START_BONUS = 12.0  # "trap" should find "upper trapezius" before "scapula, lateral border"


class HitKind(Enum):
    MUSCLE = "muscle"
    REGION = "region"
    CONDITION = "condition"

    @property
    def words(self) -> str:
        return {"muscle": "muscle", "region": "body area", "condition": "condition"}[self.value]


@dataclass(frozen=True)
class Hit:
    kind: HitKind
    id: str
    label: str  # the entry's display name
    matched: str  # the name that matched (a synonym, say), for showing "temple (R temple)"
    score: float


class SearchIndex:
    """Every name (label or name, and synonyms) of every muscle, region and condition."""

    def __init__(self, atlas: Atlas, catalog: Catalog, conditions: Mapping[str, Condition] | None = None) -> None:
        self._names: list[str] = []
        self._entries: list[tuple[HitKind, str, str, str]] = []
        for muscle in catalog.muscles.values():
            for name in (muscle.name, *muscle.synonyms):
                self._add(HitKind.MUSCLE, muscle.id, muscle.name, name)
        for region in atlas.regions.values():
            for name in (region.label, *region.synonyms):
                self._add(HitKind.REGION, region.id, region.label, name)
        for condition in (conditions or {}).values():
            for name in (condition.name, *condition.synonyms):
                self._add(HitKind.CONDITION, condition.id, condition.name, name)

    def _add(self, kind: HitKind, entry_id: str, label: str, name: str) -> None:
        self._names.append(name_key(name))
        self._entries.append((kind, entry_id, label, name))

    def search(self, text: str, limit: int = 12) -> list[Hit]:
        """The best entries for ``text``, best first, each entry once (under its best-matching name)."""
        query = name_key(text)
        if not query:
            return []
        best: dict[tuple[HitKind, str], Hit] = {}
        matches = process.extract(query, self._names, scorer=fuzz.WRatio, limit=limit * 6, score_cutoff=CUTOFF)
        for name, score, index in matches:
            kind, entry_id, label, original = self._entries[index]
            if name == query:
                score += 2 * WORD_START_BONUS
            elif any(word.startswith(query) for word in name.split()) or name.startswith(query):
                score += WORD_START_BONUS
            hit = Hit(kind, entry_id, label, original, score)
            current = best.get((kind, entry_id))
            if current is None or hit.score > current.score:
                best[(kind, entry_id)] = hit
        return sorted(best.values(), key=lambda h: (-h.score, list(HitKind).index(h.kind), h.label))[:limit]
