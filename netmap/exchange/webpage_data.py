"""What the web page shows, as plain data for its script: actors, ties, clusters and filters.

For a compared export the page holds both states: actors and ties are matched by their uid (a
snapshot keeps them), each item says in which views ("before", "after") it exists, and an actor
that left is drawn where it stood before. All user text is cleaned of control characters here and
escaped for the script block by `netmap.exchange.webpage`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from netmap.analysis.actor_figures import ActorFigures
from netmap.analysis.result import AnalysisReport
from netmap.domain import Actor, CatalogueKind, Direction, MapState, Tie

__all__ = ["page_data"]

_COLOUR_RE = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
FALLBACK_COLOUR = "#888888"
_TIE_COLOUR = "#7a7a7a"
_LABEL_MAX = 60
_CLUSTER_COLOURS = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f"]
_HEADING = "#1f2d3d"


@dataclass(frozen=True)
class _Side:
    """One state of the page and the name of its view ("" when the page shows one state)."""

    state: MapState
    view: str


def page_data(state: MapState, lang: str, text: Mapping[str, str], anonymize: bool,
              analysis: AnalysisReport | None, before: MapState | None) -> dict[str, Any]:
    """Nodes, edges, clusters and filter lists of the page (`before`: the earlier state to compare)."""
    sides = [_Side(state, "after" if before is not None else "")]
    if before is not None:
        sides.append(_Side(before, "before"))
    metrics = _metrics_by_uid(state, analysis)
    nodes: list[dict[str, Any]] = []
    node_of: dict[str, int] = {}  # actor uid -> node id
    for side in sides:
        positions = _positions(side.state.actors)
        for actor, (x, y) in zip(side.state.actors, positions, strict=True):
            if actor.uid in node_of:
                if side.view:
                    nodes[node_of[actor.uid]]["views"].append(side.view)
                continue
            node_of[actor.uid] = len(nodes)
            nodes.append(_node(side.state, lang, text, actor, anonymize, metrics.get(actor.uid), len(nodes), x, y,
                               side.view))
    edges: list[dict[str, Any]] = []
    edge_of: dict[str, int] = {}
    for side in sides:
        uid_of = {a.id: a.uid for a in side.state.actors}
        for tie in side.state.ties:
            if tie.source not in uid_of or tie.target not in uid_of:
                continue
            if tie.uid in edge_of:
                if side.view:
                    edges[edge_of[tie.uid]]["views"].append(side.view)
                continue
            edge_of[tie.uid] = len(edges)
            edges.append(_edge(side.state, lang, text, tie, len(edges), node_of[uid_of[tie.source]],
                               node_of[uid_of[tie.target]], side.view))
    clusters = []
    for side in sides:
        uid_of = {a.id: a.uid for a in side.state.actors}
        for number, cluster in enumerate(side.state.clusters):
            members = [node_of[uid_of[m]] for m in cluster.members if m in uid_of]
            clusters.append({"name": _clean(cluster.name), "members": members,
                             "colour": _colour(cluster.colour, _CLUSTER_COLOURS[number % len(_CLUSTER_COLOURS)]),
                             "heading": _HEADING, "views": [side.view] if side.view else []})
    return {"nodes": nodes, "edges": edges, "clusters": clusters, "filters": _filters(state, before, lang, text)}


def _node(state: MapState, lang: str, text: Mapping[str, str], actor: Actor, anonymize: bool,
          metrics: ActorFigures | None, number: int, x: float, y: float, view: str) -> dict[str, Any]:
    colours = {e.key: _colour(e.colour) for e in state.catalogue(CatalogueKind.CATEGORY)}
    facts = _facts(state, lang, text, actor, anonymize, metrics)
    return {
        "id": number,
        "label": _short(actor.name),
        "name": _clean(actor.name),
        "x": x,
        "y": y,
        "size": 8 + 2.5 * _clamp(actor.influence, 0, 10),
        "colour": colours.get(actor.category, FALLBACK_COLOUR),
        "key": bool(actor.is_key),
        "category": actor.category,
        "district": actor.district,
        "views": [view] if view else [],
        "facts": facts,
        "tip": [_clean(actor.name)] + [f"{label}: {value}" for label, value in facts],
    }


def _facts(state: MapState, lang: str, text: Mapping[str, str], actor: Actor, anonymize: bool,
           metrics: ActorFigures | None) -> list[tuple[str, str]]:
    """(label, value) of what the details panel and the tooltip say about an actor."""
    facts: list[tuple[str, str]] = []

    def add(label: str, value: str) -> None:
        if value:
            facts.append((label, _clean(value)))

    add(text["category"], state.label(CatalogueKind.CATEGORY, actor.category, lang))
    add(text["district"], state.label(CatalogueKind.DISTRICT, actor.district, lang))
    add(text["fields"], ", ".join(state.label(CatalogueKind.FIELD, f, lang) for f in actor.fields))
    add(text["stage"], state.label(CatalogueKind.STAGE, actor.stage, lang))
    add(text["influence"], str(actor.influence))
    add(text["attitude"], text.get(str(actor.attitude), str(actor.attitude)))
    add(text["reached"], text["yes"] if actor.reached else text["no"])
    add(text["clusters"], ", ".join(c.name for c in state.clusters if actor.id in c.members))
    if actor.contact is not None and not anonymize:
        c = actor.contact
        who = c.name + (f" ({c.role})" if c.role else "")
        add(text["contact"], ", ".join(p for p in (who, c.email, c.phone) if p.strip()))
    if metrics is not None:
        add(text["degree"], f"{metrics.degree:g}")
        if metrics.betweenness is not None:
            add(text["betweenness"], f"{metrics.betweenness:.3f}")
        if metrics.articulation_point:
            add(text["articulation"], text["yes"])
    return facts


def _edge(state: MapState, lang: str, text: Mapping[str, str], tie: Tie, number: int, source: int, target: int,
          view: str) -> dict[str, Any]:
    kinds = {e.key: e for e in state.catalogue(CatalogueKind.TIE_KIND)}
    names = state.actor_by_id()
    entry = kinds.get(tie.kind)
    arrows = {Direction.DIRECTED: "to", Direction.MUTUAL: "to, from"}.get(tie.direction, "")
    arrow_text = {Direction.DIRECTED: " → ", Direction.MUTUAL: " ↔ "}.get(tie.direction, " — ")
    kind_label = _clean(state.label(CatalogueKind.TIE_KIND, tie.kind, lang)) if tie.kind else ""
    tip = [_clean(names[tie.source].name) + arrow_text + _clean(names[tie.target].name)]
    if tie.kind:
        tip.append(f"{text['kind']}: {kind_label}")
    tip.append(f"{text['strength']}: {tie.strength}")
    if tie.field:
        tip.append(f"{text['field']}: {_clean(state.label(CatalogueKind.FIELD, tie.field, lang))}")
    return {
        "id": number,
        "from": source,
        "to": target,
        "width": 1 + 1.5 * (_clamp(tie.strength, 1, 3) - 1),
        "dashes": _dashes(entry.style if entry else "solid"),
        "arrows": arrows,
        "colour": _colour(entry.colour) if entry else _TIE_COLOUR,
        "kind": tie.kind,
        "kindLabel": kind_label,
        "views": [view] if view else [],
        "tip": tip,
    }


def _filters(state: MapState, before: MapState | None, lang: str, text: Mapping[str, str]) -> dict[str, list[Any]]:
    """The choices of the three filters: the values in use, as (key, label), in catalogue order."""
    states = [state] + ([before] if before is not None else [])
    used = {
        CatalogueKind.CATEGORY: Counter(a.category for s in states for a in s.actors),
        CatalogueKind.DISTRICT: Counter(a.district for s in states for a in s.actors),
        CatalogueKind.TIE_KIND: Counter(t.kind for s in states for t in s.ties),
    }
    result = {}
    for name, kind in (("category", CatalogueKind.CATEGORY), ("district", CatalogueKind.DISTRICT),
                       ("kind", CatalogueKind.TIE_KIND)):
        keys = [e.key for e in state.catalogue(kind) if used[kind].get(e.key)]
        keys += sorted(k for k in used[kind] if k and k not in keys)
        result[name] = [[k, _clean(state.label(kind, k, lang))] for k in keys]
    return result


def _metrics_by_uid(state: MapState, analysis: AnalysisReport | None) -> dict[str, ActorFigures]:
    """Analysis rows by actor uid: matched by uid, then id, then a name no other actor has."""
    if analysis is None:
        return {}
    by_uid = {a.uid: a for a in state.actors}
    by_id = state.actor_by_id()
    name_count = Counter(a.name for a in state.actors)
    by_name = {a.name: a for a in state.actors if name_count[a.name] == 1}
    found: dict[str, ActorFigures] = {}
    for row in analysis.actors:
        actor = by_uid.get(row.uid) if row.uid is not None else None
        actor = actor or by_id.get(row.id) or by_name.get(row.name)
        if actor is not None:
            found[actor.uid] = row
    return found


def _positions(actors: Sequence[Actor]) -> list[tuple[float, float]]:
    """The actors' map positions; a map never laid out (all on one spot) is put on a circle."""
    points = [(_finite(a.x), _finite(a.y)) for a in actors]
    if len(points) > 1 and len(set(points)) == 1:
        radius = 40.0 * len(points) / (2 * math.pi) + 100.0
        step = 2 * math.pi / len(points)
        return [
            (round(radius * math.cos(i * step), 2), round(radius * math.sin(i * step), 2))
            for i in range(len(points))
        ]
    return points


def _dashes(style: str) -> bool | list[int]:
    if style == "dash":
        return True
    if style == "dot":
        return [2, 5]
    return False


def _colour(value: str, fallback: str = FALLBACK_COLOUR) -> str:
    """A catalogue colour if it is a plain hex colour; anything else could smuggle CSS."""
    return value if isinstance(value, str) and _COLOUR_RE.match(value) else fallback


def colour(value: str) -> str:
    """`_colour` for the legend of `netmap.exchange.webpage`."""
    return _colour(value)


def _finite(value: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) else 0.0


def _clamp(value: int, low: int, high: int) -> int:
    try:
        return max(low, min(high, int(value)))
    except (TypeError, ValueError):
        return low


def _clean(value: object) -> str:
    """Text fit for the page: no control characters, no lone surrogates."""
    text = _CONTROL_RE.sub("", str(value))
    return text.encode("utf-8", "replace").decode("utf-8")


def clean(value: object) -> str:
    """`_clean` for the page assembly."""
    return _clean(value)


def _short(name: str) -> str:
    name = _clean(name)
    return name if len(name) <= _LABEL_MAX else name[: _LABEL_MAX - 1] + "…"
