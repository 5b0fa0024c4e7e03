"""The drawing tools (brush, eraser) and the stroke a press-drag-release makes with one, in body coordinates."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum

from bodymap.core.body.atlas import Atlas
from bodymap.core.body.painmap import PainMap, PainMark, brushed_regions

BRUSH_RADII = (4, 6, 9, 13, 18, 25, 35)  # body units (a body is about 1000 tall)
DEFAULT_RADIUS = 9


class Tool(Enum):
    BRUSH = "brush"
    ERASER = "eraser"


def next_radius(radius: float, steps: int) -> int:
    """The brush size ``steps`` sizes bigger (or smaller, when negative) than ``radius``."""
    index = min(range(len(BRUSH_RADII)), key=lambda i: abs(BRUSH_RADII[i] - radius))
    return BRUSH_RADII[max(0, min(len(BRUSH_RADII) - 1, index + steps))]


@dataclass
class Stroke:
    """One press-drag-release in one view: the polyline the brush swept (body units of ``view``).

    The pointer reports samples, not a line; the samples are joined by straight segments wherever they are
    used (the drawing on screen and the region coverage), so a fast stroke leaves no gaps."""

    tool: Tool
    view: str
    radius: float
    points: list[tuple[float, float]] = field(default_factory=list)
    dragged: bool = False  # false: still a click

    def start(self, x: float, y: float) -> None:
        self.points = [(x, y)]

    def move(self, x: float, y: float, slop: float) -> bool:
        """Add a sample; return whether the stroke changed.  Within ``slop`` of the start it is still a click."""
        x0, y0 = self.points[0]
        if not self.dragged and math.hypot(x - x0, y - y0) <= slop:
            return False
        self.dragged = True
        last = self.points[-1]
        if math.hypot(x - last[0], y - last[1]) < 0.5:
            return False
        self.points.append((x, y))
        return True


def stroke_changes(stroke: Stroke, pain: PainMap, atlas: Atlas, mark: PainMark) -> dict[str, PainMark | None]:
    """What ``stroke`` does to ``pain``: the brush gives the regions it covers ``mark``, the eraser clears them."""
    regions = brushed_regions(atlas.views[stroke.view], stroke.points, stroke.radius)
    return pain.erased(regions) if stroke.tool is Tool.ERASER else pain.painted(regions, mark)
