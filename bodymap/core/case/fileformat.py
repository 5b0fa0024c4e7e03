"""The case file (``.bodymap``): JSON text, one case per file.

    {"format": "bodymap case", "format_version": 1, "app_version": "0.1.0", "atlas_version": 1,
     "patient_label": "Case 12",
     "visits": [{"date": "2026-11-30", "pain_score": 6,
                 "pain": [{"region": "right_temple", "intensity": 7, "quality": "aching"}],
                 "plan": [{"muscle": "upper_trapezius", "side": "right"}],
                 "findings": [{"muscle": "upper_trapezius", "side": "right", "trigger_point": "active",
                               "twitch": true, "familiar_pain": true, "note": ""}],
                 "treatments": [{"muscle": "upper_trapezius", "side": "right", "technique": "dry_needling",
                                 "response": "twitch, eased to 3/10"}],
                 "notes": ""}]}

Reading is strict and bounded: a file that is too large, nested too deeply, not JSON, of another kind, from a newer
format version, or holding a value of the wrong type or an id the data does not know, is refused with a message
naming the problem (and its place in the file); nothing is ever half-read.  Region ids written on an older atlas are
carried to today's through the data's migration table; muscles renamed since are too.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from bodymap.core.body.atlas import Atlas, Side
from bodymap.core.body.painmap import PainMap, PainMark, Quality
from bodymap.core.case.model import MAX_SCORE, Case, Finding, Target, Technique, Treatment, TriggerPointResult, Visit
from bodymap.core.clinic.catalog import Catalog
from bodymap.core.data.migrations import Migrations
from bodymap.core.data.reading import ReadError, read_bytes

KIND = "bodymap case"
FORMAT_VERSION = 1
SUFFIX = ".bodymap"
MAX_BYTES = 16 * 1024 * 1024  # a case of a hundred visits is well under 1 MB
MAX_TEXT = 100_000  # characters in one note
MAX_VISITS = 10_000
SHOWN_PROBLEMS = 10

# format version -> the step that turns a document of that version into one of the next; none yet, as version 1 is
# the first.  A step takes and returns the parsed JSON document.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

E = TypeVar("E")


class CaseFileError(Exception):
    """The file cannot be opened as a case; the message says why, in sentences."""


def dumps(case: Case, app_version: str, atlas_version: int) -> bytes:
    """The case as the bytes of a ``.bodymap`` file (stable: the same case always gives the same bytes)."""
    document = {
        "format": KIND,
        "format_version": FORMAT_VERSION,
        "app_version": app_version,
        "atlas_version": atlas_version,
        "patient_label": case.label,
        "visits": [_visit_json(v) for v in case.visits],
    }
    return (json.dumps(document, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def _target_json(target: Target) -> dict[str, Any]:
    return {"muscle": target.muscle, "side": target.side.value}


def _visit_json(visit: Visit) -> dict[str, Any]:
    return {
        "date": visit.date.isoformat(),
        "pain_score": visit.pain_score,
        "pain": [
            {"region": rid, "intensity": mark.intensity, "quality": mark.quality.value if mark.quality else None}
            for rid, mark in visit.pain.items()
        ],
        "plan": [_target_json(t) for t in visit.plan],
        "findings": [
            {
                **_target_json(target),
                "trigger_point": f.result.value,
                "twitch": f.twitch,
                "familiar_pain": f.familiar_pain,
                "note": f.note,
            }
            for target, f in visit.findings.items()
        ],
        "treatments": [
            {**_target_json(t.target), "technique": t.technique.value, "response": t.response} for t in visit.treatments
        ],
        "notes": visit.notes,
    }


# ------------------------------------------------------------------------------------------------------ reading


def loads(raw: bytes, atlas: Atlas, catalog: Catalog, migrations: Migrations) -> Case:
    """Read a ``.bodymap`` file's bytes; raise :class:`CaseFileError` saying every problem found."""
    if len(raw) > MAX_BYTES:
        raise CaseFileError(
            f"the file is {len(raw) / 1e6:.0f} MB, far larger than a case can be; it is not a case file"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CaseFileError(
            f"the file is not text (byte {exc.start + 1} is not UTF-8); it is not a case file"
        ) from None
    if not text.strip():
        raise CaseFileError("the file is empty")
    try:
        document = json.loads(text, object_pairs_hook=_no_repeated_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise CaseFileError(f"line {exc.lineno}: the file is damaged or not a case file ({exc.msg})") from None
    except RecursionError:
        raise CaseFileError("the file is nested far too deeply to be a case file") from None
    except ValueError as exc:  # a repeated key or a non-number constant
        raise CaseFileError(str(exc)) from None
    return _Reader(atlas, catalog, migrations).case(_upgraded(document))


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"the key '{key}' is given twice in the same place")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"'{name}' is not a number a case file can hold")


