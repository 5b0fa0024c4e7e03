"""The main window: browse on the left, the body in the middle, candidates on the right.

Every edit of the pain map is an undo command; the scene, the candidates and the status bar mirror the model.
"""

from __future__ import annotations

from functools import cached_property

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QWidget,
)

from bodymap.core.body.atlas import Side
from bodymap.core.body.painmap import PainMap, PainMark, brushed_regions
from bodymap.core.clinic.crossroads import Crossroad, crossroads, heat_steps
from bodymap.core.clinic.ranking import rank, smallest_cover
from bodymap.core.clinic.search import Hit, HitKind, SearchIndex
from bodymap.core.data.loading import LoadedData
from bodymap.ui import settings, theme
from bodymap.ui.canvas import legend
from bodymap.ui.canvas.body_scene import BodyScene, best_columns
from bodymap.ui.canvas.body_view import BodyView
from bodymap.ui.canvas.patterns import PatternDisplay
from bodymap.ui.canvas.tools import Stroke, Tool
from bodymap.ui.commands import ChangePain
from bodymap.ui.explain import ExplainWindow
from bodymap.ui.pain_model import PainModel
from bodymap.ui.panels import details
from bodymap.ui.panels.browse import BrowsePanel
from bodymap.ui.panels.candidates import CandidatesPanel
from bodymap.ui.panels.notice import NoticeBar
from bodymap.ui.shortcuts import HelpDialog, create_actions
from bodymap.ui.study.menu import StudyMenu
from bodymap.ui.toolbar import ALL_VIEWS, DrawingToolbar, build_menus

HIGHLIGHT_MS = 2500
RELAYOUT_MS = 150  # wait for a resize to settle before laying the views out again


