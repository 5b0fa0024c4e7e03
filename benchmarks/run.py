"""Measure start-up, hit-testing, re-ranking and memory; print a Markdown table for the README.

Run with `make bench`.  Nothing here is asserted: numbers vary by machine, so they are reported, not tested.
"""

from __future__ import annotations

import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# start-up as users meet it: with the modules' compiled bytecode cached (written by the first start), not compiled
# again from source at every start, as they would be in a shell that sets PYTHONDONTWRITEBYTECODE
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bodymap-bench-config-")  # no user's settings

from PySide6.QtCore import QtMsgType, qInstallMessageHandler


def _quiet(kind: QtMsgType, context: object, message: str) -> None:
    if "propagateSizeHints" not in message:  # the offscreen platform cannot; irrelevant here
        sys.stderr.write(message + "\n")


qInstallMessageHandler(_quiet)

# Both windows are timed from the first import to the first turn of the event loop after showing (when the
# window has painted).  The baseline is what any PySide6 app with plots pays: Qt, a main window, pyqtgraph.
EMPTY_WINDOW = """
import time; t, c = time.perf_counter(), time.process_time()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph
app = QApplication([]); w = QMainWindow(); w.resize(1280, 820); w.show()
QTimer.singleShot(0, app.quit); app.exec()
print(time.perf_counter() - t, 0, time.process_time() - c)
"""

# the real entry point, as `bodymap` runs it (the core imported before PySide6), up to the same moment
BODYMAP_WINDOW = """
import time; t, c = time.perf_counter(), time.process_time()
from bodymap.cli import main
from bodymap.ui import main_window
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
shown = main_window.MainWindow.show
def show_then_quit(self):
    shown(self)
    QTimer.singleShot(0, QApplication.quit)
main_window.MainWindow.show = show_then_quit
main([])
import resource
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.process_time() - c)
"""

