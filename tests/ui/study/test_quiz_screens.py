"""The quiz screens one by one: painting with the keyboard and undo, the mark moved by the arrows, wrong picks
shown, the theme followed."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt

from bodymap.core.body.atlas import Side
from bodymap.core.study.items import Item, QuizKind
from bodymap.core.study.questions import ask
from bodymap.ui.canvas import style
from bodymap.ui.theme import Theme
from tests.ui.study.conftest import click, drag, location_point, open_study, region_point


def show(study, kind: QuizKind, subject: str, side: Side = Side.RIGHT):
    """Show one question (outside a round: the answer is not kept)."""
    question = next(
        q for seed in range(50)
        if (q := ask(Item(kind, subject), study.data.atlas, study.data.catalog, random.Random(seed))).side is side
    )  # fmt: skip
    study.pages.setCurrentWidget(study.quiz)
    study.quiz.ask(question, 1, 1)
    return question


def test_an_area_is_painted_by_its_name_and_a_stroke_undone(qtbot, window):
    study = open_study(qtbot, window)
    q = show(study, QuizKind.DRAW, "upper_trapezius_1")
    panel = study.quiz.panel
    assert "left_lateral" not in study.quiz.views  # the other side's side view is not needed here
    qtbot.keyClicks(panel.by_name, "right tempel")  # a typo, forgiven
    qtbot.keyClick(panel.by_name, Qt.Key.Key_Return)
    assert panel.painted == {"right_temple"}
    assert panel.by_name.text() == ""
    qtbot.keyClicks(panel.by_name, "R occiput")  # a synonym
    qtbot.keyClick(panel.by_name, Qt.Key.Key_Return)
    assert panel.painted == {"right_temple", "right_occiput"}
    qtbot.keyClick(study.quiz.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.painted == {"right_temple"}
    side = "right_lateral"
    drag(qtbot, study, [region_point(study, "right_mastoid", side), region_point(study, "right_angle_of_jaw", side)])
    assert {"right_mastoid", "right_angle_of_jaw"} <= panel.painted
    qtbot.keyClick(study.quiz.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the stroke, at once
    assert panel.painted == {"right_temple"}
    qtbot.keyClick(study.quiz.canvas, Qt.Key.Key_X)  # the eraser
    click(qtbot, study, region_point(study, "right_temple"))
    assert panel.painted == set()
    qtbot.keyClick(study.quiz.canvas, Qt.Key.Key_B)
    for region in sorted(q.essential):
        click(qtbot, study, region_point(study, region))
    assert panel.painted == q.essential
    with qtbot.waitSignal(study.quiz.answered) as answered:
        qtbot.keyClick(study.quiz.canvas, Qt.Key.Key_Return)
    assert answered.args[0].score == 1.0
    assert study.quiz.score.text().endswith("Correct: 100%</span>")
    click(qtbot, study, region_point(study, "right_patella"))  # once answered, the painting is final
    assert panel.painted == q.essential


def test_the_mark_moves_with_the_arrows_and_the_distance_is_drawn(qtbot, window):
    study = open_study(qtbot, window)
    q = show(study, QuizKind.FIND, "infraspinatus", Side.LEFT)
    assert study.quiz.views[0] == "posterior"  # and the side view, where some are drawn too
    x = q.locations[0]
    click(qtbot, study, location_point(study, x, dy=40))
    panel = study.quiz.panel
    assert panel.guess[0] == "posterior"
    assert abs(panel.guess[2] - (x.y + 40)) < 2
    for _ in range(3):
        qtbot.keyClick(study.quiz.canvas, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert abs(panel.guess[2] - (x.y - 5)) < 2
    with qtbot.waitSignal(study.quiz.answered) as answered:
        qtbot.keyClick(study.quiz.canvas, Qt.Key.Key_Return)
    feedback = answered.args[0]
    assert 0 < feedback.score <= 1
    assert feedback.nearest == x or feedback.nearest in q.locations
    assert len(panel._items) == 2  # the mark and the line to the trigger point
    assert "anterior" in study.quiz.views  # its pattern reaches the front of the shoulder: shown with the answer


def test_wrong_picks_are_shown_beside_the_best_ones(qtbot, window):
    study = open_study(qtbot, window)
    q = show(study, QuizKind.WHERE, "supraspinatus_1")
    panel = study.quiz.panel
    unranked = [i for i, m in enumerate(q.choices) if m.id not in q.best][:2]
    best = next(i for i, m in enumerate(q.choices) if m.id == q.muscle.id)
    for index in [*unranked, best]:
        qtbot.keyClick(study.quiz, str(index + 1))
    qtbot.keyClick(study.quiz, str(unranked[0] + 1))  # and unpicked again
    assert panel.picks == [q.choices[unranked[1]].id, q.muscle.id]
    with qtbot.waitSignal(study.quiz.answered):
        qtbot.keyClick(study.quiz, Qt.Key.Key_Return)
    verdicts = {q.choices[i].id: panel.buttons[i].property("verdict") for i in range(len(q.choices))}
    assert verdicts[q.muscle.id] == "right"
    assert verdicts[q.choices[unranked[1]].id] == "wrong"
    assert verdicts[q.choices[unranked[0]].id] == ""
    assert sorted(m for m, v in verdicts.items() if v in ("right", "missed")) == sorted(q.best)
    assert "the drawing is its pattern" in panel.buttons[best].text()


def test_the_quiz_follows_the_theme(qtbot, window):
    study = open_study(qtbot, window)
    show(study, QuizKind.NAME, "infraspinatus_1")
    assert study.quiz.canvas.body.colours == style.LIGHT
    window.set_theme(Theme.DARK)
    qtbot.waitUntil(lambda: study.quiz.canvas.body.colours == style.DARK)
    assert study.quiz.canvas.body.items()  # the question drawn again on the new scene
    window.set_theme(Theme.LIGHT)
    qtbot.waitUntil(lambda: study.quiz.canvas.body.colours == style.LIGHT)
