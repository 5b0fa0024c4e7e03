"""The main window: browse on the left, the body in the middle, and on the right the candidates, the examination
(plan, findings, treatment) and the visits of the open case.

Every edit of the case is an undo command; the scene, the panels and the status bar mirror the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bodymap.core.body.atlas import Side
from bodymap.core.body.painmap import PainMap, PainMark
from bodymap.core.case.model import Target, Visit
from bodymap.core.clinic.conditions import TYPICAL_MARK
from bodymap.core.clinic.ranking import Candidate, rank, smallest_cover
from bodymap.core.clinic.search import Hit, HitKind, SearchIndex
from bodymap.core.data.loading import LoadedData
from bodymap.ui import settings, theme
from bodymap.ui.canvas import legend
from bodymap.ui.canvas.body_scene import BodyScene, best_columns
from bodymap.ui.canvas.body_view import BodyView
from bodymap.ui.canvas.items import Examined
from bodymap.ui.canvas.patterns import PatternDisplay
from bodymap.ui.canvas.tools import Stroke, Tool, stroke_changes
from bodymap.ui.case.case_files import CaseFiles
from bodymap.ui.case.commands import ChangePain
from bodymap.ui.case.document import CaseDocument
from bodymap.ui.case.examination_panel import ExaminationPanel
from bodymap.ui.case.handout_actions import HandoutActions
from bodymap.ui.case.marks import examined_marks
from bodymap.ui.case.recovery import RecoveryStore
from bodymap.ui.case.visits_panel import VisitsPanel
from bodymap.ui.explain import ExplainWindow
from bodymap.ui.panels.browse import BrowsePanel
from bodymap.ui.panels.candidates import CandidatesPanel
from bodymap.ui.panels.crossroads import CrossroadsPanel
from bodymap.ui.panels.notice import NoticeBar
from bodymap.ui.selection import Chosen, Selection, SelectionModel
from bodymap.ui.shortcuts import HelpDialog, create_actions
from bodymap.ui.study.menu import StudyMenu
from bodymap.ui.toolbar import ALL_VIEWS, DrawingToolbar, build_menus

if TYPE_CHECKING:
    from bodymap.ui.case.progress import ProgressWindow

HIGHLIGHT_MS = 2500
RELAYOUT_MS = 150  # wait for a resize to settle before laying the views out again
PREPARED_CANDIDATES = 3  # the top of the list, whose patterns are worked out before they are chosen


def _column(widgets: list[tuple[QWidget, int]], margins: int) -> QWidget:
    """Widgets one over the other, each with its share of the height left (its stretch)."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(margins, margins, margins, 0)
    layout.setSpacing(margins)
    for widget, stretch in widgets:
        layout.addWidget(widget, stretch)
    return column


