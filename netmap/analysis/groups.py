"""Groups: detected communities, k-cores, and the clusters the workshop drew compared with them.

Communities: Louvain (igraph's multilevel, ~30x faster than networkx's louvain_communities, which
matters for live updates) with its own seeded random generator on a canonically ordered graph, so the
same map always gives the same groups, however it was edited into that state. Directed ties are read
as undirected (mutual weight when weighted). Communities are listed largest first (ties: the one with
the smallest actor id first); an isolated actor is a community of its own.

k-core number: the largest k such that the actor belongs to a group in which everyone has at least k
ties inside the group (direction ignored). The outermost shell (lowest k) is the periphery.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Hashable, Mapping, Sequence
from typing import TypedDict

import networkx as nx

from netmap.analysis._igraph import IGraphView, seeded_rng, to_igraph

__all__ = [
    "DEFAULT_SEED",
    "ClusterComparison",
    "ClusterMatch",
    "adjusted_rand_index",
    "communities",
    "community_index",
    "compare_clusters",
    "k_cores",
    "modularity",
    "normalized_mutual_information",
]

Node = Hashable


class ClusterMatch(TypedDict):
    """How one hand-drawn cluster matches the detected communities."""

    cluster: Hashable
    size: int
    best_community: int | None
    overlap: int
    jaccard: float


class ClusterComparison(TypedDict):
    """All hand-drawn clusters compared with the communities, plus two agreement indices."""

    clusters: list[ClusterMatch]
    adjusted_rand: float | None
    nmi: float | None


DEFAULT_SEED = 20240501
"""Seed of the community detection; part of the result, keep it fixed."""


def communities(
    graph: nx.Graph, *, weight: str | None = None, seed: int = DEFAULT_SEED, resolution: float = 1.0
) -> list[frozenset[Node]]:
    """Louvain communities of `graph` (see the module notes), largest first.

    >>> parts = communities(nx.barbell_graph(5, 0))
    >>> sorted(len(p) for p in parts)
    [5, 5]
    """
    view = to_igraph(graph, weight, undirected=True)
    membership = communities_from_view(view, seed=seed, resolution=resolution)
    return groups_from_membership(view, membership)


def communities_from_view(view: IGraphView, *, seed: int = DEFAULT_SEED, resolution: float = 1.0) -> list[int]:
    """Community label per igraph vertex; `view` must be undirected."""
    if view.graph.vcount() == 0:
        return []
    with seeded_rng(seed):
        clustering = view.graph.community_multilevel(weights=view.weights, resolution=resolution)
    return list(clustering.membership)


def groups_from_membership(view: IGraphView, membership: Sequence[int]) -> list[frozenset[Node]]:
    """Turn igraph labels into sets of actors, largest first, ties by smallest canonical vertex."""
    by_label: dict[int, list[int]] = {}
    for i, label in enumerate(membership):
        by_label.setdefault(label, []).append(i)
    ordered = sorted(by_label.values(), key=lambda members: (-len(members), members[0]))
    return [frozenset(view.nodes[i] for i in members) for members in ordered]


def community_index(groups: Sequence[Collection[Node]]) -> dict[Node, int]:
    """Map each actor to the position of its community in `groups`."""
    return {v: i for i, members in enumerate(groups) for v in members}


def modularity(graph: nx.Graph, groups: Sequence[Collection[Node]], *, weight: str | None = None) -> float:
    """Newman's modularity of a partition (direction ignored): how much denser groups are inside."""
    view = to_igraph(graph, weight, undirected=True)
    if view.graph.ecount() == 0:
        return 0.0
    index = community_index(groups)
    return float(view.graph.modularity([index[v] for v in view.nodes], weights=view.weights))


def k_cores(graph: nx.Graph) -> dict[Node, int]:
    """Core number of each actor, direction ignored (networkx `core_number` on the undirected graph).

    >>> k_cores(nx.complete_graph(4))[0]
    3
    """
    view = to_igraph(graph, undirected=True)
    return dict(zip(view.nodes, (int(k) for k in view.graph.coreness())))


