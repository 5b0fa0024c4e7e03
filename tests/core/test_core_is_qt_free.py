"""The core must stay importable and usable without Qt (see the import-linter contract in pyproject.toml)."""

import subprocess
import sys


def test_core_imports_no_qt():
    code = (
        "import sys, pkgutil, importlib, bodymap.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'bodymap.core.'): importlib.import_module(m.name)\n"
        "from bodymap.core.data import loading\n"
        "d = loading.load()\n"
        "qt = ('PySide6', 'shiboken', 'bodymap.ui', 'bodymap.export')\n"
        "bad = sorted(m for m in sys.modules if m.startswith(qt))\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
