"""The main window: the body on the left, candidates on the right; marking pain re-ranks at once."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QSpinBox, QSplitter, QToolBar, QWidget

from bodymap.core.loading import LoadedData
from bodymap.core.painmap import DEFAULT_INTENSITY, PainMark
from bodymap.core.ranking import Candidate, rank, smallest_cover
from bodymap.ui.body_scene import BodyScene
from bodymap.ui.body_view import BodyView
from bodymap.ui.candidates import CandidatesPanel
from bodymap.ui.commands import ChangePain
from bodymap.ui.pain_model import PainModel


class MainWindow(QMainWindow):
    def __init__(self, data: LoadedData, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.settings = settings
        self.setWindowTitle("bodymap: where does this pain come from?")
        self.model = PainModel(self)
        self.undo_stack = QUndoStack(self)
        self.scene = BodyScene(data.atlas)
        self.canvas = BodyView(self.scene)
        self.panel = CandidatesPanel(data.atlas, data.catalog)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.canvas)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 440])
        self.setCentralWidget(splitter)
        self.hover_label = QLabel()
        self.hover_label.setAccessibleName("Region under the pointer")
        self.statusBar().addWidget(self.hover_label, 1)
        self.statusBar().addPermanentWidget(QLabel("Educational decision support, not a diagnosis."))
        self._build_actions()
        self.model.changed.connect(self._on_pain_changed)
        self.canvas.region_hovered.connect(self._on_region_hovered)
        self.canvas.region_clicked.connect(self.toggle_region)
        self.panel.candidate_chosen.connect(self._on_candidate_chosen)
        self.resize(1280, 820)
        if settings is not None and settings.contains("window/geometry"):
            self.restoreGeometry(settings.value("window/geometry"))

    def _build_actions(self) -> None:
        toolbar = QToolBar("Main")
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        self.clear_action = QAction("&Clear all", self)
        self.clear_action.setShortcut(QKeySequence("Ctrl+Backspace"))
        self.clear_action.triggered.connect(self.clear_all)
        self.fit_action = QAction("&Fit to window", self)
        self.fit_action.setShortcut(QKeySequence("Ctrl+0"))
        self.fit_action.triggered.connect(self.canvas.fit)
        for action in (self.undo_action, self.redo_action, self.clear_action, self.fit_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(" Intensity "))
        self.intensity = QSpinBox()
        self.intensity.setRange(1, 10)
        self.intensity.setValue(DEFAULT_INTENSITY)
        self.intensity.setSuffix(" / 10")
        self.intensity.setAccessibleName("Pain intensity for new marks")
        toolbar.addWidget(self.intensity)
        menu = self.menuBar().addMenu("&Edit")
        for action in (self.undo_action, self.redo_action, self.clear_action):
            menu.addAction(action)
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.fit_action)

    # ----------------------------------------------------------------------------------------------- slots

    def _on_region_hovered(self, region_id: str) -> None:
        if not region_id:
            self.hover_label.setText("")
            self.canvas.setToolTip("")
            return
        label = self.data.atlas.regions[region_id].label
        mark = self.model.pain.get(region_id)
        suffix = f": pain {mark.intensity}/10" if mark else ""
        self.hover_label.setText(label + suffix)
        self.canvas.setToolTip(label + suffix)

    def toggle_region(self, region_id: str) -> None:
        """Mark the region at the toolbar's intensity, or clear it if it is marked (one undo step)."""
        changes = self.model.pain.toggled(region_id, PainMark(self.intensity.value()))
        label = self.data.atlas.regions[region_id].label
        verb = "Clear" if changes[region_id] is None else "Mark"
        self.undo_stack.push(ChangePain(self.model, changes, f"{verb} {label}"))

    def clear_all(self) -> None:
        if len(self.model.pain):
            self.undo_stack.push(ChangePain(self.model, self.model.pain.cleared(), "Clear all"))

    def _on_pain_changed(self) -> None:
        pain = self.model.pain
        self.scene.show_pain(pain)
        candidates = rank(pain, self.data.atlas, self.data.catalog)
        cover, unexplained = smallest_cover(candidates, pain)
        self.panel.show_ranking(candidates, cover, unexplained)

    def _on_candidate_chosen(self, candidate: Candidate | None) -> None:
        if candidate is None:
            self.scene.clear_pattern()
            return
        location = candidate.trigger_point.location_on(candidate.side, self.data.atlas)
        self.scene.show_pattern(candidate.essential, candidate.spillover, [location])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
