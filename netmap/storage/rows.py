"""Mapping between the tables and the plain domain objects, in both directions.

Reads use SQLAlchemy Core (not the ORM) because a whole map is loaded at once and Core is about
ten times faster for that (measured on a whole-map load).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, delete, insert, select, text, update

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
from netmap.provenance import sources_from_json, sources_to_json
from netmap.storage.schema import (
    actor_table,
    catalogue_table,
    cluster_table,
    contact_table,
    info_table,
    member_table,
    tie_table,
)


Stamp = dict[str, Any]
"""Who writes a row: `changed_by`, `changed_at` and `edit_session` (see schema.Versioned)."""


@dataclass(frozen=True)
class Author:
    """Who changed an attribute last: the user ("user@host"), when ("YYYY-MM-DD HH:MM") and in
    which open project (the edit session)."""

    by: str
    at: str
    session: str


@dataclass(frozen=True)
class RowMeta:
    """The bookkeeping of a versioned row: its version, who wrote that version, and who changed
    which attribute last (migration 0003)."""

    version: int
    changed_by: str
    changed_at: datetime | None
    edit_session: str
    authors: dict[str, Any] = field(default_factory=dict)

    def author(self, attribute: str) -> Author:
        """Who changed `attribute` last: its own entry, else who created the row, else (a row
        written before 0003) whoever wrote the row last."""
        entry = self.authors.get(attribute) or self.authors.get("*")
        if entry:
            return Author(*entry)
        at = self.changed_at.strftime("%Y-%m-%d %H:%M") if self.changed_at else ""
        return Author(self.changed_by, at, self.edit_session)


def _entry(stamp: Stamp) -> list[str]:
    at = stamp["changed_at"]
    return [stamp["changed_by"], at.strftime("%Y-%m-%d %H:%M") if at else "", stamp["edit_session"]]


def created(stamp: Stamp) -> dict[str, Any]:
    """The authors of a new row: its creator stands for every attribute."""
    return {"*": _entry(stamp)}


def credit(meta: RowMeta | None, changed: Iterable[str], stamp: Stamp) -> dict[str, Any]:
    """The authors after the attributes `changed` were written by `stamp`'s user. x and y are one
    attribute to a user, the position: whoever changes either of them moved the actor."""
    authors = dict(meta.authors) if meta is not None else {}
    entry = _entry(stamp)
    names = set(changed)
    if names & {"x", "y"}:
        names |= {"x", "y"}
    for name in names:
        authors[name] = entry
    return authors


def read_meta(conn: Connection, table: Table, ids: list[int]) -> dict[int, RowMeta]:
    query = select(table.c.id, table.c.version, table.c.changed_by, table.c.changed_at, table.c.edit_session,
                   table.c.authors)
    return {r.id: RowMeta(r.version, r.changed_by, r.changed_at, r.edit_session, dict(r.authors or {}))
            for r in conn.execute(query.where(table.c.id.in_(ids)))}


def touch(conn: Connection, table: Table, ids: list[int], stamp: Stamp, attribute: str) -> None:
    """A new version of rows whose `attribute` changed indirectly (a cluster's members when an
    actor is removed), credited to `stamp`'s user."""
    for row_id, meta in read_meta(conn, table, ids).items():
        conn.execute(update(table).where(table.c.id == row_id).values(
            version=table.c.version + 1, authors=credit(meta, [attribute], stamp), **stamp))


def sync_sequence(conn: Connection, table: Table) -> None:
    """After rows were inserted with given ids (undo), PostgreSQL's id sequence must move past them,
    or the next new row would take an id in use. SQLite's AUTOINCREMENT does this by itself."""
    if conn.dialect.name == "postgresql":
        seq = f"{table.name}_id_seq"  # the sequence of a SERIAL column; found through the search path
        conn.execute(text(f"SELECT setval('{seq}', GREATEST((SELECT COALESCE(MAX(id), 0) FROM {table.name}), "
                          f"(SELECT last_value FROM {seq})), true)"))


