"""Opening a project's database: the engine, its settings and the schema migrations.

Every project location passes through `open_database`, so there is one place that decides
how a project is stored.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect

from netmap.errors import NotAProjectError, SchemaTooNewError

__all__ = ["Database", "open_database", "schema_head"]

_MIGRATIONS = Path(__file__).with_name("migrations")
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Database:
    engine: Engine
    location: str
    read_only: bool


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def schema_head() -> str:
    """The newest schema revision this version of NetMap knows."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _sqlite_engine(path: Path, read_only: bool) -> Engine:
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


def _check_sqlite_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as f:
        if f.read(16) != _SQLITE_MAGIC:
            raise NotAProjectError(str(path), "the file is not a database")


def open_database(location: str | Path, *, read_only: bool = False, create: bool = False) -> Database:
    """Open (and if allowed create) the database at `location`, migrating it to the current schema.

    A file of a newer schema is refused before anything is written; an older one is backed up
    beside itself (`NAME.netmap.bak-REV`) and then migrated.
    """
    path = Path(location)
    if not path.exists():
        if not create:
            raise NotAProjectError(str(path), "the file does not exist")
        if read_only:
            raise NotAProjectError(str(path), "the file does not exist")
        if not path.parent.exists():
            raise NotAProjectError(str(path), "its folder does not exist")
    _check_sqlite_file(path)
    engine = _sqlite_engine(path, read_only)
    try:
        current = _current_revision(engine, str(path))
        _refuse_unknown(current, str(path))
        if current != schema_head():
            if read_only:
                raise NotAProjectError(str(path), "it needs an upgrade, which is impossible read-only")
            if current is not None:
                shutil.copy2(path, path.with_name(f"{path.name}.bak-{current}"))
            _upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return Database(engine, str(path), read_only)


def _current_revision(engine: Engine, location: str) -> str | None:
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if "alembic_version" not in tables:
                if tables:
                    raise NotAProjectError(location, "it holds tables of another program")
                return None
            return MigrationContext.configure(conn).get_current_revision()
    except NotAProjectError:
        raise
    except Exception as exc:  # sqlite3.DatabaseError for damaged files, wrapped by SQLAlchemy
        raise NotAProjectError(location, f"the database cannot be read ({exc.__class__.__name__})") from exc


def _refuse_unknown(current: str | None, location: str) -> None:
    if current is None:
        return
    script = ScriptDirectory.from_config(_alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise SchemaTooNewError(location, current, schema_head())


def _upgrade(engine: Engine) -> None:
    config = _alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
