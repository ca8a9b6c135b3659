"""Benchmark: how long one drag step of an actor takes until the frame is painted.

    python bench/canvas.py --actors 1000 [--steps 60] [--layout force|random]

Builds, in one run and on the same graph (networkx.powerlaw_cluster_graph(n, 3, 0.3, seed=1),
laid out by netmap.layouts.force_layout), a 1600x1000 view with the whole map in view (fit all):

1. NetMap's canvas (MapScene + MapView): the drag is driven by real mouse events on the viewport
   (press on the actor, moves with the left button held, release), so the scene's own handling
   (tie geometry, the fast-drag picture, the actorsMoved bookkeeping) is part of the figure.
2. A plain baseline: a QGraphicsScene (default BSP index) with one ellipse, one text label and one
   line item per element, the view repainting the whole viewport on each move.

A step is timed from the mouse event (or the setPos of the baseline) until the view's paint event
has run, i.e. until the frame the user waits for is painted (the offscreen platform paints into
memory like a real window's backing store). The actor dragged has the median degree. The first
step of a drag (when the canvas takes its picture of the still map) is reported separately. The
last line is machine-readable: drag_frame_ms=<median> naive_ms=<median>.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import networkx as nx
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsEllipseItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from netmap import layouts
from netmap.catalogues import default_catalogues
from netmap.domain import (
    Actor,
    Attitude,
    CatalogueKind,
    Direction,
    MapState,
    ProjectInfo,
    Tie,
)
from netmap.ui.canvas import MapScene, MapView

WIDTH, HEIGHT = 1600, 1000


class PaintCounter(QObject):
    """Counts the paint events a widget gets."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def wait_for_paint(app: QApplication, counter: PaintCounter, before: int, timeout: float = 5.0) -> bool:
    """Process events until the widget has painted (True) or `timeout` seconds passed (False)."""
    deadline = time.perf_counter() + timeout
    while counter.count == before and time.perf_counter() < deadline:
        app.processEvents()
    return counter.count != before


def make_state(n: int, layout: str) -> MapState:
    graph = nx.powerlaw_cluster_graph(n, 3, 0.3, seed=1)
    if layout == "random":
        import random

        rnd = random.Random(1)
        side = layouts.SPACING * n ** 0.5
        positions = {v: (rnd.uniform(0, side), rnd.uniform(0, side)) for v in graph}
    else:
        positions = layouts.force_layout(graph, {}, list(graph))
    catalogues = default_catalogues()
    categories = [e.key for e in catalogues[CatalogueKind.CATEGORY]]
    kinds = [e.key for e in catalogues[CatalogueKind.TIE_KIND]]
    attitudes = list(Attitude)
    actors = [Actor(f"Akteur {v} e. V.", category=categories[v % len(categories)], influence=v % 11,
                    attitude=attitudes[v % 3], x=positions[v][0], y=positions[v][1], dots=1 if v % 17 == 0 else 0,
                    is_key=v == 0, id=v + 1) for v in graph]
    ties = [Tie(u + 1, v + 1, kinds[i % len(kinds)], direction=list(Direction)[i % 3], strength=1 + i % 3, id=i + 1)
            for i, (u, v) in enumerate(graph.edges())]
    return MapState(info=ProjectInfo(name="bench"), catalogues=catalogues, actors=actors, ties=ties)


