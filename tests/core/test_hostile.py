"""Every hostile file of tests/hostile is refused with the loader's own error (file, line, sentence), within one
second of CPU time and 200 MB of memory: each is loaded in a child process whose limits are set to exactly that
(RLIMIT_CPU, RLIMIT_AS), so a case that needs more is killed and fails here.  ``make bench`` prints the times."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parent.parent / "hostile" / "harness.py"


@pytest.fixture(scope="module")
def outcomes() -> dict[str, dict]:
    done = subprocess.run(
        [sys.executable, str(HARNESS)],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "OPENBLAS_NUM_THREADS": "1"},
        check=True,
    )
    results = [json.loads(line) for line in done.stdout.splitlines()]
    return {r["case"]: r for r in results}


def test_every_case_was_tried(outcomes):
    files = [p.name for p in HARNESS.parent.iterdir() if p.suffix in (".yaml", ".svg")]
    assert set(files) <= set(outcomes)
    assert len(outcomes) >= len(files) + 12  # the generated cases: pipes, links, huge files...


def test_every_hostile_file_is_refused_by_the_loader_with_a_located_sentence(outcomes):
    failures = {
        name: r.get("error") or r.get("problems")
        for name, r in outcomes.items()
        if r["outcome"] != "refused" or not r["all_located"] or not r["names_the_case"]
    }
    assert failures == {}


def test_refusing_takes_little_memory(outcomes):
    """The cap of the child's address space is the assertion; this names the greediest case if it changes."""
    assert max(r["memory_mib"] for r in outcomes.values()) < 200


def test_nothing_in_a_file_runs(outcomes):
    assert outcomes["muscles.python_tag.yaml"]["outcome"] == "refused"
    assert not Path("/tmp/bodymap-owned").exists()
