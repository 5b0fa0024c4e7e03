"""A bounded run of benchmarks/fuzz.py (which runs ten thousand): mutated copies of the shipped data files end in a
loaded catalog or the loader's own error, nothing else."""

from benchmarks import fuzz

CASES = 120


def test_mutated_data_files_are_loaded_or_refused_by_the_loader(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    results = fuzz.run(CASES, seed=20_261_130)
    wrong = {number: (name, outcome) for number, name, outcome, _ in results if outcome not in ("loaded", "refused")}
    assert wrong == {}
    assert {name for _, name, _, _ in results} == set(fuzz.file_names())  # every loader was tried
