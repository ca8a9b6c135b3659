"""Gaps, the question the handbook keeps asking: who is missing, who is left out, what is not linked.

Every function takes the analysed graph (node attributes as `netmap.graph.build_graph` sets them:
name, category, district, stage, reached, is_key; edge attribute fields) and, where it needs them,
the catalogue keys. They return actor ids and keys; the report adds names and labels.

Peripheral: an actor with at most one tie (direction ignored): isolated, or hanging on a single
contact. This is plain to explain and, unlike "the outermost k-shell", does not depend on how dense
the rest of the map is.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from typing import TypedDict

import networkx as nx

from netmap.analysis._igraph import to_igraph
from netmap.catalogues import LOWEST_STAGES

__all__ = [
    "CommunityPair",
    "KeyActorDependence",
    "KeyActorShare",
    "PeripheralCategory",
    "fields_without_ties",
    "isolated_actors",
    "key_actor_dependence",
    "missing_categories",
    "missing_districts",
    "peripheral_actors",
    "peripheral_categories",
    "unconnected_community_pairs",
    "unreached_by_category",
]

Node = Hashable


class PeripheralCategory(TypedDict):
    """A category whose actors are all on the periphery."""

    category: str
    actors: list[Node]
    all_isolated: bool


class CommunityPair(TypedDict):
    """Two communities without a tie between them, and who could bring them together."""

    communities: tuple[int, int]
    same_component: bool
    go_betweens: list[Node]
    outward: list[Node]


class KeyActorShare(TypedDict):
    """The share of shortest paths that run through one key actor."""

    actor: Node
    path_share: float


class KeyActorDependence(TypedDict):
    """How much the network hangs on its key actors."""

    key_actors: list[KeyActorShare]
    cut_pairs_share: float
    cut_off: list[Node]


def _neighbours(graph: nx.Graph, v: Node) -> set[Node]:
    if graph.is_directed():
        return (set(graph.succ[v]) | set(graph.pred[v])) - {v}
    return set(graph.adj[v]) - {v}


def _undirected_degree(graph: nx.Graph, v: Node) -> int:
    if graph.is_directed():
        return len(_neighbours(graph, v))
    adjacent = graph.adj[v]
    return len(adjacent) - (v in adjacent)


def _node_key(v: Node) -> tuple[int, float, str]:
    """A sort key every node has: numbers (actor ids) in numeric order, then strings, then the rest by repr.

    The graph's nodes are actor ids, so lists come out in id order as before; a key instead of comparing
    the nodes themselves also orders a graph whose nodes are of mixed kinds.
    """
    if isinstance(v, (int, float)):
        return (0, v, "")
    if isinstance(v, str):
        return (1, 0.0, v)
    return (2, 0.0, repr(v))


def _sort(nodes: Iterable[Node]) -> list[Node]:
    return sorted(nodes, key=_node_key)


def missing_categories(graph: nx.Graph, categories: Iterable[str]) -> list[str]:
    """Catalogue categories no actor belongs to, in catalogue order.

    >>> g = nx.Graph(); g.add_node(1, category="schulen")
    >>> missing_categories(g, ["schulen", "kitas"])
    ['kitas']
    """
    present = {d.get("category") for _, d in graph.nodes(data=True)}
    return [c for c in categories if c not in present]


def missing_districts(graph: nx.Graph, districts: Iterable[str]) -> list[str]:
    """Districts (Sozialräume) of the catalogue without any actor, in catalogue order."""
    present = {d.get("district") for _, d in graph.nodes(data=True)}
    return [k for k in districts if k not in present]


def isolated_actors(graph: nx.Graph) -> list[Node]:
    """Actors without any tie."""
    return _sort(v for v in graph if _undirected_degree(graph, v) == 0)


def peripheral_actors(graph: nx.Graph) -> list[Node]:
    """Actors with at most one tie (see the module notes)."""
    return _sort(v for v in graph if _undirected_degree(graph, v) <= 1)


def peripheral_categories(
    graph: nx.Graph, categories: Iterable[str] | None = None
) -> list[PeripheralCategory]:
    """Categories that have actors, all of them peripheral.

    Returns [{"category": key, "actors": [...], "all_isolated": bool}] in the order of `categories`
    (default: sorted keys of the categories present); actors without a category are not a category.
    """
    by_category: dict[str, list[Node]] = {}
    for v, d in graph.nodes(data=True):
        if d.get("category"):
            by_category.setdefault(d["category"], []).append(v)
    order = list(categories) if categories is not None else sorted(by_category)
    result: list[PeripheralCategory] = []
    for key in order:
        members = by_category.get(key)
        if not members:
            continue
        degrees = [_undirected_degree(graph, v) for v in members]
        if max(degrees) <= 1:
            result.append({"category": key, "actors": _sort(members), "all_isolated": max(degrees) == 0})
    return result


def fields_without_ties(graph: nx.Graph, fields: Iterable[str]) -> list[str]:
    """Fields of action (Handlungsfelder) of the catalogue that no tie belongs to, in catalogue order."""
    used: set[str] = set()
    for _, _, tie_fields in graph.edges(data="fields", default=()):
        used.update(tie_fields or ())
    return [f for f in fields if f not in used]


def unreached_by_category(
    graph: nx.Graph, lowest_stages: Collection[str] = LOWEST_STAGES
) -> dict[str, list[Node]]:
    """Actors not yet reached by the process, or only at the lowest participation stages, per category.

    Keys are category keys ("" for actors without a category), sorted; actors sorted within.
    """
    result: dict[str, list[Node]] = {}
    for v, d in graph.nodes(data=True):
        if not d.get("reached", False) or d.get("stage") in lowest_stages:
            result.setdefault(d.get("category") or "", []).append(v)
    return {k: _sort(result[k]) for k in sorted(result)}


def unconnected_community_pairs(
    graph: nx.Graph,
    groups: Sequence[Collection[Node]],
    *,
    rank: Mapping[Node, float] | None = None,
    limit: int = 3,
) -> list[CommunityPair]:
    """Pairs of communities with no tie between them, and who is best placed to bring them together.

    Only communities of two or more actors count. For each pair (i, j), i < j:
    "go_betweens": up to `limit` actors outside both that already have ties into both groups, the
    most evenly tied first (more ties to the weaker side, then more ties in all, then higher `rank`,
    e.g. betweenness); "outward": when there is no go-between, the member of each group with the most
    ties to other groups (then higher `rank`), the natural persons to introduce to each other.
    `same_component` tells whether the two groups are linked at all, through others.
    """
    rank = rank or {}
    index = {v: i for i, members in enumerate(groups) if len(members) > 1 for v in members}
    counted = sorted({i for i in index.values()})
    linked: set[tuple[int, int]] = set()
    touches: dict[Node, dict[int, int]] = {}
    outward: dict[Node, int] = {}
    for v in graph:
        own = index.get(v)
        counts: dict[int, int] = {}
        for u in _neighbours(graph, v):
            c = index.get(u)
            if c is None or c == own:
                continue
            counts[c] = counts.get(c, 0) + 1
            if own is not None:
                linked.add((own, c) if own < c else (c, own))
        if counts:
            touches[v] = counts
            if own is not None:
                outward[v] = sum(counts.values())
    go_betweens: dict[tuple[int, int], list[Node]] = {}
    for v, counts in touches.items():
        touched = sorted(counts)
        for a in range(len(touched)):
            for b in range(a + 1, len(touched)):
                pair = (touched[a], touched[b])
                if pair not in linked:
                    go_betweens.setdefault(pair, []).append(v)
    component = _component_index(graph)
    result: list[CommunityPair] = []
    for a_pos, i in enumerate(counted):
        for j in counted[a_pos + 1 :]:
            if (i, j) in linked:
                continue
            candidates = go_betweens.get((i, j), [])
            ranked = sorted(
                candidates,
                key=lambda v: (
                    -min(touches[v][i], touches[v][j]),
                    -(touches[v][i] + touches[v][j]),
                    -rank.get(v, 0.0),
                    repr(v),
                ),
            )[:limit]
            entry: CommunityPair = {
                "communities": (i, j),
                "same_component": component[next(iter(groups[i]))] == component[next(iter(groups[j]))],
                "go_betweens": ranked,
                "outward": [] if ranked else [_most_outward(groups[c], outward, rank) for c in (i, j)],
            }
            result.append(entry)
    return result


def _most_outward(members: Collection[Node], outward: Mapping[Node, int], rank: Mapping[Node, float]) -> Node:
    return min(members, key=lambda v: (-outward.get(v, 0), -rank.get(v, 0.0), repr(v)))


def _component_index(graph: nx.Graph) -> dict[Node, int]:
    return {v: i for i, part in enumerate(_components(graph)) for v in part}


def key_actor_dependence(
    graph: nx.Graph,
    betweenness_raw: Mapping[Node, float],
    *,
    reachable_pairs: int | None = None,
    components: Sequence[Collection[Node]] | None = None,
) -> KeyActorDependence | None:
    """How much the network hangs on its key actors (node attribute is_key); None without key actors.

    "key_actors": per key actor, "path_share": the share of the shortest paths between two other
    actors that can reach each other which run through it (its raw betweenness over the number of
    such pairs; a pair with several shortest paths counts each path with its fraction).
    "cut_pairs_share": the share of the connected pairs of other actors (direction ignored) that are
    no longer connected when all key actors leave; "cut_off": the actors of the main component that
    then lose touch with the largest part of it.

    `betweenness_raw`: unnormalised betweenness (pairs counted once on an undirected graph, ordered
    on a directed one); `reachable_pairs`: the number of such pairs; `components`: the components,
    largest first (both computed if not given).
    """
    keys = _sort(v for v, d in graph.nodes(data=True) if d.get("is_key"))
    if not keys:
        return None
    directed = graph.is_directed()
    if reachable_pairs is None:
        reachable_pairs = _reachable_pairs(graph)
    parts = [set(p) for p in components] if components is not None else _components(graph)
    part_of = {v: p for p in parts for v in p}
    entries: list[KeyActorShare] = []
    for v in keys:
        if directed:
            pairs = reachable_pairs - len(nx.ancestors(graph, v)) - len(nx.descendants(graph, v))
        else:
            pairs = reachable_pairs - (len(part_of[v]) - 1)
        share = betweenness_raw.get(v, 0.0) / pairs if pairs > 0 else 0.0
        entries.append({"actor": v, "path_share": share})
    key_set = set(keys)
    pairs_before = sum(_pairs(len(p - key_set)) for p in parts)
    pairs_after = 0
    main = parts[0] - key_set
    main_pieces: list[set[Node]] = []
    for part in parts:
        for piece in _pieces(graph, part - key_set):
            pairs_after += _pairs(len(piece))
            if part is parts[0]:
                main_pieces.append(piece)
    cut_off: list[Node] = []
    if main_pieces:
        largest = min(main_pieces, key=lambda p: (-len(p), _smallest(p)))
        cut_off = _sort(main - largest)
    return {
        "key_actors": entries,
        "cut_pairs_share": (pairs_before - pairs_after) / pairs_before if pairs_before else 0.0,
        "cut_off": cut_off,
    }


def _pieces(graph: nx.Graph, keep: set[Node]) -> list[set[Node]]:
    """Connected parts of the subgraph on `keep`, direction ignored (a plain BFS: cheaper than a view)."""
    directed = graph.is_directed()
    seen: set[Node] = set()
    pieces: list[set[Node]] = []
    for start in keep:
        if start in seen:
            continue
        piece = {start}
        frontier = [start]
        while frontier:
            v = frontier.pop()
            around = (*graph.succ[v], *graph.pred[v]) if directed else graph.adj[v]
            for u in around:
                if u in keep and u not in piece:
                    piece.add(u)
                    frontier.append(u)
        seen |= piece
        pieces.append(piece)
    return pieces


def _smallest(nodes: Collection[Node]) -> Node:
    return min(nodes, key=_node_key)


def _pairs(size: int) -> int:
    return size * (size - 1) // 2


def _components(graph: nx.Graph) -> list[set[Node]]:
    """Components (direction ignored), largest first, ties by smallest actor."""
    parts = nx.weakly_connected_components(graph) if graph.is_directed() else nx.connected_components(graph)
    return sorted(parts, key=lambda p: (-len(p), _smallest(p)))


def _reachable_pairs(graph: nx.Graph) -> int:
    if graph.is_directed():
        g = to_igraph(graph).graph
        reached: list[int] = g.neighborhood_size(order=max(1, g.vcount()), mode="out")
        return sum(reached) - len(reached)
    parts: list[set[Node]] = list(nx.connected_components(graph))
    return sum(_pairs(len(p)) for p in parts)
