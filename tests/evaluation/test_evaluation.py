"""The pain-guide evaluation set: well formed, fully resolved in the shipped data, and answered well enough.

The targets below are what `bodymap suggest` must reach on tests/evaluation/cases.yaml; `make evaluate` prints
the per-case table behind the numbers.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

from bodymap.cli import main as bodymap_main
from bodymap.core.body.painmap import PainMark
from bodymap.core.clinic.ranking import rank

HIT_AT_1_TARGET = 0.75  # measured 0.758 (README, "Pain-guide evaluation")
HIT_AT_3_TARGET = 0.92  # measured 0.945
HIT_AT_5_TARGET = 0.97  # measured 0.989
RECALL_AT_5_TARGET = 0.75  # measured 0.762
MIN_CASES = 70

REPO = Path(__file__).resolve().parents[2]
TOOL = REPO / "tools" / "evaluate.py"
CASES = Path(__file__).resolve().parent / "cases.yaml"

# every body-part group the pain guides cover should have at least one case
BODY_GROUPS = (
    "head", "neck", "shoulder", "upper back", "arm", "elbow", "forearm", "hand", "chest", "abdomen", "low back",
    "buttock", "hip", "thigh", "knee", "leg", "ankle", "foot",
)  # fmt: skip


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bodymap_evaluate", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file executes
    spec.loader.exec_module(module)
    return module


evaluate = _load_tool()


@pytest.fixture(scope="module")
def cases() -> list:
    return evaluate.read_cases(CASES)


@pytest.fixture(scope="module")
def results(cases, data) -> list:
    return [evaluate.evaluate(case, data) for case in cases]


def run_tool(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), *argv], capture_output=True, text=True, cwd=REPO, timeout=120, check=False
    )


# ------------------------------------------------------------------------------------------- the cases file


def test_the_cases_file_is_well_formed_and_covers_both_volumes(cases):
    assert len(cases) >= MIN_CASES
    assert {c.source_ref for c in cases} == {"ts_vol1", "ts_vol2"}
    for case in cases:
        assert case.title and case.regions and case.muscles, case.id
        assert case.source_where.startswith("Pain guide, "), case.id
        assert not any(r.startswith("left_") for r in case.regions), case.id
    kinds = [c.kind for c in cases]
    # mostly single headings of the guides, with some whole-pattern drawings
    assert kinds.count(evaluate.Kind.HEADING) > kinds.count(evaluate.Kind.COMBINED) > 0


def test_the_guides_cited_are_sources_of_the_data(data):
    assert set(evaluate.GUIDES) <= set(data.catalog.sources)


def test_the_cases_cover_the_whole_body(cases, data):
    groups = {data.atlas.regions[r].group for c in cases for r in c.regions if r in data.atlas.regions}
    assert [g for g in BODY_GROUPS if g not in groups] == []


def test_every_case_names_muscles_and_regions_of_the_shipped_data(results):
    gaps = evaluate.missing(results)
    unknown = [
        f"{kind[:-1]} {name} (in {', '.join(ids)})" for kind, named in gaps.items() for name, ids in named.items()
    ]
    assert unknown == []


# ---------------------------------------------------------------------------------------------- the numbers


def _misses(results: list, k: int) -> list[str]:
    def why(r) -> str:
        if not r.complete:
            return "names a muscle or region the data lacks"
        return f"{r.first_muscle} {'not listed' if r.first_rank is None else f'is number {r.first_rank}'}"

    return [f"{r.case.id}: {why(r)}" for r in results if not r.hit(k)]


def test_suggest_meets_the_hit_rate_targets(results):
    totals = evaluate.totals(results)
    assert totals["hit_at_5"] >= HIT_AT_5_TARGET, _misses(results, 5)
    assert totals["hit_at_3"] >= HIT_AT_3_TARGET, _misses(results, 3)
    assert totals["hit_at_1"] >= HIT_AT_1_TARGET, _misses(results, 1)
    assert totals["recall_at_5"] >= RECALL_AT_5_TARGET


def test_the_evaluation_ranks_as_bodymap_suggest_does(cases, data, capsys):
    case = next(c for c in cases if c.id == "temporal_headache")
    result = evaluate.evaluate(case, data)
    assert "right_above_ear" in result.marked  # the temple of the first atlas held the area above the ear
    assert bodymap_main(["suggest", *result.marked, "--json", "--top", str(evaluate.RECALL_AT)]) == 0
    suggested = json.loads(capsys.readouterr().out)["candidates"]
    assert [(c.muscle.id, c.side.value) for c in result.candidates] == [(c["muscle"], c["side"]) for c in suggested]
    if result.first_rank is not None and result.first_rank <= evaluate.RECALL_AT:
        assert suggested[result.first_rank - 1]["muscle"] == case.muscles[0]


@pytest.mark.parametrize(
    ("written", "today"),
    [(("sacrum",), ("sacrum",)), (("vertex",), ("right_vertex", "left_vertex"))],  # split since, into both halves
)
def test_a_drawing_that_is_its_own_mirror_image_accepts_either_side(data, written, today):
    case = evaluate.Case("mirror", "Vertex", evaluate.Kind.HEADING, written, ("gluteus_medius",), "ts_vol1",
                         "Pain guide, Vertex headache", 1)  # fmt: skip
    result = evaluate.evaluate(case, data)
    assert len(result.sides) == 2 and result.complete
    candidates = rank(dict.fromkeys(today, PainMark()), data.atlas, data.catalog)
    first = next((i for i, c in enumerate(candidates, 1) if c.muscle.id == "gluteus_medius"), None)
    assert result.first_rank == first


def test_a_case_written_on_the_first_atlas_is_ranked_on_todays_regions(data):
    case = evaluate.Case("heel", "Heel pain", evaluate.Kind.HEADING, ("right_heel",), ("soleus",), "ts_vol2",
                         "Pain guide, Heel pain", 1)  # fmt: skip
    result = evaluate.evaluate(case, data)
    assert result.complete and not result.missing_regions
    heel = ("right_heel_back", "right_heel_underside", "right_heel_inner", "right_heel_outer")
    candidates = rank(dict.fromkeys(heel, PainMark()), data.atlas, data.catalog)
    assert [c.muscle.id for c in result.candidates] == [c.muscle.id for c in candidates[: evaluate.RECALL_AT]]


# ---------------------------------------------------------------------------------------------- the command

TINY = """\
cases:
  - id: temple
    title: Temporal headache
    regions: [right_temple]
    muscles: [upper_trapezius, temporalis]
    source: {ref: ts_vol1, where: "Pain guide, Temporal headache"}
  - id: not_yet
    title: A heading whose muscle and region the data lacks
    kind: combined
    regions: [right_temple, right_nowhere]
    muscles: [no_such_muscle, temporalis]
    source: {ref: ts_vol1, where: "Pain guide, Temporal headache"}
