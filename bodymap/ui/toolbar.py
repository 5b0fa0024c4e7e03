"""The toolbar (tools, brush size, pain strength and quality, which views) and the menus, built from the actions."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMenu, QSpinBox, QToolBar

from bodymap.core.body.painmap import DEFAULT_INTENSITY, Quality
from bodymap.ui.canvas.tools import BRUSH_RADII, next_radius
from bodymap.ui.shortcuts import SPECS
from bodymap.ui.theme import Theme

ALL_VIEWS = ""  # the view choice that shows every view side by side


class DrawingToolbar(QToolBar):
    def __init__(
        self, actions: Mapping[str, QAction], views: Mapping[str, str], shown_view: str, radius: float
    ) -> None:
        super().__init__("Drawing")
        self.setObjectName("main-toolbar")
        self.setMovable(False)
        for name in ("undo", "redo", "clear"):
            self.addAction(actions[name])
        self.addSeparator()
        tools = QActionGroup(self)
        for name in ("brush", "eraser"):
            tools.addAction(actions[name])
            self.addAction(actions[name])
        actions["brush"].setChecked(True)
        self.brush_size = QSpinBox()
        self.brush_size.setRange(BRUSH_RADII[0], BRUSH_RADII[-1])
        self.brush_size.setValue(round(radius))
        self.brush_size.setPrefix("Size ")
        self.brush_size.setAccessibleName("Brush size")
        self.brush_size.setToolTip("Brush size ([ and ])")
        self.addWidget(self.brush_size)
        self.addSeparator()
        self.addWidget(QLabel(" Pain "))
        self.intensity = QSpinBox()
        self.intensity.setRange(0, 10)
        self.intensity.setSpecialValueText("0: pain-free")  # shown for the minimum, 0
        self.intensity.setValue(DEFAULT_INTENSITY)
        self.intensity.setSuffix(" / 10")
        self.intensity.setAccessibleName("Pain intensity for new marks, 0 to 10")
        self.intensity.setToolTip("Pain strength of new marks (keys 1 ... 9, 0 for 10; F: pain-free)")
        self.addWidget(self.intensity)
        self.quality = QComboBox()
        self.quality.addItem("Any quality", None)
        for q in Quality:
            self.quality.addItem(q.label, q)
        self.quality.setAccessibleName("Pain quality for new marks")
        self.quality.setToolTip("Pain quality of new marks (Q: next)")
        self.addWidget(self.quality)
        self.addSeparator()
        self.view_choice = QComboBox()
        self.view_choice.setAccessibleName("Which views to show")
        self.view_choice.addItem("All views", ALL_VIEWS)
        for name, label in views.items():
            self.view_choice.addItem(label, name)
        self.view_choice.setCurrentIndex(max(0, self.view_choice.findData(shown_view)))
        self.addWidget(self.view_choice)
        for name in ("fit", "areas", "crossroads", "explain"):
            self.addAction(actions[name])
        for control in (self.brush_size, self.intensity, self.quality, self.view_choice):
            # set with the mouse or by keys; a click must not take the keyboard from the canvas, where single
            # keys are shortcuts (Tab still reaches them)
            control.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        actions["bigger"].triggered.connect(lambda: self.brush_size.setValue(next_radius(self.brush_size.value(), 1)))
        actions["smaller"].triggered.connect(lambda: self.brush_size.setValue(next_radius(self.brush_size.value(), -1)))
        actions["stronger"].triggered.connect(self.intensity.stepUp)
        actions["weaker"].triggered.connect(self.intensity.stepDown)
        actions["quality"].triggered.connect(
            lambda: self.quality.setCurrentIndex((self.quality.currentIndex() + 1) % self.quality.count())
        )

    def key_actions(self) -> list[QAction]:
        """Keys without a menu entry of their own: 1 ... 9, 0 (for 10) and F (pain-free, 0) for the pain strength
        (listed in the help)."""
        keys = []
        for value in range(11):
            action = QAction(f"Pain {value}/10", self)
            action.setShortcut(QKeySequence(str(value % 10) if value else "F"))
            action.triggered.connect(lambda _=False, v=value: self.intensity.setValue(v))
            keys.append(action)
        return keys

    def view_actions(self) -> list[QAction]:
        """Ctrl+1: all views; Ctrl+2 ...: each view alone."""
        choices = []
        for index in range(self.view_choice.count()):
            action = QAction(f"Show {self.view_choice.itemText(index).lower()}", self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.view_choice.setCurrentIndex(i))
            choices.append(action)
        return choices


def build_menus(
    window: QMainWindow, actions: Mapping[str, QAction], toolbar: DrawingToolbar, current: Theme,
    choose_theme: Callable[[Theme], None],
) -> tuple[QActionGroup, QMenu]:  # fmt: skip
    """The menu bar, in the order of the actions table; returns the theme choices (to check the current one) and
    the File menu's recent cases (filled as it opens)."""
    menus = {}
    recent = QMenu("Open &recent", window)
    for spec in SPECS:
        if spec.menu not in menus:
            menus[spec.menu] = window.menuBar().addMenu(spec.menu)
        if spec.name in ("quit", "export_handout"):
            menus[spec.menu].addSeparator()
        menus[spec.menu].addAction(actions[spec.name])
        if spec.name == "open":
            menus[spec.menu].addMenu(recent)
    view_menu = menus["&View"]
    view_menu.addSeparator()
    view_menu.addActions(toolbar.view_actions())
    themes = QActionGroup(window)
    theme_menu = view_menu.addMenu("Theme")
    for theme in Theme:
        action = QAction(theme.label, window, checkable=True)
        action.setChecked(theme is current)
        action.setData(theme.value)
        action.triggered.connect(lambda _=False, t=theme: choose_theme(t))
        themes.addAction(action)
        theme_menu.addAction(action)
    window.addActions(toolbar.key_actions())
    return themes, recent
