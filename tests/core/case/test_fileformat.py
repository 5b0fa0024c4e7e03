"""The case file: what is saved opens as the same case; anything else is refused with a message, never a crash."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bodymap.core.body.atlas import Side
from bodymap.core.body.painmap import PainMap, PainMark, Quality
from bodymap.core.case.fileformat import FORMAT_VERSION, MAX_BYTES, CaseFileError, dumps, loads
from bodymap.core.case.model import Case, Finding, Target, Technique, Treatment, TriggerPointResult, Visit
from bodymap.core.data.migrations import Migrations, RegionChange
from tests.core.case.strategies import cases

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read(raw: bytes, data, migrations: Migrations | None = None) -> Case:
    return loads(raw, data.atlas, data.catalog, migrations or data.migrations)


def sample_case() -> Case:
    target = Target("upper_trapezius", Side.RIGHT)
    visit = Visit(
        dt.date(2026, 11, 30),
        PainMap({"right_temple": PainMark(7, Quality.ACHING), "left_temple": PainMark(0)}),
        6,
        (target, Target("temporalis", Side.RIGHT)),
        {target: Finding(TriggerPointResult.ACTIVE, twitch=True, familiar_pain=True, note="band at mid-fibres")},
        (Treatment(target, Technique.DRY_NEEDLING, "two twitches; eased to 3/10"),),
        "Desk work, worse by evening.",
    )
    return Case("Case 12", [visit])


def test_the_file_says_what_it_is_and_for_which_versions(data):
    document = json.loads(dumps(sample_case(), "9.9.9", 3))
    assert document["format"] == "bodymap case"
    assert document["format_version"] == FORMAT_VERSION
    assert document["app_version"] == "9.9.9"
    assert document["atlas_version"] == 3
    assert document["visits"][0]["pain"][1] == {"region": "left_temple", "intensity": 0, "quality": None}


def test_saving_the_same_case_gives_the_same_bytes(data):
    today = data.migrations.atlas_version
    assert dumps(sample_case(), "1", today) == dumps(read(dumps(sample_case(), "1", today), data), "1", today)


@SETTINGS
@given(st.data())
def test_what_is_saved_opens_as_the_same_case(data, drawn):
    case = drawn.draw(cases(data))
    assert read(dumps(case, "0.1.0", data.migrations.atlas_version), data) == case


def _mutations(raw: bytes) -> st.SearchStrategy[bytes]:
    position = st.integers(0, max(0, len(raw) - 1))
    return st.one_of(
        position.map(lambda i: raw[:i]),  # truncated
        st.tuples(position, st.binary(min_size=1, max_size=8)).map(lambda p: raw[: p[0]] + p[1] + raw[p[0] :]),
        st.tuples(position, st.integers(0, 255)).map(lambda p: raw[: p[0]] + bytes([p[1]]) + raw[p[0] + 1 :]),
    )


def _json_values() -> st.SearchStrategy[object]:
    leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=12))
    return st.recursive(
        leaves,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
        max_leaves=8,
    )


def opens_or_says_why(raw: bytes, data) -> None:
    """Opening ``raw`` gives a case or a CaseFileError with a message; anything else fails the test."""
    try:
        read(raw, data)
    except CaseFileError as exc:
        message = str(exc)
        assert message.strip(), "a refusal must say why"


def _replace_somewhere(document: object, path: list[int], value: object) -> object:
    """The document with one of its values (chosen by ``path``) replaced by ``value``."""
    if not path or not isinstance(document, dict | list) or not document:
        return value
    keys = list(document) if isinstance(document, dict) else list(range(len(document)))
    key = keys[path[0] % len(keys)]
    copy = dict(document) if isinstance(document, dict) else list(document)
    copy[key] = _replace_somewhere(document[key], path[1:], value)  # type: ignore[index, call-overload]
    return copy


@SETTINGS
@given(st.data())
def test_a_damaged_file_is_refused_with_a_message_never_a_crash(data, drawn):
    raw = dumps(drawn.draw(cases(data)), "0.1.0", 1)
    opens_or_says_why(drawn.draw(_mutations(raw)), data)


@SETTINGS
@given(st.data())
def test_a_file_with_a_wrong_value_anywhere_is_refused_with_a_message(data, drawn):
    document = json.loads(dumps(drawn.draw(cases(data)), "0.1.0", 1))
    path = drawn.draw(st.lists(st.integers(0, 20), min_size=1, max_size=6))
    hostile = _replace_somewhere(document, path, drawn.draw(_json_values()))
    opens_or_says_why(json.dumps(hostile).encode(), data)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty"),
        (b"\xff\xfe\x00garbage", "not text"),
        (b'{"format": "bodymap case", "format_version": 1, "visits": [', "line 1: the file is damaged"),
        (b"[" * 100_000, "nested far too deeply"),
        (b'{"a": 1, "a": 2}', "given twice"),
        (b'{"format": "bodymap case", "format_version": NaN}', "NaN"),
        (b'{"hello": "world"}', "not a bodymap case file"),
        (b'{"format": "bodymap case", "format_version": 99, "visits": []}', "newer bodymap"),
        (b'{"format": "bodymap case", "format_version": "1", "visits": []}', "format_version"),
        (b'{"format": "bodymap case", "format_version": 1, "visits": []}', "at least one visit"),
        (b'{"format": "bodymap case", "format_version": 1, "visits": [{"date": "yesterday"}]}', "YYYY-MM-DD"),
        (b" " * (MAX_BYTES + 1), "far larger"),
    ],
)
def test_hostile_and_foreign_files_are_refused_saying_why(data, raw, message):
    with pytest.raises(CaseFileError, match=message):
        read(raw, data)


def test_a_newer_format_names_the_version_it_needs(data):
    raw = json.dumps({"format": "bodymap case", "format_version": FORMAT_VERSION + 1, "visits": []}).encode()
    with pytest.raises(CaseFileError, match=f"reads format {FORMAT_VERSION} and older.*format {FORMAT_VERSION + 1}"):
        read(raw, data)


def test_every_problem_is_listed_with_where_it_is(data):
    document = json.loads(dumps(sample_case(), "1", 1))
    visit = document["visits"][0]
    visit["pain"][0]["region"] = "right_tempel"
    visit["findings"][0]["trigger_point"] = "maybe"
    visit["treatments"][0]["muscle"] = "no_such_muscle"
    visit["pain_score"] = 11
    with pytest.raises(CaseFileError) as error:
        read(json.dumps(document).encode(), data)
    text = str(error.value)
    assert "4 problems" in text
    assert "visit 1 (2026-11-30), pain mark 1: region 'right_tempel' is not in today's body atlas" in text
    assert "did you mean 'right_temple'" in text
    assert "finding 1: 'trigger_point' is \"maybe\"; it should be one of: active, latent, none" in text
    assert "treatment 1: muscle 'no_such_muscle' is not in today's data" in text
    assert "'pain_score' should be a whole number from 0 to 10" in text


def test_a_drawing_on_an_older_atlas_opens_through_the_migration_table(data):
    case = sample_case()
    raw = dumps(case, "0.1.0", 1).replace(b'"right_temple"', b'"right_old_temple"')
    today = Migrations(
        atlas_version=3,
        regions=(
            RegionChange(2, "right_old_temple", ("right_temple_old_split", "right_eyebrow")),
            RegionChange(3, "right_temple_old_split", ("right_temple",)),
        ),
    )
    opened = read(raw, data, today)
    pain = opened.visits[0].pain
    assert pain["right_temple"] == pain["right_eyebrow"] == PainMark(7, Quality.ACHING)
    # a drawing made on version 3 already uses today's ids: the table is not applied again
    with pytest.raises(CaseFileError, match="right_old_temple"):
        read(raw.replace(b'"atlas_version": 1', b'"atlas_version": 3'), data, today)


def test_a_renamed_muscle_opens_under_its_new_id(data):
    raw = dumps(sample_case(), "0.1.0", 1).replace(b'"upper_trapezius"', b'"trapezius_upper_fibres"')
    opened = read(raw, data, Migrations(muscles={"trapezius_upper_fibres": "upper_trapezius"}))
    assert opened == sample_case()
