"""The referral crossroads map's side of the window: how hot each area is, what the pointer is over, and the pane
that lists what refers to the area clicked.

The pane stands in for the candidates while the map is on, so the ranking and the chosen candidate are neither shown
under the map's heading nor lost: they are there again when the map is turned off.
"""

from __future__ import annotations

from functools import cached_property

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from bodymap.core.body.atlas import Atlas
from bodymap.core.clinic.catalog import Catalog
from bodymap.core.clinic.crossroads import Crossroad, crossroads, heat_steps
from bodymap.ui.canvas import legend
from bodymap.ui.panels import details
from bodymap.ui.panels.rich_text import RichBrowser

HEADING = (
    "<b>Referral crossroads.</b> The darker an area, the more trigger points refer pain there. "
    "Click an area to list them; H returns to the drawing."
)
HINT = "<p><i>Click an area of the map to list the trigger points that refer pain there.</i></p>"
NAMED = 4  # muscles named when the pointer is over an area; the pane lists them all


class CrossroadsPanel(QWidget):
    def __init__(self, atlas: Atlas, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas, self.catalog = atlas, catalog
        heading = QLabel(HEADING)
        heading.setWordWrap(True)
        self.details = RichBrowser()
        self.details.setAccessibleName("Trigger points that refer pain to the area clicked")
        self.details.setOpenLinks(False)
        self.details.set_html(HINT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(heading)
        layout.addWidget(self.details, 1)

    @cached_property  # counted when the map is first shown, not at start-up
    def _crossroads(self) -> dict[str, Crossroad]:
        return crossroads(self.atlas, self.catalog)

    @cached_property
    def _bounds(self) -> list[int]:
        return heat_steps([c.count for c in self._crossroads.values()])

    def heat(self) -> dict[str, int]:
        """Region id -> its heat step (0: few trigger points refer there ... 4: many)."""
        return {
            rid: next(i for i, bound in enumerate(self._bounds) if c.count <= bound)
            for rid, c in self._crossroads.items()
        }

    def legend_entries(self) -> list[legend.Entry]:
        return legend.heat_entries(self._bounds)

    def pointed(self, region_id: str) -> str:
        """What to say of the area under the pointer: how many trigger points refer there, and whose."""
        label = self.atlas.regions[region_id].label
        crossroad = self._crossroads.get(region_id)
        if crossroad is None:
            return f"{label}: no trigger point refers here in the data"
        names = crossroad.muscles(self.catalog)
        named = ", ".join(names[:NAMED]) + (" ..." if len(names) > NAMED else "")
        main = len(crossroad.essential)
        return f"{label}: {crossroad.count} trigger points refer here ({main} as main zone): {named}"

    def show_region(self, region_id: str) -> None:
        """List what refers to the area clicked."""
        label = self.atlas.regions[region_id].label
        self.details.set_html(details.crossroad_html(label, self._crossroads.get(region_id), self.catalog))
