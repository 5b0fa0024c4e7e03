"""Screenshots of study mode in a real window (run under Xvfb), for the README and for looking at.

    study_screenshots.py OUT_FOLDER [--dark] [--size 1280x800]

Plays one question of each quiz kind as a student would (a typed name with a typo, a painted attempt, a click
near the trigger point, three picks), saving the window with its feedback; then the progress plots of a record of
two weeks' practice that the script makes up (seeded, so the pictures are the same on every run).  The data and
settings folders are temporary: nothing of the user's is read or changed.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from datetime import timedelta
from pathlib import Path

import sandbox  # noqa: F401  (first: settings, data folder and channel in temporary folders)
from PySide6.QtCore import QEventLoop, QPoint, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from bodymap.core.body.atlas import Side
from bodymap.core.data import loading
from bodymap.core.study.items import Item, QuizKind, study_items
from bodymap.core.study.questions import Question, ask
from bodymap.core.study.record import Answer
from bodymap.core.study.round import utc_now
from bodymap.ui.main_window import MainWindow
from bodymap.ui.study.window import StudyWindow
from bodymap.ui.theme import Theme

# (file name, item, the side asked): well-known trigger points
QUESTIONS = (
    ("name", Item(QuizKind.NAME, "infraspinatus_1"), Side.RIGHT),
    ("draw", Item(QuizKind.DRAW, "upper_trapezius_1"), Side.RIGHT),
    ("find", Item(QuizKind.FIND, "infraspinatus"), Side.LEFT),
    ("where", Item(QuizKind.WHERE, "supraspinatus_1"), Side.RIGHT),
)


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    settle(500)
    # what the X server shows, not a re-render of the widget: this is what the user sees
    widget.screen().grabWindow(widget.winId()).save(str(path))
    print(f"wrote {path}")


def question_on(side: Side, item: Item, study: StudyWindow) -> Question:
    for seed in range(100):
        question = ask(item, study.data.atlas, study.data.catalog, random.Random(seed))
        if question.side is side:
            return question
    raise AssertionError("no question on that side")


def body_pixel(study: StudyWindow, view: str, x: float, y: float) -> QPoint:
    canvas = study.quiz.canvas
    return canvas.mapFromScene(canvas.body.scene_point_of(view, x, y))


def answer(study: StudyWindow, question: Question) -> None:
    """Answer as a student would, not always right."""
    panel, canvas = study.quiz.panel, study.quiz.canvas.viewport()
    if question.kind is QuizKind.NAME:
        QTest.keyClicks(panel.typed, "infraspinatous")  # a typo, forgiven
        QTest.keyClick(panel.typed, Qt.Key.Key_Return)
    elif question.kind is QuizKind.DRAW:  # one stroke down the side of the neck to the jaw, missing the temple
        view = study.data.atlas.views["posterior"]
        path = [view.shapes[r].representative_point() for r in ("right_posterior_neck_upper", "right_mastoid")]
        points = [body_pixel(study, "posterior", p.x, p.y) for p in path]
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=points[0])
        for step in range(1, 11):
            a, b = points[0], points[1]
            QTest.mouseMove(canvas, a + (b - a) * step / 10)
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=points[1])
        front = study.data.atlas.views["anterior"].shapes["right_angle_of_jaw"].representative_point()
        QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=body_pixel(study, "anterior", front.x, front.y))
        QTest.keyClick(study.quiz, Qt.Key.Key_Return)
    elif question.kind is QuizKind.FIND:  # a little low and outward
        x = question.locations[0]
        QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=body_pixel(study, x.view, x.x - 14, x.y + 22))
        QTest.keyClick(study.quiz, Qt.Key.Key_Return)
    else:
        names = [m.id for m in question.choices]
        for muscle in ("deltoid", "supraspinatus", "subscapularis"):
            if muscle in names:
                study.quiz.panel.buttons[names.index(muscle)].click()
        QTest.keyClick(study.quiz, Qt.Key.Key_Return)


def practice(study: StudyWindow) -> None:
    """Two weeks of made-up practice as the scheduler asks for it (what is due first, then a few new items), by a
    student who gets better and knows what was seen before better than what is new: for the progress plots."""
    assert study.record is not None
    record, rng = study.record, random.Random(4)
    items = study_items(study.data.catalog, list(QuizKind), ["head", "neck", "shoulder", "upper back", "arm"])
    rng.shuffle(items)
    start = utc_now() - timedelta(days=14)
    for day in range(14):
        if day in (3, 8):
            continue  # days off
        skill = 0.4 + 0.35 * day / 13
        for session in range(3):  # three sittings, two hours apart
            at = start + timedelta(days=day, hours=2 * session)
            due = sorted((i for i in items if i in record.memory and record.memory[i].due <= at),
                         key=lambda i: record.memory[i].due)  # fmt: skip
            new = [i for i in items if i not in record.memory][: rng.randint(3, 6)]
            for n, item in enumerate(due[:20] + new):
                known = 0.2 if item in record.memory else 0.0
                score = min(1.0, max(0.0, rng.gauss(skill + known, 0.25)))
                record.answered(Answer(at + timedelta(minutes=n), item, Side.RIGHT, score, ""), study.scheduler)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "_dark" if args.dark else ""
    _app = QApplication(sys.argv[:1])  # kept alive to the end
    data = loading.load()
    settings = Path(os.environ["XDG_CONFIG_HOME"]) / "settings.ini"
    window = MainWindow(data, QSettings(str(settings), QSettings.Format.IniFormat))
    if args.dark:
        window.set_theme(Theme.DARK)
    window.show()
    window.study.start_action.trigger()
    study = window.study.study_window
    assert study is not None
    width, height = (int(v) for v in args.size.split("x"))
    study.resize(width, height)
    study.setup.regions.choose(["neck", "shoulder"])
    save(study, args.out / f"setup{suffix}.png")
    study.pages.setCurrentWidget(study.quiz)  # chosen questions, outside a round: these answers are not kept
    for name, item, side in QUESTIONS:
        question = question_on(side, item, study)
        study.quiz.ask(question, 1 + QUESTIONS.index((name, item, side)), len(QUESTIONS))
        settle()
        answer(study, question)
        save(study, args.out / f"{name}{suffix}.png")
    practice(study)
    study.save()
    study.show_progress()
    save(study, args.out / f"progress{suffix}.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
