"""Benchmark of the force layout on a large map, as ratios against networkx measured in the same run.

    python bench/layouts.py --actors 5000

The map is networkx.powerlaw_cluster_graph(n, 3, 0.3, seed=1). Three timings: NetMap's force layout
of the whole map, the same layout placing only the last 10 actors (the others fixed, what "arrange
new actors" does), and as the baseline a fixed pure-Python graph workload on the same map in the same
run (breadth-first distances from 300 actors with networkx; spring_layout would need scipy, which
NetMap does not install). Wall-clock times depend on the machine and on who else uses it,
so the figures to compare between runs are the ratios against the baseline, not the seconds.

The last line is exactly `full_ratio=<full / baseline> incremental_ratio=<incremental / baseline>`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import networkx as nx

from netmap import layouts


def _seconds(run: Callable[[], object], repeats: int) -> float:
    """The median wall-clock time of `repeats` runs: one slow run on a shared machine does not count."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    graph = nx.powerlaw_cluster_graph(args.actors, 3, 0.3, seed=1)
    nodes = list(graph)
    positions = layouts.force_layout(graph, {}, nodes)
    fixed = {v: positions[v] for v in nodes[:-10]}

    sources = nodes[:300]
    baseline = _seconds(lambda: [nx.single_source_shortest_path_length(graph, s) for s in sources], args.repeats)
    full = _seconds(lambda: layouts.force_layout(graph, {}, nodes), args.repeats)
    incremental = _seconds(lambda: layouts.force_layout(graph, fixed, nodes[-10:]), args.repeats)

    print(f"actors={args.actors} ties={graph.number_of_edges()}")
    print(f"baseline (BFS from 300 actors):   {baseline:.3f} s")
    print(f"force_layout, whole map:           {full:.3f} s")
    print(f"force_layout, 10 new actors:       {incremental:.3f} s")
    print(f"full_ratio={full / baseline:.3f} incremental_ratio={incremental / baseline:.3f}")


if __name__ == "__main__":
    main()
