"""Guard against the PySide6 6.12.0 / Python 3.11 bug: every void method call dropped a reference to None,
until the interpreter died with "Fatal Python error: none_dealloc".  pyproject.toml excludes those
versions; this test fails if a build with the bug is ever installed."""

import sys

from PySide6.QtGui import QPainterPath


def test_void_methods_do_not_leak_references_to_none():
    path = QPainterPath()
    before = sys.getrefcount(None)
    for i in range(20_000):
        path.lineTo(i, i)  # a void method
    after = sys.getrefcount(None)
    # On Python 3.12+ None is immortal and the count does not move; on 3.11 a healthy build keeps it
    # steady, while the faulty build loses one reference per call.
    assert before - after < 1000
