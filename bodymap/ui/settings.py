"""Every remembered setting, declared once with its type and default.  Tests point QSettings at a temporary file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def read(self, settings: QSettings | None) -> T:
        if settings is None or not settings.contains(self.key):
            return self.default
        kind = type(self.default)
        value = settings.value(self.key, self.default, type=kind)
        return cast(T, value) if isinstance(value, kind) else self.default

    def write(self, settings: QSettings | None, value: T) -> None:
        if settings is not None:
            settings.setValue(self.key, value)


GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
SPLITTER = Setting("window/splitter", QByteArray())
VIEW = Setting("canvas/view", "")  # "" shows every view side by side
THEME = Setting("look/theme", "system")
BRUSH_RADIUS = Setting("canvas/brush_radius", 9)
SHOW_AREAS = Setting("canvas/show_areas", False)  # every area outlined, for teaching
NOTICE_SEEN = Setting("notice/seen", False)
RECENT_FILES: Setting[list[str]] = Setting("files/recent", [])
STUDY_PROFILE = Setting("study/profile", "")  # the study profile last used
STUDY_PLAN = Setting("study/plan", "")  # the last round's choice: kinds, body regions and length (see ui/study)
STUDY_GEOMETRY = Setting("study/geometry", QByteArray())
# the patient's handout, set once for the clinic (the window's File > Handout settings; the command line reads them)
HANDOUT_PAPER = Setting("handout/paper", "")  # "a4" or "letter"; "": the paper of the system's country
HANDOUT_CLINIC = Setting("handout/clinic", "")
HANDOUT_LOGO = Setting("handout/logo", "")  # a picture or SVG file; "": none
HANDOUT_PROGRESS = Setting("handout/progress", False)  # add the plot of the pain scores over the visits
