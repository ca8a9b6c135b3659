"""A map as a JSON-ready document, and back.

Snapshots are stored in this form; copy and paste and the demo use it too. The document carries
a format number so that later versions can still read old snapshots.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from netmap.provenance import sources_from_json, sources_to_json
from netmap.domain import (
    Actor,
    Attitude,
    CatalogueEntry,
    CatalogueKind,
    Cluster,
    ContactPerson,
    Direction,
    MapState,
    ProjectInfo,
    Tie,
)

__all__ = ["FORMAT", "actor_from_dict", "actor_to_dict", "state_from_dict", "state_to_dict", "tie_from_dict",
           "tie_to_dict"]

FORMAT = 1


def actor_to_dict(actor: Actor) -> dict[str, Any]:
    contact = None
    if actor.contact is not None:
        c = actor.contact
        contact = {"name": c.name, "role": c.role, "email": c.email, "phone": c.phone}
    return {
        "id": actor.id, "uid": actor.uid, "name": actor.name, "category": actor.category,
        "district": actor.district, "fields": list(actor.fields), "stage": actor.stage,
        "influence": actor.influence, "attitude": str(actor.attitude), "reached": actor.reached,
        "notes": actor.notes, "tags": list(actor.tags), "x": actor.x, "y": actor.y, "contact": contact,
        "dots": actor.dots, "is_key": actor.is_key, "extra": dict(actor.extra),
        "sources": sources_to_json(actor.sources),
    }


def actor_from_dict(d: dict[str, Any]) -> Actor:
    contact = d.get("contact")
    return Actor(
        id=d.get("id"), uid=d["uid"], name=d["name"], category=d.get("category", ""),
        district=d.get("district", ""), fields=tuple(d.get("fields", ())), stage=d.get("stage", ""),
        influence=int(d.get("influence", 0)), attitude=Attitude(d.get("attitude", "neutral")),
        reached=bool(d.get("reached", False)), notes=d.get("notes", ""), tags=tuple(d.get("tags", ())),
        x=float(d.get("x", 0.0)), y=float(d.get("y", 0.0)),
        contact=ContactPerson(**contact) if contact else None,
        dots=int(d.get("dots", 0)), is_key=bool(d.get("is_key", False)), extra=dict(d.get("extra", {})),
        sources=sources_from_json(d.get("sources")),
    )


def tie_to_dict(tie: Tie) -> dict[str, Any]:
    return {
        "id": tie.id, "uid": tie.uid, "source": tie.source, "target": tie.target, "kind": tie.kind,
        "direction": str(tie.direction), "strength": tie.strength, "field": tie.field, "notes": tie.notes,
        "extra": dict(tie.extra), "sources": sources_to_json(tie.sources),
    }


def tie_from_dict(d: dict[str, Any]) -> Tie:
    return Tie(
        id=d.get("id"), uid=d["uid"], source=int(d["source"]), target=int(d["target"]), kind=d.get("kind", ""),
        direction=Direction(d.get("direction", "undirected")), strength=int(d.get("strength", 1)),
        field=d.get("field", ""), notes=d.get("notes", ""), extra=dict(d.get("extra", {})),
        sources=sources_from_json(d.get("sources")),
    )


def _entry_to_dict(e: CatalogueEntry) -> dict[str, Any]:
    return {"key": e.key, "label_de": e.label_de, "label_en": e.label_en, "colour": e.colour, "rank": e.rank,
            "style": e.style}


def state_to_dict(state: MapState) -> dict[str, Any]:
    info = state.info
    return {
        "format": FORMAT,
        "info": {
            "name": info.name, "town": info.town, "topic": info.topic, "facilitator": info.facilitator,
            "workshop_date": info.workshop_date.isoformat() if info.workshop_date else None,
            "language": info.language, "participants": info.participants, "open_questions": info.open_questions,
            "workshop_step": info.workshop_step, "dots_each": info.dots_each,
            "next_workshop": info.next_workshop.isoformat() if info.next_workshop else None,
        },
        "catalogues": {str(kind): [_entry_to_dict(e) for e in entries] for kind, entries in state.catalogues.items()},
        "actors": [actor_to_dict(a) for a in state.actors],
        "ties": [tie_to_dict(t) for t in state.ties],
        "clusters": [
            {"id": c.id, "uid": c.uid, "name": c.name, "members": list(c.members), "dots": c.dots, "colour": c.colour}
            for c in state.clusters
        ],
    }


def state_from_dict(d: dict[str, Any]) -> MapState:
    info = d.get("info", {})
    workshop = info.get("workshop_date")
    return MapState(
        info=ProjectInfo(
            name=info.get("name", ""), town=info.get("town", ""), topic=info.get("topic", ""),
            facilitator=info.get("facilitator", ""),
            workshop_date=date.fromisoformat(workshop) if workshop else None, language=info.get("language", "de"),
            participants=int(info.get("participants", 0)), open_questions=info.get("open_questions", ""),
            workshop_step=int(info.get("workshop_step", 0)), dots_each=int(info.get("dots_each", 0)),
            next_workshop=date.fromisoformat(info["next_workshop"]) if info.get("next_workshop") else None,
        ),
        catalogues={
            CatalogueKind(kind): [CatalogueEntry(**e) for e in entries]
            for kind, entries in d.get("catalogues", {}).items()
        },
        actors=[actor_from_dict(a) for a in d.get("actors", [])],
        ties=[tie_from_dict(t) for t in d.get("ties", [])],
        clusters=[
            Cluster(id=c.get("id"), uid=c["uid"], name=c["name"], members=tuple(c.get("members", ())),
                    dots=int(c.get("dots", 0)), colour=c.get("colour", ""))
            for c in d.get("clusters", [])
        ],
    )
