"""Who is central: degree, betweenness, closeness, eigenvector and PageRank.

Conventions follow networkx's defaults so figures can be checked against the literature:
betweenness normalised, closeness with the Wasserman-Faust correction for disconnected networks, isolates
kept (they score 0). Directed graphs use networkx's direction conventions (closeness from incoming
distances, eigenvector from in-ties).

Weights: with `weight` set, a tie's weight is its strength. Eigenvector and PageRank count a strong tie
more. Betweenness and closeness are about short ways, and a strong tie is a short way, so they use the
distance 1/strength (scaled by an integer factor to keep sums exact, see `_igraph.distance_scale`).
The networkx equivalent is `distance = 1/weight` passed as networkx's `weight`/`distance` argument.

Eigenvector centrality on a disconnected graph: we return what networkx's power iteration converges
to, without its failures to converge: the leading eigenvector of the whole network, L2-normalised.
Components whose own leading eigenvalue is smaller than the largest score 0 (isolates included); if
several components share the largest eigenvalue, each gets its unit eigenvector weighted by the sum of
its entries (networkx's start vector is uniform); an edgeless graph gives every actor 1/sqrt(n).
On a directed graph that is not strongly connected the measure is not well defined: we return igraph's
leading left eigenvector (seeded, so deterministic; 1 at the sinks of an acyclic graph), and where
igraph's eigensolver gives up, networkx's power iteration from a uniform start, stopped after 1,000
rounds if it does not settle.

The heavy kernels run in igraph (see `_igraph`); the `*_from_view` functions take a converted graph
so a full analysis converts once.
"""

from __future__ import annotations

import math
from collections.abc import Hashable

import igraph as ig
import networkx as nx

from netmap.analysis._igraph import (
    IGraphView,
    quiet,
    seeded_rng,
    single_thread,
    to_igraph,
)

__all__ = [
    "betweenness",
    "centralities",
    "closeness",
    "degree",
    "degree_centrality",
    "eigenvector",
    "pagerank",
    "strength",
]

Node = Hashable

_EIGEN_TIE = 1e-9
_EIGEN_SEED = 1
_POWER_ITERATIONS = 1000
_POWER_TOLERANCE = 1e-12


def degree(graph: nx.Graph) -> dict[Node, int]:
    """Number of ties of each actor (networkx `G.degree`: in + out on a directed graph)."""
    return dict(graph.degree())


def degree_centrality(graph: nx.Graph) -> dict[Node, float]:
    """Degree divided by n - 1, as networkx's `degree_centrality` (1.0 for a single actor)."""
    n = len(graph)
    if n <= 1:
        return {v: 1.0 for v in graph}
    return {v: d / (n - 1) for v, d in graph.degree()}


def strength(graph: nx.Graph, weight: str = "weight") -> dict[Node, float]:
    """Sum of the weights of an actor's ties (weighted degree)."""
    return {v: float(d) for v, d in graph.degree(weight=weight)}


def betweenness(graph: nx.Graph, *, weight: str | None = None, normalized: bool = True) -> dict[Node, float]:
    """How often an actor lies on the shortest ways between two others: who connects whom.

    Normalised as networkx: by (n-1)(n-2)/2 pairs (undirected) or (n-1)(n-2) (directed).

    >>> round(betweenness(nx.path_graph(3))[1], 3)
    1.0
    """
    view = to_igraph(graph, weight)
    raw = betweenness_raw(view)
    values = normalise_betweenness(raw, len(view.nodes), view.directed) if normalized else raw
    return dict(zip(view.nodes, values))


def betweenness_raw(view: IGraphView) -> list[float]:
    """Unnormalised betweenness (each unordered pair once on an undirected graph), igraph order."""
    if view.graph.vcount() == 0:
        return []
    return [float(x) for x in view.graph.betweenness(directed=view.directed, weights=view.distances)]


def normalise_betweenness(raw: list[float], n: int, directed: bool) -> list[float]:
    """networkx's normalisation of raw betweenness; graphs of two actors or fewer are left as they are."""
    if n <= 2:
        return [float(x) for x in raw]
    pairs = (n - 1) * (n - 2) if directed else (n - 1) * (n - 2) / 2
    return [x / pairs for x in raw]


