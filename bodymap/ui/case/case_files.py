"""The File menu's work: new, open, save, save as, close; the window title; locks on shared cases; recovery copies.

"Modified" is the undo stack's clean state.  A case file is saved atomically and owner-only (``ui/files.py``); while
a case is open, a lock file beside it (``.NAME.lock``) tells another bodymap (on this computer or another) that it is
in use, by whom and since when.  After every change a recovery copy is written; a save or a close removes it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from bodymap import __version__
from bodymap.core.case.fileformat import CaseFileError, dumps, loads, read_file
from bodymap.core.case.model import Case
from bodymap.core.data.loading import LoadedData
from bodymap.ui import settings
from bodymap.ui.case.dialogs import CaseFileName, Choice, LockedCase, Problem, RecoveryOffer, UnsavedChanges
from bodymap.ui.case.document import CaseDocument
from bodymap.ui.case.recovery import Recovered, RecoveryStore
from bodymap.ui.files import SaveError, save_atomically

RECENT_FILES = 8
RECOVERY_DELAY_MS = 300  # a change reaches the recovery copy within this time


def lock_path(case_file: Path) -> Path:
    return case_file.with_name(f".{case_file.name}.lock")


def lock_holder(lock: QLockFile, path: Path) -> str:
    """Who holds a lock, in words: "jo on clinic-2 (bodymap, since 30 Nov 09:41)"."""
    info = lock.getLockInfo()  # PySide gives (pid, host name, app name), or something falsy when none is known
    if not info or len(info) != 3 or not info[0]:
        return "someone else"
    pid, host, app = info
    try:
        info = path.stat()
        since = dt.datetime.fromtimestamp(info.st_mtime).strftime("%d %b %H:%M")
        user = _user_name(info.st_uid)
    except OSError:
        since, user = "", ""
    who = f"{user} on {host}" if user else host or "another computer"
    return f"{who} ({app or 'bodymap'}, process {pid}{', since ' + since if since else ''})"


def _user_name(uid: int) -> str:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return ""


class CaseFiles(QObject):
    """Keeps the document, its file, its lock and its recovery copy in step."""

    title_changed = Signal(str)  # the window title, with "[*]" where the unsaved-changes mark goes
    opened = Signal()  # another case is open

    def __init__(
        self,
        document: CaseDocument,
        undo_stack: QUndoStack,
        data: LoadedData,
        window: QWidget,
        settings_store: QSettings | None,
        recovery: RecoveryStore | None = None,
    ) -> None:
        super().__init__(window)
        self.document = document
        self.undo_stack = undo_stack
        # QUndoStack clears itself (and signals) as it is destroyed: owned here, it goes after this object has
        # stopped listening, however the window is taken down
        undo_stack.setParent(self)
        self.data = data
        self.window = window
        self.settings = settings_store
        self.recovery = recovery or RecoveryStore()
        self._lock: QLockFile | None = None
        # the copy is written a moment after a change, never inside the frame of the click that made it (a case of
        # many visits takes tens of milliseconds to write); changes within that moment share one write
        self._recovery_timer = QTimer(self, singleShot=True, interval=RECOVERY_DELAY_MS)
        self._recovery_timer.timeout.connect(self.write_recovery)
        undo_stack.cleanChanged.connect(self._on_clean_changed)
        undo_stack.indexChanged.connect(self._on_changed)
        document.visits_changed.connect(self._update_title)

    # -------------------------------------------------------------------------------------------- state

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def title(self) -> str:
        doc = self.document
        label = f"{doc.case.label} — " if doc.case.label else ""
        read_only = " (read-only)" if doc.read_only else ""
        return f"{label}{doc.name}[*]{read_only} — bodymap"

    def _update_title(self) -> None:
        self.title_changed.emit(self.title())

    def _on_clean_changed(self, clean: bool) -> None:
        self._update_title()
        if clean:
            self.recovery.remove()

    def _on_changed(self) -> None:
        if self.modified and not self._recovery_timer.isActive():  # not put off by a stream of changes
            self._recovery_timer.start()

    def case_bytes(self) -> bytes:
        return dumps(self.document.case, __version__, self.data.migrations.atlas_version)

    def write_recovery(self) -> None:
        self._recovery_timer.stop()
        if self.modified:
            self.recovery.write(self.case_bytes(), self.document.path)

    # ------------------------------------------------------------------------------------------ actions

    def new(self) -> bool:
        """Close the open case (asking about unsaved changes) and start an empty one."""
        if not self.maybe_save():
            return False
        self._set_case(Case.new(dt.date.today()), None)
        return True

    close = new  # a window always shows a case: closing one leaves an empty one

    def open(self, path: Path | None = None) -> bool:
        if not self.maybe_save():
            return False
        if path is None:
            folder = str(self.document.path.parent) if self.document.path else str(Path.home())
            path = CaseFileName.to_open(self.window, folder)
            if path is None:
                return False
        path = path.absolute()
        if path == self.document.path:
            return True
        try:
            case = loads(read_file(path), self.data.atlas, self.data.catalog, self.data.migrations)
        except CaseFileError as exc:
            text = f"“{path.name}” cannot be opened; nothing was changed."
            Problem.show(self.window, "Cannot open the case", text, str(exc))
            return False
        lock = QLockFile(str(lock_path(path)))
        lock.setStaleLockTime(0)
        read_only = False
        if not lock.tryLock(0):
            if not LockedCase.ask(self.window, path.name, lock_holder(lock, lock_path(path))):
                return False
            read_only = True
        self._set_case(case, path, lock if not read_only else None, read_only)
        self._remember(path)
        return True

    def save(self) -> bool:
        if self.document.path is None or self.document.read_only:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        suggested = self.document.path or Path.home() / (self.document.case.label or "case")
        path = CaseFileName.to_save(self.window, str(suggested))
        if path is None:
            return False
        path = path.absolute()
        lock = self._lock
        if path != self.document.path or self.document.read_only:
            lock = QLockFile(str(lock_path(path)))
            lock.setStaleLockTime(0)
            if not lock.tryLock(0):
                holder = lock_holder(lock, lock_path(path))
                text = f"“{path.name}” is open in another bodymap: {holder}."
                Problem.show(self.window, "Cannot save the case", text)
                return False
        if not self._write(path):
            if lock is not self._lock and lock is not None:
                lock.unlock()
            return False
        if lock is not self._lock:
            self._release_lock()
            self._lock = lock
        self.document.path, self.document.read_only = path, False
        self._remember(path)
        self._update_title()
        return True

    def _write(self, path: Path) -> bool:
        try:
            save_atomically(path, self.case_bytes())
        except SaveError as exc:
            text = "The case was not saved; the file on disk is as it was."
            Problem.show(self.window, "Cannot save the case", text, str(exc))
            return False
        self.undo_stack.setClean()
        self.recovery.remove()
        return True

    def maybe_save(self) -> bool:
        """Before the case is closed: True when it may be (saved, or the user chose to discard the changes)."""
        if not self.modified:
            return True
        choice = UnsavedChanges.ask(self.window, self.document.name)
        if choice is Choice.SAVE:
            return self.save()
        return choice is Choice.DISCARD

    def shut_down(self) -> None:
        """The window closes (after ``maybe_save``): let go of the lock and the recovery copy."""
        self._recovery_timer.stop()
        self._release_lock()
        self.recovery.close()

    def _set_case(self, case: Case, path: Path | None, lock: QLockFile | None = None, read_only: bool = False) -> None:
        self._release_lock()
        self._lock = lock
        self.undo_stack.clear()
        self.undo_stack.setClean()  # clear() leaves a stack that resetClean() made unclean (restored changes) unclean
        self.document.load(case, path, read_only)
        self.recovery.remove()
        self._update_title()
        self.opened.emit()

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # --------------------------------------------------------------------------------------- recent files

    def recent(self) -> list[Path]:
        return [Path(p) for p in settings.RECENT_FILES.read(self.settings) if p]

    def _remember(self, path: Path) -> None:
        files = [str(path)] + [str(p) for p in self.recent() if p != path]
        settings.RECENT_FILES.write(self.settings, files[:RECENT_FILES])

    def forget_missing(self) -> None:
        settings.RECENT_FILES.write(self.settings, [str(p) for p in self.recent() if p.exists()])

    # ------------------------------------------------------------------------------------------ recovery

    def offer_recovery(self) -> None:
        """After a crash: offer each recovery copy left behind (newest first) to restore, discard or keep."""
        for recovered in self.recovery.left_behind():
            self._offer(recovered)

    def _offer(self, recovered: Recovered) -> None:
        what = f"the changes to “{recovered.original.name}”" if recovered.original else "an untitled case"
        when = recovered.written.strftime("%d %b %Y at %H:%M")
        choice = RecoveryOffer.ask(self.window, what, when)
        if choice is Choice.CANCEL:
            recovered.keep()
            return
        if choice is Choice.DISCARD:
            recovered.discard()
            return
        try:
            case = loads(recovered.case_bytes, self.data.atlas, self.data.catalog, self.data.migrations)
        except CaseFileError as exc:
            text = "The recovery copy is damaged and was left where it is."
            Problem.show(self.window, "Cannot restore", text, str(exc))
            recovered.keep()
            return
        if not self.maybe_save():
            recovered.keep()
            return
        lock = None
        if recovered.original is not None:
            lock = QLockFile(str(lock_path(recovered.original)))
            lock.setStaleLockTime(0)
            if not lock.tryLock(0):
                lock = None  # open elsewhere now: restored as an untitled case, to be saved under a new name
        self._set_case(case, recovered.original if lock is not None else None, lock)
        self.undo_stack.resetClean()  # restored changes are unsaved changes
        self.write_recovery()  # ours now, before the old copy goes
        recovered.discard()
        self._update_title()
