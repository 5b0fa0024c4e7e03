"""Which views to show for a picture: the fewest that show every region of a pattern and every trigger point."""

from __future__ import annotations

from collections.abc import Iterable

from bodymap.core.body.atlas import Atlas
from bodymap.core.clinic.catalog import Location


def views_showing(regions: Iterable[str], locations: Iterable[Location], atlas: Atlas) -> tuple[str, ...]:
    """The views in which the trigger points at ``locations`` are drawn, and then, greedily, the views that show
    most of the ``regions`` not shown yet; in the atlas's order."""
    chosen = {loc.view for loc in locations if loc.view in atlas.views}
    shown = {r for v in chosen for r in atlas.views[v].shapes}
    missing = {r for r in regions if r not in shown and atlas.views_of(r)}
    while missing:
        best = max(atlas.views, key=lambda v: len(missing & atlas.views[v].shapes.keys()))
        chosen.add(best)
        missing -= atlas.views[best].shapes.keys()
    return tuple(v for v in atlas.views if v in chosen)
