"""The one place that turns a map into a networkx graph for analysis and layout.

Nodes are actor ids with the actor's attributes; parallel ties between the same two actors are
merged into one edge (strength: the strongest; kinds: all of them), because every measure of the
analysis counts relationships between actors, not records.
"""

from __future__ import annotations

import networkx as nx

from netmap.domain import Direction, MapState

__all__ = ["build_graph"]


def build_graph(
    state: MapState,
    *,
    directed: bool = False,
    tie_kind: str | None = None,
    weighted: bool = False,
) -> nx.Graph:
    """Build the graph of `state`.

    Parameters
    ----------
    directed : when True a DiGraph: directed ties run source to target, undirected and mutual
        ties run both ways. When False every tie is an undirected edge.
    tie_kind : keep only ties of this kind (a catalogue key).
    weighted : when True each edge carries ``weight`` = its strength (1-3); otherwise no weight
        attribute is set, so weight-aware algorithms treat every tie alike.

    Node attributes: name, category, district, fields, stage, influence, attitude, reached,
    is_key. Edge attributes: kinds (sorted tuple), strength, fields (sorted tuple).

    >>> from netmap.domain import Actor, Tie, MapState
    >>> s = MapState(actors=[Actor("A", id=1), Actor("B", id=2)], ties=[Tie(1, 2, "kooperation")])
    >>> sorted(build_graph(s).edges())
    [(1, 2)]
    """
    graph: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    for actor in state.actors:
        graph.add_node(
            actor.id,
            name=actor.name,
            category=actor.category,
            district=actor.district,
            fields=actor.fields,
            stage=actor.stage,
            influence=actor.influence,
            attitude=str(actor.attitude),
            reached=actor.reached,
            is_key=actor.is_key,
        )
    for tie in state.ties:
        if tie_kind is not None and tie.kind != tie_kind:
            continue
        if tie.source not in graph or tie.target not in graph or tie.source == tie.target:
            continue
        pairs = [(tie.source, tie.target)]
        if directed and tie.direction != Direction.DIRECTED:
            pairs.append((tie.target, tie.source))
        for u, v in pairs:
            _merge_edge(graph, u, v, tie.kind, tie.strength, tie.field, weighted)
    return graph


def _merge_edge(
    graph: nx.Graph, u: int, v: int, kind: str, strength: int, field: str, weighted: bool
) -> None:
    if graph.has_edge(u, v):
        data = graph.edges[u, v]
        data["kinds"] = tuple(sorted(set(data["kinds"]) | {kind}))
        data["fields"] = tuple(sorted(set(data["fields"]) | ({field} if field else set())))
        data["strength"] = max(data["strength"], strength)
    else:
        graph.add_edge(u, v, kinds=(kind,), strength=strength, fields=(field,) if field else ())
    if weighted:
        graph.edges[u, v]["weight"] = graph.edges[u, v]["strength"]
