"""The canvas widget: shows the BodyScene, reports hovers and clicks as region ids, zooms and pans."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from bodymap.ui.body_scene import BodyScene

CLICK_SLOP = 4  # pixels a press may move and still count as a click


class BodyView(QGraphicsView):
    region_hovered = Signal(str)  # "" when the pointer leaves the body
    region_clicked = Signal(str)

    def __init__(self, scene: BodyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.body = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setMouseTracking(True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.setAccessibleName("Body map")
        self.setAccessibleDescription("Click a body region to mark pain there; click again to clear it.")
        self._fitted = True
        self._press: QPoint | None = None
        self._panning = False
        self._hovered = ""

    def fit(self) -> None:
        self._fitted = True
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = 1.0015 ** event.angleDelta().y()
        self._fitted = False
        self.scale(factor, factor)

    def region_under(self, pos: QPoint) -> str:
        return self.body.region_at(self.mapToScene(pos)) or ""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        elif event.button() in (Qt.MouseButton.MiddleButton, Qt.MouseButton.RightButton):
            self._panning = True
            self._press = event.position().toPoint()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._panning and self._press is not None:
            delta = pos - self._press
            self._press = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        region = self.region_under(pos)
        if region != self._hovered:
            self._hovered = region
            self.region_hovered.emit(region)
            self.setCursor(Qt.CursorShape.PointingHandCursor if region else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._panning:
            self._panning = False
            self.unsetCursor()
        elif (
            event.button() == Qt.MouseButton.LeftButton
            and self._press is not None
            and (pos - self._press).manhattanLength() <= CLICK_SLOP
        ):
            region = self.region_under(pos)
            if region:
                self.region_clicked.emit(region)
        self._press = None

    def leaveEvent(self, event: object) -> None:
        if self._hovered:
            self._hovered = ""
            self.region_hovered.emit("")
