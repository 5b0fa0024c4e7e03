import marshal

import pytest

from bodymap.core.data import yamlfile
from bodymap.core.data.problems import ProblemLog


def test_values_remember_their_lines():
    log = ProblemLog()
    doc = yamlfile.load("a: 1\nitems:\n  - x: 2\n  - x: 3\n", "f.yaml", log)
    assert doc["a"] == 1
    assert doc.key_line("items") == 2
    assert doc["items"].item_line(1) == 4
    assert doc["items"][1].line == 4
    assert not log.problems


def test_duplicate_keys_are_reported_with_their_line():
    log = ProblemLog()
    yamlfile.load("a: 1\nb: 2\na: 3\n", "f.yaml", log)
    assert [str(p) for p in log.problems] == ["f.yaml:3: error: 'a' is given twice in the same block"]


def test_syntax_error_names_the_line_and_returns_none():
    log = ProblemLog()
    assert yamlfile.load("a: 1\nb: [1, 2\nc: 3\n", "f.yaml", log) is None
    (problem,) = log.problems
    assert problem.file == "f.yaml"
    assert problem.line is not None and problem.line >= 2
    assert "not valid YAML" in problem.message


TEXT = "a: 1\nitems:\n  - x: 2\n    y: [yes, 2.5, null]\n  - x: 3\n"


def _lines(value):
    """Every value with the lines it remembers, for comparing two loads."""
    if isinstance(value, yamlfile.Mapping):
        return ("m", value.line, [(k, value.key_line(k), _lines(v)) for k, v in value.items()])
    if isinstance(value, yamlfile.Sequence):
        return ("s", value.line, [(value.item_line(i), _lines(v)) for i, v in enumerate(value)])
    return value


def test_a_second_load_comes_from_the_cache_with_the_same_values_and_lines(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = yamlfile.load(TEXT, "f.yaml", ProblemLog())
    assert len(list((tmp_path / "bodymap").glob(f"{yamlfile.CACHE_KIND}-*"))) == 1
    monkeypatch.setattr(yamlfile.yaml, "compose", None)  # parsing again would fail
    second = yamlfile.load(TEXT, "f.yaml", ProblemLog())
    assert _lines(second) == _lines(first)
    assert second["items"][0]["y"] == [True, 2.5, None]


def test_a_damaged_cache_is_parsed_again_and_a_file_with_problems_is_not_cached(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    yamlfile.load(TEXT, "f.yaml", ProblemLog())
    (cached,) = (tmp_path / "bodymap").glob(f"{yamlfile.CACHE_KIND}-*")
    cached.write_bytes(b"\x00 not marshal data")
    assert yamlfile.load(TEXT, "f.yaml", ProblemLog())["items"][1]["x"] == 3
    for _ in range(2):  # the duplicate key is reported on every load
        log = ProblemLog()
        yamlfile.load("a: 1\na: 2\n", "g.yaml", log)
        assert len(log.problems) == 1


def _load(text: str) -> tuple[object, list[str]]:
    log = ProblemLog()
    value = yamlfile.load(text, "f.yaml", log)
    return value, [str(p) for p in log.problems]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x: 1e3", 1000.0),
        ("x: -2.5E-1", -0.25),
        ("x: 1_000", 1000),
        ("x: 0x1F", 31),
        ("x: 0b101", 5),
        ("x: 010", 8),
        ("x: .inf", float("inf")),
        ("x: 0x_", "0x_"),  # no digit: text, as in YAML 1.2
        ("x: 0b_", "0b_"),
        ("x: 1:30", "1:30"),  # no base-60 numbers
        ("x: 2024-01-31", "2024-01-31"),  # timestamps stay text
        ("x: yes", True),
        ("x: Off", False),
        ("x: ~", None),
        ("x: '1e3'", "1e3"),
        ("x: !!str 12", "12"),
        ("x: !!float 3", 3.0),
        ("x: ! 12", "12"),
    ],
)
def test_plain_values_are_read_as_yaml_reads_them(text, expected):
    value, problems = _load(text)
    assert problems == []
    assert value == {"x": expected}
    assert type(value["x"]) is type(expected)


def test_keys_are_kept_as_written():
    value, problems = _load("yes: 1\n~: 2\n12: 3\n")
    assert problems == []
    assert list(value) == ["yes", "~", "12"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x: !!int abc", "f.yaml:1: error: 'abc' cannot be read as a whole number"),
        ("x: !!bool maybe", "f.yaml:1: error: 'maybe' cannot be read as true or false"),
        ("x: !!float abc", "f.yaml:1: error: 'abc' cannot be read as a number"),
        ("a: 1\nx: !!null no", "f.yaml:2: error: 'no' cannot be read as empty (null)"),
        ("x: !!python/object/apply:os.system [ls]", "the tag '!!python/object/apply:os.system' is not allowed"),
        ("x: !custom 1", "f.yaml:1: error: the tag '!custom' is not allowed"),
        ("x: !!binary aGk=", "the tag '!!binary' is not allowed"),
        ("x: !!set {a, b}", "the tag '!!set' is not allowed"),
        ("x: !!timestamp 2001-01-01", "the tag '!!timestamp' is not allowed"),
        ("x: " + "9" * 5000, "too long a number to read"),
    ],
)
def test_tags_and_values_that_cannot_be_read_are_reported_with_their_line(text, message):
    _, problems = _load(text)
    assert len(problems) == 1
    assert message in problems[0]


