"""Undo, redo and "apply my version" in team mode never overwrite a colleague's change unseen
(issue 18): undo restores only what the undone edit changed, merged with what is stored now."""

from __future__ import annotations

import pytest

from netmap.domain import Actor, Cluster
from netmap.errors import ConflictError
from netmap.edits import (
    MoveActors,
    RemoveItems,
    UpdateActors,
    UpdateCluster,
)
from netmap.ui.session import MapSession


def test_undoing_twice_keeps_the_name_a_colleague_gave_meanwhile(qtbot, team_of_three) -> None:  # type: ignore[no-untyped-def]
    anna, ben, _ = team_of_three
    added = anna.add_actor(Actor("Jugendtreff", influence=3, notes=""))
    session = MapSession(anna)
    failures: list[str] = []
    session.editFailed.connect(failures.append)
    assert session.execute(UpdateActors([session.actors[added.id].with_changes(influence=8)]))  # type: ignore[index]
    ben.update_actor(ben.actor(added.id).with_changes(name="Jugendzentrum Nord"))  # type: ignore[arg-type]
    # Anna's window has not polled yet: her notes edit is based on the version without Ben's name.
    assert session.execute(UpdateActors([session.actors[added.id].with_changes(notes="offen")]))  # type: ignore[index]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert failures == []
    now = ben.actor(added.id)  # type: ignore[arg-type]
    assert (now.name, now.influence, now.notes) == ("Jugendzentrum Nord", 3, "")
    session.undo_stack.redo()
    session.undo_stack.redo()
    now = ben.actor(added.id)  # type: ignore[arg-type]
    assert (now.name, now.influence, now.notes) == ("Jugendzentrum Nord", 8, "offen")
    session.project.unsubscribe(session._on_change)


def test_undoing_a_move_keeps_a_colleagues_later_edit_and_refuses_over_their_move(qtbot, team_of_three) -> None:  # type: ignore[no-untyped-def]
    anna, ben, _ = team_of_three
    a, b = anna.add_actors([Actor("A", x=0.0, y=0.0), Actor("B", x=5.0, y=5.0)])
    session = MapSession(anna)
    failures: list[str] = []
    session.editFailed.connect(failures.append)
    assert session.execute(MoveActors({a.id: (10.0, 10.0)}))  # type: ignore[dict-item]
    ben.update_actor(ben.actor(a.id).with_changes(name="A neu"))  # type: ignore[arg-type]
    assert session.execute(UpdateActors([session.actors[a.id].with_changes(notes="n")]))  # type: ignore[index]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert failures == []
    now = ben.actor(a.id)  # type: ignore[arg-type]
    assert (now.name, now.x, now.y, now.notes) == ("A neu", 0.0, 0.0, "")

    # Ben moves B after Anna did: Anna's undo of her move is refused and names Ben; B stays.
    assert session.execute(MoveActors({b.id: (20.0, 20.0)}))  # type: ignore[dict-item]
    ben.move_actors({b.id: (50.0, 60.0)})  # type: ignore[dict-item]
    session.undo_stack.undo()
    assert len(failures) == 1 and "ben@" in failures[0] and "position is now (50.0, 60.0)" in failures[0]
    assert failures[0].count("position") == 1
    assert (ben.actor(b.id).x, ben.actor(b.id).y) == (50.0, 60.0)  # type: ignore[arg-type]
    session.project.unsubscribe(session._on_change)


def test_an_older_undo_keeps_a_colleagues_move_that_my_own_undo_put_back(qtbot, team_of_three) -> None:  # type: ignore[no-untyped-def]
    """Found by the concurrency test: Anna moves A, Ben moves it, Anna applies her own position
    after the conflict and undoes that (which puts back Ben's position, written by Anna). Her
    undo of the first move must not then overwrite Ben's position."""
    anna, ben, _ = team_of_three
    a = anna.add_actor(Actor("A", x=173.0, y=0.0))
    session = MapSession(anna)
    conflicts: list[ConflictError] = []
    refused: list[object] = []
    session.conflicted.connect(conflicts.append)
    session.undoRefused.connect(refused.append)
    assert session.execute(MoveActors({a.id: (607.0, 0.0)}))  # type: ignore[dict-item]
    ben.move_actors({a.id: (73.0, 0.0)})  # type: ignore[dict-item]
    assert not session.execute(UpdateActors([session.actors[a.id].with_changes(x=868.0)]))  # type: ignore[index]
    mine = conflicts[0].rebased()
    assert mine is not None and mine.x == 868.0
    assert session.execute(UpdateActors([mine]))  # "Apply my version"
    session.undo_stack.undo()  # back to Ben's position
    assert ben.actor(a.id).x == 73.0  # type: ignore[arg-type]
    session.undo_stack.undo()  # her first move: Ben moved the actor since
    assert len(refused) == 1  # it names Anna, whose undo wrote that position last (as the audit has it)
    assert ben.actor(a.id).x == 73.0  # type: ignore[arg-type]
    session.project.unsubscribe(session._on_change)


