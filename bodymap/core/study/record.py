"""The student's record: every answer given, and what the scheduler knows of each item studied.

It is a small JSON document with a format name and a ``format_version``; this version reads version 1 and refuses a
newer one with a readable message.  Reading checks everything and says, in a sentence, what is wrong with a damaged
record; writing is the caller's (the window saves it atomically after each answer).  Each study profile has its
own record, so a damaged file costs one student's history, not everybody's.

    {
      "format": "bodymap study record",
      "format_version": 1,
      "profile": "Ana",
      "created": "2025-03-01T09:12:00+00:00",
      "memory": {
        "name/infraspinatus_1": {"stage": "learning", "step": 1, "stability": 2.3, "difficulty": 2.1,
                                 "due": "2025-03-01T09:22:40+00:00", "last_review": "2025-03-01T09:12:40+00:00"}
      },
      "answers": [
        {"at": "2025-03-01T09:12:40+00:00", "item": "name/infraspinatus_1", "side": "right", "score": 1.0,
         "given": "Infraspinatus"}
      ]
    }
"""

from __future__ import annotations

import json
import math
import urllib.parse
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from typing import Any, TypeVar

from bodymap.core.body.atlas import Side
from bodymap.core.study.items import Item
from bodymap.core.study.schedule import Memory, Scheduler, Stage

FORMAT = "bodymap study record"
FORMAT_VERSION = 1
SUFFIX = ".json"
SHOWN_PROBLEMS = 3


class RecordError(Exception):
    """The record cannot be read; the message says why in a sentence."""


class NewerRecordError(RecordError):
    """The record was written by a newer version of bodymap: it is not damaged, and must not be touched."""


@dataclass(frozen=True)
class Answer:
    at: datetime
    item: Item
    side: Side
    score: float  # 0 to 1
    given: str  # the student's answer in words


@dataclass
class StudyRecord:
    profile: str
    created: datetime
    memory: dict[Item, Memory] = field(default_factory=dict)
    answers: list[Answer] = field(default_factory=list)

    def answered(self, answer: Answer, scheduler: Scheduler) -> Memory:
        """Keep ``answer`` and schedule its item again; return the item's new memory."""
        memory = scheduler.review(self.memory.get(answer.item), answer.score, answer.at)
        self.answers.append(answer)
        self.memory[answer.item] = memory
        return memory


# --------------------------------------------------------------------------------------------- file names


def file_name(profile: str) -> str:
    """The record's file name for ``profile``: the name itself, with what a file name cannot hold escaped (and a
    leading dot, which would hide the file)."""
    quoted = urllib.parse.quote(profile, safe=" -_()'.")
    return ("%2E" + quoted[1:] if quoted.startswith(".") else quoted) + SUFFIX


def profile_of(name: str) -> str | None:
    """The profile whose record is called ``name``; None for another file."""
    if not name.endswith(SUFFIX) or name.startswith("."):
        return None
    return urllib.parse.unquote(name.removesuffix(SUFFIX)) or None


# ---------------------------------------------------------------------------------------------- writing


def _time(at: datetime) -> str:
    return at.astimezone(UTC).isoformat()


def _memory_json(memory: Memory) -> dict[str, Any]:
    return {
        "stage": memory.stage.value,
        "step": memory.step,
        "stability": memory.stability,
        "difficulty": memory.difficulty,
        "due": _time(memory.due),
        "last_review": _time(memory.last_review) if memory.last_review else None,
    }


def _answer_json(answer: Answer) -> dict[str, Any]:
    return {
        "at": _time(answer.at),
        "item": answer.item.key,
        "side": answer.side.value,
        "score": answer.score,
        "given": answer.given,
    }


