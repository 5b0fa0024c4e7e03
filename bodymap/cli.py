"""The command line.  ``bodymap`` alone opens the window; subcommands work without one."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from bodymap import __version__
from bodymap.core.body.atlas import Atlas, Side
from bodymap.core.body.painmap import DEFAULT_INTENSITY, PainMark, pain_weights
from bodymap.core.case.fileformat import SUFFIX as CASE_SUFFIX
from bodymap.core.case.fileformat import CaseFileError, dumps, loads, read_file
from bodymap.core.case.model import Target
from bodymap.core.case.summary import describe_case
from bodymap.core.clinic.catalog import ZoneLevel
from bodymap.core.clinic.conditions import Condition, ConditionSides, find_condition
from bodymap.core.clinic.ranking import Candidate, rank, smallest_cover
from bodymap.core.data import loading, reading
from bodymap.core.data.migrations import Migrations
from bodymap.core.data.problems import DataError, Severity

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A command-line argument the user should correct (exit status 2)."""


class _Version(argparse.Action):
    """``--version``: the version, the data it runs on and the licence, in one line (the About box says the same)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", "say which bodymap this is, on which data, under which licence, and exit")
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        from bodymap import about  # the package's metadata: read only when asked (it costs a start some 30 ms)

        print(about.version_line())
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bodymap",
        description="Trigger-point and referred-pain body map. Without a command, opens the window; "
        f"'bodymap FILE{CASE_SUFFIX}' opens that case in it.",
    )
    parser.add_argument("--version", action=_Version)
    parser.add_argument(
        "--data",
        metavar="DIR",
        type=Path,
        help="use the data files in DIR (a copy of the data folder, edited) instead of the shipped ones; a file it "
        "lacks is the shipped one, and the drawings it holds (body_<view>.svg) replace the shipped ones",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("suggest", help="rank the muscles that may refer pain to the given areas")
    p.add_argument(
        "pain",
        nargs="+",
        metavar="PAIN",
        help='a region id, label or synonym, e.g. "right temple"; add =N (0-10) for the intensity, e.g. '
        "right_temple=8 (=0: checked and pain-free)",
    )
    p.add_argument("--top", type=int, default=10, metavar="N", help="how many candidates to list (default 10)")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("regions", help="list the body regions")
    p.add_argument("--view", metavar="V", help="only the regions drawn in this view")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("muscles", help="list the muscles and their trigger points")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("conditions", help="list the conditions, or show one: pain areas, muscles, red flags")
    p.add_argument("name", nargs="?", metavar="NAME", help='a condition id, name or synonym, e.g. "tennis elbow"')
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("guidance", help="dry-needling safety and aftercare (the patient handout's text)")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("validate", help="check the data files and report every problem")
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="data files to check in place of the shipped ones (regions.yaml, sources.yaml, muscles.yaml, "
        "referral_patterns.yaml, conditions.yaml or guidance.yaml, told apart by content)",
    )

    p = sub.add_parser("case", help="a patient case file (.bodymap): show it, or rank a visit's drawing")
    case_sub = p.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    q = case_sub.add_parser("show", help="print the visits: drawings, plan, findings, treatment, notes")
    q.add_argument("file", metavar="FILE", help="a .bodymap case file")
    q.add_argument("--json", action="store_true", help="machine-readable output (the case as its file holds it)")
    q = case_sub.add_parser("suggest", help="rank the candidates for a visit's drawing, as suggest does")
    q.add_argument("file", metavar="FILE", help="a .bodymap case file")
    q.add_argument("--visit", type=int, metavar="N", help="which visit, from 1 (default: the last)")
    q.add_argument("--top", type=int, default=10, metavar="N", help="how many candidates to list (default 10)")
    q.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("render", help="draw a pain map or a muscle's pattern to PNG, SVG or PDF")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--pain", nargs="+", metavar="PAIN", help="painful areas, as for suggest")
    what.add_argument("--muscle", metavar="ID", help="a muscle id or name; draws its trigger points and patterns")
    p.add_argument("--side", choices=["right", "left"], default="right", help="the side of --muscle (default right)")
    p.add_argument("--view", metavar="V", action="append", help="a view to draw (repeatable; default all)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="output file: .png, .svg or .pdf")

    p = sub.add_parser("handout", help="the patient's handout of a case's visit, or of a drawing, as PDF or PNG")
    p.add_argument("case", nargs="?", metavar="CASE", help="a case file (.bodymap): the handout of its last visit")
    p.add_argument("--visit", type=int, metavar="N", help="the visit of CASE to hand out, from 1 (default: the last)")
    p.add_argument("--pain", nargs="+", metavar="PAIN", help="without a case: the painful areas, as for suggest")
    p.add_argument(
        "--muscle",
        nargs="+",
        metavar="ID",
        help="up to four muscles to show (id or name; add =left or =right for the side, which otherwise is the one "
        "that fits the drawing); default: those treated or found at the visit, else the smallest set for the pain",
    )
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="output file: .pdf, or .png (a picture a page)"
    )
    p.add_argument("--paper", choices=["a4", "letter"], help="default: as set in the window")
    p.add_argument("--clinic", metavar="NAME", help="the clinic's name on the page (default: as set in the window)")
    p.add_argument("--logo", metavar="FILE", help="the clinic's logo, a picture or SVG (default: as set in the window)")
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        help="add the plot of the pain scores over the visits of CASE (default: as set in the window)",
    )

    p = sub.add_parser("study", help="study mode: flash cards of every trigger point")
    study = p.add_subparsers(dest="study_command", metavar="STUDY_COMMAND", required=True)
    p = study.add_parser("export-anki", help="write an Anki deck: each trigger point's pattern, muscle and location")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the deck to write (.apkg)")
    p.add_argument(
        "--region", action="append", metavar="R", help="only the muscles of this body region, e.g. neck (repeatable)"
    )

    p = sub.add_parser("open", help=f"open the window (the default), on a {CASE_SUFFIX} case file if given")
    p.add_argument("case", nargs="?", metavar="FILE", help="the case to open; a bodymap already running opens it")

    p = sub.add_parser("desktop", help="add bodymap to the desktop's applications menu, or take it off again")
    p.add_argument(
        "action",
        choices=["install", "uninstall"],
        help="install: the launcher entry, the icon and the case file type, in the user's data folder "
        "($XDG_DATA_HOME); uninstall: remove them",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(_opening(list(sys.argv[1:] if argv is None else argv), parser))
    try:
        files = _data_files(args.data)
    except UsageError as exc:
        print(f"bodymap: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.command in (None, "open"):
        case = getattr(args, "case", None)
        if case is not None and not Path(case).is_file():
            print(f"bodymap: no such case file: {case}", file=sys.stderr)
            return EXIT_USAGE
        from bodymap.ui import display

        problem = display.problem()
        if problem is not None:
            print(f"bodymap: {problem}. The commands work without a window: see 'bodymap --help'.", file=sys.stderr)
            return EXIT_DATA
        from bodymap.ui.app import run

        return run(Path(case) if case is not None else None, data_folder=args.data)
    if args.command == "desktop":
        return _desktop(args.action)
    try:
        if args.command == "validate":
            return _validate(args.files, files)
        data = loading.load(files)
        return int(COMMANDS[args.command](args, data))
    except UsageError as exc:
        print(f"bodymap {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except DataError as exc:
        print(f"bodymap: the data files have problems:\n{exc}", file=sys.stderr)
        return EXIT_DATA
    except BrokenPipeError:
        return reader_gone()


def _opening(argv: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """``bodymap FILE.bodymap`` is ``bodymap open FILE.bodymap`` (what a launcher or a file manager runs): a first
    word that is no command but a case file, by its suffix or because it exists, gets ``open`` put before it."""
    commands = {
        name for action in parser._actions if isinstance(action, argparse._SubParsersAction) for name in action.choices
    }
    for i, word in enumerate(argv):
        if word.startswith("-"):
            continue
        if word not in commands and (word.endswith(CASE_SUFFIX) or Path(word).is_file()):
            return [*argv[:i], "open", *argv[i:]]
        break
    return argv


def _desktop(action: str) -> int:
    from bodymap import desktop

    if not sys.platform.startswith("linux"):
        print("bodymap desktop: this is for Linux desktops (freedesktop.org menus and file types).", file=sys.stderr)
        return EXIT_USAGE
    home = desktop.data_home()
    try:
        report = desktop.install(home) if action == "install" else desktop.uninstall(home)
    except OSError as exc:
        print(f"bodymap desktop: cannot {action} in {home}: {exc}", file=sys.stderr)
        return EXIT_DATA
    if action == "install":
        print(f"Added bodymap to the applications menu, with its icon and the {CASE_SUFFIX} case file type:")
    else:
        print("Took bodymap off the applications menu:" if report.files else "bodymap was not installed there.")
    for file in report.files:
        print(f"  {file}")
    if report.refreshed:
        print(f"Brought the desktop's indexes up to date ({', '.join(report.refreshed)}).")
    for problem in report.problems:
        print(f"bodymap desktop: {problem}", file=sys.stderr)
    return EXIT_OK


def reader_gone() -> int:
    """The reader of our output went away (`bodymap regions | head`): not an error; silence the final flush."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def _data_files(folder: Path | None) -> loading.DataFiles:
    """The files ``--data`` names (the shipped ones without it)."""
    if folder is None:
        return loading.DataFiles()
    if not folder.is_dir():
        raise UsageError(f"--data {folder}: there is no such folder")
    names = [*loading.FILE_NAMES.values(), "*.svg"]
    if not any(next(folder.glob(name), None) for name in names):
        raise UsageError(f"--data {folder}: the folder holds none of the data files ({', '.join(names)})")
    return loading.DataFiles.in_folder(folder)


