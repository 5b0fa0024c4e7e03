"""Property-based tests (hypothesis) of every loader: whatever document a file holds, generated or mutated from a
shipped one, loading ends in a catalog or in the loader's own error, each problem with its file and a sentence."""

import math
import re
import shutil
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks import fuzz
from bodymap.core.data import loading, yamlfile
from bodymap.core.data.problems import DataError, ProblemLog
from tests.conftest import REPO

# bounded: each example loads the whole data set (a tenth of a second), and CI must stay fast
LOADS = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
FILES = sorted(loading.FILE_NAMES.values())
EXPONENT_WITHOUT_DOT = re.compile(r"[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+")  # a number to us, text to PyYAML's writer

# YAML's own line breaks beyond \n and \r (NEL, LS, PS) do not survive PyYAML's writer: left out
text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x85\u2028\u2029"), max_size=30
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False),
    text.filter(lambda s: not EXPONENT_WITHOUT_DOT.fullmatch(s)),
)
plain = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(text, children, max_size=5),
    max_leaves=40,
)

# documents shaped like the data files: their keys, and values that are ids, numbers, lists and blocks
ids = st.sampled_from(["right_temple", "left_temple", "vertex", "upper_trapezius", "upper_trapezius_1", "anterior"])
values = st.recursive(
    st.one_of(scalars, ids, st.sampled_from(fuzz.TOKENS)),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.sampled_from(fuzz.KEYS), children, max_size=6),
    max_leaves=30,
)
documents = st.dictionaries(st.sampled_from(fuzz.KEYS), values, max_size=4)


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isinf(a) and a == b)
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_is_read_or_refused_with_located_problems(source):
    log = ProblemLog()
    yamlfile.load(source, "f.yaml", log)
    assert all(p.file == "f.yaml" and p.message and (p.line is None or p.line >= 1) for p in log.problems)


@settings(max_examples=150, deadline=None)
@given(plain)
def test_what_a_yaml_writer_writes_is_read_back_as_it_was(value):
    written = yaml.safe_dump({"value": value}, allow_unicode=True, sort_keys=False)
    log = ProblemLog()
    read = yamlfile.load(written, "f.yaml", log)
    assert log.problems == []
    assert _same(read["value"], value)


def _load_with(folder: Path, name: str, content: str) -> None:
    """Load the data with ``content`` as the file ``name``: a catalog, or the loader's own located problems."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    (folder / name).write_text(content, encoding="utf-8")
    try:
        loading.load(loading.DataFiles.in_folder(folder))
    except DataError as exc:
        problems = exc.problems
    else:
        return
    assert problems
    assert all(p.file and p.message.strip() for p in problems)


@LOADS
@given(name=st.sampled_from(FILES), document=documents)
def test_a_generated_document_in_any_data_file_is_loaded_or_refused(tmp_path, name, document):
    _load_with(tmp_path / "data", name, yaml.safe_dump(document, allow_unicode=True))


@LOADS
@given(name=st.sampled_from(FILES), rnd=st.randoms(use_true_random=False))
def test_a_mutated_shipped_file_is_loaded_or_refused(tmp_path, name, rnd):
    _load_with(tmp_path / "data", name, fuzz.mutate((REPO / "data" / name).read_text(encoding="utf-8"), rnd))