def actor_values(actor: Actor) -> dict[str, Any]:
    return {
        "uid": actor.uid, "name": actor.name, "category": actor.category, "district": actor.district,
        "fields": list(actor.fields), "stage": actor.stage, "influence": actor.influence,
        "attitude": str(actor.attitude), "reached": actor.reached, "notes": actor.notes, "tags": list(actor.tags),
        "x": actor.x, "y": actor.y, "dots": actor.dots, "is_key": actor.is_key, "extra": dict(actor.extra),
        "sources": sources_to_json(actor.sources),
    }


def tie_values(tie: Tie) -> dict[str, Any]:
    return {
        "uid": tie.uid, "source_id": tie.source, "target_id": tie.target, "kind": tie.kind,
        "direction": str(tie.direction), "strength": tie.strength, "field": tie.field, "notes": tie.notes,
        "extra": dict(tie.extra), "sources": sources_to_json(tie.sources),
    }


def read_info(conn: Connection) -> ProjectInfo:
    row = conn.execute(select(info_table).where(info_table.c.id == 1)).mappings().first()
    if row is None:
        return ProjectInfo()
    return ProjectInfo(row["name"], row["town"], row["topic"], row["facilitator"], row["workshop_date"],
                       row["language"], row["participants"], row["open_questions"], row["workshop_step"],
                       row["dots_each"], row["next_workshop"], row["look_back"])


def write_info(conn: Connection, info: ProjectInfo) -> None:
    values = {"name": info.name, "town": info.town, "topic": info.topic, "facilitator": info.facilitator,
              "workshop_date": info.workshop_date, "language": info.language, "participants": info.participants,
              "open_questions": info.open_questions, "workshop_step": info.workshop_step, "dots_each": info.dots_each,
              "next_workshop": info.next_workshop, "look_back": info.look_back}
    if conn.execute(select(info_table.c.id).where(info_table.c.id == 1)).first() is None:
        conn.execute(insert(info_table).values(id=1, revision=0, **values))
    else:
        conn.execute(update(info_table).where(info_table.c.id == 1).values(**values))


def bump_revision(conn: Connection) -> int | None:
    """Count one more edit and return the new revision (None before the project info exists).

    Called first in every edit: on PostgreSQL the row lock it takes puts concurrent edits one after
    the other, so each edit sees everything committed before it and revisions never interleave."""
    return conn.execute(update(info_table).where(info_table.c.id == 1).values(revision=info_table.c.revision + 1)
                        .returning(info_table.c.revision)).scalar()


def read_revision(conn: Connection) -> int:
    return int(conn.execute(select(info_table.c.revision).where(info_table.c.id == 1)).scalar() or 0)


def read_catalogues(conn: Connection) -> dict[CatalogueKind, list[CatalogueEntry]]:
    result: dict[CatalogueKind, list[CatalogueEntry]] = {kind: [] for kind in CatalogueKind}
    entries = catalogue_table.c
    for row in conn.execute(select(catalogue_table).order_by(entries.kind, entries.rank, entries.id)).mappings():
        result[CatalogueKind(row["kind"])].append(
            CatalogueEntry(row["key"], row["label_de"], row["label_en"], row["colour"], row["rank"], row["style"])
        )
    return result


def write_catalogue(conn: Connection, kind: CatalogueKind, entries: list[CatalogueEntry]) -> None:
    conn.execute(delete(catalogue_table).where(catalogue_table.c.kind == str(kind)))
    if entries:
        conn.execute(insert(catalogue_table), [
            {"kind": str(kind), "key": e.key, "label_de": e.label_de, "label_en": e.label_en, "colour": e.colour,
             "rank": e.rank, "style": e.style} for e in entries
        ])


def _actor_from_row(row: Any, contact: ContactPerson | None) -> Actor:
    return Actor(
        id=row["id"], uid=row["uid"], name=row["name"], category=row["category"], district=row["district"],
        fields=tuple(row["fields"] or ()), stage=row["stage"], influence=row["influence"],
        attitude=Attitude(row["attitude"]), reached=bool(row["reached"]), notes=row["notes"],
        tags=tuple(row["tags"] or ()), x=row["x"], y=row["y"], contact=contact, dots=row["dots"],
        is_key=bool(row["is_key"]), extra=dict(row["extra"] or {}), sources=sources_from_json(row["sources"]),
        version=row["version"],
    )