"""


def test_the_command_prints_a_row_per_case_the_totals_and_what_is_missing(tmp_path):
    tiny = tmp_path / "tiny.yaml"
    tiny.write_text(TINY)
    done = run_tool("--cases", str(tiny))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    header = next(line for line in lines if line.startswith("case"))
    assert header.split() == ["case", "guide's", "first", "muscle", "rank", "@1", "@3", "@5", "recall@5"]
    temple = next(line for line in lines if line.startswith("temple "))
    assert temple.split()[1] == "upper_trapezius" and temple.split()[-1].endswith("/2")
    not_yet = next(line for line in lines if line.startswith("not_yet "))
    assert not_yet.split()[1:6] == ["no_such_muscle", "-", ".", ".", "."]
    assert "not in the data: no_such_muscle, right_nowhere" in not_yet
    assert "2 cases, 1 complete" in done.stdout
    assert any(line.startswith("all cases") and line.split()[2] == "2" for line in lines)
    assert "muscle no_such_muscle: not_yet" in done.stdout
    assert "region right_nowhere: not_yet" in done.stdout


def test_the_command_json_has_cases_totals_and_gaps(tmp_path):
    tiny = tmp_path / "tiny.yaml"
    tiny.write_text(TINY)
    done = run_tool("--cases", str(tiny), "--json", "--verbose")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert [c["id"] for c in out["cases"]] == ["temple", "not_yet"]
    temple, not_yet = out["cases"]
    assert temple["complete"] and temple["first_muscle"] == "upper_trapezius"
    assert set(temple["hits"]) == {"1", "3", "5"}
    assert temple["hits"]["5"] == (temple["rank"] is not None and temple["rank"] <= 5)
    assert all(c["side"] == "right" for c in temple["candidates"] if c["muscle"] in temple["found"])
    assert not not_yet["complete"] and not_yet["rank"] is None
    assert not any(not_yet["hits"].values()) and not_yet["recall_at_5"] == 0
    assert out["totals"]["cases"] == 2 and out["complete_cases_totals"]["cases"] == 1
    assert set(out["totals"]) == {"cases", "hit_at_1", "hit_at_3", "hit_at_5", "recall_at_5"}
    assert out["missing"] == {"muscles": {"no_such_muscle": ["not_yet"]}, "regions": {"right_nowhere": ["not_yet"]}}


def test_a_malformed_cases_file_is_reported_with_file_and_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        textwrap.dedent("""\
        cases:
          - id: temple
            title: Temporal headache
            regions: [left_temple]
            muscles: [upper_trapezius, upper_trapezius]
            source: {ref: somewhere, where: "Pain guide, Temporal headache"}
            colour: red
          - id: temple
            title: Twice
            regions: []
            muscles: [temporalis]
        """)
    )
    done = run_tool("--cases", str(bad))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    for line, words in [
        (4, "use 'right_temple' instead of 'left_temple'"),
        (5, "muscle 'upper_trapezius' is listed twice"),
        (6, "source 'somewhere'"),
        (7, "unknown field 'colour'"),
        (8, "case id 'temple' is used twice"),
        (10, "'regions' of case 'temple' is empty"),
        (8, "case 'temple' is missing 'source'"),
    ]:
        reported = [m for m in done.stderr.splitlines() if m.startswith(f"{bad}:{line}: error: ")]
        assert any(words in m for m in reported), (line, words, done.stderr)


def test_invalid_yaml_and_a_missing_file_are_reported_plainly(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("cases:\n  - id: a\n    regions: [right_temple\n")
    done = run_tool("--cases", str(broken))
    assert done.returncode == 1
    assert f"{broken}:" in done.stderr and "not valid YAML" in done.stderr and "Traceback" not in done.stderr
    done = run_tool("--cases", str(tmp_path / "absent.yaml"))
    assert done.returncode == 2
    assert "no such file" in done.stderr and "Traceback" not in done.stderr
