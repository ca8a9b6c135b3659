"""Layouts: known properties (rings grow with distance, sectors are contiguous, fixed actors stay),
determinism, and a large map laid out completely (its speed is measured by bench/layouts.py)."""

from __future__ import annotations

import math
import random

import networkx as nx
import pytest

from netmap import layouts
from netmap.domain import Actor, MapState, Tie
from netmap.graph import build_graph


def _radius(p: tuple[float, float], centre: tuple[float, float] = (0.0, 0.0)) -> float:
    return math.hypot(p[0] - centre[0], p[1] - centre[1])


def _angle(p: tuple[float, float]) -> float:
    return math.atan2(p[1], p[0]) % (2 * math.pi)


def _tree() -> nx.Graph:
    g = nx.balanced_tree(3, 3)  # 40 nodes, distances 0..3 from node 0
    g.add_nodes_from([100, 101])  # unreachable
    g.add_edge(100, 101)
    return g


def _min_distance(pos: dict) -> float:  # type: ignore[type-arg]
    pts = list(pos.values())
    return min(math.dist(a, b) for i, a in enumerate(pts) for b in pts[i + 1:])


# == key actor rings =============================================================================


def test_rings_radius_grows_with_distance_from_the_key_actor() -> None:
    g = _tree()
    pos = layouts.key_actor_rings(g, [0])
    assert pos[0] == (0.0, 0.0)
    dist = nx.single_source_shortest_path_length(g, 0)
    radii: dict[int, set[float]] = {}
    for v, d in dist.items():
        radii.setdefault(d, set()).add(round(_radius(pos[v])))
    assert all(len(r) == 1 for r in radii.values())  # one ring per distance
    ordered = [next(iter(radii[d])) for d in sorted(radii)]
    assert ordered == sorted(ordered) and len(set(ordered)) == len(ordered)
    outer = {round(_radius(pos[v])) for v in (100, 101)}
    assert len(outer) == 1 and next(iter(outer)) > ordered[-1]  # unreachable: an outer ring
    assert _min_distance(pos) >= layouts.SPACING * 0.5


def test_rings_keep_neighbours_close_in_angle() -> None:
    g = nx.balanced_tree(2, 4)
    pos = layouts.key_actor_rings(g, [0])
    # Children sit near their parent's angle: the mean angular gap child-parent is small.
    gaps = []
    for u, v in g.edges():
        if u == 0 or v == 0:
            continue
        d = abs(_angle(pos[u]) - _angle(pos[v]))
        gaps.append(min(d, 2 * math.pi - d))
    assert sum(gaps) / len(gaps) < math.pi / 4


def test_rings_with_several_key_actors_and_centre() -> None:
    g = nx.path_graph(6)
    pos = layouts.key_actor_rings(g, [0, 5], centre=(100.0, 50.0))
    assert _radius(pos[0], (100, 50)) == pytest.approx(_radius(pos[5], (100, 50)))
    assert _radius(pos[1], (100, 50)) > _radius(pos[0], (100, 50))


def test_rings_fall_back_to_marked_key_actor() -> None:
    state = MapState(actors=[Actor("A", id=1), Actor("B", id=2, is_key=True), Actor("C", id=3)],
                     ties=[Tie(1, 2, id=1), Tie(2, 3, id=2)])
    pos = layouts.key_actor_rings(build_graph(state), [])
    assert pos[2] == (0.0, 0.0)


# == category sectors ============================================================================


def _categorised(n: int = 60, seed: int = 3) -> nx.Graph:
    g = nx.powerlaw_cluster_graph(n, 2, 0.3, seed=seed)
    cats = ["verwaltung", "schulen", "vereine", "religion", ""]
    rnd = random.Random(seed)
    for v in g:
        g.nodes[v]["category"] = rnd.choice(cats)
    return g


@pytest.mark.parametrize("by", ["degree", "distance"])
def test_sectors_are_contiguous_per_category(by: str) -> None:
    g = _categorised()
    keys = [0] if by == "distance" else None
    pos = layouts.category_sectors(g, ["schulen", "verwaltung", "vereine", "religion"], key_ids=keys, by=by)
    assert set(pos) == set(g)
    # Each category's actors occupy one angular interval that no other category enters.
    intervals = {}
    for cat in {g.nodes[v]["category"] for v in g}:
        angles = sorted(_angle(pos[v]) for v in g if g.nodes[v]["category"] == cat and (keys is None or v not in keys))
        if not angles:
            continue
        # The interval is the circle minus its largest gap.
        gaps = [(angles[(i + 1) % len(angles)] - a) % (2 * math.pi) for i, a in enumerate(angles)]
        widest = max(range(len(gaps)), key=gaps.__getitem__)
        start = angles[(widest + 1) % len(angles)]
        intervals[cat] = (start, (angles[widest] - start) % (2 * math.pi))
    for cat, (start, width) in intervals.items():
        for v in g:
            other = g.nodes[v]["category"]
            if other == cat or (keys is not None and v in keys):
                continue
            offset = (_angle(pos[v]) - start) % (2 * math.pi)
            assert offset > width + 1e-9, f"{v} of {other!r} inside the sector of {cat!r}"
    assert _min_distance(pos) >= layouts.SPACING * 0.5


def test_sectors_follow_the_catalogue_order_clockwise_from_the_top() -> None:
    g = nx.empty_graph(6)
    for v, cat in enumerate(["a", "a", "b", "b", "c", "c"]):
        g.nodes[v]["category"] = cat
    pos = layouts.category_sectors(g, ["c", "a", "b"])
    mean = {c: sum((_angle(pos[v]) + math.pi / 2) % (2 * math.pi) for v in g if g.nodes[v]["category"] == c) / 2
            for c in "abc"}
    assert mean["c"] < mean["a"] < mean["b"]


