"""A NetMap project: the map, its catalogues and its snapshots, with every edit stored at once.

`Project` is the single entry point of the core. Each edit operation validates its input
(`netmap.rules`), writes it in one transaction (`netmap.transactions`) and tells its listeners
what changed (`netmap.changes`); the UI's undo commands and the command line are thin callers of
these operations. The SQL lives in `netmap.storage` (rows, snapshots, personal data); the edits
of the whole map (imports, their undo, snapshots) in `netmap.whole_map`, those of the project
info and catalogues in `netmap.project_info`.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine

from netmap import project_info, removal, rules, whole_map
from netmap.changes import Action, Change, Item, Listener, RemovedActors, Revision, Subject
from netmap.domain import (
    Actor,
    CatalogueEntry,
    CatalogueKind,
    Cluster,
    MapState,
    ProjectInfo,
    SnapshotInfo,
    Source,
    SourceKind,
    Tie,
)
from netmap.errors import (
    CompactionFailedError,
    ConflictError,
    InvalidEditError,
    StorageError,
    problem_words,
)
from netmap.i18n import tr
from netmap.location import Location
from netmap.merge import ImportPlan
from netmap.storage import opening, personal, rows, snapshots
from netmap.storage.database import Database
from netmap.storage.lock import ProjectLock
from netmap.storage.schema import actor_table
from netmap.transactions import Transactions

__all__ = ["Action", "Change", "Listener", "Project", "RemovedActors", "Revision", "Subject"]

Sourced = TypeVar("Sourced", Actor, Tie)  # what carries provenance


class Project:
    """An open project. Create with `Project.create` or `Project.open`; close when done.

    A location is a `*.netmap` file or, in team mode, `postgresql://USER@HOST:PORT/DB#PROJECT`
    (netmap.location). On a server several users edit one project at once: an edit based on what
    another user has changed since raises ConflictError (netmap.storage.versions), and `poll()`
    tells when the map was changed by someone else.
    """

    def __init__(self, database: Database, lock: ProjectLock | None) -> None:
        self._db = database
        self._lock = lock
        self.source_context: Source | None = None  # where new actors and ties come from now (provenance)
        self._tx = Transactions(database)
        self._versions = self._tx.versions
        self._tx.saw_revision(self.revision())

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def create(cls, location: str | Path | Location, *, info: ProjectInfo | None = None,
               catalogues: dict[CatalogueKind, list[CatalogueEntry]] | None = None) -> Project:
        """Create a new project (a file, or a project on a server) with the default catalogues;
        refuses to overwrite anything."""
        return opening.create(location, cls, info=info, catalogues=catalogues)

    @classmethod
    def open(cls, location: str | Path | Location, *, read_only: bool = False, take_over: bool = False) -> Project:
        """Open an existing project. Raises ProjectLockedError when someone else has a project file
        open (then `read_only=True` still works, and `take_over=True` takes the lock over after the
        user was warned), SchemaTooNewError, NotAProjectError, StorageError, and for a server
        ServerUnavailableError. Projects on a server have no lock: that is team mode."""
        return opening.open_existing(location, cls, read_only=read_only, take_over=take_over)

    def close(self) -> None:
        self._db.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def renew_lock(self) -> None:
        """Tell other computers that this session still holds the project file (the app calls it
        every few minutes; see netmap.storage.lock)."""
        if self._lock is not None:
            self._lock.renew()

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

    @property
    def shared(self) -> bool:
        """True for a project on a server, which other users may be editing at the same time."""
        return self._db.backend == "postgresql"

    @property
    def editor(self) -> str:
        """Who this session's edits are recorded as ("user@host")."""
        return self._versions.editor

    def source_for_new(self) -> Source:
        """The provenance a new actor or tie gets when it brings none: the workshop step the app
        is at (`source_context`, set by the guided workshop), else the person at this computer."""
        return self.source_context or Source(SourceKind.EDITOR, date.today(), self.editor)

    def _sourced(self, items: list[Sourced]) -> list[Sourced]:
        source = self.source_for_new()
        return [i if i.sources else i.with_changes(sources=(source,)) for i in items]

    # -- listening and transactions ----------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._tx.subscribe(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._tx.unsubscribe(listener)

    def batch(self) -> AbstractContextManager[None]:
        """Several edit operations as one transaction: all of them are stored, or none.

        For single user actions that take more than one operation (a paste adds actors and the
        ties among them; a delete removes ties and actors), so that a crash or a refused part
        never leaves half of the action in the file."""
        return self._tx.batch()

    def side_edit(self) -> AbstractContextManager[Connection]:
        """A write transaction for a core module that keeps tables of its own beside the map
        (netmap.participation: proposals and votes). It joins a running `batch()`, so a decision
        and the edit it makes are stored together, or neither."""
        return self._tx.edit()

    def side_read(self) -> AbstractContextManager[Connection]:
        """A read connection for such a module."""
        return self._tx.read()

    def side_engine(self) -> Engine:
        """The project's engine, for a thread of its own that only keeps to such tables (the
        participants' web server): the engine's pool gives each thread a connection of its own,
        and the project's bookkeeping of edits is not touched."""
        return self._db.engine

    # -- following other users -------------------------------------------------------------

    def has_external_changes(self) -> bool:
        """Did anyone else (another user, or another process) change the project since this session
        last looked? One small query: cheap enough to ask every few seconds."""
        return self._tx.has_external_changes()

    def poll(self) -> bool:
        """Take note of other users' changes: when there are any, forget cached catalogues and
        announce Change(MAP, REPLACED) so that views read the map again. Returns whether the map
        changed."""
        return self._tx.catch_up()

    # -- reading ---------------------------------------------------------------------------

    def state(self) -> MapState:
        """The whole current map."""
        with self._tx.read() as conn:
            state = rows.read_state(conn)
        self._saw(actors=state.actors, ties=state.ties, clusters=state.clusters)
        self._versions.saw_info(state.info)
        self._versions.saw_catalogues(state.catalogues)
        return state

    def _saw(self, *, actors: Sequence[Actor] = (), ties: Sequence[Tie] = (), clusters: Sequence[Cluster] = ()) -> None:
        self._versions.saw("actor", list(actors))
        self._versions.saw("tie", list(ties))
        self._versions.saw("cluster", list(clusters))

    def info(self) -> ProjectInfo:
        with self._tx.read() as conn:
            info = rows.read_info(conn)
        self._versions.saw_info(info)
        return info

    def revision(self) -> int:
        """A counter that grows with every edit, from any process: cheap to poll for changes."""
        return self._tx.revision()

    def catalogues(self) -> dict[CatalogueKind, list[CatalogueEntry]]:
        return self._tx.catalogues()

    def actors(self, ids: list[int] | None = None) -> list[Actor]:
        with self._tx.read() as conn:
            actors = rows.read_actors(conn, ids)
        self._saw(actors=actors)
        return actors

    def actor(self, actor_id: int) -> Actor:
        found = self.actors([actor_id])
        if not found:
            raise InvalidEditError(tr("Errors", "there is no actor with id {0}").format(actor_id))
        return found[0]

    def ties(self, ids: list[int] | None = None) -> list[Tie]:
        with self._tx.read() as conn:
            ties = rows.read_ties(conn, ids)
        self._saw(ties=ties)
        return ties

    def clusters(self) -> list[Cluster]:
        with self._tx.read() as conn:
            clusters = rows.read_clusters(conn)
        self._saw(clusters=clusters)
        return clusters

    # -- project info and catalogues -------------------------------------------------------

    def set_info(self, info: ProjectInfo) -> ProjectInfo:
        """Replace the project info; returns the previous one."""
        return self.revise_info(info)[0]

    def revise_info(self, info: ProjectInfo, *, base: ProjectInfo | None = None) -> tuple[ProjectInfo, ProjectInfo]:
        """Store the fields in which `info` differs from `base` (default: the info as last read),
        merged with what is stored; returns (before, after) for undo. ConflictError when someone
        else changed one of those fields since `base`."""
        return project_info.revise_info(self._tx, info, base)

    def set_catalogue(self, kind: CatalogueKind, entries: list[CatalogueEntry],
                      base: list[CatalogueEntry] | None = None) -> list[CatalogueEntry]:
        """Replace one catalogue; returns the previous entries. Keys still used on the map stay.
        Refused (ConflictError) when someone else changed the catalogue since `base` (default: as
        last read; undo passes what the undone step wrote)."""
        return project_info.set_catalogue(self._tx, kind, entries, base)

    # -- actors ----------------------------------------------------------------------------

    def add_actors(self, actors: list[Actor]) -> list[Actor]:
        """Add actors; an actor that carries an id (undo of a removal) gets that id back."""
        actors = [rules.normalised_actor(a) for a in actors]
        catalogues = self.catalogues()
        for actor in actors:
            rules.check_actor(actor, catalogues)
        actors = self._sourced(actors)
        with self._tx.edit() as conn:
            ids = rows.insert_actors(conn, actors, self._versions.stamp())
        added = [a.with_changes(id=i, version=a.version + 1) for a, i in zip(actors, ids)]
        for actor in added:
            self._versions.wrote("actor", actor, actor.version)
        self._tx.announce(Subject.ACTOR, Action.ADDED, tuple(ids))
        return added

    def add_actor(self, actor: Actor) -> Actor:
        return self.add_actors([actor])[0]

    def update_actor(self, actor: Actor) -> Actor:
        """Store the attributes in which `actor` (found by id) differs from the version it was read
        as; returns the previous stored version.

        Raises ConflictError when another user changed the same attributes since `actor` was read
        (changes to other attributes are kept and merged)."""
        return self.revise(actor).before

    def revise(self, item: Item, *, base: Item | None = None) -> Revision[Item]:
        """Store an actor, tie or cluster as a three-way merge: the attributes in which `item`
        differs from `base` (default: the version `item` was read as) are written over what is
        stored now, and nothing else. Undo passes `base` (see `Revision.undoing`). Raises
        ConflictError when another user changed one of those attributes since `base`."""
        what = "actor" if isinstance(item, Actor) else "tie" if isinstance(item, Tie) else "cluster"
        # Names are stored as every edit stores them: NFC, no invisible or text-direction characters.
        if isinstance(item, Actor):
            item = rules.normalised_actor(item)
        elif isinstance(item, Cluster):
            item = rules.normalised_cluster(item)
        catalogues = self.catalogues() if what != "cluster" else {}
        if isinstance(item, Actor):
            rules.check_actor(item, catalogues)
        with self._tx.edit() as conn:
            stored = rows.read_one(conn, item)
            meta = rows.read_meta(conn, rows.table_of(item), [item.id]).get(item.id) if item.id is not None else None
            name = rows.tie_name(conn, item) if isinstance(item, Tie) else item.name
            to_write, changed = self._versions.resolve(what, name, item, stored, meta, base)
            assert stored is not None and meta is not None
            if isinstance(to_write, Actor) and to_write != item:
                rules.check_actor(to_write, catalogues)
            elif isinstance(to_write, Tie):
                rules.check_tie(to_write, rows.actor_ids(conn), catalogues)
            elif isinstance(to_write, Cluster):
                rules.check_cluster(to_write, rows.actor_ids(conn))
            version = meta.version
            if changed:
                stamp = self._versions.stamp()
                if not rows.update_row(conn, to_write, stamp, meta.version, rows.credit(meta, changed, stamp)):
                    raise ConflictError(what, name, [], mine=item, theirs=stored)
                version += 1
        after = to_write.with_changes(version=version)
        self._versions.saw(what, [stored])
        if changed:  # a step that changed nothing wrote nothing: it is no base for later edits
            self._versions.wrote(what, after, version)
        # Announced unchanged too: the views read it anew.
        self._tx.announce(Subject(what), Action.UPDATED, (item.id,) if item.id is not None else ())
        return Revision(stored, after, tuple(changed))

    def move_actors(self, positions: dict[int, tuple[float, float]],
                    expected: dict[int, tuple[float, float]] | None = None) -> dict[int, tuple[float, float]]:
        """Move several actors at once (a drag of a selection); returns the old positions. Undo
        passes `expected`, where the undone move put them: an actor someone else moved since
        stays where they put it (ConflictError)."""
        order = sorted(positions)
        with self._tx.edit() as conn:
            stored = {a.id: a for a in rows.read_actors(conn, order) if a.id is not None}
            if set(stored) != set(positions):
                gone = sorted(set(positions) - set(stored))
                if self.shared:
                    raise self._versions.removed("actor", gone[0])
                raise InvalidEditError(tr("Errors", "no actors with ids {0}").format(gone))
            meta = rows.read_meta(conn, actor_table, order)
            for actor_id in order:
                x, y = positions[actor_id]
                self._versions.check_position(stored[actor_id].name, stored[actor_id], meta[actor_id], x, y,
                                              expected.get(actor_id) if expected else None)
            stamp = self._versions.stamp()
            moved = [i for i in order if (stored[i].x, stored[i].y) != tuple(positions[i])]
            for actor_id in moved:
                x, y = positions[actor_id]
                rows.move_actor(conn, actor_id, x, y, stamp, rows.credit(meta[actor_id], ("x", "y"), stamp))
        for actor_id in moved:
            x, y = positions[actor_id]
            self._versions.wrote("actor", stored[actor_id].with_changes(x=float(x), y=float(y)),
                                 meta[actor_id].version + 1)
        self._tx.announce(Subject.ACTOR, Action.UPDATED, tuple(positions))
        return {i: (a.x, a.y) for i, a in stored.items()}

    def remove_actors(self, ids: list[int], expected: list[Actor] | None = None) -> RemovedActors:
        """Remove actors with their ties and cluster memberships; returns all of it for undo.
        Undo of an addition passes `expected`, the actors as added (see netmap.removal)."""
        return removal.remove_actors(self._tx, ids, expected)

    def restore_actors(self, removed: RemovedActors) -> None:
        """Undo a removal: the actors, their ties and memberships come back with their ids."""
        removal.restore_actors(self._tx, removed)

    # -- ties ------------------------------------------------------------------------------

    def add_ties(self, ties: list[Tie]) -> list[Tie]:
        catalogues = self.catalogues()
        ties = self._sourced(ties)
        with self._tx.edit() as conn:
            actor_ids = rows.actor_ids(conn)
            for tie in ties:
                gone = [end for end in (tie.source, tie.target) if end not in actor_ids]
                if gone and self.shared and self._versions.knows("actor", gone[0]):
                    raise self._versions.removed("actor", gone[0])
                rules.check_tie(tie, actor_ids, catalogues)
            ids = rows.insert_ties(conn, ties, self._versions.stamp())
        added = [t.with_changes(id=i, version=t.version + 1) for t, i in zip(ties, ids)]
        for tie in added:
            self._versions.wrote("tie", tie, tie.version)
        self._tx.announce(Subject.TIE, Action.ADDED, tuple(ids))
        return added

    def add_tie(self, tie: Tie) -> Tie:
        return self.add_ties([tie])[0]

    def update_tie(self, tie: Tie) -> Tie:
        return self.revise(tie).before

    def remove_ties(self, ids: list[int], expected: list[Tie] | None = None) -> list[Tie]:
        """Remove ties; undo of an addition passes `expected` (the ties as added)."""
        return removal.remove_ties(self._tx, ids, expected)

    # -- clusters --------------------------------------------------------------------------

    def add_cluster(self, cluster: Cluster) -> Cluster:
        cluster = rules.normalised_cluster(cluster)
        with self._tx.edit() as conn:
            rules.check_cluster(cluster, rows.actor_ids(conn))
            cluster_id = rows.insert_cluster(conn, cluster, self._versions.stamp())
        added = cluster.with_changes(id=cluster_id, version=cluster.version + 1)
        self._versions.wrote("cluster", added, added.version)
        self._tx.announce(Subject.CLUSTER, Action.ADDED, (cluster_id,))
        return added

    def update_cluster(self, cluster: Cluster) -> Cluster:
        return self.revise(cluster).before

    def remove_cluster(self, cluster_id: int, expected: Cluster | None = None) -> Cluster:
        """Dissolve a cluster; undo of its creation passes `expected` (the cluster as added)."""
        return removal.remove_cluster(self._tx, cluster_id, expected)

    # -- whole maps --------------------------------------------------------------------------

    def apply_import(self, plan: ImportPlan, source: Source | None = None) -> MapState:
        """Carry out an import plan in one transaction (all or nothing); returns the map as it
        was before, which `restore_map` puts back (undo). `source` (the file) is added to the
        provenance of every actor and tie the file names, new or already there."""
        before = self.state()
        whole_map.apply_import(self._tx, plan, before.catalogues, source)
        return before

    def restore_map(self, state: MapState, *, since: MapState | None = None) -> None:
        """Make the live map exactly `state` (actors, ties, clusters, catalogues), ids included.
        Raises ConflictError when another user changed the map since `state` was read, or
        removed something of `since` (the map this session left, for an undo or redo)."""
        whole_map.restore_map(self._tx, state, since)

    # -- personal data ---------------------------------------------------------------------

    def erase_person(self, name: str) -> list[str]:
        """Remove the contact person `name` from the map and from every snapshot (GDPR erasure).

        Returns where the person was found ("map" and snapshot labels). Afterwards the file is
        rebuilt (VACUUM) so that no freed page still holds the bytes; when only that fails (a full
        disk), CompactionFailedError says so, with the places: the erasure itself is committed.
        """
        wanted = rules.name_key(name)  # as names are matched everywhere: invisible characters, case and spaces aside
        if not wanted:
            raise InvalidEditError(tr("Errors", "name the contact person to erase"))
        with self._tx.edit() as conn:
            places = personal.erase_contact_person(conn, lambda found: rules.name_key(found) == wanted,
                                                   self._versions.stamp())
            if not places:  # raised inside the transaction, so nothing is written
                raise InvalidEditError(tr("Errors", "no contact person named {0!r} on the map or in any snapshot")
                                       .format(name))
        self._tx.announce(Subject.MAP, Action.REPLACED)
        try:
            self._purge_freed_space()
        except StorageError as exc:  # the erasure itself is committed: a warning, not a failure
            raise CompactionFailedError(self.location, name, places, problem_words(exc.problem)) from exc
        return places

    def _purge_freed_space(self) -> None:
        self._tx.purge_freed_space()

    # -- snapshots -------------------------------------------------------------------------

    def snapshots(self) -> list[SnapshotInfo]:
        """All snapshots, oldest first."""
        with self._tx.read() as conn:
            return snapshots.list_snapshots(conn)

    def take_snapshot(self, label: str, taken_on: date | None = None, note: str = "") -> SnapshotInfo:
        """Freeze the whole map under `label`; later edits of the map never change it."""
        return whole_map.take_snapshot(self._tx, label, taken_on or date.today(), note)

    def snapshot_state(self, label: str) -> MapState:
        """The map as it was when the snapshot was taken."""
        with self._tx.read() as conn:
            return snapshots.read_state(conn, label)

    def rename_snapshot(self, label: str, new_label: str, note: str | None = None) -> None:
        whole_map.rename_snapshot(self._tx, label, new_label, note)

    def delete_snapshot(self, label: str) -> None:
        with self._tx.edit() as conn:
            snapshot_id = snapshots.id_of(conn, label)
            snapshots.delete_snapshot(conn, snapshot_id)
        self._tx.announce(Subject.SNAPSHOT, Action.REMOVED, (snapshot_id,))
