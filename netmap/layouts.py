"""Layouts a workshop needs: graph in, positions out. Pure functions, no Qt, deterministic.

Every function takes a networkx graph as `netmap.graph.build_graph` makes it (nodes are actor ids
with the actor's attributes) and returns ``{actor_id: (x, y)}`` in scene units, where an actor
with its label needs about `spacing` (default 140) from the next one:

- `key_actor_rings`: the method starts from a key actor; it sits in the centre, everyone else on
  concentric rings by distance from it, actors it cannot reach on an outer ring.
- `category_sectors`: one sector per category (as in VennMaker), rings by distance from the key
  actor(s) or, without one, by degree (the best connected nearest the centre).
- `district_groups`: one compact group per district (Sozialraum), groups packed in rows.
- `force_layout`: places new actors near their neighbours and leaves the actors people already
  know where they are; with nothing fixed it lays out the whole map.
- `tidy_layout`: everyone starts where they are and moves at most about one `spacing`: ties
  shorten, crowded actors make room, and the group still finds everyone (its mental map).

>>> import networkx as nx
>>> g = nx.path_graph([1, 2, 3])
>>> rings = key_actor_rings(g, [1])
>>> rings[1]
(0.0, 0.0)
"""

from __future__ import annotations

import math
import random
import threading
import zlib
from collections import defaultdict, deque
from collections.abc import Hashable, Iterable, Mapping, Sequence

import networkx as nx

from netmap.domain import MapState

__all__ = [
    "SPACING",
    "category_sectors",
    "district_groups",
    "force_layout",
    "key_actor_rings",
    "state_positions",
    "tidy_layout",
]

Node = Hashable
Point = tuple[float, float]
Positions = dict[Node, Point]

SPACING = 140.0
"""Centre-to-centre distance that leaves room for an actor and its label, in scene units."""

_GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))
_IGRAPH_LOCK = threading.Lock()  # igraph's random number generator is process-wide


def state_positions(state: MapState) -> Positions:
    """The current positions of a map's actors (for `force_layout`'s `fixed_positions`)."""
    return {a.id: (a.x, a.y) for a in state.actors if a.id is not None}


# -- helpers ------------------------------------------------------------------------------------


def _order_key(node: Node) -> tuple[int, object]:
    """A total order over node ids of mixed types: numbers first, then by text."""
    if isinstance(node, (int, float)) and not isinstance(node, bool):
        return (0, node)
    return (1, str(node))


def _sorted(nodes: Iterable[Node]) -> list[Node]:
    return sorted(nodes, key=_order_key)


def _undirected(graph: nx.Graph) -> nx.Graph:
    return graph.to_undirected(as_view=True) if graph.is_directed() else graph


def _key_nodes(graph: nx.Graph, key_ids: Iterable[Node] | None) -> list[Node]:
    """The key actors that are on the graph: the given ones, else those marked `is_key`."""
    keys = [k for k in (key_ids or ()) if k in graph]
    if not keys:
        keys = [v for v in graph if graph.nodes[v].get("is_key")]
    return _sorted(dict.fromkeys(keys))


def _distances(graph: nx.Graph, sources: Sequence[Node]) -> dict[Node, int]:
    """Hops from the nearest of `sources` (breadth first, ties ignore direction)."""
    und = _undirected(graph)
    dist = {s: 0 for s in sources}
    queue = deque(sources)
    while queue:
        v = queue.popleft()
        for u in _sorted(und[v]):
            if u not in dist:
                dist[u] = dist[v] + 1
                queue.append(u)
    return dist


def _circle(n: int, radius: float, start: float = -math.pi / 2) -> list[Point]:
    return [(radius * math.cos(start + 2 * math.pi * i / n), radius * math.sin(start + 2 * math.pi * i / n))
            for i in range(n)]


def _shift(positions: Positions, centre: Point) -> Positions:
    cx, cy = centre
    return {v: (round(x + cx, 2), round(y + cy, 2)) for v, (x, y) in positions.items()}


def _circular_mean(angles: Sequence[float]) -> float | None:
    if not angles:
        return None
    s = sum(math.sin(a) for a in angles)
    c = sum(math.cos(a) for a in angles)
    if abs(s) < 1e-12 and abs(c) < 1e-12:
        return angles[0]
    return math.atan2(s, c)


# -- key actor rings ----------------------------------------------------------------------------


