"""What this copy of bodymap is, said alike by ``bodymap --version`` and by Help > About: its version, the data it
runs on, its licence and what it is for.  No Qt here: the command line needs none."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata

from bodymap import __version__
from bodymap.core.data import loading
from bodymap.core.data.problems import DataError

PURPOSE = "educational decision support, not a diagnosis"


@dataclass(frozen=True)
class DataSummary:
    """How much the data holds, and which version of the body atlas it is."""

    atlas_version: int
    regions: int
    views: int
    muscles: int
    trigger_points: int
    conditions: int

    @classmethod
    def of(cls, data: loading.LoadedData) -> DataSummary:
        return cls(
            atlas_version=data.migrations.atlas_version,
            regions=len(data.atlas.regions),
            views=len(data.atlas.views),
            muscles=len(data.catalog.muscles),
            trigger_points=len(data.catalog.trigger_points),
            conditions=len(data.conditions),
        )

    def __str__(self) -> str:
        return (
            f"atlas version {self.atlas_version}: {self.regions} regions in {self.views} views, {self.muscles} "
            f"muscles, {self.trigger_points} trigger points, {self.conditions} conditions"
        )


def licence() -> str:
    """The licence's SPDX name, as the installed package declares it ("MIT")."""
    try:
        return metadata.metadata("bodymap").get("License-Expression") or "see LICENSE"
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "see LICENSE"


def licence_text() -> str:
    """The licence in full, as the installed package carries it (``.dist-info/licenses/LICENSE``)."""
    for distribution in metadata.distributions(name="bodymap"):  # the first may be a source tree's bare egg-info
        text = distribution.read_text("licenses/LICENSE")
        if text:
            return text
    return "The licence is in the file LICENSE of bodymap's source."


def version_line(summary: DataSummary | None = None) -> str:
    """``bodymap --version``: what the About box says of the version and the data, in one line (the data is loaded
    to count it, unless its summary is given)."""
    try:
        data = str(summary or DataSummary.of(loading.load()))
    except DataError as exc:
        data = f"cannot be used ({len(exc.problems)} problem(s); 'bodymap validate' lists them)"
    return f"bodymap {__version__}; data: {data}; {licence()} licence; {PURPOSE}"