def _anna_added_an_actor_ben_changed(team_of_three):  # type: ignore[no-untyped-def]
    """Anna adds the Tafel in her window; Ben then sets its influence to 7."""
    from netmap.edits import AddActors

    anna, ben, _ = team_of_three
    session = MapSession(anna)
    command = AddActors([Actor("Tafel")])
    assert session.execute(command)
    ben.update_actor(ben.actor(command.ids[0]).with_changes(influence=7))
    return ben, session, command


def test_undoing_an_addition_keeps_a_colleagues_value_that_my_own_undo_put_back(qtbot, team_of_three) -> None:  # type: ignore[no-untyped-def]
    ben, session, command = _anna_added_an_actor_ben_changed(team_of_three)
    refused: list[object] = []
    session.undoRefused.connect(refused.append)
    session.reload()  # Anna sees Ben's influence, changes it and takes that back: 7 is Ben's again
    assert session.execute(UpdateActors([session.actors[command.ids[0]].with_changes(influence=9)]))
    session.undo_stack.undo()
    assert ben.actor(command.ids[0]).influence == 7
    session.undo_stack.undo()  # the addition: Ben's influence is not removed unseen
    assert len(refused) == 1 and "nothing was removed" in str(refused[0])
    assert ben.actor(command.ids[0]).influence == 7
    session.project.unsubscribe(session._on_change)


def test_undoing_a_removal_keeps_members_a_colleague_added_since(qtbot, team_of_three) -> None:  # type: ignore[no-untyped-def]
    anna, ben, _ = team_of_three
    a, b, c = anna.add_actors([Actor("A"), Actor("B"), Actor("C")])
    cluster = anna.add_cluster(Cluster("Bildung", (a.id, b.id)))  # type: ignore[arg-type]
    session = MapSession(anna)
    assert session.execute(RemoveItems([a.id]))  # type: ignore[list-item]
    ben.update_cluster(ben.clusters()[0].with_changes(members=(b.id, c.id)))  # type: ignore[arg-type]
    session.undo_stack.undo()
    assert set(ben.clusters()[0].members) == {a.id, b.id, c.id}
    assert ben.clusters()[0].id == cluster.id
    session.project.unsubscribe(session._on_change)


def test_cluster_members_added_by_two_people_are_combined(qtbot, team_of_three) -> None:  # type: ignore[no-untyped-def]
    anna, ben, _ = team_of_three
    a, b, c = anna.add_actors([Actor("A"), Actor("B"), Actor("C")])
    cluster = anna.add_cluster(Cluster("Sport", (a.id,)))  # type: ignore[arg-type]
    seen_by_ben = ben.clusters()[0]
    session = MapSession(anna)
    assert session.execute(UpdateCluster(cluster.with_changes(members=(a.id, b.id))))  # type: ignore[arg-type]
    ben.update_cluster(seen_by_ben.with_changes(members=(a.id, c.id)))  # type: ignore[arg-type]
    assert set(anna.clusters()[0].members) == {a.id, b.id, c.id}
    session.undo_stack.undo()  # Anna takes back her B; Ben's C stays
    assert set(anna.clusters()[0].members) == {a.id, c.id}
    session.project.unsubscribe(session._on_change)


def test_undoing_an_addition_that_a_colleague_changed_since_is_refused(qtbot, team_of_three) -> None:  # type: ignore[no-untyped-def]
    ben, session, command = _anna_added_an_actor_ben_changed(team_of_three)
    failures: list[str] = []
    session.editFailed.connect(failures.append)
    session.undo_stack.undo()
    assert len(failures) == 1 and "ben@" in failures[0] and "nothing was removed" in failures[0]
    assert ben.actor(command.ids[0]).influence == 7
    session.project.unsubscribe(session._on_change)


