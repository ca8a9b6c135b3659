"""The window opens and edits a project whose name holds `?`, `#` or `%xx`, and only that file."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from netmap.domain import Actor
from netmap.project import Project


@pytest.mark.parametrize("name", ["Plan?v2.netmap", "Team #3.netmap", "a%3fb.netmap"])
def test_the_window_opens_the_file_it_is_given(make_window, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "projects"  # tmp_path also holds the test's settings
    folder.mkdir()
    path = folder / name
    Project.create(path).close()
    window = make_window()
    assert window.open_project(path)
    assert not window.session.read_only
    window.session.project.add_actor(Actor("Rathaus"))
    window.close_project()
    with sqlite3.connect(path) as conn:
        assert conn.execute("select name from actor").fetchall() == [("Rathaus",)]
    assert os.listdir(folder) == [name]