def read_actors(conn: Connection, ids: list[int] | None = None) -> list[Actor]:
    query = select(actor_table).order_by(actor_table.c.id)
    contacts_query = select(contact_table)
    if ids is not None:
        query = query.where(actor_table.c.id.in_(ids))
        contacts_query = contacts_query.where(contact_table.c.actor_id.in_(ids))
    contacts = {
        r["actor_id"]: ContactPerson(r["name"], r["role"], r["email"], r["phone"])
        for r in conn.execute(contacts_query).mappings()
    }
    return [_actor_from_row(r, contacts.get(r["id"])) for r in conn.execute(query).mappings()]


def _tie_from_row(row: Any) -> Tie:
    return Tie(
        id=row["id"], uid=row["uid"], source=row["source_id"], target=row["target_id"], kind=row["kind"],
        direction=Direction(row["direction"]), strength=row["strength"], field=row["field"], notes=row["notes"],
        extra=dict(row["extra"] or {}), sources=sources_from_json(row["sources"]), version=row["version"],
    )


def read_ties(conn: Connection, ids: list[int] | None = None) -> list[Tie]:
    query = select(tie_table).order_by(tie_table.c.id)
    if ids is not None:
        query = query.where(tie_table.c.id.in_(ids))
    return [_tie_from_row(r) for r in conn.execute(query).mappings()]


def ties_touching(conn: Connection, actor_ids: list[int]) -> list[Tie]:
    ties = tie_table.c
    query = select(tie_table).where(ties.source_id.in_(actor_ids) | ties.target_id.in_(actor_ids)).order_by(ties.id)
    return [_tie_from_row(r) for r in conn.execute(query).mappings()]


def read_clusters(conn: Connection, ids: list[int] | None = None) -> list[Cluster]:
    members: dict[int, list[int]] = {}
    member_query = select(member_table).order_by(member_table.c.cluster_id, member_table.c.actor_id)
    if ids is not None:
        member_query = member_query.where(member_table.c.cluster_id.in_(ids))
    for row in conn.execute(member_query).mappings():
        members.setdefault(row["cluster_id"], []).append(row["actor_id"])
    query = select(cluster_table).order_by(cluster_table.c.id)
    if ids is not None:
        query = query.where(cluster_table.c.id.in_(ids))
    return [
        Cluster(id=r["id"], uid=r["uid"], name=r["name"], members=tuple(members.get(r["id"], ())), dots=r["dots"],
                colour=r["colour"], version=r["version"])
        for r in conn.execute(query).mappings()
    ]


def read_state(conn: Connection) -> MapState:
    return MapState(read_info(conn), read_catalogues(conn), read_actors(conn), read_ties(conn), read_clusters(conn))


def _insert_many(conn: Connection, table: Table, rows_: list[dict[str, Any]], given: list[int | None]) -> list[int]:
    """Insert rows in one statement per kind (whole-map loads are ~10x faster than row by row)
    and return their ids in order: the given ones, or those the database chose."""
    if not rows_:
        return []
    with_id = [r | {"id": i} for r, i in zip(rows_, given) if i is not None]
    without = [r for r, i in zip(rows_, given) if i is None]
    if with_id:
        conn.execute(insert(table), with_id)
    chosen: list[int] = []
    if without:
        result = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), without)
        chosen = [int(row[0]) for row in result]
    new = iter(chosen)
    return [i if i is not None else next(new) for i in given]


def insert_actors(conn: Connection, actors: list[Actor], stamp: Stamp) -> list[int]:
    """Insert actors (keeping given ids, which undo relies on) and return their ids."""
    values = [actor_values(a) | stamp | {"version": a.version + 1, "authors": created(stamp)} for a in actors]
    ids = _insert_many(conn, actor_table, values, [a.id for a in actors])
    if any(a.id is not None for a in actors):
        sync_sequence(conn, actor_table)
    write_contacts(conn, [(i, a.contact) for i, a in zip(ids, actors)])
    return ids


