"""How well `bodymap suggest` answers the reference pain guides: evaluate.py [--cases FILE] [--json] [--verbose]

Each case of tests/evaluation/cases.yaml is a pain area from the pain guides of the Trigger Point Manual: the
regions a patient would mark and the muscles the guide lists, the most frequent first.  The marked regions are
ranked exactly as `bodymap suggest` ranks them, and for each case the table shows where the guide's first muscle
comes among the candidates (a candidate is a muscle on one side, or on either when the drawing cannot tell the
sides apart; the case's muscles are on the patient's right, or on either side when everything marked is on the
midline).  The totals:

* hit@k: the share of cases whose guide's first muscle is among the first k candidates (k = 1, 3, 5);
* recall@5: the share of the guide's listed muscles found among the first 5 candidates, averaged over cases.

A case naming a muscle or region that the data does not have yet counts as a miss (hit@k and recall@5 zero) and
is listed at the end.  Exit status: 0 after a report, 1 when the cases file or the data files have problems
(each reported as file:line: error: sentence), 2 when the cases file cannot be found.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import Any

from bodymap.cli import reader_gone
from bodymap.core.body.atlas import Atlas, Side
from bodymap.core.body.painmap import PainMark
from bodymap.core.clinic.ranking import Candidate, rank
from bodymap.core.data import loading, yamlfile
from bodymap.core.data.fields import Fields
from bodymap.core.data.problems import DataError, Problem, ProblemLog

DEFAULT_CASES = Path(__file__).resolve().parent.parent / "tests" / "evaluation" / "cases.yaml"
HIT_AT = (1, 3, 5)
RECALL_AT = 5
GUIDES = ("ts_vol1", "ts_vol2")  # the volumes whose pain guides the cases come from
EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2
_ID = re.compile(r"[a-z][a-z0-9_]*")


class Kind(Enum):
    HEADING = "heading"  # one heading of a pain guide
    COMBINED = "combined"  # several areas, the whole of one muscle's typical pattern


@dataclass(frozen=True)
class Case:
    id: str
    title: str
    kind: Kind
    regions: tuple[str, ...]
    muscles: tuple[str, ...]  # in the guide's order
    source_ref: str
    source_where: str
    line: int
    atlas_version: int = 1  # the atlas its region ids were written for (data/migrations.yaml carries them on)


class CasesError(Exception):
    """The cases file is malformed; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


# ------------------------------------------------------------------------------------------- the cases file


def read_cases(path: Path, name: str | None = None) -> list[Case]:
    """The cases in ``path``; raises :class:`CasesError` listing every problem, or OSError if it cannot be read."""
    file = name or str(path)
    log = ProblemLog()
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CasesError([Problem(file, None, f"cannot read the file ({exc})")]) from exc
    raw = yamlfile.load(text, file, log)
    if raw is None and log.errors:
        raise CasesError(log.errors)
    top = Fields(raw, "the cases file", file, log, line=1)
    top.only("atlas_version", "cases")
    # the cases were written before the atlas had versions: its first version, unless the file says otherwise
    atlas_version = round(top.number("atlas_version", 1, 1_000_000, required=False, default=1))
    cases: list[Case] = []
    lines: dict[str, int] = {}
    for block, line in top.blocks("cases", required=top.ok):
        case = _case(block, line, file, log)
        if case is None:
            continue
        case = replace(case, atlas_version=atlas_version)
        if case.id in lines:
            log.error(file, case.line, f"case id '{case.id}' is used twice (first at line {lines[case.id]})")
        lines.setdefault(case.id, case.line)
        cases.append(case)
    if top.ok and "cases" in top.block and not cases and not log.errors:
        top.error(top.line_of("cases"), "the cases file lists no case")
    if log.errors:
        raise CasesError(log.errors)
    return cases


