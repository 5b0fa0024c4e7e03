"""A question of each quiz kind, made from the data for one item on one side, and the checking of its answer.

A question holds what the screen shows (views, pattern, trigger points, a pain drawing, the choices) and checks
an answer into :class:`Feedback`: a score from 0 to 1, one line saying why, and the answer in words for the
student's history.  The right answer itself is in the question, for the screen to draw after the answer.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypedDict

from bodymap.core.body.atlas import Atlas, Side
from bodymap.core.body.painmap import DEFAULT_INTENSITY, PainMark
from bodymap.core.clinic.catalog import Catalog, Location, Muscle, TriggerPoint
from bodymap.core.clinic.ranking import rank
from bodymap.core.study.distractors import distractors
from bodymap.core.study.items import Item, QuizKind
from bodymap.core.study.schedule import RIGHT
from bodymap.core.study.scoring import (
    ADULT_CM,
    PICKS,
    RANK_DEPTH,
    click_credit,
    in_cm,
    recognise_muscle,
    score_click,
    score_drawing,
    score_picks,
)
from bodymap.core.study.words import areas, in_sentence, listing, muscle_on

NAME_CHOICES = 4
WHERE_CHOICES = 8
WHERE_FROM_RANKING = 5  # of the choices, the ranking's first muscles (the rest look alike)


@dataclass(frozen=True)
class Feedback:
    score: float
    why: str  # one line
    given: str  # the student's answer in words
    nearest: Location | None = None  # for a click: the trigger point it was measured to

    @property
    def right(self) -> bool:
        return self.score >= RIGHT


@dataclass(frozen=True, kw_only=True)
class Question:
    item: Item
    side: Side
    muscle: Muscle  # the muscle the question is about
    prompt: str
    views: tuple[str, ...] = ()  # the views to show; () for all
    atlas: Atlas = field(repr=False, compare=False)
    catalog: Catalog = field(repr=False, compare=False)

    @property
    def kind(self) -> QuizKind:
        return self.item.kind


@dataclass(frozen=True, kw_only=True)
class PatternQuestion(Question):
    """A question about one trigger point and its referral pattern."""

    trigger_point: TriggerPoint
    locations: tuple[Location, ...]  # where its X is drawn, the view it is examined in first
    essential: frozenset[str]
    spillover: frozenset[str]

    @property
    def location(self) -> Location:
        return self.locations[0]


@dataclass(frozen=True, kw_only=True)
class NameQuestion(PatternQuestion):
    """A trigger point (X) and its pattern are drawn: which muscle is it?"""

    choices: tuple[Muscle, ...]

    def check_choice(self, muscle_id: str) -> Feedback:
        chosen = self.catalog.muscles[muscle_id]
        return self._feedback(chosen, chosen.name)

    def check_typed(self, text: str) -> Feedback:
        """A typed name: any name or synonym of the muscle, typos forgiven."""
        recognised = recognise_muscle(text, self.catalog)
        given = f"typed '{text.strip()}'"
        if recognised is not None and recognised.name.casefold() != text.strip().casefold():
            given += f", read as {recognised.name}"
        return self._feedback(recognised, given)

    def _feedback(self, chosen: Muscle | None, given: str) -> Feedback:
        right = chosen is not None and chosen.id == self.muscle.id
        refers = f"{self.trigger_point.name} refers mainly to the {areas(self.essential, self.atlas)}."
        why = f"Yes: {refers}" if right else f"No, it is {self.muscle.name}: {refers}"
        return Feedback(1.0 if right else 0.0, why, given)


@dataclass(frozen=True, kw_only=True)
class DrawQuestion(PatternQuestion):
    """A trigger point is named and shown: paint its main referral zone."""

    def check(self, painted: Iterable[str]) -> Feedback:
        painted = frozenset(painted)
        drawing = score_drawing(painted, self.essential, self.spillover, self.atlas)
        count = len(painted)
        given = f"painted {count} area{'s' if count != 1 else ''}"
        if not painted:
            return Feedback(0.0, f"Nothing painted: its main zone is the {areas(self.essential, self.atlas)}.", given)
        if len(self.essential) == 1:
            why = "You painted its main zone" if drawing.covered else "You missed its main zone"
        else:
            why = (
                f"You painted {len(drawing.covered)} of the {len(self.essential)} areas of its main zone "
                f"({drawing.covered_share:.0%} of its area)"
            )
        if drawing.spillover:
            why += f" and {len(drawing.spillover)} of its spillover"
        if drawing.outside:
            n = len(drawing.outside)
            why += f"; {n} painted area{'s lie' if n != 1 else ' lies'} outside its pattern"
        return Feedback(drawing.score, why + ".", given)


@dataclass(frozen=True, kw_only=True)
class FindQuestion(Question):
    """A muscle is named: click its trigger point (any of them)."""

    trigger_points: tuple[tuple[TriggerPoint, Location], ...]  # on the question's side, one pair per view drawn
    other_side: tuple[Location, ...]  # the same trigger points on the other side

    @property
    def locations(self) -> tuple[Location, ...]:
        return tuple(loc for _, loc in self.trigger_points)

    def check(self, view: str, x: float, y: float) -> Feedback:
        click = score_click(view, x, y, self.locations, self.atlas)
        if click.nearest is None:
            names = listing([self.atlas.views[v].label.lower() for v in self.views])
            return Feedback(0.0, f"Its trigger points are drawn in the {names} view.", "clicked another view")
        tp = next(t for t, loc in self.trigger_points if loc == click.nearest)
        given = f"clicked {in_cm(click.distance):.0f} cm away"
        if click.score >= 1.0:
            return Feedback(1.0, f"On the spot: {tp.name}.", "clicked on the spot", click.nearest)
        why = f"{in_cm(click.distance):.0f} cm (on an adult of {ADULT_CM:.0f} cm) from {tp.name}."
        mirrored = score_click(view, x, y, self.other_side, self.atlas)
        if click_credit(mirrored.distance) > click.score:
            why += f" That spot is on the patient's {self.side.opposite.value} side."
        return Feedback(click.score, why, given, click.nearest)


@dataclass(frozen=True, kw_only=True)
class WhereQuestion(Question):
    """A pain drawing (the main zone of ``trigger_point``) is shown: which muscles to examine first?"""

    trigger_point: TriggerPoint
    pain: Mapping[str, PainMark]
    ranked: tuple[str, ...]  # muscle ids in the ranking's order
    choices: tuple[Muscle, ...]
    picks: int = PICKS

    @property
    def best(self) -> tuple[str, ...]:
        """The muscles that, picked, earn full marks."""
        return score_picks((), self.ranked, self.muscle.id, self.picks).best

    def check(self, picks: Sequence[str]) -> Feedback:
        scored = score_picks(picks, self.ranked, self.muscle.id, self.picks)
        first = listing([self.catalog.muscles[m].name for m in self.ranked[: self.picks]])
        why = (
            f"The drawing is the main zone of {self.trigger_point.name} ({self.side.value}); "
            f"the ranking puts {first} first."
        )
        given = ", ".join(self.catalog.muscles[m].name for m in picks) or "no muscle"
        return Feedback(scored.score, why, given)


# --------------------------------------------------------------------------------------------- asking


class _Common(TypedDict):
    """What every question about a trigger point is given."""

    item: Item
    side: Side
    muscle: Muscle
    atlas: Atlas
    catalog: Catalog


def ask(item: Item, atlas: Atlas, catalog: Catalog, rng: random.Random) -> Question:
    """A question for ``item`` on a side chosen by ``rng`` (the two sides are one fact, mirrored)."""
    side = rng.choice((Side.RIGHT, Side.LEFT))
    if item.kind is QuizKind.FIND:
        return _find(catalog.muscles[item.subject], item, side, atlas, catalog)
    tp = catalog.trigger_points[item.subject]
    muscle = catalog.muscles[tp.muscle_id]
    essential, spillover = catalog.patterns[tp.id].zones(side, atlas)
    locations = tp.locations_on(side, atlas)
    common = _Common(item=item, side=side, muscle=muscle, atlas=atlas, catalog=catalog)
    if item.kind is QuizKind.NAME:
        others = distractors(muscle, (essential, spillover), side, atlas, catalog, rng, NAME_CHOICES - 1)
        choices = [muscle, *(catalog.muscles[m] for m in others)]
        rng.shuffle(choices)
        return NameQuestion(
            **common,
            prompt="Which muscle's trigger point (X) refers pain to the blue zone?",
            trigger_point=tp,
            locations=locations,
            essential=essential,
            spillover=spillover,
            choices=tuple(choices),
        )
    if item.kind is QuizKind.DRAW:
        return DrawQuestion(
            **common,
            prompt=f"Paint the main referral zone of the trigger point marked X: {tp.name}, on the patient's "
            f"{side.value}.",
            trigger_point=tp,
            locations=locations,
            essential=essential,
            spillover=spillover,
        )
    pain = {rid: PainMark(DEFAULT_INTENSITY) for rid in essential}
    ranked = tuple(dict.fromkeys(c.muscle.id for c in rank(pain, atlas, catalog)))
    offered = [muscle.id, *(m for m in ranked[:WHERE_FROM_RANKING] if m != muscle.id)]
    offered += distractors(
        muscle, (essential, spillover), side, atlas, catalog, rng, WHERE_CHOICES - len(offered), exclude=offered
    )
    return WhereQuestion(
        **common,
        prompt=f"A patient marked the pain drawn in red. Which muscles would you examine first? Pick {PICKS}.",
        trigger_point=tp,
        pain=pain,
        ranked=ranked[: max(RANK_DEPTH, PICKS)],
        choices=tuple(sorted((catalog.muscles[m] for m in offered), key=lambda m: m.name)),
    )


def _find(muscle: Muscle, item: Item, side: Side, atlas: Atlas, catalog: Catalog) -> FindQuestion:
    points = tuple((tp, location) for tp in muscle.trigger_points for location in tp.locations_on(side, atlas))
    shown = {loc.view for _, loc in points}
    count = len(points)
    named = in_sentence(muscle_on(muscle.name, side))
    prompt = (
        f"Click the trigger point of the {named}."
        if count == 1
        else f"Click a trigger point of the {named} (it has {count})."
    )
    return FindQuestion(
        item=item,
        side=side,
        muscle=muscle,
        prompt=prompt,
        views=tuple(v for v in atlas.views if v in shown),
        atlas=atlas,
        catalog=catalog,
        trigger_points=points,
        other_side=tuple(loc for tp in muscle.trigger_points for loc in tp.locations_on(side.opposite, atlas)),
    )
