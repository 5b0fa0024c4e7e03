"""Fuzzing the data loaders: mutated copies of the shipped data files, each loaded as ``bodymap --data DIR`` would
load it.  Every outcome must be a loaded catalog or the loader's own error (problems, each with its file and a
sentence), and none may take more than two seconds.

    python benchmarks/fuzz.py [--cases 10000] [--seed 1] [--workers 2] [--keep DIR]
    python benchmarks/fuzz.py --replay N [--seed 1] --keep DIR   (writes case N's folder to DIR, to look at)

Case N of a seed is always the same mutation, so a finding can be replayed.  The test suite runs a few hundred
cases (tests/core/test_fuzz.py); this script runs as many as asked and prints a summary.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

SLOW_SECONDS = 2.0
DATA = Path(__file__).resolve().parent.parent / "data"

# what a careless or hostile editor might type into a value, a key or a line of its own
TOKENS = [
    "0", "-1", "1e3", "1e999", "-.inf", ".nan", "0x_", "0b_", "0x1F", "017", "1:30", "1_000", "9" * 400,
    "yes", "No", "~", "null", "''", '""', "[]", "{}", "[a, b]", "{a: 1}", "-", "- x", ":", "::", "? x",
    "!!int abc", "!!bool maybe", "!!float x", "!!python/object/apply:os.system [ls]", "!custom x", "!!binary aGk=",
    "!!set {a}", "!!timestamp 2001-01-01", "&a x", "*a", "*nowhere", "&r [*r]", "<<: *a", "<<: [1]", "2024-01-31",
    "'unterminated", '"unterminated', "|", ">-", "#", "%YAML 1.1", "---", "...", "\t", "\ufeff", "\x00", "\x85",
    "é", "右", "\U0001f600", "a" * 300, "right_tempel", "left_temple", "right_temple", "upper_trapezius_9",
    "anterior", "posteriorr", "/dev/zero", "../../etc/passwd", "body_anterior.svg", "ipsilateral", "sideways",
    "very_common", "rare", "simons_1999",
]  # fmt: skip
KEYS = [
    "id", "name", "label", "side", "group", "synonyms", "views", "regions", "file", "patient_right", "shows",
    "mirror", "scale", "muscles", "trigger_points", "location", "view", "x", "y", "palpation", "sources", "ref",
    "where", "patterns", "trigger_point", "essential", "spillover", "side_rule", "frequency", "note",
    "unreached_regions", "conditions", "pain_regions", "sides", "red_flags", "description", "title", "<<",
]  # fmt: skip


def _line(lines: list[str], rnd: random.Random) -> int:
    return rnd.randrange(len(lines)) if lines else 0


def delete_line(lines: list[str], rnd: random.Random) -> None:
    if lines:
        del lines[_line(lines, rnd)]


def duplicate_lines(lines: list[str], rnd: random.Random) -> None:
    start = _line(lines, rnd)
    block = lines[start : start + rnd.choice([1, 1, 3, 12])]
    lines[start:start] = block


def move_lines(lines: list[str], rnd: random.Random) -> None:
    start = _line(lines, rnd)
    block = lines[start : start + rnd.choice([1, 4, 20])]
    del lines[start : start + len(block)]
    at = _line(lines, rnd)
    lines[at:at] = block


def indent(lines: list[str], rnd: random.Random) -> None:
    if lines:
        i = _line(lines, rnd)
        lines[i] = rnd.choice(["  ", " ", "\t", "    "]) + lines[i] if rnd.random() < 0.5 else lines[i][2:]


def insert_line(lines: list[str], rnd: random.Random) -> None:
    at = _line(lines, rnd)
    line = lines[at] if lines else ""
    margin = line[: len(line) - len(line.lstrip())]
    new = rnd.choice([f"{rnd.choice(KEYS)}: {rnd.choice(TOKENS)}", rnd.choice(TOKENS), f"- {rnd.choice(TOKENS)}"])
    lines.insert(at, margin + new)


def replace_value(lines: list[str], rnd: random.Random) -> None:
    candidates = [i for i, line in enumerate(lines) if ": " in line]
    if candidates:
        i = rnd.choice(candidates)
        key, _, _ = lines[i].partition(": ")
        lines[i] = f"{key}: {rnd.choice(TOKENS)}"


def rename_key(lines: list[str], rnd: random.Random) -> None:
    candidates = [i for i, line in enumerate(lines) if ": " in line]
    if candidates:
        i = rnd.choice(candidates)
        key, _, value = lines[i].partition(": ")
        margin = key[: len(key) - len(key.lstrip(" -"))]
        lines[i] = f"{margin}{rnd.choice(KEYS)}: {value}"


def typo(lines: list[str], rnd: random.Random) -> None:
    i = _line(lines, rnd)
    if lines and len(lines[i]) > 2:
        j = rnd.randrange(len(lines[i]) - 1)
        lines[i] = lines[i][:j] + lines[i][j + 1] + lines[i][j] + lines[i][j + 2 :]


def change_character(lines: list[str], rnd: random.Random) -> None:
    i = _line(lines, rnd)
    if lines and lines[i]:
        j = rnd.randrange(len(lines[i]))
        new = rnd.choice(":-[]{}\"'#&*!|>?,%@`\t\0\ufeff\u2028" + chr(rnd.randrange(32, 0x3000)))
        lines[i] = lines[i][:j] + new + lines[i][j + 1 :]


def truncate(lines: list[str], rnd: random.Random) -> None:
    del lines[_line(lines, rnd) :]


MUTATIONS: list[Callable[[list[str], random.Random], None]] = [
    delete_line, duplicate_lines, move_lines, indent, insert_line, replace_value, replace_value, rename_key, typo,
    change_character, change_character, truncate,
]  # fmt: skip


def mutate(text: str, rnd: random.Random) -> str:
    """``text`` with one to three random mutations."""
    lines = text.split("\n")
    for _ in range(rnd.choice([1, 1, 2, 3])):
        rnd.choice(MUTATIONS)(lines, rnd)
    return "\n".join(lines)


def file_names() -> list[str]:
    from bodymap.core.data import loading

    return list(loading.FILE_NAMES.values())


def build_case(seed: int, number: int, folder: Path) -> str:
    """Write case ``number`` (one mutated data file) into ``folder``; its file's name."""
    rnd = random.Random(seed * 1_000_003 + number)
    name = rnd.choice(file_names())
    text = mutate((DATA / name).read_text(encoding="utf-8"), rnd)
    (folder / name).write_text(text, encoding="utf-8")
    return name


