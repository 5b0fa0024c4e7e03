"""How names typed by people are compared: case, spacing, underscores and hyphens do not matter."""

from __future__ import annotations


def name_key(name: str) -> str:
    """``"Right_Temple"``, ``"right  temple"`` and ``"right-temple"`` all give ``"right temple"``."""
    return " ".join(name.replace("_", " ").replace("-", " ").casefold().split())
