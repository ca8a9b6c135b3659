"""Finding, locking and opening a project's storage, for `Project.create` and `Project.open`.

A project file is locked while one session writes it (lock.py); a project on a server has no
lock: that is team mode. Whatever fails while opening (or when the user interrupts), the lock is
released again, so a failed open never locks anyone out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection

from netmap.catalogues import default_catalogues
from netmap.domain import CatalogueEntry, CatalogueKind, ProjectInfo
from netmap.errors import NotAProjectError
from netmap.i18n import tr
from netmap.location import FileLocation, Location, ServerLocation, parse_location
from netmap.storage import rows
from netmap.storage.database import Database, open_database, project_exists
from netmap.storage.lock import ProjectLock

__all__ = ["create", "open_existing"]

Opened = TypeVar("Opened")
Make = Callable[[Database, ProjectLock | None], Opened]


def create(location: str | Path | Location, make: Make[Opened], *, info: ProjectInfo | None = None,
           catalogues: dict[CatalogueKind, list[CatalogueEntry]] | None = None) -> Opened:
    """A new project at `location` (refusing to overwrite anything) with `info` and the catalogues
    (default: the default ones), handed to `make` with its lock."""
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

    return _opened(lambda: open_database(where, create=True, initialise=initialise), lock, make)


def open_existing(location: str | Path | Location, make: Make[Opened], *, read_only: bool = False,
                  take_over: bool = False) -> Opened:
    """An existing project, handed to `make` with its lock (see `Project.open`)."""
    where = parse_location(location)
    lock = None
    if isinstance(where, FileLocation):
        if not where.path.exists():
            raise NotAProjectError(str(where), tr("Errors", "the file does not exist"))
        if not read_only:
            lock = ProjectLock(where.path)
            lock.acquire(take_over=take_over)
    return _opened(lambda: open_database(where, read_only=read_only), lock, make)


def _opened(opening: Callable[[], Database], lock: ProjectLock | None, make: Make[Opened]) -> Opened:
    """What `make` makes of the database `opening` opens, holding `lock`; on any failure the
    database is closed and the lock released again."""
    database = None
    try:
        database = opening()
        return make(database, lock)
    except BaseException:
        if database is not None:
            database.dispose()
        if lock is not None:
            lock.release()
        raise