class MainWindow(QMainWindow):
    ranked = Signal()  # the candidates list shows the ranking of the current drawing

    def __init__(
        self,
        data: LoadedData,
        settings_store: QSettings | None = None,
        parent: QWidget | None = None,
        recovery: RecoveryStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.settings = settings_store
        self.model = CaseDocument(parent=self)  # the open case; its visit on show is what the canvas draws
        self.undo_stack = QUndoStack(self)
        self.theme = theme.Theme.named(settings.THEME.read(settings_store))
        self.explain_window: ExplainWindow | None = None
        self.smallest_set: list[Candidate] = []  # of the drawing as last ranked, and the areas it leaves unexplained
        self.unexplained: set[str] = set()
        view = settings.VIEW.read(settings_store)
        self.shown_view = view if view in data.atlas.views else ALL_VIEWS
        theme.apply(self.theme)
        # the body's scene is built when first needed, at the latest on the first show: its views are laid out
        # for the canvas's real size, known only then (built before, it was built twice at every start)
        self._scene: BodyScene | None = None
        self.patterns = PatternDisplay(data, lambda: self._scene)
        self.canvas = BodyView()
        self.legend = legend.LegendBar()  # the key, under the canvas at the size of the window's text
        self.canvas.radius = settings.BRUSH_RADIUS.read(settings_store)
        self.selection = SelectionModel(data, self)
        self.panel = CandidatesPanel(data.atlas)
        self.crossroads_panel = CrossroadsPanel(data.atlas, data.catalog)
        self.pane = QStackedWidget()  # the candidates, or on the crossroads map what refers where
        self.pane.addWidget(self.panel)
        self.pane.addWidget(self.crossroads_panel)
        self.examination = ExaminationPanel(self.model, self.undo_stack, data.catalog)
        self.visits = VisitsPanel(self.model, self.undo_stack)
        self.tabs = QTabWidget()  # what the drawing suggests, what the examination found, the visits
        self.tabs.setObjectName("case-tabs")
        self.tabs.addTab(self.pane, "Candidates")
        self.tabs.addTab(self.examination, "Examination")
        self.tabs.addTab(self.visits, "Visits")
        self.notice = NoticeBar()
        self.notice.setVisible(not settings.NOTICE_SEEN.read(settings_store))
        index = SearchIndex(data.atlas, data.catalog, data.conditions)
        self.browser = BrowsePanel(index, data.catalog, data.conditions)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("body-and-candidates")
        self.splitter.addWidget(_column([(self.canvas, 1), (self.legend, 0)], margins=0))  # the body over its key
        self.splitter.addWidget(_column([(self.notice, 0), (self.tabs, 1)], margins=6))
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
        self._pointed_region = self._pointed_trigger_point = ""
        self._build_actions()
        self.files = CaseFiles(self.model, self.undo_stack, data, self, settings_store, recovery)
        self.handouts = HandoutActions(self, self.model, data, settings_store)
        self.progress_window: ProgressWindow | None = None  # made when first shown (it imports the plotting library)
        self._connect()
        self._refresh_scene()
        self._on_selection_changed()  # nothing chosen yet: the pane says how to choose
        self.resize(1400, 860)
        self._restore_state()
        self._on_title_changed(self.files.title())
        self.canvas.setFocus()  # single keys are the canvas's, unless the user is typing somewhere

    # ------------------------------------------------------------------------------------------ building

    def _views(self) -> list[str]:
        return [self.shown_view] if self.shown_view else list(self.data.atlas.views)

    def _columns(self) -> int:
        """Views per row that show the body largest in the canvas as it is now."""
        canvas = getattr(self, "canvas", None)
        size = canvas.viewport().size() if canvas is not None else None
        width, height = (size.width(), size.height()) if size is not None and size.width() > 50 else (800, 700)
        return best_columns(self.data.atlas, self._views(), width, height, legend_height=0.0)

    @property
    def scene(self) -> BodyScene:
        if self._scene is None:
            self._rebuild_scene()
        assert self._scene is not None
        return self._scene

    def _new_scene(self) -> BodyScene:
        self._scene_columns = self._columns()
        colours = theme.scene_colours(self.theme)
        return BodyScene(self.data.atlas, self._views(), colours, with_legend=False, columns=self._scene_columns)

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
        a["areas"].setChecked(settings.SHOW_AREAS.read(self.settings))
        views = {name: view.label for name, view in self.data.atlas.views.items()}
        self.toolbar = DrawingToolbar(a, views, self.shown_view, self.canvas.radius)
        self.addToolBar(self.toolbar)
        self.brush_size, self.intensity = self.toolbar.brush_size, self.toolbar.intensity
        self.quality, self.view_choice = self.toolbar.quality, self.toolbar.view_choice
        self.theme_actions, self.recent_menu = build_menus(self, a, self.toolbar, self.theme, self.set_theme)
        self.study = StudyMenu(self, self.data, a)

    def _connect(self) -> None:
        a = self.actions
        a["new"].triggered.connect(self.files.new)
        a["open"].triggered.connect(lambda: self.files.open())
        a["save"].triggered.connect(self.files.save)
        a["save_as"].triggered.connect(self.files.save_as)
        a["close"].triggered.connect(self.files.close)
        a["export_handout"].triggered.connect(self.handouts.export)
        a["print_handout"].triggered.connect(self.handouts.print_preview)
        a["handout_settings"].triggered.connect(self.handouts.edit_settings)
        a["visit_progress"].triggered.connect(self.show_progress)
        a["quit"].triggered.connect(self.close)
        a["plan"].triggered.connect(self._on_plan_toggled)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.files.title_changed.connect(self._on_title_changed)
        self.model.visit_edited.connect(self._on_visit_edited)
        self.model.current_changed.connect(self._show_examined)
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
        a["areas"].toggled.connect(self._show_areas)
        a["explain"].triggered.connect(self.toggle_explain)
        a["browse"].toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(a["browse"].setChecked)
        a["theme"].triggered.connect(self.next_theme)
        a["next"].triggered.connect(lambda: self.panel.choose_next(1))
        a["previous"].triggered.connect(lambda: self.panel.choose_next(-1))
        a["unchoose"].triggered.connect(self._on_escape)
        a["help"].triggered.connect(self.show_help)
        a["about"].triggered.connect(self.show_about)
        self.brush_size.valueChanged.connect(lambda r: self.canvas.set_tool(self.canvas.tool, r))
        self.view_choice.currentIndexChanged.connect(lambda i: self.show_view(self.view_choice.itemData(i)))
        self.model.pain_changed.connect(self._on_pain_changed)
        self._relayout_timer = QTimer(self, singleShot=True, interval=RELAYOUT_MS)
        self._relayout_timer.timeout.connect(self._on_canvas_resized)
        self.canvas.resized.connect(self._relayout_timer.start)
        self.canvas.region_hovered.connect(self._on_region_hovered)
        self.canvas.region_clicked.connect(self._on_region_clicked)
        self.canvas.trigger_point_hovered.connect(self._on_trigger_point_hovered)
        self.canvas.stroke_moved.connect(self._on_stroke_moved)
        self.canvas.stroke_finished.connect(self._on_stroke_finished)
        self.canvas.stroke_cancelled.connect(lambda: self.scene.show_pain(self.model.pain))
        self.selection.changed.connect(self._on_selection_changed)
        self.panel.candidate_chosen.connect(lambda c: self.selection.choose(Selection.of_candidate(c)))
        self.browser.search.hit_chosen.connect(self._on_search_hit)
        self.browser.muscle_chosen.connect(self.show_muscle)
        self.browser.condition_chosen.connect(self.mark_condition)
        self.notice.dismissed.connect(self._on_notice_dismissed)
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
        if self._scene is None:
            self._rebuild_scene()
        super().showEvent(event)
        if not event.spontaneous() and self._relayout_timer.isActive():
            self._relayout_timer.stop()
            self._on_canvas_resized()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.files.shut_down()
        s = self.settings
        settings.GEOMETRY.write(s, self.saveGeometry())
        settings.WINDOW_STATE.write(s, self.saveState())
        settings.SPLITTER.write(s, self.splitter.saveState())
        settings.VIEW.write(s, self.shown_view)
        settings.THEME.write(s, self.theme.value)
        settings.BRUSH_RADIUS.write(s, self.brush_size.value())
        settings.SHOW_AREAS.write(s, self.actions["areas"].isChecked())
        if self.explain_window is not None:
            self.explain_window.close()
        if self.progress_window is not None:
            self.progress_window.close()
        super().closeEvent(event)

    # ----------------------------------------------------------------------------------------- pain edits

    def current_mark(self) -> PainMark:
        return PainMark(self.intensity.value(), self.quality.currentData())

    def _on_region_clicked(self, region_id: str) -> None:
        """A click marks pain; on the crossroads map it lists what refers to the region instead."""
        if self.actions["crossroads"].isChecked():
            self.crossroads_panel.show_region(region_id)
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
        return stroke_changes(stroke, self.model.pain, self.data.atlas, self.current_mark())

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
        """Mark a condition's typical pain areas (one undo step; areas already marked keep their mark), show it,
        red flags first, and bring the areas into sight."""
        condition = self.data.conditions[condition_id]
        regions = sorted(condition.regions_on(side, self.data.atlas))
        changes = self.model.pain.added(regions, TYPICAL_MARK)
        if changes:
            self.undo_stack.push(ChangePain(self.model, changes, f"Mark {condition.name}"))
        self.selection.choose(Selection(Chosen.CONDITION, condition_id, side))
        self._reveal(regions)

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
        self.smallest_set, self.unexplained = cover, unexplained
        self.patterns.prepare((c.essential, c.spillover) for c in candidates[:PREPARED_CANDIDATES])
        self.panel.show_ranking(candidates, cover, unexplained)
        self.examination.set_ranking(candidates, cover)
        self.selection.rank(candidates)
        self.ranked.emit()

    # ------------------------------------------------------------------------------------------ the tools

    def set_tool(self, tool: Tool) -> None:
        self.actions["brush" if tool is Tool.BRUSH else "eraser"].setChecked(True)
        self.canvas.set_tool(tool, self.brush_size.value())

    # ------------------------------------------------------------------------------------------- patterns

    def show_muscle(self, muscle_id: str, side: Side = Side.RIGHT) -> None:
        """Draw a whole muscle's trigger points and pattern (from search or browsing) and describe it."""
        self.selection.choose(Selection(Chosen.MUSCLE, muscle_id, side))

    def _on_selection_changed(self) -> None:
        """The details pane, the lists' highlights and the pattern on the body all show the one selection."""
        chosen, candidate = self.selection.selection, self.selection.candidate()
        self.panel.show_chosen(candidate.key if candidate else None, self.selection.details_html())
        self.browser.show_chosen(chosen)
        self.patterns.of_selection(chosen, candidate)
        muscle_chosen = chosen is not None and chosen.kind is not Chosen.CONDITION
        self.examination.set_chosen(Target(chosen.id, chosen.side) if chosen is not None and muscle_chosen else None)

    # ------------------------------------------------------------------------------------------- the case

    def _on_plan_toggled(self) -> None:
        """The chosen candidate (or browsed muscle) joins the examination plan of this visit, or leaves it."""
        if self.examination.chosen is not None and not self.model.read_only:
            self.examination.toggle(self.examination.chosen)

    def _on_visit_edited(self, visit: Visit) -> None:
        if visit is self.model.current:
            self._show_examined()

    def _show_examined(self) -> None:
        """What palpation found in this visit: marked on the body, keyed, and noted beside the candidates."""
        findings = self.model.current.findings
        self.panel.show_examined({(t.muscle, t.side): f for t, f in findings.items()})
        if self.actions["crossroads"].isChecked():  # the crossroads map shows no findings
            if self._scene is not None:
                self._scene.show_examined([])
            return
        marks = examined_marks(findings, self.data)
        if self._scene is not None:  # else drawn when it is built
            self._scene.show_examined(marks)
        kinds = sorted({kind for _, kind, _ in marks}, key=list(Examined).index)
        self.legend.show_entries(legend.drawing_entries(examined=kinds), theme.scene_colours(self.theme))

    def _on_title_changed(self, title: str) -> None:
        self.setWindowTitle(title)
        self.setWindowModified(self.files.modified)

    def _fill_recent_menu(self) -> None:
        self.files.forget_missing()
        self.recent_menu.clear()
        for path in self.files.recent():
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.files.open(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("No recent cases").setEnabled(False)

    def _on_escape(self) -> None:
        """Esc leaves explain mode, or cancels a stroke in progress, or else takes the pattern off the body."""
        if self.explain_window is not None:
            self.explain_window.close()
        elif self.canvas.stroking:
            self.canvas.cancel_stroke()
        else:
            self.show_nothing()

    def show_nothing(self) -> None:
        self.selection.choose(None)

    # ------------------------------------------------------------------------------- search, browse, hover

    def focus_search(self) -> None:
        self.dock.show()
        self.browser.search.focus()

    def _on_notice_dismissed(self) -> None:
        settings.NOTICE_SEEN.write(self.settings, True)
        self.canvas.setFocus()  # not to the next widget in line, the search box, where single keys would be typed

    def _on_search_hit(self, hit: Hit) -> None:
        self.canvas.setFocus()  # the search is done: single keys are shortcuts again
        if hit.kind is HitKind.MUSCLE:
            self.show_muscle(hit.id)
            return
        if hit.kind is HitKind.CONDITION:
            self.mark_condition(hit.id, self.browser.side.currentData())
            return
        changes = self.model.pain.painted([hit.id], self.current_mark())
        if changes:
            self.undo_stack.push(ChangePain(self.model, changes, f"Mark {hit.label}"))
        self._reveal([hit.id])

    def _reveal(self, region_ids: list[str]) -> None:
        """Outline regions for a moment and bring them into sight; when the view shown draws none of them, all
        views are shown."""
        if not any(self.scene.region_rect(r).isValid() for r in region_ids):
            self.show_view(ALL_VIEWS)
        rect = QRectF()
        for region_id in region_ids:
            rect = rect.united(self.scene.region_rect(region_id))
        self.canvas.reveal(rect)
        self.scene.highlight(region_ids)
        self._highlight_timer.start()
        if region_ids:
            shown = [self.data.atlas.regions[r].label for r in region_ids[:4]]
            self.hover_label.setText("Shown: " + ", ".join(shown) + (" ..." if len(region_ids) > 4 else ""))

    def _on_region_hovered(self, region_id: str) -> None:
        self._pointed_region = region_id
        self._show_pointed()

    def _on_trigger_point_hovered(self, tp_id: str) -> None:
        self._pointed_trigger_point = self.patterns.hover(tp_id)
        self._show_pointed()

    def _show_pointed(self) -> None:
        """Name what is under the pointer, the same in the status bar and the tooltip: an X before its region."""
        text = self._pointed_trigger_point or self._region_text(self._pointed_region)
        self.hover_label.setText(text)
        self.canvas.setToolTip(text)

    def _region_text(self, region_id: str) -> str:
        if not region_id:
            return ""
        if self.actions["crossroads"].isChecked():
            return self.crossroads_panel.pointed(region_id)
        text = self.data.atlas.regions[region_id].label
        if (mark := self.model.pain.get(region_id)) is not None:
            text += f": pain {mark.intensity}/10" if mark.painful else ": marked pain-free"
            text += f", {mark.quality.label.lower()}" if mark.quality else ""
        return text

    # ---------------------------------------------------------------------------------------------- views

    def show_view(self, name: str) -> None:
        """Show one view ('' for all side by side); the drawing, pattern and mode carry over."""
        self.shown_view = name if name in self.data.atlas.views else ALL_VIEWS
        index = self.view_choice.findData(self.shown_view)
        if index != self.view_choice.currentIndex():
            self.view_choice.setCurrentIndex(index)  # comes back here through the signal
            return
        self._rebuild_scene()

    def _rebuild_scene(self) -> None:
        if self.canvas.finish_stroke():  # the stroke is kept, not lost with the scene it was drawn on
            self.statusBar().showMessage("The stroke was finished as the body was drawn anew (Ctrl+Z undoes it).", 6000)
        self._scene = self._new_scene()
        self.canvas.set_body(self._scene)
        self._refresh_scene()

    def _refresh_scene(self) -> None:
        """Show on the scene (once it is built) what the window shows: the drawing or the crossroads map, the areas,
        the examination's findings, the pattern; and the key and the pane that go with it."""
        heat = self.actions["crossroads"].isChecked()
        self.canvas.drawing_enabled = not heat
        self.patterns.hidden = heat
        self.pane.setCurrentWidget(self.crossroads_panel if heat else self.panel)
        scene = self._scene
        if heat:
            self.legend.show_entries(self.crossroads_panel.legend_entries(), theme.scene_colours(self.theme))
        if scene is not None:
            scene.show_pain({} if heat else self.model.pain)
            scene.show_heat(self.crossroads_panel.heat() if heat else {})
            scene.show_areas(self.actions["areas"].isChecked())
        self._show_examined()  # on the drawing: what palpation found, and the key with it
        self.patterns.draw()
        if scene is not None and self.canvas.fitted:
            self.canvas.fit()

    def _show_areas(self, shown: bool) -> None:
        if self._scene is not None:  # else shown as it is built
            self._scene.show_areas(shown)

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
        smallest_set = [self.patterns.shown_of(c) for c in self.smallest_set]
        self.explain_window = ExplainWindow(
            self.data.atlas, self.model.pain, self.patterns.explained(), colours, smallest_set, self.unexplained, self
        )
        self.explain_window.closed.connect(self._on_explain_closed)
        self.explain_window.setGeometry(self.screen().geometry())
        self.explain_window.showFullScreen()
        self.explain_window.activateWindow()

    def _on_explain_closed(self) -> None:
        self.explain_window = None
        self.activateWindow()

    def show_progress(self) -> ProgressWindow:
        """The progress of the open case over its visits, in a window beside this one."""
        if self.progress_window is None:
            from bodymap.ui.case.progress import ProgressWindow

            self.progress_window = ProgressWindow(self.model, self.data, lambda: theme.scene_colours(self.theme), self)
        self.progress_window.show()
        self.progress_window.raise_()
        self.progress_window.activateWindow()
        return self.progress_window

    def show_help(self) -> None:
        HelpDialog(self).exec()

    def show_about(self) -> None:
        from bodymap.ui.about import AboutDialog, places  # the package's metadata: read when asked, not at start

        dialog = AboutDialog(self.data, places(self.settings, self.files.recovery.folder), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
