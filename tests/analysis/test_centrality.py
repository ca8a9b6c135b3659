"""Centralities: published reference values, and igraph's kernels against networkx."""

from __future__ import annotations

import math
import random

import networkx as nx
import pytest
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

from netmap.analysis import centrality as c

from .helpers import KITE_NAMES, assert_close, kite, padgett16

# Krackhardt kite, REFERENCE_VALUES.md: deg BCnorm CC EV(L2) PageRank
KITE = {
    "Andre": (4, 0.0231, 0.5294, 0.3522, 0.1019),
    "Beverley": (4, 0.0231, 0.5294, 0.3522, 0.1019),
    "Carol": (3, 0.0, 0.5000, 0.2858, 0.0794),
    "Diane": (6, 0.1019, 0.6000, 0.4810, 0.1471),
    "Ed": (3, 0.0, 0.5000, 0.2858, 0.0794),
    "Fernando": (5, 0.2315, 0.6429, 0.3977, 0.1289),
    "Garth": (5, 0.2315, 0.6429, 0.3977, 0.1289),
    "Heather": (3, 0.3889, 0.6000, 0.1959, 0.0952),
    "Ike": (2, 0.2222, 0.4286, 0.0481, 0.0857),
    "Jane": (1, 0.0, 0.3103, 0.0112, 0.0514),
}


@pytest.mark.parametrize("name", KITE_NAMES)
def test_kite_reference_values(name: str) -> None:
    graph = kite()
    deg, bc, cc, ev, pr = KITE[name]
    assert c.degree(graph)[name] == deg
    assert c.betweenness(graph)[name] == pytest.approx(bc, abs=1e-3)
    assert c.closeness(graph)[name] == pytest.approx(cc, abs=1e-3)
    assert c.eigenvector(graph)[name] == pytest.approx(ev, abs=1e-3)
    assert c.pagerank(graph)[name] == pytest.approx(pr, abs=1e-3)


def test_kite_raw_betweenness_counts_each_pair_once() -> None:
    raw = c.betweenness(kite(), normalized=False)
    assert raw["Heather"] == pytest.approx(14.0)
    assert raw["Diane"] == pytest.approx(3.667, abs=1e-3)


def test_padgett_16_with_pucci_isolate() -> None:
    graph = padgett16()
    assert c.betweenness(graph)["Medici"] == pytest.approx(0.4524, abs=1e-3)
    assert c.betweenness(graph, normalized=False)["Medici"] == pytest.approx(47.5)
    assert c.closeness(graph)["Medici"] == pytest.approx(0.5227, abs=1e-3)
    assert c.degree_centrality(graph)["Medici"] == pytest.approx(0.400, abs=1e-3)
    # Isolates are kept and score 0.
    for measure in (c.betweenness, c.closeness, c.eigenvector):
        assert measure(graph)["Pucci"] == 0.0


def test_padgett_15_without_pucci() -> None:
    graph = nx.florentine_families_graph()
    bc, cc = c.betweenness(graph), c.closeness(graph)
    assert c.degree(graph)["Medici"] == 6
    assert bc["Medici"] == pytest.approx(0.5220, abs=1e-3)
    assert cc["Medici"] == pytest.approx(0.5600, abs=1e-3)
    assert c.eigenvector(graph)["Medici"] == pytest.approx(0.4303, abs=1e-3)
    assert c.pagerank(graph)["Medici"] == pytest.approx(0.1458, abs=1e-3)
    assert bc["Guadagni"] == pytest.approx(0.2546, abs=1e-3)
    assert cc["Guadagni"] == pytest.approx(0.4667, abs=1e-3)
    assert bc["Albizzi"] == pytest.approx(0.2125, abs=1e-3)
    assert cc["Albizzi"] == pytest.approx(0.4828, abs=1e-3)
    assert bc["Strozzi"] == pytest.approx(0.1026, abs=1e-3)
    assert bc["Ridolfi"] == pytest.approx(0.1136, abs=1e-3)
    assert cc["Ridolfi"] == pytest.approx(0.5000, abs=1e-3)


def random_graphs(directed: bool = False) -> list[nx.Graph]:
    """Sparse random graphs with isolates and several components, plus a denser connected one."""
    graphs = [nx.gnp_random_graph(40, p, seed=seed, directed=directed) for seed, p in enumerate((0.03, 0.06, 0.1))]
    graphs.append(nx.powerlaw_cluster_graph(60, 2, 0.3, seed=3).to_directed() if directed
                  else nx.powerlaw_cluster_graph(60, 2, 0.3, seed=3))
    return graphs


def with_strengths(graph: nx.Graph, seed: int) -> nx.Graph:
    """Strengths 1-3 as "weight"; "length" = 1/strength is the distance networkx is given."""
    rng = random.Random(seed)
    for _, _, data in graph.edges(data=True):
        data["weight"] = rng.randint(1, 3)
        data["length"] = 1 / data["weight"]
        data["length6"] = 6 // data["weight"]
    return graph


