"""A save killed at any moment leaves the complete old document or the complete new one, never a broken one."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

TRIALS = 200

# A process that forks a saver on each "go": the saver writes the two documents in turn, for ever, until killed.
# Forking saves starting Python and Qt two hundred times; the saver is a plain process that has imported QtCore.
SERVER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from bodymap.ui.files import save_atomically

    target = Path(sys.argv[1])
    documents = [Path(sys.argv[2]).read_bytes(), Path(sys.argv[3]).read_bytes()]
    save_atomically(target, documents[0])
    print("ready", flush=True)
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            n = 1 if target.read_bytes() == documents[0] else 0  # the other document first
            while True:
                save_atomically(target, documents[n % 2])
                n += 1
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("gone", flush=True)
    """
)


def document(tag: str) -> bytes:
    """A document of a few megabytes (so a save takes long enough to be caught in the middle), its ends marked."""
    body = "".join(f'{{"visit": {i}, "tag": "{tag}"}},\n' for i in range(120_000))
    return f"BEGIN {tag}\n{body}END {tag}\n".encode()


def test_a_save_killed_at_any_moment_leaves_the_old_or_the_new_document(tmp_path: Path) -> None:
    old, new = document("old"), document("new")
    (tmp_path / "old").write_bytes(old)
    (tmp_path / "new").write_bytes(new)
    target = tmp_path / "case.bodymap"
    with subprocess.Popen(
        [sys.executable, "-c", SERVER, str(target), str(tmp_path / "old"), str(tmp_path / "new")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as server:
        assert server.stdin is not None and server.stdout is not None
        assert server.stdout.readline().strip() == "ready"
        rng = random.Random(20261130)
        seen = set()
        for _ in range(TRIALS):
            server.stdin.write("go\n")
            server.stdin.flush()
            pid = int(server.stdout.readline())
            time.sleep(rng.uniform(0.0, 0.06))  # before, in the middle of, or after a save of some milliseconds
            os.kill(pid, signal.SIGKILL)
            assert server.stdout.readline().strip() == "gone"
            content = target.read_bytes()
            assert content in (old, new), f"a broken file of {len(content)} bytes after a kill"
            seen.add(content)
        assert seen == {old, new}  # the kills landed before and after saves completed, not only on one side
        server.stdin.close()
