"""Loading the shipped data into validated objects.  Every problem is collected, then raised at once."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

from bodymap.core.body.atlas import Atlas, Region, Side, View, ViewLayout
from bodymap.core.body.drawing import DrawingError, read_drawing
from bodymap.core.body.marks import MARK_SPAN
from bodymap.core.clinic.catalog import (
    Catalog,
    Frequency,
    Location,
    Muscle,
    ReferralPattern,
    SideRule,
    Source,
    TriggerPoint,
    ZoneLevel,
)
from bodymap.core.clinic.conditions import Condition, load_conditions
from bodymap.core.clinic.guidance import EMPTY as EMPTY_GUIDANCE
from bodymap.core.clinic.guidance import NeedlingGuidance, load_guidance
from bodymap.core.data import names, reading, yamlfile
from bodymap.core.data.fields import Fields
from bodymap.core.data.migrations import Migrations, load_migrations
from bodymap.core.data.names import name_key
from bodymap.core.data.problems import Problem, ProblemLog, Severity
from bodymap.core.data.resources import asset_folder, data_file

BODY_GROUPS = (
    "head", "neck", "shoulder", "upper back", "arm", "elbow", "forearm", "hand", "chest", "abdomen",
    "low back", "pelvis", "buttock", "hip", "thigh", "knee", "leg", "ankle", "foot",
)  # fmt: skip


@dataclass(frozen=True)
class DataFiles:
    """Which files to read; each defaults to the shipped one."""

    regions: Path | Traversable = field(default_factory=lambda: data_file("regions.yaml"))
    sources: Path | Traversable = field(default_factory=lambda: data_file("sources.yaml"))
    muscles: Path | Traversable = field(default_factory=lambda: data_file("muscles.yaml"))
    patterns: Path | Traversable = field(default_factory=lambda: data_file("referral_patterns.yaml"))
    conditions: Path | Traversable = field(default_factory=lambda: data_file("conditions.yaml"))
    guidance: Path | Traversable = field(default_factory=lambda: data_file("guidance.yaml"))
    migrations: Path | Traversable = field(default_factory=lambda: data_file("migrations.yaml"))
    art: Path | Traversable | None = None  # a folder of view drawings used before the shipped ones

    @classmethod
    def in_folder(cls, folder: Path) -> DataFiles:
        """The files of a copy of the data folder (each it lacks is the shipped one); the drawings it holds are
        used in place of the shipped ones."""
        found = {
            kind: folder / name
            for kind, name in FILE_NAMES.items()
            if (folder / name).exists() or (folder / name).is_symlink()  # a broken link is reported, not skipped
        }
        return cls(**found, art=folder)


# the field of DataFiles -> the file's name in the data folder
FILE_NAMES = {
    "regions": "regions.yaml",
    "sources": "sources.yaml",
    "muscles": "muscles.yaml",
    "patterns": "referral_patterns.yaml",
    "conditions": "conditions.yaml",
    "guidance": "guidance.yaml",
    "migrations": "migrations.yaml",
}


@dataclass(frozen=True)
class LoadedData:
    atlas: Atlas
    catalog: Catalog
    warnings: tuple[Problem, ...]
    conditions: dict[str, Condition] = field(default_factory=dict)
    guidance: NeedlingGuidance = EMPTY_GUIDANCE
    migrations: Migrations = field(default_factory=Migrations)


def load(files: DataFiles | None = None) -> LoadedData:
    """Read and check everything; raise :class:`DataError` listing every error (and warning) found."""
    files = files or DataFiles()
    log = ProblemLog()
    atlas, region_lines = _load_atlas(files, log)
    catalog = _load_catalog(files, atlas, region_lines, log)
    _check_muscle_outlines(atlas, catalog.muscles, log)
    known_sources = set(catalog.sources)
    conditions = load_conditions(
        _read(files.conditions, log), _name(files.conditions), atlas, catalog.muscles, known_sources, log
    )
    guidance = load_guidance(_read(files.guidance, log), _name(files.guidance), known_sources, log)
    migrations = load_migrations(_read(files.migrations, log), _name(files.migrations), atlas, catalog.muscles, log)
    log.raise_if_errors()
    warnings = tuple(p for p in log.problems if p.severity is Severity.WARNING)
    return LoadedData(atlas, catalog, warnings, conditions, guidance, migrations)


def _name(path: Path | Traversable) -> str:
    return str(path) if isinstance(path, Path) else f"data/{path.name}"


def _read(path: Path | Traversable, log: ProblemLog) -> Any:
    name = _name(path)
    try:
        text = reading.read_text(path)
    except reading.ReadError as exc:
        log.error(name, exc.line, str(exc))
        return None
    return yamlfile.load(text, name, log)


# ---------------------------------------------------------------------------------------------------- atlas


def _load_atlas(files: DataFiles, log: ProblemLog) -> tuple[Atlas, dict[str, int]]:
    """The atlas, and the line of each region (to point at one that no pattern reaches)."""
    file = _name(files.regions)
    top = Fields(_read(files.regions, log), "the regions file", file, log, line=1)
    top.only("views", "regions")
    regions: list[Region] = []
    seen_names: dict[str, str] = {}
    raw_regions = top.block.get("regions")
    if not isinstance(raw_regions, yamlfile.Mapping):
        if top.ok:
            top.error(top.line, "the regions file needs a 'regions:' block")
        raw_regions = yamlfile.Mapping()
    for rid, block in raw_regions.items():
        f = Fields(block, f"region '{rid}'", file, log, line=raw_regions.key_line(rid))
        f.only("label", "lay_label", "side", "group", "synonyms")
        side = f.choice("side", Side) or Side.MIDLINE
        group = f.text("group")
        if group and group not in BODY_GROUPS:
            f.error(f.line_of("group"), f"group '{group}' of region '{rid}' is not one of: {', '.join(BODY_GROUPS)}")
        if side is not Side.MIDLINE and not rid.startswith(side.value + "_"):
            f.error(f.line, f"region '{rid}' is on the {side.value} side, so its id should start with '{side.value}_'")
        label = f.text("label")
        synonyms = tuple(s for s, _ in f.text_list("synonyms"))
        region = Region(rid, label, side, group, synonyms, f.text("lay_label", required=False) or label)
        names = [(rid, f.line), (region.label, f.line_of("label")), *f.text_list("synonyms")]
        for name, name_line in names:
            key = name_key(name)
            if key in seen_names and seen_names[key] != rid:
                log.error(file, name_line, f"the name '{name}' is used by both '{seen_names[key]}' and '{rid}'")
            seen_names[key] = rid
        regions.append(region)
    ids = {r.id for r in regions}
    for region in regions:
        if region.side is not Side.MIDLINE:
            other = region.side.opposite.value + "_" + region.id.removeprefix(region.side.value + "_")
            if other not in ids:
                log.error(file, raw_regions.key_line(region.id), f"region '{region.id}' has no mirror '{other}'")

    views: list[View] = []
    raw_views = top.block.get("views")
    if not isinstance(raw_views, yamlfile.Mapping) or not raw_views:
        if top.ok:
            top.error(top.line, "the regions file needs a 'views:' block naming at least one drawing")
        raw_views = yamlfile.Mapping()
    for name, block in raw_views.items():
        f = Fields(block, f"view '{name}'", file, log, line=raw_views.key_line(name))
        f.only("label", "file", "patient_right", "shows", "mirror", "scale")
        shows = f.choice("shows", Side, required=False)
        if shows is Side.MIDLINE:
            f.error(f.line_of("shows"), f"'shows' of view '{name}' should be right or left")
        right = f.text("patient_right", required=shows is None)
        if shows is not None and right:
            f.error(f.line_of("patient_right"), f"view '{name}' shows one side, so it has no 'patient_right'")
        elif shows is None and right not in ("screen_left", "screen_right"):
            f.error(
                f.line_of("patient_right"), f"'patient_right' of view '{name}' should be screen_left or screen_right"
            )
        mirror = f.text("mirror", required=False, default=name)
        if mirror not in raw_views:
            f.error(f.line_of("mirror"), f"'mirror' of view '{name}' names no view: '{mirror}'")
        art = _art_file(files, f.text("file"), f)
        if art is None:
            continue
        layout = ViewLayout(
            right == "screen_left", shows, mirror, f.number("scale", 0.1, 100, required=False, default=1)
        )
        view = _load_view(art, name, f.text("label", default=name), layout, ids, log)
        if view is not None:
            views.append(view)
    drawn = {rid for view in views for rid in view.shapes}
    if views and len(views) == len(raw_views):  # with a drawing unread, its regions are not news: its error is
        for region in regions:
            if region.id not in drawn:
                log.warning(file, raw_regions.key_line(region.id), f"region '{region.id}' is drawn in no view")
    return Atlas(regions, views), {rid: raw_regions.key_line(rid) for rid in raw_regions}


def _art_file(files: DataFiles, art_name: str, f: Fields) -> Path | Traversable | None:
    """The drawing a view names: inside the data folder's copy if it has one there, else among the shipped ones;
    a name that would reach outside the folder is refused."""
    if not art_name:
        return None
    folders = [files.art, asset_folder()] if files.art is not None else [asset_folder()]
    try:
        candidates = [reading.inside(folder, art_name) for folder in folders]
    except reading.ReadError as exc:
        if exc.file is not None:
            f.log.error(exc.file, None, str(exc))
        else:
            f.error(f.line_of("file"), f"the drawing of {f.what}: {exc}")
        return None
    return next((c for c in candidates[:-1] if isinstance(c, Path) and (c.exists() or c.is_symlink())), candidates[-1])


def _load_view(
    art: Path | Traversable, name: str, label: str, layout: ViewLayout, ids: set[str], log: ProblemLog
) -> View | None:
    file = f"assets/{art.name}" if not isinstance(art, Path) else str(art)
    try:
        drawing = read_drawing(reading.read_bytes(art, reading.MAX_DRAWING_BYTES))
    except reading.ReadError as exc:
        log.error(file, exc.line, str(exc))
        return None
    except DrawingError as exc:
        log.error(file, None, str(exc))
        return None
    shapes: dict[str, BaseGeometry] = {}
    for rid, geometry in drawing.shapes.items():
        if rid not in ids:
            log.error(file, None, f"path '{rid}' in view '{name}' is not a region of data/regions.yaml")
        elif geometry.is_empty:
            log.error(file, None, f"region '{rid}' in view '{name}' has an empty shape")
        else:
            shapes[rid] = geometry
    return View(
        name, label, drawing.width, drawing.height, layout, shapes, drawing.silhouette, drawing.details, drawing.muscles
    )


def _check_muscle_outlines(atlas: Atlas, muscles: dict[str, Muscle], log: ProblemLog) -> None:
    """An outline in a drawing's muscles group lies on the patient's right (the left's are drawn as its mirror image),
    and one whose id is nearly a muscle's is a typo: a warning.  An outline of a muscle the muscles file does not
    have is left unused (a muscles file of one's own may leave muscles out)."""
    ids = list(muscles)
    keys = [name_key(m) for m in ids]
    for view in atlas.views.values():
        file = f"assets/body_{view.name}.svg"
        for mid in sorted(view.muscles.keys() - muscles.keys()):
            close = names.closest(mid, keys, 1, cutoff=85.0)
            if close:
                message = f"outline '{mid}' in the muscles group of view '{view.name}' names no muscle"
                log.warning(file, None, f"{message} (did you mean '{ids[close[0]]}'?)")
        known = [mid for mid in view.muscles if mid in muscles]
        inside = (view.muscles[mid].representative_point() for mid in known)
        for mid, under in zip(known, view.regions_at([(p.x, p.y) for p in inside]), strict=True):
            if under is None or atlas.regions[under].side is Side.LEFT:
                where = "outside the body" if under is None else f"on the patient's left ('{under}')"
                log.error(file, None, f"the outline of muscle '{mid}' in view '{view.name}' lies {where}")


# -------------------------------------------------------------------------------------------------- catalog


def _load_catalog(files: DataFiles, atlas: Atlas, region_lines: dict[str, int], log: ProblemLog) -> Catalog:
    sources = _load_sources(files, log)
    muscles, tp_lines = _load_muscles(files, atlas, set(sources), log)
    trigger_points = {tp.id: tp for m in muscles.values() for tp in m.trigger_points}
    _warn_about_shared_locations(trigger_points, tp_lines, _name(files.muscles), log)
    _warn_about_crowded_muscles(muscles, tp_lines, _name(files.muscles), log)
    _warn_about_places_that_disagree(trigger_points, atlas, tp_lines, _name(files.muscles), log)
    patterns, unreached = _load_patterns(files, atlas, trigger_points, set(sources), log)
    for tid, line in tp_lines.items():
        if tid not in patterns:
            log.error(
                _name(files.muscles), line, f"trigger point '{tid}' has no referral pattern in {_name(files.patterns)}"
            )
    reasons = _check_unreached_regions(atlas, patterns, unreached, region_lines, files, log)
    return Catalog(muscles, patterns, sources, reasons)


SAME_SPOT = 1.0  # body units: trigger points closer than this are drawn on top of each other


def _warn_about_shared_locations(
    trigger_points: dict[str, TriggerPoint], lines: dict[str, int], file: str, log: ProblemLog
) -> None:
    """Two trigger points drawn on the same spot are usually a copied location that was never moved.

    Points are bucketed by grid cell of side SAME_SPOT, so only the neighbouring cells need comparing."""
    cells: dict[tuple[str, int, int], list[TriggerPoint]] = {}
    for tp in trigger_points.values():
        for loc in tp.locations:
            cx, cy = math.floor(loc.x / SAME_SPOT), math.floor(loc.y / SAME_SPOT)
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    for other in cells.get((loc.view, cx + dx, cy + dy), []):
                        o = next(o for o in other.locations if o.view == loc.view)
                        if abs(o.x - loc.x) < SAME_SPOT and abs(o.y - loc.y) < SAME_SPOT:
                            message = f"trigger point '{tp.id}' is drawn on the same spot as '{other.id}'"
                            log.warning(file, lines.get(tp.id), f"{message} in the {loc.view} view")
            cells.setdefault((loc.view, cx, cy), []).append(tp)


def _warn_about_crowded_muscles(muscles: dict[str, Muscle], lines: dict[str, int], file: str, log: ProblemLog) -> None:
    """Trigger points of one muscle drawn so close in a view that their marks overlap even at the size they have on the
    body (the same spot is warned about above)."""
    for muscle in muscles.values():
        for i, tp in enumerate(muscle.trigger_points):
            for other in muscle.trigger_points[:i]:
                for a in tp.locations:
                    for b in other.locations:
                        distance = math.hypot(a.x - b.x, a.y - b.y)
                        if a.view != b.view or distance >= MARK_SPAN:
                            continue
                        if abs(a.x - b.x) < SAME_SPOT and abs(a.y - b.y) < SAME_SPOT:
                            continue
                        log.warning(
                            file,
                            lines.get(tp.id),
                            f"trigger points '{other.id}' and '{tp.id}' of muscle '{muscle.id}' are drawn "
                            f"{distance:.1f} units apart in the {a.view} view, so their marks overlap; keep them at "
                            f"least {MARK_SPAN:g} apart",
                        )


def _warn_about_places_that_disagree(
    trigger_points: dict[str, TriggerPoint], atlas: Atlas, lines: dict[str, int], file: str, log: ProblemLog
) -> None:
    """A trigger point is one place on the body: where a region holding it in one view is drawn in another, its point
    there should lie in that region or beside it, not somewhere else (a point copied into the wrong view)."""
    spread = [(tp, loc) for tp in trigger_points.values() if len(tp.locations) > 1 for loc in tp.locations]
    under: dict[str, dict[str, str | None]] = {}  # trigger point id -> view -> the region its point lies in
    for name, view in atlas.views.items():
        here = [(tp, loc) for tp, loc in spread if loc.view == name]
        for (tp, loc), region in zip(here, view.regions_at([(loc.x, loc.y) for _, loc in here]), strict=True):
            under.setdefault(tp.id, {})[loc.view] = region
    for tp_id, regions in under.items():
        for view_name, region in regions.items():
            for other_view, other_region in regions.items():
                shapes = atlas.views[other_view].shapes
                if other_view == view_name or region is None or other_region is None or region not in shapes:
                    continue
                if region != other_region and not shapely.dwithin(shapes[region], shapes[other_region], 0.5):
                    log.warning(
                        file,
                        lines.get(tp_id),
                        f"trigger point '{tp_id}' lies in '{region}' in the {view_name} view but in '{other_region}', "
                        f"away from it, in the {other_view} view",
                    )


def _load_sources(files: DataFiles, log: ProblemLog) -> dict[str, Source]:
    file = _name(files.sources)
    top = Fields(_read(files.sources, log), "the sources file", file, log, line=1)
    top.only("sources")
    raw = top.block.get("sources")
    out: dict[str, Source] = {}
    if not isinstance(raw, yamlfile.Mapping):
        if top.ok:
            top.error(top.line, "the sources file needs a 'sources:' block")
        return out
    for sid, block in raw.items():
        f = Fields(block, f"source '{sid}'", file, log, line=raw.key_line(sid))
        f.only("citation")
        out[sid] = Source(sid, f.text("citation"))
    return out


def _load_muscles(
    files: DataFiles, atlas: Atlas, known_sources: set[str], log: ProblemLog
) -> tuple[dict[str, Muscle], dict[str, int]]:
    """The muscles, and the line of each trigger point (to point at one that has no pattern)."""
    file = _name(files.muscles)
    top = Fields(_read(files.muscles, log), "the muscles file", file, log, line=1)
    top.only("muscles")
    muscles: dict[str, Muscle] = {}
    tp_lines: dict[str, int] = {}
    for block, line in top.blocks("muscles", required=top.ok):
        f = Fields(block, "a muscle", file, log, line=line)
        mid = f.text("id")
        f.what = f"muscle '{mid}'" if mid else f"the muscle at line {line}"
        f.only(
            "id", "name", "synonyms", "group", "attachments", "action", "innervation", "for_patients", "sources",
            "trigger_points",
        )  # fmt: skip
        if mid in muscles:
            f.error(f.line_of("id"), f"muscle id '{mid}' is used twice")
        group = f.text("group")
        if group and group not in BODY_GROUPS:
            f.error(f.line_of("group"), f"group '{group}' of {f.what} is not one of: {', '.join(BODY_GROUPS)}")
        trigger_points = []
        for tp_block, tp_line in f.blocks("trigger_points"):
            tp = _trigger_point(tp_block, tp_line, mid, atlas, known_sources, file, log)
            if tp is None:
                continue
            if tp.id in tp_lines:
                log.error(file, tp_line, f"trigger point id '{tp.id}' is used twice")
            tp_lines.setdefault(tp.id, tp_line)
            trigger_points.append(tp)
        if f.ok and "trigger_points" in f.block and not trigger_points:
            f.error(f.line_of("trigger_points"), f"{f.what} needs at least one trigger point")
        if len(trigger_points) > 1:
            for tp in trigger_points:
                if not tp.part:
                    log.error(
                        file,
                        tp_lines.get(tp.id),
                        f"trigger point '{tp.id}' needs a 'part' (where in the muscle it lies, as reasons say it: "
                        f"'its <part> trigger point'), because {f.what} has several",
                    )
        plain = _for_patients(f, file, log)
        muscles[mid] = Muscle(
            id=mid,
            name=f.text("name"),
            synonyms=tuple(s for s, _ in f.text_list("synonyms")),
            group=group,
            attachments=f.text("attachments"),
            action=f.text("action"),
            innervation=f.text("innervation"),
            sources=f.source_refs(known_sources),
            trigger_points=tuple(trigger_points),
            what_it_does=plain["what_it_does"],
            self_care=plain["self_care"],
        )
    return muscles, tp_lines


# characters: what the patient's handout has room for, beside the muscle's picture
FOR_PATIENTS_ROOM = {"what_it_does": 110, "self_care": 330}


def _for_patients(muscle: Fields, file: str, log: ProblemLog) -> dict[str, str]:
    """The optional ``for_patients:`` block of a muscle: ``what_it_does`` and ``self_care`` in plain words."""
    if muscle.block.get("for_patients") is None:
        return dict.fromkeys(FOR_PATIENTS_ROOM, "")
    f = Fields(
        muscle.block["for_patients"], f"'for_patients' of {muscle.what}", file, log, muscle.line_of("for_patients")
    )
    f.only(*FOR_PATIENTS_ROOM)
    if f.ok and not any(key in f.block for key in FOR_PATIENTS_ROOM):
        f.error(f.line, f"{f.what} is empty; give 'what_it_does', 'self_care' or both, or leave it out")
    words = {}
    for key, room in FOR_PATIENTS_ROOM.items():
        text = f.text(key, required=False)
        if len(text) > room:
            f.error(
                f.line_of(key),
                f"'{key}' of {f.what} is {len(text)} characters long; the handout has room for {room}",
            )
        words[key] = text
    return words


def _trigger_point(
    block: Any, line: int, muscle_id: str, atlas: Atlas, known_sources: set[str], file: str, log: ProblemLog
) -> TriggerPoint | None:
    f = Fields(block, f"a trigger point of muscle '{muscle_id}'", file, log, line=line)
    tid = f.text("id")
    if tid:
        f.what = f"trigger point '{tid}'"
    f.only(
        "id", "name", "part", "location", "locations", "palpation", "patient_position", "needling_caution", "sources"
    )
    locations = _locations(f, atlas)
    if not tid:
        return None
    return TriggerPoint(
        id=tid,
        muscle_id=muscle_id,
        name=f.text("name"),
        locations=locations,
        palpation=f.text("palpation"),
        patient_position=f.text("patient_position"),
        needling_caution=f.text("needling_caution"),
        sources=f.source_refs(known_sources),
        part=_part(f),
    )


def _locations(f: Fields, atlas: Atlas) -> tuple[Location, ...]:
    """Where a trigger point is drawn: ``locations:``, a point in each view in which it can be palpated (the view it
    is examined in first), or ``location:``, one point (the shorthand for a single view)."""
    if "location" in f.block and "locations" in f.block:
        f.error(f.line_of("location"), f"{f.what} has both 'location' and 'locations'; keep 'locations'")
        return ()
    if "location" in f.block:
        blocks = [(f.block["location"], f.line_of("location"))]
    else:
        blocks = f.blocks("locations")
        if f.ok and "locations" in f.block and not blocks:
            f.error(f.line_of("locations"), f"{f.what} needs at least one location")
    locations: list[Location] = []
    for loc_block, loc_line in blocks:
        location = _location(f, loc_block, loc_line, atlas)
        if location is None:
            continue
        if any(other.view == location.view for other in locations):
            f.error(loc_line, f"{f.what} has two locations in the {location.view} view; give one point per view")
            continue
        locations.append(location)
    return tuple(locations)


def _location(f: Fields, block: Any, line: int, atlas: Atlas) -> Location | None:
    loc = Fields(block, f"the location of {f.what}", f.file, f.log, line=line)
    loc.only("view", "x", "y")
    view_name = loc.text("view")
    location = Location(view_name, loc.number("x", -1e6, 1e6), loc.number("y", -1e6, 1e6))
    view = atlas.views.get(view_name)
    if view_name and view is None:
        loc.error(loc.line_of("view"), f"view '{view_name}' of {f.what} is not one of: {', '.join(atlas.views)}")
        return None
    if view is None or not loc.ok:
        return None
    under = view.region_at(location.x, location.y)
    if under is None:
        loc.error(
            loc.line, f"{f.what} at ({location.x:g}, {location.y:g}) lies outside the body in the {view_name} view"
        )
        return None
    if atlas.regions[under].side is Side.LEFT:
        loc.error(
            loc.line,
            f"{f.what} at ({location.x:g}, {location.y:g}) lies on the patient's left ('{under}'); trigger points are "
            f"placed on the patient's right and mirrored (in the {view_name} view, the right is on the screen "
            f"{'left' if view.patient_right_on_screen_left else 'right'})"
            if view.shows is None
            else f"{f.what} at ({location.x:g}, {location.y:g}) lies on the patient's left ('{under}'); trigger points "
            f"are placed on the patient's right and mirrored, so draw it in the view of the right side",
        )
        return None
    return location


def _part(f: Fields) -> str:
    """The part of the muscle a trigger point lies in, as reasons name it ("its sternal trigger points ...")."""
    part = f.text("part", required=False)
    if part.lower().endswith(("trigger point", "trigger points", "trp", "trps")):
        f.error(f.line_of("part"), f"'part' of {f.what} names the part only ('sternal'); reasons add 'trigger point'")
    return part


def _load_patterns(
    files: DataFiles, atlas: Atlas, trigger_points: dict[str, TriggerPoint], known_sources: set[str], log: ProblemLog
) -> tuple[dict[str, ReferralPattern], dict[str, tuple[str, int]]]:
    """The patterns by trigger point, and the ``unreached_regions:`` section: region id -> (reason, line)."""
    file = _name(files.patterns)
    top = Fields(_read(files.patterns, log), "the referral patterns file", file, log, line=1)
    top.only("patterns", "unreached_regions")
    patterns: dict[str, ReferralPattern] = {}
    for block, line in top.blocks("patterns", required=top.ok):
        f = Fields(block, "a referral pattern", file, log, line=line)
        tid = f.text("trigger_point")
        f.what = f"the pattern of '{tid}'"
        f.only("trigger_point", *LEVEL_KEYS, *UNGRADED_KEYS, "side_rule", "frequency", "sources", "note")
        if tid and tid not in trigger_points:
            f.error(f.line_of("trigger_point"), f"trigger point '{tid}' is not in the muscles file")
        if tid in patterns:
            f.error(f.line_of("trigger_point"), f"trigger point '{tid}' has a second pattern")
        zones = _graded_zones(f, tid, atlas)
        pattern = ReferralPattern(
            trigger_point_id=tid,
            primary_regions=zones[ZoneLevel.PRIMARY],
            common_regions=zones[ZoneLevel.COMMON],
            occasional_regions=zones[ZoneLevel.OCCASIONAL],
            side_rule=f.choice("side_rule", SideRule) or SideRule.IPSILATERAL,
            frequency=f.choice("frequency", Frequency) or Frequency.OCCASIONAL,
            sources=f.source_refs(known_sources),
            note=f.text("note", required=False),
        )
        if tid:
            patterns[tid] = pattern
    unreached: dict[str, tuple[str, int]] = {}
    raw = top.block.get("unreached_regions")
    if raw is not None and not isinstance(raw, yamlfile.Mapping):
        top.error(top.line_of("unreached_regions"), "'unreached_regions' should be lines of 'region_id: reason'")
    elif raw is not None:
        for rid, reason in raw.items():
            line = raw.key_line(rid)
            if not isinstance(reason, str) or not reason.strip():
                log.error(file, line, f"the reason why no pattern reaches region '{rid}' should be text")
            else:
                unreached[rid] = (" ".join(reason.split()), line)
    return patterns, unreached


LEVEL_KEYS = tuple(level.value for level in ZoneLevel)
UNGRADED_KEYS = ("essential", "spillover")  # the zones before they were graded


def _graded_zones(f: Fields, tid: str, atlas: Atlas) -> dict[ZoneLevel, frozenset[str]]:
    """The regions of a pattern at each level; a region sits at one level only, and the primary zone is never empty."""
    for key in UNGRADED_KEYS:
        if key in f.block:
            f.error(
                f.line_of(key),
                f"'{key}' of {f.what}: zones are graded now; write the essential zone as 'primary' (felt by nearly "
                f"everyone) and 'common', and the spillover zone as 'occasional'",
            )
    ungraded = any(key in f.block for key in UNGRADED_KEYS)  # told above; "missing 'primary'" would say it twice
    zones: dict[ZoneLevel, frozenset[str]] = {}
    level_of: dict[str, ZoneLevel] = {}
    for level in ZoneLevel:
        regions = set()
        for rid, rline in f.text_list(level.value, required=level is ZoneLevel.PRIMARY and not ungraded):
            rule = "patterns are written for a trigger point on the patient's right"
            f.right_side_region(atlas, rid, rline, f"in the {level.value} zone of '{tid}'", rule)
            if rid in level_of:
                f.error(rline, f"region '{rid}' is both {level_of[rid].value} and {level.value} in {f.what}")
                continue
            level_of[rid] = level
            regions.add(rid)
        zones[level] = frozenset(regions)
    if f.ok and ZoneLevel.PRIMARY.value in f.block and not zones[ZoneLevel.PRIMARY]:
        f.error(
            f.line_of(ZoneLevel.PRIMARY.value),
            f"the primary zone of '{tid}' is empty; name the areas nearly everyone with this trigger point feels",
        )
    return zones


def _check_unreached_regions(
    atlas: Atlas,
    patterns: dict[str, ReferralPattern],
    unreached: dict[str, tuple[str, int]],
    region_lines: dict[str, int],
    files: DataFiles,
    log: ProblemLog,
) -> dict[str, str]:
    """Warn about regions that no pattern reaches on either side, unless ``unreached_regions:`` says why.

    An entry there is written like a pattern (a right or midline id) and covers the mirror region too.  Returns the
    reason for every region it covers, on both sides."""
    reached: dict[str, str] = {}  # region id -> a trigger point whose pattern reaches it
    for tid, pattern in patterns.items():
        if not (pattern.essential_regions | pattern.spillover_regions) <= atlas.regions.keys():
            continue  # an unknown region, reported already
        for side in (Side.RIGHT, Side.LEFT):
            for zone in pattern.zones(side, atlas):
                for rid in zone:
                    reached.setdefault(rid, tid)

    patterns_file = _name(files.patterns)
    reasons: dict[str, str] = {}
    for rid, (reason, line) in unreached.items():
        region = atlas.regions.get(rid)
        if region is None:
            hint = atlas.did_you_mean(rid)
            log.warning(patterns_file, line, f"region '{rid}' under unreached_regions does not exist{hint}")
            continue
        if region.side is Side.LEFT:
            log.warning(
                patterns_file,
                line,
                f"write '{atlas.mirror(rid)}' instead of '{rid}' under unreached_regions: an entry covers both sides",
            )
        pair = (rid, atlas.mirror(rid))
        reaching = [(r, reached[r]) for r in pair if r in reached]
        if reaching:
            r, tid = reaching[0]
            log.warning(
                patterns_file,
                line,
                f"region '{rid}' is listed under unreached_regions, but the pattern of '{tid}' reaches '{r}'; "
                f"remove the entry",
            )
            continue
        for r in pair:
            reasons[r] = reason

    regions_file = _name(files.regions)
    for rid, region in atlas.regions.items():
        if rid in reached or rid in reasons:
            continue
        mirror = atlas.mirror(rid)
        if region.side is Side.LEFT and mirror not in reached and mirror not in reasons:
            continue  # told once, with its right-side twin
        both = f" or '{mirror}'" if region.side is Side.RIGHT and mirror not in reached else ""
        log.warning(
            regions_file,
            region_lines.get(rid),
            f"no referral pattern reaches region '{rid}'{both}; if none should, give the reason under "
            f"'unreached_regions:' in {patterns_file}",
        )
    return reasons
