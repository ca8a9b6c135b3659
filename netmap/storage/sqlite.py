"""The embedded back end: a project is one SQLite file (`*.netmap`).

Decisions recorded here:
- A file is opened through a `file:` URI built from the absolute path with every special character
  percent-escaped (never `sqlite:///{path}`): names such as `Plan?v2.netmap`, `Team #3.netmap` or
  `a%3fb.netmap` must reach that very file, not `Plan`, `Team ` or `a?b.netmap`. The mode is explicit
  (`ro`, `rw`, `rwc`), so an open that must not create a file cannot create one.
- A NetMap file carries NetMap's `PRAGMA application_id` in its header. The header is read as bytes
  before SQLite opens the file, so another program's database is refused without a single byte of
  it changing (not even a journal-mode switch).
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from netmap.errors import FileProblem, NotAProjectError, StorageError
from netmap.i18n import tr

__all__ = ["APPLICATION_ID", "FileHeader", "backup_file", "check_file", "copy_with_journal", "file_errors", "file_uri",
           "is_hot_journal", "publish_file", "remove_leftovers",
           "sibling_name", "sqlite_engine", "storage_error"]

_SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100

APPLICATION_ID = 0x4E4D4150
"""`PRAGMA application_id` of every NetMap file ("NMAP"): what tells a NetMap file from any other
SQLite database. Files of NetMap versions before it was introduced carry 0 and are recognised by their
schema, then stamped (storage/identity.py)."""


@dataclass(frozen=True)
class FileHeader:
    """What the first 100 bytes of an SQLite file say (SQLite's file format, section 1.3)."""

    application_id: int
    wal: bool  # write/read versions 2: the file is in WAL mode, which NetMap never uses


def file_uri(path: Path, mode: str) -> str:
    """An SQLite `file:` URI naming exactly `path` (`mode`: ro, rw or rwc).

    The authority stays empty ("file://" + an absolute path), so a Windows share `\\\\server\\share\\x`
    becomes `file:////server/share/x`, which SQLite opens as that UNC path."""
    absolute = Path(os.path.abspath(path)).as_posix()
    if not absolute.startswith("/"):
        absolute = "/" + absolute  # C:/… on Windows
    return f"file://{quote(absolute, safe='/:')}?mode={mode}"


def sqlite_engine(path: Path, read_only: bool, *, create: bool = False, transactional_ddl: bool = False) -> Engine:
    """An engine on the project file `path`.

    `transactional_ddl`: every transaction starts with BEGIN IMMEDIATE issued by NetMap, so schema
    changes (CREATE/ALTER TABLE) are inside it too. pysqlite on its own opens a transaction only before
    INSERT/UPDATE/DELETE and lets DDL commit on its own, so a kill during an upgrade would leave half of
    it in the file. Only creation and upgrades use it; ordinary edits keep the default engine.
    """
    mode = "ro" if read_only else ("rwc" if create else "rw")
    uri = file_uri(path, mode)

    def connect() -> sqlite3.Connection:
        # check_same_thread=False as SQLAlchemy's own file engines: its QueuePool hands a connection
        # to whichever thread asks next.
        if transactional_ddl:
            return sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    # The URL only tells SQLAlchemy that this is a file database (pool and dialect); `connect` opens it.
    engine = create_engine(URL.create("sqlite", database=os.path.abspath(path)), creator=connect)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        if not read_only:
            # Rollback journal (DELETE), not WAL: town halls keep projects on SMB shares, and WAL
            # needs shared memory between all readers, which network file systems do not provide
            # (SQLite's documentation: WAL does not work over a network filesystem). The rollback
            # journal with synchronous=FULL survives a crash or power loss at any moment.
            cursor.execute("PRAGMA journal_mode=DELETE")
            cursor.execute("PRAGMA synchronous=FULL")
            # Freed pages are zeroed, so erased personal data leaves no bytes behind in the file.
            cursor.execute("PRAGMA secure_delete=ON")
        # An upgrade that rebuilds a table (copy, drop, rename) must not cascade the drop into the
        # rows that refer to it; the upgrade checks the foreign keys itself before it commits.
        cursor.execute("PRAGMA foreign_keys=OFF" if transactional_ddl else "PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    if transactional_ddl:
        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def check_file(path: Path, *, create: bool, read_only: bool) -> FileHeader | None:
    """Refuse what cannot be a project file before SQLite touches it; the header of an existing
    database, None when the file is still to be created."""
    if not path.exists():
        if not create or read_only:
            raise NotAProjectError(str(path), tr("Errors", "the file does not exist"))
        if not path.parent.exists():
            raise NotAProjectError(str(path), tr("Errors", "its folder does not exist"))
        return None
    with path.open("rb") as f:
        header = f.read(_HEADER_SIZE)
    if not header:
        raise NotAProjectError(str(path), tr("Errors", "the file is empty"))
    if header[:16] != _SQLITE_MAGIC:
        raise NotAProjectError(str(path), tr("Errors", "the file is not a database"))
    if len(header) < _HEADER_SIZE:
        raise NotAProjectError(str(path), tr("Errors", "the database cannot be read ({0})").format("header"))
    result = FileHeader(int.from_bytes(header[68:72], "big"), header[18] == 2 or header[19] == 2)
    if result.application_id not in (0, APPLICATION_ID) or result.wal:
        raise NotAProjectError(str(path), tr("Errors", "it is a database of another program"))
    return result


def sibling_name(path: Path, purpose: str) -> Path:
    """A private file name beside `path` (same folder, so it can be renamed into place)."""
    return path.with_name(f".{path.name}.{purpose}-{os.getpid()}-{uuid.uuid4().hex[:8]}")


def remove_leftovers(path: Path) -> None:
    """Remove the private files a killed creation or backup left beside `path` (`.NAME.new-…`,
    `.NAME.bak-…` and their journals). Called while holding the project's lock, so no one else is
    building these files now."""
    for purpose in ("new", "bak"):
        for leftover in path.parent.glob(f".{glob.escape(path.name)}.{purpose}-*"):
            with contextlib.suppress(OSError):
                leftover.unlink()


def publish_file(finished: Path, target: Path) -> None:
    """Give the finished file `finished` the name `target` in one step, never replacing a file that
    appeared meanwhile: a hard link fails when the name exists. Where the file system has no hard
    links (some shares), a rename after a last check."""
    _sync(finished)
    try:
        os.link(finished, target)
    except FileExistsError:
        raise NotAProjectError(str(target), tr("Errors", "a file of that name already exists")) from None
    except OSError:
        if target.exists():
            raise NotAProjectError(str(target), tr("Errors", "a file of that name already exists")) from None
        os.rename(finished, target)  # on Windows, rename itself refuses an existing name
        return
    finished.unlink()


def backup_file(path: Path, revision: str) -> None:
    """Copy the file beside itself (`NAME.netmap.bak-REV`) before its schema is migrated; the copy
    gets its name only when it is complete, so a kill never leaves half a backup under that name."""
    target = path.with_name(f"{path.name}.bak-{revision}")
    partial = sibling_name(path, "bak")
    try:
        with path.open("rb") as source, partial.open("wb") as copy:
            while chunk := source.read(1 << 20):
                copy.write(chunk)
        shutil.copystat(path, partial)
        _sync(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def is_hot_journal(exc: BaseException) -> bool:
    """Did a read-only open fail only because a crash left a journal that a writer must roll back?"""
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlite_errorcode", None) == sqlite3.SQLITE_READONLY_ROLLBACK


def copy_with_journal(path: Path, copy: Path, *, journal: bool) -> None:
    """Copy a project (with its crash journal, when asked, so that opening the copy rolls the
    interrupted transaction back there, as SQLite would in the file itself)."""
    shutil.copyfile(path, copy)
    hot = path.with_name(path.name + "-journal")
    if journal and hot.exists():
        shutil.copyfile(hot, copy.with_name(copy.name + "-journal"))


_FULL = {sqlite3.SQLITE_FULL}
_WRITE_PROTECTED = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN}
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def storage_error(location: str, exc: BaseException) -> StorageError | None:
    """The one-line error for a failure of the file underneath (disk full, write-protected, damaged,
    unreadable), or None for anything else (a broken rule of the map is not the file's fault)."""
    orig = getattr(exc, "orig", exc)
    if isinstance(orig, OSError):
        if orig.errno in (errno.ENOSPC, errno.EDQUOT):
            return StorageError(location, FileProblem.FULL)
        if orig.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StorageError(location, FileProblem.WRITE_PROTECTED)
        return StorageError(location, FileProblem.UNREADABLE, orig.strerror or str(orig))
    if not isinstance(orig, sqlite3.Error):
        return None
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    detail = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if code == sqlite3.SQLITE_READONLY_ROLLBACK:  # a reader met a writer's crash journal
        return StorageError(location, FileProblem.UNREADABLE,
                            tr("Errors", "a crash left an unfinished change behind; open the project again"))
    if primary in _FULL:
        return StorageError(location, FileProblem.FULL)
    if primary in _WRITE_PROTECTED:
        return StorageError(location, FileProblem.WRITE_PROTECTED)
    if primary in _DAMAGED:
        return StorageError(location, FileProblem.DAMAGED, detail)
    if primary == sqlite3.SQLITE_IOERR:
        return StorageError(location, FileProblem.UNREADABLE, detail)
    return None


@contextmanager
def file_errors(location: str) -> Iterator[None]:
    """While a file is opened: failures of the file underneath become one-line StorageErrors, any
    other complaint of SQLite means the file cannot be a usable project (NetMap's own errors pass)."""
    try:
        yield
    except (OSError, sqlite3.Error, DBAPIError) as exc:
        error = storage_error(location, exc)
        if error is not None:
            raise error from exc
        if isinstance(exc, OSError):
            raise
        detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0:1] or [type(exc).__name__]
        raise NotAProjectError(location, tr("Errors", "the database cannot be read ({0})").format(detail[0])) from exc


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)  # Windows refuses fsync on a read-only handle
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
