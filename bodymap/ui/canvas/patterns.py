"""Which referral pattern the body shows, and drawing it: a chosen candidate's, a whole muscle's (from search or
browsing), or for a moment the one of the trigger point under the pointer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bodymap.core.body.atlas import Side
from bodymap.core.clinic.crossroads import muscle_zones
from bodymap.core.clinic.ranking import Candidate
from bodymap.core.data.loading import LoadedData
from bodymap.ui.canvas.body_scene import BodyScene
from bodymap.ui.explain import Shown
from bodymap.ui.selection import Chosen, Selection


@dataclass(frozen=True)
class Display:
    muscle_id: str
    side: Side
    essential: frozenset[str]
    spillover: frozenset[str]
    chosen_tp: str | None  # the candidate's trigger point; None: all of the muscle's alike


class PatternDisplay:
    """Mirrors ``current`` on the scene that ``scene()`` returns (the window swaps scenes when views change)."""

    def __init__(self, data: LoadedData, scene: Callable[[], BodyScene]) -> None:
        self.data = data
        self.scene = scene
        self.current: Display | None = None
        self.hidden = False  # the crossroads map is showing instead

    def of_selection(self, selection: Selection | None, candidate: Candidate | None) -> None:
        """Draw what is chosen: the candidate as ranked now, else the chosen muscle whole; a condition, none."""
        if candidate is not None:
            self.of_candidate(candidate)
        elif selection is not None and selection.kind is not Chosen.CONDITION:
            self.of_muscle(selection.id, selection.side)
        else:
            self.show(None)

    def of_candidate(self, c: Candidate | None) -> None:
        self.show(Display(c.muscle.id, c.side, c.essential, c.spillover, c.trigger_point.id) if c else None)

    def of_muscle(self, muscle_id: str, side: Side = Side.RIGHT) -> None:
        muscle = self.data.catalog.muscles[muscle_id]
        essential, spillover = muscle_zones(muscle, side, self.data.atlas, self.data.catalog)
        self.show(Display(muscle_id, side, essential, spillover, None))

    def show(self, display: Display | None) -> None:
        self.current = display
        self.draw()

    def draw(self, zones: tuple[frozenset[str], frozenset[str]] | None = None) -> None:
        """Draw the current pattern (or ``zones`` instead: a hovered trigger point's) and its trigger points."""
        scene, d = self.scene(), self.current
        if d is None or self.hidden:
            scene.clear_pattern()
            scene.show_muscle_outline({})
            scene.show_trigger_points({})
            return
        essential, spillover = zones or (d.essential, d.spillover)
        scene.show_pattern(essential, spillover)
        muscle = self.data.catalog.muscles[d.muscle_id]
        scene.show_muscle_outline(self.data.atlas.muscle_outlines(muscle.id, d.side))
        points = {tp.id: tp.locations_on(d.side, self.data.atlas) for tp in muscle.trigger_points}
        scene.show_trigger_points(points, d.chosen_tp)

    def hover(self, tp_id: str) -> str:
        """Show the pattern of the trigger point under the pointer ("" when it left); return what to say of it."""
        if self.current is None:
            return ""
        if not tp_id:
            self.draw()
            return ""
        self.draw(self.data.catalog.patterns[tp_id].zones(self.current.side, self.data.atlas))
        return f"{self.data.catalog.trigger_points[tp_id].name}: its own referral pattern"

    def explained(self) -> Shown | None:
        """The current pattern, for explain mode: its muscle, the chosen (or first) trigger point, its zones."""
        d = self.current
        if d is None:
            return None
        muscle = self.data.catalog.muscles[d.muscle_id]
        tp = next((t for t in muscle.trigger_points if t.id == d.chosen_tp), muscle.trigger_points[0])
        location = tp.location_on(d.side, self.data.atlas)
        return Shown(muscle.name, d.side.value, location, d.essential, d.spillover)