def _case(block: Any, line: int, file: str, log: ProblemLog) -> Case | None:
    f = Fields(block, "a case", file, log, line=line)
    if not f.ok:
        return None
    cid = f.text("id")
    f.what = f"case '{cid}'" if cid else f"the case at line {f.line}"
    f.only("id", "title", "kind", "regions", "muscles", "source")
    if cid and not _ID.fullmatch(cid):
        f.error(f.line_of("id"), f"case id '{cid}' should be snake_case (lower-case letters, digits and '_')")
    regions = _ids(f, "regions", "region")
    for rid, rline in regions:
        if rid.startswith("left_"):
            right = "right_" + rid.removeprefix("left_")
            f.error(rline, f"cases are written for the patient's right: use '{right}' instead of '{rid}' in {f.what}")
    muscles = _ids(f, "muscles", "muscle")
    ref = where = ""
    if f.block.get("source") is None:
        f.error(f.line, f"{f.what} is missing 'source'")
    else:
        source = Fields(f.block["source"], f"the source of {f.what}", file, log, line=f.line_of("source"))
        source.only("ref", "where")
        ref, where = source.text("ref"), source.text("where")
        if ref and ref not in GUIDES:
            source.error(source.line_of("ref"), f"source '{ref}' of {f.what} should be one of: {', '.join(GUIDES)}")
    return Case(
        id=cid,
        title=f.text("title"),
        kind=f.choice("kind", Kind, required=False) or Kind.HEADING,
        regions=tuple(r for r, _ in regions),
        muscles=tuple(m for m, _ in muscles),
        source_ref=ref,
        source_where=where,
        line=f.line,
    )


def _ids(f: Fields, key: str, what: str) -> tuple[tuple[str, int], ...]:
    """A non-empty list of snake_case ids without repeats."""
    items = f.text_list(key, required=True)
    if f.ok and key in f.block and isinstance(f.block[key], list) and not f.block[key]:
        f.error(f.line_of(key), f"'{key}' of {f.what} is empty")
    seen: set[str] = set()
    for item, line in items:
        if not _ID.fullmatch(item):
            f.error(line, f"'{item}' in '{key}' of {f.what} is not a {what} id (snake_case)")
        elif item in seen:
            f.error(line, f"{what} '{item}' is listed twice in {f.what}")
        seen.add(item)
    return items


# ------------------------------------------------------------------------------------------------ evaluation


@dataclass(frozen=True)
class Result:
    case: Case
    marked: tuple[str, ...]  # the case's regions carried to today's atlas: what is ranked
    missing_regions: tuple[str, ...]  # named by the case, absent from the data
    missing_muscles: tuple[str, ...]
    ranks: dict[str, int | None]  # each listed muscle -> its place among the candidates (1 = first), or None
    candidates: tuple[Candidate, ...]  # the first RECALL_AT, as `bodymap suggest` lists them
    sides: frozenset[Side]  # the sides a listed muscle may be on to count

    @property
    def complete(self) -> bool:
        return not self.missing_regions and not self.missing_muscles

    @property
    def first_muscle(self) -> str:
        return self.case.muscles[0]

    @property
    def first_rank(self) -> int | None:
        return self.ranks[self.first_muscle]

    def hit(self, k: int) -> bool:
        return self.complete and self.first_rank is not None and self.first_rank <= k

    @property
    def found(self) -> tuple[str, ...]:
        """The listed muscles among the first RECALL_AT candidates."""
        return tuple(m for m in self.case.muscles if (r := self.ranks[m]) is not None and r <= RECALL_AT)

    @property
    def recall(self) -> float:
        return len(self.found) / len(self.case.muscles) if self.complete else 0.0


