"""Where the shipped data and art live (inside the installed package, read with importlib.resources)."""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable


def data_file(name: str) -> Traversable:
    return resources.files("bodymap") / "data" / name


def asset_file(name: str) -> Traversable:
    return resources.files("bodymap") / "assets" / name


def asset_folder() -> Traversable:
    return resources.files("bodymap") / "assets"
