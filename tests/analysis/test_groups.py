"""Communities (deterministic), k-cores, and hand-drawn clusters against detected communities."""

from __future__ import annotations

import math
import random

import networkx as nx
import pytest

from netmap.analysis import analyze
from netmap.analysis.groups import (
    adjusted_rand_index,
    communities,
    community_index,
    compare_clusters,
    k_cores,
    modularity,
    normalized_mutual_information,
)
from netmap.domain import MapState

from .helpers import map_of


def shuffled(graph: nx.Graph, seed: int) -> nx.Graph:
    """The same graph with nodes and edges inserted in another order."""
    rng = random.Random(seed)
    nodes = list(graph.nodes(data=True))
    edges = list(graph.edges(data=True))
    rng.shuffle(nodes)
    rng.shuffle(edges)
    other = graph.__class__()
    other.add_nodes_from(nodes)
    other.add_edges_from((v, u, d) if rng.random() < 0.5 else (u, v, d) for u, v, d in edges)
    return other


def test_communities_partition_the_actors() -> None:
    graph = nx.powerlaw_cluster_graph(200, 2, 0.3, seed=2)
    graph.add_node("alone")
    groups = communities(graph)
    assert sorted(len(g) for g in groups)[::-1] == [len(g) for g in groups]  # largest first
    assert sum(len(g) for g in groups) == len(graph)
    assert set().union(*groups) == set(graph)
    assert frozenset({"alone"}) in groups


def test_communities_find_obvious_groups() -> None:
    groups = communities(nx.barbell_graph(6, 0))
    assert sorted(sorted(g) for g in groups) == [list(range(6)), list(range(6, 12))]


@pytest.mark.parametrize("weight", [None, "weight"])
def test_same_map_same_groups(weight: str | None) -> None:
    graph = nx.powerlaw_cluster_graph(300, 2, 0.2, seed=4)
    for u, v, d in graph.edges(data=True):
        d["weight"] = 1 + (u * v) % 3
    first = communities(graph, weight=weight)
    for seed in range(5):
        random.seed(seed)  # igraph's default generator must not matter
        assert communities(shuffled(graph, seed), weight=weight) == first


def test_same_map_same_groups_through_the_report() -> None:
    graph = nx.powerlaw_cluster_graph(150, 2, 0.2, seed=9)
    state = map_of(graph)
    first = analyze(state)
    rng = random.Random(3)
    actors, ties = list(state.actors), list(state.ties)
    rng.shuffle(actors)
    rng.shuffle(ties)
    again = analyze(MapState(actors=actors, ties=ties))
    assert again.communities == first.communities
    assert [a.community for a in again.actors] == [a.community for a in first.actors]


def test_other_seed_may_give_other_groups_but_stays_reproducible() -> None:
    graph = nx.powerlaw_cluster_graph(300, 2, 0.2, seed=4)
    assert communities(graph, seed=7) == communities(graph, seed=7)


def test_modularity_matches_networkx() -> None:
    graph = nx.powerlaw_cluster_graph(100, 2, 0.3, seed=1)
    groups = communities(graph)
    assert modularity(graph, groups) == pytest.approx(nx.community.modularity(graph, groups))
    assert community_index(groups)[0] in range(len(groups))


@pytest.mark.parametrize("seed", range(3))
def test_k_cores_match_networkx(seed: int) -> None:
    graph = nx.gnp_random_graph(60, 0.08, seed=seed)
    assert k_cores(graph) == nx.core_number(graph)
    directed = nx.gnp_random_graph(60, 0.08, seed=seed, directed=True)
    assert k_cores(directed) == nx.core_number(directed.to_undirected())


def test_agreement_indices_known_values() -> None:
    assert adjusted_rand_index([0, 0, 1, 1], [5, 5, 7, 7]) == 1.0
    assert adjusted_rand_index([0, 0, 1, 1], [0, 1, 0, 1]) == pytest.approx(-0.5)
    assert adjusted_rand_index([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]) == pytest.approx(0.242424, abs=1e-6)
    assert normalized_mutual_information([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]) == pytest.approx(
        (2 / 3 * math.log(2)) / ((math.log(2) + math.log(3)) / 2)
    )
    assert normalized_mutual_information([0, 0, 1, 1], [0, 1, 0, 1]) == pytest.approx(0.0)
    assert normalized_mutual_information([1, 1], [2, 2]) == 1.0


def test_compare_clusters() -> None:
    groups = [frozenset({1, 2, 3, 4}), frozenset({5, 6, 7})]
    clusters = {"Bildung": [1, 2, 3], "Glaube": [5, 6, 4], "Leer": []}
    result = compare_clusters(clusters, groups)
    first, second, empty = result["clusters"]
    assert (first["best_community"], first["overlap"], first["jaccard"]) == (0, 3, 0.75)
    assert (second["best_community"], second["overlap"], second["jaccard"]) == (1, 2, 0.5)
    assert empty["best_community"] is None and empty["jaccard"] == 0.0
    assert result["adjusted_rand"] == pytest.approx(adjusted_rand_index([0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 0]))
    assert result["nmi"] is not None


def test_compare_clusters_counts_actors_in_two_clusters_only_for_the_match() -> None:
    result = compare_clusters({"a": [1, 2], "b": [2, 3]}, [frozenset({1, 2, 3})])
    assert [c["overlap"] for c in result["clusters"]] == [2, 2]
    # Only actors 1 and 3 count (2 is in both clusters): the clusters part them, the community does not.
    assert result["adjusted_rand"] == 0.0