CORE_ONLY = """
import time; t = time.perf_counter()
from bodymap.core.data import loading
loading.load()
import resource
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _child(code: str, runs: int = 5, env: dict[str, str] | None = None) -> list[list[float]]:
    out = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={**os.environ, **(env or {})}
        )
        out.append([float(v) for v in result.stdout.split()])
    return out


STARTS = 9


def _start_up() -> tuple[list[tuple[str, str]], list[list[float]]]:
    """The start-up rows, and the warm starts' (seconds, peak kilobytes).  The three kinds of start take turns,
    so that a busy moment of the machine falls on all of them alike."""
    warm_cache = tempfile.mkdtemp(prefix="bodymap-bench-cache-")
    _child(EMPTY_WINDOW, 1)  # a first start of each writes the bytecode caches
    _child(BODYMAP_WINDOW, 1, {"XDG_CACHE_HOME": warm_cache})  # and fills the data caches
    empty, warm, first = [], [], []
    for _ in range(STARTS):
        empty += _child(EMPTY_WINDOW, 1)
        warm += _child(BODYMAP_WINDOW, 1, {"XDG_CACHE_HOME": warm_cache})
        first += _child(BODYMAP_WINDOW, 1, {"XDG_CACHE_HOME": tempfile.mkdtemp(prefix="bodymap-bench-first-")})

    def median(runs: list[list[float]], column: int) -> float:
        return statistics.median(r[column] for r in runs)

    def start(runs: list[list[float]]) -> str:
        wall, cpu = median(runs, 0), median(runs, 2)
        return (
            f"{wall * 1000:.0f} ms: {wall / median(empty, 0):.2f} x (CPU time {cpu * 1000:.0f} ms: "
            f"{cpu / median(empty, 2):.2f} x)"
        )

    rows = [
        (
            "empty PySide6 window with pyqtgraph imported, start to shown (baseline)",
            f"{median(empty, 0) * 1000:.0f} ms (CPU time {median(empty, 2) * 1000:.0f} ms)",
        ),
        ("bodymap window, start to shown (caches warm)", start(warm)),
        ("bodymap window, first start (no cache: the YAML parsed, the shipped shapes read)", start(first)),
    ]
    return rows, warm


def _hostile_files() -> list[tuple[str, str]]:
    """Each file of tests/hostile refused in a child with capped CPU and memory; the worst case of each."""
    harness = Path(__file__).resolve().parent.parent / "tests" / "hostile" / "harness.py"
    done = subprocess.run([sys.executable, str(harness)], capture_output=True, text=True, check=True)
    results = [json.loads(line) for line in done.stdout.splitlines()]
    refused = sum(r["outcome"] == "refused" for r in results)
    slowest = max(results, key=lambda r: r.get("cpu_seconds", 99))
    greediest = max(results, key=lambda r: r.get("memory_mib", 9999))
    return [
        (
            f"hostile files refused with the loader's own error (tests/hostile, {len(results)} cases)",
            f"{refused} of {len(results)}; slowest {slowest['cpu_seconds'] * 1000:.0f} ms of CPU "
            f"({slowest['case']}), most memory {greediest['memory_mib']:.0f} MiB ({greediest['case']})",
        )
    ]


def _per_call(fn, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat


FRAME_MS = 1000 / 60


def _spread(times: list[float]) -> str:
    """Mean, 95th percentile and worst of event handling times, against one 60 Hz frame."""
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, round(0.95 * len(ms)))]
    verdict = "within a frame" if ms[-1] <= FRAME_MS else f"{sum(t > FRAME_MS for t in ms)} of {len(ms)} over a frame"
    return f"mean {statistics.mean(ms):.1f} ms, p95 {p95:.1f} ms, worst {ms[-1]:.1f} ms ({verdict})"


def _pointer_events(app, window, rnd) -> list[tuple[str, str]]:
    """Real mouse events sent to the canvas.  Each is timed until the canvas has handled it and repainted what
    changed (what the user sees under the pointer); for a click or a finished stroke, the re-ranking and the
    candidates list that follow in the next turn of the event loop are timed apart."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    window.resize(1400, 860)
    window.show()
    app.processEvents()
    viewport = window.canvas.viewport()
    atlas = window.data.atlas
    follow_ups: list[float] = []

    def send(kind: QEvent.Type, at: QPointF, held: bool = False) -> float:
        button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
        buttons = Qt.MouseButton.LeftButton if held or kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton
        event = QMouseEvent(kind, at, viewport.mapToGlobal(at), button, buttons, Qt.KeyboardModifier.NoModifier)
        start = time.perf_counter()
        app.sendEvent(viewport, event)
        app.sendPostedEvents()  # the repaint of what changed (the re-ranking waits on a timer: not yet)
        handled = time.perf_counter()
        app.processEvents()  # what follows: re-ranking and the candidates list after a change
        if window.undo_stack.count() != send.changes:  # type: ignore[attr-defined]
            send.changes = window.undo_stack.count()  # type: ignore[attr-defined]
            follow_ups.append(time.perf_counter() - handled)
        return handled - start

    send.changes = 0  # type: ignore[attr-defined]

    def point(view: str, region: str) -> QPointF:
        p = atlas.views[view].shapes[region].representative_point()
        return QPointF(window.canvas.mapFromScene(window.scene.scene_point_of(view, p.x, p.y)))

    places = [(v, r) for v in atlas.views for r in atlas.views[v].shapes]
    rnd.shuffle(places)
    hovers = [send(QEvent.Type.MouseMove, point(v, r)) for v, r in places[:300]]
    clicks = []
    for v, r in places[:40]:
        at = point(v, r)
        clicks.append(send(QEvent.Type.MouseButtonPress, at) + send(QEvent.Type.MouseButtonRelease, at))
    rankings, follow_ups[:] = list(follow_ups), []
    window.clear_all()
    app.processEvents()
    send.changes = window.undo_stack.count()  # type: ignore[attr-defined]
    follow_ups.clear()
    moves, releases = [], []
    for _ in range(5):  # strokes down the front of the body, 60 pointer samples each
        view = atlas.views["anterior"]
        x = rnd.uniform(0.3, 0.7) * view.width
        start = QPointF(window.canvas.mapFromScene(window.scene.scene_point_of("anterior", x, 120)))
        end = QPointF(window.canvas.mapFromScene(window.scene.scene_point_of("anterior", x, view.height - 120)))
        send(QEvent.Type.MouseButtonPress, start)
        for i in range(1, 61):
            moves.append(send(QEvent.Type.MouseMove, start + (end - start) * (i / 60), held=True))
        releases.append(send(QEvent.Type.MouseButtonRelease, end))
    painted = len(window.model.pain)
    return [
        ("hover event: region name, cursor circle, repaint (300 moves over all views)", _spread(hovers)),
        ("click event: mark drawn (40 clicks, up to 40 regions)", _spread(clicks)),
        ("  then: re-rank, smallest set, candidates list shown", _spread(rankings)),
        ("paint-stroke move event: coverage preview drawn (5 strokes x 60 moves)", _spread(moves)),
        (f"paint-stroke release: one undo step, marks drawn ({painted} regions painted)", _spread(releases)),
        ("  then: re-rank, smallest set, candidates list shown", _spread(follow_ups)),
    ]