def _upgraded(document: Any) -> dict[str, Any]:
    if not isinstance(document, dict) or document.get("format") != KIND:
        raise CaseFileError("this is not a bodymap case file (it does not say 'format': 'bodymap case')")
    version = document.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise CaseFileError("the file's format_version should be a whole number from 1")
    if version > FORMAT_VERSION:
        raise CaseFileError(
            f"the file was written in case format {version} by a newer bodymap; this one reads format "
            f"{FORMAT_VERSION} and older. Open it with a bodymap that reads format {version}."
        )
    while version < FORMAT_VERSION:
        document = UPGRADES[version](document)
        version += 1
        document["format_version"] = version
    return dict(document)


class _Reader:
    """Checks a parsed document field by field, collecting a sentence per problem, with where it is."""

    def __init__(self, atlas: Atlas, catalog: Catalog, migrations: Migrations) -> None:
        self.atlas = atlas
        self.catalog = catalog
        self.migrations = migrations
        self.problems: list[str] = []
        self.drawn_on = migrations.atlas_version

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}" if where else message)

    def case(self, document: dict[str, Any]) -> Case:
        self.only(document, "", "format", "format_version", "app_version", "atlas_version", "patient_label", "visits")
        atlas_version = document.get("atlas_version", self.migrations.atlas_version)
        if isinstance(atlas_version, bool) or not isinstance(atlas_version, int) or atlas_version < 1:
            self.problem("", "'atlas_version' should be a whole number from 1")
        else:
            self.drawn_on = atlas_version
        self.text(document.get("app_version", ""), "", "app_version")
        label = self.text(document.get("patient_label", ""), "", "patient_label")
        raw_visits = document.get("visits")
        visits = []
        if not isinstance(raw_visits, list):
            self.problem("", "'visits' should be a list of visits")
        elif len(raw_visits) > MAX_VISITS:
            self.problem("", f"{len(raw_visits)} visits are far more than a case can hold")
        else:
            visits = [v for i, item in enumerate(raw_visits) if (v := self.visit(item, f"visit {i + 1}")) is not None]
        if isinstance(raw_visits, list) and not raw_visits:
            self.problem("", "a case holds at least one visit")
        if self.problems:
            count = len(self.problems)
            shown = "\n".join(self.problems[:SHOWN_PROBLEMS])
            more = f"\n... and {count - SHOWN_PROBLEMS} more" if count > SHOWN_PROBLEMS else ""
            raise CaseFileError(f"the file has {count} problem{'s' if count != 1 else ''}:\n{shown}{more}")
        return Case(label, visits)

    # ------------------------------------------------------------------------------------------ helpers

    def only(self, block: dict[str, Any], where: str, *allowed: str) -> None:
        for key in block:
            if key not in allowed:
                self.problem(where, f"unknown field '{key}' (known: {', '.join(allowed)})")

    def block(self, value: Any, where: str) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.problem(where, "should be a block of named fields")
            return None
        return value

    def items(self, block: dict[str, Any], key: str, where: str) -> list[Any]:
        value = block.get(key, [])
        if not isinstance(value, list):
            self.problem(where, f"'{key}' should be a list")
            return []
        return value

    def text(self, value: Any, where: str, key: str) -> str:
        if not isinstance(value, str):
            self.problem(where, f"'{key}' should be text")
            return ""
        if len(value) > MAX_TEXT:
            self.problem(where, f"'{key}' is {len(value):,} characters long, more than a case file holds")
            return ""
        return value

    def flag(self, block: dict[str, Any], key: str, where: str) -> bool:
        value = block.get(key, False)
        if not isinstance(value, bool):
            self.problem(where, f"'{key}' should be true or false")
            return False
        return value

    def score(self, value: Any, where: str, key: str, low: int = 0) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= MAX_SCORE:
            self.problem(where, f"'{key}' should be a whole number from {low} to {MAX_SCORE}")
            return None
        return value

    def choice(self, value: Any, enum: type[E], where: str, key: str) -> E | None:
        for member in enum:  # type: ignore[attr-defined]
            if member.value == value:
                return member  # type: ignore[no-any-return]
        options = ", ".join(str(m.value) for m in enum)  # type: ignore[attr-defined]
        self.problem(where, f"'{key}' is {json.dumps(value)[:40]}; it should be one of: {options}")
        return None

    # ------------------------------------------------------------------------------------------ a visit

    def visit(self, item: Any, where: str) -> Visit | None:
        block = self.block(item, where)
        if block is None:
            return None
        self.only(block, where, "date", "pain_score", "pain", "plan", "findings", "treatments", "notes")
        date = self.date(block.get("date"), where)
        if date is not None:
            where = f"{where} ({date.isoformat()})"
        score = block.get("pain_score")
        pain_score = None if score is None else self.score(score, where, "pain_score")
        pain = self.pain(block, where)
        raw_plan = self.items(block, "plan", where)
        plan = tuple(t for i, raw in enumerate(raw_plan) if (t := self.target(raw, f"{where}, plan item {i + 1}")))
        findings: dict[Target, Finding] = {}
        for i, raw in enumerate(self.items(block, "findings", where)):
            at = f"{where}, finding {i + 1}"
            found = self.finding(raw, at)
            if found is None:
                continue
            target, finding = found
            if target in findings:
                self.problem(at, f"'{target.muscle}' ({target.side.value}) has a second finding in this visit")
            findings[target] = finding
        raw_treatments = self.items(block, "treatments", where)
        treatments = tuple(
            done for i, raw in enumerate(raw_treatments) if (done := self.treatment(raw, f"{where}, treatment {i + 1}"))
        )
        notes = self.text(block.get("notes", ""), where, "notes")
        if date is None:
            return None
        return Visit(date, pain, pain_score, plan, findings, treatments, notes)

    def date(self, value: Any, where: str) -> dt.date | None:
        if isinstance(value, str) and len(value) == len("YYYY-MM-DD"):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        self.problem(where, "'date' should be a date written as YYYY-MM-DD")
        return None

    def pain(self, block: dict[str, Any], where: str) -> PainMap:
        marks: dict[str, PainMark] = {}
        written: set[str] = set()
        for i, raw in enumerate(self.items(block, "pain", where)):
            at = f"{where}, pain mark {i + 1}"
            mark = self.block(raw, at)
            if mark is None:
                continue
            self.only(mark, at, "region", "intensity", "quality")
            region = mark.get("region")
            intensity = self.score(mark.get("intensity"), at, "intensity")
            quality = None if mark.get("quality") is None else self.choice(mark.get("quality"), Quality, at, "quality")
            if not isinstance(region, str):
                self.problem(at, "'region' should be a region id")
                continue
            ids = self.migrations.region_ids(region, self.drawn_on)
            unknown = [rid for rid in ids if rid not in self.atlas.regions]
            if unknown:
                self.problem(at, f"region '{region}' is not in today's body atlas{self.atlas.did_you_mean(region)}")
                continue
            if region in written:
                self.problem(at, f"region '{region}' is marked twice")
            written.add(region)
            if intensity is None:
                continue
            for rid in ids:  # regions merged since the drawing keep the stronger of their marks
                if rid not in marks or intensity > marks[rid].intensity:
                    marks[rid] = PainMark(intensity, quality)
        return PainMap(marks)

    def target(self, raw: Any, where: str, *extra: str) -> Target | None:
        block = self.block(raw, where)
        if block is None:
            return None
        self.only(block, where, "muscle", "side", *extra)
        muscle = block.get("muscle")
        side = self.choice(block.get("side"), Side, where, "side")
        if not isinstance(muscle, str):
            self.problem(where, "'muscle' should be a muscle id")
            return None
        today = self.migrations.muscle_id(muscle)
        if today not in self.catalog.muscles:
            self.problem(where, f"muscle '{muscle}' is not in today's data")
            return None
        if side is None:
            return None
        if side is Side.MIDLINE:
            self.problem(where, "'side' should be right or left")
            return None
        return Target(today, side)

    def finding(self, raw: Any, where: str) -> tuple[Target, Finding] | None:
        target = self.target(raw, where, "trigger_point", "twitch", "familiar_pain", "note")
        if target is None:
            return None
        block: dict[str, Any] = raw
        result = self.choice(block.get("trigger_point"), TriggerPointResult, where, "trigger_point")
        twitch = self.flag(block, "twitch", where)
        familiar = self.flag(block, "familiar_pain", where)
        note = self.text(block.get("note", ""), where, "note")
        return (target, Finding(result, twitch, familiar, note)) if result is not None else None

    def treatment(self, raw: Any, where: str) -> Treatment | None:
        target = self.target(raw, where, "technique", "response")
        if target is None:
            return None
        block: dict[str, Any] = raw
        technique = self.choice(block.get("technique"), Technique, where, "technique")
        response = self.text(block.get("response", ""), where, "response")
        return Treatment(target, technique, response) if technique is not None else None


def read_file(path: Path) -> bytes:
    """The bytes of the case file at ``path``: only a regular file of a case's size is read (a device, a pipe or a
    huge file is refused before reading, so opening never hangs or fills the memory)."""
    try:
        return read_bytes(path, MAX_BYTES)
    except ReadError as exc:
        raise CaseFileError(str(exc)) from None
