"""Undoing an import in team mode puts the map back as it was before the import, but never over
what a colleague changed since (issue 18): the whole map is restored only when no one else changed
an attribute it would set back."""

from __future__ import annotations

from netmap.domain import Actor, MapState
from netmap.edits import ImportMap, UpdateActors
from netmap.merge import plan_import
from netmap.ui.session import MapSession


def test_undoing_an_import_keeps_a_colleagues_rename_of_an_actor_i_edited_since(qtbot, team_of_three) -> None:  # type: ignore[no-untyped-def]
    anna, ben, _ = team_of_three
    rathaus = anna.add_actor(Actor("Rathaus"))
    session = MapSession(anna)
    refused: list[object] = []
    session.undoRefused.connect(refused.append)
    plan = plan_import(anna.state(), MapState(actors=[Actor("Jugendtreff", id=1, category="vereine")]))
    assert session.execute(ImportMap(plan))
    ben.update_actor(ben.actor(rathaus.id).with_changes(name="Rathaus Nord"))  # type: ignore[arg-type]
    # Anna has not seen the rename: her notes are merged in, and she is now the row's last writer.
    assert session.execute(UpdateActors([session.actors[rathaus.id].with_changes(notes="Sitzung")]))  # type: ignore[index]
    session.undo_stack.undo()  # the notes
    session.undo_stack.undo()  # the import
    assert ben.actor(rathaus.id).name == "Rathaus Nord"  # type: ignore[arg-type]
    assert len(refused) == 1 and "ben@" in str(refused[0])
    session.project.unsubscribe(session._on_change)


def test_undoing_an_import_keeps_an_actor_a_colleague_added_that_i_edited_since(qtbot, team_of_three) -> None:  # type: ignore[no-untyped-def]
    anna, ben, _ = team_of_three
    anna.add_actor(Actor("Rathaus"))
    session = MapSession(anna)
    refused: list[object] = []
    session.undoRefused.connect(refused.append)
    plan = plan_import(anna.state(), MapState(actors=[Actor("Jugendtreff", id=1, category="vereine")]))
    assert session.execute(ImportMap(plan))
    tafel = ben.add_actor(Actor("Tafel"))
    session.reload()  # Anna sees Ben's new actor and edits it
    assert session.execute(UpdateActors([session.actors[tafel.id].with_changes(notes="dienstags")]))  # type: ignore[index]
    session.undo_stack.undo()  # the notes
    session.undo_stack.undo()  # the import would remove Ben's actor
    assert [a.name for a in ben.actors()].count("Tafel") == 1
    assert len(refused) == 1 and "ben@" in str(refused[0])
    session.project.unsubscribe(session._on_change)


def test_undoing_an_import_after_only_my_own_edits_puts_the_map_back(qtbot, team_of_three) -> None:  # type: ignore[no-untyped-def]
    anna, ben, _ = team_of_three
    rathaus = anna.add_actor(Actor("Rathaus"))
    session = MapSession(anna)
    refused: list[object] = []
    session.undoRefused.connect(refused.append)
    plan = plan_import(anna.state(), MapState(actors=[Actor("Jugendtreff", id=1, category="vereine")]))
    assert session.execute(ImportMap(plan))
    assert session.execute(UpdateActors([session.actors[rathaus.id].with_changes(notes="Sitzung")]))  # type: ignore[index]
    assert session.execute(UpdateActors([session.actors[rathaus.id].with_changes(name="Rathaus Süd")]))  # type: ignore[index]
    for _ in range(3):
        session.undo_stack.undo()
    assert refused == []
    assert [(a.name, a.notes) for a in ben.actors()] == [("Rathaus", "")]
    session.project.unsubscribe(session._on_change)


def test_undoing_an_import_does_not_bring_back_an_actor_a_colleague_removed_since(qtbot, team_of_three) -> None:  # type: ignore[no-untyped-def]
    anna, ben, _ = team_of_three
    rathaus = anna.add_actor(Actor("Rathaus"))
    session = MapSession(anna)
    refused: list[object] = []
    session.undoRefused.connect(refused.append)
    plan = plan_import(anna.state(), MapState(actors=[Actor("Jugendtreff", id=1, category="vereine")]))
    assert session.execute(ImportMap(plan))
    ben.remove_actors([rathaus.id])  # type: ignore[list-item]
    session.undo_stack.undo()  # the import: putting the map back would bring the Rathaus back
    assert len(refused) == 1 and "removed" in str(refused[0])
    assert [a.name for a in ben.actors()] == ["Jugendtreff"]
    session.project.unsubscribe(session._on_change)
