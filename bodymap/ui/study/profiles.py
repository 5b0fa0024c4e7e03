"""The study profiles on this computer, one record file each, in the app's data folder (``study/<name>.json``).

A record that cannot be read is never thrown away and never silently replaced: it is set aside beside the others
(``<name>.json.damaged-<when>``), the student is told so and where it is, and a new record is started.  A record
written by a newer bodymap is left alone, and the profile is not opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bodymap.core.study.record import (
    NewerRecordError,
    RecordError,
    StudyRecord,
    file_name,
    from_bytes,
    profile_of,
    to_bytes,
)
from bodymap.core.study.round import utc_now
from bodymap.ui.files import save_atomically

FOLDER = "study"


class ProfileError(Exception):
    """The profile cannot be opened (a newer bodymap's record, or a file that cannot be read at all)."""


@dataclass(frozen=True)
class Opened:
    record: StudyRecord
    notice: str = ""  # what the student must be told (a damaged record set aside)


class Profiles:
    def __init__(self, data_folder: Path) -> None:
        self.folder = data_folder / FOLDER

    def path(self, name: str) -> Path:
        return self.folder / file_name(name)

    def names(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        names = (profile_of(p.name) for p in self.folder.iterdir() if p.is_file())
        return sorted((n for n in names if n), key=str.casefold)

    def open(self, name: str) -> Opened:
        """The profile's record; a new one for a new profile (saved at once, so that the profile is listed)."""
        path = self.path(name)
        try:
            content = path.read_bytes()
        except FileNotFoundError:
            record = StudyRecord(name, utc_now())
            self.save(record)
            return Opened(record)
        except OSError as exc:
            raise ProfileError(f"The study record of {name} cannot be read: {exc.strerror} ({path}).") from exc
        try:
            record = from_bytes(content)
        except NewerRecordError as exc:
            raise ProfileError(f"The study record of {name} cannot be opened: {exc}.") from exc
        except RecordError as exc:
            aside = path.with_name(f"{path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
            path.rename(aside)
            record = StudyRecord(name, utc_now())
            self.save(record)
            notice = (
                f"The study record of {name} could not be read ({exc}). It was kept as {aside.name} in {self.folder}, "
                "and a new record was started."
            )
            return Opened(record, notice)
        # the file's name says whose it is; a record copied in under another name studies as that name
        record.profile = name
        return Opened(record)

    def save(self, record: StudyRecord) -> None:
        """Write the record atomically (raises files.SaveError, the old record untouched)."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        save_atomically(self.path(record.profile), to_bytes(record))
