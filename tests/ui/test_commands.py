"""Every edit is one undoable command that only calls the core; undo and redo keep the file right."""

from __future__ import annotations

from pathlib import Path

import pytest

from netmap.domain import Actor, CatalogueEntry, CatalogueKind, Cluster, Tie
from netmap.project import Project
from netmap.edits import (
    AddActors,
    AddCluster,
    AddTies,
    Composite,
    MoveActors,
    RemoveCluster,
    RemoveItems,
    SetCatalogue,
    SetInfo,
    UpdateActors,
    UpdateTie,
)
from netmap.ui.session import MapSession


@pytest.fixture
def session(qapp, small_project: Path):  # type: ignore[no-untyped-def]
    session = MapSession(Project.open(small_project))
    yield session
    session.close()


def on_file(path: Path) -> tuple[set[str], int, list[str]]:
    with Project.open(path, read_only=True) as project:
        state = project.state()
    return {a.name for a in state.actors}, len(state.ties), [c.name for c in state.clusters]


def ids(session: MapSession) -> dict[str, int]:
    return {a.name: i for i, a in session.actors.items()}


def test_add_actors_undo_redo_keeps_identity(session: MapSession, small_project: Path) -> None:
    command = AddActors([Actor("Tafel e.V.", category="initiativen")])
    assert session.execute(command)
    added = command.added[0]
    assert "Tafel e.V." in on_file(small_project)[0]
    assert command.text() == "Add actor “Tafel e.V.”"
    session.undo_stack.undo()
    assert "Tafel e.V." not in on_file(small_project)[0]
    session.undo_stack.redo()
    again = session.actors[added.id]
    assert (again.uid, again.name) == (added.uid, "Tafel e.V.")


def test_paste_adds_ties_among_the_new_actors(session: MapSession, small_project: Path) -> None:
    actors = [Actor("A"), Actor("B"), Actor("C")]
    command = AddActors(actors, [(0, 1, Tie(0, 0, "kooperation")),
                                                          (1, 2, Tie(0, 0, "konflikt"))])
    assert session.execute(command)
    assert on_file(small_project)[1] == 5
    session.undo_stack.undo()
    assert on_file(small_project)[1] == 3
    session.undo_stack.redo()
    assert on_file(small_project)[1] == 5
    assert {t.id for t in command.added_ties} <= set(session.ties)


def test_refused_edit_leaves_no_trace(session: MapSession, small_project: Path) -> None:
    failures: list[str] = []
    session.editFailed.connect(failures.append)
    assert not session.execute(AddActors([Actor("  ")]))
    assert not session.execute(AddTies([Tie(1, 999, "kooperation")]))
    assert len(failures) == 2 and "name" in failures[0]
    assert session.undo_stack.count() == 0
    assert len(on_file(small_project)[0]) == 4


def test_a_paste_whose_ties_are_refused_adds_no_actors(session: MapSession, small_project: Path) -> None:
    command = AddActors([Actor("A"), Actor("B")], [(0, 1, Tie(0, 0, "no-such-kind"))])
    assert not session.execute(command)
    assert len(on_file(small_project)[0]) == 4


def test_update_merges_steps_of_one_attribute(session: MapSession) -> None:
    actor = session.actors[ids(session)["Moscheeverein"]]
    for influence in (1, 2, 3):
        session.execute(UpdateActors([session.actors[actor.id].with_changes(
            influence=influence)], attribute="influence"))
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.actors[actor.id].influence == 0
    session.execute(UpdateActors([actor.with_changes(name="Moschee")]))
    session.execute(UpdateActors([session.actors[actor.id].with_changes(name="Moschee 2")]))
    assert session.undo_stack.count() == 2  # names never merge


def test_move_is_one_step_for_many_actors(session: MapSession, small_project: Path) -> None:
    before = {i: (a.x, a.y) for i, a in session.actors.items()}
    session.execute(MoveActors({i: (x + 10, y + 10) for i, (x, y) in before.items()}))
    session.undo_stack.undo()
    assert {i: (a.x, a.y) for i, a in session.actors.items()} == before


def test_remove_items_takes_and_brings_back_ties_and_memberships(session: MapSession, small_project: Path) -> None:
    n = ids(session)
    session.execute(AddCluster(Cluster("Süd", members=(n["Grundschule Süd"],
                                                                              n["Moscheeverein"]))))
    lone = next(t.id for t in session.ties.values() if t.kind == "finanzierung")
    session.execute(RemoveItems([n["Grundschule Süd"]], [lone]))
    assert on_file(small_project)[1] == 0
    assert session.clusters[0].members == (n["Moscheeverein"],)
    session.undo_stack.undo()
    assert on_file(small_project)[1] == 3
    assert set(session.clusters[0].members) == {n["Grundschule Süd"], n["Moscheeverein"]}
    session.undo_stack.redo()
    assert on_file(small_project)[1] == 0


def test_tie_update_and_cluster_removal(session: MapSession, small_project: Path) -> None:
    tie = next(iter(session.ties.values()))
    session.execute(UpdateTie(tie.with_changes(strength=3, notes="seit 2022")))
    assert session.ties[tie.id].strength == 3
    session.undo_stack.undo()
    assert session.ties[tie.id].strength == tie.strength
    add = AddCluster(Cluster("Alle", members=tuple(session.actors)))
    session.execute(add)
    session.execute(RemoveCluster(add.added.id))
    assert on_file(small_project)[2] == []
    session.undo_stack.undo()
    assert on_file(small_project)[2] == ["Alle"]


def test_info_and_catalogue_commands(session: MapSession) -> None:
    session.execute(SetInfo(session.info.with_changes(topic="Vielfalt")))
    assert session.info.topic == "Vielfalt"
    entries = session.catalogue(CatalogueKind.DISTRICT) + [CatalogueEntry("mitte", "Mitte", "Centre", rank=2)]
    session.execute(SetCatalogue(CatalogueKind.DISTRICT, entries))
    assert [e.key for e in session.catalogue(CatalogueKind.DISTRICT)] == ["nord", "sued", "mitte"]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert [e.key for e in session.catalogue(CatalogueKind.DISTRICT)] == ["nord", "sued"]
    assert session.info.topic == ""


def test_composite_rolls_back_when_a_part_is_refused(session: MapSession) -> None:
    districts = session.catalogue(CatalogueKind.DISTRICT)
    parts = [
        SetCatalogue(CatalogueKind.DISTRICT, districts[:1] + [CatalogueEntry("x", "X", "X")]
                            + districts[1:]),
        SetCatalogue(CatalogueKind.CATEGORY, []),  # categories are in use: refused
    ]
    assert not session.execute(Composite(parts, "both"))
    assert [e.key for e in session.catalogue(CatalogueKind.DISTRICT)] == ["nord", "sued"]


def test_undo_that_no_longer_fits_the_file_clears_the_history(qtbot, session: MapSession) -> None:
    failures: list[str] = []
    session.editFailed.connect(failures.append)
    tie = next(iter(session.ties.values()))
    session.execute(UpdateTie(tie.with_changes(strength=2)))
    session.project.remove_ties([tie.id])  # changed behind the undo stack's back
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: session.undo_stack.count() == 0)
    assert failures and "Undo/redo was not possible" in failures[0]