def test_a_conflict_names_who_changed_each_attribute(team_of_three) -> None:  # type: ignore[no-untyped-def]
    anna, ben, carl = team_of_three
    added = anna.add_actor(Actor("Moschee", influence=2))
    stale = anna.actor(added.id)  # type: ignore[arg-type]
    ben.update_actor(ben.actor(added.id).with_changes(name="Moscheeverein"))  # type: ignore[arg-type]
    carl.update_actor(carl.actor(added.id).with_changes(notes="Freitag"))  # type: ignore[arg-type]
    with pytest.raises(ConflictError) as caught:
        anna.update_actor(stale.with_changes(notes="Sonntag", influence=5))
    error = caught.value
    assert [c[0] for c in error.changes] == ["notes"]
    assert error.authors == {"notes": carl.editor} and error.by == carl.editor
    assert ben.editor not in str(error)  # Ben changed the name, not the notes

    with pytest.raises(ConflictError) as caught:
        anna.update_actor(stale.with_changes(name="Moschee e. V.", notes="Sonntag"))
    assert caught.value.authors == {"name": ben.editor, "notes": carl.editor}
    assert caught.value.by == f"{ben.editor}, {carl.editor}"


def test_a_conflict_over_the_position_names_who_moved_it_even_along_one_axis(team_of_three) -> None:  # type: ignore[no-untyped-def]
    """x and y are one attribute to a user: whoever changed either of them moved the actor."""
    anna, ben, carl = team_of_three
    added = anna.add_actor(Actor("Sportverein", x=10.0, y=10.0))
    ben.move_actors({added.id: (40.0, 10.0)})  # type: ignore[dict-item]
    carl.update_actor(carl.actor(added.id).with_changes(y=70.0))  # type: ignore[arg-type]
    for move in (lambda: anna.move_actors({added.id: (0.0, 0.0)}),  # type: ignore[dict-item]
                 lambda: anna.update_actor(added.with_changes(x=0.0))):  # made on the version she added
        with pytest.raises(ConflictError) as caught:
            move()
        assert caught.value.authors == {"position": carl.editor} and caught.value.by == carl.editor


def test_apply_my_version_writes_only_what_i_changed(team_of_three) -> None:  # type: ignore[no-untyped-def]
    anna, ben, carl = team_of_three
    added = anna.add_actor(Actor("Tafel", influence=2))
    stale = anna.actor(added.id)  # type: ignore[arg-type]
    ben.update_actor(ben.actor(added.id).with_changes(influence=6))  # type: ignore[arg-type]
    with pytest.raises(ConflictError) as caught:
        anna.update_actor(stale.with_changes(influence=9, notes="Ausgabe dienstags"))
    assert caught.value.yours == ("influence", "notes")
    mine = caught.value.rebased()
    carl.update_actor(carl.actor(added.id).with_changes(name="Tafel e. V."))  # type: ignore[arg-type]  # while Anna reads the box
    anna.update_actor(mine)  # type: ignore[arg-type]
    now = ben.actor(added.id)  # type: ignore[arg-type]
    assert (now.name, now.influence, now.notes) == ("Tafel e. V.", 9, "Ausgabe dienstags")


def test_moving_or_tying_to_an_actor_a_colleague_removed_says_so(team_of_three) -> None:  # type: ignore[no-untyped-def]
    from netmap.domain import Tie

    anna, ben, _ = team_of_three
    a, b = anna.add_actors([Actor("Kita Sonnenschein"), Actor("Schule")])
    ben.remove_actors([a.id])  # type: ignore[list-item]
    with pytest.raises(ConflictError, match="'Kita Sonnenschein' was removed by another user") as caught:
        anna.move_actors({a.id: (1.0, 2.0)})  # type: ignore[dict-item]
    assert "applied again" not in str(caught.value) and "ids" not in str(caught.value)
    with pytest.raises(ConflictError, match="'Kita Sonnenschein' was removed"):
        anna.add_tie(Tie(a.id, b.id))  # type: ignore[arg-type]


def test_the_conflict_box_says_whose_change_each_line_is(qtbot, team_of_three) -> None:  # type: ignore[no-untyped-def]
    from netmap.ui.team.mode import conflict_box

    anna, ben, carl = team_of_three
    added = anna.add_actor(Actor("Tafel", influence=2))
    stale = anna.actor(added.id)  # type: ignore[arg-type]
    ben.update_actor(ben.actor(added.id).with_changes(name="Tafel e. V."))  # type: ignore[arg-type]
    carl.move_actors({added.id: (50.0, 60.0)})  # type: ignore[dict-item]
    with pytest.raises(ConflictError) as caught:
        anna.update_actor(stale.with_changes(name="Tafel Nord", x=1.0, y=2.0))
    box = conflict_box(None, caught.value)
    qtbot.addWidget(box)
    lines = box.informativeText().splitlines()
    assert any(line.startswith("• name: now Tafel e. V.") and line.endswith(f"changed by {ben.editor}")
               for line in lines)
    assert any(line.startswith("• position: now 50.0, 60.0") and line.endswith(f"changed by {carl.editor}")
               for line in lines)