def key_actor_rings(graph: nx.Graph, key_ids: Iterable[Node], *, spacing: float = SPACING,
                    centre: Point = (0.0, 0.0)) -> Positions:
    """The key actor(s) in the centre, everyone else on rings by distance (hops) from them.

    Ring radii grow with the distance and are wide enough for the ring's actors; actors with no
    path to a key actor go on an outer ring. Each actor sits on its ring near the angle of its
    neighbours on the ring inside, which keeps ties short and crossings few. Without `key_ids`
    the actors marked `is_key` are the centre, and without those the best connected actor.

    >>> import networkx as nx
    >>> pos = key_actor_rings(nx.star_graph(4), [0])
    >>> pos[0], round(abs(complex(*pos[1])))
    ((0.0, 0.0), 140)
    """
    if graph.number_of_nodes() == 0:
        return {}
    keys = _key_nodes(graph, key_ids)
    if not keys:
        keys = [min(graph, key=lambda v: (-graph.degree(v), _order_key(v)))]
    dist = _distances(graph, keys)
    levels: dict[int, list[Node]] = defaultdict(list)
    for v, d in dist.items():
        levels[d].append(v)
    unreachable = _sorted(v for v in graph if v not in dist)

    positions: Positions = {}
    angles: dict[Node, float] = {}
    if len(keys) == 1:
        positions[keys[0]] = (0.0, 0.0)
        angles[keys[0]] = 0.0
        radius = 0.0
    else:
        radius = max(spacing * 0.6, len(keys) * spacing / (2 * math.pi))
        for v, p in zip(keys, _circle(len(keys), radius)):
            positions[v] = p
            angles[v] = math.atan2(p[1], p[0])
    und = _undirected(graph)
    for level in range(1, max(levels) + 1):
        ring = levels[level]
        radius = max(radius + spacing, len(ring) * spacing / (2 * math.pi))
        _place_on_ring(ring, radius, und, angles, positions)
    if unreachable:
        radius = max(radius + spacing * 1.5, len(unreachable) * spacing / (2 * math.pi))
        _place_on_ring(unreachable, radius, und, angles, positions)
    return _shift(positions, centre)


def _place_on_ring(ring: list[Node], radius: float, graph: nx.Graph, angles: dict[Node, float],
                   positions: Positions) -> None:
    """Evenly spaced on the ring, in the order of the angles of their placed neighbours."""
    preferred: dict[Node, float] = {}
    for v in ring:
        mean = _circular_mean([angles[u] for u in _sorted(graph[v]) if u in angles])
        preferred[v] = mean if mean is not None else math.pi  # unanchored actors gather on the left
    order = sorted(ring, key=lambda v: (preferred[v] % (2 * math.pi), _order_key(v)))
    n = len(order)
    step = 2 * math.pi / n
    # Rotate the evenly spaced slots so that they match the preferred angles best on average.
    offset = _circular_mean([preferred[v] - i * step for i, v in enumerate(order)]) or 0.0
    for i, v in enumerate(order):
        angle = offset + i * step
        angles[v] = angle
        positions[v] = (radius * math.cos(angle), radius * math.sin(angle))


# -- category sectors ---------------------------------------------------------------------------


