"""A case in the window, as a clinician uses it: draw, rank, plan, examine, treat, save, quit, reopen, next visit."""

from __future__ import annotations

import datetime as dt
import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from bodymap.core.body.atlas import Side
from bodymap.core.body.painmap import PainMark
from bodymap.core.case.fileformat import loads, read_file
from bodymap.core.case.model import Target, Technique, TriggerPointResult
from bodymap.ui.canvas.items import Examined
from bodymap.ui.canvas.marks import ExaminedMarks
from bodymap.ui.case.dialogs import CaseFileName, Choice, LockedCase, Problem, UnsavedChanges
from bodymap.ui.main_window import MainWindow
from tests.ui.conftest import click, region_point

PAIN = (
    ("anterior", "right_temple"),
    ("posterior", "right_occiput"),
    ("posterior", "right_posterior_neck_upper"),
    ("anterior", "right_angle_of_jaw"),
)


def answer(monkeypatch, dialog: type, name: str, value: object) -> list[tuple]:
    """Make ``dialog.name`` answer ``value`` (instead of asking); returns the calls made, to check what was asked."""
    calls: list[tuple] = []

    def ask(cls, *args):
        calls.append(args)
        return value

    monkeypatch.setattr(dialog, name, classmethod(ask))
    return calls


def open_window(qtbot, data, settings) -> MainWindow:
    window = MainWindow(data, settings)
    qtbot.addWidget(window)
    window.resize(1300, 860)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_rows(qtbot, window: MainWindow):
    """The plan's rows, once they are on screen (a change of the plan lays them out anew)."""
    qtbot.waitUntil(lambda: all(row.isVisible() for row in window.examination.plan_rows))
    return window.examination.plan_rows


