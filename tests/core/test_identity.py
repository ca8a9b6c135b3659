"""NetMap writes only to files it has identified as its own; every other database stays byte for byte."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from netmap.cli import main
from netmap.errors import NotAProjectError
from netmap.project import Project
from netmap.storage.database import schema_head
from netmap.storage.sqlite import APPLICATION_ID

FIXTURE = Path(__file__).parents[1] / "fixtures" / "project_v1.netmap"


def application_id(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return int(conn.execute("pragma application_id").fetchone()[0])


def _lookalike(path: Path) -> None:
    """Another program's database that happens to have `alembic_version` and `actor` tables."""
    with sqlite3.connect(path) as conn:
        conn.execute("create table alembic_version (version_num varchar(32) not null primary key)")
        conn.execute("insert into alembic_version values ('0001')")
        conn.execute("create table actor (id integer primary key, name text, email text)")
        conn.execute("insert into actor (name, email) values ('Kunde', 'k@example.org')")


def _netmap_schema_of_another_program(path: Path) -> None:
    """NetMap's very tables, but stamped by another program."""
    shutil.copy(FIXTURE, path)
    with sqlite3.connect(path) as conn:
        conn.execute("pragma application_id = 1234")


def _wal_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("pragma journal_mode = wal")
    conn.execute("create table notes (id integer primary key, text text)")
    conn.commit()
    conn.close()


def _empty_database(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("pragma user_version = 7")


FOREIGN = [_lookalike, _netmap_schema_of_another_program, _wal_database, _empty_database]


@pytest.mark.parametrize("make", FOREIGN, ids=lambda f: f.__name__.strip("_"))
def test_a_foreign_database_is_refused_byte_for_byte_unchanged(tmp_path: Path, make, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "fremd.netmap"
    make(path)
    before = path.read_bytes()
    files = sorted(tmp_path.iterdir())
    for read_only in (False, True):
        with pytest.raises(NotAProjectError, match="not a NetMap project"):
            Project.open(path, read_only=read_only)
    for command in (["snapshot", str(path), "S"], ["erase-person", str(path), "Kunde"],
                    ["import", str(FIXTURE), str(path)], ["analyze", str(path)]):
        assert main(command) == 1
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "not a NetMap project" in err
    assert path.read_bytes() == before
    assert sorted(tmp_path.iterdir()) == files  # no lock, backup or journal left beside it


def test_a_new_project_carries_netmaps_application_id(tmp_path: Path) -> None:
    path = tmp_path / "neu.netmap"
    Project.create(path).close()
    assert application_id(path) == APPLICATION_ID


def test_an_older_project_is_recognised_by_its_schema_and_stamped(tmp_path: Path) -> None:
    path = tmp_path / "alt.netmap"
    shutil.copy(FIXTURE, path)
    assert application_id(path) == 0
    before = path.read_bytes()
    with Project.open(path, read_only=True) as reader:  # reading never stamps
        assert [a.name for a in reader.actors()] == ["Rathaus", "Moschee"]
    assert path.read_bytes() == before
    with Project.open(path) as project:
        assert [a.name for a in project.actors()] == ["Rathaus", "Moschee"]
    assert application_id(path) == APPLICATION_ID


def test_a_current_project_without_the_id_is_stamped_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "p.netmap"
    Project.create(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("pragma application_id = 0")
    Project.open(path).close()
    assert application_id(path) == APPLICATION_ID
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.netmap"]
    with sqlite3.connect(path) as conn:
        assert conn.execute("select version_num from alembic_version").fetchone()[0] == schema_head()


def test_a_database_with_odd_table_names_is_refused_in_one_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "fremd.netmap"
    with sqlite3.connect(path) as conn:
        conn.execute('create table "a""b" (x)')
        conn.execute("create table alembic_version (version_num text)")
        conn.execute("insert into alembic_version values ('0001')")
    before = path.read_bytes()
    assert main(["snapshot", str(path), "S"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "another program" in err
    assert path.read_bytes() == before
