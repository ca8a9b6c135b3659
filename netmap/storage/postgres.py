"""The team back end: a project is one schema of a PostgreSQL database.

Each project lives in its own schema, named after the project (`…/DB#Musterstadt` is the schema
"Musterstadt"); every connection of a project's engine sets `search_path` to that schema only, so
the tables, the migrations and Alembic's version table are exactly those of SQLite, unqualified.
Several projects share one database without seeing each other, and a project is created, renamed
(a demo is built under a temporary name, then renamed) or backed up as a whole schema.

Connections use psycopg 3. Passwords come from libpq's usual places (password file, PGPASSWORD).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from netmap.errors import AccessDeniedError, ServerUnavailableError
from netmap.location import ServerLocation
from netmap.storage.versions import who

__all__ = [
    "admin_engine", "backup_schema", "check_access", "drop_schema", "holders", "is_lock_timeout", "limit_lock_wait",
    "list_projects", "postgres_engine", "quote", "rename_schema", "schema_exists", "server_error",
]

_CONNECT_ARGS = {"connect_timeout": 10, "application_name": "NetMap",
                 # A computer that vanishes (network gone, laptop closed) is noticed within about a
                 # minute instead of the system's two hours.
                 "keepalives": 1, "keepalives_idle": 15, "keepalives_interval": 5, "keepalives_count": 3,
                 "tcp_user_timeout": 30_000}

APP_PREFIX = "NetMap "
"""application_name is "NetMap user@host": a colleague's edit that waits can name who holds the lock."""

LOCK_TIMEOUT_MS = 4_000
"""How long one edit waits for another's before it gives up (BlockedError): a few seconds, never minutes."""

IDLE_IN_TRANSACTION_MS = 15_000
"""The server ends a session that sits idle inside a transaction this long (a client stopped in the
middle of an edit, e.g. a laptop gone to sleep): its edit is not stored, and the others go on. A
NetMap edit never waits for the user inside a transaction, so only a stalled client hits this."""

_HOLDERS = text(
    "SELECT DISTINCT a.application_name, a.usename FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
    "WHERE l.granted AND l.mode = 'RowExclusiveLock' AND l.relation = 'project_info'::regclass "
    "AND l.pid <> pg_backend_pid()")


def quote(engine_or_conn: Engine | Connection, name: str) -> str:
    """`name` as a quoted SQL identifier (always quoted: project names may hold spaces and capitals)."""
    return engine_or_conn.dialect.identifier_preparer.quote_identifier(name)


def postgres_engine(location: ServerLocation, read_only: bool, editor: str | None = None) -> Engine:
    """The engine of one project: every connection sees only the project's schema, and names its
    user (`editor`, "user@host") to the server."""
    # pool_pre_ping: a desktop app keeps connections for hours; a server restart or a laptop that slept
    # must not turn the next edit into an error.
    args = dict(_CONNECT_ARGS)
    args["application_name"] = (APP_PREFIX + (editor or who()))[:63]  # the server keeps 63 bytes
    engine = create_engine(location.engine_url, connect_args=args, pool_pre_ping=True, pool_size=2, max_overflow=3)
    search_path = quote(engine, location.project)

    # insert=True: before SQLAlchemy's own first-connect set-up, which reads current_schema().
    @event.listens_for(engine, "connect", insert=True)
    def _configure(dbapi_connection: Any, _record: object) -> None:
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True  # a SET inside a transaction would be undone by its rollback
        cursor = dbapi_connection.cursor()
        cursor.execute("SELECT set_config('search_path', %s, false)", (search_path,))
        cursor.execute("SELECT set_config('idle_in_transaction_session_timeout', %s, false)",
                       (str(IDLE_IN_TRANSACTION_MS),))
        if read_only:
            # The server itself refuses every write of a read-only viewer.
            cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        cursor.close()
        dbapi_connection.autocommit = autocommit

    return engine


