"""The live analysis: figures kept up to date after every single edit of the map.

A workshop edits and looks at once, so after an edit the figures must be ready within 100 ms at
1,000 actors and 3,000 ties (bench/analysis.py measures it). What an edit costs here:

- the exact all-pairs kernels (betweenness, closeness) run again in igraph only when the ties change
  (tie added, removed, redirected, or re-weighted in a weighted analysis, actor removed with its
  ties): ~65 ms at 1,000 actors. Adding or removing an actor without ties only rescales them.
  (Recomputing betweenness for the affected sources only does not pay: a tie change touches the
  shortest paths of 30-95 % of the sources in such a network, and the old contributions would have
  to be recomputed too.)
- the cheap whole-graph figures (eigenvector, PageRank, communities, k-cores, articulation points,
  bridges, components) run again after any change of the structure: a few ms.
- constraint, effective size and brokerage roles are local: they are recomputed only for the actors
  near the edit (the endpoints and their neighbours; for a category change, the actor and its
  neighbours).
- an edit of other attributes (name, stage, reached, tie field, ...) only rebuilds the report.

The graph is the one `netmap.graph.build_graph` builds (each changed pair of actors is rebuilt through
it), and the report comes from the same `report.build_report` as a full analysis, so `report` always
equals `analyze(state)` for the same options (floating-point sums may differ in the last digits).

Not thread-safe: use one instance from one thread at a time (the UI runs it off the UI thread).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any

import networkx as nx

from netmap.analysis._figures import (
    Figures,
    compute_figures,
    path_figures,
    structure_figures,
    views,
)
from netmap.analysis._igraph import IGraphView
from netmap.analysis.brokerage import brokerage_roles, structural_holes
from netmap.analysis.centrality import betweenness_raw
from netmap.analysis.errors import UnknownActorError
from netmap.analysis.fragility import WhatIf, what_if_removed
from netmap.analysis.groups import DEFAULT_SEED
from netmap.analysis.report import build_report, check_ids, stored_id
from netmap.analysis.result import AnalysisReport
from netmap.domain import Actor, MapState, Tie
from netmap.graph import build_graph

__all__ = ["LiveAnalysis"]

Node = Hashable
Pair = tuple[int, int]


def _actor_key(actor: Actor) -> tuple[object, ...]:
    """The fields of an actor the analysis reads (build_graph's node attributes and the uid)."""
    return (
        actor.name, actor.category, actor.district, actor.fields, actor.stage, actor.influence,
        str(actor.attitude), actor.reached, actor.is_key, actor.uid,
    )


def _tie_key(tie: Tie) -> tuple[object, ...]:
    """The fields of a tie the analysis reads."""
    return (tie.source, tie.target, tie.kind, str(tie.direction), tie.strength, tie.field)


def _pair(tie: Tie) -> Pair | None:
    if tie.source == tie.target:
        return None
    return (tie.source, tie.target) if tie.source < tie.target else (tie.target, tie.source)


class LiveAnalysis:
    """The analysis of a map that follows its edits.

    >>> from netmap.domain import Actor, Tie
    >>> live = LiveAnalysis(MapState(actors=[Actor("A", id=1), Actor("B", id=2)]))
    >>> live.report.network.ties
    0
    >>> live.add_tie(Tie(1, 2)).network.ties
    1
    """

    def __init__(
        self,
        state: MapState,
        *,
        directed: bool = False,
        tie_kind: str | None = None,
        weighted: bool = False,
        seed: int = DEFAULT_SEED,
    ) -> None:
        check_ids(state)
        self.directed = directed
        self.tie_kind = tie_kind
        self.weighted = weighted
        self._weight = "weight" if weighted else None
        self._seed = seed
        self._meta = state
        self._actors: dict[int, Actor] = {a.id: a for a in state.actors if a.id is not None}
        self._ties: dict[str, Tie] = {}
        self._pair_ties: dict[Pair, set[str]] = {}
        self._actor_pairs: dict[int, set[Pair]] = {}
        for tie in state.ties:
            self._index_tie(tie)
        self._graph = build_graph(state, directed=directed, tie_kind=tie_kind, weighted=weighted)
        self._figures = compute_figures(self._graph, weight=self._weight, seed=seed)
        self._view: IGraphView = views(self._graph, self._weight)[0]
        self._report = self._build()

    # -- what callers read ---------------------------------------------------------------------

    @property
    def report(self) -> AnalysisReport:
        """The current report (the object of `report.analyze`); do not modify it."""
        return self._report

    @property
    def graph(self) -> nx.Graph:
        """The current analysed graph; read-only for callers."""
        return self._graph

    def what_if(self, actor_id: int) -> WhatIf:
        """What happens to the current map if `actor_id` leaves (fragility.what_if_removed)."""
        return what_if_removed(self._graph, actor_id)

    # -- edits -----------------------------------------------------------------------------------

    def update(self, state: MapState) -> AnalysisReport:
        """Bring the analysis to `state`, whatever changed since the last state, and return the report.

        Compares actors by id and ties by uid with the last state and applies the differences.
        """
        check_ids(state)
        actors = {a.id: a for a in state.actors if a.id is not None}
        upserts = [
            a for i, a in actors.items()
            if (old := self._actors.get(i)) is None or (old is not a and _actor_key(old) != _actor_key(a))
        ]
        removals = [i for i in self._actors if i not in actors]
        ties = {t.uid: t for t in state.ties}
        tie_upserts = [
            t for uid, t in ties.items()
            if (old_tie := self._ties.get(uid)) is None or (old_tie is not t and _tie_key(old_tie) != _tie_key(t))
        ]
        tie_removals = [uid for uid in self._ties if uid not in ties]
        self._meta = state
        return self._apply(upserts, removals, tie_upserts, tie_removals)

    def add_actor(self, actor: Actor) -> AnalysisReport:
        """An actor was added (or re-added: its ties already known come back)."""
        return self._apply([actor], [], [], [])

    def change_actor(self, actor: Actor) -> AnalysisReport:
        """An actor's attributes changed (same id)."""
        if actor.id not in self._actors:
            raise UnknownActorError(actor.id)
        return self._apply([actor], [], [], [])

    def remove_actor(self, actor_id: int, *, with_ties: bool = True) -> AnalysisReport:
        """An actor was removed, with its ties unless `with_ties` is False (they then lie dormant)."""
        if actor_id not in self._actors:
            raise UnknownActorError(actor_id)
        ties = [uid for pair in self._actor_pairs.get(actor_id, ()) for uid in self._pair_ties.get(pair, ())]
        return self._apply([], [actor_id], [], ties if with_ties else [])

    def add_tie(self, tie: Tie) -> AnalysisReport:
        """A tie was added."""
        return self._apply([], [], [tie], [])

    def change_tie(self, tie: Tie) -> AnalysisReport:
        """A tie changed (same uid): ends, kind, direction, strength or field."""
        return self._apply([], [], [tie], [])

    def remove_tie(self, tie: Tie | str) -> AnalysisReport:
        """A tie (or the tie with this uid) was removed."""
        return self._apply([], [], [], [tie if isinstance(tie, str) else tie.uid])

    # -- bookkeeping -------------------------------------------------------------------------------

    def _index_tie(self, tie: Tie) -> None:
        self._ties[tie.uid] = tie
        pair = _pair(tie)
        if pair is not None:
            self._pair_ties.setdefault(pair, set()).add(tie.uid)
            for end in pair:
                self._actor_pairs.setdefault(end, set()).add(pair)

    def _unindex_tie(self, uid: str) -> Pair | None:
        tie = self._ties.pop(uid, None)
        if tie is None:
            return None
        pair = _pair(tie)
        if pair is not None:
            uids = self._pair_ties.get(pair)
            if uids is not None:
                uids.discard(uid)
                if not uids:
                    del self._pair_ties[pair]
                    for end in pair:
                        pairs = self._actor_pairs.get(end)
                        if pairs is not None:
                            pairs.discard(pair)
                            if not pairs:
                                del self._actor_pairs[end]
        return pair

    def _neighbours(self, v: Node) -> set[Node]:
        g = self._graph
        if v not in g:
            return set()
        if g.is_directed():
            return (set(g.succ[v]) | set(g.pred[v])) - {v}
        return set(g.adj[v]) - {v}

    def _current_edges(self, pair: Pair) -> dict[tuple[int, int], dict[str, Any]]:
        a, b = pair
        g = self._graph
        arcs = [(a, b), (b, a)] if g.is_directed() else [(a, b)]
        return {(u, v): dict(g.edges[u, v]) for u, v in arcs if g.has_edge(u, v)}

    def _wanted_edges(self, pair: Pair) -> dict[tuple[int, int], dict[str, Any]]:
        """The edges build_graph makes of this pair's ties, built by build_graph itself."""
        a, b = pair
        uids = self._pair_ties.get(pair)
        if not uids or a not in self._actors or b not in self._actors:
            return {}
        mini = build_graph(
            MapState(actors=[self._actors[a], self._actors[b]], ties=[self._ties[u] for u in uids]),
            directed=self.directed,
            tie_kind=self.tie_kind,
            weighted=self.weighted,
        )
        edges: dict[tuple[int, int], dict[str, Any]] = {}
        for u, v, data in mini.edges(data=True):
            key = (u, v) if self.directed or u < v else (v, u)
            edges[key] = dict(data)
        return edges

    def _node_attributes(self, actor: Actor) -> dict[str, Any]:
        mini = build_graph(MapState(actors=[actor]))
        return dict(mini.nodes[actor.id])

    # -- the update ------------------------------------------------------------------------------

    def _apply(
        self,
        actor_upserts: Iterable[Actor],
        actor_removals: Iterable[int],
        tie_upserts: Iterable[Tie],
        tie_removals: Iterable[str],
    ) -> AnalysisReport:
        g = self._graph
        added: list[tuple[int, Actor]] = []  # (id, actor): only stored actors are nodes
        changed: list[tuple[int, Actor]] = []
        for actor in actor_upserts:
            actor_id = stored_id(actor)
            (changed if actor_id in self._actors else added).append((actor_id, actor))
        removed = [i for i in dict.fromkeys(actor_removals) if i in self._actors]

        # Pairs of actors whose edges may change, and everyone's neighbours before the edit.
        pairs: set[Pair] = set()
        for uid in tie_removals:
            if (pair := self._unindex_tie(uid)) is not None:
                pairs.add(pair)
        for tie in tie_upserts:
            if (pair := self._unindex_tie(tie.uid)) is not None:
                pairs.add(pair)
            self._index_tie(tie)
            if (pair := _pair(tie)) is not None:
                pairs.add(pair)
        for i in [*removed, *(i for i, _ in added)]:
            pairs.update(self._actor_pairs.get(i, ()))
        category_changed = [i for i, a in changed if a.category != self._actors[i].category]
        watched = {end for pair in pairs for end in pair} | set(category_changed)
        before = {v: self._neighbours(v) for v in watched}

        before_view = self._view
        # Apply to the actors and the graph.
        for i in removed:
            del self._actors[i]
        for i, actor in [*added, *changed]:
            self._actors[i] = actor
        for i, actor in added:
            g.add_node(i, **self._node_attributes(actor))
        structural: list[tuple[Pair, str]] = []  # (pair, "added" | "removed" | "changed")
        for pair in pairs:
            old, new = self._current_edges(pair), self._wanted_edges(pair)
            if old == new:
                continue
            if not old or not new:
                structural.append((pair, "added" if new else "removed"))
            elif old.keys() != new.keys() or any(old[k].get("weight") != new[k].get("weight") for k in old):
                structural.append((pair, "changed"))
            for u, v in old.keys() - new.keys():
                g.remove_edge(u, v)
            for (u, v), data in new.items():
                if g.has_edge(u, v):
                    g.edges[u, v].clear()
                g.add_edge(u, v, **data)
        for i in removed:
            g.remove_node(i)
        for i, actor in changed:
            attributes = g.nodes[i]
            attributes.clear()
            attributes.update(self._node_attributes(actor))
        nodes_changed = bool(added or removed)

        # Recompute what the edit can have changed.
        if structural or nodes_changed:
            self._recompute_structure(structural, nodes_changed, before_view)
        after = {v: self._neighbours(v) for v in watched}
        ends = {end for pair in pairs for end in pair}
        near: set[Node] = set(ends)
        brokers: set[Node] = set(ends)
        for v in ends:
            near |= before[v] | after[v]
        for a, b in pairs:
            brokers |= (before[a] & before[b]) | (after[a] & after[b])
        for v in category_changed:
            brokers |= {v} | before[v] | after[v]
        if structural or nodes_changed or category_changed:
            self._recompute_local(near, brokers, [i for i, _ in added])
        self._report = self._build()
        return self._report

    def _recompute_structure(
        self, structural: list[tuple[Pair, str]], nodes_changed: bool, before: IGraphView
    ) -> None:
        fig = self._figures
        g = self._graph
        view, undirected = views(g, self._weight)
        self._view = view
        affected = None
        if len(structural) == 1 and structural[0][1] != "changed" and not nodes_changed and not view.directed:
            [(pair, change)] = structural
            affected = _affected_sources(view if change == "added" else before, pair)
        if affected is not None:
            raw = dict(zip(view.nodes, betweenness_raw(view)))
            sums, reach = _closeness_update(view, affected, fig.closeness_sum)
        elif structural:
            raw, sums, reach = path_figures(view)
        else:  # actors without ties came or went: distances are unchanged, only normalisations
            raw = {v: fig.betweenness_raw.get(v, 0.0) for v in g}
            sums = {v: fig.closeness_sum.get(v, 0.0) for v in g}
            reach = {v: fig.closeness_reach.get(v, 1) for v in g}
        fig.betweenness_raw, fig.closeness_sum, fig.closeness_reach = raw, sums, reach
        for name, value in structure_figures(view, undirected, sums, reach, seed=self._seed).items():
            setattr(fig, name, value)

    def _recompute_local(self, near: set[Node], brokers: set[Node], added: list[int]) -> None:
        fig: Figures = self._figures
        g = self._graph
        for mapping in (fig.constraint, fig.effective_size, fig.brokerage):
            for v in [v for v in mapping if v not in g]:
                del mapping[v]
        new = set(added)
        constraint, size = structural_holes(g, weight=self._weight, nodes=[v for v in near | new if v in g])
        fig.constraint.update(constraint)
        fig.effective_size.update(size)
        fig.brokerage.update(brokerage_roles(g, nodes=[v for v in brokers | new if v in g]))

    def _build(self) -> AnalysisReport:
        meta = self._meta
        state = MapState(
            info=meta.info, catalogues=meta.catalogues, actors=list(self._actors.values()), clusters=meta.clusters
        )
        return build_report(state, self._graph, self._figures, weighted=self.weighted, tie_kind=self.tie_kind)


def _affected_sources(with_tie: IGraphView, pair: Pair) -> list[int] | None:
    """Vertices whose shortest paths use the tie `pair` in the undirected graph `with_tie` that has it.

    From a source s, the tie (a, b) of length w lies on a shortest path iff |d(s, a) - d(s, b)| = w;
    otherwise removing it (or adding it to the graph without it) changes no distance from s, so the
    closeness of s stays as it is. None when the shortcut does not apply.
    """
    a, b = (with_tie.index.get(end) for end in pair)
    if a is None or b is None:
        return None
    g = with_tie.graph
    edge = g.get_eid(a, b, error=False)
    if edge < 0:
        return None
    length = g.es[edge]["dist"] if with_tie.weighted else 1.0
    margin = length * (1 - 1e-9)  # exact for integer distances; errs towards "affected" otherwise
    from_a, from_b = g.distances(source=[a, b], weights=with_tie.distances)
    return [s for s, (x, y) in enumerate(zip(from_a, from_b)) if abs(x - y) >= margin and x != y]


def _closeness_update(
    view: IGraphView, affected: list[int], old_sums: dict[Node, float]
) -> tuple[dict[Node, float], dict[Node, int]]:
    """Closeness parts with only `affected` recomputed (reach from the components, always cheap)."""
    g = view.graph
    membership = g.connected_components().membership
    sizes: dict[int, int] = {}
    for c in membership:
        sizes[c] = sizes.get(c, 0) + 1
    reach = {v: sizes[c] for v, c in zip(view.nodes, membership)}
    sums = dict(old_sums)
    if affected:
        inverse = g.closeness(vertices=affected, weights=view.distances, normalized=False)
        for i, x in zip(affected, inverse):
            v = view.nodes[i]
            sums[v] = 0.0 if reach[v] <= 1 or not x else 1.0 / (x * view.scale)
    return sums, reach
