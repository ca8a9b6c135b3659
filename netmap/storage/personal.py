"""Personal data: contact persons, the only personal data NetMap keeps (GDPR).

They live in one table beside the actors (schema.ContactPersonRow) and in the snapshot
documents, and nowhere else, so that exports can leave them out and one erasure reaches every
copy. Which name matches is the caller's rule (netmap.rules.name_key); storage only finds and
removes.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, delete, select

from netmap.storage import rows, snapshots
from netmap.storage.schema import actor_table, contact_table, snapshot_table

__all__ = ["erase_contact_person", "purge_freed_space"]

NameMatch = Callable[[str], bool]


def erase_contact_person(conn: Connection, matches: NameMatch, stamp: rows.Stamp) -> list[str]:
    """Remove every contact person whose name `matches`, from the map and every snapshot; returns
    where they were found ("map", then snapshot labels). On the map the actors get a new version
    (their contact changed), credited to `stamp`'s user, so colleagues' copies see the change."""
    places: list[str] = []
    found = conn.execute(select(contact_table.c.actor_id, contact_table.c.name)).all()
    actor_ids = sorted(row.actor_id for row in found if matches(row.name))
    if actor_ids:
        conn.execute(delete(contact_table).where(contact_table.c.actor_id.in_(actor_ids)))
        rows.touch(conn, actor_table, actor_ids, stamp, "contact")
        places.append("map")
    for snapshot_id, label, document in snapshots.documents(conn):
        named = [actor for actor in document.get("actors", []) if _names_match(actor.get("contact"), matches)]
        if named:
            for actor in named:
                actor["contact"] = None
            snapshots.write_document(conn, snapshot_id, document)
            places.append(label)
    return places


def _names_match(contact: object, matches: NameMatch) -> bool:
    return isinstance(contact, dict) and bool(contact) and matches(str(contact.get("name", "")))


def purge_freed_space(engine: Engine) -> None:
    """Rewrite the storage so deleted rows leave no bytes behind. A file: VACUUM rebuilds it.
    PostgreSQL: VACUUM FULL rewrites the two tables that held the person (it needs the tables'
    owner; the server's write-ahead log and backups are the database administrators' to expire)."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.exec_driver_sql(f"VACUUM FULL {contact_table.name}, {snapshot_table.name}")
        else:
            conn.exec_driver_sql("VACUUM")