def evaluate(case: Case, data: loading.LoadedData) -> Result:
    """Rank the case's regions as `bodymap suggest` does, and find the guide's muscles among the candidates.

    The case's region ids are carried to today's atlas as a saved drawing's are: a region split since the case was
    written marks every part."""
    atlas, catalog = data.atlas, data.catalog
    today = {r: data.migrations.region_ids(r, case.atlas_version) for r in case.regions}
    known = list(dict.fromkeys(t for ids in today.values() for t in ids if t in atlas.regions))
    pain = {r: PainMark() for r in known}
    ranked = rank(pain, atlas, catalog) if pain else []
    sides = _sides(known, atlas)
    ranks: dict[str, int | None] = dict.fromkeys(case.muscles)
    for place, candidate in enumerate(ranked, 1):
        mid = candidate.muscle.id
        if mid in ranks and ranks[mid] is None and (candidate.side in sides or candidate.either_side):
            ranks[mid] = place
    return Result(
        case=case,
        marked=tuple(known),
        missing_regions=tuple(r for r, ids in today.items() if not all(t in atlas.regions for t in ids)),
        missing_muscles=tuple(m for m in case.muscles if m not in catalog.muscles),
        ranks=ranks,
        candidates=tuple(ranked[:RECALL_AT]),
        sides=sides,
    )


def _sides(regions: Sequence[str], atlas: Atlas) -> frozenset[Side]:
    """The patient's right; either side when the drawing is its own mirror image (all on the midline, or the same
    areas on both sides), where left and right are alike."""
    if set(regions) != {atlas.mirror(r) for r in regions}:
        return frozenset({Side.RIGHT})
    return frozenset({Side.RIGHT, Side.LEFT})


def totals(results: Sequence[Result]) -> dict[str, Any]:
    n = len(results)
    out: dict[str, Any] = {"cases": n}
    for k in HIT_AT:
        out[f"hit_at_{k}"] = round(sum(r.hit(k) for r in results) / n, 4) if n else 0.0
    out[f"recall_at_{RECALL_AT}"] = round(sum(r.recall for r in results) / n, 4) if n else 0.0
    return out


def missing(results: Sequence[Result]) -> dict[str, dict[str, list[str]]]:
    """Ids the cases name that the data lacks: kind -> id -> the cases naming it."""
    out: dict[str, dict[str, list[str]]] = {"muscles": {}, "regions": {}}
    for r in results:
        for mid in r.missing_muscles:
            out["muscles"].setdefault(mid, []).append(r.case.id)
        for rid in r.missing_regions:
            out["regions"].setdefault(rid, []).append(r.case.id)
    return {kind: dict(sorted(ids.items())) for kind, ids in out.items()}


# -------------------------------------------------------------------------------------------------- reports


def report_json(results: Sequence[Result], cases_file: str) -> dict[str, Any]:
    complete = [r for r in results if r.complete]
    return {
        "cases_file": cases_file,
        "cases": [_case_json(r) for r in results],
        "totals": totals(results),
        "complete_cases_totals": totals(complete),
        "by_kind": {kind.value: totals([r for r in results if r.case.kind is kind]) for kind in Kind},
        "missing": missing(results),
    }


def _case_json(r: Result) -> dict[str, Any]:
    return {
        "id": r.case.id,
        "title": r.case.title,
        "kind": r.case.kind.value,
        "regions": list(r.case.regions),
        "marked": list(r.marked),
        "muscles": list(r.case.muscles),
        "source": {"ref": r.case.source_ref, "where": r.case.source_where},
        "first_muscle": r.first_muscle,
        "rank": r.first_rank,
        "hits": {str(k): r.hit(k) for k in HIT_AT},
        f"recall_at_{RECALL_AT}": round(r.recall, 4),
        "found": list(r.found),
        "ranks": r.ranks,
        "complete": r.complete,
        "missing_muscles": list(r.missing_muscles),
        "missing_regions": list(r.missing_regions),
        "candidates": [
            {"muscle": c.muscle.id, "side": c.side.value, "either_side": c.either_side, "score": round(c.score, 4)}
            for c in r.candidates
        ],
    }


