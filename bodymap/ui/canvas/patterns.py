"""Which referral pattern the body shows, and drawing it: a chosen candidate's, a whole muscle's (from search or
browsing), or for a moment the one of the trigger point under the pointer."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QTimer

from bodymap.core.body.atlas import Side
from bodymap.core.body.zones import zone_shapes
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
    explaining: frozenset[str] = frozenset()  # the candidate's trigger points that explain the drawing


class PatternDisplay:
    """Mirrors ``current`` on the scene that ``scene()`` returns (the window swaps scenes when views change; before
    its first scene is built, ``scene()`` is None and the scene, once built, is drawn with :meth:`draw`)."""

    def __init__(self, data: LoadedData, scene: Callable[[], BodyScene | None]) -> None:
        self.data = data
        self.scene = scene
        self.current: Display | None = None
        self.hidden = False  # the crossroads map is showing instead
        self._pending: list[tuple[str, frozenset[str], frozenset[str]]] = []  # (view, essential, spillover)
        self._preparing = QTimer(singleShot=True, interval=0)
        self._preparing.timeout.connect(self._prepare_next)

    def of_selection(self, selection: Selection | None, candidate: Candidate | None) -> None:
        """Draw what is chosen: the candidate as ranked now, else the chosen muscle whole; a condition, none."""
        if candidate is not None:
            self.of_candidate(candidate)
        elif selection is not None and selection.kind is not Chosen.CONDITION:
            self.of_muscle(selection.id, selection.side)
        else:
            self.show(None)

    def of_candidate(self, c: Candidate | None) -> None:
        if c is None:
            self.show(None)
            return
        explaining = frozenset(contribution.trigger_point.id for contribution in c.contributions)
        self.show(Display(c.muscle.id, c.side, c.essential, c.spillover, c.trigger_point.id, explaining))

    def of_muscle(self, muscle_id: str, side: Side = Side.RIGHT) -> None:
        muscle = self.data.catalog.muscles[muscle_id]
        essential, spillover = muscle_zones(muscle, side, self.data.atlas, self.data.catalog)
        self.show(Display(muscle_id, side, essential, spillover, None))

    def show(self, display: Display | None) -> None:
        self.current = display
        self.draw()
        if display is not None:  # hovering an X shows that trigger point's own pattern: have them ready
            points = self.data.catalog.muscles[display.muscle_id].trigger_points
            self.prepare(self.data.catalog.patterns[tp.id].zones(display.side, self.data.atlas) for tp in points)

    def prepare(self, patterns: Iterable[tuple[frozenset[str], frozenset[str]]]) -> None:
        """Work out, while the user looks, the shapes of patterns likely to be shown next (the candidates at the top
        of the list, the trigger points of the muscle shown), one pattern in one view a turn of the event loop, in
        place of what was being prepared."""
        scene = self.scene()
        views = scene.view_names if scene is not None else []
        self._pending = [(view, essential, spillover) for essential, spillover in patterns for view in views]
        self._preparing.start()

    @property
    def preparing(self) -> bool:
        return bool(self._pending)

    def _prepare_next(self) -> None:
        if self._pending:
            view, essential, spillover = self._pending.pop(0)
            zone_shapes(self.data.atlas).zones(view, essential, spillover)
            self._preparing.start()

    def draw(self, zones: tuple[frozenset[str], frozenset[str]] | None = None) -> None:
        """Draw the current pattern (or ``zones`` instead: a hovered trigger point's) and its trigger points."""
        scene, d = self.scene(), self.current
        if scene is None:
            return
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
        """The current pattern, for explain mode: its muscle, the trigger points that explain the drawing (the whole
        muscle's, for a muscle chosen whole), its zones."""
        d = self.current
        if d is None:
            return None
        muscle = self.data.catalog.muscles[d.muscle_id]
        points = [tp for tp in muscle.trigger_points if d.chosen_tp is None or tp.id in d.explaining]
        locations = tuple(at for tp in points for at in tp.locations_on(d.side, self.data.atlas))
        return Shown(muscle.name, d.side.value, locations, d.essential, d.spillover)

    def shown_of(self, candidate: Candidate) -> Shown:
        """A candidate, for explain mode: its muscle, the trigger points that explain the drawing, its zones."""
        side = "either" if candidate.either_side else candidate.side.value
        points = (
            at for c in candidate.contributions for at in c.trigger_point.locations_on(candidate.side, self.data.atlas)
        )
        return Shown(candidate.muscle.name, side, tuple(points), candidate.essential, candidate.spillover)
