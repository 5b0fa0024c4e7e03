"""Time the ranking and the smallest set: `python benchmarks/ranking.py`.

For 1, 5, 20 and 50 marked areas (random drawings, the same on every run), the time of `rank` followed by
`smallest_cover`, as the window does after each click (wall time, and this thread's processor time, which other
programs on a busy machine do not inflate), on the shipped catalog and on a generated catalog ten times
larger (each muscle copied ten times, each copy's zones shifted to nearby areas).  The per-catalog index is built
before timing starts, as it is once in the app; its own build time is printed too.  Also timed: writing the reason
of every candidate, which the candidates list does as it shows them.  Nothing here is asserted: numbers vary by
machine.  Like the window once it is up, the benchmark takes the loaded data out of the garbage collector's rounds.
"""

from __future__ import annotations

import gc
import random
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bodymap.core.body.atlas import Atlas, Side
from bodymap.core.body.painmap import PainMark
from bodymap.core.clinic.catalog import Catalog, ReferralPattern, ZoneLevel
from bodymap.core.clinic.ranking import rank, smallest_cover
from bodymap.core.data import loading

AREAS = (1, 5, 20, 50)
DRAWINGS = 200  # random drawings per size
COPIES = 10  # the generated catalog: this many copies of each muscle
SHIFTED = 0.3  # the share of a copy's regions moved to another region of the same body part


def larger_catalog(catalog: Catalog, atlas: Atlas, copies: int = COPIES, seed: int = 1) -> Catalog:
    """``copies`` of every muscle (the first the original), each copy's pattern regions partly moved to other
    regions of the same body-part group, so the copies do not rank as exact twins."""
    rng = random.Random(seed)
    written = [r for r in atlas.regions.values() if r.side is not Side.LEFT]  # patterns name right or midline ids
    by_group: dict[str, list[str]] = {}
    for region in written:
        by_group.setdefault(region.group, []).append(region.id)

    def shifted(regions: frozenset[str]) -> frozenset[str]:
        moved = {rng.choice(by_group[atlas.regions[r].group]) if rng.random() < SHIFTED else r for r in regions}
        return frozenset(moved)

    muscles, patterns = {}, {}
    for n in range(copies):
        for muscle in catalog.muscles.values():
            suffix = f"_copy{n}" if n else ""
            tps = []
            for tp in muscle.trigger_points:
                copy = replace(tp, id=tp.id + suffix, muscle_id=muscle.id + suffix)
                tps.append(copy)
                p = catalog.patterns[tp.id]
                if n:
                    levels = {level: shifted(p.regions_at(level)) for level in ZoneLevel}
                    primary = levels[ZoneLevel.PRIMARY]
                    common = levels[ZoneLevel.COMMON] - primary
                    occasional = levels[ZoneLevel.OCCASIONAL] - primary - common
                    p = ReferralPattern(copy.id, primary, common, occasional, p.side_rule, p.frequency, p.sources)
                patterns[copy.id] = replace(p, trigger_point_id=copy.id)
            muscles[muscle.id + suffix] = replace(muscle, id=muscle.id + suffix, trigger_points=tuple(tps))
    return Catalog(muscles, patterns, catalog.sources, catalog.unreached_regions)


def drawings(atlas: Atlas, areas: int, seed: int) -> list[dict[str, PainMark]]:
    """Random drawings of ``areas`` painful regions (intensity 3 to 9), some with a region marked pain-free."""
    rng = random.Random(seed)
    drawn = sorted(r for r in atlas.regions if atlas.views_of(r))
    out = []
    for _ in range(DRAWINGS):
        marked = rng.sample(drawn, areas + 1)
        pain = {r: PainMark(rng.randint(3, 9)) for r in marked[:areas]}
        if rng.random() < 0.3:
            pain[marked[-1]] = PainMark(0)
        out.append(pain)
    return out


def percentiles(times: list[float]) -> str:
    cuts = statistics.quantiles(times, n=100)
    return f"p50 {statistics.median(times):6.2f}  p95 {cuts[94]:6.2f}  max {max(times):6.2f} ms"


class Clock:
    """Wall time, and the processor time of this thread: on a busy machine the two part, and the second is what
    the code itself costs."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def __enter__(self) -> None:
        self._wall, self._cpu = time.perf_counter(), time.thread_time()

    def __exit__(self, *_: object) -> None:
        self.wall.append((time.perf_counter() - self._wall) * 1000)
        self.cpu.append((time.thread_time() - self._cpu) * 1000)

    def __str__(self) -> str:
        return f"wall {percentiles(self.wall)}   processor {percentiles(self.cpu)}"


def measure(name: str, catalog: Catalog, atlas: Atlas) -> None:
    tps = sum(len(m.trigger_points) for m in catalog.muscles.values())
    print(f"\n{name}: {len(catalog.muscles)} muscles, {tps} trigger points")
    start = time.perf_counter()
    rank({next(iter(atlas.regions)): PainMark()}, atlas, catalog)
    print(f"  index, built once per catalog (with a first ranking): {(time.perf_counter() - start) * 1000:.1f} ms")
    for areas in AREAS:
        ranking, reasons, listed = Clock(), Clock(), []
        for pain in drawings(atlas, areas, seed=areas):
            with ranking:
                ranked = rank(pain, atlas, catalog)
                smallest_cover(ranked, pain)
            with reasons:
                for candidate in ranked:
                    candidate.why  # noqa: B018 (written on first use: this is what is timed)
            listed.append(len(ranked))
        print(f"  {areas:2} marked area(s), {statistics.mean(listed):4.0f} candidates")
        print(f"      rank + smallest set   {ranking}")
        print(f"      then every reason     {reasons}")


def main() -> None:
    data = loading.load()
    larger = larger_catalog(data.catalog, data.atlas)
    # as the window does once it is up: what loading built is left out of the garbage collector's rounds
    gc.collect()
    gc.freeze()
    measure("shipped catalog", data.catalog, data.atlas)
    measure(f"generated catalog, {COPIES} times larger", larger, data.atlas)


if __name__ == "__main__":
    main()