def print_report(results: Sequence[Result], cases_file: str, verbose: bool) -> None:
    print(f"Pain-guide cases of {cases_file}, ranked as `bodymap suggest` ranks them\n")
    case_w = max([len("case"), *(len(r.case.id) for r in results)])
    muscle_w = max([len("guide's first muscle"), *(len(r.first_muscle) for r in results)])
    marks = " ".join(f"@{k}" for k in HIT_AT)
    first = "guide's first muscle"
    print(f"{'case':{case_w}}  {first:{muscle_w}}  rank  {marks}  recall@{RECALL_AT}")
    for r in results:
        place = "-" if r.first_rank is None else str(r.first_rank)
        hits = " ".join(f"{'x' if r.hit(k) else '.':>2}" for k in HIT_AT)
        recall = f"{len(r.found)}/{len(r.case.muscles)}"
        note = "" if r.complete else "  not in the data: " + ", ".join((*r.missing_muscles, *r.missing_regions))
        print(f"{r.case.id:{case_w}}  {r.first_muscle:{muscle_w}}  {place:>4}  {hits}  {recall:>8}{note}")
        if verbose:
            _print_details(r)
    _print_totals(results)


def _print_details(r: Result) -> None:
    sides = "either side" if len(r.sides) > 1 else "the right side"
    print(f"    {r.case.title} ({r.case.source_ref}, {r.case.source_where}); muscles counted on {sides}")
    print(f"    marked: {', '.join(r.marked)}")
    top = "; ".join(f"{i}. {c.muscle.id} ({c.side_label}) {c.score:.2f}" for i, c in enumerate(r.candidates, 1))
    print(f"    first {RECALL_AT} candidates: {top or 'none'}")
    ranks = ", ".join(f"{m} {'-' if p is None else p}" for m, p in r.ranks.items())
    print(f"    guide's muscles (place among the candidates): {ranks}")


def _print_totals(results: Sequence[Result]) -> None:
    complete = [r for r in results if r.complete]
    print(f"\n{len(results)} cases, {len(complete)} complete (every muscle and region they name is in the data)\n")
    rows = [("all cases", results), ("complete cases only", complete)]
    rows += [(f"{kind.value} cases", [r for r in results if r.case.kind is kind]) for kind in Kind]
    label_w = max(len(label) for label, _ in rows)
    header = "  ".join(f"hit@{k}" for k in HIT_AT) + f"  recall@{RECALL_AT}"
    print(f"{'':{label_w}}  {'cases':>5}  {header}")
    for label, subset in rows:
        t = totals(subset)
        cells = "  ".join(f"{t[f'hit_at_{k}']:5.3f}" for k in HIT_AT)
        print(f"{label:{label_w}}  {t['cases']:5}  {cells}  {t[f'recall_at_{RECALL_AT}']:8.3f}")
    gaps = missing(results)
    if gaps["muscles"] or gaps["regions"]:
        print("\nNot in the data yet (the cases naming them count as misses):")
        for kind, ids in gaps.items():
            for name, case_ids in ids.items():
                print(f"  {kind[:-1]} {name}: {', '.join(case_ids)}")


# --------------------------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="evaluate.py", description="Rank the pain-guide cases as `bodymap suggest` does and report hit rates."
    )
    parser.add_argument("--cases", type=Path, metavar="FILE", help="the cases file (default: the evaluation set)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--verbose", action="store_true", help="show each case's first candidates and ranks")
    args = parser.parse_args(argv)
    path: Path = args.cases or DEFAULT_CASES
    name = str(args.cases) if args.cases else _shown(DEFAULT_CASES)
    try:
        cases = read_cases(path, name)
    except FileNotFoundError:
        print(f"evaluate: no such file: {name}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"evaluate: cannot read {name} ({exc.strerror or exc})", file=sys.stderr)
        return EXIT_USAGE
    except CasesError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"\n{len(exc.problems)} error(s) in the cases file.", file=sys.stderr)
        return EXIT_DATA
    try:
        data = loading.load()
    except DataError as exc:
        print(f"evaluate: the data files have problems:\n{exc}", file=sys.stderr)
        return EXIT_DATA
    results = [evaluate(case, data) for case in cases]
    try:
        if args.json:
            print(json.dumps(report_json(results, name), indent=2, ensure_ascii=False))
        else:
            print_report(results, name, args.verbose)
    except BrokenPipeError:
        return reader_gone()
    return EXIT_OK


def _shown(path: Path) -> str:
    """``path`` relative to the working folder when it lies inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return os.fspath(path)


if __name__ == "__main__":
    sys.exit(main())