def admin_engine(location: ServerLocation) -> Engine:
    """A short-lived engine on the database itself (no search path), to create, find or drop projects."""
    return create_engine(location.engine_url, connect_args=dict(_CONNECT_ARGS), poolclass=NullPool)


def server_error(location: ServerLocation, exc: DBAPIError) -> ServerUnavailableError:
    """A one-line message for a refused or lost connection (never the password, never a traceback)."""
    first = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else exc.__class__.__name__
    return ServerUnavailableError(str(location), first)


def schema_exists(conn: Connection, name: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_namespace WHERE nspname = :n"), {"n": name}).first() is not None


def schema_tables(conn: Connection, name: str) -> list[str]:
    return list(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = :n ORDER BY tablename"),
                             {"n": name}).scalars())


def drop_schema(conn: Connection, name: str) -> None:
    conn.execute(text(f"DROP SCHEMA IF EXISTS {quote(conn, name)} CASCADE"))


def rename_schema(conn: Connection, old: str, new: str) -> None:
    conn.execute(text(f"ALTER SCHEMA {quote(conn, old)} RENAME TO {quote(conn, new)}"))


def backup_schema(conn: Connection, name: str, backup: str) -> None:
    """Copy every table of project `name` into the schema `backup` (replacing an older backup)."""
    drop_schema(conn, backup)
    conn.execute(text(f"CREATE SCHEMA {quote(conn, backup)}"))
    for table in schema_tables(conn, name):
        conn.execute(text(f"CREATE TABLE {quote(conn, backup)}.{quote(conn, table)} AS "
                          f"TABLE {quote(conn, name)}.{quote(conn, table)}"))


def list_projects(conn: Connection) -> list[str]:
    """The NetMap projects of a database: schemas with Alembic's version table, without backups and
    projects still being built."""
    names = conn.execute(text(
        "SELECT n.nspname FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid "
        "WHERE c.relname = 'alembic_version' AND c.relkind = 'r' ORDER BY n.nspname")).scalars()
    return [n for n in names if not n.startswith(".") and ".bak-" not in n]


def holders(conn: Connection) -> list[str]:
    """Who holds the project's edit lock now (the row lock on project_info): "user@host" of other
    NetMap sessions, else their database user."""
    names = []
    for application, user in conn.execute(_HOLDERS):
        app = application or ""
        names.append(app[len(APP_PREFIX):] if app.startswith(APP_PREFIX) else (user or app))
    return [n for n in dict.fromkeys(names) if n]


def limit_lock_wait(conn: Connection) -> None:
    """Within this transaction, wait at most LOCK_TIMEOUT_MS for a lock (then SQLSTATE 55P03)."""
    conn.execute(text("SELECT set_config('lock_timeout', :ms, true)"), {"ms": str(LOCK_TIMEOUT_MS)})


def is_lock_timeout(exc: DBAPIError) -> bool:
    return getattr(exc.orig, "sqlstate", None) == "55P03"


def check_access(conn: Connection, location: ServerLocation, *, exists: bool) -> None:
    """Refuse at once, naming the missing grant, what the server would refuse later in a
    confusing way (an unusable schema looks empty, as if it needed an upgrade): using an existing
    project needs USAGE on its schema, creating one CREATE on the database."""
    role, database = conn.execute(text("SELECT current_user, current_database()")).one()
    if exists:
        if not conn.execute(text("SELECT has_schema_privilege(:n, 'USAGE')"), {"n": location.project}).scalar():
            raise AccessDeniedError(str(location), role, f"GRANT USAGE ON SCHEMA {quote(conn, location.project)} "
                                                         f"TO {quote(conn, role)}", create=False)
    elif not conn.execute(text("SELECT has_database_privilege(current_database(), 'CREATE')")).scalar():
        server = str(location).rpartition("#")[0]  # not the project: it may be a stand-in being built
        raise AccessDeniedError(server, role, f"GRANT CREATE ON DATABASE {quote(conn, database)} TO "
                                              f"{quote(conn, role)}", create=True)
