"""Plain edits on Qt's undo stack (`netmap.ui.undo`): dragging the same actors twice is one undo
step, an edit already made is pushed without being made again, and an undo that waited in vain
for another session leaves its step in effect when the stack moves back over it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF
from .fixtures import drag, view_point

from netmap.domain import Actor
from netmap.edits import AddActors, Edit
from netmap.errors import BlockedError
from netmap.project import Project
from netmap.ui.session import MapSession


def _drag_actor(window, actor_id: int, by: QPointF) -> None:  # type: ignore[no-untyped-def]
    item = window.scene.actor_item(actor_id)
    window.scene.select_actors([actor_id])
    start = item.pos()
    drag(window.view, view_point(window.view, start), view_point(window.view, start + by), steps=10)


def _where(window, actor_id: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    actor = window.session.project.actor(actor_id)
    return (round(actor.x), round(actor.y))


def test_dragging_an_actor_twice_is_one_undo_step(qtbot, make_window, small_project: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(small_project)
    mosque = next(i for i, a in window.session.actors.items() if a.name == "Moscheeverein")
    assert _where(window, mosque) == (0, 200)

    _drag_actor(window, mosque, QPointF(60, 40))
    first = _where(window, mosque)
    assert first != (0, 200)
    _drag_actor(window, mosque, QPointF(-30, 80))
    second = _where(window, mosque)
    assert second != first
    assert window.session.undo_stack.count() == 1
    assert window.undo_action.text() == "&Undo: Move actors (1)"

    window.undo_action.trigger()  # one undo: back to where the first drag found it
    assert _where(window, mosque) == (0, 200)
    assert (round(window.session.actors[mosque].x), round(window.session.actors[mosque].y)) == (0, 200)
    assert not window.session.undo_stack.canUndo()
    window.redo_action.trigger()  # one redo: where the second drag left it
    assert _where(window, mosque) == second


def test_dragging_other_actors_or_after_an_undo_makes_a_new_step(qtbot, make_window, small_project: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(small_project)
    ids = {a.name: i for i, a in window.session.actors.items()}
    mosque, club = ids["Moscheeverein"], ids["Sportverein TSV"]
    _drag_actor(window, mosque, QPointF(60, 40))
    _drag_actor(window, club, QPointF(0, 70))
    assert window.session.undo_stack.count() == 2
    window.undo_action.trigger()
    assert _where(window, club) == (-200, 0)
    _drag_actor(window, mosque, QPointF(20, 20))  # the step before is the mosque's, in effect: merged
    assert window.session.undo_stack.count() == 1
    window.undo_action.trigger()
    assert _where(window, mosque) == (0, 200)


def test_a_layout_after_a_drag_is_its_own_step(qtbot, make_window, small_project: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(small_project)
    ids = {a.name: i for i, a in window.session.actors.items()}
    window.scene.select_actors(list(ids.values()))
    start = window.scene.actor_item(ids["Moscheeverein"]).pos()
    drag(window.view, view_point(window.view, start), view_point(window.view, start + QPointF(50, 50)), steps=10)
    assert window.session.undo_stack.count() == 1
    window.actions_.layout_force.trigger()  # everyone moves again, as a layout
    qtbot.waitUntil(lambda: window.session.undo_stack.count() == 2, timeout=20000)
    assert window.undo_action.text() == "&Undo: Layout: automatic"


class _Counted(Edit):
    """An edit that counts how often it was made and taken back; `blocked` makes reverts wait in vain."""

    def __init__(self) -> None:
        super().__init__("counted")
        self.applied = self.reverted = 0
        self.blocked = 0

    def apply(self, project: Project) -> None:
        self.applied += 1

    def revert(self, project: Project) -> None:
        if self.blocked:
            self.blocked -= 1
            raise BlockedError(project.location, ["carl@host"])
        self.reverted += 1


def test_an_edit_is_made_once_when_pushed_and_again_only_on_redo(qtbot, project_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = MapSession(Project.open(project_path))
    edit = _Counted()
    assert session.execute(edit)
    assert (edit.applied, edit.reverted) == (1, 0)  # push() did not make it a second time
    assert session.undo_stack.count() == 1 and session.undo_stack.text(0) == "counted"
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert (edit.applied, edit.reverted) == (2, 1)
    session.close()


def test_an_undo_that_waited_in_vain_leaves_the_edit_in_effect(qtbot, project_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = MapSession(Project.open(project_path))
    retries: list[object] = []
    session.blocked.connect(lambda error, retry: retries.append(retry))
    edit = _Counted()
    assert session.execute(edit)
    edit.blocked = 1
    session.undo_stack.undo()  # refused: the session moves the stack back over the step
    qtbot.waitUntil(lambda: len(retries) == 1)
    assert session.undo_stack.index() == 1
    assert (edit.applied, edit.reverted) == (1, 0)  # moving back did not make the edit again
    retries[0]()  # "try again"
    assert session.undo_stack.index() == 0 and (edit.applied, edit.reverted) == (1, 1)
    session.close()


def test_a_refused_edit_keeps_the_steps_that_could_be_redone(qtbot, project_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = MapSession(Project.open(project_path))
    failures: list[str] = []
    session.editFailed.connect(failures.append)
    edit = _Counted()
    assert session.execute(edit)
    session.undo_stack.undo()
    assert not session.execute(AddActors([Actor("  ")]))  # an empty name: refused by the core
    assert len(failures) == 1
    assert (session.undo_stack.count(), session.undo_stack.index()) == (1, 0)  # the step is still there to redo
    session.undo_stack.redo()
    assert edit.applied == 2
    session.close()
