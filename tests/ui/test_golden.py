"""A few pictures of the body scene at a pinned size, compared with stored ones to guard the look.

Text is hidden (fonts differ between machines); the comparison allows a small mean difference per pixel and a
few pixels changed outright.
After an intended change of the look (or of the body art), regenerate them and look at them:

    BODYMAP_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/ui/test_golden.py
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from bodymap.core.body.atlas import Side
from bodymap.core.body.painmap import PainMark, Quality
from bodymap.core.clinic.crossroads import crossroads, heat_steps
from bodymap.core.data.loading import LoadedData
from bodymap.ui.canvas import legend, style
from bodymap.ui.canvas.body_scene import BodyScene

GOLDEN = Path(__file__).parent / "golden"
SIZE = QSize(720, 440)
# Still the same picture: a small mean difference per colour channel (0-255; antialiasing, rounding) ...
TOLERANCE = 1.0
# ... and few pixels changed outright (a mark, a texture or a colour that moved or went away).
CHANGED_SHARE = 0.0001
CHANGED = 32
UPDATE = bool(os.environ.get("BODYMAP_UPDATE_GOLDEN"))

DRAWING = {
    "right_temple": PainMark(9, Quality.SHARP),
    "right_posterior_neck_upper": PainMark(6, Quality.ACHING),
    "right_occiput": PainMark(6, Quality.ACHING),
    "left_forearm_dorsal_radial_upper": PainMark(3, Quality.TINGLING),
    "right_anterior_thigh_upper": PainMark(5, Quality.BURNING),
    "sacrum": PainMark(2),
}


def render(scene: BodyScene) -> QImage:
    for item in scene.items():
        if isinstance(item, QGraphicsSimpleTextItem):
            item.hide()
    image = QImage(SIZE, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    source = scene.sceneRect()
    scale = min(SIZE.width() / source.width(), SIZE.height() / source.height())
    target = QRectF(0, 0, source.width() * scale, source.height() * scale)
    target.moveCenter(QRectF(image.rect()).center())
    scene.render(painter, target, source)
    painter.end()
    return image


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return data[:, : image.width() * 4].astype(np.int16)


def front_and_back(data: LoadedData, colours: style.SceneColours = style.LIGHT) -> BodyScene:
    scene = BodyScene(data.atlas, ["anterior", "posterior"], colours)
    scene.show_pain(DRAWING)
    return scene


def with_pattern(data: LoadedData) -> BodyScene:
    scene = front_and_back(data)
    muscle = data.catalog.muscles["upper_trapezius"]
    tp = muscle.trigger_points[0]
    essential, spillover = data.catalog.patterns[tp.id].zones(Side.RIGHT, data.atlas)
    scene.show_pattern(essential, spillover)
    scene.show_trigger_points({t.id: t.locations_on(Side.RIGHT, data.atlas) for t in muscle.trigger_points}, tp.id)
    return scene


def heat_map(data: LoadedData) -> BodyScene:
    scene = BodyScene(data.atlas)
    counts = crossroads(data.atlas, data.catalog)
    bounds = heat_steps([c.count for c in counts.values()])
    scene.show_heat({r: next(i for i, b in enumerate(bounds) if c.count <= b) for r, c in counts.items()})
    scene.show_legend(legend.heat_entries(bounds))
    return scene


SCENES: dict[str, Callable[[LoadedData], BodyScene]] = {
    "all_views": lambda data: BodyScene(data.atlas),
    "drawing": front_and_back,
    "pattern": with_pattern,
    "crossroads": heat_map,
    "dark": lambda data: front_and_back(data, style.DARK),
}


@pytest.mark.parametrize("name", SCENES)
def test_the_scene_looks_as_it_did(qtbot, data, name, tmp_path):
    image = render(SCENES[name](data))
    path = GOLDEN / f"{name}.png"
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        image.save(str(path))
        pytest.skip(f"wrote {path}")
    assert path.exists(), f"no golden image {path}: run with BODYMAP_UPDATE_GOLDEN=1"
    golden = QImage(str(path))
    assert golden.size() == image.size()
    delta = np.abs(pixels(image) - pixels(golden)).reshape(SIZE.height(), SIZE.width(), 4)[..., :3]
    mean, changed = float(delta.mean()), float((delta.max(axis=2) > CHANGED).mean())
    if mean > TOLERANCE or changed > CHANGED_SHARE:
        image.save(str(tmp_path / f"{name}.png"))
    assert mean <= TOLERANCE, f"{name}: {mean:.2f} per channel apart; now: {tmp_path / name}.png"
    assert changed <= CHANGED_SHARE, f"{name}: {changed:.3%} of the pixels changed; now: {tmp_path / name}.png"


@pytest.mark.skipif(UPDATE, reason="regenerating the golden images")
def test_the_comparison_notices_one_small_mark_changing(qtbot, data, tmp_path, monkeypatch):
    monkeypatch.setitem(DRAWING, "right_temple", PainMark(2, Quality.SHARP))  # the temple: a few dozen pixels
    with pytest.raises(AssertionError, match="pixels changed"):
        test_the_scene_looks_as_it_did(qtbot, data, "drawing", tmp_path)
