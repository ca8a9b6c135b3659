"""Several processes racing for one project's lock: exactly one of them holds it, every round.

Each round all workers start at a barrier and try to take the lock of the round's project; half
of the rounds begin with a lock left by a crashed process (a dead process id on this machine),
which all of them then try to take over at once. The workers keep what they took until the end,
so a second holder in a round is a broken lock, not a released one.
"""

from __future__ import annotations

import multiprocessing
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from netmap.errors import ProjectLockedError
from netmap.storage.lock import ProjectLock

WORKERS = 4
ROUNDS = 300

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _no_hard_links(*_args: object, **_kwargs: object) -> None:
    raise PermissionError(1, "Operation not permitted")  # as on a share without hard links


def _race(folder: str, barrier, results, links: bool) -> None:  # type: ignore[no-untyped-def]
    if not links:
        os.link = _no_hard_links  # this worker process only (forked)
    held = []
    for round_ in range(ROUNDS):
        lock = ProjectLock(Path(folder) / f"p{round_}.netmap")
        barrier.wait()
        try:
            lock.acquire()
        except ProjectLockedError:
            results.put((round_, 0))
            continue
        held.append(lock)
        results.put((round_, 1))
    barrier.wait()  # everyone keeps their locks until all rounds are over


@pytest.mark.parametrize("links", [True, False], ids=["hard-links", "no-hard-links"])
def test_exactly_one_of_several_racing_processes_holds_the_lock(tmp_path: Path, links: bool) -> None:
    dead = _dead_pid()
    for round_ in range(0, ROUNDS, 2):  # every other round starts with a crashed process's lock
        (tmp_path / f"p{round_}.netmap.lock").write_text(
            f'{{"user": "x", "host": "{socket.gethostname()}", "pid": {dead}, "since": "2026-01-01T00:00:00"}}')
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(WORKERS)
    results = context.Queue()
    workers = [context.Process(target=_race, args=(str(tmp_path), barrier, results, links)) for _ in range(WORKERS)]
    for worker in workers:
        worker.start()
    holders = [0] * ROUNDS
    for _ in range(WORKERS * ROUNDS):
        round_, held = results.get(timeout=120)
        holders[round_] += held
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    assert [r for r, count in enumerate(holders) if count != 1] == []
    assert not list(tmp_path.glob(".*"))  # no private lock files left behind
