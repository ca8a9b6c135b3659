"""Migrations apply to PostgreSQL as to SQLite: the version-1 fixture, loaded into a server project
at schema 0001, opens, is backed up, and is migrated with all its data."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, create_engine, insert, select, text

from netmap.errors import SchemaTooNewError
from netmap.location import ServerLocation, parse_location
from netmap.project import Project
from netmap.storage import postgres
from netmap.storage.database import _alembic_config, open_database, schema_head
from netmap.storage.schema import Base

FIXTURE = Path(__file__).parents[1] / "fixtures" / "project_v1.netmap"
TABLES = ["project_info", "catalogue_entry", "actor", "contact_person", "tie", "cluster", "cluster_member", "snapshot"]


def _load_v1(location: ServerLocation) -> None:
    """Build schema 0001 on the server with NetMap's own migration, then copy the fixture's rows."""
    admin = postgres.admin_engine(location)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {postgres.quote(conn, location.project)}"))
    admin.dispose()
    engine = postgres.postgres_engine(location, read_only=False)
    config = _alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    source = create_engine(f"sqlite:///{FIXTURE}")
    old, new = MetaData(), MetaData()
    old.reflect(source)
    with engine.connect() as conn:
        new.reflect(conn)
    with source.connect() as read, engine.begin() as write:
        for name in TABLES:
            rows = [dict(r._mapping) for r in read.execute(select(old.tables[name]))]
            if rows:
                write.execute(insert(new.tables[name]), rows)
        for name in ("actor", "tie", "cluster"):  # as NetMap 1 would have left the id sequences
            write.execute(text(f"SELECT setval('{name}_id_seq', (SELECT MAX(id) FROM {name}))"))
    source.dispose()
    engine.dispose()


@pytest.fixture
def v1_on_server(pg_database: str) -> ServerLocation:
    location = parse_location(f"{pg_database}#v1 {uuid.uuid4().hex[:8]}")
    assert isinstance(location, ServerLocation)
    _load_v1(location)
    return location


def test_a_version_1_project_on_a_server_is_backed_up_and_migrated(v1_on_server: ServerLocation) -> None:
    with Project.open(v1_on_server) as project:
        state = project.state()
        assert [a.name for a in state.actors] == ["Rathaus", "Moschee"]
        rathaus = state.actors[0]
        assert rathaus.contact is not None and rathaus.contact.email == "max@example.org"
        assert rathaus.tags == ("Steuerung",) and rathaus.extra == {"web": "example.org"} and rathaus.version == 1
        assert state.ties[0].field == "interreligioes" and state.clusters[0].name == "Dialog"
        assert project.snapshot_state("Version 1").actors == state.actors
        added = project.add_actor(rathaus.with_changes(id=None, uid="new", name="Neu"))
        assert added.id == 3  # the id sequence continues after the migrated rows
    backup = f"{v1_on_server.project}.bak-0001"
    engine = postgres.admin_engine(v1_on_server)
    with engine.connect() as conn:
        quoted = postgres.quote(conn, backup)
        assert conn.execute(text(f"SELECT version_num FROM {quoted}.alembic_version")).scalar() == "0001"
        assert list(conn.execute(text(f"SELECT name FROM {quoted}.actor ORDER BY id")).scalars()) == [
            "Rathaus", "Moschee"]
        current = postgres.quote(conn, v1_on_server.project)
        assert conn.execute(text(f"SELECT version_num FROM {current}.alembic_version")).scalar() == schema_head()
    engine.dispose()


def test_a_newer_schema_on_a_server_is_refused(v1_on_server: ServerLocation) -> None:
    engine = postgres.postgres_engine(v1_on_server, read_only=False)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0042_from_the_future'"))
    engine.dispose()
    with pytest.raises(SchemaTooNewError, match="newer version of NetMap"):
        Project.open(v1_on_server)


def test_models_and_migrations_describe_the_same_schema_on_postgresql(pg_database: str) -> None:
    database = open_database(f"{pg_database}#fresh {uuid.uuid4().hex[:8]}", create=True)
    with database.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    database.dispose()
    assert differences == []