def _clicks_to_a_whole_body(app, window, rnd) -> list[tuple[str, str]]:
    """A click on each region in turn until the whole body is marked, each timed from the press until the mark is
    drawn, the candidates re-ranked (and the smallest set found) and the list shown: what the user waits for."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    window.clear_all()
    window.show_view("")
    window.resize(1400, 860)
    window.show()
    app.processEvents()
    viewport = window.canvas.viewport()
    atlas = window.data.atlas
    ranked = []
    window.ranked.connect(lambda: ranked.append(True))
    places = [(next(v for v in atlas.views if rid in atlas.views[v].shapes), rid) for rid in atlas.regions]
    places = [(v, r) for v, r in places if v is not None]
    rnd.shuffle(places)
    times: list[float] = []
    for view, region in places:
        p = atlas.views[view].shapes[region].representative_point()
        at = QPointF(window.canvas.mapFromScene(window.scene.scene_point_of(view, p.x, p.y)))
        while window.patterns.preparing:  # what is worked out while the user looks, between two clicks
            app.processEvents()
        ranked.clear()
        start = time.perf_counter()
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            buttons = Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton
            event = QMouseEvent(
                kind, at, viewport.mapToGlobal(at), Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier
            )
            app.sendEvent(viewport, event)
        while not ranked:
            app.processEvents()
        app.sendPostedEvents()  # the list's repaint
        times.append(time.perf_counter() - start)
    marked = len(window.model.pain)
    bands = [(1, 50), (51, 150), (151, marked)]
    parts = _whole_body_parts(app, window)
    rows = [
        (f"click event with the re-rank, one region at a time up to the whole body ({marked} regions)", _spread(times))
    ]
    for low, high in bands:
        rows.append((f"&nbsp;&nbsp;with {low} to {high} regions marked", _spread(times[low - 1 : high])))
    rows.append((f"&nbsp;&nbsp;where the time goes with all {marked} marked", parts))
    return rows


def _whole_body_parts(app, window) -> str:
    """The parts of one re-rank of the whole body: ranking, smallest set, the candidates list laid out and shown."""
    from bodymap.core.clinic.ranking import rank, smallest_cover

    pain, atlas, catalog = window.model.pain, window.data.atlas, window.data.catalog
    start = time.perf_counter()
    candidates = rank(pain, atlas, catalog)
    ranked = time.perf_counter()
    cover, unexplained = smallest_cover(candidates, pain)
    covered = time.perf_counter()
    window.panel.list.itemDelegate()._heights.clear()  # as after a click, when the reasons are new
    window.panel.show_ranking(candidates, cover, unexplained)
    app.processEvents()
    shown = time.perf_counter()
    return (
        f"rank {(ranked - start) * 1000:.1f} ms, smallest set {(covered - ranked) * 1000:.1f} ms, list of "
        f"{len(candidates)} candidates laid out and shown {(shown - covered) * 1000:.1f} ms"
    )


def _handout(data) -> list[tuple[str, str]]:
    """Writing the example case's handout: in the window's process (first and later times, with the plot of the
    scores), and `bodymap handout` from start to file."""
    import tempfile
    from pathlib import Path

    from bodymap.core.case.fileformat import loads, read_file
    from bodymap.export.handout import Handout, HandoutOptions
    from bodymap.export.handout_pages import HandoutPages

    example = Path(__file__).resolve().parent.parent / "examples" / "tension_headache.bodymap"
    case = loads(read_file(example), data.atlas, data.catalog, data.migrations)
    handout = Handout.of_visit(case, len(case.visits) - 1, data)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "handout.pdf"

        def write(options: HandoutOptions) -> float:
            start = time.perf_counter()
            HandoutPages(handout, data, options).write(out)
            return time.perf_counter() - start

        first = write(HandoutOptions())
        again = statistics.median(write(HandoutOptions()) for _ in range(5))
        plot_first = write(HandoutOptions(progress=True))
        plot_again = statistics.median(write(HandoutOptions(progress=True)) for _ in range(5))
        command = [sys.executable, "-m", "bodymap", "handout", str(example), "-o", str(out)]
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True)
            runs.append(time.perf_counter() - start)
    shown = f"handout PDF of the example's last visit ({len(handout.targets)} muscles): laid out and written"
    return [
        (f"{shown}, first time", f"{first * 1000:.0f} ms"),
        ("  again (median of 5)", f"{again * 1000:.0f} ms"),
        (
            "  with the plot of the pain scores: first time (imports pyqtgraph), then again",
            f"{plot_first * 1000:.0f} ms, {plot_again * 1000:.0f} ms",
        ),
        (
            "`bodymap handout` of the example, start to file written (median of 3)",
            f"{statistics.median(runs) * 1000:.0f} ms",
        ),
    ]


def _zone_shapes(data) -> tuple[str, str]:
    """Each trigger point's pattern as smooth shapes in every view, worked out the first time (then kept)."""
    from bodymap.core.body.atlas import Side
    from bodymap.core.body.zones import ZoneShapes

    shapes = ZoneShapes(data.atlas.views)
    times = []
    for pattern in data.catalog.patterns.values():
        essential, spillover = pattern.zones(Side.RIGHT, data.atlas)
        start = time.perf_counter()
        for view in data.atlas.views:
            shapes.zones(view, essential, spillover)
        times.append(time.perf_counter() - start)
    ms = sorted(t * 1000 for t in times)
    name = f"a pattern's smooth zones in all {len(data.atlas.views)} views, first time ({len(ms)} trigger points)"
    p95 = ms[round(0.95 * (len(ms) - 1))]
    return name, f"median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, worst {ms[-1]:.1f} ms"


