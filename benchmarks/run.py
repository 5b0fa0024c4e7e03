"""Measure start-up, hit-testing, re-ranking and memory; print a Markdown table for the README.

Run with `make bench`.  Nothing here is asserted: numbers vary by machine, so they are reported, not tested.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QtMsgType, qInstallMessageHandler


def _quiet(kind: QtMsgType, context: object, message: str) -> None:
    if "propagateSizeHints" not in message:  # the offscreen platform cannot; irrelevant here
        sys.stderr.write(message + "\n")


qInstallMessageHandler(_quiet)

EMPTY_WINDOW = """
import time; t = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); w = QMainWindow(); w.resize(1280, 820); w.show(); app.processEvents()
print(time.perf_counter() - t)
"""

BODYMAP_WINDOW = """
import time; t = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from bodymap.core import loading
from bodymap.ui.main_window import MainWindow
w = MainWindow(loading.load()); w.resize(1280, 820); w.show(); app.processEvents()
import resource
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

CORE_ONLY = """
import time; t = time.perf_counter()
from bodymap.core import loading
loading.load()
import resource
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _child(code: str, runs: int = 5) -> list[list[float]]:
    out = []
    for _ in range(runs):
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        out.append([float(v) for v in result.stdout.split()])
    return out


def _per_call(fn, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat


def main() -> None:
    rows: list[tuple[str, str]] = []
    empty = statistics.median(r[0] for r in _child(EMPTY_WINDOW))
    rows.append(("empty PySide6 window, start to shown (baseline)", f"{empty * 1000:.0f} ms"))
    app_runs = _child(BODYMAP_WINDOW)
    rows.append(("bodymap window, start to shown", f"{statistics.median(r[0] for r in app_runs) * 1000:.0f} ms"))
    core_runs = _child(CORE_ONLY)
    rows.append(("core only: import and load all data", f"{statistics.median(r[0] for r in core_runs) * 1000:.0f} ms"))

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from bodymap.core import loading
    from bodymap.core.painmap import PainMark
    from bodymap.core.ranking import rank, smallest_cover
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

    window = MainWindow(data)
    window.resize(1280, 820)
    window.show()
    app.processEvents()
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
    rss = statistics.median(r[1] for r in app_runs) / 1024
    rows.append(("memory: peak resident size of the window process", f"{rss:.0f} MiB"))
    core_rss = statistics.median(r[1] for r in core_runs) / 1024
    rows.append(("memory: peak resident size, core only", f"{core_rss:.0f} MiB"))

    print("| measure | result |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