def test_sectors_rings_by_distance_from_key() -> None:
    g = nx.path_graph(5)
    for v in g:
        g.nodes[v]["category"] = "x"
    pos = layouts.category_sectors(g, ["x"], key_ids=[0])
    radii = [_radius(pos[v]) for v in range(5)]
    assert radii[0] == 0 and radii == sorted(radii)


# == district groups =============================================================================


def test_district_groups_are_compact_and_apart() -> None:
    g = _categorised(80)
    districts = ["nord", "sued", "mitte"]
    for v in g:
        g.nodes[v]["district"] = districts[v % 3] if v % 7 else ""
    pos = layouts.district_groups(g, districts)
    groups: dict[str, list[tuple[float, float]]] = {}
    for v in g:
        groups.setdefault(g.nodes[v]["district"], []).append(pos[v])
    centres = {d: (sum(p[0] for p in ps) / len(ps), sum(p[1] for p in ps) / len(ps)) for d, ps in groups.items()}
    spread = {d: max(math.dist(p, centres[d]) for p in ps) for d, ps in groups.items()}
    for d, ps in groups.items():
        for other, c in centres.items():
            if other != d:  # every actor is nearer its own group's centre than any other group's
                assert all(math.dist(p, centres[d]) < math.dist(p, c) for p in ps)
    names = list(groups)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert math.dist(centres[a], centres[b]) > spread[a] + spread[b]  # groups do not overlap
    assert _min_distance(pos) >= layouts.SPACING * 0.5


# == force layout ================================================================================


def test_force_layout_keeps_fixed_actors_and_places_new_near_neighbours() -> None:
    g = nx.powerlaw_cluster_graph(80, 2, 0.3, seed=5)
    first = layouts.force_layout(g, {}, list(g))
    new = [3, 40, 79]
    g.add_edge(79, 200)  # a brand-new actor tied to a new one
    g.add_node(300)  # and one without any tie
    fixed = {v: first[v] for v in first if v not in new}
    pos = layouts.force_layout(g, fixed, new + [200, 300])
    for v, p in fixed.items():
        assert pos[v] == p  # fixed actors do not move at all
    assert set(pos) == set(g)
    for v in new:
        neighbours = [u for u in g[v] if u in fixed]
        if neighbours:
            cx = sum(pos[u][0] for u in neighbours) / len(neighbours)
            cy = sum(pos[u][1] for u in neighbours) / len(neighbours)
            assert math.dist(pos[v], (cx, cy)) < 3 * layouts.SPACING
        others = [p for u, p in pos.items() if u != v]
        assert min(math.dist(pos[v], p) for p in others) > layouts.SPACING * 0.4  # not on top of anyone
    assert math.dist(pos[200], pos[79]) < 2.5 * layouts.SPACING


def test_force_layout_is_deterministic() -> None:
    g = nx.powerlaw_cluster_graph(120, 2, 0.3, seed=2)
    random.seed(1)
    a = layouts.force_layout(g, {}, list(g))
    random.seed(99)
    b = layouts.force_layout(g, {}, list(g))
    assert a == b
    fixed = {v: a[v] for v in list(g)[:100]}
    assert layouts.force_layout(g, fixed, list(g)[100:]) == layouts.force_layout(g, fixed, list(g)[100:])


def test_force_layout_spacing_of_a_whole_map() -> None:
    g = nx.powerlaw_cluster_graph(60, 2, 0.3, seed=1)
    pos = layouts.force_layout(g, {}, list(g))
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    mean_spacing = math.sqrt((max(xs) - min(xs)) * (max(ys) - min(ys)) / len(pos))
    assert layouts.SPACING * 0.8 < mean_spacing < layouts.SPACING * 1.6
    # Tied actors are nearer each other than untied ones, on average.
    tied = sum(math.dist(pos[u], pos[v]) for u, v in g.edges()) / g.number_of_edges()
    pairs = [(u, v) for u in g for v in g if u < v and not g.has_edge(u, v)]
    untied = sum(math.dist(pos[u], pos[v]) for u, v in pairs) / len(pairs)
    assert tied < untied * 0.7


def test_layouts_of_an_empty_graph_and_of_map_state() -> None:
    empty = nx.Graph()
    assert layouts.key_actor_rings(empty, []) == {}
    assert layouts.category_sectors(empty, []) == {}
    assert layouts.district_groups(empty, []) == {}
    assert layouts.force_layout(empty, {}, []) == {}
    state = MapState(actors=[Actor("A", id=1, x=5, y=6), Actor("B", id=2)], ties=[Tie(1, 2, id=1)])
    assert layouts.state_positions(state) == {1: (5, 6), 2: (0.0, 0.0)}
    pos = layouts.force_layout(build_graph(state), {1: (5.0, 6.0)}, [2])
    assert pos[1] == (5.0, 6.0) and math.dist(pos[1], pos[2]) > 50


def test_five_thousand_actors() -> None:
    g = nx.powerlaw_cluster_graph(5000, 3, 0.3, seed=1)
    pos = layouts.force_layout(g, {}, list(g))
    assert len(pos) == 5000
    fixed = {v: pos[v] for v in list(g)[:4990]}
    again = layouts.force_layout(g, fixed, list(g)[4990:])
    assert all(again[v] == fixed[v] for v in fixed)
    for f in (layouts.key_actor_rings(g, [0]), layouts.category_sectors(g, []), layouts.district_groups(g, [])):
        assert len(f) == 5000