def write_contacts(conn: Connection, contacts: list[tuple[int, ContactPerson | None]]) -> None:
    ids = [i for i, _ in contacts]
    if ids:
        conn.execute(delete(contact_table).where(contact_table.c.actor_id.in_(ids)))
    rows = [{"actor_id": i, "name": c.name, "role": c.role, "email": c.email, "phone": c.phone}
            for i, c in contacts if c is not None]
    if rows:
        conn.execute(insert(contact_table), rows)


def update_actor(conn: Connection, actor: Actor, stamp: Stamp, expected: int, authors: dict[str, Any]) -> bool:
    """Write `actor` over the stored version `expected`; False (and nothing written) when the stored
    row is no longer that version."""
    assert actor.id is not None
    row = actor_table.c
    result = conn.execute(update(actor_table).where((row.id == actor.id) & (row.version == expected))
                          .values(**actor_values(actor), **stamp, version=expected + 1, authors=authors))
    if result.rowcount != 1:
        return False
    write_contacts(conn, [(actor.id, actor.contact)])
    return True


def delete_actors(conn: Connection, ids: list[int]) -> None:
    conn.execute(delete(tie_table).where(tie_table.c.source_id.in_(ids) | tie_table.c.target_id.in_(ids)))
    conn.execute(delete(member_table).where(member_table.c.actor_id.in_(ids)))
    conn.execute(delete(contact_table).where(contact_table.c.actor_id.in_(ids)))
    conn.execute(delete(actor_table).where(actor_table.c.id.in_(ids)))


def insert_ties(conn: Connection, ties: list[Tie], stamp: Stamp) -> list[int]:
    ids = _insert_many(conn, tie_table, [tie_values(t) | stamp | {"version": t.version + 1, "authors": created(stamp)}
                                 for t in ties],
                       [t.id for t in ties])
    if any(t.id is not None for t in ties):
        sync_sequence(conn, tie_table)
    return ids


def update_tie(conn: Connection, tie: Tie, stamp: Stamp, expected: int, authors: dict[str, Any]) -> bool:
    result = conn.execute(update(tie_table).where((tie_table.c.id == tie.id) & (tie_table.c.version == expected))
                          .values(**tie_values(tie), **stamp, version=expected + 1, authors=authors))
    return bool(result.rowcount == 1)


def delete_ties(conn: Connection, ids: list[int]) -> None:
    conn.execute(delete(tie_table).where(tie_table.c.id.in_(ids)))


def insert_cluster(conn: Connection, cluster: Cluster, stamp: Stamp) -> int:
    values = {"uid": cluster.uid, "name": cluster.name, "dots": cluster.dots, "colour": cluster.colour,
              "version": cluster.version + 1, "authors": created(stamp)} | stamp
    if cluster.id is not None:
        values["id"] = cluster.id
    cluster_id = int(conn.execute(insert(cluster_table).values(**values).returning(cluster_table.c.id)).scalar_one())
    if cluster.id is not None:
        sync_sequence(conn, cluster_table)
    write_members(conn, cluster_id, cluster.members)
    return cluster_id


def write_members(conn: Connection, cluster_id: int, members: tuple[int, ...]) -> None:
    conn.execute(delete(member_table).where(member_table.c.cluster_id == cluster_id))
    if members:
        conn.execute(insert(member_table), [{"cluster_id": cluster_id, "actor_id": a} for a in dict.fromkeys(members)])


def update_cluster(conn: Connection, cluster: Cluster, stamp: Stamp, expected: int, authors: dict[str, Any]) -> bool:
    assert cluster.id is not None
    row = cluster_table.c
    result = conn.execute(update(cluster_table).where((row.id == cluster.id) & (row.version == expected)).values(
        name=cluster.name, dots=cluster.dots, colour=cluster.colour, uid=cluster.uid, **stamp, version=expected + 1,
        authors=authors))
    if result.rowcount != 1:
        return False
    write_members(conn, cluster.id, cluster.members)
    return True


def delete_clusters(conn: Connection, ids: list[int]) -> None:
    conn.execute(delete(member_table).where(member_table.c.cluster_id.in_(ids)))
    conn.execute(delete(cluster_table).where(cluster_table.c.id.in_(ids)))