def test_removing_an_actor_with_a_tie_a_colleague_just_added_is_refused(team_of_three) -> None:  # type: ignore[no-untyped-def]
    from netmap.domain import Tie

    anna, ben, _ = team_of_three
    a, b = anna.add_actors([Actor("Jobcenter"), Actor("Sprachkurs")])
    ben.actors()
    ben.add_tie(Tie(a.id, b.id, kind=""))  # type: ignore[arg-type]
    with pytest.raises(ConflictError, match="ben@") as caught:
        anna.remove_actors([a.id])  # type: ignore[list-item]
    assert "nothing was removed" in str(caught.value)
    anna.state()  # once Anna's map shows the tie, removing the actor takes it along knowingly
    anna.remove_actors([a.id])  # type: ignore[list-item]
    assert ben.ties() == []


def test_undoing_project_info_and_catalogue_edits_keeps_a_colleagues_change(qtbot, team_of_three) -> None:  # type: ignore[no-untyped-def]
    from netmap.domain import CatalogueEntry, CatalogueKind
    from netmap.edits import SetCatalogue, SetInfo

    anna, ben, _ = team_of_three
    session = MapSession(anna)
    failures: list[str] = []
    session.editFailed.connect(failures.append)
    assert session.execute(SetInfo(session.info.with_changes(town="Musterstadt")))
    ben.set_info(ben.info().with_changes(topic="Integration"))
    anna.poll()  # Anna's window has read Ben's topic (as its TeamWatcher does)
    session.undo_stack.undo()
    assert failures == [] and (anna.info().town, anna.info().topic) == ("", "Integration")
    session.undo_stack.redo()
    assert (anna.info().town, anna.info().topic) == ("Musterstadt", "Integration")

    districts = session.catalogue(CatalogueKind.DISTRICT)
    nord = CatalogueEntry("nord", "Nord", "North")
    assert session.execute(SetCatalogue(CatalogueKind.DISTRICT, districts + [nord]))
    ben.set_catalogue(CatalogueKind.DISTRICT, districts + [nord, CatalogueEntry("sued", "Süd", "South")])
    anna.poll()
    session.undo_stack.undo()  # would drop Ben's "Süd": refused, and named
    assert len(failures) == 1 and "catalogue" in failures[0]
    assert [e.key for e in ben.catalogues()[CatalogueKind.DISTRICT]][-2:] == ["nord", "sued"]
    session.project.unsubscribe(session._on_change)


def test_cluster_members_given_in_any_order_are_the_same_members(team_of_three) -> None:  # type: ignore[no-untyped-def]
    anna, _, _ = team_of_three
    a, b = anna.add_actors([Actor("A"), Actor("B")])
    added = anna.add_cluster(Cluster("Nord", (b.id, a.id, b.id)))  # type: ignore[arg-type]
    anna.remove_cluster(added.id, expected=added)  # type: ignore[arg-type]  # the undo of adding it
    assert anna.clusters() == []


def test_undoing_an_edit_that_changed_nothing_writes_nothing(team_of_three) -> None:  # type: ignore[no-untyped-def]
    """The lost update the concurrency test once found (w1 wrote w3's undone name): an edit whose
    value a colleague had already set stores nothing; its undo must then store nothing either,
    not hand back the whole row as read then over this session's own later write."""
    anna, ben, _ = team_of_three
    added = anna.add_actor(Actor("Akteur", influence=3))
    ben.update_actor(ben.actor(added.id).with_changes(name="Bens Name"))  # type: ignore[arg-type]
    seen = anna.actor(added.id)  # type: ignore[arg-type]  # Anna reads it while Ben's name is there
    ben.update_actor(ben.actor(added.id).with_changes(influence=7))  # type: ignore[arg-type]
    # Anna sets the influence Ben has just set: nothing to store.
    noop = anna.revise(seen.with_changes(influence=7))
    assert noop.changed == ()
    ben.update_actor(ben.actor(added.id).with_changes(name="Akteur"))  # Ben takes his name back  # type: ignore[arg-type]
    anna.update_actor(anna.actor(added.id).with_changes(notes="neu"))  # type: ignore[arg-type]  # Anna writes later
    base, target = noop.undoing()
    undone = anna.revise(target, base=base)
    assert undone.changed == ()
    now = ben.actor(added.id)  # type: ignore[arg-type]
    assert (now.name, now.influence, now.notes) == ("Akteur", 7, "neu")


