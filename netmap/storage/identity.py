"""Is an SQLite file a NetMap project, and of which schema revision?

NetMap writes only to files it has positively identified: a database that happens to have an
`actor` and an `alembic_version` table may belong to any program, and an upgrade would add NetMap's
columns to it. A NetMap file carries NetMap's `PRAGMA application_id` (sqlite.APPLICATION_ID).
Files of earlier versions have none; they are recognised by their schema instead: the tables and
columns must be exactly those that NetMap's migrations create up to the revision the file names.
Such a file is stamped with the application id when it is next opened for writing.
"""

from __future__ import annotations

from functools import lru_cache, cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine, text

from netmap.errors import NotAProjectError, SchemaTooNewError
from netmap.i18n import tr
from netmap.storage.sqlite import APPLICATION_ID, FileHeader

__all__ = ["alembic_config", "known_revisions", "recognise", "reference_schema", "schema_head"]

_MIGRATIONS = Path(__file__).with_name("migrations")

Schema = dict[str, frozenset[str]]


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    """The migration scripts, read once per process (they do not change while NetMap runs)."""
    return ScriptDirectory.from_config(alembic_config())


def schema_head() -> str:
    """The newest schema revision this version of NetMap knows."""
    head = _scripts().get_current_head()
    assert head is not None
    return head


def _base_revision() -> str:
    """The first schema revision (the tables every NetMap file has)."""
    base = _scripts().get_base()
    assert base is not None
    return base


def known_revisions() -> set[str]:
    return {rev.revision for rev in _scripts().walk_revisions()}


def file_schema(conn: Connection) -> Schema:
    """Each table of an SQLite database with the names of its columns (SQLite's own tables left out)."""
    names = [row[0] for row in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {name: frozenset(row[1] for row in conn.exec_driver_sql(
        'PRAGMA table_info("{}")'.format(name.replace('"', '""')))) for name in names}


@cache
def reference_schema(revision: str) -> Schema:
    """The tables and columns NetMap's migrations create up to `revision` (built once in memory)."""
    engine = create_engine("sqlite://")
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            return file_schema(conn)
    finally:
        engine.dispose()


def recognise(conn: Connection, header: FileHeader, location: str) -> str:
    """The schema revision of the file behind `conn`; raises NotAProjectError for any database that is
    not a NetMap project and SchemaTooNewError for a project of a newer NetMap."""
    tables = file_schema(conn)
    if "alembic_version" not in tables:
        if tables:
            raise NotAProjectError(location, tr("Errors", "it holds tables of another program"))
        raise NotAProjectError(location, tr("Errors", "it holds no NetMap tables"))
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if not isinstance(revision, str):
        raise NotAProjectError(location, tr("Errors", "it names no schema version"))
    known = revision in known_revisions()
    if header.application_id != APPLICATION_ID:
        # An older NetMap file, or someone else's database: only the exact schema tells.
        if known and tables != reference_schema(revision):
            raise NotAProjectError(location, tr("Errors", "it holds tables of another program"))
        # A revision this NetMap does not know: every NetMap file has at least the first schema's tables
        # (later versions may have dropped columns or added tables, so no more can be asked).
        if not known and not set(reference_schema(_base_revision())) <= set(tables):
            raise NotAProjectError(location, tr("Errors", "it holds tables of another program"))
    if not known:
        raise SchemaTooNewError(location, revision, schema_head())
    return revision