def load_case(folder: Path) -> str:
    """'loaded', 'refused', or what went wrong."""
    from bodymap.core.data import loading
    from bodymap.core.data.problems import DataError

    try:
        loading.load(loading.DataFiles.in_folder(folder))
    except DataError as exc:
        unlocated = [p for p in exc.problems if not p.file or not p.message.strip()]
        return "refused" if not unlocated else f"a problem without file or sentence: {unlocated[0]!r}"
    except Exception as exc:  # the finding: anything but the loader's own error
        return f"crashed: {type(exc).__name__}: {str(exc)[:200]}"
    return "loaded"


def run_case(seed: int, number: int) -> tuple[int, str, str, float]:
    """(number, file, outcome, seconds) of one case, built in a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="bodymap-fuzz-") as work:
        name = build_case(seed, number, Path(work))
        start = time.perf_counter()
        outcome = load_case(Path(work))
        return number, name, outcome, time.perf_counter() - start


def _run_share(args: tuple[int, list[int]]) -> list[tuple[int, str, str, float]]:
    seed, numbers = args
    return [run_case(seed, n) for n in numbers]


def run(cases: int, seed: int = 1, workers: int = 1) -> list[tuple[int, str, str, float]]:
    """Every case's (number, file, outcome, seconds)."""
    numbers = list(range(cases))
    if workers <= 1:
        return _run_share((seed, numbers))
    shares = [(seed, numbers[i::workers]) for i in range(workers)]
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        return sorted(r for share in pool.map(_run_share, shares) for r in share)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, help="write the folder of each case that went wrong here")
    parser.add_argument("--replay", type=int, metavar="N", help="only write case N's folder (to --keep)")
    args = parser.parse_args(argv)
    if args.replay is not None:
        folder = args.keep or Path(f"fuzz-case-{args.replay}")
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{folder / build_case(args.seed, args.replay, folder)}: {load_case(folder)}")
        return 0
    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="bodymap-fuzz-cache-")  # the workers inherit it
    start = time.perf_counter()
    results = run(args.cases, args.seed, args.workers)
    elapsed = time.perf_counter() - start
    shutil.rmtree(os.environ["XDG_CACHE_HOME"], ignore_errors=True)
    outcomes = Counter(outcome if outcome in ("loaded", "refused") else "other" for _, _, outcome, _ in results)
    wrong = [r for r in results if r[2] not in ("loaded", "refused") or r[3] > SLOW_SECONDS]
    times = sorted(r[3] for r in results)
    print(f"{len(results)} mutated data files (seed {args.seed}), {elapsed:.0f} s on {args.workers} worker(s)")
    print(f"  loaded: {outcomes['loaded']}, refused with the loader's own error: {outcomes['refused']}, "
          f"anything else: {outcomes['other']}")  # fmt: skip
    print(f"  time per load: median {statistics.median(times) * 1000:.0f} ms, "
          f"p99 {times[int(0.99 * (len(times) - 1))] * 1000:.0f} ms, worst {times[-1] * 1000:.0f} ms; "
          f"over {SLOW_SECONDS:g} s: {sum(t > SLOW_SECONDS for t in times)}")  # fmt: skip
    by_file = Counter(name for _, name, _, _ in results)
    print("  files: " + ", ".join(f"{name} {count}" for name, count in sorted(by_file.items())))
    peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    print(f"  peak memory of a process: {peak / 1024:.0f} MiB")
    for number, name, outcome, seconds in wrong[:20]:
        print(f"  case {number} ({name}, {seconds:.2f} s): {outcome}")
        if args.keep:
            folder = args.keep / f"case-{number}"
            folder.mkdir(parents=True, exist_ok=True)
            build_case(args.seed, number, folder)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
