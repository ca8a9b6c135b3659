"""The demo project "Musterstadt": a fictional town mapped twice, two years apart.

The data lives in `resources/demo/musterstadt.json`: every actor and tie of both workshops, with
what differed in the older one. Building it replays the story through the same edit operations a
user would make, so the demo also exercises the core.
"""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from netmap.catalogues import default_catalogues
from netmap.domain import (
    Actor,
    Attitude,
    CatalogueEntry,
    CatalogueKind,
    Cluster,
    ContactPerson,
    Direction,
    ProjectInfo,
    Source,
    SourceKind,
    Tie,
)
from netmap.errors import NotAProjectError
from netmap.i18n import tr
from netmap.location import FileLocation, Location, ServerLocation, parse_location
from netmap.project import Project
from netmap.resources import resource_path
from netmap.storage.database import discard_project, project_exists, rename_project

__all__ = ["write_demo"]

_SPREAD = 900.0  # half the width of the map in scene units
_PATCH = 115.0  # a cluster patch grows with the square root of its members
_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def _load() -> dict[str, Any]:
    with resource_path("demo", "musterstadt.json").open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)  # the town's description, shipped with the app
    return data


def _in_state(item: dict[str, Any], state: str) -> bool:
    return item.get("only") in (None, state)


def _values(item: dict[str, Any], state: str) -> dict[str, Any]:
    values = {k: v for k, v in item.items() if k not in ("only", "old")}
    if state == "old":
        values.update(item.get("old", {}))
    return values


