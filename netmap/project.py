"""A NetMap project: the map, its catalogues and its snapshots, with every edit stored at once.

`Project` is the single entry point of the core. Each edit operation validates its input
(`netmap.rules`), writes it in one transaction and tells its listeners what changed; the UI's
undo commands and the command line are thin callers of these operations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select, update

from netmap import rules
from netmap.catalogues import default_catalogues
from netmap.domain import Actor, CatalogueEntry, CatalogueKind, Cluster, MapState, ProjectInfo, SnapshotInfo, Tie
from netmap.errors import InvalidEditError, NotAProjectError, ReadOnlyError, SnapshotNotFoundError
from netmap.merge import ImportPlan
from netmap.serialize import state_from_dict, state_to_dict
from netmap.storage import rows
from netmap.storage.database import Database, open_database
from netmap.storage.lock import ProjectLock
from netmap.storage.schema import SnapshotRow

__all__ = ["Change", "Project", "RemovedActors"]

S = SnapshotRow.__table__


@dataclass(frozen=True)
class Change:
    """What an edit changed: `what` is actor, tie, cluster, info, catalogue, snapshot, or map
    (action "replaced": everything may have changed, as after an import)."""

    what: str
    action: str  # added, updated, removed
    ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class RemovedActors:
    """Everything removing actors took with it, so that undo can put it all back."""

    actors: list[Actor]
    ties: list[Tie]
    memberships: dict[int, tuple[int, ...]] = field(default_factory=dict)


Listener = Callable[[Change], None]


class Project:
    """An open project. Create with `Project.create` or `Project.open`; close when done."""

    def __init__(self, database: Database, lock: ProjectLock | None) -> None:
        self._db = database
        self._lock = lock
        self._listeners: list[Listener] = []
        self._catalogues: dict[CatalogueKind, list[CatalogueEntry]] | None = None

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def create(cls, location: str | Path, *, info: ProjectInfo | None = None,
               catalogues: dict[CatalogueKind, list[CatalogueEntry]] | None = None) -> Project:
        """Create a new project file with the default catalogues; refuses to overwrite a file."""
        path = Path(location)
        if path.exists():
            raise NotAProjectError(str(path), "a file of that name already exists")
        lock = ProjectLock(path)
        lock.acquire()
        try:
            database = open_database(path, create=True)
        except Exception:
            lock.release()
            raise
        project = cls(database, lock)
        with project._edit() as conn:
            rows.write_info(conn, info or ProjectInfo(name=path.stem))
            for kind, entries in (catalogues or default_catalogues()).items():
                rows.write_catalogue(conn, kind, entries)
        return project

    @classmethod
    def open(cls, location: str | Path, *, read_only: bool = False) -> Project:
        """Open an existing project. Raises ProjectLockedError when someone else has it open
        (then `read_only=True` still works), SchemaTooNewError, NotAProjectError."""
        path = Path(location)
        if not path.exists():
            raise NotAProjectError(str(path), "the file does not exist")
        lock = None
        if not read_only:
            lock = ProjectLock(path)
            lock.acquire()
        try:
            database = open_database(path, read_only=read_only)
        except Exception:
            if lock is not None:
                lock.release()
            raise
        return cls(database, lock)

    def close(self) -> None:
        self._db.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def location(self) -> str:
        return self._db.location

    @property
    def read_only(self) -> bool:
        return self._db.read_only

    # -- listening -------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _announce(self, what: str, action: str, ids: tuple[int, ...] = ()) -> None:
        change = Change(what, action, ids)
        for listener in list(self._listeners):
            listener(change)

    @contextmanager
    def _edit(self) -> Iterator[Connection]:
        """One edit = one transaction, committed when the block ends (nothing is left unsaved)."""
        if self.read_only:
            raise ReadOnlyError(self.location)
        with self._db.engine.begin() as conn:
            yield conn
            rows.bump_revision(conn)

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._db.engine.connect() as conn:
            yield conn

    # -- reading ---------------------------------------------------------------------------

    def state(self) -> MapState:
        """The whole current map."""
        with self._read() as conn:
            return rows.read_state(conn)

    def info(self) -> ProjectInfo:
        with self._read() as conn:
            return rows.read_info(conn)

    def revision(self) -> int:
        """A counter that grows with every edit, from any process: cheap to poll for changes."""
        with self._read() as conn:
            return rows.read_revision(conn)

    def catalogues(self) -> dict[CatalogueKind, list[CatalogueEntry]]:
        if self._catalogues is None:
            with self._read() as conn:
                self._catalogues = rows.read_catalogues(conn)
        return self._catalogues

    def actors(self, ids: list[int] | None = None) -> list[Actor]:
        with self._read() as conn:
            return rows.read_actors(conn, ids)

    def actor(self, actor_id: int) -> Actor:
        found = self.actors([actor_id])
        if not found:
            raise InvalidEditError(f"there is no actor with id {actor_id}")
        return found[0]

    def ties(self, ids: list[int] | None = None) -> list[Tie]:
        with self._read() as conn:
            return rows.read_ties(conn, ids)

    def clusters(self) -> list[Cluster]:
        with self._read() as conn:
            return rows.read_clusters(conn)

    def _actor_ids(self, conn: Connection) -> set[int]:
        return set(conn.execute(select(rows.A.c.id)).scalars())

    # -- project info and catalogues -------------------------------------------------------

    def set_info(self, info: ProjectInfo) -> ProjectInfo:
        """Replace the project info; returns the previous one (for undo)."""
        for what, value in (("the project name", info.name), ("the town", info.town), ("the topic", info.topic),
                            ("the facilitator", info.facilitator)):
            rules.check_text(what, value, name=True)
        if info.language not in ("de", "en"):
            raise InvalidEditError(f"language {info.language!r} is not one of de, en")
        with self._edit() as conn:
            previous = rows.read_info(conn)
            rows.write_info(conn, info)
        self._announce("info", "updated")
        return previous

    def set_catalogue(self, kind: CatalogueKind, entries: list[CatalogueEntry]) -> list[CatalogueEntry]:
        """Replace one catalogue; returns the previous entries. Keys still used on the map stay."""
        keys = [e.key for e in entries]
        if len(set(keys)) != len(keys) or any(not k.strip() for k in keys):
            raise InvalidEditError("catalogue keys must be unique and not empty")
        for entry in entries:
            rules.check_text("a catalogue label", entry.label_de, name=True)
            rules.check_text("a catalogue label", entry.label_en, name=True)
        with self._edit() as conn:
            used = self._used_keys(conn, kind)
            missing = used - set(keys)
            if missing:
                raise InvalidEditError(
                    f"the entries {', '.join(sorted(missing))} are still used on the map and cannot be removed")
            previous = rows.read_catalogues(conn)[kind]
            rows.write_catalogue(conn, kind, entries)
        self._catalogues = None
        self._announce("catalogue", "updated")
        return previous

    def _used_keys(self, conn: Connection, kind: CatalogueKind) -> set[str]:
        state_actors = rows.read_actors(conn)
        if kind == CatalogueKind.CATEGORY:
            return {a.category for a in state_actors if a.category}
        if kind == CatalogueKind.DISTRICT:
            return {a.district for a in state_actors if a.district}
        if kind == CatalogueKind.STAGE:
            return {a.stage for a in state_actors if a.stage}
        ties = rows.read_ties(conn)
        if kind == CatalogueKind.TIE_KIND:
            return {t.kind for t in ties if t.kind}
        return {f for a in state_actors for f in a.fields} | {t.field for t in ties if t.field}

    # -- actors ----------------------------------------------------------------------------

    def add_actors(self, actors: list[Actor]) -> list[Actor]:
        """Add actors; an actor that carries an id (undo of a removal) gets that id back."""
        catalogues = self.catalogues()
        for actor in actors:
            rules.check_actor(actor, catalogues)
        with self._edit() as conn:
            ids = rows.insert_actors(conn, actors)
        self._announce("actor", "added", tuple(ids))
        return [a.with_changes(id=i) for a, i in zip(actors, ids)]

    def add_actor(self, actor: Actor) -> Actor:
        return self.add_actors([actor])[0]

    def update_actor(self, actor: Actor) -> Actor:
        """Store every attribute of `actor` (found by id); returns the previous version."""
        rules.check_actor(actor, self.catalogues())
        with self._edit() as conn:
            previous = rows.read_actors(conn, [actor.id] if actor.id is not None else [])
            if not previous:
                raise InvalidEditError(f"there is no actor with id {actor.id}")
            rows.update_actor(conn, actor)
        self._announce("actor", "updated", (actor.id,) if actor.id is not None else ())
        return previous[0]

    def move_actors(self, positions: dict[int, tuple[float, float]]) -> dict[int, tuple[float, float]]:
        """Move several actors at once (a drag of a selection); returns the old positions."""
        with self._edit() as conn:
            old = {a.id: (a.x, a.y) for a in rows.read_actors(conn, list(positions)) if a.id is not None}
            if set(old) != set(positions):
                raise InvalidEditError(f"no actors with ids {sorted(set(positions) - set(old))}")
            for actor_id, (x, y) in positions.items():
                conn.execute(update(rows.A).where(rows.A.c.id == actor_id).values(x=float(x), y=float(y)))
        self._announce("actor", "updated", tuple(positions))
        return old

    def remove_actors(self, ids: list[int]) -> RemovedActors:
        """Remove actors with their ties and cluster memberships; returns all of it for undo."""
        with self._edit() as conn:
            actors = rows.read_actors(conn, ids)
            if len(actors) != len(set(ids)):
                raise InvalidEditError("some of these actors do not exist")
            ties = rows.ties_touching(conn, ids)
            memberships = {c.id: c.members for c in rows.read_clusters(conn)
                           if c.id is not None and set(c.members) & set(ids)}
            rows.delete_actors(conn, ids)
        self._announce("tie", "removed", tuple(t.id for t in ties if t.id is not None))
        self._announce("actor", "removed", tuple(ids))
        if memberships:
            self._announce("cluster", "updated", tuple(memberships))
        return RemovedActors(actors, ties, memberships)

    def restore_actors(self, removed: RemovedActors) -> None:
        """Undo a removal: the actors, their ties and memberships come back with their ids."""
        with self._edit() as conn:
            rows.insert_actors(conn, removed.actors)
            rows.insert_ties(conn, removed.ties)
            for cluster_id, members in removed.memberships.items():
                rows.write_members(conn, cluster_id, members)
        self._announce("actor", "added", tuple(a.id for a in removed.actors if a.id is not None))
        self._announce("tie", "added", tuple(t.id for t in removed.ties if t.id is not None))
        if removed.memberships:
            self._announce("cluster", "updated", tuple(removed.memberships))

    # -- ties ------------------------------------------------------------------------------

    def add_ties(self, ties: list[Tie]) -> list[Tie]:
        catalogues = self.catalogues()
        with self._edit() as conn:
            actor_ids = self._actor_ids(conn)
            for tie in ties:
                rules.check_tie(tie, actor_ids, catalogues)
            ids = rows.insert_ties(conn, ties)
        self._announce("tie", "added", tuple(ids))
        return [t.with_changes(id=i) for t, i in zip(ties, ids)]

    def add_tie(self, tie: Tie) -> Tie:
        return self.add_ties([tie])[0]

    def update_tie(self, tie: Tie) -> Tie:
        catalogues = self.catalogues()
        with self._edit() as conn:
            rules.check_tie(tie, self._actor_ids(conn), catalogues)
            previous = rows.read_ties(conn, [tie.id] if tie.id is not None else [])
            if not previous:
                raise InvalidEditError(f"there is no tie with id {tie.id}")
            rows.update_tie(conn, tie)
        self._announce("tie", "updated", (tie.id,) if tie.id is not None else ())
        return previous[0]

    def remove_ties(self, ids: list[int]) -> list[Tie]:
        with self._edit() as conn:
            ties = rows.read_ties(conn, ids)
            rows.delete_ties(conn, ids)
        self._announce("tie", "removed", tuple(ids))
        return ties

    # -- clusters --------------------------------------------------------------------------

    def add_cluster(self, cluster: Cluster) -> Cluster:
        with self._edit() as conn:
            rules.check_cluster(cluster, self._actor_ids(conn))
            cluster_id = rows.insert_cluster(conn, cluster)
        self._announce("cluster", "added", (cluster_id,))
        return cluster.with_changes(id=cluster_id)

    def update_cluster(self, cluster: Cluster) -> Cluster:
        with self._edit() as conn:
            rules.check_cluster(cluster, self._actor_ids(conn))
            previous = rows.read_clusters(conn, [cluster.id] if cluster.id is not None else [])
            if not previous:
                raise InvalidEditError(f"there is no cluster with id {cluster.id}")
            rows.update_cluster(conn, cluster)
        self._announce("cluster", "updated", (cluster.id,) if cluster.id is not None else ())
        return previous[0]

    def remove_cluster(self, cluster_id: int) -> Cluster:
        with self._edit() as conn:
            previous = rows.read_clusters(conn, [cluster_id])
            if not previous:
                raise InvalidEditError(f"there is no cluster with id {cluster_id}")
            rows.delete_clusters(conn, [cluster_id])
        self._announce("cluster", "removed", (cluster_id,))
        return previous[0]

    # -- whole maps --------------------------------------------------------------------------

    def apply_import(self, plan: ImportPlan) -> MapState:
        """Carry out an import plan in one transaction (all or nothing); returns the map as it
        was before, which `restore_map` puts back (undo)."""
        before = self.state()
        catalogues = {kind: list(entries) + plan.new_entries.get(kind, []) for kind, entries in
                      before.catalogues.items()}
        for actor in plan.new_actors + [after for _, after in plan.updated_actors]:
            rules.check_actor(actor, catalogues)
        with self._edit() as conn:
            for kind in plan.new_entries:
                rows.write_catalogue(conn, kind, catalogues[kind])
            if plan.removed_ties:
                rows.delete_ties(conn, [t.id for t in plan.removed_ties if t.id is not None])
            if plan.removed_actors:
                rows.delete_actors(conn, [a.id for a in plan.removed_actors if a.id is not None])
            new_ids = rows.insert_actors(conn, [a.with_changes(id=None) for a in plan.new_actors])
            placeholder = {a.id: i for a, i in zip(plan.new_actors, new_ids)}
            for _, after in plan.updated_actors:
                rows.update_actor(conn, after)
            actor_ids = self._actor_ids(conn)
            ties = [t.with_changes(source=placeholder.get(t.source, t.source),
                                   target=placeholder.get(t.target, t.target)) for t in plan.new_ties]
            for tie in ties + [after for _, after in plan.updated_ties]:
                rules.check_tie(tie, actor_ids, catalogues)
            rows.insert_ties(conn, ties)
            for _, after_tie in plan.updated_ties:
                rows.update_tie(conn, after_tie)
            for cluster in plan.new_clusters:
                members = tuple(placeholder.get(m, m) for m in cluster.members)
                rules.check_cluster(cluster.with_changes(members=members), actor_ids)
                rows.insert_cluster(conn, cluster.with_changes(members=members))
        self._catalogues = None
        self._announce("map", "replaced")
        return before

    def restore_map(self, state: MapState) -> None:
        """Make the live map exactly `state` (actors, ties, clusters, catalogues), ids included."""
        with self._edit() as conn:
            conn.execute(delete(rows.M))
            conn.execute(delete(rows.K))
            conn.execute(delete(rows.T))
            conn.execute(delete(rows.C))
            conn.execute(delete(rows.A))
            for kind, entries in state.catalogues.items():
                rows.write_catalogue(conn, kind, entries)
            rows.insert_actors(conn, state.actors)
            rows.insert_ties(conn, state.ties)
            for cluster in state.clusters:
                rows.insert_cluster(conn, cluster)
        self._catalogues = None
        self._announce("map", "replaced")

    # -- personal data ---------------------------------------------------------------------

    def erase_person(self, name: str) -> list[str]:
        """Remove the contact person `name` from the map and from every snapshot (GDPR erasure).

        Returns where the person was found ("map" and snapshot labels). Afterwards the file is
        rebuilt (VACUUM) so that no freed page still holds the bytes.
        """
        wanted = " ".join(name.split()).casefold()
        if not wanted:
            raise InvalidEditError("name the contact person to erase")

        def matches(contact: dict[str, str] | None) -> bool:
            return bool(contact) and " ".join(str(contact.get("name", "")).split()).casefold() == wanted  # type: ignore[union-attr]

        places: list[str] = []
        with self._edit() as conn:
            ids = [a.id for a in rows.read_actors(conn) if a.contact is not None and a.id is not None
                   and matches({"name": a.contact.name})]
            if ids:
                conn.execute(delete(rows.C).where(rows.C.c.actor_id.in_(ids)))
                places.append("map")
            for snapshot_id, label, content in conn.execute(select(S.c.id, S.c.label, S.c.content)).all():
                hits = [a for a in content.get("actors", []) if matches(a.get("contact"))]
                if hits:
                    for actor in hits:
                        actor["contact"] = None
                    conn.execute(update(S).where(S.c.id == snapshot_id).values(content=content))
                    places.append(label)
            if not places:  # raised inside the transaction, so nothing is written
                raise InvalidEditError(f"no contact person named {name!r} on the map or in any snapshot")
        with self._db.engine.connect() as conn:
            conn.exec_driver_sql("VACUUM")
        self._announce("map", "replaced")
        return places

    # -- snapshots -------------------------------------------------------------------------

    def snapshots(self) -> list[SnapshotInfo]:
        """All snapshots, oldest first."""
        with self._read() as conn:
            result = conn.execute(select(S.c.id, S.c.label, S.c.taken_on, S.c.note)
                                  .order_by(S.c.taken_on, S.c.id)).all()
        return [SnapshotInfo(r.id, r.label, r.taken_on, r.note) for r in result]

    def take_snapshot(self, label: str, taken_on: date | None = None, note: str = "") -> SnapshotInfo:
        """Freeze the whole map under `label`; later edits of the map never change it."""
        label = label.strip()
        if not label:
            raise InvalidEditError("a snapshot needs a label")
        rules.check_text("the snapshot's label", label, name=True)
        rules.check_text("the snapshot's note", note)
        taken_on = taken_on or date.today()
        with self._edit() as conn:
            if conn.execute(select(S.c.id).where(S.c.label == label)).first() is not None:
                raise InvalidEditError(f"a snapshot labelled {label!r} exists already")
            content = state_to_dict(rows.read_state(conn))
            snapshot_id = conn.execute(insert(S).values(label=label, taken_on=taken_on, note=note,
                                                         created_at=datetime.now(), content=content)
                                       ).inserted_primary_key[0]
        self._announce("snapshot", "added", (int(snapshot_id),))
        return SnapshotInfo(int(snapshot_id), label, taken_on, note)

    def snapshot_state(self, label: str) -> MapState:
        """The map as it was when the snapshot was taken."""
        with self._read() as conn:
            content = conn.execute(select(S.c.content).where(S.c.label == label)).scalar()
        if content is None:
            raise SnapshotNotFoundError(label, [s.label for s in self.snapshots()])
        return state_from_dict(content)

    def rename_snapshot(self, label: str, new_label: str, note: str | None = None) -> None:
        new_label = new_label.strip()
        if not new_label:
            raise InvalidEditError("a snapshot needs a label")
        rules.check_text("the snapshot's label", new_label, name=True)
        with self._edit() as conn:
            snapshot_id = conn.execute(select(S.c.id).where(S.c.label == label)).scalar()
            if snapshot_id is None:
                raise SnapshotNotFoundError(label, [s.label for s in self.snapshots()])
            clash = conn.execute(select(S.c.id).where(S.c.label == new_label)).scalar()
            if clash is not None and clash != snapshot_id:
                raise InvalidEditError(f"a snapshot labelled {new_label!r} exists already")
            values: dict[str, str] = {"label": new_label}
            if note is not None:
                values["note"] = note
            conn.execute(update(S).where(S.c.id == snapshot_id).values(**values))
        self._announce("snapshot", "updated", (int(snapshot_id),))

    def delete_snapshot(self, label: str) -> None:
        with self._edit() as conn:
            snapshot_id = conn.execute(select(S.c.id).where(S.c.label == label)).scalar()
            if snapshot_id is None:
                raise SnapshotNotFoundError(label, [s.label for s in self.snapshots()])
            conn.execute(delete(S).where(S.c.id == snapshot_id))
        self._announce("snapshot", "removed", (int(snapshot_id),))
