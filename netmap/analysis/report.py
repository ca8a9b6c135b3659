"""The whole analysis of a map as one typed report (`result.AnalysisReport`): what the analysis panel,
the exports and the protocol read by attribute, and what `netmap analyze --json` prints through
`AnalysisReport.to_json`.

Layout (the keys below are the command line's JSON contract and the report's field names: keep them,
add new ones beside them):

- "network": actors, ties (edges of the analysed graph: arcs when directed, parallel ties merged),
  density, components, isolates, main_component, average_distance (ties between two actors that can
  reach each other), communities (groups of two or more), modularity, articulation_points, bridges,
  directed, weighted, tie_kind.
- "actors": one object per actor, sorted by id: id, uid, name, category, district, stage, reached,
  is_key, degree, degree_centrality, in_degree/out_degree (null unless directed), strength (null
  unless weighted), betweenness, closeness, eigenvector, pagerank, constraint, effective_size (null
  for isolates), community (index into "communities"; null for isolates), articulation_point,
  cuts_off (how many actors lose touch if it leaves), k_core, brokerage {role: count, "total"}.
- "options": directed, weighted, tie_kind (its label): the options that produced the report.
- "notes": why a gap was not asked, by gap: {"missing_categories": "categories_not_handbook"} when the
  map has actors but none of them has one of the handbook's categories (a file from another tool):
  that gap is then empty.
- "gaps": missing_categories (the handbook's actor groups without an actor), isolated_actors,
  single_points_of_failure, peripheral_categories,
  missing_districts, fields_without_ties, not_reached, unconnected_communities, key_actors.
  Catalogue entries are {"key", "label"}, actors {"id", "name", ...}: readable without the map.
- "communities": [{"id", "size", "members": [{"id", "name"}], "categories": {key: count}}].
- "bridges": [{"source", "target", "source_name", "target_name"}].
- "clusters": the hand-drawn clusters compared with the communities (groups.compare_clusters).

Labels are in the project's language (MapState.info.language). No NaN anywhere: undefined is null.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable
from typing import Any

import networkx as nx

from netmap.analysis._figures import Figures, compute_figures
from netmap.analysis.actor_figures import ActorFigures, ActorRef, Brokerage
from netmap.analysis.centrality import closeness_from_parts, normalise_betweenness
from netmap.analysis.errors import AnalysisError
from netmap.analysis.gaps import (
    fields_without_ties,
    key_actor_dependence,
    missing_categories,
    missing_districts,
    peripheral_categories,
    unconnected_community_pairs,
    unreached_by_category,
)
from netmap.analysis.gap_types import (
    CatalogueRef,
    CommunityMember,
    Gaps,
    IsolatedActor,
    KeyActorFigure,
    KeyActors,
    NotReached,
    NotReachedActor,
    PeripheralGroup,
    SinglePoint,
    UnconnectedGroups,
)
from netmap.analysis.groups import DEFAULT_SEED, compare_clusters
from netmap.analysis.result import (
    AnalysisReport,
    Bridge,
    ClusterComparison,
    ClusterMatch,
    Community,
    NetworkFigures,
    Notes,
    Options,
)
from netmap.catalogues import LOWEST_STAGES, default_catalogues
from netmap.domain import Actor, CatalogueKind, MapState
from netmap.graph import build_graph

__all__ = ["NOT_HANDBOOK_CATEGORIES", "analyze", "build_report"]

NOT_HANDBOOK_CATEGORIES = "categories_not_handbook"
"""notes.missing_categories when no actor has one of the handbook's categories (an imported file)."""



def analyze(
    state: MapState, *, directed: bool = False, tie_kind: str | None = None, weighted: bool = False
) -> AnalysisReport:
    """Analyse `state` and return the report described in the module docstring.

    directed: ties keep their direction (the analysis is undirected unless asked); tie_kind: only ties of
    this kind; weighted: tie strength counts (see centrality for distances).

    >>> from netmap.domain import Actor, Tie
    >>> s = MapState(actors=[Actor("A", id=1), Actor("B", id=2)], ties=[Tie(1, 2)])
    >>> analyze(s).network.density
    1.0
    """
    check_ids(state)
    graph = build_graph(state, directed=directed, tie_kind=tie_kind, weighted=weighted)
    figures = compute_figures(graph, weight="weight" if weighted else None, seed=DEFAULT_SEED)
    return build_report(state, graph, figures, weighted=weighted, tie_kind=tie_kind)


def stored_id(actor: Actor) -> int:
    """The actor's id, its node in the graph: only a stored actor has one."""
    if actor.id is None:
        raise AnalysisError(f"actor {actor.name!r} has no id; store it before analysing")
    return actor.id


def check_ids(state: MapState) -> None:
    """Actors must have distinct ids: they are the nodes of the graph."""
    seen: set[int] = set()
    for actor in state.actors:
        actor_id = stored_id(actor)
        if actor_id in seen:
            raise AnalysisError(f"two actors share the id {actor_id}")
        seen.add(actor_id)