def _positions(data: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """One seeded layout of everyone who was ever on the map, so both states share positions.

    Like the poster wall at the end of a workshop, each cluster gets its own patch of the map
    (patches on an ellipse, members spread evenly within their patch), so hulls and headings do not
    pile up; actors outside every cluster sit beside their neighbours.
    """
    graph = nx.Graph()
    graph.add_nodes_from(a["ref"] for a in data["actors"])
    graph.add_edges_from((t["from"], t["to"]) for t in data["ties"])
    clusters = [c["members"] for c in data["clusters"]]
    positions: dict[str, tuple[float, float]] = {}
    for index, members in enumerate(clusters):
        angle = 2 * math.pi * index / len(clusters) - math.pi / 2
        centre = (_SPREAD * 2.0 * math.cos(angle), _SPREAD * 1.1 * math.sin(angle))
        # Members on a sunflower spiral, the best connected in the middle: evenly spaced, no overlap.
        ordered = sorted(members, key=lambda ref: (-graph.degree(ref), ref))
        for i, ref in enumerate(ordered):
            r, theta = _PATCH * math.sqrt(i + 0.5), i * _GOLDEN_ANGLE
            positions[ref] = (centre[0] + 2.0 * r * math.cos(theta), centre[1] + 0.8 * r * math.sin(theta))
    for ref in graph:
        if ref not in positions:
            placed = [positions[n] for n in graph[ref] if n in positions]
            x = sum(p[0] for p in placed) / len(placed) if placed else 0.0
            y = sum(p[1] for p in placed) / len(placed) if placed else 0.0
            positions[ref] = (x * 0.6, y * 0.6)
    return {ref: (round(x, 1), round(y, 1)) for ref, (x, y) in positions.items()}


def _actor(values: dict[str, Any], position: tuple[float, float]) -> Actor:
    contact = values.get("contact")
    return Actor(
        name=values["name"], category=values.get("category", ""), district=values.get("district", ""),
        fields=tuple(values.get("fields", ())), stage=values.get("stage", ""),
        influence=int(values.get("influence", 0)), attitude=Attitude(values.get("attitude", "neutral")),
        reached=bool(values.get("reached", False)), notes=values.get("notes", ""),
        tags=tuple(values.get("tags", ())), x=position[0], y=position[1],
        contact=ContactPerson(**contact) if contact else None, dots=int(values.get("dots", 0)),
        is_key=bool(values.get("is_key", False)),
    )


def _tie(values: dict[str, Any], ids: dict[str, int]) -> Tie:
    return Tie(
        source=ids[values["from"]], target=ids[values["to"]], kind=values["kind"],
        direction=Direction(values.get("direction", "undirected")), strength=int(values.get("strength", 1)),
        field=values.get("field", ""), notes=values.get("notes", ""),
    )


def write_demo(location: str | Path | Location) -> Project:
    """Write the demo project to `location` (a file or a project on a server, which must not exist)
    and return it open.

    The project is built under a temporary name and renamed into place at the end (a file rename,
    or a schema rename on a server), so a failure leaves no half-built project behind.
    """
    target = parse_location(location)
    partial: Location
    if isinstance(target, ServerLocation):
        if project_exists(target):
            raise NotAProjectError(str(target), tr("Errors", "a project of that name already exists"))
        partial = target.sibling(f".partial-{target.project}")
    else:
        if target.path.exists():
            raise NotAProjectError(str(target), tr("Errors", "a file of that name already exists"))
        if not target.path.parent.is_dir():
            raise NotAProjectError(str(target), tr("Errors", "its folder does not exist"))
        partial = FileLocation(target.path.with_name(f".{target.path.name}.partial"))
    discard_project(partial)
    try:
        _build(partial).close()
        rename_project(partial, target)
    finally:
        discard_project(partial)
    return Project.open(target)


def _build(location: Location) -> Project:
    data = _load()
    info = data["info"]
    catalogues = default_catalogues()
    catalogues[CatalogueKind.DISTRICT] = [
        CatalogueEntry(d["key"], d["label_de"], d["label_en"], d.get("colour", "#888888"), rank=i)
        for i, d in enumerate(data["districts"])
    ]
    project = Project.create(location, catalogues=catalogues, info=ProjectInfo(
        name=info["name"], town=info["town"], topic=info["topic"], facilitator=info["facilitator"],
        workshop_date=date.fromisoformat(info["workshop_date"]), language=info.get("language", "de"),
        participants=int(info.get("participants", 0)), dots_each=int(info.get("dots_each", 0)),
        open_questions="\n".join(info.get("open_questions", ())),
    ))
    positions = _positions(data)
    snapshots = {s["state"]: s for s in data["snapshots"]}

    # The older workshop: everyone who was there then, as they were then (and named there).
    project.source_context = Source(SourceKind.WORKSHOP, date.fromisoformat(snapshots["old"]["date"]))
    old_actors = [a for a in data["actors"] if _in_state(a, "old")]
    added = project.add_actors([_actor(_values(a, "old"), positions[a["ref"]]) for a in old_actors])
    ids = {a["ref"]: actor.id for a, actor in zip(old_actors, added) if actor.id is not None}
    old_ties = [t for t in data["ties"] if _in_state(t, "old")]
    old_tie_ids = [t.id for t in project.add_ties([_tie(_values(t, "old"), ids) for t in old_ties])]
    for cluster in data["clusters"]:
        members = tuple(ids[ref] for ref in cluster["members"] if ref in ids)
        if len(members) >= 2:
            project.add_cluster(Cluster(cluster["name"], members, dots=0))
    old = snapshots["old"]
    project.take_snapshot(old["label"], date.fromisoformat(old["date"]), old.get("note", ""))

    # Two years on: some left, some came, some changed.
    project.source_context = Source(SourceKind.WORKSHOP, date.fromisoformat(snapshots["new"]["date"]))
    gone = [ids.pop(a["ref"]) for a in old_actors if a.get("only") == "old"]
    if gone:
        project.remove_actors(gone)
    for a in data["actors"]:
        if a["ref"] in ids and "old" in a:
            project.update_actor(_actor(_values(a, "new"), positions[a["ref"]]).with_changes(id=ids[a["ref"]],
                                 uid=project.actor(ids[a["ref"]]).uid))
    new_actors = [a for a in data["actors"] if a.get("only") == "new"]
    added = project.add_actors([_actor(_values(a, "new"), positions[a["ref"]]) for a in new_actors])
    ids.update({a["ref"]: actor.id for a, actor in zip(new_actors, added) if actor.id is not None})
    for t, tie_id in zip(old_ties, old_tie_ids):
        assert tie_id is not None
        if t.get("only") == "old":
            if t["from"] in ids and t["to"] in ids:
                project.remove_ties([tie_id])
        elif "old" in t:
            tie = _tie(_values(t, "new"), ids)
            project.update_tie(tie.with_changes(id=tie_id, uid=project.ties([tie_id])[0].uid))
    project.add_ties([_tie(_values(t, "new"), ids) for t in data["ties"] if t.get("only") == "new"])
    by_name = {c.name: c for c in project.clusters()}
    for cluster in data["clusters"]:
        members = tuple(ids[ref] for ref in cluster["members"] if ref in ids)
        existing = by_name.get(cluster["name"])
        if existing is None:
            project.add_cluster(Cluster(cluster["name"], members, dots=int(cluster.get("dots", 0))))
        else:
            project.update_cluster(existing.with_changes(members=members, dots=int(cluster.get("dots", 0))))
    project.source_context = None
    new = snapshots["new"]
    project.take_snapshot(new["label"], date.fromisoformat(new["date"]), new.get("note", ""))
    return project
