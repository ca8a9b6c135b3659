"""A NetMap project: the map, its catalogues and its snapshots, with every edit stored at once.

`Project` is the single entry point of the core. Each edit operation validates its input
(`netmap.rules`), writes it in one transaction and tells its listeners what changed; the UI's
undo commands and the command line are thin callers of these operations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Generic, TypeVar

from sqlalchemy import Connection, Engine, delete, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from netmap import rules
from netmap.catalogues import default_catalogues
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
    BlockedError,
    ConflictError,
    InvalidEditError,
    NotAProjectError,
    ReadOnlyError,
    ServerUnavailableError,
    SnapshotNotFoundError,
    StorageError,
    problem_words,
)
from netmap.i18n import tr
from netmap.location import FileLocation, Location, ServerLocation, parse_location
from netmap.merge import ImportPlan
from netmap.provenance import merge_sources
from netmap.serialize import state_from_dict, state_to_dict
from netmap.storage import postgres, rows, sqlite
from netmap.storage.database import (
    Database,
    open_database,
    project_exists,
)
from netmap.storage.lock import ProjectLock
from netmap.storage.schema import SnapshotRow
from netmap.storage.versions import VersionTracker, changed_attributes

__all__ = ["Change", "Project", "RemovedActors", "Revision"]

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
Item = TypeVar("Item", Actor, Tie, Cluster)
Sourced = TypeVar("Sourced", Actor, Tie)  # the items that carry provenance


def _with_source(plan: ImportPlan, source: Source) -> ImportPlan:
    """The plan with `source` in the provenance of what it adds or changes (new items that bring
    their own provenance, a NetMap workbook's, keep it as it is)."""
    def add(item: Sourced) -> Sourced:
        return item.with_changes(sources=merge_sources(item.sources, (source,)))

    return replace(plan, new_actors=[a if a.sources else add(a) for a in plan.new_actors],
                   new_ties=[t if t.sources else add(t) for t in plan.new_ties],
                   updated_actors=[(now, add(after)) for now, after in plan.updated_actors],
                   updated_ties=[(now, add(after)) for now, after in plan.updated_ties])


def _named_again(plan: ImportPlan, source: Source | None) -> list[tuple[Tie, Tie]]:
    """Ties already on the map that the file names again, unchanged: one more source each."""
    if source is None:
        return []
    updated = {now.id for now, _ in plan.updated_ties}
    return [(t, t.with_changes(sources=merge_sources(t.sources, (source,)))) for t in plan.matched_ties
            if t.id not in updated and source not in t.sources]
@dataclass(frozen=True)
class Revision(Generic[Item]):
    """One stored update of an actor, tie or cluster: the row before and after it, and the
    attributes it changed (only those; another user's attributes merged in are not among them)."""

    before: Item
    after: Item
    changed: tuple[str, ...]

    def undoing(self) -> tuple[Item, Item]:
        """(base, target) of the update that takes this one back: the attributes it changed return
        to their old values, and nothing else is touched (`Project.revise(target, base=base)`)."""
        return self.after, self.after.with_changes(**{f: getattr(self.before, f) for f in self.changed})

    def then(self, later: Revision[Item]) -> Revision[Item]:
        """This update followed by `later` as one (merged undo steps)."""
        return Revision(self.before, later.after, tuple(dict.fromkeys(self.changed + later.changed)))


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
        self._listeners: list[Listener] = []
        self._catalogues: dict[CatalogueKind, list[CatalogueEntry]] | None = None
        self._versions = VersionTracker()
        self._known_revision = self.revision()
        self._outside_edit = False
        self._batch: Connection | None = None
        self._held_back: list[Change] = []

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def create(cls, location: str | Path | Location, *, info: ProjectInfo | None = None,
               catalogues: dict[CatalogueKind, list[CatalogueEntry]] | None = None) -> Project:
        """Create a new project (a file, or a project on a server) with the default catalogues;
        refuses to overwrite anything."""
        where = parse_location(location)
        if isinstance(where, ServerLocation):
            if project_exists(where):
                raise NotAProjectError(str(where), tr("Errors", "a project of that name already exists"))
            lock = None
            name = where.project
        else:
            if where.path.exists():
                raise NotAProjectError(str(where), tr("Errors", "a file of that name already exists"))
            lock = ProjectLock(where.path)
            lock.acquire()
            name = where.path.stem

        def initialise(conn: Connection) -> None:  # in the transaction that creates the tables
            rows.write_info(conn, info or ProjectInfo(name=name))
            for kind, entries in (catalogues or default_catalogues()).items():
                rows.write_catalogue(conn, kind, entries)

        return cls._opened(lambda: open_database(where, create=True, initialise=initialise), lock)

    @classmethod
    def open(cls, location: str | Path | Location, *, read_only: bool = False, take_over: bool = False) -> Project:
        """Open an existing project. Raises ProjectLockedError when someone else has a project file
        open (then `read_only=True` still works, and `take_over=True` takes the lock over after the
        user was warned), SchemaTooNewError, NotAProjectError, StorageError, and for a server
        ServerUnavailableError. Projects on a server have no lock: that is team mode."""
        where = parse_location(location)
        lock = None
        if isinstance(where, FileLocation):
            if not where.path.exists():
                raise NotAProjectError(str(where), tr("Errors", "the file does not exist"))
            if not read_only:
                lock = ProjectLock(where.path)
                lock.acquire(take_over=take_over)
        return cls._opened(lambda: open_database(where, read_only=read_only), lock)

    @classmethod
    def _opened(cls, opening: Callable[[], Database], lock: ProjectLock | None) -> Project:
        """The project `opening` opens, holding `lock`; if anything fails (or the user interrupts),
        the lock is released again, so a failed open never locks anyone out."""
        database = None
        try:
            database = opening()
            return cls(database, lock)
        except BaseException:
            if database is not None:
                database.dispose()
            if lock is not None:
                lock.release()
            raise

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

    # -- listening -------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _announce(self, what: str, action: str, ids: tuple[int, ...] = ()) -> None:
        change = Change(what, action, ids)
        if self._batch is not None:  # told once the batch is stored, never if it is not
            self._held_back.append(change)
            return
        for listener in list(self._listeners):
            listener(change)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several edit operations as one transaction: all of them are stored, or none.

        For single user actions that take more than one operation (a paste adds actors and the
        ties among them; a delete removes ties and actors), so that a crash or a refused part
        never leaves half of the action in the file."""
        if self._batch is not None:
            yield
            return
        try:
            with self._edit() as conn:
                self._batch = conn
                yield
        except BaseException:
            self._held_back.clear()
            self._catalogues = None
            raise
        finally:
            self._batch = None
        changes, self._held_back = self._held_back, []
        for change in changes:
            self._announce(change.what, change.action, change.ids)

    @contextmanager
    def _edit(self) -> Iterator[Connection]:
        """One edit = one transaction, committed when the block ends (nothing is left unsaved).

        The revision is counted first: on a server its row lock makes concurrent edits wait for
        each other, so each edit sees everything committed before it. Inside `batch()` every
        edit joins the batch's transaction."""
        if self.read_only:
            raise ReadOnlyError(self.location)
        if self._batch is not None:
            yield self._batch
            return
        with self._database_errors(), self._db.engine.begin() as conn:
            if self.shared:
                postgres.limit_lock_wait(conn)
            revision = rows.bump_revision(conn)
            yield conn
        if revision is not None:
            if revision != self._known_revision + 1:
                self._outside_edit = True  # someone else edited since we last looked
            self._known_revision = revision

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        assert self._db.reader is not None
        with self._database_errors(), self._db.reader.connect() as conn:
            yield conn

    @contextmanager
    def _database_errors(self) -> Iterator[None]:
        """Errors of the database become NetMap's own, with one line for the user."""
        try:
            yield
        except IntegrityError as exc:
            if self.shared:  # another user removed what this edit refers to
                raise ConflictError("map", self.location, []) from exc
            raise InvalidEditError(tr("Errors", "the edit does not fit the map ({0})").format(exc.orig)) from exc
        except DBAPIError as exc:
            if not self.shared:
                error = sqlite.storage_error(self.location, exc)
                if error is None:
                    raise
                raise error from exc
            if postgres.is_lock_timeout(exc):
                raise BlockedError(self.location, self._lock_holders()) from exc
            first = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else exc.__class__.__name__
            raise ServerUnavailableError(self.location, first) from exc

    def _lock_holders(self) -> list[str]:
        """Who holds the edit lock that an edit just waited for in vain (empty when unknown)."""
        try:
            with self._db.engine.connect() as conn:
                return postgres.holders(conn)
        except DBAPIError:
            return []
    @contextmanager
    def side_edit(self) -> Iterator[Connection]:
        """A write transaction for a core module that keeps tables of its own beside the map
        (netmap.participation: proposals and votes). It joins a running `batch()`, so a decision
        and the edit it makes are stored together, or neither."""
        with self._edit() as conn:
            yield conn

    @contextmanager
    def side_read(self) -> Iterator[Connection]:
        """A read connection for such a module."""
        with self._read() as conn:
            yield conn

    def side_engine(self) -> Engine:
        """The project's engine, for a thread of its own that only keeps to such tables (the
        participants' web server): the engine's pool gives each thread a connection of its own,
        and the project's bookkeeping of edits is not touched."""
        return self._db.engine

    # -- following other users -------------------------------------------------------------

    def has_external_changes(self) -> bool:
        """Did anyone else (another user, or another process) change the project since this session
        last looked? One small query: cheap enough to ask every few seconds."""
        return self._outside_edit or self.revision() != self._known_revision

    def poll(self) -> bool:
        """Take note of other users' changes: when there are any, forget cached catalogues and
        announce Change("map", "replaced") so that views read the map again. Returns whether the map
        changed."""
        revision = self.revision()
        if not self._outside_edit and revision == self._known_revision:
            return False
        self._known_revision = revision
        self._outside_edit = False
        self._catalogues = None
        self._announce("map", "replaced")
        return True

    # -- reading ---------------------------------------------------------------------------

    def state(self) -> MapState:
        """The whole current map."""
        with self._read() as conn:
            state = rows.read_state(conn)
        self._saw(actors=state.actors, ties=state.ties, clusters=state.clusters)
        self._versions.saw_info(state.info)
        self._versions.saw_catalogues(state.catalogues)
        return state

    def _saw(self, *, actors: list[Actor] = (), ties: list[Tie] = (),  # type: ignore[assignment]
             clusters: list[Cluster] = ()) -> None:  # type: ignore[assignment]
        self._versions.saw("actor", actors)
        self._versions.saw("tie", ties)
        self._versions.saw("cluster", clusters)

    def info(self) -> ProjectInfo:
        with self._read() as conn:
            info = rows.read_info(conn)
        self._versions.saw_info(info)
        return info

    def revision(self) -> int:
        """A counter that grows with every edit, from any process: cheap to poll for changes."""
        with self._read() as conn:
            return rows.read_revision(conn)

    def catalogues(self) -> dict[CatalogueKind, list[CatalogueEntry]]:
        if self._catalogues is None:
            with self._read() as conn:
                self._catalogues = rows.read_catalogues(conn)
            self._versions.saw_catalogues(self._catalogues)
        return self._catalogues

    def actors(self, ids: list[int] | None = None) -> list[Actor]:
        with self._read() as conn:
            actors = rows.read_actors(conn, ids)
        self._saw(actors=actors)
        return actors

    def actor(self, actor_id: int) -> Actor:
        found = self.actors([actor_id])
        if not found:
            raise InvalidEditError(tr("Errors", "there is no actor with id {0}").format(actor_id))
        return found[0]

    def ties(self, ids: list[int] | None = None) -> list[Tie]:
        with self._read() as conn:
            ties = rows.read_ties(conn, ids)
        self._saw(ties=ties)
        return ties

    def clusters(self) -> list[Cluster]:
        with self._read() as conn:
            clusters = rows.read_clusters(conn)
        self._saw(clusters=clusters)
        return clusters

    def _actor_ids(self, conn: Connection) -> set[int]:
        return set(conn.execute(select(rows.A.c.id)).scalars())

    # -- project info and catalogues -------------------------------------------------------

    @staticmethod
    def _check_info(info: ProjectInfo) -> None:
        for what, value in ((tr("Errors", "the project name"), info.name), (tr("Errors", "the town"), info.town),
                            (tr("Errors", "the topic"), info.topic),
                            (tr("Errors", "the facilitator"), info.facilitator)):
            rules.check_text(what, value, name=True)
        rules.check_workshop(info.participants, info.workshop_step, info.dots_each, info.open_questions)
        if info.language not in ("de", "en"):
            raise InvalidEditError(tr("Errors", "language {0!r} is not one of de, en").format(info.language))

    def set_info(self, info: ProjectInfo) -> ProjectInfo:
        """Replace the project info; returns the previous one."""
        return self.revise_info(info)[0]

    def revise_info(self, info: ProjectInfo, *, base: ProjectInfo | None = None) -> tuple[ProjectInfo, ProjectInfo]:
        """Store the fields in which `info` differs from `base` (default: the info as last read),
        merged with what is stored; returns (before, after) for undo. ConflictError when someone
        else changed one of those fields since `base`."""
        self._check_info(info)
        with self._edit() as conn:
            previous = rows.read_info(conn)
            info = self._versions.check_info(info, previous, base)
            rows.write_info(conn, info)
        self._versions.saw_info(info)
        self._announce("info", "updated")
        return previous, info

    def set_catalogue(self, kind: CatalogueKind, entries: list[CatalogueEntry],
                      base: list[CatalogueEntry] | None = None) -> list[CatalogueEntry]:
        """Replace one catalogue; returns the previous entries. Keys still used on the map stay.
        Refused (ConflictError) when someone else changed the catalogue since `base` (default: as
        last read; undo passes what the undone step wrote)."""
        keys = [e.key for e in entries]
        if len(set(keys)) != len(keys) or any(not k.strip() for k in keys):
            raise InvalidEditError(tr("Errors", "catalogue keys must be unique and not empty"))
        label = tr("Errors", "a catalogue label")
        for entry in entries:
            rules.check_text(label, entry.label_de, name=True)
            rules.check_text(label, entry.label_en, name=True)
        with self._edit() as conn:
            used = self._used_keys(conn, kind)
            missing = used - set(keys)
            if missing:
                raise InvalidEditError(tr("Errors", "the entries {0} are still used on the map and cannot be removed")
                                       .format(", ".join(sorted(missing))))
            previous = rows.read_catalogues(conn)[kind]
            self._versions.check_catalogue(kind, entries, previous, base)
            rows.write_catalogue(conn, kind, entries)
        self._versions.saw_catalogues({kind: entries})
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
        actors = [rules.normalised_actor(a) for a in actors]
        catalogues = self.catalogues()
        for actor in actors:
            rules.check_actor(actor, catalogues)
        actors = self._sourced(actors)
        with self._edit() as conn:
            ids = rows.insert_actors(conn, actors, self._versions.stamp())
        added = [a.with_changes(id=i, version=a.version + 1) for a, i in zip(actors, ids)]
        for actor in added:
            self._versions.wrote("actor", actor, actor.version)
        self._announce("actor", "added", tuple(ids))
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
        table, read, write = {"actor": (rows.A, rows.read_actors, rows.update_actor),
                              "tie": (rows.T, rows.read_ties, rows.update_tie),
                              "cluster": (rows.K, rows.read_clusters, rows.update_cluster)}[what]
        # Names are stored as every edit stores them: NFC, no invisible or text-direction characters.
        if isinstance(item, Actor):
            item = rules.normalised_actor(item)  # type: ignore[assignment]
        elif isinstance(item, Cluster):
            item = rules.normalised_cluster(item)  # type: ignore[assignment]
        catalogues = self.catalogues() if what != "cluster" else {}
        if isinstance(item, Actor):
            rules.check_actor(item, catalogues)
        with self._edit() as conn:
            ids = [item.id] if item.id is not None else []
            previous = read(conn, ids)  # type: ignore[operator]
            stored = previous[0] if previous else None
            meta = rows.read_meta(conn, table, ids).get(item.id)  # type: ignore[arg-type]
            name = self._tie_name(conn, item) if isinstance(item, Tie) else item.name
            to_write, changed = self._versions.resolve(what, name, item, stored, meta, base)
            assert stored is not None and meta is not None
            if isinstance(to_write, Actor) and to_write != item:
                rules.check_actor(to_write, catalogues)
            elif isinstance(to_write, Tie):
                rules.check_tie(to_write, self._actor_ids(conn), catalogues)
            elif isinstance(to_write, Cluster):
                rules.check_cluster(to_write, self._actor_ids(conn))
            version = meta.version
            if changed:
                stamp = self._versions.stamp()
                if not write(conn, to_write, stamp, meta.version, rows.credit(meta, changed, stamp)):  # type: ignore[operator]
                    raise ConflictError(what, name, [], mine=item, theirs=stored)
                version += 1
        after = to_write.with_changes(version=version)
        self._versions.saw(what, [stored])
        if changed:  # a step that changed nothing wrote nothing: it is no base for later edits
            self._versions.wrote(what, after, version)
        self._announce(what, "updated", (item.id,) if item.id is not None else ())  # unchanged too: read anew
        return Revision(stored, after, tuple(changed))

    def move_actors(self, positions: dict[int, tuple[float, float]],
                    expected: dict[int, tuple[float, float]] | None = None) -> dict[int, tuple[float, float]]:
        """Move several actors at once (a drag of a selection); returns the old positions. Undo
        passes `expected`, where the undone move put them: an actor someone else moved since
        stays where they put it (ConflictError)."""
        order = sorted(positions)
        with self._edit() as conn:
            stored = {a.id: a for a in rows.read_actors(conn, order) if a.id is not None}
            if set(stored) != set(positions):
                gone = sorted(set(positions) - set(stored))
                if self.shared:
                    raise self._versions.removed("actor", gone[0])
                raise InvalidEditError(tr("Errors", "no actors with ids {0}").format(gone))
            meta = rows.read_meta(conn, rows.A, order)
            for actor_id in order:
                x, y = positions[actor_id]
                self._versions.check_position(stored[actor_id].name, stored[actor_id], meta[actor_id], x, y,
                                              expected.get(actor_id) if expected else None)
            stamp = self._versions.stamp()
            moved = [i for i in order if (stored[i].x, stored[i].y) != tuple(positions[i])]
            for actor_id in moved:
                x, y = positions[actor_id]
                conn.execute(update(rows.A).where(rows.A.c.id == actor_id).values(
                    x=float(x), y=float(y), version=rows.A.c.version + 1,
                    authors=rows.credit(meta[actor_id], ("x", "y"), stamp), **stamp))
        for actor_id in moved:
            x, y = positions[actor_id]
            self._versions.wrote("actor", stored[actor_id].with_changes(x=float(x), y=float(y)),
                                 meta[actor_id].version + 1)
        self._announce("actor", "updated", tuple(positions))
        return {i: (a.x, a.y) for i, a in stored.items()}

    def remove_actors(self, ids: list[int], expected: list[Actor] | None = None) -> RemovedActors:
        """Remove actors with their ties and cluster memberships; returns all of it for undo.

        Undo of an addition passes `expected`, the actors as added: one that someone else has
        changed since is not removed (ConflictError), and neither is an actor with a tie this
        session has never seen (another user's new tie would go with it unseen)."""
        with self._edit() as conn:
            actors = rows.read_actors(conn, ids)
            if len(actors) != len(set(ids)):
                gone = sorted(set(ids) - {a.id for a in actors})
                if self.shared:
                    raise self._versions.removed("actor", gone[0])
                raise InvalidEditError(tr("Errors", "some of these actors do not exist"))
            meta = rows.read_meta(conn, rows.A, ids)
            as_added = {a.id: a for a in expected or []}
            for actor in actors:
                self._versions.check_removal("actor", actor.name, actor, meta[actor.id],  # type: ignore[index]
                                             as_added.get(actor.id))
            ties = rows.ties_touching(conn, ids)
            tie_meta = rows.read_meta(conn, rows.T, [t.id for t in ties if t.id is not None])
            for tie in ties:
                self._versions.check_removal("tie", self._tie_name(conn, tie), tie, tie_meta[tie.id],  # type: ignore[index]
                                             unseen=self.shared)
            memberships = {c.id: c.members for c in rows.read_clusters(conn)
                           if c.id is not None and set(c.members) & set(ids)}
            rows.delete_actors(conn, ids)
            rows.touch(conn, rows.K, sorted(memberships), self._versions.stamp(), "members")  # type: ignore[arg-type]
        self._announce("tie", "removed", tuple(t.id for t in ties if t.id is not None))
        self._announce("actor", "removed", tuple(ids))
        if memberships:
            self._announce("cluster", "updated", tuple(memberships))
        return RemovedActors(actors, ties, memberships)

    def restore_actors(self, removed: RemovedActors) -> None:
        """Undo a removal: the actors, their ties and memberships come back with their ids. The
        actors rejoin their clusters; members added or removed by others since stay as they are."""
        with self._edit() as conn:
            stamp = self._versions.stamp()
            rows.insert_actors(conn, removed.actors, stamp)
            rows.insert_ties(conn, removed.ties, stamp)
            back = {a.id for a in removed.actors}
            for cluster_id, members in removed.memberships.items():
                present = set(conn.execute(select(rows.K.c.id).where(rows.K.c.id == cluster_id)).scalars())
                if present:  # a cluster another user dissolved meanwhile stays dissolved
                    rows.add_members(conn, cluster_id, [m for m in members if m in back])
            rows.touch(conn, rows.K, sorted(removed.memberships), stamp, "members")
        for actor in removed.actors:
            self._versions.wrote("actor", actor, actor.version + 1)
        for tie in removed.ties:
            self._versions.wrote("tie", tie, tie.version + 1)
        self._announce("actor", "added", tuple(a.id for a in removed.actors if a.id is not None))
        self._announce("tie", "added", tuple(t.id for t in removed.ties if t.id is not None))
        if removed.memberships:
            self._announce("cluster", "updated", tuple(removed.memberships))

    # -- ties ------------------------------------------------------------------------------

    def add_ties(self, ties: list[Tie]) -> list[Tie]:
        catalogues = self.catalogues()
        ties = self._sourced(ties)
        with self._edit() as conn:
            actor_ids = self._actor_ids(conn)
            for tie in ties:
                gone = [end for end in (tie.source, tie.target) if end not in actor_ids]
                if gone and self.shared and self._versions.knows("actor", gone[0]):
                    raise self._versions.removed("actor", gone[0])
                rules.check_tie(tie, actor_ids, catalogues)
            ids = rows.insert_ties(conn, ties, self._versions.stamp())
        added = [t.with_changes(id=i, version=t.version + 1) for t, i in zip(ties, ids)]
        for tie in added:
            self._versions.wrote("tie", tie, tie.version)
        self._announce("tie", "added", tuple(ids))
        return added

    def add_tie(self, tie: Tie) -> Tie:
        return self.add_ties([tie])[0]

    def update_tie(self, tie: Tie) -> Tie:
        return self.revise(tie).before

    @staticmethod
    def _tie_name(conn: Connection, tie: Tie) -> str:
        names = dict(conn.execute(select(rows.A.c.id, rows.A.c.name).where(rows.A.c.id.in_([tie.source, tie.target]))
                                  ).all())
        return f"{names.get(tie.source, '?')} – {names.get(tie.target, '?')}"

    def remove_ties(self, ids: list[int], expected: list[Tie] | None = None) -> list[Tie]:
        """Remove ties; undo of an addition passes `expected` (the ties as added), and a tie
        someone else changed since stays (ConflictError)."""
        with self._edit() as conn:
            ties = rows.read_ties(conn, ids)
            meta = rows.read_meta(conn, rows.T, ids)
            as_added = {t.id: t for t in expected or []}
            for tie in ties:
                self._versions.check_removal("tie", self._tie_name(conn, tie), tie, meta[tie.id],  # type: ignore[index]
                                             as_added.get(tie.id))
            rows.delete_ties(conn, ids)
        self._announce("tie", "removed", tuple(ids))
        return ties

    # -- clusters --------------------------------------------------------------------------

    def add_cluster(self, cluster: Cluster) -> Cluster:
        cluster = rules.normalised_cluster(cluster)
        with self._edit() as conn:
            rules.check_cluster(cluster, self._actor_ids(conn))
            cluster_id = rows.insert_cluster(conn, cluster, self._versions.stamp())
        added = cluster.with_changes(id=cluster_id, version=cluster.version + 1)
        self._versions.wrote("cluster", added, added.version)
        self._announce("cluster", "added", (cluster_id,))
        return added

    def update_cluster(self, cluster: Cluster) -> Cluster:
        return self.revise(cluster).before

    def remove_cluster(self, cluster_id: int, expected: Cluster | None = None) -> Cluster:
        """Dissolve a cluster; undo of its creation passes `expected` (the cluster as added)."""
        with self._edit() as conn:
            previous = rows.read_clusters(conn, [cluster_id])
            if not previous:
                if self.shared and self._versions.knows("cluster", cluster_id):
                    raise self._versions.removed("cluster", cluster_id)
                raise InvalidEditError(tr("Errors", "there is no cluster with id {0}").format(cluster_id))
            meta = rows.read_meta(conn, rows.K, [cluster_id])
            self._versions.check_removal("cluster", previous[0].name, previous[0], meta[cluster_id], expected)
            rows.delete_clusters(conn, [cluster_id])
        self._announce("cluster", "removed", (cluster_id,))
        return previous[0]

    # -- whole maps --------------------------------------------------------------------------

    def apply_import(self, plan: ImportPlan, source: Source | None = None) -> MapState:
        """Carry out an import plan in one transaction (all or nothing); returns the map as it
        was before, which `restore_map` puts back (undo). `source` (the file) is added to the
        provenance of every actor and tie the file names, new or already there."""
        before = self.state()
        if source is not None:
            plan = _with_source(plan, source)
        catalogues = {kind: list(entries) + plan.new_entries.get(kind, []) for kind, entries in
                      before.catalogues.items()}
        for actor in plan.new_actors + [after for _, after in plan.updated_actors]:
            rules.check_actor(actor, catalogues)
        if plan.info is not None:
            self._check_info(plan.info)
        info = None
        with self._edit() as conn:
            stamp = self._versions.stamp()
            self._check_plan(conn, plan)
            for kind in plan.new_entries:
                rows.write_catalogue(conn, kind, catalogues[kind])
            if plan.removed_ties:
                rows.delete_ties(conn, [t.id for t in plan.removed_ties if t.id is not None])
            if plan.removed_actors:
                rows.delete_actors(conn, [a.id for a in plan.removed_actors if a.id is not None])
            new_ids = rows.insert_actors(conn, [a.with_changes(id=None, version=0) for a in plan.new_actors], stamp)
            placeholder = {a.id: i for a, i in zip(plan.new_actors, new_ids)}
            for now, after in plan.updated_actors:
                version, authors = self._stored_version(conn, rows.A, now, after, stamp)
                if not rows.update_actor(conn, after, stamp, version, authors):
                    raise ConflictError("actor", now.name, [], mine=after, theirs=now)
            actor_ids = self._actor_ids(conn)
            ties = [t.with_changes(source=placeholder.get(t.source, t.source),
                                   target=placeholder.get(t.target, t.target), version=0) for t in plan.new_ties]
            for tie in ties + [after for _, after in plan.updated_ties]:
                rules.check_tie(tie, actor_ids, catalogues)
            rows.insert_ties(conn, ties, stamp)
            for now_tie, after_tie in plan.updated_ties + _named_again(plan, source):
                version, authors = self._stored_version(conn, rows.T, now_tie, after_tie, stamp)
                if not rows.update_tie(conn, after_tie, stamp, version, authors):
                    raise ConflictError("tie", self._tie_name(conn, now_tie), [], mine=after_tie, theirs=now_tie)
            for cluster in plan.new_clusters:
                members = tuple(placeholder.get(m, m) for m in cluster.members)
                rules.check_cluster(cluster.with_changes(members=members), actor_ids)
                rows.insert_cluster(conn, cluster.with_changes(members=members, version=0), stamp)
            removed_ids = {a.id for a in plan.removed_actors}
            for now_cluster, cluster in plan.updated_clusters:
                members = tuple(placeholder.get(m, m) for m in cluster.members if m not in removed_ids)
                after_cluster = cluster.with_changes(members=members)
                rules.check_cluster(after_cluster, actor_ids)
                version, authors = self._stored_version(conn, rows.K, now_cluster, after_cluster, stamp)
                if not rows.update_cluster(conn, after_cluster, stamp, version, authors):
                    raise ConflictError("cluster", now_cluster.name, [], mine=cluster, theirs=now_cluster)
            if plan.info is not None:  # as set_info: another user's change of other facts is kept
                info = self._versions.check_info(plan.info, rows.read_info(conn))
                rows.write_info(conn, info)
        self._catalogues = None
        if info is not None:
            self._versions.saw_info(info)
            self._announce("info", "updated")
        self._announce("map", "replaced")
        return before

    @staticmethod
    def _stored_version(conn: Connection, table: object, now: Actor | Tie | Cluster, after: Actor | Tie | Cluster,
                        stamp: rows.Stamp) -> tuple[int, dict[str, object]]:
        """The stored version of an imported row, and its authors once the import changed it."""
        meta = rows.read_meta(conn, table, [now.id] if now.id is not None else []).get(now.id)  # type: ignore[arg-type]
        if meta is None:
            return -1, {}
        return meta.version, rows.credit(meta, changed_attributes(now, after), stamp)

    def _check_plan(self, conn: Connection, plan: ImportPlan) -> None:
        """An import was planned on the map as it was; refuse it when another user has changed
        what it would update or remove since."""
        checks: list[tuple[str, object, list[Actor] | list[Tie]]] = [
            ("actor", rows.A, [now for now, _ in plan.updated_actors] + list(plan.removed_actors)),
            ("tie", rows.T, [now for now, _ in plan.updated_ties] + list(plan.removed_ties)),
        ]
        for what, table, planned in checks:
            ids = [p.id for p in planned if p.id is not None]
            meta = rows.read_meta(conn, table, ids)  # type: ignore[arg-type]
            stored = {x.id: x for x in (rows.read_actors(conn, ids) if what == "actor" else rows.read_ties(conn, ids))}
            for item in planned:
                name = item.name if isinstance(item, Actor) else self._tie_name(conn, item)
                self._versions.check_unchanged(what, name, item, stored.get(item.id), meta.get(item.id))  # type: ignore[arg-type]

    def _check_restorable(self, conn: Connection, state: MapState) -> dict[tuple[str, int], int]:
        """Undoing a whole-map change must not wipe out what another user did since. Returns the
        stored version of every row, so the restored rows get newer ones."""
        versions: dict[tuple[str, int], int] = {}
        changes: list[tuple[str, object, object]] = []
        by = ""
        for what, table, items in (("actor", rows.A, state.actors), ("tie", rows.T, state.ties),
                                   ("cluster", rows.K, state.clusters)):
            expected = {i.id: i.version for i in items}
            query = select(table.c.id, table.c.version, table.c.edit_session, table.c.changed_by)  # type: ignore[attr-defined]
            for row in conn.execute(query):
                versions[(what, row.id)] = row.version
                if row.edit_session != self._versions.session and expected.get(row.id) not in (row.version, 0):
                    changes.append((f"{what} #{row.id}", "added" if row.id not in expected else "changed", None))
                    by = by or row.changed_by
        if changes:
            raise ConflictError("map", rows.read_info(conn).name, changes, mine=state, by=by)
        return versions

    def restore_map(self, state: MapState) -> None:
        """Make the live map exactly `state` (actors, ties, clusters, catalogues), ids included.
        Raises ConflictError when another user changed the map since `state` was read."""
        with self._edit() as conn:
            versions = self._check_restorable(conn, state)
            conn.execute(delete(rows.M))
            conn.execute(delete(rows.K))
            conn.execute(delete(rows.T))
            conn.execute(delete(rows.C))
            conn.execute(delete(rows.A))
            for kind, entries in state.catalogues.items():
                rows.write_catalogue(conn, kind, entries)
            stamp = self._versions.stamp()

            def newer(what: str, item: Item) -> Item:
                return item.with_changes(version=max(item.version, versions.get((what, item.id), 0)))  # type: ignore[arg-type, return-value]

            rows.insert_actors(conn, [newer("actor", a) for a in state.actors], stamp)
            rows.insert_ties(conn, [newer("tie", t) for t in state.ties], stamp)
            for cluster in state.clusters:
                rows.insert_cluster(conn, newer("cluster", cluster), stamp)
        self._catalogues = None
        self._announce("map", "replaced")

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

        def matches(contact: dict[str, str] | None) -> bool:
            return bool(contact) and rules.name_key(str(contact.get("name", ""))) == wanted  # type: ignore[union-attr]

        places: list[str] = []
        with self._edit() as conn:
            ids = [a.id for a in rows.read_actors(conn) if a.contact is not None and a.id is not None
                   and matches({"name": a.contact.name})]
            if ids:
                conn.execute(delete(rows.C).where(rows.C.c.actor_id.in_(ids)))
                rows.touch(conn, rows.A, ids, self._versions.stamp(), "contact")  # type: ignore[arg-type]
                places.append("map")
            for snapshot_id, label, content in conn.execute(select(S.c.id, S.c.label, S.c.content)).all():
                hits = [a for a in content.get("actors", []) if matches(a.get("contact"))]
                if hits:
                    for actor in hits:
                        actor["contact"] = None
                    conn.execute(update(S).where(S.c.id == snapshot_id).values(content=content))
                    places.append(label)
            if not places:  # raised inside the transaction, so nothing is written
                raise InvalidEditError(tr("Errors", "no contact person named {0!r} on the map or in any snapshot")
                                       .format(name))
        self._announce("map", "replaced")
        try:
            self._purge_freed_space()
        except StorageError as exc:  # the erasure itself is committed: a warning, not a failure
            raise CompactionFailedError(self.location, name, places, problem_words(exc.problem)) from exc
        return places

    def _purge_freed_space(self) -> None:
        """Rewrite the storage so deleted rows leave no bytes behind. A file: VACUUM rebuilds it.
        PostgreSQL: VACUUM FULL rewrites the two tables that held the person (it needs the tables'
        owner; the server's write-ahead log and backups are the database administrators' to expire)."""
        with self._database_errors(), self._db.engine.connect() as conn:
            if self.shared:
                conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                conn.exec_driver_sql("VACUUM FULL contact_person, snapshot")
            else:
                conn.exec_driver_sql("VACUUM")

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
            raise InvalidEditError(tr("Errors", "a snapshot needs a label"))
        rules.check_text(tr("Errors", "the snapshot's label"), label, name=True)
        rules.check_text(tr("Errors", "the snapshot's note"), note)
        taken_on = taken_on or date.today()
        with self._edit() as conn:
            if conn.execute(select(S.c.id).where(S.c.label == label)).first() is not None:
                raise InvalidEditError(tr("Errors", "a snapshot labelled {0!r} exists already").format(label))
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
            raise InvalidEditError(tr("Errors", "a snapshot needs a label"))
        rules.check_text(tr("Errors", "the snapshot's label"), new_label, name=True)
        with self._edit() as conn:
            snapshot_id = conn.execute(select(S.c.id).where(S.c.label == label)).scalar()
            if snapshot_id is None:
                raise SnapshotNotFoundError(label, [s.label for s in self.snapshots()])
            clash = conn.execute(select(S.c.id).where(S.c.label == new_label)).scalar()
            if clash is not None and clash != snapshot_id:
                raise InvalidEditError(tr("Errors", "a snapshot labelled {0!r} exists already").format(new_label))
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
