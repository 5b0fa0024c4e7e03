"""How names typed by people are compared: case, spacing, underscores and hyphens do not matter; near misses are
found for "did you mean" (rapidfuzz: microseconds per name, so a file full of misspelt ids is reported at once)."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process


def name_key(name: str) -> str:
    """``"Right_Temple"``, ``"right  temple"`` and ``"right-temple"`` all give ``"right temple"``."""
    return " ".join(name.replace("_", " ").replace("-", " ").casefold().split())


def closest(name: str, keys: Sequence[str], limit: int, cutoff: float = 50.0) -> list[int]:
    """Where in ``keys`` (each already a :func:`name_key`) are the ones nearest to ``name``, best first; none
    whose similarity (0-100, as difflib's ratio) is below ``cutoff``."""
    matches = process.extract(name_key(name), keys, scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff)
    return [index for _, _, index in matches]
