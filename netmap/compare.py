"""What changed between two states of a map: actors, ties, and the network's indicators.

Actors and ties are matched by their identity (uid), which survives renames; for data that came
in from outside with fresh identities, matching falls back to the name (actors) and to the pair of
actors and the kind (ties).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from netmap.analysis import centrality
from netmap.catalogues import LOWEST_STAGES
from netmap.domain import Actor, CatalogueKind, MapState, Tie, tie_match_key
from netmap.graph import build_graph

__all__ = ["Comparison", "INDICATORS", "compare_states", "comparison_to_dict", "indicators"]

_ACTOR_ATTRIBUTES = ("name", "category", "district", "fields", "stage", "influence", "attitude", "reached",
                     "notes", "tags", "contact", "is_key", "dots", "extra")
_TIE_ATTRIBUTES = ("kind", "direction", "strength", "field", "notes", "extra")

INDICATORS = ("actors", "ties", "density", "components", "isolates", "categories_covered", "share_reached",
              "average_stage")
"""The indicators a council report shows, in display order."""


@dataclass
class Comparison:
    """The differences from state `a` (before) to state `b` (after)."""

    actors_added: list[Actor] = field(default_factory=list)
    actors_removed: list[Actor] = field(default_factory=list)
    actors_changed: list[tuple[Actor, Actor, list[str]]] = field(default_factory=list)
    ties_added: list[Tie] = field(default_factory=list)
    ties_removed: list[Tie] = field(default_factory=list)
    ties_changed: list[tuple[Tie, Tie, list[str]]] = field(default_factory=list)
    indicators_a: dict[str, float] = field(default_factory=dict)
    indicators_b: dict[str, float] = field(default_factory=dict)
    metric_changes: list[dict[str, Any]] = field(default_factory=list)


def _match_actors(a: MapState, b: MapState) -> dict[str, str]:
    """uid in `a` -> uid in `b` for the same actor."""
    b_uids = {x.uid for x in b.actors}
    matched = {x.uid: x.uid for x in a.actors if x.uid in b_uids}
    b_by_name: dict[str, str] = {}
    for x in b.actors:
        if x.uid not in matched.values():
            b_by_name.setdefault(x.name.strip().casefold(), x.uid)
    for x in a.actors:
        if x.uid not in matched:
            other = b_by_name.pop(x.name.strip().casefold(), None)
            if other is not None:
                matched[x.uid] = other
    return matched


def _tie_key(tie: Tie, uid_of: dict[int, str]) -> tuple[object, object, str, bool]:
    return tie_match_key(uid_of.get(tie.source, ""), uid_of.get(tie.target, ""), tie.kind, tie.direction)


def compare_states(a: MapState, b: MapState) -> Comparison:
    """Compare `a` (before) with `b` (after)."""
    result = Comparison()
    actor_map = _match_actors(a, b)
    b_actors = {x.uid: x for x in b.actors}
    for old in a.actors:
        new = b_actors.get(actor_map.get(old.uid, ""))
        if new is None:
            result.actors_removed.append(old)
            continue
        changed = [name for name in _ACTOR_ATTRIBUTES if getattr(old, name) != getattr(new, name)]
        if changed:
            result.actors_changed.append((old, new, changed))
    matched_b = set(actor_map.values())
    result.actors_added = [x for x in b.actors if x.uid not in matched_b]

    # Ties: translate a's endpoints into b's actor uids, then match by uid, then by (ends, kind).
    a_uid = {x.id: actor_map.get(x.uid, "a:" + x.uid) for x in a.actors if x.id is not None}
    b_uid = {x.id: x.uid for x in b.actors if x.id is not None}
    b_ties = {t.uid: t for t in b.ties}
    b_by_key: dict[tuple[object, object, str, bool], list[Tie]] = {}
    for t in b.ties:
        b_by_key.setdefault(_tie_key(t, b_uid), []).append(t)
    used: set[str] = set()
    pairs: list[tuple[Tie, Tie]] = []
    unmatched: list[Tie] = []
    for t in a.ties:
        if t.uid in b_ties and {a_uid.get(t.source), a_uid.get(t.target)} == {
                b_uid.get(b_ties[t.uid].source), b_uid.get(b_ties[t.uid].target)}:
            pairs.append((t, b_ties[t.uid]))
            used.add(t.uid)
        else:
            unmatched.append(t)
    for t in unmatched:
        candidates = [c for c in b_by_key.get(_tie_key(t, a_uid), []) if c.uid not in used]
        if candidates:
            pairs.append((t, candidates[0]))
            used.add(candidates[0].uid)
        else:
            result.ties_removed.append(t)
    for old_tie, new_tie in pairs:
        changed = [name for name in _TIE_ATTRIBUTES if getattr(old_tie, name) != getattr(new_tie, name)]
        if changed:
            result.ties_changed.append((old_tie, new_tie, changed))
    result.ties_added = [t for t in b.ties if t.uid not in used]

    result.indicators_a = indicators(a)
    result.indicators_b = indicators(b)
    result.metric_changes = _metric_changes(a, b, actor_map)
    return result


def indicators(state: MapState) -> dict[str, float]:
    """The network's indicators for monitoring: size, density, cohesion, reach and participation."""
    graph = build_graph(state)
    n = graph.number_of_nodes()
    stages = {e.key: e.rank for e in state.catalogue(CatalogueKind.STAGE)}
    staged = [stages[x.stage] for x in state.actors if x.stage in stages]
    categories = {x.category for x in state.actors if x.category}
    catalogue = {e.key for e in state.catalogue(CatalogueKind.CATEGORY)}
    return {
        "actors": n,
        "ties": graph.number_of_edges(),
        "density": round(nx.density(graph), 6) if n > 1 else 0.0,
        "components": nx.number_connected_components(graph) if n else 0,
        "isolates": nx.number_of_isolates(graph),
        "categories_covered": len(categories & catalogue) if catalogue else len(categories),
        "share_reached": round(sum(x.reached for x in state.actors) / n, 6) if n else 0.0,
        "average_stage": round(sum(staged) / len(staged), 6) if staged else 0.0,
        "lowest_stage_actors": sum(1 for x in state.actors if x.stage in LOWEST_STAGES),
    }