INTENSITY = re.compile(r"\s*(?:10|[0-9])\s*", re.ASCII)  # ASCII: '²' is a digit to str.isdigit, not to int()


def parse_pain(items: Sequence[str], atlas: Atlas, migrations: Migrations) -> dict[str, PainMark]:
    """``"right temple"``, ``right_temple=8`` ... -> region id -> mark.  A name an earlier atlas used (``right_heel``,
    "right upper jaw") marks every region that replaced it.  Raises UsageError naming close matches."""
    pain: dict[str, PainMark] = {}
    for item in items:
        name, intensity = item, DEFAULT_INTENSITY
        head, sep, tail = item.rpartition("=")
        if sep:
            name = head
            if not INTENSITY.fullmatch(tail):
                shown = tail if len(tail) <= 12 else tail[:12] + "..."
                raise UsageError(f"'{name}={shown}': the intensity after '=' should be a whole number from 0 to 10")
            intensity = int(tail)
        region = atlas.find(name)
        ids = (region.id,) if region is not None else migrations.regions_once_called(name)
        if not ids:
            close = atlas.closest(name)
            hint = f" Did you mean: {', '.join(repr(c) for c in close)}?" if close else ""
            raise UsageError(f"no body region is called '{name}'.{hint} ('bodymap regions' lists them all.)")
        pain.update(dict.fromkeys(ids, PainMark(intensity)))
    return pain


