"""An upgrade or a project creation killed before any of its SQL statements leaves a usable file.

A forked child counts the SQL statements it sends and kills itself (SIGKILL) before statement n;
the test does this for n = 1, 2, … until the child finishes, then opens the file read-only, reads
it, opens it for editing and edits it. Before each kill the file is either the old project or the
upgraded one, never a mixture; a creation leaves either no project or a complete one.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from netmap.catalogues import default_catalogues
from netmap.domain import Actor, ProjectInfo
from netmap.project import Project
from netmap.storage.database import schema_head
from netmap.storage.sqlite import APPLICATION_ID

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")

FIXTURE = Path(__file__).parents[1] / "fixtures" / "project_v1.netmap"


def killed_before_statement(n: int, action: Callable[[], None]) -> bool:
    """Run `action` in a child that dies before its n-th SQL statement; True if it died."""
    pid = os.fork()
    if pid == 0:  # the child
        try:
            sent = 0

            def count(*_args: object) -> None:
                nonlocal sent
                sent += 1
                if sent == n:
                    os.kill(os.getpid(), signal.SIGKILL)

            event.listen(Engine, "before_cursor_execute", count)
            action()
        except BaseException:  # noqa: BLE001 - any failure of the child exits with 3
            os._exit(3)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return True
    assert os.WEXITSTATUS(status) == 0, "the child failed instead of being killed"
    return False


def version_and_columns(path: Path) -> tuple[str, int]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        version = conn.execute("select version_num from alembic_version").fetchone()[0]
        columns = len(conn.execute("pragma table_info(actor)").fetchall())
    return version, columns


def test_an_upgrade_killed_before_any_statement_leaves_the_old_or_the_new_project(tmp_path: Path) -> None:
    v1_columns = version_and_columns(FIXTURE)[1]
    n = 0
    while True:
        n += 1
        path = tmp_path / f"run{n}" / "alt.netmap"
        path.parent.mkdir()
        shutil.copy(FIXTURE, path)
        died = killed_before_statement(n, lambda path=path: Project.open(path).close())
        if not (path.with_name("alt.netmap-journal")).exists():  # a journal is rolled back on the next open
            version, columns = version_and_columns(path)
            assert (version, columns) in {("0001", v1_columns), (schema_head(), columns)}
            assert version != "0001" or columns == v1_columns, f"statement {n}: half an upgrade"
        with Project.open(path, read_only=True) as reader:
            assert [a.name for a in reader.actors()] == ["Rathaus", "Moschee"]
        with Project.open(path) as project:
            project.add_actor(Actor("Neu"))
        with Project.open(path, read_only=True) as reader:
            assert [a.name for a in reader.actors()] == ["Rathaus", "Moschee", "Neu"]
            assert [s.label for s in reader.snapshots()] == ["Version 1"]
        assert version_and_columns(path)[0] == schema_head()
        assert sorted(p.name for p in path.parent.iterdir()) == ["alt.netmap", "alt.netmap.bak-0001"]
        with sqlite3.connect(path) as conn:
            assert conn.execute("pragma application_id").fetchone()[0] == APPLICATION_ID
            assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        if not died:
            break
    assert n > 10  # the upgrade's statements were all reached


def test_a_creation_killed_before_any_statement_leaves_no_project_or_a_whole_one(tmp_path: Path) -> None:
    info = ProjectInfo(name="Plan", town="Musterstadt")
    n = 0
    while True:
        n += 1
        folder = tmp_path / f"run{n}"
        folder.mkdir()
        path = folder / "neu.netmap"
        died = killed_before_statement(n, lambda path=path: Project.create(path, info=info).close())
        if path.exists():
            with Project.open(path, read_only=True) as reader:
                assert reader.info().town == "Musterstadt"
                assert reader.catalogues() == default_catalogues()  # all of them, not some
        else:
            assert died
            Project.create(path, info=info).close()  # the name is free; a leftover lock was the dead child's
        with Project.open(path) as project:
            project.add_actor(Actor("Neu"))
            assert project.info().town == "Musterstadt"
        with Project.open(path, read_only=True) as reader:
            assert [a.name for a in reader.actors()] == ["Neu"]
        assert sorted(p.name for p in folder.iterdir()) == ["neu.netmap"]  # no half-built file stays behind
        if not died:
            break
    assert n > 10