def _metric_changes(a: MapState, b: MapState, actor_map: dict[str, str]) -> list[dict[str, Any]]:
    """Degree and betweenness per actor before and after, biggest movers first.

    Every actor of either state gets one row: matched actors under their uid in `b`, actors that
    left under their uid in `a`; a side where the actor is missing counts as zero."""
    before, after = _centralities(a), _centralities(b)
    names = {x.uid: x.name for x in a.actors} | {x.uid: x.name for x in b.actors}
    zero = {"degree": 0.0, "betweenness": 0.0}
    pairs: list[tuple[str | None, str | None]] = [(old_uid, actor_map.get(old_uid)) for old_uid in before]
    pairs += [(None, uid) for uid in after if uid not in set(actor_map.values())]
    rows: list[dict[str, Any]] = []
    for old_uid, new_uid in pairs:
        old = before.get(old_uid or "", zero)
        new = after.get(new_uid or "", zero)
        rows.append({
            "uid": new_uid or old_uid,
            "name": names[new_uid or old_uid or ""],
            "degree_before": old["degree"], "degree_after": new["degree"],
            "degree_change": new["degree"] - old["degree"],
            "betweenness_before": round(old["betweenness"], 6), "betweenness_after": round(new["betweenness"], 6),
            "betweenness_change": round(new["betweenness"] - old["betweenness"], 6),
        })
    rows.sort(key=lambda r: (-abs(r["betweenness_change"]), -abs(r["degree_change"]), r["name"]))
    return rows


def _centralities(state: MapState) -> dict[str, dict[str, float]]:
    graph = build_graph(state)
    uid_of = {x.id: x.uid for x in state.actors}
    # igraph's kernel: exact networkx betweenness takes over a minute at 5,000 actors.
    betweenness = centrality.betweenness(graph) if graph.number_of_nodes() > 2 else {}
    return {uid_of[n]: {"degree": float(graph.degree(n)), "betweenness": betweenness.get(n, 0.0)}
            for n in graph.nodes}


def _value(value: object) -> object:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    return str(value)


def comparison_to_dict(comparison: Comparison, a: MapState, b: MapState) -> dict[str, Any]:
    """The JSON of `netmap compare`: plain lists and numbers, names instead of ids."""
    names = {x.id: x.name for x in a.actors} | {("b", x.id): x.name for x in b.actors}

    def actor(x: Actor) -> dict[str, Any]:
        return {"uid": x.uid, "name": x.name, "category": x.category, "district": x.district}

    def tie(t: Tie, side: str) -> dict[str, Any]:
        source = names.get(("b", t.source)) if side == "b" else names.get(t.source)
        target = names.get(("b", t.target)) if side == "b" else names.get(t.target)
        return {"uid": t.uid, "source": source, "target": target, "kind": t.kind, "direction": str(t.direction),
                "strength": t.strength}

    def changes(old: object, new: object, attributes: list[str]) -> dict[str, Any]:
        # Contact persons are personal data: say that they changed, not what they were.
        return {name: {"before": _value(getattr(old, name)), "after": _value(getattr(new, name))}
                if name != "contact" else {"before": None, "after": None} for name in attributes}

    return {
        "actors_added": [actor(x) for x in comparison.actors_added],
        "actors_removed": [actor(x) for x in comparison.actors_removed],
        "actors_changed": [{**actor(new), "changes": changes(old, new, attrs)}
                           for old, new, attrs in comparison.actors_changed],
        "ties_added": [tie(t, "b") for t in comparison.ties_added],
        "ties_removed": [tie(t, "a") for t in comparison.ties_removed],
        "ties_changed": [{**tie(new, "b"), "changes": changes(old, new, attrs)}
                         for old, new, attrs in comparison.ties_changed],
        "indicators": {name: {"before": comparison.indicators_a.get(name), "after": comparison.indicators_b.get(name)}
                       for name in comparison.indicators_a},
        "metric_changes": comparison.metric_changes,
    }
