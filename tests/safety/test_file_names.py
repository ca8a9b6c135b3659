"""File names with `?`, `#` and `%xx` reach exactly that file, through every command.

SQLite reads such characters in a URI as query, fragment and escape: `Plan?v2.netmap` used to open
`Plan`, `a%3fb.netmap` wrote into `a?b.netmap`. Every command runs here on such names, and the
folder must afterwards hold exactly the files the commands were asked to make.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from netmap.cli import main
from netmap.domain import Actor
from netmap.project import Project
from netmap.storage.sqlite import file_uri

NAMES = ["Plan?v2.netmap", "Team #3.netmap", "a%3fb.netmap", "100% sicher & 50%20.netmap", "Übersicht ?#%.netmap"]


def _contact_name(path: Path) -> str:
    with Project.open(path, read_only=True) as project:
        return next(a.contact.name for a in project.actors() if a.contact is not None)


@pytest.mark.parametrize("name", NAMES)
def test_every_command_works_on_the_file_it_is_given(tmp_path: Path, name: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    path = folder / name
    assert main(["demo", str(path)]) == 0  # create
    assert os.listdir(folder) == [name]

    assert main(["snapshot", str(path), "S1"]) == 0
    with Project.open(path, read_only=True) as reader:  # read-only
        assert "S1" in [s.label for s in reader.snapshots()]
        actors = len(reader.actors())
    assert main(["analyze", str(path), "--json"]) == 0

    exported = folder / "out.graphml"
    assert main(["export", str(path), str(exported)]) == 0
    second = folder / f"copy {name}"
    assert main(["import", str(exported), str(second)]) == 0  # import creates a project of an odd name
    assert main(["import", str(exported), str(second), "--replace"]) == 0  # and opens one
    with Project.open(second, read_only=True) as copy:
        assert len(copy.actors()) == actors

    person = _contact_name(path)
    assert main(["erase-person", str(path), person]) == 0
    with Project.open(path) as project:  # open for editing
        project.add_actor(Actor("Neu"))
    with sqlite3.connect(path) as conn:  # the named file itself holds all of it
        assert conn.execute("select count(*) from snapshot where label = 'S1'").fetchone()[0] == 1
        assert conn.execute("select count(*) from actor where name = 'Neu'").fetchone()[0] == 1
        assert conn.execute("select count(*) from contact_person where name = ?", (person,)).fetchone()[0] == 0
    assert sorted(os.listdir(folder)) == sorted([name, "out.graphml", f"copy {name}"])


@pytest.mark.parametrize("name", NAMES)
def test_a_missing_odd_name_is_reported_and_nothing_is_created(tmp_path: Path, name: str,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["snapshot", str(tmp_path / name), "S1"]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert os.listdir(tmp_path) == []


def test_the_uri_escapes_what_sqlite_would_read_as_query_fragment_or_escape(tmp_path: Path) -> None:
    uri = file_uri(tmp_path / "a?b#c%3fd.netmap", "ro")
    assert uri.startswith("file:///") and uri.endswith("/a%3Fb%23c%253fd.netmap?mode=ro")
