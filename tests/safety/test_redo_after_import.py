"""A project file has one writer: after undoing and redoing an import and a move, the session's own
later edits are never taken for a colleague's (Hypothesis found both sequences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from netmap.domain import Actor, MapState
from netmap.merge import plan_import
from netmap.project import Project
from netmap.edits import MoveActors, RemoveItems
from netmap.edits import ImportMap
from netmap.ui.session import MapSession


@pytest.fixture
def session(qapp: object, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "m.netmap"
    Project.create(path).close()
    session = MapSession(Project.open(path))
    yield session
    session.close()


def _imported_moved_and_replayed(session: MapSession) -> Actor:
    project = session.project
    plan = plan_import(project.state(), MapState(actors=[Actor("Jugendtreff", id=1, category="vereine")]))
    assert session.execute(ImportMap(plan))
    actor = next(iter(session.actors.values()))
    assert session.execute(MoveActors({actor.id: (actor.x, actor.y + 398.0)}))  # type: ignore[dict-item]
    for step in ("undo", "redo", "undo", "undo", "redo", "redo"):
        getattr(session.undo_stack, step)()
    actor = next(iter(session.actors.values()))
    assert actor.y == pytest.approx(398.0)
    return actor


def test_removing_after_a_redone_import_and_move_is_no_conflict(session: MapSession) -> None:
    conflicts: list[object] = []
    session.conflicted.connect(conflicts.append)
    actor = _imported_moved_and_replayed(session)
    assert session.execute(RemoveItems([actor.id]))  # type: ignore[list-item]
    assert conflicts == [] and session.project.state().actors == []


def test_moving_after_a_redone_import_and_move_is_no_conflict(session: MapSession) -> None:
    conflicts: list[object] = []
    session.conflicted.connect(conflicts.append)
    actor = _imported_moved_and_replayed(session)
    assert session.execute(MoveActors({actor.id: (actor.x, actor.y - 528.0)}))  # type: ignore[dict-item]
    assert conflicts == [] and session.project.state().actors[0].y == pytest.approx(-130.0)