def _candidate_json(c: Candidate) -> dict[str, Any]:
    return {
        "muscle": c.muscle.id,
        "name": c.muscle.name,
        "trigger_point": c.trigger_point.id,
        "side": c.side.value,
        "either_side": c.either_side,
        "score": round(c.score, 4),
        "why": c.why,
        "essential_hits": list(c.essential_hits),
        "spillover_hits": list(c.spillover_hits),
        "trigger_points": [
            {
                "id": t.trigger_point.id,
                "essential_hits": list(t.essential_hits),
                "spillover_hits": list(t.spillover_hits),
            }
            for t in c.contributions
        ],
    }


def _suggest(args: argparse.Namespace, data: loading.LoadedData) -> int:
    if args.top < 1:
        raise UsageError("--top should be at least 1")
    return _print_ranking(parse_pain(args.pain, data.atlas, data.migrations), data, args.top, args.json)


def _print_ranking(pain: Mapping[str, PainMark], data: loading.LoadedData, top: int, as_json: bool) -> int:
    """The ranked candidates for ``pain``, the smallest set and what nothing explains, as text or JSON."""
    candidates = rank(pain, data.atlas, data.catalog)
    cover, unexplained = smallest_cover(candidates, pain)
    if as_json:
        out = {
            "pain": [
                {"region": rid, "label": data.atlas.regions[rid].label, "intensity": m.intensity}
                for rid, m in pain.items()
            ],
            "candidates": [_candidate_json(c) for c in candidates[:top]],
            "cover": [
                {"muscle": c.muscle.id, "name": c.muscle.name, "side": c.side.value, "either_side": c.either_side}
                for c in cover
            ],
            "unexplained": sorted(unexplained),
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return EXIT_OK
    labels = ", ".join(
        f"{data.atlas.regions[r].label} ({f'{m.intensity}/10' if m.painful else 'pain-free'})" for r, m in pain.items()
    )
    print(f"Pain: {labels}\n")
    if not pain_weights(pain):
        print("Every marked area is pain-free (0/10); mark a painful one to see which muscles could refer there.")
    elif not candidates:
        print("No trigger point in the data refers pain to these areas.")
    for i, c in enumerate(candidates[:top], 1):
        trigger_points = "; ".join(t.trigger_point.name for t in c.contributions)
        print(f"{i:2}. {c.muscle.name} ({c.side_label})  score {c.score:.2f}  [{trigger_points}]")
        print(f"    {c.why}")
    if cover:
        names = ", ".join(f"{c.muscle.name} ({c.side_label})" for c in cover)
        print(f"\nSmallest set that explains the whole drawing: {names}")
    if unexplained:
        print(
            "Not explained by any trigger point: " + ", ".join(data.atlas.regions[r].label for r in sorted(unexplained))
        )
        for rid in sorted(unexplained):
            if rid in data.catalog.unreached_regions:
                print(f"  {data.atlas.regions[rid].label}: {data.catalog.unreached_regions[rid]}")
    print("\nEducational decision support, not a diagnosis.")
    return EXIT_OK


def _regions(args: argparse.Namespace, data: loading.LoadedData) -> int:
    atlas = data.atlas
    if args.view is not None and args.view not in atlas.views:
        raise UsageError(f"there is no view '{args.view}'; the views are: {', '.join(atlas.views)}")
    regions = [r for r in atlas.regions.values() if args.view is None or r.id in atlas.views[args.view].shapes]
    if args.json:
        out = []
        for r in regions:
            shapes = {}
            for vname, view in atlas.views.items():
                if r.id in view.shapes and (args.view is None or vname == args.view):
                    x0, y0, x1, y1 = view.shapes[r.id].bounds
                    shapes[vname] = {
                        "bounds": [round(v, 1) for v in (x0, y0, x1, y1)],
                        "area": round(view.shapes[r.id].area, 1),
                    }
            out.append(
                {
                    "id": r.id,
                    "label": r.label,
                    "lay_label": r.lay_label,
                    "side": r.side.value,
                    "group": r.group,
                    "synonyms": list(r.synonyms),
                    "mirror": atlas.mirror(r.id),
                    "shapes": shapes,
                }
            )
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return EXIT_OK
    for r in regions:
        print(f"{r.id:36} {r.label:40} {r.group:10} {', '.join(atlas.views_of(r.id))}")
    print(f"\n{len(regions)} regions")
    return EXIT_OK


def _muscles(args: argparse.Namespace, data: loading.LoadedData) -> int:
    catalog = data.catalog
    if args.json:
        out = []
        for m in catalog.muscles.values():
            tps = []
            for tp in m.trigger_points:
                p = catalog.patterns[tp.id]
                tps.append(
                    {
                        "id": tp.id,
                        "name": tp.name,
                        "location": {"view": tp.location.view, "x": tp.location.x, "y": tp.location.y},
                        "locations": [{"view": loc.view, "x": loc.x, "y": loc.y} for loc in tp.locations],
                        "essential": sorted(p.essential_regions),
                        "spillover": sorted(p.spillover_regions),
                        "levels": {level.value: sorted(p.regions_at(level)) for level in ZoneLevel},
                        "side_rule": p.side_rule.value,
                        "frequency": p.frequency.value,
                        "sources": [s.ref for s in tp.sources],
                    }
                )
            out.append(
                {"id": m.id, "name": m.name, "group": m.group, "synonyms": list(m.synonyms), "trigger_points": tps}
            )
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return EXIT_OK
    for m in catalog.muscles.values():
        print(f"{m.id:34} {m.name:36} {m.group:10} {len(m.trigger_points)} trigger point(s)")
    tp_count = sum(len(m.trigger_points) for m in catalog.muscles.values())
    print(f"\n{len(catalog.muscles)} muscles, {tp_count} trigger points")
    return EXIT_OK


def _condition_json(condition: Condition, data: loading.LoadedData) -> dict[str, Any]:
    return {
        "id": condition.id,
        "name": condition.name,
        "synonyms": list(condition.synonyms),
        "description": condition.description,
        "sides": condition.sides.value,
        "pain_regions": list(condition.pain_regions),
        "muscles": [{"id": m, "name": data.catalog.muscles[m].name} for m in condition.muscles],
        "red_flags": list(condition.red_flags),
        "sources": [{"ref": s.ref, "where": s.where} for s in condition.sources],
        "note": condition.note,
    }


def _conditions(args: argparse.Namespace, data: loading.LoadedData) -> int:
    conditions = list(data.conditions.values())
    if args.name is not None:
        found = find_condition(data.conditions, args.name)  # by id, name or synonym
        if found is None:
            raise UsageError(f"no condition is called '{args.name}' ('bodymap conditions' lists them)")
        conditions = [found]
    if args.json:
        print(json.dumps([_condition_json(c, data) for c in conditions], indent=2, ensure_ascii=False))
        return EXIT_OK
    if args.name is None:
        for c in conditions:
            print(f"{c.id:30} {c.name}")
        print(f"\n{len(conditions)} conditions ('bodymap conditions NAME' shows one)")
        return EXIT_OK
    c = conditions[0]
    regions = ", ".join(data.atlas.regions[r].label for r in c.pain_regions)
    sides = "usually both sides" if c.sides is ConditionSides.BOTH else "usually one side; shown for the right"
    print(
        f"{c.name}\n\n{c.description}\n\nWhere it hurts ({sides}): {regions}\n\nMuscles to examine, most likely first:"
    )
    for i, mid in enumerate(c.muscles, 1):
        print(f"{i:3}. {data.catalog.muscles[mid].name}")
    print("\nRed flags: refer for a medical opinion instead of treating when")
    for flag in c.red_flags:
        print(f"  - {flag}")
    print("\nSources: " + "; ".join(f"{s.ref} ({s.where})" if s.where else s.ref for s in c.sources))
    return EXIT_OK


def _bullets(heading: str, lines: Iterable[str]) -> None:
    print(f"\n{heading}")
    for line in lines:
        print(f"  - {line}")


def _guidance(args: argparse.Namespace, data: loading.LoadedData) -> int:
    g = data.guidance
    if args.json:
        print(json.dumps(dataclasses.asdict(g), indent=2, ensure_ascii=False, default=lambda e: e.value))
        return EXIT_OK
    print(f"{g.title}\n\n{g.about}")
    _bullets("During treatment", g.during)
    _bullets(
        "After-effects",
        [f"{e.name}: {e.how_common.words}. {e.figures}\n    {e.what_to_do}" for e in g.after_effects],
    )
    _bullets("Afterwards", g.aftercare)
    _bullets("Needling is not used when", [f"{c.what} {c.why}" for c in g.absolute_contraindications])
    _bullets("Tell your practitioner first if", [f"{c.what} {c.why}" for c in g.relative_contraindications])
    _bullets("Get help", [f"{sign.urgency.words}: {sign.sign}" for sign in g.seek_help])
    return EXIT_OK


# the first key of each data file -> its field of loading.DataFiles
_FILE_KINDS = {
    "views": "regions", "regions": "regions", "sources": "sources", "muscles": "muscles", "patterns": "patterns",
    "conditions": "conditions", "guidance": "guidance", "atlas_version": "migrations",
}  # fmt: skip


def _validate(paths: Sequence[str], files: loading.DataFiles) -> int:
    overrides: dict[str, Path] = {}
    for name in paths:
        path = Path(name)
        try:
            kind = _kind_of(path)
        except reading.ReadError as exc:
            print(f"bodymap validate: {name}: {exc}", file=sys.stderr)
            return EXIT_USAGE
        if kind is None:
            print(
                f"bodymap validate: {name} is not a bodymap data file (it should start with one of: "
                f"{', '.join(k + ':' for k in _FILE_KINDS if k != 'views')})",
                file=sys.stderr,
            )
            return EXIT_USAGE
        overrides[kind] = path
    files = dataclasses.replace(files, **overrides)  # type: ignore[arg-type]
    try:
        data = loading.load(files)
    except DataError as exc:
        errors = [p for p in exc.problems if p.severity is Severity.ERROR]
        for problem in exc.problems:
            print(problem)
        print(f"\n{len(errors)} error(s), {len(exc.problems) - len(errors)} warning(s).")
        return EXIT_DATA
    for problem in data.warnings:
        print(problem)
    tps = sum(len(m.trigger_points) for m in data.catalog.muscles.values())
    print(
        f"OK: {len(data.atlas.regions)} regions in {len(data.atlas.views)} views, {len(data.catalog.muscles)} "
        f"muscles, {tps} trigger points, {len(data.conditions)} conditions; {len(data.warnings)} warning(s)."
    )
    return EXIT_OK


def _kind_of(path: Path) -> str | None:
    """Which data file this is, from its first top-level key.  Raises ReadError for a file that cannot be read."""
    for line in reading.read_text(path).splitlines():
        key = line.split(":", 1)[0].strip()
        if line[:1].isalpha() and key in _FILE_KINDS:
            return _FILE_KINDS[key]
    return None


def _render(args: argparse.Namespace, data: loading.LoadedData) -> int:
    from bodymap.export.render import RenderError, build_scene, page_columns, render_file, render_title

    output = Path(args.output)
    if output.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise UsageError(f"cannot tell the format of '{output.name}': use a .png, .svg or .pdf file name")
    for view in args.view or []:
        if view not in data.atlas.views:
            raise UsageError(f"there is no view '{view}'; the views are: {', '.join(data.atlas.views)}")
    pain = parse_pain(args.pain, data.atlas, data.migrations) if args.pain else {}
    muscle = None
    if args.muscle is not None:
        muscle = data.catalog.muscles.get(args.muscle) or data.catalog.find_muscle(args.muscle)
        if muscle is None:
            raise UsageError(f"no muscle is called '{args.muscle}' ('bodymap muscles' lists them)")
    side = Side(args.side)
    title = render_title(data.atlas, pain, muscle, side)
    try:
        columns = page_columns(data.atlas, args.view) if output.suffix.lower() == ".pdf" else 0  # a page is filled
        scene = build_scene(data, pain=pain, muscle=muscle, side=side, views=args.view, columns=columns)
        render_file(output, scene, title)
    except RenderError as exc:
        print(f"bodymap render: {exc}", file=sys.stderr)
        return EXIT_DATA
    print(f"wrote {output}: {title}")
    return EXIT_OK


def _handout(args: argparse.Namespace, data: loading.LoadedData) -> int:
    from PySide6.QtCore import QSettings

    from bodymap.export.handout import MAX_MUSCLES, Handout, saved_options, target_title
    from bodymap.export.handout_pages import HandoutPages
    from bodymap.export.page import PageError, Paper

    output = Path(args.output)
    if output.suffix.lower() not in (".pdf", ".png"):
        raise UsageError(f"cannot tell the format of '{output.name}': use a .pdf or .png file name")
    if (args.case is None) == (args.pain is None):
        raise UsageError("give a case file, or the painful areas with --pain (not both)")
    if args.visit is not None and args.case is None:
        raise UsageError("--visit needs a case file")
    if args.muscle is not None and len(args.muscle) > MAX_MUSCLES:
        raise UsageError(f"a handout shows at most {MAX_MUSCLES} muscles")
    if args.case is not None:
        try:
            case = loads(read_file(Path(args.case)), data.atlas, data.catalog, data.migrations)
        except CaseFileError as exc:
            print(f"bodymap handout: {args.case} cannot be opened: {exc}", file=sys.stderr)
            return EXIT_DATA
        number = args.visit if args.visit is not None else len(case.visits)
        if not 1 <= number <= len(case.visits):
            raise UsageError(f"the case has {len(case.visits)} visit(s): --visit should be 1 to {len(case.visits)}")
        handout = Handout.of_visit(case, number - 1, data)
    else:
        handout = Handout.of_drawing(parse_pain(args.pain, data.atlas, data.migrations), [], data, dt.date.today())
    if args.muscle is not None:
        targets = [_target(name, handout.pain, data) for name in args.muscle]
        handout = dataclasses.replace(handout, targets=tuple(dict.fromkeys(targets)))
    if not handout.pain and not handout.targets:
        raise UsageError("nothing to hand out: the drawing is empty and no muscle is named")
    options = saved_options(QSettings("bodymap", "bodymap"))
    changes = {"paper": Paper(args.paper) if args.paper else None, "clinic": args.clinic, "progress": args.progress}
    options = dataclasses.replace(options, **{k: v for k, v in changes.items() if v is not None})
    if args.logo is not None:
        options = dataclasses.replace(options, logo=Path(args.logo) if args.logo else None)
    pages = HandoutPages(handout, data, options)
    for problem in pages.problems:
        print(f"bodymap handout: {problem}", file=sys.stderr)
    try:
        written = pages.write(output)
    except PageError as exc:
        print(f"bodymap handout: {exc}", file=sys.stderr)
        return EXIT_DATA
    shown = "; ".join(target_title(t, data) for t in handout.targets) or "no muscles"
    pages_words = f"{pages.page_count} page{'s' if pages.page_count != 1 else ''}"
    print(f"wrote {', '.join(str(p) for p in written)} ({pages_words}): {shown}")
    return EXIT_OK


def _target(name: str, pain: Mapping[str, PainMark], data: loading.LoadedData) -> Target:
    """``"upper trapezius"`` or ``upper_trapezius=left`` -> the muscle on its side (without one: the side that
    explains the drawing best)."""
    from bodymap.export.handout import likeliest_side

    head, sep, tail = name.rpartition("=")
    muscle_name, side = (head, tail.strip().lower()) if sep else (name, "")
    if side not in ("", "left", "right"):
        raise UsageError(f"'{name}': the side after '=' should be left or right")
    muscle = data.catalog.muscles.get(muscle_name) or data.catalog.find_muscle(muscle_name)
    if muscle is None:
        raise UsageError(f"no muscle is called '{muscle_name}' ('bodymap muscles' lists them)")
    return Target(muscle.id, Side(side) if side else likeliest_side(muscle.id, pain, data))


def _case(args: argparse.Namespace, data: loading.LoadedData) -> int:
    """``bodymap case show|suggest FILE``: a case file read as the window reads it; a bad file exits 1."""
    try:
        case = loads(read_file(Path(args.file)), data.atlas, data.catalog, data.migrations)
    except CaseFileError as exc:
        print(f"bodymap case: {args.file}: {exc}", file=sys.stderr)
        return EXIT_DATA
    if args.case_command == "show":
        if args.json:
            sys.stdout.write(dumps(case, __version__, data.migrations.atlas_version).decode())
        else:
            print(describe_case(case, data, Path(args.file).name))
        return EXIT_OK
    if args.top < 1:
        raise UsageError("--top should be at least 1")
    number = len(case.visits) if args.visit is None else args.visit
    if not 1 <= number <= len(case.visits):
        raise UsageError(f"--visit should be from 1 to {len(case.visits)}: the case has {len(case.visits)} visit(s)")
    visit = case.visits[number - 1]
    if not args.json:
        print(f"Visit {number} of {len(case.visits)}, {visit.date:%d %b %Y}")
    return _print_ranking(visit.pain, data, args.top, args.json)


def _study(args: argparse.Namespace, data: loading.LoadedData) -> int:
    from bodymap.core.study.items import find_group, study_groups
    from bodymap.export.anki import ExportError, deck_bytes, deck_trigger_points

    output = Path(args.output)
    if output.suffix.lower() != ".apkg":
        raise UsageError(f"an Anki deck is an .apkg file, not '{output.name}'")
    if not output.parent.is_dir():
        raise UsageError(f"there is no folder {output.parent} to write the deck in")
    groups = []
    for name in args.region or []:
        group = find_group(name, data.catalog)
        if group is None:
            raise UsageError(f"there is no body region '{name}'; they are: {', '.join(study_groups(data.catalog))}")
        groups.append(group)
    count = len(deck_trigger_points(data, groups))
    print(f"drawing {count} trigger point{'s' if count != 1 else ''}...", file=sys.stderr)
    try:
        output.write_bytes(deck_bytes(data, groups))
    except ExportError as exc:
        print(f"bodymap study export-anki: {exc}", file=sys.stderr)
        return EXIT_DATA
    except OSError as exc:
        print(f"bodymap study export-anki: cannot write {output}: {exc.strerror}", file=sys.stderr)
        return EXIT_DATA
    print(f"wrote {output}")
    return EXIT_OK


COMMANDS = {
    "case": _case,
    "suggest": _suggest,
    "regions": _regions,
    "muscles": _muscles,
    "conditions": _conditions,
    "guidance": _guidance,
    "render": _render,
    "handout": _handout,
    "study": _study,
}
