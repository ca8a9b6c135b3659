"""Benchmark: open a big project in the main window until its map is drawn and analysed.

    python bench/open.py --actors 5000 [--repeat 3] [--networkx-runs 0]

The project holds networkx.powerlaw_cluster_graph(n, 3, 0.3, seed=1) laid out by NetMap's force
layout (made once, not timed). In the same run:

1. NetMap: a 1600x1000 main window opens the project (`open_project`, the File ▸ Open path:
   storage, tables, canvas, panels) until the map's first frame is painted (`open_s`), and until
   the analysis panel has shown its report, computed off the UI thread (`analysed_s`, from the
   start of the open).
2. networkx: the same map read from GraphML (written by NetMap's export) with `nx.read_graphml`
   (`read_s`), and, with --networkx-runs 1, the betweenness centrality the analysis panel ranks
   by (`betweenness_s`; it takes minutes at 5,000 actors: 158 s here, so by default it is skipped
   and prints nan).

Prints medians; the last line is exactly
`open_s=<median> analysed_s=<median> read_s=<median> betweenness_s=<median>`.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NETMAP_TEST", "1")  # settings go to a throwaway folder, not the user's
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import networkx as nx
from poster import make_state
from PySide6.QtWidgets import QApplication

from netmap.graph import build_graph
from netmap.layouts import force_layout
from netmap.project import Project
from netmap.transfer import export_map


def make_project(n: int, path: Path) -> None:
    state = make_state(n)
    positions = force_layout(build_graph(state), {}, [a.id for a in state.actors])
    project = Project.create(path)
    try:
        added = project.add_actors([a.with_changes(id=None, x=positions[a.id][0], y=positions[a.id][1])
                                    for a in state.actors])
        new_id = {a.id: b.id for a, b in zip(state.actors, added, strict=True)}
        project.add_ties([t.with_changes(id=None, source=new_id[t.source], target=new_id[t.target])
                          for t in state.ties])
    finally:
        project.close()


def open_in_window(app: QApplication, path: Path, timeout: float = 120.0) -> tuple[float, float]:
    from netmap.ui.window.main_window import MainWindow
    from netmap.ui.settings import open_settings

    window = MainWindow(open_settings())
    window.resize(1600, 1000)
    window.show()
    window.analysis_dock.show()
    window.analysis_dock.raise_()  # the panel analyses only while it is in view
    app.processEvents()
    reports: list[float] = []
    window.analysis_panel.runner.reportReady.connect(lambda _report: reports.append(time.perf_counter()))
    start = time.perf_counter()
    if not window.open_project(path, read_only=True):
        raise SystemExit(f"{path} did not open")
    window.view.viewport().repaint()
    drawn = time.perf_counter() - start
    deadline = start + timeout
    while not reports and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)
    analysed = reports[0] - start if reports else math.nan
    window.close_project()
    window.close()
    window.deleteLater()
    app.processEvents()
    return drawn, analysed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--networkx-runs", type=int, default=0)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        project_path = tmp / "big.netmap"
        make_project(args.actors, project_path)
        graphml = tmp / "big.graphml"
        project = Project.open(project_path, read_only=True)
        try:
            export_map(project, graphml)
        finally:
            project.close()
        opened, analysed, read = [], [], []
        for i in range(args.repeat):
            drawn, done = open_in_window(app, project_path)
            start = time.perf_counter()
            graph = nx.read_graphml(graphml)
            read.append(time.perf_counter() - start)
            opened.append(drawn)
            analysed.append(done)
            print(f"run {i + 1}: NetMap drawn {drawn:.2f} s, analysed {done:.2f} s; networkx read {read[-1]:.2f} s",
                  flush=True)
        betweenness = []
        for _ in range(args.networkx_runs):
            start = time.perf_counter()
            nx.betweenness_centrality(graph)
            betweenness.append(time.perf_counter() - start)
    median = statistics.median
    between = median(betweenness) if betweenness else math.nan
    print(f"{args.actors} actors, {graph.number_of_edges()} ties: drawn {median(opened):.2f} s, analysed "
          f"{median(analysed):.2f} s; networkx reads the GraphML in {median(read):.2f} s and needs "
          f"{between:.2f} s for betweenness alone")
    print(f"open_s={median(opened):.3f} analysed_s={median(analysed):.3f} read_s={median(read):.3f} "
          f"betweenness_s={between:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
