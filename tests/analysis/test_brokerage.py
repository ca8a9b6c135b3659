"""Constraint and effective size against the published values and networkx; brokerage roles on a
hand-counted example."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from netmap.analysis.brokerage import (
    ROLES,
    brokerage_roles,
    constraint,
    effective_size,
    structural_holes,
)

from .helpers import assert_close, holes, kite, weighted_holes


def test_borgatti_unweighted() -> None:
    c, e = constraint(holes()), effective_size(holes())
    assert c["G"] == pytest.approx(0.400, abs=1e-3)
    assert c["A"] == pytest.approx(0.595, abs=1e-3)
    assert c["C"] == pytest.approx(1.000, abs=1e-3)
    assert e["G"] == pytest.approx(4.67, abs=1e-2)
    assert e["A"] == pytest.approx(2.50, abs=1e-3)
    assert e["C"] == pytest.approx(1.0)


def test_borgatti_weighted() -> None:
    c, e = constraint(weighted_holes(), weight="weight"), effective_size(weighted_holes(), weight="weight")
    assert c["G"] == pytest.approx(0.299, abs=1e-3)
    assert c["A"] == pytest.approx(0.795, abs=1e-3)
    assert c["C"] == pytest.approx(1.0)
    assert e["G"] == pytest.approx(5.47, abs=1e-2)
    assert e["A"] == pytest.approx(2.47, abs=1e-2)
    assert e["C"] == pytest.approx(1.0)


def test_directed_reference() -> None:
    graph = nx.DiGraph([(0, 1), (0, 2), (1, 0), (2, 1)])
    c, e = structural_holes(graph)
    assert [round(c[v], 3) for v in range(3)] == [1.003, 1.003, 1.389]
    assert [round(e[v], 3) for v in range(3)] == [1.167, 1.167, 1.0]
    weighted = nx.DiGraph()
    weighted.add_weighted_edges_from([(0, 1, 2), (0, 2, 2), (1, 0, 1), (2, 1, 1)])
    c, e = structural_holes(weighted, weight="weight")
    assert [round(c[v], 3) for v in range(3)] == [0.840, 1.143, 1.378]
    assert [round(e[v], 3) for v in range(3)] == [1.567, 1.083, 1.0]


def test_kite_reference() -> None:
    c, e = structural_holes(kite())
    assert c["Heather"] == pytest.approx(0.4311, abs=1e-3)
    assert c["Jane"] == pytest.approx(1.0)
    assert e["Diane"] == pytest.approx(3.333, abs=1e-3)
    assert e["Ike"] == pytest.approx(2.0)


def test_isolates_are_undefined() -> None:
    graph = holes()
    graph.add_node("alone")
    c, e = structural_holes(graph)
    assert c["alone"] is None and e["alone"] is None


@pytest.mark.parametrize("directed", [False, True])
@pytest.mark.parametrize("weighted", [False, True])
def test_matches_networkx_on_random_graphs(directed: bool, weighted: bool) -> None:
    rng = random.Random(4)
    for seed in range(3):
        graph = nx.gnp_random_graph(25, 0.15, seed=seed, directed=directed)
        for _, _, data in graph.edges(data=True):
            data["weight"] = rng.randint(1, 3)
        weight = "weight" if weighted else None
        c, e = structural_holes(graph, weight=weight)
        connected = [v for v in graph if nx.degree(graph, v)]
        assert_close(c, nx.constraint(graph, weight=weight), keys=[v for v in connected if graph[v]])
        assert_close(e, nx.effective_size(graph, weight=weight), keys=[v for v in connected if graph[v]])
        if directed:
            # networkx (without scipy) takes an actor with incoming ties only for an isolate (NaN).
            # Mutual weights do not change when every tie is reversed, so check those on the reverse.
            reverse = graph.reverse()
            only_in = [v for v in connected if not graph[v]]
            assert_close(c, nx.constraint(reverse, weight=weight), keys=only_in)
            assert_close(e, nx.effective_size(reverse, weight=weight), keys=only_in)


def test_subset_of_nodes() -> None:
    assert set(constraint(holes(), nodes=["A", "G"])) == {"A", "G"}


GROUPS = {"a1": "A", "a2": "A", "a3": "A", "b1": "B", "b2": "B", "c1": "C"}
ARCS = [("a1", "a2"), ("a2", "b1"), ("b1", "b2"), ("a1", "b1"), ("b2", "c1"), ("c1", "a1"), ("b1", "c1"),
        ("a2", "a3"), ("a3", "b2"), ("b2", "a1")]


def example() -> nx.DiGraph:
    graph = nx.DiGraph(ARCS)
    nx.set_node_attributes(graph, GROUPS, "category")
    return graph


def roles(**counts: int) -> dict[str, int]:
    return {role: counts.get(role, 0) for role in ROLES}


def test_brokerage_roles_hand_counted() -> None:
    # Every open a -> b -> c of ARCS, counted by hand (see GROUPS):
    # a1: c1>a1>a2 gatekeeper, c1>a1>b1 liaison, b2>a1>a2 gatekeeper, b2>a1>b1 itinerant
    # a2: a1>a2>b1 closed (a1>b1), a1>a2>a3 coordinator
    # a3: a2>a3>b2 representative
    # b1: a2>b1>b2 gatekeeper, a2>b1>c1 liaison, a1>b1>b2 gatekeeper, a1>b1>c1 liaison
    # b2: b1>b2>c1 closed, b1>b2>a1 representative, a3>b2>c1 liaison, a3>b2>a1 itinerant
    # c1: b2>c1>a1 closed (b2>a1), b1>c1>a1 liaison
    assert brokerage_roles(example()) == {
        "a1": roles(gatekeeper=2, liaison=1, itinerant=1),
        "a2": roles(coordinator=1),
        "a3": roles(representative=1),
        "b1": roles(gatekeeper=2, liaison=2),
        "b2": roles(representative=1, liaison=1, itinerant=1),
        "c1": roles(liaison=1),
    }


def test_brokerage_a_to_itself_is_no_brokerage() -> None:
    graph = nx.DiGraph([("x", "b"), ("b", "x"), ("b", "y")])
    nx.set_node_attributes(graph, {"x": "A", "b": "A", "y": "A"}, "category")
    assert brokerage_roles(graph)["b"] == roles(coordinator=1)


def test_brokerage_undirected_counts_both_directions() -> None:
    graph = nx.Graph([("school", "office"), ("office", "mosque"), ("office", "clerk")])
    nx.set_node_attributes(graph, {"school": "S", "office": "V", "mosque": "R", "clerk": "V"}, "category")
    # school-office-mosque: liaison both ways; school-office-clerk and mosque-office-clerk:
    # representative one way, gatekeeper the other.
    assert brokerage_roles(graph)["office"] == roles(liaison=2, representative=2, gatekeeper=2)


def test_brokerage_leaves_out_actors_without_category() -> None:
    graph = example()
    graph.nodes["c1"]["category"] = ""
    result = brokerage_roles(graph)
    assert result["c1"] == roles()
    assert result["b1"] == roles(gatekeeper=2)  # the liaisons went through c1
    assert result["a1"] == roles(gatekeeper=1, itinerant=1)


def test_brokerage_groups_argument_and_subset() -> None:
    graph = nx.DiGraph(ARCS)
    assert brokerage_roles(graph, groups=GROUPS, nodes=["a2"]) == {"a2": roles(coordinator=1)}
