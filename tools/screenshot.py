"""Screenshots of the main window in a real window (run under Xvfb), for the README and for looking at.

    screenshot.py OUT.png [PAIN ...]             mark the pain regions ("right temple=7"), choose the first candidate
    screenshot.py OUT.png --scene NAME           one of the README's pictures (see SCENES, and PATTERNS for a
                                                 muscle's pattern over a small drawing, named by the muscle's id)

Settings go to a temporary file, so the picture does not depend on what a previous run remembered.
Example:
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshot.py \\
        docs/drawing.png --scene drawing
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

import sandbox  # noqa: F401  (first: settings, data folder and channel in temporary folders)
from PySide6.QtCore import QRectF, QSettings, QSizeF, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from bodymap.cli import parse_pain
from bodymap.core.body.atlas import Side
from bodymap.core.body.framing import Spot, frame_view
from bodymap.core.body.painmap import Quality
from bodymap.core.case.model import Finding, Target, Technique, Treatment, TriggerPointResult
from bodymap.core.data import loading
from bodymap.ui.canvas.tools import Stroke, Tool
from bodymap.ui.case.commands import AddVisit, SetFinding, SetLabel, SetVisitFields
from bodymap.ui.explain import Showing
from bodymap.ui.main_window import MainWindow
from bodymap.ui.panels.candidates import CANDIDATE_ROLE
from bodymap.ui.theme import Theme

# a muscle's pattern over a small pain drawing, in the view a clinician would use (several: side by side), zoomed to
# the pain, the pattern and the trigger points
PATTERNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "upper_trapezius": (("right_lateral",), ("right_temple=7", "right_occiput=5", "right_angle_of_jaw=4")),
    "sternocleidomastoid": (("anterior",), ("right_orbit=6", "right_forehead=5", "right_cheek=4")),
    "infraspinatus": (("anterior", "posterior"), ("right_anterior_shoulder=7", "right_lateral_arm=5")),
    "gluteus_minimus": (("right_lateral",), ("right_lateral_thigh=6", "right_lateral_leg=5", "right_buttock_lower=4")),
    "scalenes": (("anterior",), ("right_anterior_arm_upper=5", "right_thumb_dorsal=6", "right_upper_chest=4")),
    "soleus": (("posterior",), ("right_heel=7", "right_achilles=5")),
}
# explain mode: a headache, sciatica-like pain, and the smallest set of a drawing of several areas
EXPLAINED: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "explain": ("upper_trapezius", ("right_temple=7", "right_occiput=5", "right_angle_of_jaw=4")),
    "explain-sciatica": (
        "gluteus_minimus",
        ("right_buttock_lower=7", "right_posterior_thigh_upper=6", "right_posterior_thigh_lower=5",
         "right_calf_upper=4"),
    ),
    "smallest-set": (None, ("right_temple=7", "right_occiput=5", "right_scapula=6", "right_buttock_upper=5")),
}
SCENES = (
    "empty", "drawing", "candidate", "dark", "crossroads", "muscle", "condition", "narrow", "examination",
    "visits", "areas", *EXPLAINED, *PATTERNS,
)  # fmt: skip
SIZES = {"narrow": "1024x700"}  # the window's size for a scene, when not the usual one

# (view, regions the stroke passes through, intensity, quality): an area the patient says is pain-free, and
# three painted areas for the README
DRAWING: tuple[tuple[str, tuple[str, ...], int, Quality | None], ...] = (
    ("posterior", ("left_posterior_neck_upper", "left_posterior_neck_lower"), 0, None),
    ("posterior", ("right_occiput", "right_posterior_neck_upper", "right_posterior_neck_lower"), 6, Quality.ACHING),
    ("posterior", ("right_scapula",), 9, Quality.SHARP),
    ("posterior", ("right_forearm_dorsal_radial_upper", "right_forearm_dorsal_radial_lower"), 3, Quality.TINGLING),
)


CHOSEN = "upper_trapezius"
# what palpation found in the first three muscles of the plan, for the README's examination picture
FINDINGS = (
    Finding(TriggerPointResult.ACTIVE, twitch=True, familiar_pain=True, note="taut band mid-fibres"),
    Finding(TriggerPointResult.LATENT),
    Finding(TriggerPointResult.NONE),
)


def examine(window: MainWindow) -> None:
    """Plan the smallest set and the next two candidates, record three findings and a treatment, as the plan's
    buttons do (one undo command each)."""
    exam = window.examination
    exam.plan_smallest_set()
    for row in range(window.panel.list.count()):
        if len(window.model.current.plan) >= len(FINDINGS):
            break
        candidate = window.panel.list.item(row).data(CANDIDATE_ROLE)
        target = Target(candidate.muscle.id, candidate.side)
        if target not in window.model.current.plan:
            exam.toggle(target)
    for target, finding in zip(window.model.current.plan, FINDINGS, strict=False):
        window.undo_stack.push(SetFinding(window.model, target, finding, "Record"))
    first = window.model.current.plan[0]
    treatment = Treatment(first, Technique.DRY_NEEDLING, "two twitches; pain eased from 6 to 3")
    window.undo_stack.push(SetVisitFields(window.model, window.model.current, {"treatments": (treatment,)}, "Treat"))
    window.undo_stack.push(SetVisitFields(window.model, window.model.current, {"pain_score": 6}, "Score"))


def paint(window: MainWindow, view: str, regions: tuple[str, ...], intensity: int, quality: Quality | None) -> None:
    """Paint as a user would: one stroke through the regions' inner points, at the toolbar's settings."""
    window.intensity.setValue(intensity)
    window.quality.setCurrentIndex(window.quality.findData(quality))
    shapes = window.data.atlas.views[view].shapes
    stroke = Stroke(Tool.BRUSH, view, window.brush_size.value())
    points = [shapes[r].representative_point() for r in regions if r in shapes]
    stroke.start(points[0].x, points[0].y)
    for p in points[1:] or [points[0]]:
        stroke.move(p.x + 0.01, p.y + 2, slop=0)
    window.canvas.stroke_finished.emit(stroke)


def choose(window: MainWindow, muscle_id: str) -> None:
    """Choose the muscle among the candidates (as a click in the list would), or else browse to it."""
    for row in range(window.panel.list.count()):
        if window.panel.list.item(row).data(CANDIDATE_ROLE).muscle.id == muscle_id:
            window.panel.list.setCurrentRow(row)
            return
    window.show_muscle(muscle_id)


def zoom_to_pattern(window: MainWindow, views: tuple[str, ...]) -> None:
    """Zoom the canvas to the pain, the pattern and the trigger points shown in ``views``, as a clinician would."""
    shown = window.patterns.explained()
    assert shown is not None
    regions = set(window.model.pain) | shown.essential | shown.spillover
    spots = [Spot(at.view, at.x, at.y) for at in shown.trigger_points]
    rect = QRectF()
    for view in views:
        frame = frame_view(window.data.atlas, view, regions, spots)
        top_left = window.scene.scene_point_of(view, frame.left, frame.top)
        rect = rect.united(QRectF(top_left, QSizeF(frame.width, frame.height)))
    window.canvas.fit(rect)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("pain", nargs="*")
    parser.add_argument("--scene", choices=SCENES)
    parser.add_argument("--size", help="WIDTHxHEIGHT (default 1360x860, or the scene's own)")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    data = loading.load()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(data, settings)
    width, height = (int(v) for v in (args.size or SIZES.get(args.scene, "1360x860")).split("x"))
    window.resize(width, height)
    window.show()
    scene = args.scene
    if scene != "empty":
        window.notice.hide()
    if scene in PATTERNS or scene in EXPLAINED:
        window.dock.hide()
        views, pain = PATTERNS[scene] if scene in PATTERNS else (("",), EXPLAINED[scene][1])
        window.show_view(views[0] if len(views) == 1 else "")
        args.pain = list(pain)
    if scene == "areas":
        window.dock.hide()
        window.show_view("anterior")
        window.actions["areas"].setChecked(True)
    if scene in ("drawing", "candidate", "dark", "examination", "visits"):
        window.dock.hide()  # more room for the body; the empty window shows the browse panel
    if scene in ("drawing", "candidate", "examination", "visits"):
        window.show_view("posterior")  # one view, as large as the window allows
    if scene == "dark":
        window.set_theme(Theme.DARK)
    if scene in ("drawing", "candidate", "dark", "narrow", "examination", "visits"):
        for view, regions, intensity, quality in DRAWING:
            paint(window, view, regions, intensity, quality)
    for region_id, mark in parse_pain(args.pain, data.atlas, data.migrations).items():
        window.intensity.setValue(mark.intensity)
        window.toggle_region(region_id)
    window.rank_now()
    if scene in PATTERNS:
        choose(window, scene)
    elif scene in EXPLAINED:
        chosen = EXPLAINED[scene][0]
        if chosen is not None:
            choose(window, chosen)
    elif scene in ("candidate", "dark", "narrow") or args.pain:
        window.panel.list.setCurrentRow(0)
        for row in range(window.panel.list.count()):  # the README's pictures show one well-known pattern
            candidate = window.panel.list.item(row).data(CANDIDATE_ROLE)
            if args.pain == [] and candidate.muscle.id == CHOSEN and scene != "narrow":  # narrow: the list's top
                window.panel.list.setCurrentRow(row)
    if scene == "crossroads":
        window.actions["crossroads"].setChecked(True)
        window.canvas.region_clicked.emit("right_temple")  # what refers to the temple, listed
    if scene == "muscle":
        window.show_muscle("infraspinatus")
    if scene == "condition":  # chosen in the conditions index, then the soles alone: the red flags stay
        window.browser.tabs.setCurrentIndex(1)
        window.mark_condition("plantar_heel_pain", Side.RIGHT)
        window.show_view("plantar")
        window.rank_now()
    if scene in ("examination", "visits"):
        window.undo_stack.push(SetLabel(window.model, "Case 12"))
        window.model.current.date = dt.date.today() - dt.timedelta(days=14)  # the first visit, two weeks ago
        examine(window)
        window.tabs.setCurrentWidget(window.examination)
    if scene == "visits":  # a week later, from a copy of the drawing: the scapula better, the forearm gone
        week = window.model.current.next_visit(dt.date.today() - dt.timedelta(days=7), copy_drawing=True)
        window.undo_stack.push(AddVisit(window.model, week, 1, "New visit"))
        window.toggle_region("right_forearm_dorsal_radial_upper")
        window.toggle_region("right_forearm_dorsal_radial_lower")
        window.undo_stack.push(SetVisitFields(window.model, week, {"pain_score": 4, "notes": "Sleeping better."}, "x"))
        window.rank_now()
        window.tabs.setCurrentWidget(window.visits)
    shown: QWidget = window
    if scene in EXPLAINED:
        window.toggle_explain()
        assert window.explain_window is not None
        shown = window.explain_window
        if scene == "smallest-set":
            window.explain_window.show_muscles(Showing.SMALLEST_SET)

    if scene in PATTERNS:  # once the views are laid out for the window's size
        QTimer.singleShot(400, lambda: zoom_to_pattern(window, PATTERNS[scene][0]))

    # a pattern's picture is the body and its key, as the clinician shows it; the other scenes are whole windows
    part: QWidget = window.splitter.widget(0) if scene in PATTERNS else shown

    def grab() -> None:
        # grab what the X server shows, not a re-render of the widget: this is what the user sees
        at = part.mapTo(shown, part.rect().topLeft()) if part is not shown else part.rect().topLeft()
        picture = shown.screen().grabWindow(shown.winId(), at.x(), at.y(), part.width(), part.height())
        picture.save(str(args.out))
        app.exit(0)  # not quit(): that would close the window, which asks about the unsaved drawing

    QTimer.singleShot(700, grab)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
