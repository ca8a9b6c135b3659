"""Benchmark: lay out a big map automatically and write its A0 PDF poster, against Graphviz sfdp.

Both sides start from the same graph (networkx.powerlaw_cluster_graph(n, 3, 0.3, seed=1)) and
end with a PDF on disk: NetMap runs its force layout and renders the poster through the shared
map renderer; Graphviz runs `sfdp -Tpdf` on the same graph written as DOT. The analysis of the
poster's side panel is left out so the two do the same work. Prints medians and, last,
`poster_s=<median> sfdp_s=<median>`.

    python bench/poster.py --actors 5000 [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import networkx as nx

from netmap.catalogues import default_catalogues
from netmap.domain import Actor, CatalogueKind, MapState, ProjectInfo, Tie
from netmap.graph import build_graph
from netmap.layouts import force_layout
from netmap.render.poster import ensure_application, render_poster


def make_state(n: int) -> MapState:
    graph = nx.powerlaw_cluster_graph(n, 3, 0.3, seed=1)
    catalogues = default_catalogues()
    categories = [e.key for e in catalogues[CatalogueKind.CATEGORY]]
    kinds = [e.key for e in catalogues[CatalogueKind.TIE_KIND]]
    actors = [Actor(f"Akteur {v}", category=categories[v % len(categories)], influence=v % 11, id=v + 1)
              for v in graph.nodes]
    ties = [Tie(u + 1, v + 1, kinds[i % len(kinds)], strength=1 + i % 3, id=i + 1)
            for i, (u, v) in enumerate(graph.edges)]
    return MapState(ProjectInfo(name=f"Benchmark {n}", town="Musterstadt"), catalogues, actors, ties, [])


def netmap_poster(state: MapState, target: Path) -> float:
    start = time.perf_counter()
    positions = force_layout(build_graph(state), {}, [a.id for a in state.actors])
    placed = MapState(state.info, state.catalogues,
                      [a.with_changes(x=positions[a.id][0], y=positions[a.id][1]) for a in state.actors],
                      state.ties, [])
    render_poster(placed, target, paper="A0", landscape=True)
    return time.perf_counter() - start


def sfdp_poster(state: MapState, dot: Path, target: Path) -> float:
    lines = ["graph G {", "node [shape=circle, label=\"\"];"]
    lines += [f"{t.source} -- {t.target};" for t in state.ties]
    lines.append("}")
    dot.write_text("\n".join(lines), encoding="utf-8")
    start = time.perf_counter()
    subprocess.run(["sfdp", "-Tpdf", str(dot), "-o", str(target)], check=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("sfdp") is None:
        print("sfdp not found: install Debian's graphviz package", file=sys.stderr)
        return 1
    ensure_application()
    state = make_state(args.actors)
    ours, theirs = [], []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        for i in range(args.repeat):
            ours.append(netmap_poster(state, tmp / f"netmap{i}.pdf"))
            theirs.append(sfdp_poster(state, tmp / "graph.dot", tmp / f"sfdp{i}.pdf"))
            print(f"run {i + 1}: netmap {ours[-1]:.2f} s ({(tmp / f'netmap{i}.pdf').stat().st_size // 1024} KiB), "
                  f"sfdp {theirs[-1]:.2f} s ({(tmp / f'sfdp{i}.pdf').stat().st_size // 1024} KiB)")
    poster_s, sfdp_s = statistics.median(ours), statistics.median(theirs)
    print(f"{args.actors} actors, {len(state.ties)} ties: NetMap layout + A0 PDF {poster_s:.2f} s, "
          f"sfdp {sfdp_s:.2f} s, ratio {poster_s / sfdp_s:.2f}")
    print(f"poster_s={poster_s:.3f} sfdp_s={sfdp_s:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