def _num(x: float | None) -> float | None:
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def build_report(
    state: MapState, graph: nx.Graph, fig: Figures, *, weighted: bool = False, tie_kind: str | None = None
) -> AnalysisReport:
    """Assemble the report from the graph `build_graph` made of `state` and the graph's figures."""
    language = state.info.language
    directed = graph.is_directed()
    n = graph.number_of_nodes()
    nodes: list[int] = sorted(graph)
    position: dict[Hashable, int] = {v: i for i, v in enumerate(nodes)}
    attributes: dict[Hashable, dict[str, Any]] = dict(graph.nodes(data=True))  # plain dicts: read ~10 times each
    names: dict[Hashable, str] = {v: attributes[v].get("name", str(v)) for v in nodes}

    def refs(vs: Iterable[Hashable]) -> tuple[ActorRef, ...]:
        return tuple(ActorRef(_id(v), names[v]) for v in vs)

    def entry(kind: CatalogueKind, key: str) -> CatalogueRef:
        return CatalogueRef(key, state.label(kind, key, language))

    def category(v: Hashable) -> str:
        return str(attributes[v].get("category", ""))

    # Communities of two or more; isolated actors belong to none.
    degrees = dict(graph.degree())  # build_graph makes no self-loops: degree 0 means no tie
    groups = [g for g in fig.groups if len(g) > 1 or degrees[next(iter(g))] > 0]
    community_of = {v: i for i, g in enumerate(groups) for v in g}

    def member(v: Hashable) -> CommunityMember:
        return CommunityMember(_id(v), names[v], community_of.get(v))

    raw = [fig.betweenness_raw[v] for v in nodes]
    betweenness = dict(zip(nodes, normalise_betweenness(raw, n, directed)))
    closeness = dict(
        zip(nodes, closeness_from_parts([fig.closeness_sum[v] for v in nodes],
                                        [fig.closeness_reach[v] for v in nodes], n))
    )
    uids = {a.id: a.uid for a in state.actors}
    actors: list[ActorFigures] = []
    for v in nodes:
        data = attributes[v]
        roles = fig.brokerage.get(v)
        degree = degrees[v]
        actors.append(
            ActorFigures(
                id=v,
                uid=uids.get(v),
                name=names[v],
                category=data.get("category", ""),
                district=data.get("district", ""),
                stage=data.get("stage", ""),
                reached=bool(data.get("reached", False)),
                is_key=bool(data.get("is_key", False)),
                degree=degree,
                degree_centrality=degree / (n - 1) if n > 1 else 1.0,
                in_degree=graph.in_degree(v) if directed else None,
                out_degree=graph.out_degree(v) if directed else None,
                strength=_num(graph.degree(v, weight="weight")) if weighted else None,
                betweenness=_num(betweenness[v]),
                closeness=_num(closeness[v]),
                eigenvector=_num(fig.eigenvector[v]),
                pagerank=_num(fig.pagerank[v]),
                constraint=_num(fig.constraint[v]),
                effective_size=_num(fig.effective_size[v]),
                community=community_of.get(v),
                articulation_point=v in fig.cut_off,
                cuts_off=len(fig.cut_off.get(v, ())),
                k_core=fig.core[v],
                brokerage=_brokerage(roles),
            )
        )

    isolated = [v for v in nodes if degrees[v] == 0]
    categories = [e.key for e in state.catalogue(CatalogueKind.CATEGORY)]
    # "Which of the handbook's actor groups are missing?" only makes sense for a map that uses them: for
    # a file from another tool it would list all of them (32 German categories for a Gephi file). An
    # empty map is a workshop about to collect its actors: every group is still missing.
    handbook = {e.key for e in default_catalogues()[CatalogueKind.CATEGORY]}
    uses_handbook = not nodes or any(category(v) in handbook for v in nodes)
    reachable_pairs = sum(r - 1 for r in fig.closeness_reach.values())
    if not directed:
        reachable_pairs //= 2
    key = key_actor_dependence(
        graph, fig.betweenness_raw, reachable_pairs=reachable_pairs, components=fig.components
    )
    gaps = Gaps(
        missing_categories=tuple(entry(CatalogueKind.CATEGORY, k) for k in missing_categories(graph, categories))
        if uses_handbook else (),
        isolated_actors=tuple(IsolatedActor(v, names[v], category(v)) for v in isolated),
        single_points_of_failure=tuple(
            SinglePoint(_id(v), names[v], category(v), refs(cut))
            for v, cut in sorted(fig.cut_off.items(), key=lambda item: (-len(item[1]), names[item[0]], item[0]))
        ),
        peripheral_categories=tuple(
            PeripheralGroup(p["category"], state.label(CatalogueKind.CATEGORY, p["category"], language),
                            p["all_isolated"], refs(p["actors"]))
            for p in peripheral_categories(graph, categories or None)
        ),
        missing_districts=tuple(
            entry(CatalogueKind.DISTRICT, k)
            for k in missing_districts(graph, [e.key for e in state.catalogue(CatalogueKind.DISTRICT)])
        ),
        fields_without_ties=tuple(
            entry(CatalogueKind.FIELD, k)
            for k in fields_without_ties(graph, [e.key for e in state.catalogue(CatalogueKind.FIELD)])
        ),
        not_reached=tuple(
            NotReached(
                category_key,
                state.label(CatalogueKind.CATEGORY, category_key, language),
                tuple(
                    NotReachedActor(_id(v), names[v], bool(attributes[v].get("reached", False)),
                                    attributes[v].get("stage", ""))
                    for v in members
                ),
            )
            for category_key, members in unreached_by_category(graph, LOWEST_STAGES).items()
        ),
        unconnected_communities=tuple(
            UnconnectedGroups(
                pair["communities"],
                pair["same_component"],
                tuple(member(v) for v in pair["go_betweens"]),
                tuple(member(v) for v in pair["outward"]),
            )
            for pair in unconnected_community_pairs(graph, groups, rank=fig.betweenness_raw)
        ),
        key_actors=None
        if key is None
        else KeyActors(
            tuple(KeyActorFigure(_id(e["actor"]), names[e["actor"]], _num(e["path_share"])) for e in key["key_actors"]),
            _num(key["cut_pairs_share"]),
            refs(key["cut_off"]),
        ),
    )

    communities = tuple(
        Community(
            id=i,
            size=len(g),
            members=refs(sorted(g, key=position.__getitem__)),
            categories=_count(category(v) for v in g),
        )
        for i, g in enumerate(groups)
    )
    cluster_keys: dict[Hashable, int | str] = {}
    cluster_names: dict[Hashable, str] = {}
    for c in state.clusters:
        cluster_key = c.id if c.id is not None else c.uid
        cluster_keys[cluster_key], cluster_names[cluster_key] = cluster_key, c.name
    clusters = compare_clusters({c.id if c.id is not None else c.uid: c.members for c in state.clusters}, groups)
    return AnalysisReport(
        options=Options(
            directed=directed,
            weighted=weighted,
            tie_kind=state.label(CatalogueKind.TIE_KIND, tie_kind, language) if tie_kind else None,
        ),
        notes=Notes() if uses_handbook else Notes(missing_categories=NOT_HANDBOOK_CATEGORIES),
        network=NetworkFigures(
            actors=n,
            ties=graph.number_of_edges(),
            density=_num(nx.density(graph)) if n > 1 else 0.0,
            components=len(fig.components),
            isolates=len(isolated),
            main_component=len(fig.components[0]) if fig.components else 0,
            average_distance=_num(fig.average_distance),
            communities=len(groups),
            modularity=_num(fig.modularity),
            articulation_points=len(fig.articulation),
            bridges=len(fig.bridges),
            directed=directed,
            weighted=weighted,
            tie_kind=tie_kind,
        ),
        actors=tuple(actors),
        gaps=gaps,
        communities=communities,
        bridges=tuple(Bridge(_id(u), _id(v), names[u], names[v]) for u, v in fig.bridges),
        clusters=ClusterComparison(
            clusters=tuple(
                ClusterMatch(
                    id=cluster_keys[c["cluster"]],
                    name=cluster_names[c["cluster"]],
                    size=c["size"],
                    best_community=c["best_community"],
                    overlap=c["overlap"],
                    jaccard=_num(c["jaccard"]),
                )
                for c in clusters["clusters"]
            ),
            adjusted_rand=_num(clusters["adjusted_rand"]),
            nmi=_num(clusters["nmi"]),
        ),
    )


_NO_BROKERAGE = Brokerage()


def _brokerage(roles: dict[str, int] | None) -> Brokerage:
    """The roles as Brokerage; most actors broker nothing and share one object (a report is rebuilt
    after every edit: 1,000 fewer objects at 1,000 actors)."""
    if not roles:
        return _NO_BROKERAGE
    # brokerage_roles counts every role, in the order of brokerage.ROLES
    coordinator, itinerant, representative, gatekeeper, liaison = roles.values()
    total = coordinator + itinerant + representative + gatekeeper + liaison
    return Brokerage(coordinator, itinerant, representative, gatekeeper, liaison, total) if total else _NO_BROKERAGE


def _id(node: Hashable) -> int:
    """A node of the analysed graph as the actor id it is (build_graph's nodes are the actors' ids)."""
    if not isinstance(node, int):
        raise AnalysisError(f"the graph has a node {node!r} that is not an actor id")
    return node


def _count(values: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return dict(sorted(counts.items()))