def closeness(graph: nx.Graph, *, weight: str | None = None) -> dict[Node, float]:
    """How near an actor is to all others, Wasserman-Faust corrected for disconnected maps.

    (r-1)/sum of distances to the r-1 actors it reaches, times (r-1)/(n-1): an actor in a small
    separate group does not look central. Directed: distances towards the actor (networkx).

    >>> round(closeness(nx.path_graph(3))[1], 3)
    1.0
    """
    view = to_igraph(graph, weight)
    sums, reach = closeness_parts(view)
    return dict(zip(view.nodes, closeness_from_parts(sums, reach, len(view.nodes))))


def closeness_parts(view: IGraphView) -> tuple[list[float], list[int]]:
    """Per actor: the sum of distances to (directed: from) the actors it reaches, and that reach r.

    r counts the actor itself; the sum is 0.0 when r == 1. Kept apart so that a change in the number
    of actors only rescales, and the average distance comes for free.
    """
    g = view.graph
    n = g.vcount()
    if n == 0:
        return [], []
    if view.directed:
        reach = [int(x) for x in g.neighborhood_size(order=n, mode="in")]
        inverse = g.closeness(mode="in", weights=view.distances, normalized=False)
    else:
        membership = g.connected_components().membership
        sizes: dict[int, int] = {}
        for c in membership:
            sizes[c] = sizes.get(c, 0) + 1
        reach = [sizes[c] for c in membership]
        inverse = g.closeness(weights=view.distances, normalized=False)
    sums = [0.0 if r <= 1 or not x else 1.0 / (x * view.scale) for x, r in zip(inverse, reach)]
    return sums, reach


def closeness_from_parts(sums: list[float], reach: list[int], n: int) -> list[float]:
    """Wasserman-Faust closeness from `closeness_parts` (networkx `wf_improved=True`)."""
    if n <= 1:
        return [0.0] * len(sums)
    return [
        0.0 if r <= 1 or s <= 0 else (r - 1) / s * (r - 1) / (n - 1) for s, r in zip(sums, reach)
    ]


def eigenvector(graph: nx.Graph, *, weight: str | None = None) -> dict[Node, float]:
    """Who is tied to well-connected actors (L2-normalised; disconnected graphs: see module notes).

    >>> values = eigenvector(nx.complete_graph(4))
    >>> round(values[0], 3)
    0.5
    """
    view = to_igraph(graph, weight)
    return dict(zip(view.nodes, eigenvector_from_view(view)))


def eigenvector_from_view(view: IGraphView) -> list[float]:
    """Eigenvector centrality in igraph vertex order (conventions in the module docstring)."""
    g = view.graph
    n = g.vcount()
    if n == 0:
        return []
    if view.directed:
        return _eigenvector_directed(view)
    if g.ecount() == 0:
        return [1.0 / math.sqrt(n)] * n
    # A component's leading eigenvalue is at most its largest (weighted) degree: components that
    # cannot reach the best eigenvalue found so far are skipped, isolates among them.
    bound = g.strength(weights=view.weights)
    candidates = sorted(
        ((max(bound[i] for i in members), members) for members in g.connected_components() if len(members) > 1),
        key=lambda item: (-item[0], item[1][0]),
    )
    best = 0.0
    leading: list[tuple[list[int], list[float]]] = []
    for upper, members in candidates:
        if leading and upper < best - _EIGEN_TIE * max(1.0, best):
            break
        sub = g if len(members) == n else g.induced_subgraph(members)
        vector, value = _leading(sub, view.weights, directed=False)
        tolerance = _EIGEN_TIE * max(1.0, best, value)
        if not leading or value > best + tolerance:
            best, leading = value, [(members, vector)]
        elif abs(value - best) <= tolerance:
            leading.append((members, vector))
    result = [0.0] * n
    for members, vector in leading:
        norm = math.sqrt(sum(x * x for x in vector))
        unit = [max(0.0, x) / norm for x in vector]
        weight_of_component = sum(unit)
        for i, x in zip(sorted(members), unit):
            result[i] = weight_of_component * x
    return _unit(result)