def test_a_whole_visit_then_the_next_one_as_a_clinician_works(qtbot, data, settings, tmp_path, monkeypatch):
    case_file = tmp_path / "neck and head.bodymap"
    answer(monkeypatch, CaseFileName, "to_save", case_file)
    answer(monkeypatch, CaseFileName, "to_open", case_file)
    window = open_window(qtbot, data, settings)
    qtbot.waitUntil(lambda: not window._relayout_timer.isActive())

    # draw and rank
    for view, region in PAIN:
        click(qtbot, window, view, region)
    assert window.panel.list.count() > 5

    # the plan: the smallest set, then two more candidates added with A
    window.tabs.setCurrentWidget(window.examination)
    qtbot.mouseClick(window.examination.plan_from_cover, Qt.MouseButton.LeftButton)
    planned = set(window.model.current.plan)
    added = 0
    for row in range(window.panel.list.count()):
        candidate = window.panel.list.item(row).data(Qt.ItemDataRole.UserRole + 1)
        if (target := Target(candidate.muscle.id, candidate.side)) not in planned and added < 2:
            window.panel.list.setCurrentRow(row)
            qtbot.waitUntil(lambda t=target: window.examination.chosen == t)
            window.actions["plan"].trigger()
            added += 1
    plan = window.model.current.plan
    assert len(plan) >= 3

    # findings: one click for the result, one for familiar pain
    qtbot.mouseClick(shown_rows(qtbot, window)[0].buttons[TriggerPointResult.ACTIVE], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(shown_rows(qtbot, window)[0].familiar, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(shown_rows(qtbot, window)[1].buttons[TriggerPointResult.LATENT], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(shown_rows(qtbot, window)[2].buttons[TriggerPointResult.NONE], Qt.MouseButton.LeftButton)
    findings = window.model.current.findings
    assert findings[plan[0]].confirmed and findings[plan[1]].result is TriggerPointResult.LATENT
    assert findings[plan[2]].ruled_out

    # the body and the candidates show the results
    badges = [b for item in window.scene.items() if isinstance(item, ExaminedMarks) for b in item.badges]
    assert {b.kind for b in badges} == {Examined.CONFIRMED, Examined.FOUND, Examined.RULED_OUT}
    assert "Confirmed: active, familiar pain" in window.legend.texts()

    # treatment
    exam = window.examination
    exam.treat_target.setCurrentIndex(exam.treat_target.findData(plan[0]))
    exam.technique.setCurrentIndex(exam.technique.findData(Technique.DRY_NEEDLING))
    qtbot.keyClicks(exam.response, "two twitches, eased to 3/10")
    qtbot.mouseClick(exam.add_treatment, Qt.MouseButton.LeftButton)
    assert window.model.current.treatments[0].response == "two twitches, eased to 3/10"

    # the visit's score and notes; save; quit
    window.tabs.setCurrentWidget(window.visits)
    window.visits.score.setValue(6)
    qtbot.keyClicks(window.visits.notes, "Desk work.")
    assert window.isWindowModified()
    window.actions["save"].trigger()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("neck and head.bodymap")
    assert stat.S_IMODE(case_file.stat().st_mode) == 0o600
    first_visit_pain = dict(window.model.current.pain)
    window.actions["quit"].trigger()
    assert not window.isVisible()

    # reopen, a second visit from a copy of the drawing, change it, save
    window = open_window(qtbot, data, settings)
    window.actions["open"].trigger()
    assert window.model.path == case_file
    assert len(window.model.case.visits) == 1
    window.tabs.setCurrentWidget(window.visits)
    assert window.visits.copy_drawing.isChecked()
    qtbot.mouseClick(window.visits.new_button, Qt.MouseButton.LeftButton)
    assert window.model.visit_number == 2
    assert dict(window.model.current.pain) == first_visit_pain
    qtbot.waitUntil(lambda: not window._relayout_timer.isActive())
    with qtbot.waitSignal(window.ranked):
        at = region_point(window, "posterior", "right_occiput")
        qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=at)  # cleared: better this week
    window.visits.score.setValue(3)
    window.actions["save"].trigger()
    assert not window.isWindowModified()

    # everything is in the file
    case = loads(read_file(case_file), data.atlas, data.catalog, data.migrations)
    first, second = case.visits
    assert dict(first.pain) == first_visit_pain and first.pain_score == 6 and first.notes == "Desk work."
    assert first.plan == plan and first.findings == findings
    assert first.treatments[0].technique is Technique.DRY_NEEDLING
    assert "right_occiput" not in second.pain and second.pain_score == 3
    assert second.date == dt.date.today() and second.plan == () and second.findings == {}


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(qtbot, data, settings, monkeypatch, tmp_path):
    window = open_window(qtbot, data, settings)
    window.toggle_region("right_temple")
    asked = answer(monkeypatch, UnsavedChanges, "ask", Choice.CANCEL)
    window.close()
    assert window.isVisible() and asked[0][1] == "Untitled case"
    answer(monkeypatch, CaseFileName, "to_save", tmp_path / "saved.bodymap")
    answer(monkeypatch, UnsavedChanges, "ask", Choice.SAVE)
    window.close()
    assert not window.isVisible()
    assert (tmp_path / "saved.bodymap").exists()


def test_the_title_names_the_case_and_marks_unsaved_changes(qtbot, data, settings):
    window = open_window(qtbot, data, settings)
    assert window.windowTitle() == "Untitled case[*] — bodymap" and not window.isWindowModified()
    window.toggle_region("right_temple")
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert not window.isWindowModified()  # back to the saved state: "modified" is the undo stack's clean state
    window.visits.label.setText("")
    qtbot.keyClicks(window.visits.label, "Case 12")
    assert window.windowTitle().startswith("Case 12 — Untitled case")


def test_a_case_open_elsewhere_opens_read_only_after_saying_by_whom(qtbot, data, settings, tmp_path, monkeypatch):
    case_file = tmp_path / "shared.bodymap"
    answer(monkeypatch, CaseFileName, "to_save", case_file)
    first = open_window(qtbot, data, settings)
    first.toggle_region("right_temple")
    first.actions["save"].trigger()
    asked = answer(monkeypatch, LockedCase, "ask", True)
    second = open_window(qtbot, data, settings)
    assert second.files.open(case_file)
    name, holder = asked[0][1], asked[0][2]
    assert name == "shared.bodymap" and "process" in holder and "since" in holder
    assert second.model.read_only and "(read-only)" in second.windowTitle()
    assert not second.examination.isEnabled()
    # saving a read-only case asks for another name; the shared file stays as the first window wrote it
    before = case_file.read_bytes()
    answer(monkeypatch, CaseFileName, "to_save", tmp_path / "my copy.bodymap")
    second.toggle_region("right_occiput")
    second.actions["save"].trigger()
    assert case_file.read_bytes() == before
    assert second.model.path == tmp_path / "my copy.bodymap" and not second.model.read_only


@pytest.mark.parametrize(
    ("content", "said"),
    [(b"{not json", "damaged"), (b'{"format": "bodymap case", "format_version": 7}', "newer bodymap")],
)
def test_a_damaged_or_newer_file_is_refused_with_a_message_and_left_as_it_is(
    qtbot, data, settings, tmp_path, monkeypatch, content, said
):
    bad = tmp_path / "bad.bodymap"
    bad.write_bytes(content)
    shown = answer(monkeypatch, Problem, "show", None)
    window = open_window(qtbot, data, settings)
    window.toggle_region("right_temple")
    assert not window.files.open(bad)
    assert said in shown[0][3]
    assert bad.read_bytes() == content
    assert window.model.path is None and "right_temple" in window.model.pain  # the open case is untouched


def test_visits_are_switched_and_deleted_with_undo(qtbot, data, settings):
    window = open_window(qtbot, data, settings)
    window.toggle_region("right_temple")
    window.visits.copy_drawing.setChecked(False)
    qtbot.mouseClick(window.visits.new_button, Qt.MouseButton.LeftButton)
    assert window.model.visit_number == 2 and len(window.model.pain) == 0
    window.visits.list.setCurrentRow(0)
    assert window.model.visit_number == 1 and window.model.pain["right_temple"] == PainMark(6)
    qtbot.mouseClick(window.visits.delete_button, Qt.MouseButton.LeftButton)
    assert len(window.model.case.visits) == 1 and len(window.model.pain) == 0
    window.undo_action.trigger()
    assert len(window.model.case.visits) == 2 and window.model.visit_number == 1
    assert window.visits.list.count() == 2


def test_the_plan_groups_muscles_by_the_position_the_patient_takes(qtbot, data, settings):
    window = open_window(qtbot, data, settings)
    window.tabs.setCurrentWidget(window.examination)
    for muscle in ("infraspinatus", "rhomboids", "upper_trapezius", "levator_scapulae"):
        window.examination.toggle(Target(muscle, Side.RIGHT))

    def groups() -> list[str]:
        labels = window.examination.findChildren(QLabel, "plan-group")
        return [label.text() for label in labels if label.isVisible()]

    qtbot.waitUntil(lambda: len(groups()) == 4)
    assert groups() == ["Sitting", "Lying on the back", "Lying on the side", "Lying face down"]
    plan = [t.muscle for t in window.model.current.plan]
    assert plan == ["levator_scapulae", "upper_trapezius", "infraspinatus", "rhomboids"]


def test_badges_of_what_palpation_found_never_lie_on_one_another(qtbot, data, settings):
    """The neck muscles' trigger points lie a few millimetres apart: a muscle's spots under one badge share it, and
    the badges of different muscles are moved apart, for the zoom they are painted at."""
    from bodymap.core.case.model import Finding
    from bodymap.ui.canvas.marks import BADGE_EDGE, BADGE_RADIUS
    from bodymap.ui.case.commands import SetFinding

    window = open_window(qtbot, data, settings)
    for muscle in ("posterior_cervicals", "suboccipitals", "upper_trapezius"):
        target = Target(muscle, Side.RIGHT)
        window.examination.toggle(target)
        window.undo_stack.push(SetFinding(window.model, target, Finding(TriggerPointResult.NONE), "none"))
    for zoom in (1.0, 4.0):
        window.canvas.scale(zoom, zoom)
        qtbot.wait(20)  # the scene takes in its new items
        window.canvas.viewport().repaint()
        (item,) = [i for i in window.scene.items() if isinstance(i, ExaminedMarks)]
        scale = window.canvas.transform().m11()
        drawn = item.drawn
        assert sum(len(b.spots) for b in drawn) == len(item.badges)  # every spot has its badge
        for i, a in enumerate(drawn):
            for b in drawn[:i]:
                apart = ((a.at.x() - b.at.x()) ** 2 + (a.at.y() - b.at.y()) ** 2) ** 0.5 * scale
                assert a.view != b.view or apart >= 2 * (BADGE_RADIUS + BADGE_EDGE), (zoom, a.view, apart)
    assert len(drawn) < len(item.badges)  # at the whole body's zoom some spots share a badge
