"""For the tools that open windows (screenshots, pictures): settings, the data folder (recovery copies, the study
record) and the single-instance channel go to fresh temporary folders, so that a tool neither reads what the user
set nor leaves recovery copies in the user's data folder, nor hands its window to a bodymap the user is running.
Import it before bodymap's UI."""

from __future__ import annotations

import os
import tempfile

for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"):
    os.environ[_name] = tempfile.mkdtemp(prefix=f"bodymap-tool-{_name.split('_')[1].lower()}-")
