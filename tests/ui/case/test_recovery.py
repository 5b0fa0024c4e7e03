"""After a crash, the next start offers the unsaved changes back, exactly; a save or a close removes the copy."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

from bodymap.ui.case.dialogs import CaseFileName, Choice, RecoveryOffer
from bodymap.ui.case.recovery import RecoveryStore
from bodymap.ui.main_window import MainWindow
from tests.ui.case.test_case_window import answer

# A window that draws, plans and records, says what its case holds, and waits to be killed.
CRASHING = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from bodymap.core.data import loading
    from bodymap.core.case.model import Finding, Target, TriggerPointResult
    from bodymap.core.body.atlas import Side
    from bodymap.ui.case.commands import SetFinding, SetLabel
    from bodymap.ui.main_window import MainWindow

    app = QApplication(["crashing", "-platform", "offscreen"])
    window = MainWindow(loading.load(), QSettings(sys.argv[1], QSettings.Format.IniFormat))
    window.show()
    for region in ("right_temple", "right_occiput"):
        window.toggle_region(region)
    window.undo_stack.push(SetLabel(window.model, "Case 7"))
    target = Target("upper_trapezius", Side.RIGHT)
    window.examination.toggle(target)
    window.undo_stack.push(SetFinding(window.model, target, Finding(TriggerPointResult.ACTIVE, True, True), "x"))
    while not window.files.recovery.file.exists():
        app.processEvents()  # the recovery copy is written a moment after the change
        time.sleep(0.01)
    Path(sys.argv[2]).write_bytes(window.files.case_bytes())
    print("ready", flush=True)
    time.sleep(600)
    """
)


def test_a_crash_leaves_a_copy_that_the_next_start_restores_exactly(qtbot, data, settings, tmp_path, monkeypatch):
    expected = tmp_path / "expected"
    with subprocess.Popen(
        [sys.executable, "-c", CRASHING, str(tmp_path / "crashed.ini"), str(expected)],
        stdout=subprocess.PIPE,
        text=True,
    ) as crashing:
        assert crashing.stdout is not None
        assert crashing.stdout.readline().strip() == "ready"
        crashing.send_signal(signal.SIGKILL)  # no close, no clean-up: as a crash or a power cut
        crashing.stdout.close()
    folder = RecoveryStore().folder  # the same data folder as the crashed window's (XDG_DATA_HOME of the tests)
    copies = list(folder.glob("*.recovery"))
    assert copies, "no recovery copy was left"
    assert all(stat.S_IMODE(c.stat().st_mode) == 0o600 for c in copies)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700

    offered = answer(monkeypatch, RecoveryOffer, "ask", Choice.SAVE)
    window = MainWindow(data, settings)
    qtbot.addWidget(window)
    window.show()
    window.files.offer_recovery()
    assert offered and offered[0][1] == "an untitled case"
    assert window.files.case_bytes() == expected.read_bytes()
    assert window.model.case.label == "Case 7" and window.isWindowModified()
    assert not any(c.exists() for c in copies)  # taken over: the window keeps its own copy now
    assert window.files.recovery.file.exists()


def test_a_save_and_a_close_remove_the_copy(qtbot, data, settings, tmp_path, monkeypatch):
    window = MainWindow(data, settings)
    qtbot.addWidget(window)
    window.show()
    window.toggle_region("right_temple")
    copy = window.files.recovery.file
    qtbot.waitUntil(copy.exists)
    answer(monkeypatch, CaseFileName, "to_save", tmp_path / "c.bodymap")
    window.actions["save"].trigger()
    assert not copy.exists()
    window.toggle_region("right_occiput")
    qtbot.waitUntil(copy.exists)
    window.undo_action.trigger()  # back to what was saved: nothing to recover
    assert not copy.exists()
    window.toggle_region("right_occiput")
    qtbot.waitUntil(copy.exists)
    window.close()  # the test's default answer: discard
    assert not copy.exists()


def test_a_copy_of_a_running_window_is_not_offered(qtbot, data, settings, monkeypatch):
    running = MainWindow(data, settings)
    qtbot.addWidget(running)
    running.toggle_region("right_temple")
    qtbot.waitUntil(running.files.recovery.file.exists)
    offered = answer(monkeypatch, RecoveryOffer, "ask", Choice.SAVE)
    other = MainWindow(data, settings)
    qtbot.addWidget(other)
    other.files.offer_recovery()
    assert offered == []
    assert os.path.exists(running.files.recovery.file)


def test_a_copy_left_for_later_stays_and_a_discarded_one_goes(qtbot, data, settings, tmp_path, monkeypatch):
    store = RecoveryStore(tmp_path / "recovery")
    left = RecoveryStore(tmp_path / "recovery")
    left.write(b'{"format": "bodymap case"}', Path("/cases/a.bodymap"))
    left._lock.unlock()  # its window is gone
    asked = answer(monkeypatch, RecoveryOffer, "ask", Choice.CANCEL)
    window = MainWindow(data, settings, recovery=store)
    qtbot.addWidget(window)
    window.files.offer_recovery()
    assert asked[0][1] == "the changes to “a.bodymap”"
    assert left.file.exists()
    answer(monkeypatch, RecoveryOffer, "ask", Choice.DISCARD)
    window.files.offer_recovery()
    assert not left.file.exists()
