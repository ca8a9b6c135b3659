"""Who brokers: Burt's constraint and effective size, and Gould-Fernandez brokerage roles.

Constraint and effective size follow networkx's definitions (directed: a tie in either direction makes
two actors neighbours, and the mutual weight is the sum of both directions; weighted: the tie weight),
computed here in pure Python from neighbour sets because networkx's versions take seconds at 1,000
actors. They are None for an actor without ties, where they are undefined (networkx gives NaN).

Brokerage roles (Gould and Fernandez 1989) answer "who links the mosque community to the schools?":
b brokers for a and c when a -> b -> c and there is no a -> c. The groups (node attribute "category")
of a, b and c name the role:

=================  =====================================
coordinator        a, b, c all in the same group
itinerant          a and c in one group, b in another
representative     b in a's group, c in a different one
gatekeeper         b in c's group, a in a different one
liaison            a, b, c in three different groups
=================  =====================================

On an undirected graph every tie counts in both directions, so each open triad a - b - c is seen twice
(a->b->c and c->b->a): coordinator, itinerant and liaison counts are doubled and every representative
comes with a gatekeeper. Actors without a category take part in no triad.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Mapping

import networkx as nx

__all__ = ["ROLES", "brokerage_roles", "constraint", "effective_size", "structural_holes"]

Node = Hashable

ROLES = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")
"""The five Gould-Fernandez roles, in the order of the table above."""


class _MutualWeights:
    """Neighbours of each actor with their mutual weights, built lazily per actor."""

    def __init__(self, graph: nx.Graph, weight: str | None) -> None:
        self._graph = graph
        self._weight = weight
        self._rows: dict[Node, dict[Node, float]] = {}
        self._totals: dict[Node, float] = {}
        self._maxima: dict[Node, float] = {}

    def row(self, u: Node) -> dict[Node, float]:
        row = self._rows.get(u)
        if row is None:
            row = self._build(u)
            self._rows[u] = row
            self._totals[u] = sum(row.values())
            self._maxima[u] = max(row.values(), default=0.0)
        return row

    def total(self, u: Node) -> float:
        self.row(u)
        return self._totals[u]

    def maximum(self, u: Node) -> float:
        self.row(u)
        return self._maxima[u]

    def _build(self, u: Node) -> dict[Node, float]:
        g, w = self._graph, self._weight
        if not g.is_directed():
            if w is None:
                return dict.fromkeys((v for v in g.adj[u] if v != u), 1.0)
            return {v: float(d.get(w, 1)) for v, d in g.adj[u].items() if v != u}
        row: dict[Node, float] = {}
        for v, d in g.succ[u].items():
            if v != u:
                row[v] = row.get(v, 0.0) + (float(d.get(w, 1)) if w else 1.0)
        for v, d in g.pred[u].items():
            if v != u:
                row[v] = row.get(v, 0.0) + (float(d.get(w, 1)) if w else 1.0)
        return row


def structural_holes(
    graph: nx.Graph, *, weight: str | None = None, nodes: Iterable[Node] | None = None
) -> tuple[dict[Node, float | None], dict[Node, float | None]]:
    """Constraint and effective size of `nodes` (default: all) in one pass; None for isolates.

    constraint(i) = sum over neighbours j of (p_ij + sum_q p_iq p_qj)^2 and
    effective_size(i) = sum over neighbours j of (1 - sum_q p_iq m_jq), q over the common neighbours
    of i and j, p the mutual weight divided by the actor's total, m divided by the actor's largest.
    """
    weights = _MutualWeights(graph, weight)
    constraints: dict[Node, float | None] = {}
    sizes: dict[Node, float | None] = {}
    for i in graph if nodes is None else nodes:
        row_i = weights.row(i)
        if not row_i:
            constraints[i] = sizes[i] = None
            continue
        total_i = weights.total(i)
        c = 0.0
        size = 0.0
        for j, w_ij in row_i.items():
            row_j = weights.row(j)
            max_j = weights.maximum(j)
            indirect = 0.0
            redundancy = 0.0
            for q in row_i.keys() & row_j.keys():
                w_iq = row_i[q]
                w_jq = row_j[q]
                indirect += w_iq * w_jq / weights.total(q)
                redundancy += w_iq * w_jq
            c += (w_ij / total_i + indirect / total_i) ** 2
            size += 1.0 - redundancy / (total_i * max_j)
        constraints[i] = c
        sizes[i] = size
    return constraints, sizes


def constraint(
    graph: nx.Graph, *, weight: str | None = None, nodes: Iterable[Node] | None = None
) -> dict[Node, float | None]:
    """Burt's constraint: how much an actor's contacts are tied to each other (high = no brokerage).

    >>> constraint(nx.path_graph(3))[1]
    0.5
    """
    return structural_holes(graph, weight=weight, nodes=nodes)[0]


def effective_size(
    graph: nx.Graph, *, weight: str | None = None, nodes: Iterable[Node] | None = None
) -> dict[Node, float | None]:
    """Burt's effective size: the number of contacts minus their redundancy (high = many separate circles).

    >>> effective_size(nx.path_graph(3))[1]
    2.0
    """
    return structural_holes(graph, weight=weight, nodes=nodes)[1]


def brokerage_roles(
    graph: nx.Graph,
    *,
    attribute: str = "category",
    nodes: Iterable[Node] | None = None,
    groups: Mapping[Node, object] | None = None,
) -> dict[Node, dict[str, int]]:
    """Count, for each broker b in `nodes` (default: all), the open triads a -> b -> c per role.

    Groups are read from the node attribute `attribute` unless `groups` maps actors to groups; an
    empty or missing group leaves the actor out of every triad.

    >>> g = nx.DiGraph([("school", "office"), ("office", "mosque")])
    >>> nx.set_node_attributes(g, {"school": "schulen", "office": "verwaltung", "mosque": "religion"}, "category")
    >>> brokerage_roles(g)["office"]["liaison"]
    1
    """
    group_of: Mapping[Node, object] = (
        groups if groups is not None else {v: d.get(attribute) for v, d in graph.nodes(data=True)}
    )
    directed = graph.is_directed()
    succ = graph.succ if directed else graph.adj
    pred = graph.pred if directed else graph.adj
    result: dict[Node, dict[str, int]] = {}
    for b in graph if nodes is None else nodes:
        result[b] = _roles_of(b, succ, pred, group_of)
    return result


def _roles_of(
    b: Node,
    succ: Mapping[Node, Collection[Node]],
    pred: Mapping[Node, Collection[Node]],
    group_of: Mapping[Node, object],
) -> dict[str, int]:
    counts = dict.fromkeys(ROLES, 0)
    gb = group_of.get(b)
    if not gb:
        return counts
    ins = [a for a in pred[b] if a != b and group_of.get(a)]
    outs = {c for c in succ[b] if c != b and group_of.get(c)}
    if not ins or not outs:
        return counts
    in_groups: dict[object, int] = {}
    out_groups: dict[object, int] = {}
    for a in ins:
        g = group_of[a]
        in_groups[g] = in_groups.get(g, 0) + 1
    for c in outs:
        g = group_of[c]
        out_groups[g] = out_groups.get(g, 0) + 1
    same_in = in_groups.get(gb, 0)
    same_out = out_groups.get(gb, 0)
    other_in = len(ins) - same_in
    other_out = len(outs) - same_out
    other_same = sum(k * out_groups.get(g, 0) for g, k in in_groups.items() if g != gb)
    # All pairs (a, c) first, by role; then take out a == c and the closed triads (a -> c exists).
    coordinator = same_in * same_out
    representative = same_in * other_out
    gatekeeper = other_in * same_out
    itinerant = other_same
    liaison = other_in * other_out - other_same
    for a in ins:
        ga = group_of[a]
        if a in outs:
            if ga == gb:
                coordinator -= 1
            else:
                itinerant -= 1
        for c in outs.intersection(succ[a]):
            if c == a:
                continue
            gc = group_of[c]
            if ga == gb:
                if gc == gb:
                    coordinator -= 1
                else:
                    representative -= 1
            elif gc == gb:
                gatekeeper -= 1
            elif ga == gc:
                itinerant -= 1
            else:
                liaison -= 1
    counts.update(
        coordinator=coordinator,
        itinerant=itinerant,
        representative=representative,
        gatekeeper=gatekeeper,
        liaison=liaison,
    )
    return counts
