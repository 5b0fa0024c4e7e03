"""bodymap on a freedesktop desktop (GNOME, KDE, Xfce...): a launcher entry in the applications menu, the icon in
the hicolor theme, and the type of case files, so that a double-clicked ``.bodymap`` file opens in bodymap.

Everything goes into the user's own data folder (``$XDG_DATA_HOME``, by default ``~/.local/share``): nothing needs
root, and ``uninstall`` removes exactly what ``install`` wrote.  The desktop's indexes are brought up to date with
update-desktop-database and update-mime-database where they are installed; a desktop without them rescans the
folders on its own, a little later.  No Qt here: ``bodymap desktop`` needs no window.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from bodymap.core.case.fileformat import KIND as CASE_KIND
from bodymap.core.case.fileformat import SUFFIX as CASE_SUFFIX
from bodymap.core.data.resources import asset_file

APP_ID = "bodymap"  # the launcher's file name, the icon's name, and the name Qt gives the desktop for its windows
MIME_TYPE = "application/x-bodymap-case"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # the PNGs shipped in assets/icons (tools/make_icons.py)


def icon_png(size: int) -> bytes:
    return asset_file(f"icons/{APP_ID}-{size}.png").read_bytes()


def icon_svg() -> bytes:
    return asset_file(f"icons/{APP_ID}.svg").read_bytes()


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not an absolute path (as the spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """How the launcher starts this very copy of bodymap: the standalone app, the installed ``bodymap`` command
    (as pip or pipx made it), or this Python with ``-m bodymap``."""
    if getattr(sys, "frozen", False):  # the standalone app made by `make dist`
        return [sys.executable]
    script = Path(sys.argv[0])
    if script.name == APP_ID and script.is_file():
        return [str(script.absolute())]
    return [sys.executable, "-m", APP_ID]


# the characters that oblige an argument of Exec to be quoted (Desktop Entry Specification, "The Exec key")
_RESERVED = re.compile(r"[\s\"'\\><~|&;$*?#()`]")


def exec_argument(argument: str) -> str:
    """One argument of the Exec key: quoted when it must be, then escaped as every string value of the file is."""
    argument = argument.replace("%", "%%")
    if _RESERVED.search(argument):
        argument = '"' + re.sub(r'(["`$\\])', r"\\\1", argument) + '"'
    return argument.replace("\\", "\\\\")


def desktop_entry(command: list[str]) -> str:
    exec_line = " ".join(exec_argument(a) for a in command)
    try_exec = command[0].replace("\\", "\\\\")
    return f"""[Desktop Entry]
Type=Application
Version=1.4
Name=bodymap
GenericName=Trigger-point body map
Comment=Mark where it hurts and see which muscles' trigger points may refer pain there
Icon={APP_ID}
TryExec={try_exec}
Exec={exec_line} %f
Terminal=false
Categories=Science;MedicalSoftware;
Keywords=pain;trigger point;myofascial;dry needling;referred pain;muscle;anatomy;physiotherapy;
MimeType={MIME_TYPE};
StartupNotify=true
StartupWMClass={APP_ID}
"""


def mime_info() -> str:
    """The shared-mime-info description of case files: by their name, or by their first line when renamed."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>bodymap case</comment>
    <acronym>bodymap</acronym>
    <sub-class-of type="application/json"/>
    <icon name="{APP_ID}"/>
    <glob pattern="*{CASE_SUFFIX}"/>
    <magic priority="60">
      <match type="string" value="&quot;format&quot;: &quot;{CASE_KIND}&quot;" offset="0:64"/>
    </magic>
  </mime-type>
</mime-info>
"""


@dataclass(frozen=True)
class Installed:
    """What ``install`` writes, relative to the data folder, with its content."""

    files: dict[Path, bytes]

    @classmethod
    def now(cls) -> Installed:
        files = {
            Path("applications", f"{APP_ID}.desktop"): desktop_entry(launcher_command()).encode(),
            Path("mime", "packages", f"{APP_ID}.xml"): mime_info().encode(),
            Path("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg"): icon_svg(),
        }
        for size in ICON_SIZES:
            files[Path("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")] = icon_png(size)
        return cls(files)


@dataclass(frozen=True)
class Report:
    """What was done, for the command line to say: files written or removed, and the indexes brought up to date
    (with a sentence for each that could not be)."""

    files: list[Path]
    refreshed: list[str]
    problems: list[str]


def install(home: Path | None = None) -> Report:
    """Write the launcher entry, the icons and the case file type; raises OSError when a file cannot be written."""
    home = home or data_home()
    written = []
    for relative, content in Installed.now().files.items():
        target = home / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        partial.write_bytes(content)
        partial.replace(target)  # all at once: a menu that rescans meanwhile never reads half an entry
        written.append(target)
    return Report(written, *_refresh(home))


def uninstall(home: Path | None = None) -> Report:
    """Remove what ``install`` wrote (whatever is still there), and nothing else."""
    home = home or data_home()
    removed = []
    for relative in Installed.now().files:
        target = home / relative
        if target.exists():
            target.unlink()
            removed.append(target)
    return Report(removed, *_refresh(home))


def _refresh(home: Path) -> tuple[list[str], list[str]]:
    """Bring the desktop's indexes of launchers and file types up to date, with the tools that are installed."""
    import subprocess  # only here: a start of the window need not pay for it

    done, problems = [], []
    for tool, folder in (("update-desktop-database", "applications"), ("update-mime-database", "mime")):
        path = shutil.which(tool)
        if path is None or not (home / folder).is_dir():
            continue
        args = [path, "-q", str(home / folder)] if tool == "update-desktop-database" else [path, str(home / folder)]
        result = subprocess.run(args, capture_output=True, text=True, check=False)
        if result.returncode == 0:
            done.append(tool)
        else:
            problems.append(f"{tool} failed: {(result.stderr or result.stdout).strip() or result.returncode}")
    return done, problems
