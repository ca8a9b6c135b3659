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
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from netmap.errors import NotAProjectError, SchemaTooNewError, ServerUnavailableError
from netmap.i18n import tr
from netmap.location import FileLocation, Location, ServerLocation, parse_location
from netmap.storage import identity, postgres, sqlite

__all__ = ["Database", "discard_project", "open_database", "project_exists", "rename_project", "schema_head",
           "server_projects"]


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
    return identity.alembic_config()


def schema_head() -> str:
    """The newest schema revision this version of NetMap knows."""
    return identity.schema_head()


def open_database(location: str | Path | Location, *, read_only: bool = False, create: bool = False,
                  initialise: Callable[[Connection], None] | None = None) -> Database:
    """Open (and if allowed create) the database at `location`, migrating it to the current schema.

    A project of a newer schema is refused before anything is written; an older one is backed up
    first (a file beside itself, `NAME.netmap.bak-REV`; on PostgreSQL a schema `NAME.bak-REV`) and
    then migrated in one transaction. A new project gets its tables and what `initialise` writes in
    one transaction too; a new file appears under its name only when it is complete.
    """
    where = parse_location(location)
    if isinstance(where, ServerLocation):
        return _open_server(where, read_only=read_only, create=create, initialise=initialise)
    return _open_file(where.path, read_only=read_only, create=create, initialise=initialise)


def _open_file(path: Path, *, read_only: bool, create: bool,
               initialise: Callable[[Connection], None] | None) -> Database:
    shown = str(path)
    with sqlite.file_errors(shown):
        header = sqlite.check_file(path, create=create, read_only=read_only)
        if header is None:
            _create_file(path, initialise)
            header = sqlite.FileHeader(sqlite.APPLICATION_ID, wal=False)
        if read_only:
            return _open_file_read_only(path, header)
        engine = sqlite.sqlite_engine(path, False)
        try:
            with engine.connect() as conn:
                revision = identity.recognise(conn, header, shown)
            stamped = header.application_id == sqlite.APPLICATION_ID
            if revision != schema_head() or not stamped:
                engine.dispose()  # the upgrade needs the file to itself
                if revision != schema_head():
                    sqlite.remove_leftovers(path)
                    sqlite.backup_file(path, revision)
                _upgrade_file(path, shown)
        except BaseException:
            engine.dispose()
            raise
    return Database(engine, shown, read_only, "sqlite")


def _open_file_read_only(path: Path, header: sqlite.FileHeader) -> Database:
    """Read a project without writing a byte of it. An older schema, or a hot journal left by a
    crash (which only a writer may roll back), is read through a private copy instead."""
    engine = sqlite.sqlite_engine(path, True)
    try:
        with engine.connect() as conn:
            revision = identity.recognise(conn, header, str(path))
    except DBAPIError as exc:
        engine.dispose()
        if not sqlite.is_hot_journal(exc):
            raise
        return _open_private_copy(path, header, recover=True)
    except BaseException:
        engine.dispose()
        raise
    if revision != schema_head():
        engine.dispose()
        return _open_private_copy(path, header, recover=False)
    return Database(engine, str(path), True, "sqlite")


def _open_private_copy(path: Path, header: sqlite.FileHeader, *, recover: bool) -> Database:
    """Read a project through a private copy in a temporary folder, brought up to date there (its
    crash journal rolled back, its schema migrated); the file itself is not touched.

    A read-only viewer (another user has the file open, or `netmap analyze` on last year's file)
    must never write, yet the code reads only the current schema of a consistent file.
    """
    folder = Path(tempfile.mkdtemp(prefix="netmap-readonly-"))
    copy = folder / "project.netmap"
    try:
        sqlite.copy_with_journal(path, copy, journal=recover)
        engine = sqlite.sqlite_engine(copy, False)
        try:
            with engine.connect() as conn:
                revision = identity.recognise(conn, header, str(path))
        finally:
            engine.dispose()
        if revision != schema_head() or header.application_id != sqlite.APPLICATION_ID:
            _upgrade_file(copy, str(path))
        engine = sqlite.sqlite_engine(copy, True)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Database(engine, str(path), True, "sqlite", cleanup=lambda: shutil.rmtree(folder, ignore_errors=True))


def _upgrade_file(path: Path, location: str) -> None:
    """Bring an identified project file to the current schema and stamp it as NetMap's, all in one
    transaction (DDL included): a kill at any moment leaves either the old file or the new one."""
    engine = sqlite.sqlite_engine(path, False, transactional_ddl=True)
    try:
        with engine.begin() as conn:
            _build_schema(conn)
            if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                raise NotAProjectError(location, tr("Errors", "the upgrade would break references between "
                                                              "its tables; the file was not changed"))
    finally:
        engine.dispose()


def _create_file(path: Path, initialise: Callable[[Connection], None] | None) -> None:
    """Build a new project file under a private name beside `path` (tables, application id and
    what `initialise` writes, in one transaction), then give it its name in one step."""
    sqlite.remove_leftovers(path)
    partial = sqlite.sibling_name(path, "new")
    engine = sqlite.sqlite_engine(partial, False, create=True, transactional_ddl=True)
    try:
        with engine.begin() as conn:
            _build_schema(conn)
            if initialise is not None:
                initialise(conn)
        engine.dispose()
        sqlite.publish_file(partial, path)
    finally:
        engine.dispose()
        partial.unlink(missing_ok=True)
        partial.with_name(partial.name + "-journal").unlink(missing_ok=True)


def _build_schema(conn: Connection) -> None:
    """Inside the caller's transaction: stamp the file as NetMap's and run the migrations."""
    conn.exec_driver_sql(f"PRAGMA application_id={sqlite.APPLICATION_ID}")
    config = _alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


@contextmanager
def _on_server(location: ServerLocation) -> Iterator[None]:
    """Database errors of a team project become one-line NetMap errors."""
    try:
        yield
    except DBAPIError as exc:
        raise postgres.server_error(location, exc) from None


def _open_server(location: ServerLocation, *, read_only: bool, create: bool,
                 initialise: Callable[[Connection], None] | None) -> Database:
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
                created = not exists
                if created:
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
            if created and initialise is not None:
                try:
                    with engine.begin() as conn:
                        initialise(conn)
                except BaseException:
                    discard_project(location)  # a half-made schema goes
                    raise
        except BaseException:
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


def _refuse_unknown(current: str | None, location: str) -> None:
    if current is None:
        return
    if current not in identity.known_revisions():
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