def test_undo_in_the_window_of_an_edit_that_changed_nothing_keeps_the_colleagues_name(qtbot, team_of_three) -> None:  # type: ignore[no-untyped-def]
    anna, ben, _ = team_of_three
    added = anna.add_actor(Actor("Akteur", influence=3))
    session = MapSession(anna)
    failures: list[str] = []
    session.editFailed.connect(failures.append)
    ben.update_actor(ben.actor(added.id).with_changes(name="Bens Name"))  # type: ignore[arg-type]
    session.reload()  # Anna's window shows Ben's name
    ben.update_actor(ben.actor(added.id).with_changes(influence=7))  # type: ignore[arg-type]
    assert session.execute(UpdateActors([session.actors[added.id].with_changes(influence=7)]))  # type: ignore[index]
    ben.update_actor(ben.actor(added.id).with_changes(name="Akteur"))  # type: ignore[arg-type]
    assert session.execute(UpdateActors([session.actors[added.id].with_changes(notes="neu")]))  # type: ignore[index]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert failures == []
    now = ben.actor(added.id)  # type: ignore[arg-type]
    assert (now.name, now.influence, now.notes) == ("Akteur", 7, "")
    session.project.unsubscribe(session._on_change)


def _refused_undo_then_another(undo) -> None:  # type: ignore[no-untyped-def]
    """Press undo twice before the event loop turns, the first refused (a colleague moved B).
    Qt's undo stack was cleared by a timer that fired inside the second undo, while the stack was
    moving: a use after free that crashed the process (found as a rare abort in the team tests)."""
    undo()
    undo()


def test_a_second_undo_right_after_a_refused_one_does_nothing_and_nothing_crashes(qtbot, team_of_three) -> None:  # type: ignore[no-untyped-def]
    anna, ben, _ = team_of_three
    a, b = anna.add_actors([Actor("A", x=0.0, y=0.0), Actor("B", x=5.0, y=5.0)])
    session = MapSession(anna)
    refused: list[object] = []
    session.undoRefused.connect(refused.append)
    assert session.execute(MoveActors({a.id: (10.0, 10.0)}))  # type: ignore[dict-item]
    assert session.execute(MoveActors({b.id: (20.0, 20.0)}))  # type: ignore[dict-item]
    ben.move_actors({b.id: (50.0, 60.0)})  # type: ignore[dict-item]
    _refused_undo_then_another(session.undo_stack.undo)
    qtbot.waitUntil(lambda: session.undo_stack.count() == 0, timeout=5000)
    assert len(refused) == 1
    # The history was void: A stays where Anna moved it, B where Ben did.
    assert (ben.actor(a.id).x, ben.actor(b.id).x) == (10.0, 50.0)  # type: ignore[arg-type]
    assert session.execute(MoveActors({a.id: (30.0, 30.0)}))  # type: ignore[dict-item]
    session.undo_stack.undo()  # a fresh history works as before
    assert ben.actor(a.id).x == 10.0  # type: ignore[arg-type]
    session.project.unsubscribe(session._on_change)


def test_in_the_window_ctrl_z_twice_after_a_colleagues_move_keeps_the_window(
        qtbot, team_window, team_location: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from netmap.project import Project

    with Project.create(team_location) as setup:
        a, b = setup.add_actors([Actor("A", x=0.0, y=0.0), Actor("B", x=5.0, y=5.0)])
    window = team_window(team_location)
    session = window.session
    assert session.execute(MoveActors({a.id: (10.0, 10.0)}))  # type: ignore[dict-item]
    assert session.execute(MoveActors({b.id: (20.0, 20.0)}))  # type: ignore[dict-item]
    monkeypatch.setenv("LOGNAME", "ben")
    with Project.open(team_location) as ben:
        ben.move_actors({b.id: (50.0, 60.0)})  # type: ignore[dict-item]
        _refused_undo_then_another(window.undo.undo.trigger)
        shown = window.message_bar.text()
        assert "The undo history was cleared" in shown and "ben@" in shown
        assert "applied again" not in shown  # an undo offers nothing to apply again
        assert (ben.actor(a.id).x, ben.actor(b.id).x) == (10.0, 50.0)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: session.undo_stack.count() == 0, timeout=5000)
    assert not window.undo.undo.isEnabled()
