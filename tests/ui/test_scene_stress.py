"""A guard for the Qt binding: a 20,000-item map whose actors move thousands of times exits cleanly.

PySide6 6.12.0 on CPython 3.11 lost a reference to None on every call of a method returning nothing
(setPos, setZValue, ...) and aborted with "Fatal Python error: none_dealloc" after some thousands
of calls. The scene is built and moved in a separate process, so an abort shows
as a failed test rather than taking pytest down.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import networkx as nx
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication
    from netmap.catalogues import default_catalogues
    from netmap.domain import Actor, Direction, MapState, Tie
    from netmap.ui.canvas import MapScene, MapView

    app = QApplication([])
    n = 7000
    graph = nx.barabasi_albert_graph(n, 2, seed=1)
    side = int(n ** 0.5) + 1
    actors = [Actor(f"Akteur {v}", category="vereine", influence=v % 11, x=(v % side) * 120.0,
                    y=(v // side) * 120.0, id=v + 1) for v in graph]
    ties = [Tie(u + 1, v + 1, "kooperation", Direction.DIRECTED if i % 2 else Direction.UNDIRECTED, id=i + 1)
            for i, (u, v) in enumerate(graph.edges())]
    scene = MapScene()
    scene.set_map(MapState(catalogues=default_catalogues(), actors=actors, ties=ties), "de")
    items = len(scene.items())
    assert items >= 20000, items
    view = MapView(scene)
    view.resize(800, 600)
    view.show()
    view.fit_all()
    app.processEvents()
    moved = 0
    for round_ in range(3):
        for v in range(0, n, 2):
            item = scene.actor_item(v + 1)
            item.setPos(item.pos() + QPointF(3.0, -2.0))
            item.setZValue(10 + round_)
            moved += 1
        app.processEvents()
    scene.upsert_actors([a.with_changes(x=a.x + 1) for a in actors[:2000]])
    scene.remove_actors(list(range(1, 1001)))
    app.processEvents()
    scene.set_map(MapState(catalogues=default_catalogues()), "de")
    app.processEvents()
    print("ok", items, moved, flush=True)
    """
)


@pytest.mark.slow
def test_large_scene_survives_thousands_of_moves() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], check=False, capture_output=True, text=True, timeout=600,
                            env=env)
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stderr[-3000:]}"
    assert result.stdout.startswith("ok"), result.stdout + result.stderr[-2000:]
    items, moved = map(int, result.stdout.split()[1:3])
    assert items >= 20000 and moved >= 10000