def test_merge_keys_copy_a_block_and_the_keys_written_beside_them_win():
    text = "base: &base\n  a: 1\n  b: 2\nother: &other {c: 3, a: 9}\nx:\n  <<: [*base, *other]\n  b: 5\n"
    value, problems = _load(text)
    assert problems == []
    assert value["x"] == {"a": 1, "c": 3, "b": 5}
    assert value["x"].key_line("a") == 2  # where the merged key was written
    assert value["x"].key_line("b") == 7


def test_a_merge_key_needs_blocks():
    _, problems = _load("x:\n  <<: [1, 2]\n")
    assert problems == ["f.yaml:2: error: a merge key '<<' takes a block or a list of blocks, such as '<<: *defaults'"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("muscles: &a [*a]", "f.yaml:1: error: the alias '*a' is inside the block it repeats ('&a'), which never ends"),
        ("a: &m\n  b: {c: *m}\n", "the alias '*m' is inside the block it repeats"),
        ("a: &m\n  <<: *m\n", "the alias '*m' is inside the block it repeats"),
        ("a: *nowhere", "the alias '*nowhere' repeats nothing"),
        ("a: 1\n---\nb: 2\n", "f.yaml:2: error: the file holds a second YAML document"),
        ("? [a, b]\n: c\n", "a key should be a name, not a list or a block"),
        ("k: &k x\n*k : y\n", "a key should be written out, not repeated with an alias"),
        ("x: " + "[" * 60 + "]" * 60, "nested more than 50 levels deep"),
        ("x: [" + "0," * 100_001 + "]", "more than 100,000 values"),
        ("x: 1\ny: [a\n", "not valid YAML"),
        ("x: a\0b", "f.yaml:1: error: this is not valid YAML (unacceptable character"),
    ],
)
def test_what_cannot_be_read_is_refused_with_a_sentence(text, message):
    _, problems = _load(text)
    assert any(message in p for p in problems), problems


def test_an_alias_bomb_is_refused_before_anything_is_expanded():
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    value, problems = _load("\n".join(lines))
    assert value is None
    (problem,) = problems
    assert "aliases ('*a" in problem and "write the values out instead" in problem


def test_aliases_may_repeat_what_a_real_file_repeats():
    text = "src: &s [{ref: simons_1999, where: vol 1}]\nitems:\n" + "  - {sources: *s}\n" * 2000
    value, problems = _load(text)
    assert problems == []
    assert value["items"][1999]["sources"][0]["ref"] == "simons_1999"


def test_nothing_is_kept_between_loads(tmp_path, monkeypatch):
    """Each load forgets what it read (the old reader kept every scalar it had ever parsed)."""
    import gc
    import tracemalloc

    monkeypatch.setattr(yamlfile.cache, "write", lambda key, payload: None)
    texts = [f"run: {i}\nitems: [{', '.join(f'value_{i}_{j}' for j in range(2000))}]\n" for i in range(30)]
    yamlfile.load(texts[0], "f.yaml", ProblemLog())
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for text in texts[1:]:
        yamlfile.load(text, "f.yaml", ProblemLog())
    gc.collect()
    grown = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert grown < 200_000  # bytes; 29 loads of 2,000 new words each would keep over 3 MB


def test_an_edited_cache_entry_is_not_believed(monkeypatch, tmp_path):
    """An entry whose content was changed after it was written (here, a value edited in place) is deleted and the
    file parsed again: the edit never reaches the program."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    text = "name: Temporalis\n"
    yamlfile.load(text, "f.yaml", ProblemLog())
    (entry,) = (tmp_path / "bodymap").glob(f"{yamlfile.CACHE_KIND}-*")
    entry.write_bytes(entry.read_bytes().replace(b"Temporalis", b"Tampered!!"))
    assert yamlfile.load(text, "f.yaml", ProblemLog()) == {"name": "Temporalis"}
    assert b"Temporalis" in entry.read_bytes()  # written again, sound


@pytest.mark.parametrize(
    "payload",
    [
        marshal.dumps({"not": "the cached form"}),
        marshal.dumps(("m", 1, (("k", 1, ("x", 2)),))),
        marshal.dumps(("s", 1, ((1, ("q", 2)),))),
        b"",
    ],
)
def test_a_sound_entry_of_the_wrong_shape_is_parsed_again(monkeypatch, tmp_path, payload):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    text = "a: [1, 2]\n"
    yamlfile.cache.write(yamlfile.cache.key(yamlfile.CACHE_KIND, text.encode()), payload)
    assert yamlfile.load(text, "f.yaml", ProblemLog()) == {"a": [1, 2]}
