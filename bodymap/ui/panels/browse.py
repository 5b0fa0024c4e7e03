"""Browsing: search, muscles by body region, and the conditions index."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.core.body.atlas import Side
from bodymap.core.clinic.catalog import Catalog
from bodymap.core.clinic.conditions import Condition, ConditionSides
from bodymap.core.clinic.search import SearchIndex
from bodymap.core.data.loading import BODY_GROUPS
from bodymap.ui.panels.search import SearchBox
from bodymap.ui.selection import Chosen, Selection

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class BrowsePanel(QWidget):
    """Emits ``muscle_chosen(id)`` and ``condition_chosen(id, Side)``; search results come from ``search``."""

    muscle_chosen = Signal(str)
    condition_chosen = Signal(str, object)

    def __init__(
        self, index: SearchIndex, catalog: Catalog, conditions: Mapping[str, Condition], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.search = SearchBox(index)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Browse")
        self.muscles = QTreeWidget()
        self.muscles.setHeaderHidden(True)
        self.muscles.setAccessibleName("Muscles by body region")
        groups: dict[str, QTreeWidgetItem] = {}
        self._muscle_items: dict[str, QTreeWidgetItem] = {}
        order = {g: i for i, g in enumerate(BODY_GROUPS)}
        for muscle in sorted(catalog.muscles.values(), key=lambda m: (order.get(m.group, 99), m.name)):
            group = groups.get(muscle.group)
            if group is None:
                group = groups[muscle.group] = QTreeWidgetItem(self.muscles, [muscle.group.capitalize()])
                group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            item = QTreeWidgetItem(group, [muscle.name])
            item.setData(0, ID_ROLE, muscle.id)
            item.setToolTip(0, f"{len(muscle.trigger_points)} trigger point(s)")
            self._muscle_items[muscle.id] = item
        self.muscles.currentItemChanged.connect(self._on_muscle_item)
        self.muscles.itemActivated.connect(self._on_muscle_item)
        self.tabs.addTab(self.muscles, "Muscles")
        self.conditions = QListWidget()
        self.conditions.setAccessibleName("Conditions: choose one to mark its typical pain areas")
        self.conditions.setWordWrap(True)
        self.conditions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side = QComboBox()
        self.side.addItem("Patient's right side", Side.RIGHT)
        self.side.addItem("Patient's left side", Side.LEFT)
        self.side.setAccessibleName("Side for one-sided conditions")
        self.side.setToolTip("Which side a one-sided condition is marked on")
        self._conditions = dict(conditions)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 4, 0, 0)
        hint = QLabel(
            "Choose a condition to mark its typical pain areas (one undo step)."
            if conditions
            else "The loaded data has no conditions index."
        )
        hint.setWordWrap(True)
        page_layout.addWidget(hint)
        page_layout.addWidget(self.side)
        page_layout.addWidget(self.conditions, 1)
        for condition in sorted(conditions.values(), key=lambda c: c.name.casefold()):
            both = " (both sides)" if condition.sides is ConditionSides.BOTH else ""
            item = QListWidgetItem(condition.name + both)
            item.setData(ID_ROLE, condition.id)
            item.setToolTip(condition.description)
            self.conditions.addItem(item)
        self.conditions.itemActivated.connect(self._on_condition_item)
        self.conditions.itemClicked.connect(self._on_condition_item)
        self.tabs.addTab(page, "Conditions")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.tabs, 1)

    def show_chosen(self, selection: Selection | None) -> None:
        """Highlight the muscle or the condition shown, and nothing else: a highlight always means "shown"."""
        kind, chosen = (selection.kind, selection.id) if selection is not None else (None, "")
        muscle = self._muscle_items.get(chosen) if kind is Chosen.MUSCLE else None
        self.muscles.blockSignals(True)
        self.muscles.setCurrentItem(muscle)
        if muscle is None:
            self.muscles.clearSelection()
        self.muscles.blockSignals(False)
        rows = [row for row in range(self.conditions.count()) if self.conditions.item(row).data(ID_ROLE) == chosen]
        self.conditions.blockSignals(True)
        self.conditions.setCurrentRow(rows[0] if rows and kind is Chosen.CONDITION else -1)
        self.conditions.blockSignals(False)

    def _on_muscle_item(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        muscle_id = item.data(0, ID_ROLE) if item is not None else None
        if muscle_id:
            self.muscle_chosen.emit(muscle_id)

    def _on_condition_item(self, item: QListWidgetItem) -> None:
        self.condition_chosen.emit(item.data(ID_ROLE), self.side.currentData())
