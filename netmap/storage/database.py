"""Opening a project's database: the engine, its settings and the schema migrations.

Every project location passes through this module, so there is one place that decides how a
project is stored: a `*.netmap` file (SQLite, `sqlite.py`) or a project on a PostgreSQL server
(`postgres.py`). Both run the same tables and the same Alembic migrations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
import shutil
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from netmap.errors import NotAProjectError, SchemaTooNewError, ServerUnavailableError
from netmap.i18n import tr
from netmap.location import FileLocation, Location, ServerLocation, parse_location
from netmap.storage import postgres, sqlite

__all__ = ["Database", "discard_project", "open_database", "project_exists", "rename_project", "schema_head",
           "server_projects"]

_MIGRATIONS = Path(__file__).with_name("migrations")


@dataclass
class Database:
    """An open project database. `engine` writes; `reader` reads a whole map at one moment (on
    PostgreSQL in a repeatable-read transaction, since others may commit in between)."""

    engine: Engine
    location: str
    read_only: bool
    backend: str = "sqlite"  # or "postgresql"
    reader: Engine | None = None
    cleanup: Callable[[], None] | None = None

    def __post_init__(self) -> None:
        if self.reader is None:
            self.reader = self.engine

    def dispose(self) -> None:
        self.engine.dispose()
        if self.cleanup is not None:
            self.cleanup()
            self.cleanup = None


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def schema_head() -> str:
    """The newest schema revision this version of NetMap knows."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def open_database(location: str | Path | Location, *, read_only: bool = False, create: bool = False) -> Database:
    """Open (and if allowed create) the database at `location`, migrating it to the current schema.

    A project of a newer schema is refused before anything is written; an older one is backed up
    first (a file beside itself, `NAME.netmap.bak-REV`; on PostgreSQL a schema `NAME.bak-REV`) and
    then migrated in one transaction.
    """
    where = parse_location(location)
    if isinstance(where, ServerLocation):
        return _open_server(where, read_only=read_only, create=create)
    return _open_file(where.path, read_only=read_only, create=create)


def _open_file(path: Path, *, read_only: bool, create: bool) -> Database:
    sqlite.check_file(path, create=create, read_only=read_only)
    engine = sqlite.sqlite_engine(path, read_only)
    try:
        if read_only and _needs_upgrade(engine, str(path)):
            engine.dispose()
            return _open_upgraded_copy(path)
        _migrate(engine, str(path), read_only, backup=lambda revision: sqlite.backup_file(path, revision))
    except Exception:
        engine.dispose()
        raise
    return Database(engine, str(path), read_only, "sqlite")


def _needs_upgrade(engine: Engine, location: str) -> bool:
    current = _current_revision(engine, location)
    _refuse_unknown(current, location)
    return current != schema_head()


def _open_upgraded_copy(path: Path) -> Database:
    """Read an older project without changing it: a private copy is migrated and read instead.

    A read-only viewer (another user has the file open, or `netmap analyze` on last year's file)
    must never write, yet the code reads only the current schema.
    """
    folder = Path(tempfile.mkdtemp(prefix="netmap-readonly-"))
    copy = folder / path.name
    try:
        shutil.copy2(path, copy)
        writer = sqlite.sqlite_engine(copy, False)
        try:
            _migrate(writer, str(path), False, backup=lambda revision: None)
        finally:
            writer.dispose()
        engine = sqlite.sqlite_engine(copy, True)
    except Exception:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Database(engine, str(path), True, "sqlite", cleanup=lambda: shutil.rmtree(folder, ignore_errors=True))


@contextmanager
def _on_server(location: ServerLocation) -> Iterator[None]:
    """Database errors of a team project become one-line NetMap errors."""
    try:
        yield
    except DBAPIError as exc:
        raise postgres.server_error(location, exc) from None


def _open_server(location: ServerLocation, *, read_only: bool, create: bool) -> Database:
    shown = str(location)
    with _on_server(location):
        admin = postgres.admin_engine(location)
        try:
            with admin.begin() as conn:
                exists = postgres.schema_exists(conn, location.project)
                if not exists and (not create or read_only):
                    raise NotAProjectError(shown, tr("Errors", "the database holds no project of that name"))
                postgres.check_access(conn, location, exists=exists)
                if exists and not create and not postgres.schema_tables(conn, location.project):
                    raise NotAProjectError(shown, tr("Errors", "the project is empty"))
                if not exists:
                    conn.execute(text(f"CREATE SCHEMA {postgres.quote(conn, location.project)}"))
        finally:
            admin.dispose()
        engine = postgres.postgres_engine(location, read_only)
        try:
            def backup(revision: str) -> None:
                with engine.begin() as conn:
                    postgres.backup_schema(conn, location.project, f"{location.project}.bak-{revision}")

            def serialise(conn: Connection) -> None:
                # Two users opening an old project at once: the second waits, then finds it migrated.
                conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": location.project})

            _migrate(engine, shown, read_only, backup=backup, before_upgrade=serialise)
        except Exception:
            engine.dispose()
            raise
    reader = engine.execution_options(isolation_level="REPEATABLE READ")
    return Database(engine, shown, read_only, "postgresql", reader)