@pytest.mark.parametrize("directed", [False, True])
@pytest.mark.parametrize("index", range(4))
def test_betweenness_and_closeness_match_networkx(directed: bool, index: int) -> None:
    graph = random_graphs(directed)[index]
    assert_close(c.betweenness(graph), nx.betweenness_centrality(graph))
    assert_close(c.betweenness(graph, normalized=False), nx.betweenness_centrality(graph, normalized=False))
    assert_close(c.closeness(graph), nx.closeness_centrality(graph))
    assert_close(c.degree_centrality(graph), nx.degree_centrality(graph))


@pytest.mark.parametrize("directed", [False, True])
@pytest.mark.parametrize("index", range(4))
def test_weighted_distances_are_one_over_strength(directed: bool, index: int) -> None:
    graph = with_strengths(random_graphs(directed)[index], seed=index)
    # Betweenness: networkx on the same (integer-scaled) distances, so tied paths are tied in both.
    assert_close(c.betweenness(graph, weight="weight"), nx.betweenness_centrality(graph, weight="length6"))
    # Closeness: networkx with distance = 1/strength.
    assert_close(c.closeness(graph, weight="weight"), nx.closeness_centrality(graph, distance="length"))


@pytest.mark.parametrize("weight", [None, "weight"])
@pytest.mark.parametrize("index", range(4))
def test_eigenvector_and_pagerank_match_networkx(weight: str | None, index: int) -> None:
    graph = with_strengths(random_graphs()[index], seed=index)
    main = graph.subgraph(max(nx.connected_components(graph), key=len)).copy()
    for g in (graph, main) if index == 3 else (main,):
        want = nx.eigenvector_centrality(g, weight=weight, max_iter=100000, tol=1e-13)
        assert_close(c.eigenvector(g, weight=weight), want, tol=1e-8)
    want = _pagerank_python(graph, weight=weight, tol=1e-14, max_iter=10000)
    assert_close(c.pagerank(graph, weight=weight), want, tol=1e-8)


def test_directed_eigenvector_and_pagerank_match_networkx_when_strongly_connected() -> None:
    graph = nx.DiGraph(nx.powerlaw_cluster_graph(50, 2, 0.3, seed=5).to_directed())
    rng = random.Random(1)
    graph.remove_edges_from([e for e in list(graph.edges()) if rng.random() < 0.2])
    graph = graph.subgraph(max(nx.strongly_connected_components(graph), key=len)).copy()
    assert_close(c.eigenvector(graph), nx.eigenvector_centrality(graph, max_iter=100000, tol=1e-13), tol=1e-8)
    assert_close(c.pagerank(graph), _pagerank_python(graph, tol=1e-14, max_iter=10000), tol=1e-8)


def test_eigenvector_on_disconnected_graphs_follows_networkx() -> None:
    # Two equal triangles share the leading eigenvalue: networkx's uniform start weighs them alike.
    two = nx.disjoint_union(nx.complete_graph(3), nx.complete_graph(3))
    assert all(v == pytest.approx(1 / math.sqrt(6)) for v in c.eigenvector(two).values())
    # A triangle beats a pair: the pair and the isolate score 0, as networkx converges to.
    mixed = nx.disjoint_union(nx.complete_graph(3), nx.path_graph(2))
    mixed.add_node("alone")
    values = c.eigenvector(mixed)
    assert [round(values[v], 9) for v in (0, 1, 2)] == [round(1 / math.sqrt(3), 9)] * 3
    assert values[3] == values[4] == values["alone"] == 0.0
    assert_close(values, nx.eigenvector_centrality(mixed, max_iter=10000, tol=1e-12), tol=1e-6)
    # No ties at all: everyone alike.
    empty = nx.empty_graph(4)
    assert c.eigenvector(empty) == {v: 0.5 for v in range(4)}


def test_directed_eigenvector_never_crashes_on_awkward_graphs() -> None:
    acyclic = nx.DiGraph([(0, 1), (1, 2), (3, 2)])
    values = c.eigenvector(acyclic)
    assert set(values) == {0, 1, 2, 3} and all(v >= 0 for v in values.values())
    # Strongly connected pieces with a tail: deterministic whatever igraph's random state.
    graph = nx.gnm_random_graph(30, 45, seed=11, directed=True)
    assert c.eigenvector(graph) == c.eigenvector(graph.copy())


@pytest.mark.parametrize("graph", [nx.Graph(), nx.empty_graph(1), nx.path_graph(2), nx.DiGraph([(0, 1)])])
def test_tiny_graphs(graph: nx.Graph) -> None:
    result = c.centralities(graph)
    for values in result.values():
        assert set(values) == set(graph)
    assert_close(c.betweenness(graph), nx.betweenness_centrality(graph))
    assert_close(c.closeness(graph), nx.closeness_centrality(graph))


def test_centralities_bundle_agrees_with_single_measures() -> None:
    graph = padgett16()
    bundle = c.centralities(graph)
    assert bundle["betweenness"] == c.betweenness(graph)
    assert bundle["closeness"] == c.closeness(graph)
    assert bundle["pagerank"] == c.pagerank(graph)


def test_strength_sums_weights() -> None:
    graph = nx.Graph()
    graph.add_edge("a", "b", weight=3)
    graph.add_edge("a", "c", weight=1)
    assert c.strength(graph) == {"a": 4.0, "b": 3.0, "c": 1.0}
