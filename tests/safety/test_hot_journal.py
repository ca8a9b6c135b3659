"""A crash in the middle of a transaction leaves a hot journal; reading the project must still work.

Only a writer may roll a hot journal back, so a read-only open (`mode=ro`) used to fail and was
reported as "not a NetMap project". It now reads the project as it was before the interrupted
transaction, without touching the file or its journal.
"""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path

import pytest

from netmap.cli import main
from netmap.domain import Actor
from netmap.errors import StorageError
from netmap.project import Project

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def _crash_in_the_middle_of_a_transaction(path: Path) -> None:
    """A child changes every name with a tiny page cache (so pages reach the file) and is killed
    before it commits."""
    pid = os.fork()
    if pid == 0:
        conn = sqlite3.connect(path)
        conn.execute("pragma cache_size = 1")
        conn.execute("begin")
        conn.execute("update actor set name = 'überschrieben', notes = ?", ("x" * 2000,))
        os.kill(os.getpid(), signal.SIGKILL)
    os.waitpid(pid, 0)


@pytest.fixture
def crashed(tmp_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "p.netmap"
    with Project.create(path) as project:
        project.add_actors([Actor(f"Akteur {i}", notes="n" * 500) for i in range(300)])
        names = [a.name for a in project.actors()]
    _crash_in_the_middle_of_a_transaction(path)
    assert path.with_name("p.netmap-journal").stat().st_size > 0
    return path, names


def test_a_read_only_open_reads_the_project_as_it_was_before_the_crash(crashed, capsys) -> None:  # type: ignore[no-untyped-def]
    path, names = crashed
    files = {p.name: p.read_bytes() for p in path.parent.iterdir()}
    with Project.open(path, read_only=True) as reader:
        assert [a.name for a in reader.actors()] == names
    assert main(["analyze", str(path), "--json"]) == 0
    assert main(["export", str(path), str(path.parent / "out.graphml")]) == 0
    capsys.readouterr()
    assert {p.name: p.read_bytes() for p in path.parent.iterdir() if p.name != "out.graphml"} == files


def test_opening_for_editing_rolls_the_interrupted_transaction_back(crashed) -> None:  # type: ignore[no-untyped-def]
    path, names = crashed
    with Project.open(path) as project:
        assert [a.name for a in project.actors()] == names
        project.add_actor(Actor("Neu"))
    assert not path.with_name("p.netmap-journal").exists()
    with sqlite3.connect(path) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_a_reader_that_meets_a_crash_journal_later_says_so_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "p.netmap"
    with Project.create(path) as project:
        project.add_actors([Actor(f"Akteur {i}", notes="n" * 500) for i in range(300)])
    with Project.open(path, read_only=True) as reader:
        _crash_in_the_middle_of_a_transaction(path)
        reader._db.engine.dispose()  # a fresh connection, as after a pause in the app
        with pytest.raises(StorageError, match="unfinished change.*open the project again"):
            reader.actors()