def _eigenvector_directed(view: IGraphView) -> list[float]:
    """igraph's left eigenvector (in-ties) scaled to unit length (see the module notes)."""
    vector, _ = _leading(view.graph, view.weights, directed=True)
    return _unit([max(0.0, x) for x in vector])


def _leading(g: ig.Graph, weights: str | None, *, directed: bool) -> tuple[list[float], float]:
    """Leading eigenvector and eigenvalue by igraph's ARPACK, seeded (its start vector can be random);
    networkx's power iteration where ARPACK fails (it does on some graphs that are not strongly
    connected)."""
    with seeded_rng(_EIGEN_SEED), quiet():
        try:
            # No `directed=` here: igraph 1.0.0 rejects directed=False ("Invalid mode"); the default
            # follows the graph, which is what we want.
            vector, value = g.eigenvector_centrality(weights=weights, return_eigenvalue=True)
            return list(vector), float(value)
        except ig.InternalError:
            pass
    return _power_iteration(g, weights, directed=directed)


def _power_iteration(g: ig.Graph, weights: str | None, *, directed: bool) -> tuple[list[float], float]:
    """x <- (A^T + I) x from a uniform start, as networkx's eigenvector_centrality does."""
    n = g.vcount()
    mode = "in" if directed else "all"
    edge_weights = g.es[weights] if weights else None
    incoming = [
        [(e.source if e.target == v else e.target, edge_weights[e.index] if edge_weights else 1.0) for e in g.es[ids]]
        for v, ids in enumerate(g.get_inclist(mode=mode))
    ]
    x = [1.0 / n] * n
    for _ in range(_POWER_ITERATIONS):
        new = [x[v] + sum(x[u] * w for u, w in incoming[v]) for v in range(n)]
        norm = math.sqrt(sum(y * y for y in new)) or 1.0
        new = [y / norm for y in new]
        settled = sum(abs(a - b) for a, b in zip(new, x)) < n * _POWER_TOLERANCE
        x = new
        if settled:
            break
    value = sum(x[v] * sum(x[u] * w for u, w in incoming[v]) for v in range(n))
    return x, value


def _unit(values: list[float]) -> list[float]:
    norm = math.sqrt(sum(x * x for x in values))
    return [x / norm for x in values] if norm > 0 else values


def pagerank(graph: nx.Graph, *, weight: str | None = None, damping: float = 0.85) -> dict[Node, float]:
    """PageRank (damping 0.85, stuck walkers jump anywhere, as networkx). Sums to 1.

    >>> round(sum(pagerank(nx.path_graph(4)).values()), 6)
    1.0
    """
    view = to_igraph(graph, weight)
    return dict(zip(view.nodes, pagerank_from_view(view, damping)))


def pagerank_from_view(view: IGraphView, damping: float = 0.85) -> list[float]:
    """PageRank in igraph vertex order, on one OpenMP thread (see `_igraph.single_thread`)."""
    if view.graph.vcount() == 0:
        return []
    single_thread()
    values = view.graph.pagerank(directed=view.directed, damping=damping, weights=view.weights)
    return [float(x) for x in values]


def centralities(graph: nx.Graph, *, weight: str | None = None) -> dict[str, dict[Node, float]]:
    """All centralities of this module from one conversion: {measure: {actor: value}}."""
    view = to_igraph(graph, weight)
    n = len(view.nodes)
    sums, reach = closeness_parts(view)
    result: dict[str, dict[Node, float]] = {
        "degree": {v: float(d) for v, d in graph.degree()},
        "degree_centrality": degree_centrality(graph),
        "betweenness": dict(zip(view.nodes, normalise_betweenness(betweenness_raw(view), n, view.directed))),
        "closeness": dict(zip(view.nodes, closeness_from_parts(sums, reach, n))),
        "eigenvector": dict(zip(view.nodes, eigenvector_from_view(view))),
        "pagerank": dict(zip(view.nodes, pagerank_from_view(view))),
    }
    return result
