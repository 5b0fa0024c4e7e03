"""The examination plan: grouped by the patient's position, then by rank."""

from __future__ import annotations

from bodymap.core.body.atlas import Side
from bodymap.core.case.model import Target
from bodymap.core.case.plan import Position, ordered, plan_position, position_of


def test_the_first_position_a_description_names_is_the_one_used():
    assert position_of("Prone, or side-lying on the other side") is Position.PRONE
    assert position_of("Sitting with the arm supported, or side-lying") is Position.SITTING
    assert position_of("Crook-lying with the knees apart") is Position.SUPINE
    assert position_of("Sidelying on the unaffected side") is Position.SIDE_LYING
    assert position_of("Whatever is comfortable") is Position.OTHER


def test_every_shipped_trigger_point_has_a_known_position(data):
    for muscle in data.catalog.muscles.values():
        for tp in muscle.trigger_points:
            assert position_of(tp.patient_position) is not Position.OTHER, tp.id


def test_the_plan_keeps_each_position_together_and_the_better_ranked_first(data):
    right = Side.RIGHT
    targets = [Target(m, right) for m in data.catalog.muscles]
    ranks = {t: i + 1 for i, t in enumerate(reversed(targets))}
    plan = ordered(targets + targets[:3], data.catalog, ranks)
    assert len(plan) == len(targets)  # each once
    positions = [plan_position(data.catalog, t) for t in plan]
    order = list(Position)
    assert positions == sorted(positions, key=order.index)  # one group per position, in moving order
    for position in set(positions):
        group = [ranks[t] for t, p in zip(plan, positions, strict=True) if p is position]
        assert group == sorted(group)


def test_a_muscle_without_a_rank_comes_after_the_ranked_ones_of_its_group(data):
    a, b = Target("upper_trapezius", Side.RIGHT), Target("upper_trapezius", Side.LEFT)
    assert plan_position(data.catalog, a) is plan_position(data.catalog, b)
    assert ordered([a, b], data.catalog, {b: 1}) == (b, a)
