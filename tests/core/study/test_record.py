"""The student's record: written and read back whole; a damaged or newer record gives a clear error."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from bodymap.core.body.atlas import Side
from bodymap.core.study.items import Item, QuizKind
from bodymap.core.study.record import (
    FORMAT_VERSION,
    Answer,
    NewerRecordError,
    RecordError,
    StudyRecord,
    file_name,
    from_bytes,
    profile_of,
    to_bytes,
)
from bodymap.core.study.schedule import Scheduler

NOW = datetime(2025, 3, 1, 9, 0, 12, 345678, tzinfo=UTC)


@pytest.fixture
def record() -> StudyRecord:
    record = StudyRecord("Ana María", NOW)
    scheduler = Scheduler()
    answers = [
        (Item(QuizKind.NAME, "infraspinatus_1"), Side.RIGHT, 1.0, "typed 'infraspinatous', read as Infraspinatus"),
        (Item(QuizKind.DRAW, "upper_trapezius_1"), Side.LEFT, 0.4375, "painted 3 areas"),
        (Item(QuizKind.FIND, "deltoid"), Side.RIGHT, 0.21, "clicked 6 cm away"),
        (Item(QuizKind.WHERE, "supraspinatus_1"), Side.LEFT, 0.75, 'Deltoid, "Teres minor"'),
        (Item(QuizKind.NAME, "infraspinatus_1"), Side.LEFT, 0.0, "Teres minor"),
    ]
    for minutes, (item, side, score, given) in enumerate(answers):
        record.answered(Answer(NOW + timedelta(minutes=minutes), item, side, score, given), scheduler)
    return record


def test_a_record_reads_back_as_it_was_written(record):
    content = to_bytes(record)
    assert from_bytes(content) == record
    text = content.decode("utf-8")
    assert '"format_version": 1' in text
    assert "Ana María" in text  # readable, not escaped
    assert len(text.splitlines()) == 10 + len(record.memory) + len(record.answers)  # one a line


def test_an_empty_record_reads_back(record):
    empty = StudyRecord("Ana", NOW)
    assert from_bytes(to_bytes(empty)) == empty


def damaged(record: StudyRecord, change) -> bytes:
    raw = json.loads(to_bytes(record))
    change(raw)
    return json.dumps(raw).encode()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not valid JSON: line 1"),
        (b'{"format": "bodymap study record",\n "format_version": 1,\n oops}', "not valid JSON: line 3, column 2"),
        (b"\xff\xfe", "not text"),
        (b"[1, 2]", "not a bodymap study record"),
        (b'{"format": "something else"}', "not a bodymap study record"),
        (b'{"format": "bodymap study record", "format_version": "one"}', 'format_version "one"'),
    ],
)
def test_a_file_that_is_no_record_says_so(content, message):
    with pytest.raises(RecordError, match=message):
        from_bytes(content)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r["answers"][1].update(score=1.5), "answer 2, score: 1.5 should be from 0 to 1"),
        (lambda r: r["answers"][0].update(score="high"), "answer 1, score: should be a number"),
        (lambda r: r["answers"][2].update(side="up"), 'answer 3, side: "up" should be one of: right, left'),
        (lambda r: r["answers"][0].update(item="guess/x"), 'answer 1, item: "guess/x" is not a study item'),
        (lambda r: r["answers"][0].update(at="yesterday"), 'answer 1, at: "yesterday" is not a date'),
        (lambda r: r["answers"][0].update(at="2025-03-01T09:00:00"), "is not a date and time with its time zone"),
        (lambda r: r["answers"][0].pop("given"), "answer 1: 'given' is missing"),
        (lambda r: r["answers"][0].update(mood="good"), "answer 1: 'mood' is not a field"),
        (lambda r: r.update(answers={}), "answers: should be a list"),
        (lambda r: r["memory"]["find/deltoid"].update(stage="sleeping"), "memory of find/deltoid, stage"),
        (lambda r: r["memory"]["find/deltoid"].update(difficulty=11), "difficulty: 11 should be from 0 to 10"),
        (lambda r: r.pop("memory"), "'memory' is missing"),
    ],
)
def test_a_damaged_record_says_what_is_wrong(record, change, message):
    with pytest.raises(RecordError, match="damaged") as caught:
        from_bytes(damaged(record, change))
    assert message in str(caught.value)


def test_many_problems_are_summed_up(record):
    def every_score(raw):
        for answer in raw["answers"]:
            answer["score"] = -1

    with pytest.raises(RecordError, match=r"answer 1, score.*answer 3, score.* \(and 2 more\)$"):
        from_bytes(damaged(record, every_score))


def test_a_record_from_a_newer_bodymap_is_refused_not_damaged(record):
    newer = damaged(record, lambda r: r.update(format_version=FORMAT_VERSION + 1, new_field=[]))
    with pytest.raises(NewerRecordError, match=r"written by a newer bodymap .* update bodymap to open it"):
        from_bytes(newer)


@pytest.mark.parametrize("profile", ["Ana", "Ana María", "Dr. O'Neil (lab 2)", "a/b\\c:d*e?", ".hidden", "50%"])
def test_every_profile_name_makes_a_file_name_and_back(profile):
    name = file_name(profile)
    assert "/" not in name and "\\" not in name and not name.startswith(".")
    assert profile_of(name) == profile


def test_other_files_are_no_profiles():
    assert profile_of("Ana.json.damaged-20250301-090000") is None
    assert profile_of(".json") is None
    assert profile_of("notes.txt") is None
