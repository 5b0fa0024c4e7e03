"""Trigger point marks (X) on the body: their size, and where to draw those that would overlap.

An X is sized to the body, about a fingertip across, so that it covers the spot it marks at any zoom; on screen it
keeps a smallest size to stay visible when the whole body is small, and then marks that lie closer than that size
would pile on one another.  :func:`spread` moves such marks apart, around the place they share, so that each can be
seen and hovered; the drawing links each moved mark to its true spot.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

MARK_HALF = 4.0  # body units (about 7 mm on an adult): half the span of an X drawn at the body's own size
MARK_SPAN = 2 * MARK_HALF  # two marks closer than this overlap even at the body's own size

Point = tuple[float, float]


def spread(points: Sequence[Point], gap: float) -> list[Point]:
    """Where to draw marks at ``points`` so that no two lie closer than ``gap`` (units of the points).

    Marks closer than ``gap`` form a cluster; a cluster's marks are placed evenly on a circle around their centre,
    just large enough to keep them ``gap`` apart, in the order they lie around it (so a mark to the left stays to
    the left).  A cluster whose circle then comes too close to another mark takes it in and is placed again; each
    round joins two clusters at least, so it ends with no two marks too close.  Marks far enough apart stay where they
    are.  The result is the same for the same input."""
    home = [(float(x), float(y)) for x, y in points]
    shown = list(home)
    parent = list(range(len(home)))  # clusters only grow: a mark once moved apart with others stays with them

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _ in range(len(home)):
        joined = False
        for i, a in enumerate(shown):
            for j in range(i):
                if math.dist(a, shown[j]) < gap - 1e-9 and root(i) != root(j):
                    parent[root(i)] = root(j)
                    joined = True
        if not joined:
            break
        clusters: dict[int, list[int]] = {}
        for i in range(len(home)):
            clusters.setdefault(root(i), []).append(i)
        for members in clusters.values():
            if len(members) > 1:
                for i, placed in zip(members, _ring([home[i] for i in members], gap), strict=True):
                    shown[i] = placed
    return shown


def _ring(points: list[Point], gap: float) -> list[Point]:
    n = len(points)
    cx, cy = sum(p[0] for p in points) / n, sum(p[1] for p in points) / n
    radius = gap / (2 * math.sin(math.pi / n))
    # each mark keeps its bearing from the centre as far as it can: sort by bearing, start where the first one lies
    bearings = [math.atan2(p[1] - cy, p[0] - cx) if math.dist(p, (cx, cy)) > 1e-9 else k for k, p in enumerate(points)]
    order = sorted(range(n), key=lambda k: bearings[k])
    start = bearings[order[0]] if math.dist(points[order[0]], (cx, cy)) > 1e-9 else -math.pi / 2
    out: list[Point] = [(0.0, 0.0)] * n
    for rank, k in enumerate(order):
        angle = start + 2 * math.pi * rank / n
        out[k] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    return out
