"""Study profiles and their records: several students on one computer; a damaged record set aside with a
message, never a crash and never silently reset; a newer one left alone; a failed save said and tried again."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from bodymap.core.study.items import QuizKind
from bodymap.core.study.record import file_name, from_bytes
from bodymap.ui.files import SaveError
from bodymap.ui.study import profiles
from bodymap.ui.study.window import NewProfileDialog
from tests.ui.study.conftest import open_study, records


def answer_one(qtbot, study) -> None:
    """Start a round of finding trigger points and click the first question's X."""
    for kind, box in study.setup.kinds.items():
        box.setChecked(kind is QuizKind.FIND)
    with qtbot.waitSignal(study.question_shown):
        study.setup.start.click()
    x = study.quiz.question.locations[0]
    study.quiz.panel.on_point_clicked(x.view, x.x, x.y)
    qtbot.keyClick(study.quiz, Qt.Key.Key_Return)


def test_each_student_has_a_profile_of_their_own(qtbot, window, data_home, monkeypatch):
    study = open_study(qtbot, window)
    first = study.profile_choice.currentText()
    assert first  # named after the login at first
    with qtbot.waitSignal(study.record_saved):
        answer_one(qtbot, study)
    monkeypatch.setattr(NewProfileDialog, "ask", classmethod(lambda cls, parent, taken: "Ana  María"))
    study.new_profile()
    assert study.profile_choice.currentText() == "Ana María"
    assert [study.profile_choice.itemText(i) for i in range(study.profile_choice.count())] == sorted(
        [first, "Ana María"], key=str.casefold
    )
    assert study.record.profile == "Ana María"
    assert study.record.answers == []
    assert (records(data_home) / file_name("Ana María")).exists()
    study.profile_choice.setCurrentText(first)
    assert len(study.record.answers) == 1


def test_a_damaged_record_is_set_aside_with_a_message(qtbot, window, data_home, settings):
    folder = records(data_home)
    folder.mkdir(parents=True)
    damaged = folder / "Ben.json"
    damaged.write_text('{"format": "bodymap study record", "format_version": 1, "profile": "Ben",', "utf-8")
    settings.setValue("study/profile", "Ben")
    study = open_study(qtbot, window)
    assert study.profile_choice.currentText() == "Ben"
    assert study.notice.isVisible()
    message = study.notice.label.text()
    assert message.startswith("The study record of Ben could not be read (it is not valid JSON: line 1")
    aside = [p for p in folder.iterdir() if p.name.startswith("Ben.json.damaged-")]
    assert len(aside) == 1
    assert aside[0].name in message
    assert aside[0].read_text("utf-8").endswith('"Ben",')  # kept as it was
    assert from_bytes(damaged.read_bytes()).answers == []  # a new record, and the student was told
    assert study.record is not None
    assert study.setup.start.isEnabled()


def test_a_record_from_a_newer_bodymap_is_left_alone(qtbot, window, data_home, settings):
    folder = records(data_home)
    folder.mkdir(parents=True)
    newer = folder / "Cleo.json"
    content = json.dumps({"format": "bodymap study record", "format_version": 99, "profile": "Cleo"})
    newer.write_text(content, "utf-8")
    settings.setValue("study/profile", "Cleo")
    study = open_study(qtbot, window)
    assert "written by a newer bodymap" in study.notice.label.text()
    assert "update bodymap to open it" in study.notice.label.text()
    assert newer.read_text("utf-8") == content
    assert study.record is None
    assert not study.setup.start.isEnabled()
    assert sorted(p.name for p in folder.iterdir()) == ["Cleo.json"]


def test_a_failed_save_is_said_and_tried_again(qtbot, window, monkeypatch):
    study = open_study(qtbot, window)
    real_save = profiles.save_atomically

    def full_disk(path, data):
        raise SaveError(f"cannot write {path}: the disk may be full")

    monkeypatch.setattr(profiles, "save_atomically", full_disk)
    answer_one(qtbot, study)
    assert "Your answers could not be saved" in study.notice.label.text()
    assert len(study.record.answers) == 1  # kept
    monkeypatch.setattr(profiles, "save_atomically", real_save)
    qtbot.keyClick(study.quiz, Qt.Key.Key_Escape)  # ends the round
    with qtbot.waitSignal(study.record_saved):
        answer_one(qtbot, study)
    assert not study.notice.isVisible()
    saved = from_bytes(study.profiles.path(study.record.profile).read_bytes())
    assert len(saved.answers) == 2
