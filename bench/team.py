"""Benchmark: acknowledged edits per second in team mode, several writers on one project.

    python bench/team.py [--writers 6] [--seconds 10]

Uses NETMAP_TEST_POSTGRES (postgresql://USER:PASSWORD@HOST:PORT/DB) or starts the tests'
throwaway server (tests/pg/cluster.py). In the same run:

1. NetMap: each writer (a thread with its own open Project, as each user's app has) changes
   attributes of 20 shared actors through `Project.update_actor` (three-way merge, per-attribute
   authors, the lock timeout, the revision count) for `--seconds`; a ConflictError is counted
   and the writer reads the actor again.
2. Baseline: the same writers send the statements that serialise any edit of a project, one
   `UPDATE project_info SET revision = revision + 1` plus one row UPDATE per transaction, straight
   through psycopg.

Prints edits/s and per-edit latency (p50, p95) for both; the last line is exactly
`netmap_edits_per_s=<n> baseline_edits_per_s=<n> ratio=<netmap/baseline> p50_ms=<n> p95_ms=<n>`.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import psycopg

from netmap.domain import Actor
from netmap.errors import ConflictError
from netmap.project import Project


def _server() -> str:
    from pg.cluster import shared_server

    return os.environ.get("NETMAP_TEST_POSTGRES") or shared_server()


def _netmap(location: str, ids: list[int], writers: int, seconds: float) -> tuple[int, int, list[float]]:
    done, conflicts, latencies = [0], [0], []
    lock = threading.Lock()

    def write(n: int) -> None:
        rng = random.Random(n)
        with Project.open(location) as project:
            actors = {a.id: a for a in project.actors()}
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                actor_id = rng.choice(ids)
                start = time.perf_counter()
                try:
                    project.update_actor(actors[actor_id].with_changes(influence=rng.randint(0, 10),
                                                                       notes=f"w{n} {rng.random()}"))
                except ConflictError:
                    with lock:
                        conflicts[0] += 1
                    actors[actor_id] = project.actor(actor_id)
                    continue
                took = time.perf_counter() - start
                actors[actor_id] = project.actor(actor_id)
                with lock:
                    done[0] += 1
                    latencies.append(took)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return done[0], conflicts[0], latencies


def _baseline(url: str, schema: str, ids: list[int], writers: int, seconds: float) -> int:
    done = [0]
    lock = threading.Lock()

    def write(n: int) -> None:
        rng = random.Random(n)
        with psycopg.connect(url) as conn:
            conn.execute(f'SET search_path = "{schema}"')
            conn.commit()
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                with conn.transaction():
                    conn.execute("UPDATE project_info SET revision = revision + 1 WHERE id = 1")
                    conn.execute("UPDATE actor SET influence = %s, notes = %s, version = version + 1 WHERE id = %s",
                                 (rng.randint(0, 10), f"w{n}", rng.choice(ids)))
                with lock:
                    done[0] += 1

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return done[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    server = _server()
    schema = f"Bench {uuid.uuid4().hex[:8]}"
    with Project.create(f"{server}#{schema}") as setup:
        ids = [a.id for a in setup.add_actors([Actor(f"Akteur {i}") for i in range(20)])]
    done, conflicts, latencies = _netmap(f"{server}#{schema}", ids, args.writers, args.seconds)  # type: ignore[arg-type]
    baseline = _baseline(server, schema, ids, args.writers, args.seconds)  # type: ignore[arg-type]
    netmap_rate, baseline_rate = done / args.seconds, baseline / args.seconds
    p50 = statistics.median(latencies) * 1000
    p95 = statistics.quantiles(latencies, n=20)[-1] * 1000
    print(f"NetMap: {done} acknowledged edits ({conflicts} conflicts) by {args.writers} writers "
          f"in {args.seconds:.0f} s")
    print(f"baseline: {baseline} bare transactions")
    print(f"netmap_edits_per_s={netmap_rate:.0f} baseline_edits_per_s={baseline_rate:.0f} "
          f"ratio={netmap_rate / baseline_rate:.2f} p50_ms={p50:.1f} p95_ms={p95:.1f}")


if __name__ == "__main__":
    main()