def compare_clusters(
    clusters: Mapping[Hashable, Collection[Node]], groups: Sequence[Collection[Node]]
) -> ClusterComparison:
    """Compare the clusters drawn by hand with detected communities.

    Returns {"clusters": [...], "adjusted_rand": float | None, "nmi": float | None}. Each cluster entry
    has its key, size, the best matching community (index into `groups`, highest Jaccard index, ties
    by lower index; None if it matches none), the overlap (shared actors) and the Jaccard index.
    The two agreement indices (1 = same partition, ~0 = no better than chance) count only actors in
    exactly one cluster; None when fewer than two such actors.
    """
    index = community_index(groups)
    sets = [frozenset(g) for g in groups]
    entries: list[ClusterMatch] = []
    membership_count: dict[Node, int] = {}
    for key, members in clusters.items():
        cluster = frozenset(members)
        for v in cluster:
            membership_count[v] = membership_count.get(v, 0) + 1
        best: int | None = None
        best_overlap = 0
        best_jaccard = 0.0
        for i in sorted({index[v] for v in cluster if v in index}):
            overlap = len(cluster & sets[i])
            jaccard = overlap / len(cluster | sets[i])
            if jaccard > best_jaccard:
                best, best_overlap, best_jaccard = i, overlap, jaccard
        entries.append(
            {"cluster": key, "size": len(cluster), "best_community": best, "overlap": best_overlap,
             "jaccard": best_jaccard}
        )
    cluster_of = {
        v: key for key, members in clusters.items() for v in members if membership_count[v] == 1 and v in index
    }
    actors = sorted(cluster_of, key=repr)
    ari: float | None = None
    nmi: float | None = None
    if len(actors) >= 2:
        a = [cluster_of[v] for v in actors]
        b = [index[v] for v in actors]
        ari = adjusted_rand_index(a, b)
        nmi = normalized_mutual_information(a, b)
    return {"clusters": entries, "adjusted_rand": ari, "nmi": nmi}


def _contingency(
    a: Sequence[Hashable], b: Sequence[Hashable]
) -> tuple[dict[tuple[Hashable, Hashable], int], dict[Hashable, int], dict[Hashable, int]]:
    if len(a) != len(b):
        raise ValueError("the two labelings must have the same length")
    cells: dict[tuple[Hashable, Hashable], int] = {}
    rows: dict[Hashable, int] = {}
    cols: dict[Hashable, int] = {}
    for x, y in zip(a, b):
        cells[(x, y)] = cells.get((x, y), 0) + 1
        rows[x] = rows.get(x, 0) + 1
        cols[y] = cols.get(y, 0) + 1
    return cells, rows, cols


def adjusted_rand_index(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Adjusted Rand index of two labelings of the same items (Hubert and Arabie).

    >>> adjusted_rand_index([0, 0, 1, 1], [5, 5, 7, 7])
    1.0
    """
    cells, rows, cols = _contingency(a, b)
    pairs = math.comb(len(a), 2)
    if pairs == 0:
        return 1.0
    index = sum(math.comb(k, 2) for k in cells.values())
    sum_rows = sum(math.comb(k, 2) for k in rows.values())
    sum_cols = sum(math.comb(k, 2) for k in cols.values())
    expected = sum_rows * sum_cols / pairs
    maximum = (sum_rows + sum_cols) / 2
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)


def normalized_mutual_information(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Mutual information of two labelings divided by the mean of their entropies (0 to 1).

    >>> normalized_mutual_information([0, 0, 1, 1], [1, 1, 0, 0])
    1.0
    """
    cells, rows, cols = _contingency(a, b)
    n = len(a)
    if n == 0:
        return 1.0

    def entropy(counts: Mapping[Hashable, int]) -> float:
        return -sum(k / n * math.log(k / n) for k in counts.values())

    h_a, h_b = entropy(rows), entropy(cols)
    if h_a == 0 and h_b == 0:
        return 1.0
    mi = sum(k / n * math.log(k * n / (rows[x] * cols[y])) for (x, y), k in cells.items())
    return max(0.0, min(1.0, mi / ((h_a + h_b) / 2)))