def median_actor(state: MapState) -> int:
    degree = {a.id: 0 for a in state.actors}
    for t in state.ties:
        degree[t.source] += 1
        degree[t.target] += 1
    ranked = sorted(degree, key=lambda i: (degree[i], i))
    return ranked[len(ranked) // 2]


def offsets(steps: int) -> list[QPointF]:
    """A wiggle of up to 40 px around the start, as a hand would drag."""
    import math

    return [QPointF(40 * math.sin(k / 4), 25 * math.sin(k / 7)) for k in range(1, steps + 1)]


def bench_canvas(app: QApplication, state: MapState, actor_id: int, steps: int) -> dict[str, float]:
    t0 = time.perf_counter()
    scene = MapScene()
    scene.set_map(state, "de")
    view = MapView(scene)
    view.resize(WIDTH, HEIGHT)
    view.show()
    app.processEvents()
    view.fit_all()
    app.processEvents()
    build = time.perf_counter() - t0
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    t0 = time.perf_counter()
    view.viewport().repaint()
    full = time.perf_counter() - t0

    item = scene.actor_item(actor_id)
    assert item is not None
    start = view.mapFromScene(item.pos())
    viewport = view.viewport()
    moved: list[dict[int, tuple[float, float]]] = []
    scene.actorsMoved.connect(moved.append)

    def send(kind: QEvent.Type, pos: QPointF, button: Qt.MouseButton, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(kind, pos, viewport.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    press_pos = QPointF(start)
    send(QEvent.Type.MouseButtonPress, press_pos, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton)
    app.processEvents()
    times: list[float] = []
    first = 0.0
    # Qt starts a drag after QApplication.startDragDistance(); the first move begins the drag.
    for k, delta in enumerate(offsets(steps + 1)):
        before = counter.count
        t = time.perf_counter()
        send(QEvent.Type.MouseMove, press_pos + delta + QPointF(12, 0), Qt.MouseButton.NoButton,
             Qt.MouseButton.LeftButton)
        wait_for_paint(app, counter, before)
        elapsed = (time.perf_counter() - t) * 1000
        if k == 0:
            first = elapsed
        else:
            times.append(elapsed)
    before = counter.count
    t = time.perf_counter()
    send(QEvent.Type.MouseButtonRelease, press_pos + QPointF(12, 0), Qt.MouseButton.LeftButton,
         Qt.MouseButton.NoButton)
    handled = time.perf_counter()
    # Without the fast drag nothing needs painting at the release.
    release = ((time.perf_counter() if wait_for_paint(app, counter, before, 1.0) else handled) - t) * 1000
    assert len(moved) == 1, f"actorsMoved was emitted {len(moved)} times"
    view.close()
    return {"build_s": build, "full_frame_ms": full * 1000, "first_step_ms": first, "release_ms": release,
            "median_ms": statistics.median(times), "p90_ms": sorted(times)[int(len(times) * 0.9) - 1],
            "max_ms": max(times)}


def bench_naive(app: QApplication, state: MapState, actor_id: int, steps: int) -> dict[str, float]:
    t0 = time.perf_counter()
    scene = QGraphicsScene()
    ellipses: dict[int, QGraphicsEllipseItem] = {}
    labels: dict[int, QGraphicsSimpleTextItem] = {}
    for a in state.actors:
        assert a.id is not None
        r = 12 + 2.2 * a.influence
        e = QGraphicsEllipseItem(-r, -r, 2 * r, 2 * r)
        e.setBrush(QColor("#f08c00"))
        e.setPen(QPen(QColor("#424242"), 2))
        e.setPos(a.x, a.y)
        e.setZValue(10)
        scene.addItem(e)
        label = QGraphicsSimpleTextItem(a.name)
        label.setPos(a.x - label.boundingRect().width() / 2, a.y + r + 2)
        label.setZValue(11)
        scene.addItem(label)
        ellipses[a.id] = e
        labels[a.id] = label
    lines: dict[int, list[tuple[QGraphicsLineItem, int, int]]] = {a.id: [] for a in state.actors if a.id is not None}
    for t in state.ties:
        line = QGraphicsLineItem(ellipses[t.source].x(), ellipses[t.source].y(),
                                 ellipses[t.target].x(), ellipses[t.target].y())
        line.setPen(QPen(QColor("#2e7d32"), t.strength * 1.5))
        scene.addItem(line)
        lines[t.source].append((line, t.source, t.target))
        lines[t.target].append((line, t.source, t.target))
    view = QGraphicsView(scene)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
    view.resize(WIDTH, HEIGHT)
    view.show()
    app.processEvents()
    view.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    app.processEvents()
    build = time.perf_counter() - t0
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    t0 = time.perf_counter()
    view.viewport().repaint()
    full = time.perf_counter() - t0
    e = ellipses[actor_id]
    label = labels[actor_id]
    origin = e.pos()
    label_origin = label.pos()
    times = []
    for delta in offsets(steps):
        before = counter.count
        t = time.perf_counter()
        d = delta / max(view.transform().m11(), 1e-9)
        e.setPos(origin + d)
        label.setPos(label_origin + d)
        for line, s, tt in lines[actor_id]:
            line.setLine(ellipses[s].x(), ellipses[s].y(), ellipses[tt].x(), ellipses[tt].y())
        wait_for_paint(app, counter, before)
        times.append((time.perf_counter() - t) * 1000)
    view.close()
    return {"build_s": build, "full_frame_ms": full * 1000, "median_ms": statistics.median(times),
            "p90_ms": sorted(times)[int(len(times) * 0.9) - 1], "max_ms": max(times)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--layout", choices=("force", "random"), default="force")
    parser.add_argument("--skip-naive", action="store_true", help="only the canvas (naive_ms=nan)")
    parser.add_argument("--no-fast-drag", action="store_true",
                        help="switch off the picture of the still map: region repaints only (for comparison)")
    args = parser.parse_args()
    if args.no_fast_drag:
        MapScene.FAST_DRAG_MIN_ITEMS = 10**9
    app = QApplication.instance() or QApplication([])
    t = time.perf_counter()
    state = make_state(args.actors, args.layout)
    print(f"graph: {len(state.actors)} actors, {len(state.ties)} ties; layout ({args.layout}) "
          f"{time.perf_counter() - t:.2f} s; view {WIDTH}x{HEIGHT}, fit all")
    actor_id = median_actor(state)
    degree = sum(1 for t in state.ties if actor_id in (t.source, t.target))
    print(f"dragged actor: {actor_id} (degree {degree}, the median); {args.steps} steps; "
          f"fast drag {'off' if args.no_fast_drag else 'on'}")
    canvas = bench_canvas(app, state, actor_id, args.steps)
    print("canvas: build {build_s:.2f} s, full frame {full_frame_ms:.1f} ms, first drag step {first_step_ms:.1f} ms, "
          "steps median {median_ms:.2f} ms, p90 {p90_ms:.2f} ms, max {max_ms:.2f} ms, "
          "release {release_ms:.1f} ms".format(**canvas))
    naive_ms = float("nan")
    if not args.skip_naive:
        naive = bench_naive(app, state, actor_id, args.steps)
        print("naive:  build {build_s:.2f} s, full frame {full_frame_ms:.1f} ms, "
              "steps median {median_ms:.2f} ms, p90 {p90_ms:.2f} ms, max {max_ms:.2f} ms".format(**naive))
        naive_ms = naive["median_ms"]
    print(f"drag_frame_ms={canvas['median_ms']:.2f} naive_ms={naive_ms:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
