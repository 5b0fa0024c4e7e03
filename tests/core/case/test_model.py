"""Editing a case: every change returns what it replaced, so an undo can put it back."""

from __future__ import annotations

import datetime as dt

import pytest

from bodymap.core.body.atlas import Side
from bodymap.core.body.painmap import PainMap, PainMark
from bodymap.core.case.model import Case, Finding, Target, TriggerPointResult, Visit

DAY = dt.date(2026, 11, 30)
TRAP = Target("upper_trapezius", Side.RIGHT)


def test_a_new_case_has_one_blank_visit():
    case = Case.new(DAY)
    assert case.label == ""
    assert case.visits == [Visit(DAY)]


def test_setting_fields_returns_the_old_values_and_refuses_bad_ones():
    visit = Visit(DAY)
    before = visit.set(pain_score=7, notes="worse at night", plan=[TRAP])
    assert before == {"pain_score": None, "notes": "", "plan": ()}
    assert visit.plan == (TRAP,)
    visit.set(**before)
    assert visit == Visit(DAY)
    with pytest.raises(ValueError, match="0 to 10"):
        visit.set(pain_score=11)
    with pytest.raises(ValueError, match="no settable field"):
        visit.set(pain={})


def test_a_finding_is_recorded_replaced_and_forgotten():
    visit = Visit(DAY)
    active = Finding(TriggerPointResult.ACTIVE, familiar_pain=True)
    assert visit.set_finding(TRAP, active) is None
    assert visit.findings[TRAP].confirmed
    assert visit.set_finding(TRAP, Finding(TriggerPointResult.NONE)) == active
    assert visit.findings[TRAP].ruled_out
    visit.set_finding(TRAP, None)
    assert visit.findings == {}


def test_the_next_visit_copies_the_drawing_only_when_asked():
    first = Visit(DAY, PainMap({"right_temple": PainMark(6)}), pain_score=5, notes="first")
    copied = first.next_visit(DAY + dt.timedelta(days=7), copy_drawing=True)
    assert dict(copied.pain) == dict(first.pain) and copied.pain is not first.pain
    assert copied.pain_score is None and copied.notes == "" and copied.plan == ()
    assert len(first.next_visit(DAY, copy_drawing=False).pain) == 0


def test_visits_are_told_apart_by_identity_not_content():
    case = Case("", [Visit(DAY), Visit(DAY)])
    second = case.visits[1]
    assert case.index_of(second) == 1
    assert case.remove_visit(second) == 1
    assert case.visits == [Visit(DAY)] and case.visits[0] is not second
    with pytest.raises(ValueError, match="not in this case"):
        case.index_of(second)
