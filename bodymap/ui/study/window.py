"""The study window: the student's profile, choosing a round, the quizzes, the round's summary and the progress.

The student's record is saved after every answer (atomically, in the app's data folder), so closing the window, or
the app, at any moment loses nothing.
"""

from __future__ import annotations

import getpass
from datetime import datetime, timedelta

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from bodymap.core.data.loading import LoadedData
from bodymap.core.study.items import QuizKind, study_items
from bodymap.core.study.progress import due_now
from bodymap.core.study.questions import Feedback
from bodymap.core.study.record import StudyRecord
from bodymap.core.study.round import RoundPlan, StudyRound, utc_now
from bodymap.core.study.schedule import Scheduler
from bodymap.ui import settings
from bodymap.ui.files import SaveError
from bodymap.ui.study.profiles import ProfileError, Profiles
from bodymap.ui.study.quiz_page import QuizPage
from bodymap.ui.study.setup_page import SetupPage
from bodymap.ui.study.summary_page import SummaryPage


class MessageBar(QFrame):
    """A message above the pages, until the student dismisses it (a damaged record set aside, a failed save)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("study-message")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Message")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button = QPushButton("OK")
        button.setAccessibleName("Dismiss the message")
        button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(button)
        self.hide()


class NewProfileDialog:
    """Asks the name of a new study profile (tests replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget, taken: list[str]) -> str | None:
        name, ok = QInputDialog.getText(parent, "New study profile", "The student's name:")
        return name if ok else None


def plan_text(plan: RoundPlan) -> str:
    """A round's choice as a setting: "name,draw|neck,shoulder|10"."""
    return "|".join((",".join(k.value for k in plan.kinds), ",".join(plan.groups), str(plan.length)))


def plan_from_text(text: str) -> RoundPlan:
    """The choice written by :func:`plan_text`; the default choice for anything else."""
    try:
        kinds, groups, length = text.split("|")
        plan = RoundPlan(
            tuple(QuizKind(k) for k in kinds.split(",") if k), tuple(g for g in groups.split(",") if g), int(length)
        )
    except ValueError:
        return RoundPlan()
    return plan if plan.kinds and plan.length > 0 else RoundPlan()


def in_words(delta: timedelta) -> str:
    minutes = max(1, round(delta.total_seconds() / 60))
    if minutes < 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    hours = round(minutes / 60)
    if hours < 36:
        return f"{hours} hour{'s' if hours != 1 else ''}"
    days = round(hours / 24)
    return f"{days} days"


