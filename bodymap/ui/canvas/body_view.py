"""The canvas widget: shows a BodyScene and turns mouse, pen and touch into what the user meant.

It reports hovers (region, trigger point), clicks (a region) and strokes (brush or eraser, in body coordinates
of one view) as signals, and zooms and pans itself (wheel, pinch, right or middle drag, two fingers).  What a
click or a stroke does to the pain map is the window's business (through an undo command); what a stroke covers
is the core's (``painmap.brushed_regions``).  It outlines the region under the pointer, and writes the views'
titles and side captions over the picture at the window's text size (``captions``), whatever the zoom.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPointingDevice,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsPathItem, QGraphicsView, QWidget

from bodymap.ui.canvas.body_scene import Z_TOOL, BodyScene
from bodymap.ui.canvas.captions import CaptionOverlay
from bodymap.ui.canvas.tools import DEFAULT_RADIUS, Stroke, Tool

CLICK_SLOP = 4.0  # pixels a press may move and still count as a click
TP_REACH = 12.0  # pixels from a trigger point's X within which the pointer is "on" it
ZOOM_OUT_LIMIT, ZOOM_IN_LIMIT = 0.5, 16.0  # relative to fitting the whole scene


class BodyView(QGraphicsView):
    region_hovered = Signal(str)  # "" when the pointer leaves the body
    region_clicked = Signal(str)
    point_clicked = Signal(str, float, float)  # a click (not a drag) at body point (x, y) of a view, on or off a region
    trigger_point_hovered = Signal(str)  # "" when the pointer leaves it
    stroke_moved = Signal(object)  # the Stroke so far
    stroke_finished = Signal(object)
    stroke_cancelled = Signal()
    resized = Signal()

    def __init__(self, scene: BodyScene | None = None, parent: QWidget | None = None) -> None:
        """Shows ``scene``, or, without one, nothing until :meth:`set_body` gives it one (before it is shown)."""
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setMouseTracking(True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAccessibleName("Body map")
        self.setAccessibleDescription(
            "Click a body region to mark pain there, click again to clear it; drag to paint with the brush. "
            "The region under the pointer is named in the status bar."
        )
        self.tool = Tool.BRUSH
        self.radius: float = DEFAULT_RADIUS
        self.drawing_enabled = True  # false: clicks are reported, but nothing paints (the crossroads map)
        self.outlines_hovered = True  # the region under the pointer is outlined (not in explain mode's calm picture)
        self.home: QRectF | None = None  # what fitting shows: this part of the scene, or all of it
        self.fitted = True
        self._stroke: Stroke | None = None
        self._stroke_item: QGraphicsPathItem | None = None
        self._pan_from: QPointF | None = None
        self._pinch: tuple[float, QPointF] | None = None  # finger distance and centre at the last update
        self._hovered = ""
        self._hovered_tp = ""
        self._pointer: QPointF | None = None  # where the pointer is over the viewport; None when outside
        self.captions = CaptionOverlay(self)
        self.horizontalScrollBar().valueChanged.connect(self.captions.refresh)
        self.verticalScrollBar().valueChanged.connect(self.captions.refresh)
        if scene is not None:
            self.set_body(scene)

    def set_body(self, scene: BodyScene) -> None:
        """Show another scene (other views, another theme); the zoom goes back to fitting it.  A stroke in
        progress is finished first, and what is under the pointer is told again."""
        self.finish_stroke()
        self.body = scene
        self.setScene(scene)
        scene.show_captions(False)  # written over the picture instead, at a size that does not change with the zoom
        scene.cache_for_screen()
        self.captions.scene = scene
        self._cursor = QGraphicsEllipseItem()
        self._cursor.setZValue(Z_TOOL)
        self._cursor.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._cursor.hide()
        scene.addItem(self._cursor)
        self.fit()
        if self._pointer is not None:
            self._hover(self._pointer)

    # ------------------------------------------------------------------------------------------- zoom, pan

    def fit(self, rect: QRectF | None = None) -> None:
        """Fit ``rect`` into the window, or else what it shows at home (the whole scene, unless told otherwise);
        only the home view is kept fitted as the window changes size."""
        self.fitted = rect is None
        self.fitInView(rect or self.home or self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.captions.refresh()

    def reveal(self, rect: QRectF) -> None:
        """Bring a scene rectangle into sight: as it is if it is in sight, else centred, zoomed out if need be."""
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if not rect.isValid() or visible.contains(rect):
            return
        if rect.width() <= visible.width() and rect.height() <= visible.height():
            self.centerOn(rect.center())
        else:
            margin = 0.05 * max(rect.width(), rect.height())
            self.fit(rect.adjusted(-margin, -margin, margin, margin))

    def _fit_scale(self) -> float:
        rect = self.sceneRect()
        view = self.viewport().rect()
        return min(view.width() / max(rect.width(), 1.0), view.height() / max(rect.height(), 1.0))

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor`` around ``anchor`` (viewport pixels; default the centre), within sensible limits."""
        current, fit = self.transform().m11(), self._fit_scale()
        factor = max(ZOOM_OUT_LIMIT * fit / current, min(ZOOM_IN_LIMIT * fit / current, factor))
        at = anchor if anchor is not None else QPointF(self.viewport().rect().center())
        before = self.mapToScene(at.toPoint())
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.scale(factor, factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._pan_by(self.mapFromScene(before).toPointF() - at)
        self.fitted = False
        self._update_cursor(at)
        self.captions.refresh()

    def _pan_by(self, delta: QPointF) -> None:
        self.horizontalScrollBar().setValue(round(self.horizontalScrollBar().value() + delta.x()))
        self.verticalScrollBar().setValue(round(self.verticalScrollBar().value() + delta.y()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()
        self.captions.follow()
        self.resized.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:  # shift+wheel scrolls sideways
            self._pan_by(QPointF(-event.angleDelta().y(), 0))
            return
        self.zoom_by(1.0015 ** event.angleDelta().y(), event.position())

    # ------------------------------------------------------------------------------------------- pointer

    def _body_point(self, view: str, pos: QPointF) -> tuple[float, float]:
        scene_pos = self.mapToScene(pos.toPoint())
        origin = self.body.view_rect(view).topLeft()
        return scene_pos.x() - origin.x(), scene_pos.y() - origin.y()

    def _press(self, pos: QPointF, tool: Tool | None = None) -> None:
        located = self.body.locate(self.mapToScene(pos.toPoint()))
        if located is None:
            return
        view, x, y = located
        # with drawing off (the crossroads map) a press can still be a click, never a stroke, nor an erasing one
        self._stroke = Stroke((tool or self.tool) if self.drawing_enabled else Tool.BRUSH, view, self.radius)
        self._stroke.start(x, y)

    def _drag(self, pos: QPointF) -> None:
        stroke = self._stroke
        if stroke is None or not self.drawing_enabled:
            return
        slop = CLICK_SLOP / max(self.transform().m11(), 1e-6)
        if not stroke.move(*self._body_point(stroke.view, pos), slop=slop):
            return
        self.body.outline_region("")  # a stroke marks what its preview shows, not the area it started on
        self._draw_stroke(stroke)
        self.stroke_moved.emit(stroke)

    def _release(self, pos: QPointF) -> None:
        stroke, self._stroke = self._stroke, None
        self._remove_stroke_item()
        if stroke is None:
            return
        if stroke.dragged:
            self.stroke_finished.emit(stroke)
            self._hover(pos)  # what is under the pointer now, outlined and named again
            return
        self.point_clicked.emit(stroke.view, *stroke.points[0])
        region = self.region_under(pos)
        if region:
            self.region_clicked.emit(region) if stroke.tool is Tool.BRUSH else self.stroke_finished.emit(stroke)

    @property
    def stroking(self) -> bool:
        return self._stroke is not None

    def finish_stroke(self) -> bool:
        """End the stroke in progress as if the button were let go now (the view is about to change under it):
        what it painted is kept.  A press not yet dragged is no click either.  Returns whether a stroke ended."""
        stroke, self._stroke = self._stroke, None
        self._remove_stroke_item()
        if stroke is None or not stroke.dragged:
            return False
        self.stroke_finished.emit(stroke)
        return True

    def cancel_stroke(self) -> None:
        if self._stroke is not None:
            dragged = self._stroke.dragged
            self._stroke = None
            self._remove_stroke_item()
            if dragged:
                self.stroke_cancelled.emit()

    def _draw_stroke(self, stroke: Stroke) -> None:
        origin = self.body.view_rect(stroke.view).topLeft()
        path = QPainterPath(QPointF(*stroke.points[0]) + origin)
        for x, y in stroke.points[1:]:
            path.lineTo(QPointF(x, y) + origin)
        if self._stroke_item is None:
            self._stroke_item = QGraphicsPathItem()
            colour = QColor(205, 32, 38, 70) if stroke.tool is Tool.BRUSH else QColor(120, 120, 120, 90)
            pen = QPen(colour, 2 * stroke.radius)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            self._stroke_item.setPen(pen)
            self._stroke_item.setZValue(Z_TOOL)
            self.body.addItem(self._stroke_item)
        self._stroke_item.setPath(path)

    def _remove_stroke_item(self) -> None:
        if self._stroke_item is not None:
            self.body.removeItem(self._stroke_item)
            self._stroke_item = None

    def region_under(self, pos: QPointF) -> str:
        return self.body.region_at(self.mapToScene(pos.toPoint())) or ""

    def _hover(self, pos: QPointF) -> None:
        self._pointer = pos
        scene_pos = self.mapToScene(pos.toPoint())
        region = self.body.region_at(scene_pos) or ""
        if self.outlines_hovered:
            self.body.outline_region(region)
        if region != self._hovered:
            self._hovered = region
            self.region_hovered.emit(region)
        tp = self.body.trigger_point_at(scene_pos, TP_REACH / max(self.transform().m11(), 1e-6)) or ""
        if tp != self._hovered_tp:
            self._hovered_tp = tp
            self.trigger_point_hovered.emit(tp)
        self._update_cursor(pos)

    def _update_cursor(self, pos: QPointF) -> None:
        """The brush's circle under the pointer, at the brush's true size on the body."""
        scene_pos = self.mapToScene(pos.toPoint())
        on_body = self.drawing_enabled and self._pan_from is None and self.body.locate(scene_pos) is not None
        self._cursor.setVisible(on_body)
        if on_body:
            r = self.radius
            self._cursor.setRect(QRectF(scene_pos.x() - r, scene_pos.y() - r, 2 * r, 2 * r))
            line = Qt.PenStyle.SolidLine if self.tool is Tool.BRUSH else Qt.PenStyle.DashLine
            pen = QPen(QColor(20, 20, 20, 200), 1.5, line)
            pen.setCosmetic(True)
            self._cursor.setPen(pen)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if on_body else Qt.CursorShape.ArrowCursor)

    def set_tool(self, tool: Tool, radius: float) -> None:
        self.tool, self.radius = tool, radius
        if self._cursor.isVisible():
            self._update_cursor(QPointF(self.mapFromScene(self._cursor.rect().center())))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press(event.position())
        elif event.button() in (Qt.MouseButton.MiddleButton, Qt.MouseButton.RightButton):
            self.cancel_stroke()
            self._pan_from = event.position()
            self._cursor.hide()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = self._pointer = event.position()
        if self._pan_from is not None:
            self._pan_by(self._pan_from - pos)
            self._pan_from = pos
        elif self._stroke is not None:
            self._drag(pos)
            self._update_cursor(pos)
        else:
            self._hover(pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() != Qt.MouseButton.LeftButton:
            self._pan_from = None
            self._update_cursor(event.position())
        elif event.button() == Qt.MouseButton.LeftButton:
            self._release(event.position())

    def leaveEvent(self, event: QEvent) -> None:
        self._pointer = None
        self._cursor.hide()
        if self._hovered:
            self._hovered = ""
            self.body.outline_region("")
            self.region_hovered.emit("")
        if self._hovered_tp:
            self._hovered_tp = ""
            self.trigger_point_hovered.emit("")
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._stroke is not None:
            self.cancel_stroke()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------------------------ pen and touch

    def viewportEvent(self, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(event, QTabletEvent):
            self._tablet(event)
            return True
        if isinstance(event, QTouchEvent) and kind in (
            QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel,
        ):  # fmt: skip
            self._touch(event)
            return True
        if isinstance(event, QNativeGestureEvent) and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_by(1.0 + event.value(), event.position())  # a touchpad pinch
            return True
        return super().viewportEvent(event)

    def _tablet(self, event: QTabletEvent) -> None:
        """The pen draws like the left button; its eraser end erases."""
        event.accept()
        pos = event.position()
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            eraser = event.pointerType() == QPointingDevice.PointerType.Eraser
            self._press(pos, Tool.ERASER if eraser else None)
        elif kind == QEvent.Type.TabletMove:
            self._drag(pos) if self._stroke is not None else self._hover(pos)
        elif kind == QEvent.Type.TabletRelease:
            self._release(pos)

    def _touch(self, event: QTouchEvent) -> None:
        """One finger draws like the left button; two fingers pinch to zoom and move to pan."""
        event.accept()
        points = [p for p in event.points() if p.state() != QEventPoint.State.Released]
        if event.type() == QEvent.Type.TouchCancel:
            self.cancel_stroke()
            self._pinch = None
            return
        if len(points) >= 2:
            self.cancel_stroke()
            a, b = points[0].position(), points[1].position()
            distance = math.hypot(a.x() - b.x(), a.y() - b.y())
            centre = (a + b) / 2
            if self._pinch is not None:
                last_distance, last_centre = self._pinch
                self._pan_by(last_centre - centre)
                if last_distance > 0:
                    self.zoom_by(distance / last_distance, centre)
            self._pinch = (distance, centre)
            return
        if self._pinch is not None:  # lifting one finger of a pinch does not start a stroke
            if event.type() == QEvent.Type.TouchEnd:
                self._pinch = None
            return
        point = event.points()[0]
        if event.type() == QEvent.Type.TouchBegin:
            self._press(point.position())
        elif event.type() == QEvent.Type.TouchUpdate:
            self._drag(point.position())
        else:
            self._release(point.position())
