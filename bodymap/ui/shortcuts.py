"""Every window action with its keys, declared in one table; the help screen (F1) is made from the same table."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from bodymap.ui.panels.details import NOTICE


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the key in the window's ``actions``
    text: str
    keys: tuple[str, ...]
    menu: str
    checkable: bool = False
    tip: str = ""
    short: str = ""  # the toolbar's text, when the menu's is long


SPECS = (
    ActionSpec("new", "&New case", ("Ctrl+N",), "&File"),
    ActionSpec("open", "&Open case...", ("Ctrl+O",), "&File"),
    ActionSpec("save", "&Save", ("Ctrl+S",), "&File"),
    ActionSpec("save_as", "Save &as...", ("Ctrl+Shift+S",), "&File"),
    ActionSpec("close", "&Close case", ("Ctrl+W",), "&File"),
    ActionSpec("export_handout", "&Export handout (PDF, PNG)...", ("Ctrl+E",), "&File"),
    ActionSpec("print_handout", "&Print handout...", ("Ctrl+P",), "&File"),
    ActionSpec("handout_settings", "&Handout settings (paper, clinic, logo)...", ("Ctrl+Shift+E",), "&File"),
    ActionSpec("quit", "&Quit", ("Ctrl+Q",), "&File"),
    ActionSpec("undo", "&Undo", ("Ctrl+Z",), "&Edit"),
    ActionSpec("redo", "&Redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "&Edit"),
    ActionSpec("clear", "&Clear all pain", ("Ctrl+Backspace",), "&Edit"),
    ActionSpec("find", "&Find a muscle or body area", ("Ctrl+F",), "&Edit"),
    ActionSpec("brush", "&Brush", ("B",), "&Draw", checkable=True, tip="Click marks an area; drag paints"),
    ActionSpec("eraser", "&Eraser", ("X",), "&Draw", checkable=True, tip="Click or drag clears pain"),
    ActionSpec("bigger", "Bigger brush", ("]",), "&Draw"),
    ActionSpec("smaller", "Smaller brush", ("[",), "&Draw"),
    ActionSpec("stronger", "Stronger pain", ("+", "="), "&Draw"),
    ActionSpec("weaker", "Weaker pain", ("-",), "&Draw"),
    ActionSpec("quality", "Next pain &quality", ("Q",), "&Draw"),
    ActionSpec("zoom_in", "Zoom &in", ("Ctrl++", "Ctrl+="), "&View"),
    ActionSpec("zoom_out", "Zoom &out", ("Ctrl+-",), "&View"),
    ActionSpec("fit", "&Fit to window", ("Ctrl+0",), "&View"),
    ActionSpec(
        "crossroads",
        "Referral &crossroads (heat map)",
        ("H",),
        "&View",
        checkable=True,
        short="Crossroads",
        tip="How many trigger points refer to each area",
    ),
    ActionSpec(
        "explain",
        "&Explain to the patient (full screen)",
        ("E", "F11"),
        "&View",
        short="Explain",
        tip="A calm full-screen picture with plain captions; Esc returns",
    ),
    ActionSpec(
        "areas",
        "Show &areas",
        ("G",),
        "&View",
        checkable=True,
        short="Show areas",
        tip="Outline every area the body is divided into, for teaching",
    ),
    ActionSpec("browse", "&Browse panel", ("Ctrl+B",), "&View", checkable=True),
    ActionSpec(
        "visit_progress",
        "&Progress over the visits",
        ("F9",),
        "&View",
        tip="Pain score and painful share per visit, two visits compared, how often each area hurt",
    ),
    ActionSpec("theme", "Next &theme (system, light, dark)", ("Ctrl+T",), "&View"),
    ActionSpec("next", "&Next candidate", ("N",), "&Candidates"),
    ActionSpec("previous", "&Previous candidate", ("P",), "&Candidates"),
    ActionSpec("unchoose", "Show &no pattern", ("Esc",), "&Candidates"),
    ActionSpec(
        "plan",
        "&Add to or remove from the examination plan",
        ("A",),
        "&Candidates",
        tip="The chosen candidate or muscle joins the plan of this visit, or leaves it",
    ),
    ActionSpec("study", "&Start a study round...", ("F6",), "&Study", tip="Quizzes on the body, scored and remembered"),
    ActionSpec("progress", "Study &progress", ("F7",), "&Study"),
    ActionSpec("anki", "&Export Anki deck...", ("F8",), "&Study"),
    ActionSpec("help", "&Keyboard shortcuts and help", ("F1", "?"), "&Help"),
    ActionSpec("about", "&About bodymap", ("Shift+F1",), "&Help"),
)

GESTURES = (
    ("Click a body area", "mark pain there (again: clear it; with another strength or quality: change it)"),
    ("Drag", "paint with the brush; every area the stroke covers well is marked (one undo step)"),
    ("1 ... 9, 0", "pain strength 1 ... 9, 10"),
    ("F", "strength 0: areas the patient says are pain-free (they count against patterns covering them)"),
    ("Ctrl+1, Ctrl+2 ...", "all views side by side, or one view"),
    ("Wheel, pinch", "zoom"),
    ("Right or middle drag, two fingers", "pan"),
    ("Pen", "draws like the mouse; its eraser end erases"),
    ("Hover an X", "show that trigger point's own pattern"),
)


def create_actions(parent: QWidget) -> dict[str, QAction]:
    actions = {}
    for spec in SPECS:
        action = QAction(spec.text, parent)
        action.setShortcuts([QKeySequence(k) for k in spec.keys])
        action.setCheckable(spec.checkable)
        if spec.short:
            action.setIconText(spec.short)
        if spec.tip:
            action.setToolTip(f"{spec.text.replace('&', '')} ({spec.keys[0]}): {spec.tip}")
        parent.addAction(action)
        actions[spec.name] = action
    return actions


def help_html() -> str:
    def table(rows: list[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td style='padding-right:16px'><b>{html.escape(k)}</b></td><td>{html.escape(w)}</td></tr>"
            for k, w in rows
        )
        return f"<table>{cells}</table>"

    menus: dict[str, list[tuple[str, str]]] = {}
    for spec in SPECS:
        menus.setdefault(spec.menu.replace("&", ""), []).append((", ".join(spec.keys), spec.text.replace("&", "")))
    sections = [("Mouse, pen and touch", list(GESTURES)), *menus.items()]
    body = "".join(f"<h3>{html.escape(title)}</h3>{table(rows)}" for title, rows in sections)
    return body + f"<p><i>{html.escape(NOTICE)}</i></p>"


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("bodymap: keys and help")
        self.setAccessibleName("Keyboard shortcuts and help")
        self.text = QTextBrowser()
        self.text.setHtml(help_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 640)
        self.setWindowModality(Qt.WindowModality.WindowModal)