class StudyWindow(QMainWindow):
    record_saved = Signal()
    question_shown = Signal()
    round_finished = Signal()

    def __init__(
        self, data: LoadedData, profiles: Profiles, settings_store: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("bodymap: study")
        self.data = data
        self.profiles = profiles
        self.settings = settings_store
        self.scheduler = Scheduler()
        self.record: StudyRecord | None = None
        self.study: StudyRound | None = None

        bar = QToolBar("Student")
        bar.setObjectName("study-toolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(" Student: "))
        self.profile_choice = QComboBox()
        self.profile_choice.setAccessibleName("Study profile")
        self.profile_choice.setMinimumContentsLength(14)
        self.profile_choice.currentTextChanged.connect(self._on_profile_chosen)
        bar.addWidget(self.profile_choice)
        bar.addAction("New profile...", self.new_profile)
        bar.addSeparator()
        bar.addAction("Choose a round", self.show_setup)
        bar.addAction("Progress", self.show_progress)
        self.addToolBar(bar)

        self.notice = MessageBar()
        self.setup = SetupPage(data.catalog)
        self.setup.show_plan(plan_from_text(settings.STUDY_PLAN.read(settings_store)))
        self.setup.start_wanted.connect(self.start_round)
        self.setup.plan_changed.connect(self._show_plan_summary)
        self.quiz = QuizPage(data.atlas, data.catalog)
        self.quiz.answered.connect(self._on_answered)
        self.quiz.next_wanted.connect(self.next_question)
        self.quiz.end_wanted.connect(self.end_round)
        self.summary = SummaryPage()
        self.summary.again_wanted.connect(lambda: self.start_round(self.setup.plan))
        self.summary.setup_wanted.connect(self.show_setup)
        self.summary.progress_wanted.connect(self.show_progress)
        self.progress_page = None  # made when first shown: it loads the plotting library
        self.pages = QStackedWidget()
        for page in (self.setup, self.quiz, self.summary):
            self.pages.addWidget(page)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)

        geometry = settings.STUDY_GEOMETRY.read(settings_store)
        if geometry.isEmpty():
            self.resize(1200, 800)
        else:
            self.restoreGeometry(geometry)
        self._fill_profiles(settings.STUDY_PROFILE.read(settings_store))

    # ------------------------------------------------------------------------------------------ profiles

    def _fill_profiles(self, wanted: str) -> None:
        names = self.profiles.names()
        if not names:
            names = [_login_name()]
        if wanted and wanted not in names:
            names = sorted([*names, wanted], key=str.casefold)
        chosen = wanted if wanted in names else names[0]
        self.profile_choice.blockSignals(True)
        self.profile_choice.clear()
        self.profile_choice.addItems(names)
        self.profile_choice.setCurrentText(chosen)
        self.profile_choice.blockSignals(False)
        self._on_profile_chosen(chosen)

    def new_profile(self) -> None:
        taken = self.profiles.names()
        name = " ".join((NewProfileDialog.ask(self, taken) or "").split())
        if name:  # a name taken (in any case) opens that profile
            self._fill_profiles(next((t for t in taken if t.casefold() == name.casefold()), name))

    def _on_profile_chosen(self, name: str) -> None:
        if not name:
            return
        self.study = None
        try:
            opened = self.profiles.open(name)
        except (ProfileError, SaveError, OSError) as exc:
            self.record = None
            self.tell(str(exc))
        else:
            self.record = opened.record
            self.tell(opened.notice)
            settings.STUDY_PROFILE.write(self.settings, name)
        self.show_setup()

    def tell(self, message: str) -> None:
        """Say ``message`` above the pages until dismissed ("" takes the last one away)."""
        self.notice.label.setText(message)
        self.notice.setVisible(bool(message))

    # ------------------------------------------------------------------------------------------- pages

    def show_setup(self) -> None:
        self.study = None
        self.pages.setCurrentWidget(self.setup)
        self._show_plan_summary(self.setup.plan)
        self.setup.start.setFocus()

    def _show_plan_summary(self, plan: RoundPlan) -> None:
        if self.record is None:
            self.setup.show_summary("Choose or add a study profile first.", False)
            return
        items = study_items(self.data.catalog, plan.kinds, plan.groups)
        seen = sum(1 for i in items if i in self.record.memory)
        due = due_now(self.record, items, utc_now())
        where = ", ".join(plan.groups) if plan.groups else "the whole body"
        text = f"{len(items)} items in {where}: {due} due now, {len(items) - seen} not seen yet."
        if not plan.kinds:
            text = "Choose at least one quiz kind."
        self.setup.show_summary(text, bool(plan.kinds and items))

    def show_progress(self) -> None:
        if self.record is None:
            return
        if self.progress_page is None:
            from bodymap.ui.study.progress_page import ProgressPage  # the plotting library, on first use

            self.progress_page = ProgressPage(self.data.catalog)
            self.progress_page.back_wanted.connect(self._back_from_progress)
            self.pages.addWidget(self.progress_page)
        self.progress_page.show_record(self.record, self.scheduler, utc_now(), datetime.now().astimezone().tzinfo)
        self.pages.setCurrentWidget(self.progress_page)

    def _back_from_progress(self) -> None:
        if self.study is not None and not self.study.finished:
            self.pages.setCurrentWidget(self.quiz)
        else:
            self.show_setup()

    # ---------------------------------------------------------------------------------------------- round

    def start_round(self, plan: RoundPlan) -> None:
        if self.record is None or not plan.kinds:
            return
        settings.STUDY_PLAN.write(self.settings, plan_text(plan))
        self.study = StudyRound(plan, self.record, self.data.atlas, self.data.catalog, self.scheduler)
        self.pages.setCurrentWidget(self.quiz)
        self.next_question()

    def next_question(self) -> None:
        study = self.study
        if study is None:
            return
        question = study.next_question() if study.current is None or study.current.feedback else None
        if question is None:
            self.end_round()
            return
        self.quiz.ask(question, len(study.asked), study.plan.length)
        self.question_shown.emit()

    def _on_answered(self, feedback: Feedback) -> None:
        if self.study is None or self.record is None:
            return
        self.study.answer(feedback)
        self.save()

    def save(self) -> None:
        if self.record is None:
            return
        try:
            self.profiles.save(self.record)
        except SaveError as exc:
            self.tell(f"Your answers could not be saved ({exc}); they are kept, and saving is tried again after "
                      "the next answer.")  # fmt: skip
        else:
            if self.notice.label.text().startswith("Your answers could not be saved"):
                self.tell("")
            self.record_saved.emit()

    def end_round(self) -> None:
        study = self.study
        if study is None or not any(a.feedback for a in study.asked):
            self.show_setup()
            return
        if study.current is not None and study.current.feedback is None:
            study.asked.pop()  # asked but not answered: not part of the round
        self.summary.show_round(study, self._next_due(study))
        self.pages.setCurrentWidget(self.summary)
        self.round_finished.emit()

    def _next_due(self, study: StudyRound) -> str:
        assert self.record is not None
        now = utc_now()
        items = study_items(self.data.catalog, study.plan.kinds, study.plan.groups)
        dues = sorted(self.record.memory[i].due for i in items if i in self.record.memory)
        if not dues:
            return ""
        today = sum(1 for d in dues if d - now < timedelta(hours=24))
        return (
            f"Of the items of this choice, {today} come back within a day; the next one in {in_words(dues[0] - now)}."
        )

    # ----------------------------------------------------------------------------------------- closing

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.STUDY_GEOMETRY.write(self.settings, self.saveGeometry())
        super().closeEvent(event)


def _login_name() -> str:
    """The first profile's name: the computer login's, which the student can keep or replace."""
    try:
        return getpass.getuser().capitalize() or "Student"
    except (OSError, KeyError):
        return "Student"
