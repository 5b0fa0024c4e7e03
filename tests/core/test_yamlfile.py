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