def _migrate(engine: Engine, location: str, read_only: bool, *, backup: Callable[[str], None],
             before_upgrade: Callable[[Connection], None] | None = None) -> None:
    current = _current_revision(engine, location)
    _refuse_unknown(current, location)
    if current == schema_head():
        return
    if read_only:
        raise NotAProjectError(location, tr("Errors", "it needs an upgrade, which is impossible read-only"))
    if current is not None:
        backup(current)
    config = _alembic_config()
    with engine.begin() as conn:
        if before_upgrade is not None:
            before_upgrade(conn)
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def _current_revision(engine: Engine, location: str) -> str | None:
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if "alembic_version" not in tables:
                if tables:
                    raise NotAProjectError(location, tr("Errors", "it holds tables of another program"))
                return None
            return MigrationContext.configure(conn).get_current_revision()
    except NotAProjectError:
        raise
    except Exception as exc:
        if engine.dialect.name != "sqlite":
            raise
        # sqlite3.DatabaseError for damaged files, wrapped by SQLAlchemy
        raise NotAProjectError(location, tr("Errors", "the database cannot be read ({0})")
                               .format(exc.__class__.__name__)) from exc


def _refuse_unknown(current: str | None, location: str) -> None:
    if current is None:
        return
    script = ScriptDirectory.from_config(_alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise SchemaTooNewError(location, current, schema_head())


# -- whole projects -------------------------------------------------------------------------


def project_exists(location: str | Path | Location) -> bool:
    """Is there a project (or, for a file, anything) at `location`?"""
    where = parse_location(location)
    if isinstance(where, FileLocation):
        return where.path.exists()
    with _on_server(where):
        admin = postgres.admin_engine(where)
        try:
            with admin.connect() as conn:
                return postgres.schema_exists(conn, where.project)
        finally:
            admin.dispose()


def discard_project(location: str | Path | Location) -> None:
    """Remove a project entirely (a half-built one; never called on a user's project by NetMap)."""
    where = parse_location(location)
    if isinstance(where, FileLocation):
        where.path.unlink(missing_ok=True)
        where.path.with_name(where.path.name + ".lock").unlink(missing_ok=True)
        return
    with _on_server(where):
        admin = postgres.admin_engine(where)
        try:
            with admin.begin() as conn:
                postgres.drop_schema(conn, where.project)
        finally:
            admin.dispose()


def rename_project(source: str | Path | Location, target: str | Path | Location) -> None:
    """Put a finished project in its place in one step (a file rename or a schema rename); refuses
    to replace an existing project on a server."""
    old, new = parse_location(source), parse_location(target)
    if isinstance(old, FileLocation) and isinstance(new, FileLocation):
        old.path.replace(new.path)
        return
    if not (isinstance(old, ServerLocation) and isinstance(new, ServerLocation)) or old.url != new.url:
        raise NotAProjectError(str(new), tr("Errors", "a project can only be renamed within its own database"))
    with _on_server(new):
        admin = postgres.admin_engine(new)
        try:
            with admin.begin() as conn:
                if postgres.schema_exists(conn, new.project):
                    raise NotAProjectError(str(new), tr("Errors", "a project of that name already exists"))
                postgres.rename_schema(conn, old.project, new.project)
        finally:
            admin.dispose()


def server_projects(location: str | ServerLocation) -> list[str]:
    """The names of the NetMap projects in the database of `location` (its `#PROJECT` is ignored), for
    an Open dialog."""
    where = parse_location(location if isinstance(location, ServerLocation) or "#" in location
                           else f"{location}#-")
    if not isinstance(where, ServerLocation):
        raise NotAProjectError(str(location), tr("Errors", "not a postgresql:// address"))
    try:
        with _on_server(where):
            admin = postgres.admin_engine(where)
            try:
                with admin.connect() as conn:
                    return postgres.list_projects(conn)
            finally:
                admin.dispose()
    except ServerUnavailableError as exc:  # named by the server's address, not the stand-in project
        raise ServerUnavailableError(str(where).rpartition("#")[0], exc.reason) from None