def add_members(conn: Connection, cluster_id: int, actor_ids: Iterable[int]) -> None:
    """Put actors (back) into a cluster, keeping every member it has now."""
    members = member_table.c
    present = set(conn.execute(select(members.actor_id).where(members.cluster_id == cluster_id)).scalars())
    missing = [a for a in dict.fromkeys(actor_ids) if a not in present]
    if missing:
        conn.execute(insert(member_table), [{"cluster_id": cluster_id, "actor_id": a} for a in missing])


def move_actor(conn: Connection, actor_id: int, x: float, y: float, stamp: Stamp, authors: dict[str, Any]) -> None:
    """A new position, and with it a new version of the actor, credited to `stamp`'s user."""
    conn.execute(update(actor_table).where(actor_table.c.id == actor_id).values(
        x=float(x), y=float(y), version=actor_table.c.version + 1, authors=authors, **stamp))


def actor_ids(conn: Connection) -> set[int]:
    return set(conn.execute(select(actor_table.c.id)).scalars())


def actor_names(conn: Connection, ids: Iterable[int]) -> dict[int, str]:
    query = select(actor_table.c.id, actor_table.c.name).where(actor_table.c.id.in_(list(ids)))
    return {row.id: row.name for row in conn.execute(query)}


def tie_name(conn: Connection, tie: Tie) -> str:
    """A tie as a user reads it in a message: "From – To"."""
    names = actor_names(conn, [tie.source, tie.target])
    return f"{names.get(tie.source, '?')} – {names.get(tie.target, '?')}"


def cluster_exists(conn: Connection, cluster_id: int) -> bool:
    return conn.execute(select(cluster_table.c.id).where(cluster_table.c.id == cluster_id)).first() is not None


def clear_map(conn: Connection) -> None:
    """Delete every actor, tie and cluster with their members and contact persons (before the
    map is written again whole: undo of an import); catalogues, info and snapshots stay."""
    for table in (member_table, cluster_table, tie_table, contact_table, actor_table):
        conn.execute(delete(table))


# -- one actor, tie or cluster, whichever it is --------------------------------------------------

Item = TypeVar("Item", Actor, Tie, Cluster)


def stored_id(item: Actor | Tie | Cluster) -> int:
    """The id of an item read from the project, which always has one."""
    assert item.id is not None
    return item.id


def table_of(item: Actor | Tie | Cluster) -> Table:
    return actor_table if isinstance(item, Actor) else tie_table if isinstance(item, Tie) else cluster_table


def read_one(conn: Connection, item: Item) -> Item | None:
    """The stored row of `item` (None when it is gone, or was never stored)."""
    ids = [item.id] if item.id is not None else []
    if isinstance(item, Actor):
        actors = read_actors(conn, ids)
        return actors[0] if actors else None
    if isinstance(item, Tie):
        ties = read_ties(conn, ids)
        return ties[0] if ties else None
    clusters = read_clusters(conn, ids)
    return clusters[0] if clusters else None


def update_row(conn: Connection, item: Actor | Tie | Cluster, stamp: Stamp, expected: int,
               authors: dict[str, Any]) -> bool:
    """Write `item` over the stored version `expected` (False when that is no longer stored)."""
    if isinstance(item, Actor):
        return update_actor(conn, item, stamp, expected, authors)
    if isinstance(item, Tie):
        return update_tie(conn, item, stamp, expected, authors)
    return update_cluster(conn, item, stamp, expected, authors)


def used_catalogue_keys(conn: Connection, kind: CatalogueKind) -> set[str]:
    """The keys of catalogue `kind` that actors or ties on the map use."""
    actors = read_actors(conn)
    if kind == CatalogueKind.CATEGORY:
        return {a.category for a in actors if a.category}
    if kind == CatalogueKind.DISTRICT:
        return {a.district for a in actors if a.district}
    if kind == CatalogueKind.STAGE:
        return {a.stage for a in actors if a.stage}
    ties = read_ties(conn)
    if kind == CatalogueKind.TIE_KIND:
        return {t.kind for t in ties if t.kind}
    return {f for a in actors for f in a.fields} | {t.field for t in ties if t.field}