def category_sectors(graph: nx.Graph, category_order: Sequence[str], *, key_ids: Iterable[Node] | None = None,
                     by: str = "auto", spacing: float = SPACING, centre: Point = (0.0, 0.0)) -> Positions:
    """One sector per category, like VennMaker's sectors; rings inside the sectors.

    Sectors follow `category_order` (categories not in it come next, alphabetically, actors
    without a category last); a sector's angle grows with its number of actors. `by` decides the
    rings: "distance" from the key actor(s) (who sit in the centre), "degree" (the best connected
    nearest the centre) or "auto" (distance when there is a key actor, else degree). All sectors
    share the ring radii, so the rings read across the whole picture.
    """
    if graph.number_of_nodes() == 0:
        return {}
    keys = _key_nodes(graph, key_ids)
    mode = by if by != "auto" else ("distance" if keys else "degree")
    if mode not in ("distance", "degree"):
        raise ValueError(f"by must be 'auto', 'distance' or 'degree', not {by!r}")
    centre_nodes = keys if mode == "distance" else []
    if mode == "distance" and not keys:
        centre_nodes = [min(graph, key=lambda v: (-graph.degree(v), _order_key(v)))]
    dist = _distances(graph, centre_nodes) if centre_nodes else {}
    far = (max(dist.values()) + 1) if dist else 1
    und = _undirected(graph)

    members: dict[str, list[Node]] = defaultdict(list)
    for v in graph:
        if v not in centre_nodes:
            members[str(graph.nodes[v].get("category") or "")].append(v)
    known = [c for c in dict.fromkeys(category_order) if c in members and c]
    others = sorted(c for c in members if c and c not in known)
    sectors = known + others + ([""] if "" in members else [])

    positions: Positions = {}
    if centre_nodes:
        if len(centre_nodes) == 1:
            positions[centre_nodes[0]] = (0.0, 0.0)
        else:
            r = max(spacing * 0.5, len(centre_nodes) * spacing / (2 * math.pi))
            positions.update(zip(centre_nodes, _circle(len(centre_nodes), r)))
    if not sectors:
        return _shift(positions, centre)

    total = sum(len(members[c]) for c in sectors)
    gap = min(0.08, math.pi / (4 * len(sectors))) if len(sectors) > 1 else 0.0
    usable = 2 * math.pi - gap * len(sectors)
    bounds: dict[str, tuple[float, float]] = {}
    start = -math.pi / 2
    for c in sectors:
        width = usable * len(members[c]) / total
        bounds[c] = (start, start + width)
        start += width + gap

    def level(v: Node) -> int:
        return dist.get(v, far) if mode == "distance" else 0

    queues: dict[str, dict[int, deque[Node]]] = {}
    for c in sectors:
        ordered = sorted(members[c], key=lambda v: (level(v), -und.degree(v), _order_key(v)))
        per_level: dict[int, deque[Node]] = defaultdict(deque)
        for v in ordered:
            per_level[level(v)].append(v)
        queues[c] = per_level
    ring_gap = spacing * 0.8
    radius = spacing * (1.4 if centre_nodes else 0.9)
    for lvl in sorted({lv for q in queues.values() for lv in q}):
        while any(queues[c].get(lvl) for c in sectors):
            for c in sectors:
                queue = queues[c].get(lvl)
                if not queue:
                    continue
                a0, a1 = bounds[c]
                # A narrow sector starts further out, where its arc has room for an actor.
                capacity = int(radius * (a1 - a0) / spacing)
                if capacity < 1:
                    continue
                ring = [queue.popleft() for _ in range(min(capacity, len(queue)))]
                for i, v in enumerate(ring):
                    angle = a0 + (a1 - a0) * (i + 0.5) / len(ring)
                    positions[v] = (radius * math.cos(angle), radius * math.sin(angle))
            radius += ring_gap
        radius += ring_gap * 0.5  # a little more air between distance levels
    return _shift(positions, centre)


# -- district groups ----------------------------------------------------------------------------


def district_groups(graph: nx.Graph, districts: Sequence[str], *, spacing: float = SPACING,
                    centre: Point = (0.0, 0.0)) -> Positions:
    """One compact round group per district, the best connected actors in the group's middle.

    Groups follow `districts` (districts not in it next, alphabetically, actors without a district
    last) and are packed in rows, left to right, top to bottom, with a gap between groups.
    """
    if graph.number_of_nodes() == 0:
        return {}
    und = _undirected(graph)
    members: dict[str, list[Node]] = defaultdict(list)
    for v in graph:
        members[str(graph.nodes[v].get("district") or "")].append(v)
    known = [d for d in dict.fromkeys(districts) if d in members and d]
    groups = known + sorted(d for d in members if d and d not in known) + ([""] if "" in members else [])

    c = spacing / 1.75  # sunflower spacing constant: neighbours about `spacing` apart
    local: dict[str, Positions] = {}
    radii: dict[str, float] = {}
    for d in groups:
        ordered = sorted(members[d], key=lambda v: (-und.degree(v), _order_key(v)))
        pts: Positions = {}
        for i, v in enumerate(ordered):
            r = c * math.sqrt(i + 0.5) if len(ordered) > 1 else 0.0
            a = i * _GOLDEN_ANGLE
            pts[v] = (r * math.cos(a), r * math.sin(a))
        local[d] = pts
        radii[d] = c * math.sqrt(len(ordered)) + spacing * 0.5

    gap = spacing * 1.2
    area = sum((2 * radii[d] + gap) ** 2 for d in groups)
    row_width = max(max(2 * r for r in radii.values()), math.sqrt(area) * 1.15)
    positions: Positions = {}
    x = y = 0.0
    row_height = 0.0
    placed: list[tuple[str, float, float]] = []
    for d in groups:
        size = 2 * radii[d]
        if x > 0 and x + size > row_width:
            x = 0.0
            y += row_height + gap
            row_height = 0.0
        placed.append((d, x + radii[d], y + radii[d]))
        x += size + gap
        row_height = max(row_height, size)
    width = max(cx + radii[d] for d, cx, _ in placed)
    height = max(cy + radii[d] for d, _, cy in placed)
    for d, cx, cy in placed:
        for v, (px, py) in local[d].items():
            positions[v] = (cx + px - width / 2, cy + py - height / 2)
    return _shift(positions, centre)