def main() -> None:
    rows, app_runs = _start_up()
    core_runs = _child(CORE_ONLY)
    rows.append(("core only: import and load all data", f"{statistics.median(r[0] for r in core_runs) * 1000:.0f} ms"))

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from bodymap.core.body.painmap import PainMark
    from bodymap.core.clinic.ranking import rank, smallest_cover
    from bodymap.core.data import loading
    from bodymap.ui.app import settle_memory
    from bodymap.ui.main_window import MainWindow

    data = loading.load()
    atlas = data.atlas
    view = atlas.views["anterior"]
    rnd = random.Random(1)
    points = [(rnd.uniform(0, view.width), rnd.uniform(0, view.height)) for _ in range(20_000)]
    it = iter(points * 2)
    hover = _per_call(lambda: view.region_at(*next(it)), 20_000)
    rows.append(("hover: region under the pointer (core hit test)", f"{hover * 1e6:.0f} µs"))

    ids = sorted(atlas.regions)
    for n in (1, 5, 20):
        pain = {rid: PainMark(6) for rid in rnd.sample(ids, n)}
        t = _per_call(lambda pain=pain: smallest_cover(rank(pain, atlas, data.catalog), pain), 50)
        rows.append((f"rank + smallest cover, {n} painted region(s)", f"{t * 1000:.2f} ms"))
    rows.append(_zone_shapes(data))

    window = MainWindow(data)
    window.resize(1280, 820)
    window.show()
    app.processEvents()
    before = _per_call(gc.collect, 3)
    settle_memory()  # as the app does once its window is up
    after = _per_call(gc.collect, 3)
    rows.append(
        ("full garbage collection with the window up", f"{before * 1000:.1f} ms, settled {after * 1000:.2f} ms")
    )
    clicks = rnd.sample(ids, 30)

    def click_and_paint() -> None:
        window.toggle_region(clicks.pop())
        app.processEvents()

    t = _per_call(click_and_paint, 30)
    rows.append(("click: mark, re-rank, update list and drawing (30 clicks, up to 30 regions)", f"{t * 1000:.1f} ms"))
    window.panel.list.setCurrentRow(0)

    def choose_another() -> None:
        window.panel.list.setCurrentRow(1)
        window.panel.list.setCurrentRow(0)
        app.processEvents()

    t = _per_call(choose_another, 10)
    rows.append(("choose a candidate: draw its pattern (two changes)", f"{t * 1000:.1f} ms"))
    pointer_window = MainWindow(data)
    settle_memory()
    rows += _pointer_events(app, pointer_window, rnd)
    rows += _clicks_to_a_whole_body(app, pointer_window, rnd)
    rows += _hostile_files()
    rows += _handout(data)
    rss = statistics.median(r[1] for r in app_runs) / 1024
    rows.append(("memory: peak resident size of the window process", f"{rss:.0f} MiB"))
    core_rss = statistics.median(r[1] for r in core_runs) / 1024
    rows.append(("memory: peak resident size, core only", f"{core_rss:.0f} MiB"))

    print("| measure | result |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
