"""The schema is versioned: old files open, newer files are refused, foreign files are rejected."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from netmap.errors import NotAProjectError, SchemaTooNewError
from netmap.project import Project
from netmap.storage.database import open_database, schema_head
from netmap.storage.schema import Base

FIXTURE = Path(__file__).parents[1] / "fixtures" / "project_v1.netmap"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "v1.netmap"
    shutil.copy(FIXTURE, target)
    return target


def test_the_first_schema_version_opens_with_all_its_data(v1_copy: Path) -> None:
    with Project.open(v1_copy) as project:
        state = project.state()
        assert [a.name for a in state.actors] == ["Rathaus", "Moschee"]
        rathaus = state.actors[0]
        assert rathaus.contact is not None and rathaus.contact.email == "max@example.org"
        assert rathaus.is_key and rathaus.tags == ("Steuerung",) and rathaus.extra == {"web": "example.org"}
        assert state.ties[0].field == "interreligioes"
        assert state.clusters[0].name == "Dialog"
        assert [s.label for s in project.snapshots()] == ["Version 1"]
        assert project.snapshot_state("Version 1").actors == state.actors
        project.add_actor(rathaus.with_changes(id=None, uid="new", name="Neu"))
    with sqlite3.connect(v1_copy) as conn:
        assert conn.execute("select version_num from alembic_version").fetchone()[0] == schema_head()
        assert conn.execute("select name, version from actor order by id").fetchall()[:2] == [
            ("Rathaus", 1), ("Moschee", 1)]


def test_the_file_is_backed_up_before_it_is_migrated(v1_copy: Path) -> None:
    original = v1_copy.read_bytes()
    Project.open(v1_copy).close()
    backup = v1_copy.with_name("v1.netmap.bak-0001")
    assert backup.read_bytes() == original  # the old file as it was, byte for byte
    with sqlite3.connect(backup) as conn:
        assert conn.execute("select version_num from alembic_version").fetchone()[0] == "0001"
        assert [r[0] for r in conn.execute("select name from actor order by id")] == ["Rathaus", "Moschee"]
    Project.open(v1_copy).close()  # already current: no second backup is needed
    assert sorted(p.name for p in v1_copy.parent.iterdir() if ".bak-" in p.name) == ["v1.netmap.bak-0001"]


def test_models_and_migrations_describe_the_same_schema(tmp_path: Path) -> None:
    database = open_database(tmp_path / "fresh.netmap", create=True)
    with database.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    database.engine.dispose()
    assert differences == []


def test_a_newer_schema_is_refused_and_left_untouched(v1_copy: Path) -> None:
    with sqlite3.connect(v1_copy) as conn:
        conn.execute("update alembic_version set version_num = '0042_from_the_future'")
    before = v1_copy.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version of NetMap.*0042_from_the_future"):
        Project.open(v1_copy)
    with pytest.raises(SchemaTooNewError):
        Project.open(v1_copy, read_only=True)
    assert v1_copy.read_bytes() == before
    assert not v1_copy.with_name("v1.netmap.lock").exists()


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"Name;Kategorie\nRathaus;Verwaltung\n", "not a database"),
        (b"SQLite format 3\x00" + b"\x00" * 50, "cannot be read"),
    ],
)
def test_files_that_are_not_projects_are_refused(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "x.netmap"
    path.write_bytes(content)
    with pytest.raises(NotAProjectError, match=reason):
        Project.open(path)
    assert path.read_bytes() == content


def test_a_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.netmap"
    with sqlite3.connect(path) as conn:
        conn.execute("create table customers (id integer)")
    with pytest.raises(NotAProjectError, match="another program"):
        Project.open(path)


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(NotAProjectError, match="does not exist"):
        Project.open(tmp_path / "nowhere.netmap")


def test_create_refuses_to_overwrite(v1_copy: Path) -> None:
    with pytest.raises(NotAProjectError, match="already exists"):
        Project.create(v1_copy)


def test_journal_mode_is_a_rollback_journal_not_wal(tmp_path: Path) -> None:
    path = tmp_path / "p.netmap"
    with Project.create(path):
        pass
    with sqlite3.connect(path) as conn:
        assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"


def test_an_older_file_opened_read_only_is_read_through_a_migrated_copy(tmp_path: Path) -> None:
    old = tmp_path / "alt.netmap"
    shutil.copy(FIXTURE, old)
    before = old.read_bytes()
    with Project.open(old, read_only=True) as reader:
        assert reader.read_only
        assert [a.name for a in reader.actors()] == ["Rathaus", "Moschee"]
        assert [s.label for s in reader.snapshots()] == ["Version 1"]
    assert old.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alt.netmap"]  # no backup, no lock
