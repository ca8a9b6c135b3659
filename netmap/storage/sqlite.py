"""The embedded back end: a project is one SQLite file (`*.netmap`)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from netmap.errors import NotAProjectError
from netmap.i18n import tr

__all__ = ["backup_file", "check_file", "sqlite_engine"]

_SQLITE_MAGIC = b"SQLite format 3\x00"


def sqlite_engine(path: Path, read_only: bool) -> Engine:
    if read_only:
        # mode=ro: SQLite itself refuses every write, so a read-only viewer cannot change the file.
        engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(f"file:{path}?mode=ro", uri=True))
    else:
        engine = create_engine(f"sqlite:///{path}")

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
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    return engine


def check_file(path: Path, *, create: bool, read_only: bool) -> None:
    """Refuse what cannot be a project file before SQLite touches it."""
    if not path.exists():
        if not create or read_only:
            raise NotAProjectError(str(path), tr("Errors", "the file does not exist"))
        if not path.parent.exists():
            raise NotAProjectError(str(path), tr("Errors", "its folder does not exist"))
        return
    if path.stat().st_size == 0:
        return
    with path.open("rb") as f:
        if f.read(16) != _SQLITE_MAGIC:
            raise NotAProjectError(str(path), tr("Errors", "the file is not a database"))


def backup_file(path: Path, revision: str) -> None:
    """Copy the file beside itself (`NAME.netmap.bak-REV`) before its schema is migrated."""
    shutil.copy2(path, path.with_name(f"{path.name}.bak-{revision}"))
