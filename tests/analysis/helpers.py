"""Shared graphs and maps for the analysis tests: the published reference networks, built directly
(importers are another issue), and helpers to turn edge lists into NetMap maps."""

from __future__ import annotations

import math
from collections.abc import Iterable

import networkx as nx

from netmap.domain import Actor, MapState, Tie

KITE_NAMES = ["Andre", "Beverley", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane"]


def kite() -> nx.Graph:
    """Krackhardt's kite with the actors' names (networkx node order 0..9)."""
    return nx.relabel_nodes(nx.krackhardt_kite_graph(), dict(enumerate(KITE_NAMES)))


def padgett16() -> nx.Graph:
    """Padgett's Florentine marriage network, 16 families: Pucci kept as an isolate."""
    graph = nx.florentine_families_graph()
    graph.add_node("Pucci")
    return graph


def holes() -> nx.Graph:
    """Borgatti's structural-holes example (networkx test_structuralholes.py)."""
    return nx.Graph([("A", "B"), ("A", "F"), ("A", "G"), ("A", "E"), ("E", "G"), ("F", "G"), ("B", "G"),
                     ("B", "D"), ("D", "G"), ("G", "C")])


def weighted_holes() -> nx.Graph:
    graph = nx.Graph()
    graph.add_weighted_edges_from([("A", "B", 2), ("A", "F", 3), ("A", "G", 5), ("A", "E", 2), ("E", "G", 8),
                                   ("F", "G", 3), ("B", "G", 4), ("B", "D", 1), ("D", "G", 3), ("G", "C", 10)])
    return graph


def map_of(graph: nx.Graph, *, categories: dict | None = None, **actor_fields: dict) -> MapState:
    """A map with one actor per node (ids 1..n in sorted node order, name = str(node)) and one tie per
    edge (strength from the edge's "weight")."""
    nodes = sorted(graph, key=str)
    ids = {v: i + 1 for i, v in enumerate(nodes)}
    actors = []
    for v in nodes:
        extra = {field: values[v] for field, values in actor_fields.items() if v in values}
        actors.append(Actor(str(v), category=(categories or {}).get(v, ""), id=ids[v], **extra))
    ties = [Tie(ids[u], ids[v], "kooperation", strength=int(d.get("weight", 1))) for u, v, d in graph.edges(data=True)]
    return MapState(actors=actors, ties=ties)


def by_name(report: dict) -> dict[str, dict]:
    return {a["name"]: a for a in report["actors"]}


def assert_close(got: dict, want: dict, *, tol: float = 1e-9, keys: Iterable | None = None) -> None:
    for key in keys if keys is not None else want:
        assert math.isclose(got[key], want[key], rel_tol=tol, abs_tol=tol), (key, got[key], want[key])