# -- force layout -------------------------------------------------------------------------------


def force_layout(graph: nx.Graph, fixed_positions: Mapping[Node, Point], new_ids: Iterable[Node], *,
                 spacing: float = SPACING, seed: int = 7) -> Positions:
    """Place the actors of `new_ids` (and any actor without a position) near their neighbours.

    Actors in `fixed_positions` that are not new stay exactly where they are: people who know
    the map find them again. New actors start at the middle of their placed neighbours and settle
    with a spring model (ties pull to `spacing`, close actors push apart). New groups with no tie
    to the placed map are laid out on their own (Fruchterman-Reingold, igraph) and set beside the
    map. With nothing fixed the whole map is laid out, centred on the origin. The result is the
    same for the same input (seeded), and 5,000 actors take about a second.

    Returns positions for every actor of `graph`.
    """
    new = {v for v in new_ids if v in graph}
    fixed: Positions = {v: (float(p[0]), float(p[1])) for v, p in fixed_positions.items()
                        if v in graph and v not in new}
    free = [v for v in _sorted(graph) if v not in fixed]
    if not free:
        return dict(fixed)
    if not fixed:
        whole = _whole_layout(graph, spacing, seed)
        if len(whole) <= 2000:
            # Fruchterman-Reingold crowds the middle of a map; springs with a minimum distance
            # give every actor room for its label.
            _relax(_undirected(graph), _sorted(whole), whole, spacing,
                   iterations=max(30, min(150, 40000 // len(whole))), temperature=spacing * 0.25)
        return {v: (round(x, 2), round(y, 2)) for v, (x, y) in whole.items()}

    und = _undirected(graph)
    positions: Positions = dict(fixed)
    free_set = set(free)
    # Components of the new actors among themselves: anchored ones grow out from the placed map.
    sub = und.subgraph(free)
    anchored: list[Node] = []
    loose: list[list[Node]] = []
    for comp in sorted(nx.connected_components(sub), key=lambda c: _order_key(min(c, key=_order_key))):
        if any(u in fixed for v in comp for u in und[v]):
            anchored.extend(comp)
        else:
            loose.append(_sorted(comp))
    _grow_from_placed(und, anchored, positions, spacing)
    if loose:
        _place_loose(graph, loose, positions, spacing, seed)
    moving = [v for v in free if v in set(anchored)]
    if moving:
        _relax(und, moving, positions, spacing)
    return {v: (round(positions[v][0], 2), round(positions[v][1], 2)) if v in free_set else positions[v]
            for v in graph}


def tidy_layout(graph: nx.Graph, positions: Mapping[Node, Point], *, spacing: float = SPACING,
                reach: float = 1.0) -> Positions:
    """Springs from where everyone is now, each actor at most `reach` × `spacing` from its place;
    actors without a position are placed near their neighbours first (`force_layout`).

    >>> g = nx.path_graph([1, 2])
    >>> tidy_layout(g, {1: (0.0, 0.0), 2: (1000.0, 0.0)})[2][0] < 1000.0
    True
    """
    placed = {v: (float(p[0]), float(p[1])) for v, p in positions.items() if v in graph}
    start = force_layout(graph, placed, [v for v in graph if v not in placed], spacing=spacing) \
        if len(placed) < len(graph) else dict(placed)
    moving = _sorted(graph)
    result = dict(start)
    _relax(_undirected(graph), moving, result, spacing, iterations=40, temperature=spacing * 0.2)
    limit = reach * spacing
    tidy: Positions = {}
    for v in graph:
        (x0, y0), (x, y) = start[v], result[v]
        d = math.hypot(x - x0, y - y0)
        if d > limit:
            x, y = x0 + (x - x0) * limit / d, y0 + (y - y0) * limit / d
        tidy[v] = (round(x, 2), round(y, 2))
    return tidy


def _grow_from_placed(graph: nx.Graph, nodes: list[Node], positions: Positions, spacing: float) -> None:
    """First positions: breadth first from the placed actors, each next to its placed neighbours."""
    waiting = set(nodes)
    rank = 0
    while waiting:
        ready = [v for v in _sorted(waiting) if any(u in positions for u in graph[v])]
        if not ready:  # cannot happen for anchored components; guard against an endless loop
            ready = _sorted(waiting)[:1]
        for v in ready:
            anchors = [positions[u] for u in _sorted(graph[v]) if u in positions]
            if anchors:
                mx = sum(p[0] for p in anchors) / len(anchors)
                my = sum(p[1] for p in anchors) / len(anchors)
            else:
                mx, my = 0.0, 0.0
            # One neighbour: step out of its way; several: start between them, slightly off.
            distance = spacing if len(anchors) == 1 else spacing * 0.35
            angle = rank * _GOLDEN_ANGLE
            positions[v] = (mx + distance * math.cos(angle), my + distance * math.sin(angle))
            rank += 1
            waiting.discard(v)


def _place_loose(graph: nx.Graph, comps: list[list[Node]], positions: Positions, spacing: float,
                 seed: int) -> None:
    """Lay out groups without a tie to the placed map on their own; set them in a row below it."""
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    left = min(xs) if xs else 0.0
    x = left
    y0 = (max(ys) if ys else 0.0) + spacing * 1.5
    for comp in sorted(comps, key=lambda c: (-len(c), _order_key(c[0]))):
        local = _whole_layout(graph.subgraph(comp), spacing, seed)
        lx = [p[0] for p in local.values()]
        ly = [p[1] for p in local.values()]
        dx = x - min(lx)
        dy = y0 - min(ly)
        for v, (px, py) in local.items():
            positions[v] = (px + dx, py + dy)
        x += (max(lx) - min(lx)) + spacing


def _relax(graph: nx.Graph, moving: list[Node], positions: Positions, spacing: float, *,
           iterations: int | None = None, temperature: float | None = None) -> None:
    """Springs for the moving actors only: ties pull towards `spacing`, actors closer than
    `spacing` push apart. Fixed actors never move; a grid keeps the push local."""
    if iterations is None:
        iterations = max(15, min(120, 60000 // max(1, len(moving))))
    cell = spacing * 1.5
    if temperature is None:
        temperature = spacing * 0.5
    neighbours = {v: _sorted(graph[v]) for v in moving}
    moving_set = set(moving)
    still: dict[tuple[int, int], list[Node]] = defaultdict(list)
    for v, (x, y) in positions.items():
        if v not in moving_set:
            still[(math.floor(x / cell), math.floor(y / cell))].append(v)
    settle = max(5, iterations // 5)  # the last rounds mostly push apart: nobody on top of anyone
    for it in range(iterations + settle):
        grid: dict[tuple[int, int], list[Node]] = defaultdict(list)
        for v in moving:
            x, y = positions[v]
            grid[(math.floor(x / cell), math.floor(y / cell))].append(v)
        if it < iterations:
            step = temperature * (1.0 - it / iterations) + spacing * 0.01
            pull_weight = 0.3
        else:
            step = spacing * 0.05
            pull_weight = 0.05
        updates: Positions = {}
        for v in moving:
            x, y = positions[v]
            fx = fy = 0.0
            for u in neighbours[v]:
                ux, uy = positions[u]
                dx, dy = ux - x, uy - y
                d = math.hypot(dx, dy) or 1e-6
                pull = (d - spacing) / spacing
                fx += dx / d * pull * spacing * pull_weight
                fy += dy / d * pull * spacing * pull_weight
            gx, gy = math.floor(x / cell), math.floor(y / cell)
            for ox in (-1, 0, 1):
                for oy in (-1, 0, 1):
                    key = (gx + ox, gy + oy)
                    for u in (*still.get(key, ()), *grid.get(key, ())):
                        if u == v:
                            continue
                        ux, uy = positions[u]
                        dx, dy = x - ux, y - uy
                        d2 = dx * dx + dy * dy
                        if d2 >= spacing * spacing:
                            continue
                        d = math.sqrt(d2)
                        if d < 1e-6:  # exactly on top of another: a fixed, deterministic nudge
                            a = (zlib.crc32(str(v).encode()) % 360) * math.pi / 180
                            dx, dy, d = math.cos(a), math.sin(a), 1.0
                        push = (spacing - d) / spacing
                        fx += dx / d * push * spacing * 1.5
                        fy += dy / d * push * spacing * 1.5
            norm = math.hypot(fx, fy)
            if norm > step:
                fx, fy = fx / norm * step, fy / norm * step
            updates[v] = (x + fx, y + fy)
        positions.update(updates)


def _whole_layout(graph: nx.Graph, spacing: float, seed: int) -> Positions:
    """Fruchterman-Reingold (igraph) of a whole graph, scaled so that neighbours on the picture are
    about `spacing` apart; deterministic for the same graph and seed."""
    nodes = _sorted(graph)
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        return {nodes[0]: (-spacing / 2, 0.0), nodes[1]: (spacing / 2, 0.0)}
    import igraph

    index = {v: i for i, v in enumerate(nodes)}
    if graph.is_directed():
        edges = sorted({(min(index[u], index[v]), max(index[u], index[v])) for u, v in graph.edges() if u != v})
    else:  # already one edge per pair, in the graph's own (deterministic) order
        edges = [(index[u], index[v]) for u, v in graph.edges() if u != v]
    g = igraph.Graph(n=n, edges=edges)
    start = [[math.sqrt(i + 0.5) * math.cos(i * _GOLDEN_ANGLE), math.sqrt(i + 0.5) * math.sin(i * _GOLDEN_ANGLE)]
             for i in range(n)]
    with _IGRAPH_LOCK:
        igraph.set_random_number_generator(random.Random(seed))
        try:
            # From the spiral start, fewer rounds settle a big map about as well (150 at 5,000 actors: 0.1 s).
            rounds = 500 if n <= 2000 else 250 if n <= 3000 else 150
            layout = g.layout_fruchterman_reingold(seed=start, niter=rounds, grid=n > 1200)
        finally:
            igraph.set_random_number_generator(random)
    coords = [(float(x), float(y)) for x, y in layout.coords]
    # Scale: on average `spacing` per actor over the picture, and no closer than half of it to the
    # nearest other actor for most of them (the median).
    xs = [p[0] for p in coords]
    ys = [p[1] for p in coords]
    mean_spacing = math.sqrt(max(max(xs) - min(xs), 1e-9) * max(max(ys) - min(ys), 1e-9) / n)
    scale = max(spacing / mean_spacing, 0.5 * spacing / max(_median_nearest(coords), 1e-9))
    cx = sum(p[0] for p in coords) / n
    cy = sum(p[1] for p in coords) / n
    return {v: ((coords[i][0] - cx) * scale, (coords[i][1] - cy) * scale) for v, i in index.items()}


_NEAREST_SAMPLE = 600
"""Points whose nearest neighbour is measured: a median over 600 evenly spread points is as good
as one over all of a big map, at a tenth of the time."""


def _median_nearest(points: list[Point]) -> float:
    """Median distance from each point (or an even sample of them) to its nearest other point."""
    n = len(points)
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    extent = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    cell = extent / max(1.0, math.sqrt(n))
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, (x, y) in enumerate(points):
        grid[(int(x // cell), int(y // cell))].append(i)
    nearest: list[float] = []
    step = max(1, n // _NEAREST_SAMPLE)
    for i in range(0, n, step):
        x, y = points[i]
        gx, gy = int(x // cell), int(y // cell)
        best = math.inf
        reach = 1
        while best == math.inf or best > (reach - 1) * cell:
            for ox in range(-reach, reach + 1):
                for oy in range(-reach, reach + 1):
                    if max(abs(ox), abs(oy)) != reach and reach > 1:
                        continue
                    for j in grid.get((gx + ox, gy + oy), ()):
                        if j != i:
                            best = min(best, math.hypot(points[j][0] - x, points[j][1] - y))
            reach += 1
            if reach > 64:
                break
        nearest.append(best if best != math.inf else extent)
    nearest.sort()
    return nearest[len(nearest) // 2]
