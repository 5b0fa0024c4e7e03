"""Ids that changed between versions of the data (``data/migrations.yaml``).

Whatever reads a region or muscle id that was written down earlier (a saved case, a command line, an evaluation case)
asks here for today's ids, so renaming or splitting a region never orphans a patient's drawing.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from bodymap.core.body.atlas import Atlas
from bodymap.core.data.fields import Fields
from bodymap.core.data.names import name_key
from bodymap.core.data.problems import ProblemLog


@dataclass(frozen=True)
class RegionChange:
    version: int  # the atlas version that made the change
    old: str
    new: tuple[str, ...]
    names: tuple[str, ...] = ()  # the old region's label and synonyms that name no region today


@dataclass(frozen=True)
class Migrations:
    atlas_version: int = 1
    regions: tuple[RegionChange, ...] = ()
    muscles: dict[str, str] = field(default_factory=dict)  # old id -> today's id

    def region_ids(self, region_id: str, drawn_on: int) -> tuple[str, ...]:
        """Today's ids for ``region_id`` as written on atlas version ``drawn_on`` (itself when nothing changed)."""
        ids: tuple[str, ...] = (region_id,)
        for change in self.regions:  # in the order of their versions
            if change.version > drawn_on and change.old in ids:
                ids = tuple(dict.fromkeys(new for rid in ids for new in (change.new if rid == change.old else (rid,))))
        return ids

    def regions_once_called(self, name: str) -> tuple[str, ...]:
        """Today's ids for a region that an earlier atlas called ``name`` (its id, label or a synonym, in any case
        and spacing), or () when no region that changed was ever called so.  Ask the atlas first: a name that names
        a region today means that region."""
        change = self._by_old_name.get(name_key(name))
        return self.region_ids(change.old, change.version - 1) if change is not None else ()

    @cached_property
    def _by_old_name(self) -> dict[str, RegionChange]:
        by_name: dict[str, RegionChange] = {}
        for change in self.regions:
            for old_name in (change.old, *change.names):
                by_name.setdefault(name_key(old_name), change)
        return by_name

    def muscle_id(self, muscle_id: str) -> str:
        """Today's id of a muscle written as ``muscle_id`` (itself when it was never renamed)."""
        seen = {muscle_id}
        while muscle_id in self.muscles:
            muscle_id = self.muscles[muscle_id]
            if muscle_id in seen:  # a loop is refused when the file is loaded; never spin here
                break
            seen.add(muscle_id)
        return muscle_id


def load_migrations(data: Any, file: str, atlas: Atlas, muscle_ids: Collection[str], log: ProblemLog) -> Migrations:
    """Check the parsed migrations file: every change leads to regions and muscles that exist today, and an old name
    it keeps names no region today (today's region would always win, so the old name could never be reached)."""
    top = Fields(data, "the migrations file", file, log, line=1)
    top.only("atlas_version", "regions", "muscles")
    version = round(top.number("atlas_version", 1, 1_000_000, default=1))
    changes: list[RegionChange] = []
    for block, line in top.blocks("regions", required=False):
        f = Fields(block, "a region change", file, log, line=line)
        f.only("version", "old", "new", "names")
        old = f.text("old")
        f.what = f"the change of region '{old}'" if old else f"the region change at line {line}"
        since = round(f.number("version", 2, version, default=version))
        new = tuple(rid for rid, _ in f.text_list("new", required=True))
        if f.ok and "new" in f.block and not new:
            f.error(f.line_of("new"), f"{f.what} needs at least one new region")
        names = f.text_list("names")
        for old_name, name_line in names:
            today = atlas.find(old_name)
            if today is not None:
                f.error(name_line, f"'{old_name}' in the old names of '{old}' names region '{today.id}' today")
        changes.append(RegionChange(since, old, new, tuple(n for n, _ in names)))
    changes.sort(key=lambda c: c.version)
    migrations = Migrations(version, tuple(changes), _muscles(top, muscle_ids))
    for change in changes:
        for rid in migrations.region_ids(change.old, change.version - 1):
            if rid not in atlas.regions:
                log.error(file, None, f"region '{change.old}' leads to '{rid}', which is not in the regions file")
    return migrations


def _muscles(top: Fields, muscle_ids: Collection[str]) -> dict[str, str]:
    renames: dict[str, str] = {}
    for block, line in top.blocks("muscles", required=False):
        f = Fields(block, "a muscle rename", top.file, top.log, line=line)
        f.only("old", "new")
        old, new = f.text("old"), f.text("new")
        if old in renames:
            f.error(f.line_of("old"), f"muscle '{old}' is renamed twice")
        renames[old] = new
    for old in renames:
        seen, current = {old}, renames[old]
        while current in renames and current not in seen:
            seen.add(current)
            current = renames[current]
        if current in seen:
            top.error(top.line_of("muscles"), f"the renames of muscle '{old}' go round in a circle")
        elif current not in muscle_ids:
            message = f"muscle '{old}' is renamed to '{current}', which is not in the muscles file"
            top.error(top.line_of("muscles"), message)
    return renames