def to_bytes(record: StudyRecord) -> bytes:
    """The record as UTF-8 JSON, one item and one answer a line (readable, and kind to line-based tools)."""

    def line(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    memory = [f"    {line(item.key)}: {line(_memory_json(m))}" for item, m in sorted(record.memory.items(),
              key=lambda kv: kv[0].key)]  # fmt: skip
    answers = [f"    {line(_answer_json(a))}" for a in record.answers]
    text = "\n".join(
        [
            "{",
            f'  "format": {line(FORMAT)},',
            f'  "format_version": {FORMAT_VERSION},',
            f'  "profile": {line(record.profile)},',
            f'  "created": {line(_time(record.created))},',
            '  "memory": {' + ("\n" + ",\n".join(memory) + "\n  }," if memory else "},"),
            '  "answers": [' + ("\n" + ",\n".join(answers) + "\n  ]" if answers else "]"),
            "}",
            "",
        ]
    )
    return text.encode("utf-8")


# ---------------------------------------------------------------------------------------------- reading

E = TypeVar("E", bound=Enum)


class _Reader:
    """Reads the JSON's fields, noting each problem with where it is, so that a damaged record is described."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}" if where else message)

    def fields(self, value: Any, where: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> bool:
        if not isinstance(value, dict):
            self.problem(where, "should be a set of fields in braces")
            return False
        missing = [k for k in required if k not in value]
        unknown = [k for k in value if k not in required and k not in optional]
        for key in missing:
            self.problem(where, f"'{key}' is missing")
        for key in unknown:
            self.problem(where, f"'{key}' is not a field of a study record")
        return not missing

    def text(self, value: Any, where: str) -> str:
        if not isinstance(value, str):
            self.problem(where, "should be text")
            return ""
        return value

    def time(self, value: Any, where: str) -> datetime:
        try:
            at = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            at = None
        if at is None or at.tzinfo is None:
            self.problem(where, f"{json.dumps(value)} is not a date and time with its time zone")
            return datetime.fromtimestamp(0, UTC)
        return at.astimezone(UTC)

    def number(self, value: Any, where: str, low: float, high: float, optional: bool = False) -> float | None:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            self.problem(where, "should be a number")
            return None
        if not low <= value <= high:
            self.problem(where, f"{value} should be from {low:g} to {high:g}")
            return None
        return float(value)

    def choice(self, value: Any, where: str, kind: type[E]) -> E | None:
        try:
            return kind(value)
        except ValueError:
            names = ", ".join(str(e.value) for e in kind)
            self.problem(where, f"{json.dumps(value)} should be one of: {names}")
            return None

    def item(self, value: Any, where: str) -> Item | None:
        try:
            return Item.from_key(value) if isinstance(value, str) else None
        except ValueError:
            pass
        self.problem(where, f'{json.dumps(value)} is not a study item (such as "name/infraspinatus_1")')
        return None


def from_bytes(content: bytes) -> StudyRecord:
    """Read a record; raise :class:`RecordError` saying what is wrong with a damaged one, or
    :class:`NewerRecordError` for one that a newer bodymap wrote."""
    try:
        raw = json.loads(content.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise RecordError(f"it is not text (byte {exc.start} cannot be read as UTF-8)") from exc
    except json.JSONDecodeError as exc:
        raise RecordError(f"it is not valid JSON: line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise RecordError(f'it is not a bodymap study record (it has no "format": "{FORMAT}")')
    version = raw.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise NewerRecordError(
            f"it was written by a newer bodymap (record format {version}; this one reads format {FORMAT_VERSION}): "
            "update bodymap to open it"
        )
    if version != FORMAT_VERSION:
        raise RecordError(f"its format_version {json.dumps(version)} is not one this bodymap knows")
    reader = _Reader()
    record = _record(raw, reader)
    if reader.problems or record is None:
        shown = "; ".join(reader.problems[:SHOWN_PROBLEMS])
        more = f" (and {len(reader.problems) - SHOWN_PROBLEMS} more)" if len(reader.problems) > SHOWN_PROBLEMS else ""
        raise RecordError(f"it is damaged: {shown}{more}")
    return record


def _record(raw: dict[str, Any], r: _Reader) -> StudyRecord | None:
    if not r.fields(raw, "", ("format", "format_version", "profile", "created", "memory", "answers")):
        return None
    record = StudyRecord(r.text(raw["profile"], "profile"), r.time(raw["created"], "created"))
    memory = raw["memory"]
    if not isinstance(memory, dict):
        r.problem("memory", "should be a set of fields in braces")
        memory = {}
    for key, value in memory.items():
        item = r.item(key, "memory")
        remembered = _memory(value, f"memory of {key}", r)
        if item is not None and remembered is not None:
            record.memory[item] = remembered
    answers = raw["answers"]
    if not isinstance(answers, list):
        r.problem("answers", "should be a list in brackets")
        answers = []
    for number, value in enumerate(answers, start=1):
        answer = _answer(value, f"answer {number}", r)
        if answer is not None:
            record.answers.append(answer)
    return record


def _memory(value: Any, where: str, r: _Reader) -> Memory | None:
    if not r.fields(value, where, ("stage", "step", "stability", "difficulty", "due", "last_review")):
        return None
    step = value["step"]
    if step is not None and (isinstance(step, bool) or not isinstance(step, int) or step < 0):
        r.problem(where, "'step' should be a whole number from 0, or null")
    return Memory(
        stage=r.choice(value["stage"], f"{where}, stage", Stage) or Stage.LEARNING,
        step=step if isinstance(step, int) else None,
        stability=r.number(value["stability"], f"{where}, stability", 0, 1e6, optional=True),
        difficulty=r.number(value["difficulty"], f"{where}, difficulty", 0, 10, optional=True),
        due=r.time(value["due"], f"{where}, due"),
        last_review=r.time(value["last_review"], f"{where}, last_review") if value["last_review"] else None,
    )


def _answer(value: Any, where: str, r: _Reader) -> Answer | None:
    if not r.fields(value, where, ("at", "item", "side", "score", "given")):
        return None
    item = r.item(value["item"], f"{where}, item")
    side = r.choice(value["side"], f"{where}, side", Side)
    score = r.number(value["score"], f"{where}, score", 0, 1)
    at = r.time(value["at"], f"{where}, at")
    given = r.text(value["given"], f"{where}, given")
    if item is None or side is None or score is None:
        return None
    return Answer(at, item, side, score, given)
