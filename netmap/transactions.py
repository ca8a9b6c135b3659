"""The transactions and change notices of one open project.

Every edit is one transaction (`edit()`), or joins the running `batch()`; listeners hear of it
once it is stored, never before and never when it is not. On a server the first statement of
each edit counts the project's revision, whose row lock puts concurrent edits one after the
other. Database errors become NetMap's one-line errors here, in one place. `Project` (rules and
edit operations) and `netmap.whole_map` (imports and their undo) both edit through this.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError

from netmap.changes import Action, Change, Listener, Subject
from netmap.domain import CatalogueEntry, CatalogueKind
from netmap.errors import BlockedError, ConflictError, InvalidEditError, ReadOnlyError, ServerUnavailableError
from netmap.i18n import tr
from netmap.storage import personal, postgres, rows, sqlite
from netmap.storage.database import Database
from netmap.storage.versions import VersionTracker

__all__ = ["Transactions"]


class Transactions:
    """Transactions, change notices and what this session has seen of the project."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.versions = VersionTracker()
        self._listeners: list[Listener] = []
        self._batch: Connection | None = None
        self._held_back: list[Change] = []
        self._catalogues: dict[CatalogueKind, list[CatalogueEntry]] | None = None
        self._known_revision = 0  # the revision this session last saw (`saw_revision`)
        self._outside_edit = False

    def saw_revision(self, revision: int) -> None:
        """The project's revision as read on opening: later edits count from it."""
        self._known_revision = revision

    @property
    def location(self) -> str:
        return self.database.location

    @property
    def shared(self) -> bool:
        return self.database.backend == "postgresql"

    # -- change notices ----------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def announce(self, what: Subject, action: Action, ids: tuple[int, ...] = ()) -> None:
        change = Change(what, action, ids)
        if self._batch is not None:  # told once the batch is stored, never if it is not
            self._held_back.append(change)
            return
        for listener in list(self._listeners):
            listener(change)

    # -- transactions ------------------------------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several edits as one transaction: all of them are stored, or none (see Project.batch)."""
        if self._batch is not None:
            yield
            return
        try:
            with self.edit() as conn:
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
            self.announce(change.what, change.action, change.ids)

    @contextmanager
    def edit(self) -> Iterator[Connection]:
        """One edit = one transaction, committed when the block ends (nothing is left unsaved).

        The revision is counted first: on a server its row lock makes concurrent edits wait for
        each other, so each edit sees everything committed before it. Inside `batch()` every
        edit joins the batch's transaction."""
        if self.database.read_only:
            raise ReadOnlyError(self.location)
        if self._batch is not None:
            yield self._batch
            return
        with self.database_errors(), self.database.engine.begin() as conn:
            if self.shared:
                postgres.limit_lock_wait(conn)
            revision = rows.bump_revision(conn)
            yield conn
        if revision is not None:
            if revision != self._known_revision + 1:
                self._outside_edit = True  # someone else edited since we last looked
            self._known_revision = revision

    @contextmanager
    def read(self) -> Iterator[Connection]:
        assert self.database.reader is not None
        with self.database_errors(), self.database.reader.connect() as conn:
            yield conn

    @contextmanager
    def database_errors(self) -> Iterator[None]:
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
            with self.database.engine.connect() as conn:
                return postgres.holders(conn)
        except DBAPIError:
            return []

    def purge_freed_space(self) -> None:
        """Rewrite the storage so that deleted rows leave no bytes behind (personal.py)."""
        with self.database_errors():
            personal.purge_freed_space(self.database.engine)

    # -- what this session has seen ----------------------------------------------------------

    def catalogues(self) -> dict[CatalogueKind, list[CatalogueEntry]]:
        """The catalogues, read once and kept until an edit or another user changes them."""
        if self._catalogues is None:
            with self.read() as conn:
                self._catalogues = rows.read_catalogues(conn)
            self.versions.saw_catalogues(self._catalogues)
        return self._catalogues

    def forget_catalogues(self) -> None:
        self._catalogues = None

    def revision(self) -> int:
        """A counter that grows with every edit, from any process: cheap to poll for changes."""
        with self.read() as conn:
            return rows.read_revision(conn)

    def has_external_changes(self) -> bool:
        return self._outside_edit or self.revision() != self._known_revision

    def catch_up(self) -> bool:
        """Take note of other users' changes (Project.poll); returns whether there were any."""
        revision = self.revision()
        if not self._outside_edit and revision == self._known_revision:
            return False
        self._known_revision = revision
        self._outside_edit = False
        self._catalogues = None
        self.announce(Subject.MAP, Action.REPLACED)
        return True
