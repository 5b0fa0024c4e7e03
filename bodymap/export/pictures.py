"""Pictures of the body for paper: one view cropped to a frame, drawn as shapes (never as a bitmap of them), with
trigger points marked at a size fixed on the page, not on the body.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from bodymap.core.body.atlas import Atlas
from bodymap.core.body.framing import Frame, Spot
from bodymap.core.body.painmap import PainMark
from bodymap.export.render import vector_only
from bodymap.ui.canvas.body_scene import BodyScene
from bodymap.ui.canvas.crops import one_view_scene, paint_frame
from bodymap.ui.canvas.items import paint_cross

CROSS_POINTS = 4.5  # half the width of a trigger point's X on the page
BORDER = QColor("#c9c9c9")


class Pictures:
    """A light scene per view, without captions (the page says what a picture shows), reused picture after picture."""

    def __init__(self, atlas: Atlas) -> None:
        self.atlas = atlas
        self._scenes: dict[str, BodyScene] = {}

    def scene(self, view: str) -> BodyScene:
        if view not in self._scenes:
            scene = one_view_scene(self.atlas, view)
            vector_only(scene)
            self._scenes[view] = scene
        return self._scenes[view]

    def paint(
        self,
        painter: QPainter,
        box: QRectF,
        frame: Frame,
        pain: Mapping[str, PainMark],
        essential: Iterable[str] = (),
        spillover: Iterable[str] = (),
        spots: Iterable[Spot] = (),
    ) -> QRectF:
        """Draw ``frame`` of its view, as large as fits in ``box`` and centred there, with the pain, a pattern and
        trigger points (X); return where the picture went."""
        scene = self.scene(frame.view)
        scene.show_pain(pain)
        scene.show_pattern(essential, spillover)
        target = paint_frame(painter, scene, frame, box)
        scale = target.width() / frame.width
        painter.save()
        painter.setClipRect(target)
        for spot in spots:
            if spot.view == frame.view:
                paint_cross(
                    painter, target.topLeft() + QPointF(spot.x - frame.left, spot.y - frame.top) * scale, CROSS_POINTS
                )
        painter.restore()
        painter.save()
        painter.setPen(QPen(BORDER, 0.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(target)
        painter.restore()
        return target
