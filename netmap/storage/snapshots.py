"""Snapshots: frozen copies of the whole map, one JSON document each (netmap.serialize).

A snapshot is written once, when it is taken, and read back as a MapState; later edits of the
map never reach it. Only its label and note can change, and erasing a person (personal.py)
rewrites the documents that name them. Labels are unique (the table says so as well).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from netmap.domain import MapState, SnapshotInfo
from netmap.errors import SnapshotNotFoundError
from netmap.serialize import state_from_dict, state_to_dict
from netmap.storage import rows
from netmap.storage.schema import snapshot_table

__all__ = ["delete_snapshot", "documents", "find", "id_of", "list_snapshots", "read_state", "rename_snapshot",
           "take_snapshot", "write_document"]

Document = dict[str, Any]
"""A snapshot's map as stored: `state_to_dict`'s JSON document."""

columns = snapshot_table.c


def list_snapshots(conn: Connection) -> list[SnapshotInfo]:
    """All snapshots, oldest first."""
    query = select(columns.id, columns.label, columns.taken_on, columns.note).order_by(columns.taken_on, columns.id)
    return [SnapshotInfo(row.id, row.label, row.taken_on, row.note) for row in conn.execute(query)]


def find(conn: Connection, label: str) -> int | None:
    """The id of the snapshot labelled `label`, if there is one."""
    found = conn.execute(select(columns.id).where(columns.label == label)).scalar()
    return int(found) if found is not None else None


def take_snapshot(conn: Connection, label: str, taken_on: date, note: str) -> SnapshotInfo:
    """Freeze the map as it is stored now under `label` (checked free by the caller)."""
    document = state_to_dict(rows.read_state(conn))
    query = insert(snapshot_table).values(label=label, taken_on=taken_on, note=note, created_at=datetime.now(),
                                          content=document).returning(columns.id)
    return SnapshotInfo(int(conn.execute(query).scalar_one()), label, taken_on, note)


def id_of(conn: Connection, label: str) -> int:
    """The id of the snapshot labelled `label`; SnapshotNotFoundError (naming those there are) if none."""
    snapshot_id = find(conn, label)
    if snapshot_id is None:
        raise SnapshotNotFoundError(label, [s.label for s in list_snapshots(conn)])
    return snapshot_id


def read_state(conn: Connection, label: str) -> MapState:
    """The map as it was when the snapshot `label` was taken (SnapshotNotFoundError if none)."""
    document = conn.execute(select(columns.content).where(columns.label == label)).scalar()
    if document is None:
        raise SnapshotNotFoundError(label, [s.label for s in list_snapshots(conn)])
    return state_from_dict(document)


def rename_snapshot(conn: Connection, snapshot_id: int, label: str, note: str | None) -> None:
    """A new label, and a new note unless `note` is None."""
    values: dict[str, str] = {"label": label}
    if note is not None:
        values["note"] = note
    conn.execute(update(snapshot_table).where(columns.id == snapshot_id).values(**values))


def delete_snapshot(conn: Connection, snapshot_id: int) -> None:
    conn.execute(delete(snapshot_table).where(columns.id == snapshot_id))


def documents(conn: Connection) -> Iterator[tuple[int, str, Document]]:
    """Every snapshot's id, label and stored document (for erasing a person from all of them)."""
    for row in conn.execute(select(columns.id, columns.label, columns.content)).all():
        yield row.id, row.label, row.content


def write_document(conn: Connection, snapshot_id: int, document: Document) -> None:
    """Store a snapshot's document again (only ever with personal data taken out)."""
    conn.execute(update(snapshot_table).where(columns.id == snapshot_id).values(content=document))
