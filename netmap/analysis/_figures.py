"""The figures of one analysis, computed from a graph and kept between edits by the live analysis.

`report.analyze` computes them from scratch; `incremental.LiveAnalysis` updates them after an edit,
recomputing only what the edit can change. Both then go through `report.build_report`, so the live
result and a full recomputation are the same by construction, not by parallel code.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import TypedDict

import networkx as nx

from netmap.analysis._igraph import IGraphView, to_igraph
from netmap.analysis.brokerage import brokerage_roles, structural_holes
from netmap.analysis.centrality import (
    betweenness_raw,
    closeness_parts,
    eigenvector_from_view,
    pagerank_from_view,
)
from netmap.analysis.fragility import (
    average_distance_from_view,
    bridges_from_view,
    cut_off_indices,
)
from netmap.analysis.groups import communities_from_view, groups_from_membership

__all__ = [
    "Figures",
    "StructureFigures",
    "compute_figures",
    "local_figures",
    "path_figures",
    "structure_figures",
    "views",
]

Node = Hashable


@dataclass
class Figures:
    """Per-actor results of the kernels, keyed by actor (node of the graph)."""

    betweenness_raw: dict[Node, float]
    closeness_sum: dict[Node, float]
    closeness_reach: dict[Node, int]
    constraint: dict[Node, float | None]
    effective_size: dict[Node, float | None]
    brokerage: dict[Node, dict[str, int]]
    eigenvector: dict[Node, float]
    pagerank: dict[Node, float]
    groups: list[frozenset[Node]]
    modularity: float
    core: dict[Node, int]
    articulation: list[Node]
    bridges: list[tuple[Node, Node]]
    cut_off: dict[Node, list[Node]]
    components: list[frozenset[Node]]
    average_distance: float | None


class StructureFigures(TypedDict):
    """The whole-graph part of `Figures` that `structure_figures` recomputes after an edit of the structure."""

    eigenvector: dict[Node, float]
    pagerank: dict[Node, float]
    groups: list[frozenset[Node]]
    modularity: float
    core: dict[Node, int]
    articulation: list[Node]
    bridges: list[tuple[Node, Node]]
    cut_off: dict[Node, list[Node]]
    components: list[frozenset[Node]]
    average_distance: float | None


def views(graph: nx.Graph, weight: str | None) -> tuple[IGraphView, IGraphView]:
    """The view for paths and centralities, and an undirected one for groups and fragility."""
    view = to_igraph(graph, weight)
    undirected = view if not view.directed else to_igraph(graph, weight, undirected=True)
    return view, undirected


def path_figures(view: IGraphView) -> tuple[dict[Node, float], dict[Node, float], dict[Node, int]]:
    """The expensive all-pairs kernels: raw betweenness, closeness distance sums and reach."""
    raw = betweenness_raw(view)
    sums, reach = closeness_parts(view)
    nodes = view.nodes
    return dict(zip(nodes, raw)), dict(zip(nodes, sums)), dict(zip(nodes, reach))


def structure_figures(
    view: IGraphView,
    undirected: IGraphView,
    closeness_sum: dict[Node, float],
    closeness_reach: dict[Node, int],
    *,
    seed: int,
) -> StructureFigures:
    """The cheap whole-graph figures (a few milliseconds at 1,000 actors): recomputed after any edit
    of the structure."""
    g = undirected.graph
    nodes = undirected.nodes
    membership = communities_from_view(undirected, seed=seed)
    modularity = float(g.modularity(membership, weights=undirected.weights)) if g.ecount() else 0.0
    components = g.connected_components()
    parts = sorted((sorted(c) for c in components), key=lambda c: (-len(c), c[0]))
    points = sorted(g.articulation_points())
    cut_off = {
        nodes[x]: [nodes[v] for v in cut_off_indices(g, x, components.membership)] for x in points
    }
    if view.weighted:
        average = average_distance_from_view(_unweighted(view))
    else:
        pairs = sum(r - 1 for r in closeness_reach.values())
        average = sum(closeness_sum.values()) / pairs if pairs else None
    return {
        "eigenvector": dict(zip(view.nodes, eigenvector_from_view(view))),
        "pagerank": dict(zip(view.nodes, pagerank_from_view(view))),
        "groups": groups_from_membership(undirected, membership),
        "modularity": modularity,
        "core": dict(zip(nodes, (int(k) for k in g.coreness()))),
        "articulation": [nodes[i] for i in points],
        "bridges": bridges_from_view(undirected),
        "cut_off": cut_off,
        "components": [frozenset(nodes[i] for i in c) for c in parts],
        "average_distance": average,
    }


def _unweighted(view: IGraphView) -> IGraphView:
    return IGraphView(view.graph, view.nodes, view.index, view.directed, False)


def local_figures(
    graph: nx.Graph, weight: str | None, nodes: Iterable[Node] | None = None
) -> tuple[dict[Node, float | None], dict[Node, float | None], dict[Node, dict[str, int]]]:
    """Constraint, effective size and brokerage roles of `nodes` (default all): local measures that an
    edit changes only near the edited actors and ties."""
    selected = list(graph) if nodes is None else list(nodes)
    constraint, size = structural_holes(graph, weight=weight, nodes=selected)
    roles = brokerage_roles(graph, nodes=selected)
    return constraint, size, roles


def compute_figures(graph: nx.Graph, *, weight: str | None, seed: int) -> Figures:
    """All figures of `graph` from scratch."""
    view, undirected = views(graph, weight)
    raw, sums, reach = path_figures(view)
    constraint, size, roles = local_figures(graph, weight)
    return Figures(
        betweenness_raw=raw,
        closeness_sum=sums,
        closeness_reach=reach,
        constraint=constraint,
        effective_size=size,
        brokerage=roles,
        **structure_figures(view, undirected, sums, reach, seed=seed),
    )
