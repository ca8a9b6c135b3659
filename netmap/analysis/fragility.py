"""Where the network breaks: single points of failure, bridges and the what-if of losing an actor.

The handbook names it as a hindering factor: when the mayor, the integration officer or another key
person leaves, networks break. An articulation point is an actor whose departure splits its part of
the network; a bridge is a tie whose loss does. Both ignore direction (a directed tie still connects).

"Cut off" by an actor x: the actors of x's component that, without x, are no longer connected to the
largest remaining part of it. For an actor of the main component these are the actors that fall off
the main component.

Distances are counted in ties (hops) along the graph's direction; the average distance is the mean
over all pairs of actors that can reach each other, so it stays defined on a disconnected map.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

import networkx as nx

from netmap.analysis._igraph import IGraphView, to_igraph
from netmap.analysis.errors import UnknownActorError

if TYPE_CHECKING:
    import igraph as ig

__all__ = [
    "WhatIf",
    "articulation_points",
    "average_distance",
    "bridges",
    "components",
    "connected_pairs",
    "cut_off_by",
    "what_if_removed",
]

Node = Hashable


@dataclass(frozen=True)
class WhatIf:
    """What changes when `removed` leaves the map."""

    removed: Node
    cut_off: tuple[Node, ...]
    newly_isolated: tuple[Node, ...]
    components_before: int
    components_after: int
    main_component_before: int
    main_component_after: int
    connected_pairs_before: int
    connected_pairs_after: int
    average_distance_before: float | None
    average_distance_after: float | None

    def as_dict(self) -> dict[str, object]:
        """Plain data (lists instead of tuples) for JSON."""
        data = asdict(self)
        data["cut_off"] = list(self.cut_off)
        data["newly_isolated"] = list(self.newly_isolated)
        return data


def articulation_points(graph: nx.Graph) -> list[Node]:
    """Actors whose departure splits their part of the network, in canonical order.

    >>> articulation_points(nx.path_graph(3))
    [1]
    """
    view = to_igraph(graph, undirected=True)
    return [view.nodes[i] for i in sorted(view.graph.articulation_points())]


def bridges(graph: nx.Graph) -> list[tuple[Node, Node]]:
    """Ties whose loss splits their part of the network, as (u, v) in canonical order.

    >>> bridges(nx.path_graph(3))
    [(0, 1), (1, 2)]
    """
    return bridges_from_view(to_igraph(graph, undirected=True))


def bridges_from_view(view: IGraphView) -> list[tuple[Node, Node]]:
    """Bridges of an undirected view."""
    g = view.graph
    pairs = sorted(g.es[e].tuple for e in g.bridges())
    return [(view.nodes[a], view.nodes[b]) for a, b in pairs]


def components(graph: nx.Graph) -> list[frozenset[Node]]:
    """Connected components (direction ignored), largest first, ties by smallest actor."""
    view = to_igraph(graph, undirected=True)
    parts = sorted((sorted(c) for c in view.graph.connected_components()), key=lambda c: (-len(c), c[0]))
    return [frozenset(view.nodes[i] for i in c) for c in parts]


def connected_pairs(sizes: Iterable[int]) -> int:
    """Number of unordered pairs of actors in the same component, from the component sizes."""
    return sum(s * (s - 1) // 2 for s in sizes)


def average_distance(graph: nx.Graph) -> float | None:
    """Mean number of ties between two actors that can reach each other; None if no pair can.

    >>> average_distance(nx.path_graph(3))
    1.3333333333333333
    """
    return average_distance_from_view(to_igraph(graph))


def average_distance_from_view(view: IGraphView) -> float | None:
    """Average distance in hops along the view's direction (weights ignored)."""
    if view.graph.vcount() < 2:
        return None
    value = view.graph.average_path_length(directed=view.directed, unconn=True)
    return None if math.isnan(value) else float(value)


def cut_off_by(graph: nx.Graph, nodes: Iterable[Node] | None = None) -> dict[Node, list[Node]]:
    """For each actor in `nodes` (default: the articulation points), the actors it cuts off.

    >>> cut_off_by(nx.path_graph(4))
    {1: [0], 2: [3]}
    """
    view = to_igraph(graph, undirected=True)
    if nodes is None:
        indices = sorted(view.graph.articulation_points())
    else:
        indices = [_index(view, v) for v in nodes]
    membership = view.graph.connected_components().membership
    return {view.nodes[i]: [view.nodes[j] for j in cut_off_indices(view.graph, i, membership)] for i in indices}


def cut_off_indices(g: ig.Graph, x: int, membership: list[int]) -> list[int]:
    """Vertices of x's component (undirected `g`) outside the largest part that remains without x."""
    own = membership[x]
    members = [v for v, c in enumerate(membership) if c == own and v != x]
    if len(members) <= 1:
        return []
    rest = g.copy()
    rest.delete_vertices([x])
    after = rest.connected_components().membership
    pieces: dict[int, list[int]] = {}
    for v in members:
        pieces.setdefault(after[v - 1 if v > x else v], []).append(v)
    if len(pieces) == 1:
        return []
    largest = min(pieces.values(), key=lambda p: (-len(p), p[0]))
    return sorted(v for p in pieces.values() if p is not largest for v in p)


def _index(view: IGraphView, actor: Node) -> int:
    try:
        return view.index[actor]
    except KeyError:
        raise UnknownActorError(actor) from None


def what_if_removed(graph: nx.Graph, actor: Node) -> WhatIf:
    """What happens when `actor` leaves: who is cut off or left alone, components, distances.

    >>> w = what_if_removed(nx.path_graph(4), 1)
    >>> w.cut_off, w.newly_isolated, w.components_before, w.components_after
    ((0,), (0,), 1, 2)
    """
    view = to_igraph(graph, undirected=True)
    x = _index(view, actor)
    g = view.graph
    before = g.connected_components()
    rest = g.copy()
    rest.delete_vertices([x])
    after = rest.connected_components()
    degree_before = g.degree()
    degree_after = rest.degree()
    newly_isolated = tuple(
        view.nodes[v]
        for v in range(g.vcount())
        if v != x and degree_before[v] > 0 and degree_after[v - 1 if v > x else v] == 0
    )
    remaining = graph.copy()
    remaining.remove_node(actor)
    return WhatIf(
        removed=actor,
        cut_off=tuple(view.nodes[v] for v in cut_off_indices(g, x, before.membership)),
        newly_isolated=newly_isolated,
        components_before=len(before),
        components_after=len(after),
        main_component_before=max(before.sizes(), default=0),
        main_component_after=max(after.sizes(), default=0),
        connected_pairs_before=connected_pairs(before.sizes()),
        connected_pairs_after=connected_pairs(after.sizes()),
        average_distance_before=average_distance_from_view(to_igraph(graph)),
        average_distance_after=average_distance_from_view(to_igraph(remaining)),
    )
