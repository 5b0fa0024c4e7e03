"""Hostile data files, each loaded as ``bodymap --data FOLDER`` would load it, in a child process whose memory and
CPU time are capped, to show that it is refused with the loader's own error, quickly and in little memory.

Every file in this folder is a case, named ``<the file it replaces>.<what it tries>.<extension>``
(``muscles.alias_bomb.yaml`` stands in for muscles.yaml).  :func:`generated` adds the cases that cannot be kept
as files: too large for the repository, a named pipe, a link, or an edit of a shipped file.

Run ``python tests/hostile/harness.py``: one JSON line per case (outcome, CPU seconds, memory).  The test suite
(tests/core/test_hostile.py) and ``make bench`` run it.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHIPPED = HERE.parent.parent / "data"
CPU_SECONDS = 1  # each case must be refused within this much CPU time (the child is killed past it)
MEMORY_MIB = 200  # ... and within this much memory beyond what the loaded program already holds
HANG_SECONDS = 20  # a case that blocks (a pipe read without end) is killed after this long


def file_cases(work: Path) -> Iterator[tuple[str, Path]]:
    for hostile in sorted(HERE.iterdir()):
        target, _, rest = hostile.name.partition(".")
        case, _, extension = rest.rpartition(".")
        if not case or extension not in ("yaml", "svg"):
            continue
        folder = work / hostile.name
        folder.mkdir()
        name = "referral_patterns.yaml" if target == "referral_patterns" else f"{target}.{extension}"
        shutil.copyfile(hostile, folder / name)
        yield hostile.name, folder


def generated(work: Path) -> Iterator[tuple[str, Path]]:
    """Cases built here: (name, data folder)."""

    def folder(name: str) -> Path:
        path = work / name
        path.mkdir()
        return path

    regions = (SHIPPED / "regions.yaml").read_text(encoding="utf-8")
    for case, file in [
        ("absolute", "/dev/zero"),
        ("dotdot", "../../../../../../../../dev/zero"),
        ("folder", "./"),
        ("backslash_dotdot", "..\\..\\etc\\passwd"),
    ]:
        path = folder(f"regions.view_file_{case}")
        (path / "regions.yaml").write_text(regions.replace("file: body_anterior.svg", f"file: {file}"), "utf-8")
        yield path.name, path
    path = folder("regions.view_file_fifo")
    os.mkfifo(path / "body_anterior.svg")
    yield path.name, path
    path = folder("regions.view_file_link_outside")
    (path / "body_anterior.svg").symlink_to("/dev/zero")
    yield path.name, path

    path = folder("muscles.larger_than_allowed")
    with (path / "muscles.yaml").open("wb") as out:
        out.truncate(9 * 1024 * 1024)  # sparse: nothing is written, but it is 9 MiB long
    yield path.name, path
    path = folder("muscles.too_many_values")
    (path / "muscles.yaml").write_text("muscles: [" + "0," * 600_000 + "]\n", "utf-8")
    yield path.name, path
    path = folder("muscles.too_many_blocks")
    (path / "muscles.yaml").write_text("muscles:\n" + "  - {}\n" * 600_000, "utf-8")
    yield path.name, path
    path = folder("muscles.a_problem_per_line")
    (path / "muscles.yaml").write_text("muscles: []\n" + "muscles: []\n" * 200_000, "utf-8")
    yield path.name, path
    path = folder("referral_patterns.every_region_misspelt")
    patterns = (SHIPPED / "referral_patterns.yaml").read_text(encoding="utf-8")
    (path / "referral_patterns.yaml").write_text(patterns.replace("right_", "rihgt-"), "utf-8")
    yield path.name, path
    path = folder("body_anterior.too_many_points")
    points = " ".join(f"{i % 500}.5,{i % 997}.25" for i in range(150_000))
    svg = f'<svg viewBox="0 0 560 1090"><g id="regions"><path id="chin" d="M{points}Z"/></g></svg>'
    (path / "body_anterior.svg").write_text(svg, "utf-8")
    yield path.name, path


def _vm_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    return 0


def _rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _child(folder: Path, out: int) -> None:
    """Load ``folder`` with the limits in place, write the outcome as JSON to ``out``."""
    from bodymap.core.data import loading
    from bodymap.core.data.problems import DataError

    limit = _vm_bytes() + MEMORY_MIB * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 1))
    signal.alarm(HANG_SECONDS)
    rss_before = _rss_kib()
    start, cpu_start = time.perf_counter(), time.process_time()
    result: dict[str, object]
    try:
        data = loading.load(loading.DataFiles.in_folder(folder))
        result = {"outcome": "loaded", "warnings": len(data.warnings)}
    except DataError as exc:
        result = {
            "outcome": "refused",
            "problems": [str(p) for p in exc.problems[:3]],
            "count": len(exc.problems),
            "all_located": all(p.file and p.message for p in exc.problems),
            "names_the_case": any(str(folder) in p.file for p in exc.problems),
        }
    except BaseException as exc:  # what the test is looking for: anything but the loader's own error
        result = {"outcome": "crashed", "error": f"{type(exc).__name__}: {str(exc)[:300]}"}
    result["cpu_seconds"] = round(time.process_time() - cpu_start, 3)
    result["wall_seconds"] = round(time.perf_counter() - start, 3)
    result["memory_mib"] = round((_rss_kib() - rss_before) / 1024, 1)
    os.write(out, json.dumps(result).encode())


def run(cases: list[tuple[str, Path]]) -> Iterator[dict[str, object]]:
    """Each case in a forked child (the program loaded once, so that only the case is measured)."""
    from bodymap.core.data import loading

    loading.load()  # the shipped files parsed and cached, as on any start after the first
    for name, folder in cases:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child
            os.close(read_end)
            try:
                _child(folder, write_end)
            finally:
                os._exit(0)
        os.close(write_end)
        with os.fdopen(read_end, "rb") as pipe:
            report = pipe.read()
        _, status = os.waitpid(pid, 0)
        if report:
            result = json.loads(report)
        else:
            killed = signal.Signals(os.WTERMSIG(status)).name if os.WIFSIGNALED(status) else f"exit {status}"
            result = {"outcome": "crashed", "error": f"the child was killed ({killed})"}
        yield {"case": name, **result}


def main() -> int:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # no threads in the parent: it forks
    with tempfile.TemporaryDirectory(prefix="bodymap-hostile-") as work:
        os.environ["XDG_CACHE_HOME"] = str(Path(work) / "cache")
        cases = [*file_cases(Path(work)), *generated(Path(work))]
        for result in run(cases):
            print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