class MainWindow(QMainWindow):
    ranked = Signal()  # the candidates list shows the ranking of the current drawing

    def __init__(
        self, data: LoadedData, settings_store: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.settings = settings_store
        self.setWindowTitle("bodymap: where does this pain come from?")
        self.model = PainModel(self)
        self.undo_stack = QUndoStack(self)
        self.theme = theme.Theme.named(settings.THEME.read(settings_store))
        self.explain_window: ExplainWindow | None = None
        view = settings.VIEW.read(settings_store)
        self.shown_view = view if view in data.atlas.views else ALL_VIEWS
        theme.apply(self.theme)
        self.scene = self._new_scene()
        self.patterns = PatternDisplay(data, lambda: self.scene)
        self.canvas = BodyView(self.scene)
        self.canvas.radius = settings.BRUSH_RADIUS.read(settings_store)
        self.panel = CandidatesPanel(data.atlas, data.catalog)
        self.notice = NoticeBar()
        self.panel.layout().insertWidget(0, self.notice)
        self.notice.setVisible(not settings.NOTICE_SEEN.read(settings_store))
        index = SearchIndex(data.atlas, data.catalog, data.conditions)
        self.browser = BrowsePanel(index, data.catalog, data.conditions)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("body-and-candidates")
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 440])
        self.setCentralWidget(self.splitter)
        self.dock = QDockWidget("Browse and search", self)
        self.dock.setObjectName("browse-dock")
        self.dock.setWidget(self.browser)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.hover_label = QLabel()
        self.hover_label.setAccessibleName("Region under the pointer")
        self.statusBar().addWidget(self.hover_label, 1)
        self._rank_timer = QTimer(self, singleShot=True, interval=0)
        self._rank_timer.timeout.connect(self.rank_now)
        self._highlight_timer = QTimer(self, singleShot=True, interval=HIGHLIGHT_MS)
        self._highlight_timer.timeout.connect(lambda: self.scene.highlight([]))
        self._build_actions()
        self._connect()
        self.resize(1400, 860)
        self._restore_state()

    # ------------------------------------------------------------------------------------------ building

    def _views(self) -> list[str]:
        return [self.shown_view] if self.shown_view else list(self.data.atlas.views)

    def _columns(self) -> int:
        """Views per row that show the body largest in the canvas as it is now."""
        canvas = getattr(self, "canvas", None)
        size = canvas.viewport().size() if canvas is not None else None
        width, height = (size.width(), size.height()) if size is not None and size.width() > 50 else (800, 700)
        return best_columns(self.data.atlas, self._views(), width, height)

    def _new_scene(self) -> BodyScene:
        self._scene_columns = self._columns()
        return BodyScene(self.data.atlas, self._views(), theme.scene_colours(self.theme), columns=self._scene_columns)

    def _on_canvas_resized(self) -> None:
        """Lay the views out again when another number of views per row would show them larger."""
        if self._columns() != self._scene_columns:
            self._rebuild_scene()

    def _build_actions(self) -> None:
        self.actions = a = create_actions(self)
        self.undo_action, self.redo_action = a["undo"], a["redo"]
        self.clear_action, self.fit_action = a["clear"], a["fit"]
        self.undo_stack.canUndoChanged.connect(a["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(a["redo"].setEnabled)
        a["undo"].setEnabled(False)
        a["redo"].setEnabled(False)
        a["browse"].setChecked(True)
        views = {name: view.label for name, view in self.data.atlas.views.items()}
        self.toolbar = DrawingToolbar(a, views, self.shown_view, self.canvas.radius)
        self.addToolBar(self.toolbar)
        self.brush_size, self.intensity = self.toolbar.brush_size, self.toolbar.intensity
        self.quality, self.view_choice = self.toolbar.quality, self.toolbar.view_choice
        self.theme_actions = build_menus(self, a, self.toolbar, self.theme, self.set_theme)
        self.study = StudyMenu(self, self.data, a)

    def _connect(self) -> None:
        a = self.actions
        a["undo"].triggered.connect(self.undo_stack.undo)
        a["redo"].triggered.connect(self.undo_stack.redo)
        a["clear"].triggered.connect(self.clear_all)
        a["find"].triggered.connect(self.focus_search)
        a["brush"].triggered.connect(lambda: self.set_tool(Tool.BRUSH))
        a["eraser"].triggered.connect(lambda: self.set_tool(Tool.ERASER))
        a["zoom_in"].triggered.connect(lambda: self.canvas.zoom_by(1.25))
        a["zoom_out"].triggered.connect(lambda: self.canvas.zoom_by(0.8))
        a["fit"].triggered.connect(lambda: self.canvas.fit())
        a["crossroads"].toggled.connect(self._on_crossroads_toggled)
        a["explain"].triggered.connect(self.toggle_explain)
        a["browse"].toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(a["browse"].setChecked)
        a["theme"].triggered.connect(self.next_theme)
        a["next"].triggered.connect(lambda: self.panel.choose_next(1))
        a["previous"].triggered.connect(lambda: self.panel.choose_next(-1))
        a["unchoose"].triggered.connect(self._on_escape)
        a["help"].triggered.connect(self.show_help)
        self.brush_size.valueChanged.connect(lambda r: self.canvas.set_tool(self.canvas.tool, r))
        self.view_choice.currentIndexChanged.connect(lambda i: self.show_view(self.view_choice.itemData(i)))
        self.model.changed.connect(self._on_pain_changed)
        self._relayout_timer = QTimer(self, singleShot=True, interval=RELAYOUT_MS)
        self._relayout_timer.timeout.connect(self._on_canvas_resized)
        self.canvas.resized.connect(self._relayout_timer.start)
        self.canvas.region_hovered.connect(self._on_region_hovered)
        self.canvas.region_clicked.connect(self._on_region_clicked)
        self.canvas.trigger_point_hovered.connect(self._on_trigger_point_hovered)
        self.canvas.stroke_moved.connect(self._on_stroke_moved)
        self.canvas.stroke_finished.connect(self._on_stroke_finished)
        self.canvas.stroke_cancelled.connect(lambda: self.scene.show_pain(self.model.pain))
        self.panel.candidate_chosen.connect(self.patterns.of_candidate)
        self.browser.search.hit_chosen.connect(self._on_search_hit)
        self.browser.muscle_chosen.connect(self.show_muscle)
        self.browser.condition_chosen.connect(self.mark_condition)
        self.notice.dismissed.connect(lambda: settings.NOTICE_SEEN.write(self.settings, True))
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)

    def _restore_state(self) -> None:
        s = self.settings
        geometry = settings.GEOMETRY.read(s)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.WINDOW_STATE.read(s)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = settings.SPLITTER.read(s)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def showEvent(self, event: QShowEvent) -> None:
        """On the first show the canvas has its real size: lay the views out for it now, before the first paint,
        instead of a moment later (a re-layout then would be a visible jump and a frame-long hitch)."""
        super().showEvent(event)
        if not event.spontaneous() and self._relayout_timer.isActive():
            self._relayout_timer.stop()
            self._on_canvas_resized()

    def closeEvent(self, event: QCloseEvent) -> None:
        s = self.settings
        settings.GEOMETRY.write(s, self.saveGeometry())
        settings.WINDOW_STATE.write(s, self.saveState())
        settings.SPLITTER.write(s, self.splitter.saveState())
        settings.VIEW.write(s, self.shown_view)
        settings.THEME.write(s, self.theme.value)
        settings.BRUSH_RADIUS.write(s, self.brush_size.value())
        if self.explain_window is not None:
            self.explain_window.close()
        super().closeEvent(event)

    # ----------------------------------------------------------------------------------------- pain edits

    def current_mark(self) -> PainMark:
        return PainMark(self.intensity.value(), self.quality.currentData())

    def _on_region_clicked(self, region_id: str) -> None:
        """A click marks pain; on the crossroads map it lists what refers to the region instead."""
        if self.actions["crossroads"].isChecked():
            crossroad = self._crossroads.get(region_id)
            label = self.data.atlas.regions[region_id].label
            self.panel.show_text(details.crossroad_html(label, crossroad, self.data.catalog))
        else:
            self.toggle_region(region_id)

    def toggle_region(self, region_id: str) -> None:
        """Mark the region with the toolbar's intensity and quality, or clear it if it has that very mark."""
        changes = self.model.pain.toggled(region_id, self.current_mark())
        label = self.data.atlas.regions[region_id].label
        verb = "Clear" if changes[region_id] is None else "Mark"
        self.undo_stack.push(ChangePain(self.model, changes, f"{verb} {label}"))

    def clear_all(self) -> None:
        if len(self.model.pain):
            self.undo_stack.push(ChangePain(self.model, self.model.pain.cleared(), "Clear all"))

    def _stroke_changes(self, stroke: Stroke) -> dict[str, PainMark | None]:
        regions = brushed_regions(self.data.atlas.views[stroke.view], stroke.points, stroke.radius)
        if stroke.tool is Tool.ERASER:
            return self.model.pain.erased(regions)
        return self.model.pain.painted(regions, self.current_mark())

    def _on_stroke_moved(self, stroke: Stroke) -> None:
        """Show what the stroke would do; the model changes only when it ends (one undo step)."""
        preview = PainMap(self.model.pain)
        preview.apply(self._stroke_changes(stroke))
        self.scene.show_pain(preview)

    def _on_stroke_finished(self, stroke: Stroke) -> None:
        changes = self._stroke_changes(stroke)
        if not changes:
            self.scene.show_pain(self.model.pain)
            return
        verb = "Erase" if stroke.tool is Tool.ERASER else "Paint"
        count = len(changes)
        self.undo_stack.push(ChangePain(self.model, changes, f"{verb} {count} area{'s' if count != 1 else ''}"))

    def mark_condition(self, condition_id: str, side: Side) -> None:
        """Mark a condition's typical pain areas (one undo step) and describe it: muscles to examine, red flags."""
        condition = self.data.conditions[condition_id]
        regions = sorted(condition.regions_on(side, self.data.atlas))
        changes = self.model.pain.painted(regions, self.current_mark())
        if changes:
            self.undo_stack.push(ChangePain(self.model, changes, f"Mark {condition.name}"))
        self.panel.show_text(details.condition_html(condition, self.data.catalog))
        self._highlight(regions)

    def _on_pain_changed(self) -> None:
        """Draw the change at once; re-rank right after, once however many changes came in between, so that
        the mark appears within the frame of the click and the list follows."""
        if not self.actions["crossroads"].isChecked():
            self.scene.show_pain(self.model.pain)
        self._rank_timer.start()

    def rank_now(self) -> None:
        """Re-rank the candidates for the pain map as it is (normally done just after each change)."""
        self._rank_timer.stop()
        pain = self.model.pain
        candidates = rank(pain, self.data.atlas, self.data.catalog)
        cover, unexplained = smallest_cover(candidates, pain)
        self.panel.show_ranking(candidates, cover, unexplained)
        self.ranked.emit()

    # ------------------------------------------------------------------------------------------ the tools

    def set_tool(self, tool: Tool) -> None:
        self.actions["brush" if tool is Tool.BRUSH else "eraser"].setChecked(True)
        self.canvas.set_tool(tool, self.brush_size.value())

    # ------------------------------------------------------------------------------------------- patterns

    def show_muscle(self, muscle_id: str, side: Side = Side.RIGHT) -> None:
        """Draw a whole muscle's trigger points and pattern (from search or browsing) and describe it."""
        self.panel.show_muscle(self.data.catalog.muscles[muscle_id])
        self.patterns.of_muscle(muscle_id, side)

    def _on_escape(self) -> None:
        """Esc leaves explain mode, or cancels a stroke in progress, or else takes the pattern off the body."""
        if self.explain_window is not None:
            self.explain_window.close()
        elif self.canvas.stroking:
            self.canvas.cancel_stroke()
        else:
            self.show_nothing()

    def show_nothing(self) -> None:
        self.panel.list.setCurrentRow(-1)
        self.patterns.show(None)

    def _on_trigger_point_hovered(self, tp_id: str) -> None:
        said = self.patterns.hover(tp_id)
        if said:
            self.hover_label.setText(said)

    # ------------------------------------------------------------------------------- search, browse, hover

    def focus_search(self) -> None:
        self.dock.show()
        self.browser.search.focus()

    def _on_search_hit(self, hit: Hit) -> None:
        if hit.kind is HitKind.MUSCLE:
            self.show_muscle(hit.id)
            return
        if hit.kind is HitKind.CONDITION:
            self.mark_condition(hit.id, self.browser.side.currentData())
            return
        changes = self.model.pain.painted([hit.id], self.current_mark())
        if changes:
            self.undo_stack.push(ChangePain(self.model, changes, f"Mark {hit.label}"))
        self._highlight([hit.id])

    def _highlight(self, region_ids: list[str]) -> None:
        self.scene.highlight(region_ids)
        self._highlight_timer.start()
        if region_ids:
            shown = [self.data.atlas.regions[r].label for r in region_ids[:4]]
            self.hover_label.setText("Shown: " + ", ".join(shown) + (" ..." if len(region_ids) > 4 else ""))

    def _on_region_hovered(self, region_id: str) -> None:
        text = ""
        if region_id:
            text = self.data.atlas.regions[region_id].label
            if self.actions["crossroads"].isChecked():
                crossroad = self._crossroads.get(region_id)
                if crossroad is None:
                    text += ": no trigger point refers here in the data"
                else:
                    names = crossroad.muscles(self.data.catalog)
                    text += (
                        f": {crossroad.count} trigger points refer here ({len(crossroad.essential)} as main zone): "
                        + ", ".join(names[:4])
                        + (" ..." if len(names) > 4 else "")
                    )
            elif (mark := self.model.pain.get(region_id)) is not None:
                text += f": pain {mark.intensity}/10" if mark.painful else ": marked pain-free"
                text += f", {mark.quality.label.lower()}" if mark.quality else ""
        self.hover_label.setText(text)
        self.canvas.setToolTip(text)

    # ---------------------------------------------------------------------------------------------- views

    @cached_property
    def _crossroads(self) -> dict[str, Crossroad]:
        return crossroads(self.data.atlas, self.data.catalog)

    @cached_property
    def _heat_bounds(self) -> list[int]:
        return heat_steps([c.count for c in self._crossroads.values()])

    def show_view(self, name: str) -> None:
        """Show one view ('' for all side by side); the drawing, pattern and mode carry over."""
        self.shown_view = name if name in self.data.atlas.views else ALL_VIEWS
        index = self.view_choice.findData(self.shown_view)
        if index != self.view_choice.currentIndex():
            self.view_choice.setCurrentIndex(index)  # comes back here through the signal
            return
        self._rebuild_scene()

    def _rebuild_scene(self) -> None:
        self.scene = self._new_scene()
        self.canvas.set_body(self.scene)
        self._refresh_scene()

    def _refresh_scene(self) -> None:
        heat = self.actions["crossroads"].isChecked()
        self.canvas.drawing_enabled = not heat
        self.patterns.hidden = heat
        if heat:
            self.scene.show_pain({})
            steps = {
                rid: next(i for i, bound in enumerate(self._heat_bounds) if c.count <= bound)
                for rid, c in self._crossroads.items()
            }
            self.scene.show_heat(steps)
            self.scene.show_legend(legend.heat_entries(self._heat_bounds))
            self.panel.heading.setText(
                "<b>Referral crossroads.</b> The darker an area, the more trigger points refer pain there. "
                "Click an area to list them; H returns to the drawing."
            )
        else:
            self.scene.show_heat({})
            self.scene.show_legend(legend.drawing_entries())
            self.scene.show_pain(self.model.pain)
            self._rank_timer.start()  # the candidates' heading and list again
        self.patterns.draw()
        if self.canvas.fitted:
            self.canvas.fit()

    def _on_crossroads_toggled(self, on: bool) -> None:
        self._refresh_scene()
        self.hover_label.setText(
            "Referral crossroads: the darker an area, the more trigger points refer pain there." if on else ""
        )

    def set_theme(self, chosen: theme.Theme) -> None:
        self.theme = chosen
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == chosen.value)
        theme.apply(chosen)
        self._rebuild_scene()

    def next_theme(self) -> None:
        order = list(theme.Theme)
        self.set_theme(order[(order.index(self.theme) + 1) % len(order)])

    def _on_system_scheme_changed(self) -> None:
        if self.theme is theme.Theme.SYSTEM:
            self.set_theme(theme.Theme.SYSTEM)

    # -------------------------------------------------------------------------------------- explain, help

    def toggle_explain(self) -> None:
        if self.explain_window is not None:
            self.explain_window.close()
            return
        colours = theme.scene_colours(self.theme)
        self.explain_window = ExplainWindow(self.data.atlas, self.model.pain, self.patterns.explained(), colours, self)
        self.explain_window.closed.connect(self._on_explain_closed)
        self.explain_window.setGeometry(self.screen().geometry())
        self.explain_window.showFullScreen()
        self.explain_window.activateWindow()

    def _on_explain_closed(self) -> None:
        self.explain_window = None
        self.activateWindow()

    def show_help(self) -> None:
        HelpDialog(self).exec()
