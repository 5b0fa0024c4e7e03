"""What the user marks: painful regions, each with an intensity (1-10) and optionally a quality."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import Enum

DEFAULT_INTENSITY = 6


class Quality(Enum):
    ACHING = "aching"
    SHARP = "sharp"
    BURNING = "burning"
    TINGLING = "tingling/numbness"


@dataclass(frozen=True)
class PainMark:
    intensity: int = DEFAULT_INTENSITY
    quality: Quality | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.intensity <= 10:
            raise ValueError(f"pain intensity must be 1 to 10, not {self.intensity}")


class PainMap(Mapping[str, PainMark]):
    """Region id -> mark.  Changed only through :meth:`apply`, which returns what it replaced (for undo)."""

    def __init__(self, marks: Mapping[str, PainMark] | None = None) -> None:
        self._marks: dict[str, PainMark] = dict(marks or {})

    def __getitem__(self, region_id: str) -> PainMark:
        return self._marks[region_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._marks)

    def __len__(self) -> int:
        return len(self._marks)

    def apply(self, changes: Mapping[str, PainMark | None]) -> dict[str, PainMark | None]:
        """Set (or, with None, clear) the given regions; return their previous marks."""
        before = {rid: self._marks.get(rid) for rid in changes}
        for rid, mark in changes.items():
            if mark is None:
                self._marks.pop(rid, None)
            else:
                self._marks[rid] = mark
        return before

    def toggled(self, region_id: str, mark: PainMark) -> dict[str, PainMark | None]:
        """The change that a click on ``region_id`` makes: mark it, or clear it if it is marked."""
        return {region_id: None if region_id in self._marks else mark}

    def cleared(self) -> dict[str, PainMark | None]:
        """The change that clears everything."""
        return dict.fromkeys(self._marks)

    def weights(self) -> dict[str, float]:
        """Region id -> intensity as a weight in (0, 1]."""
        return {rid: mark.intensity / 10 for rid, mark in self._marks.items()}
