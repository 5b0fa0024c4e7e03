"""A study round played as a student plays it, through the main window's Study menu: clicks, a painted attempt,
typed answers with a typo, the keyboard; then the app closed and opened again, with the history and what is due
next as they were."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint, Qt

from bodymap.core.study.items import QuizKind
from bodymap.core.study.questions import DrawQuestion, FindQuestion, NameQuestion, WhereQuestion
from bodymap.core.study.record import from_bytes
from bodymap.ui.main_window import MainWindow
from tests.ui.study.conftest import click, drag, location_point, open_study, records, region_point

ROUND = 10
REGIONS = ("Neck", "Shoulder")


def typo(name: str) -> str:
    """The name with two letters swapped in its longest word, as a hurried student types it."""
    words = name.lower().split()
    longest = max(words, key=len)
    i = len(longest) // 2
    swapped = longest[:i] + longest[i + 1] + longest[i] + longest[i + 2 :]
    return " ".join(swapped if w == longest else w for w in words)


def answer_name(qtbot, study, q: NameQuestion, turn: int) -> None:
    panel = study.quiz.panel
    if turn % 3 == 0:  # typed, with a typo
        qtbot.keyClicks(panel.typed, typo(q.muscle.name))
        qtbot.keyClick(panel.typed, Qt.Key.Key_Return)
    elif turn % 3 == 1:  # the key of the right choice
        number = [m.id for m in q.choices].index(q.muscle.id) + 1
        qtbot.keyClick(panel.typed, str(number))
    else:  # a wrong choice, with the mouse
        wrong = next(b for b, m in zip(panel.buttons, q.choices, strict=True) if m.id != q.muscle.id)
        qtbot.mouseClick(wrong, Qt.MouseButton.LeftButton)


def answer_draw(qtbot, study, q: DrawQuestion) -> None:
    """A stroke through two areas of the main zone and a click on a third (or through what there is)."""
    shown = {r for v in study.quiz.views for r in study.data.atlas.views[v].shapes}
    zone = sorted(r for r in q.essential if r in shown)
    drag(qtbot, study, [region_point(study, r) for r in zone[:2]] * (2 if len(zone) == 1 else 1))
    if len(zone) > 2:
        click(qtbot, study, region_point(study, zone[2]))
    assert study.quiz.panel.painted  # the attempt is painted before it is checked
    qtbot.keyClick(study.quiz.canvas, Qt.Key.Key_Return)


def answer_find(qtbot, study, q: FindQuestion, turn: int) -> None:
    if turn % 2 == 0:  # a click on the X
        click(qtbot, study, location_point(study, q.locations[0]))
    else:  # the keyboard: the arrows put a mark on the body and move it
        qtbot.keyClick(study.quiz.canvas, Qt.Key.Key_Right)
        qtbot.keyClick(study.quiz.canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert study.quiz.panel.guess is not None
    qtbot.keyClick(study.quiz.canvas, Qt.Key.Key_Return)


def answer_where(qtbot, study, q: WhereQuestion) -> None:
    for number in (1, 2, 3):
        qtbot.keyClick(study.quiz, str(number))
    assert len(study.quiz.panel.picks) == 3
    qtbot.keyClick(study.quiz, Qt.Key.Key_Return)


def play(qtbot, study) -> Counter:
    kinds: Counter = Counter()
    for number in range(1, ROUND + 1):
        q = study.quiz.question
        assert study.quiz.progress.text().startswith(f"Question {number} of {ROUND}")
        assert q.muscle.group in ("neck", "shoulder")
        turn = kinds[q.kind]
        with qtbot.waitSignal(study.record_saved):
            if isinstance(q, NameQuestion):
                answer_name(qtbot, study, q, turn)
            elif isinstance(q, DrawQuestion):
                answer_draw(qtbot, study, q)
            elif isinstance(q, FindQuestion):
                answer_find(qtbot, study, q, turn)
            else:
                answer_where(qtbot, study, q)
        kinds[q.kind] += 1
        feedback = study.study.asked[-1].feedback
        assert study.quiz.panel.revealed
        assert study.quiz.score.text() and study.quiz.why.text() == feedback.why  # at once, with one line of why
        if isinstance(q, NameQuestion):
            assert feedback.score == (0.0 if turn % 3 == 2 else 1.0)  # the typo forgiven
            verdicts = {m.id: b.property("verdict") for b, m in zip(study.quiz.panel.buttons, q.choices, strict=True)}
            assert verdicts[q.muscle.id] == ("missed" if turn % 3 == 2 else "right")
        if isinstance(q, FindQuestion) and turn % 2 == 0:
            assert feedback.score == 1.0
        if isinstance(q, DrawQuestion):
            assert 0 < feedback.score <= 1, (q.trigger_point.id, sorted(q.essential), study.quiz.panel.painted)
            assert not study.quiz.canvas.drawing_enabled  # the answer is drawn over the attempt
        if number < ROUND:
            with qtbot.waitSignal(study.question_shown):
                qtbot.keyClick(study.quiz, Qt.Key.Key_Return)
        else:
            with qtbot.waitSignal(study.round_finished):
                qtbot.keyClick(study.quiz, Qt.Key.Key_Return)
    return kinds


def test_a_round_of_every_kind_is_played_kept_and_found_again(qtbot, window, settings, data, data_home):
    study = open_study(qtbot, window)
    profile = study.profile_choice.currentText()
    none = next(b for b in study.setup.regions.findChildren(type(study.setup.start)) if b.text() == "None")
    qtbot.mouseClick(none, Qt.MouseButton.LeftButton)
    for name, box in study.setup.regions.boxes.items():
        if name.capitalize() in REGIONS:
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on its tick box
    assert study.setup.plan.groups == ("neck", "shoulder")
    assert set(study.setup.plan.kinds) == set(QuizKind)
    with qtbot.waitSignal(study.question_shown):
        qtbot.keyClick(study.setup, Qt.Key.Key_Return)

    kinds = play(qtbot, study)
    assert set(kinds) == set(QuizKind)  # every kind came up in ten questions
    assert study.summary.table.rowCount() == ROUND
    saved = records(data_home) / f"{profile}.json"
    record = from_bytes(saved.read_bytes())
    assert len(record.answers) == ROUND
    due = {item: memory.due for item, memory in record.memory.items()}
    missed = [a.item for a in record.answers if a.score < 0.5]
    right = [a.item for a in record.answers if a.score >= 0.8]
    assert missed and right
    assert max(due[i] for i in missed) < min(due[i] for i in right if i not in missed)  # a miss comes back first

    with qtbot.waitSignal(study.question_shown):  # Enter on the summary: another round like it
        qtbot.keyClick(study.summary, Qt.Key.Key_Return)
    assert study.quiz.progress.text().startswith(f"Question 1 of {ROUND}")

    window.close()
    assert not study.isVisible()  # closed with the app

    again = MainWindow(data, settings)
    qtbot.addWidget(again)
    again.show()
    again.study.progress_action.trigger()
    reopened = again.study.study_window
    qtbot.waitExposed(reopened)
    assert reopened.profile_choice.currentText() == profile
    assert [(a.item, a.score, a.at) for a in reopened.record.answers] == [
        (a.item, a.score, a.at) for a in record.answers
    ]
    assert {item: memory.due for item, memory in reopened.record.memory.items()} == due
    page = reopened.progress_page
    assert page is not None and reopened.pages.currentWidget() is page
    assert page.summary.text().startswith(f"{ROUND} answers on 1 day")
    assert reopened.setup.plan.groups == ("neck", "shoulder")  # the last round's choice is remembered
