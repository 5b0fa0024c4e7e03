from bodymap.core import yamlfile
from bodymap.core.problems import ProblemLog


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
