"""Benchmark of the analysis: a full analysis, then 20 single edits through the live analysis.

    python bench/analysis.py --actors 1000
    python bench/analysis.py --actors 5000 --networkx-edits 0

The map is networkx.powerlaw_cluster_graph(n, 3, 0.3, seed=1) (m ~ 3n) dressed as a NetMap project:
default catalogues, categories, districts, stages, tie kinds, strengths and fields drawn with a fixed
seed, the best-connected actor marked as key actor. The edits are a workshop's mix: ties added and
removed, a tie made stronger, actors added and removed, a category, a stage changed. Each edit is
applied to the map and handed to `LiveAnalysis.update(state)`, the path the UI takes; the time per
edit includes working out what changed.

The last line is exactly `update_ms=<median per edit> networkx_ms=<median per recomputation>`, the
second the time plain networkx needs to recompute the same figures (centralities, constraint,
effective size, Louvain, cores, articulation points, bridges) after an edit, measured on the first
--networkx-edits edits (it takes seconds per edit: 3 by default, 1 above 2,000 actors, 0 to skip,
which prints nan). Timings are wall-clock medians; the machine may be shared, run it twice.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import networkx as nx

from netmap.analysis import LiveAnalysis, analyze
from netmap.catalogues import default_catalogues
from netmap.domain import (
    Actor,
    CatalogueEntry,
    CatalogueKind,
    MapState,
    ProjectInfo,
    Tie,
)

EDITS = [
    "add_tie", "remove_tie", "add_tie", "change_category", "add_tie", "add_actor", "remove_tie",
    "add_tie", "stronger_tie", "remove_actor", "add_tie", "change_stage", "remove_tie", "add_tie",
    "add_actor", "add_tie", "remove_tie", "change_category", "add_tie", "remove_actor",
]


def build_state(n: int, seed: int = 1) -> MapState:
    """A NetMap project over powerlaw_cluster_graph(n, 3, 0.3, seed)."""
    graph = nx.powerlaw_cluster_graph(n, 3, 0.3, seed=seed)
    rng = random.Random(seed)
    catalogues = default_catalogues()
    catalogues[CatalogueKind.DISTRICT] = [
        CatalogueEntry(f"d{i}", f"Stadtteil {i}", f"District {i}", rank=i) for i in range(12)
    ]
    categories = [e.key for e in catalogues[CatalogueKind.CATEGORY]][:-4]  # a few stay missing
    stages = [e.key for e in catalogues[CatalogueKind.STAGE]]
    kinds = [e.key for e in catalogues[CatalogueKind.TIE_KIND]]
    fields = [e.key for e in catalogues[CatalogueKind.FIELD]][:-2]
    hub = max(graph.degree(), key=lambda item: item[1])[0]
    actors = [
        Actor(
            f"Akteur {i + 1}",
            category=rng.choice(categories),
            district=f"d{rng.randrange(10)}",
            stage=rng.choice(stages),
            reached=rng.random() < 0.6,
            is_key=i == hub,
            id=i + 1,
        )
        for i in range(n)
    ]
    ties = [
        Tie(u + 1, v + 1, rng.choice(kinds), strength=rng.randint(1, 3), field=rng.choice(fields), id=k + 1)
        for k, (u, v) in enumerate(graph.edges())
    ]
    return MapState(info=ProjectInfo(name="Bench", town="Musterstadt"), catalogues=catalogues,
                    actors=actors, ties=ties)


def apply_edit(state: MapState, kind: str, rng: random.Random, next_id: list[int]) -> None:
    """Change `state` in place as one user edit of `kind` would."""
    ids = [a.id for a in state.actors]
    if kind == "add_tie":
        u, v = rng.sample(ids, 2)
        state.ties.append(Tie(u, v, "kooperation", strength=2, field="sprache_bildung"))
    elif kind == "remove_tie":
        state.ties.pop(rng.randrange(len(state.ties)))
    elif kind == "stronger_tie":
        i = rng.randrange(len(state.ties))
        state.ties[i] = state.ties[i].with_changes(strength=3, kind="finanzierung")
    elif kind == "add_actor":
        state.actors.append(Actor(f"Neu {next_id[0]}", category="migrantenorganisationen", id=next_id[0]))
        next_id[0] += 1
    elif kind == "remove_actor":
        gone = state.actors.pop(rng.randrange(len(state.actors))).id
        state.ties = [t for t in state.ties if gone not in (t.source, t.target)]
    elif kind == "change_category":
        i = rng.randrange(len(state.actors))
        state.actors[i] = state.actors[i].with_changes(category="beiraete")
    elif kind == "change_stage":
        i = rng.randrange(len(state.actors))
        state.actors[i] = state.actors[i].with_changes(stage="mitbestimmung", reached=True)
    else:
        raise ValueError(kind)
    # A new list object, as a fresh load of the map would give.
    state.actors = list(state.actors)
    state.ties = list(state.ties)


def networkx_figures(graph: nx.Graph) -> None:
    """The live analysis's figures, computed with plain networkx."""
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    nx.degree_centrality(graph)
    nx.betweenness_centrality(graph)
    nx.closeness_centrality(graph)
    nx.eigenvector_centrality(graph, max_iter=1000)
    _pagerank_python(graph)  # nx.pagerank needs scipy, which NetMap does not ship
    nx.constraint(graph)
    nx.effective_size(graph)
    nx.community.louvain_communities(graph, seed=1)
    nx.core_number(graph)
    list(nx.articulation_points(graph))
    list(nx.bridges(graph))


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--actors", type=int, default=1000)
    parser.add_argument("--networkx-edits", type=int, default=None,
                        help="edits to time plain networkx on (default 3, 1 above 2,000 actors)")
    parser.add_argument("--no-check", action="store_true", help="skip comparing the live result with a full one")
    args = parser.parse_args(argv)
    n = args.actors
    baseline_edits = args.networkx_edits if args.networkx_edits is not None else (3 if n <= 2000 else 1)

    state = build_state(n)
    print(f"map: {len(state.actors)} actors, {len(state.ties)} ties")
    full = timed(lambda: analyze(state))
    print(f"full_analysis_s={full:.3f}  (analyze(state): graph, all figures, gaps, report)")
    live_holder: list[LiveAnalysis] = []
    start = time.perf_counter()
    live_holder.append(LiveAnalysis(state))
    print(f"live_init_s={time.perf_counter() - start:.3f}")
    live = live_holder[0]

    rng = random.Random(7)
    next_id = [n + 1]
    per_edit: list[float] = []
    by_kind: dict[str, list[float]] = {}
    graphs: list[nx.Graph] = []
    for kind in EDITS:
        apply_edit(state, kind, rng, next_id)
        seconds = timed(lambda: live.update(state))
        per_edit.append(seconds * 1000)
        by_kind.setdefault(kind, []).append(seconds * 1000)
        if len(graphs) < baseline_edits:
            graphs.append(live.graph.copy())
    for kind, values in sorted(by_kind.items()):
        print(f"  {kind:<16} n={len(values):<2} median {statistics.median(values):7.1f} ms  max {max(values):7.1f} ms")
    print(f"edits: median {statistics.median(per_edit):.1f} ms, max {max(per_edit):.1f} ms over {len(per_edit)}")

    if not args.no_check:
        expected = analyze(state)
        same = _close(live.report.to_json(), expected.to_json())
        print(f"check: live result equals a full recomputation: {'yes' if same else 'NO'}")

    networkx_ms = math.nan
    if graphs:
        times = []
        for graph in graphs:
            start = time.perf_counter()
            networkx_figures(graph)
            times.append((time.perf_counter() - start) * 1000)
            print(f"  networkx recomputation: {times[-1]:.0f} ms")
        networkx_ms = statistics.median(times)
    print(f"update_ms={statistics.median(per_edit):.1f} networkx_ms={networkx_ms:.1f}")
    return 0


def _close(a: object, b: object) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a == b


if __name__ == "__main__":
    raise SystemExit(main())
