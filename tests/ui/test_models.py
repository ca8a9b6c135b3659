"""The table models and their filter, over a real project but without any widget."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from netmap.domain import Actor, Tie
from netmap.project import Project
from netmap.edits import AddActors, RemoveItems, UpdateActors
from netmap.ui.editing.models import (
    ActorTableModel,
    ClusterTableModel,
    MapFilterModel,
    ObjectRole,
    TieTableModel,
)
from netmap.ui.session import MapSession


@pytest.fixture
def session(qapp, small_project: Path):  # type: ignore[no-untyped-def]
    session = MapSession(Project.open(small_project))
    yield session
    session.close()


def names(proxy: MapFilterModel, column: int = 0) -> list[str]:
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_actor_table_shows_labels_and_follows_the_session(session: MapSession) -> None:
    model = ActorTableModel()
    model.attach(session, "de")
    assert model.rowCount() == 4
    row = model.row_of(next(i for i, a in session.actors.items() if a.name == "Stadtverwaltung"))
    assert model.index(row, model.CATEGORY).data() == "Verwaltung"
    assert model.index(row, model.TIES).data() == 2
    assert isinstance(model.index(row, model.NAME).data(ObjectRole), Actor)
    model.set_language("en")
    assert model.index(row, model.CATEGORY).data() == "Administration"
    assert model.headerData(model.CATEGORY, Qt.Orientation.Horizontal) == "Category"

    command = AddActors([Actor("Tafel e.V.", category="initiativen")])
    assert session.execute(command)
    assert model.rowCount() == 5
    assert session.execute(RemoveItems(command.ids))
    assert model.rowCount() == 4


def test_moves_signal_nothing_renames_signal_one_row(session: MapSession) -> None:
    model = ActorTableModel()
    model.attach(session, "de")
    changes: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, roles=(): changes.append((first.row(), last.row())))
    actor = next(iter(session.actors.values()))
    session.project.move_actors({actor.id: (123.0, 456.0)})
    assert changes == []
    session.execute(UpdateActors([actor.with_changes(name="Rathaus")]))
    row = model.row_of(actor.id)
    assert changes == [(row, row)]


def test_tie_table_names_the_actors_and_follows_renames(session: MapSession) -> None:
    model = TieTableModel()
    model.attach(session, "de")
    assert model.rowCount() == 3
    pairs = {(model.index(r, model.SOURCE).data(), model.index(r, model.TARGET).data()) for r in range(3)}
    assert ("Grundschule Süd", "Moscheeverein") in pairs
    school = next(a for a in session.actors.values() if a.name == "Grundschule Süd")
    session.execute(UpdateActors([school.with_changes(name="Grundschule am Park")]))
    pairs = {(model.index(r, model.SOURCE).data(), model.index(r, model.TARGET).data()) for r in range(3)}
    assert ("Grundschule am Park", "Moscheeverein") in pairs
    assert {model.index(r, model.KIND).data() for r in range(3)} == {
        "Kooperation", "Informationsaustausch", "Finanzierung/Förderung"}


@pytest.mark.parametrize(("changes", "expected"), [
    ({"text": "verein"}, ["Moscheeverein", "Sportverein TSV"]),
    ({"text": "VERWALT"}, ["Stadtverwaltung"]),  # the category's label counts too
    ({"category": "schulen"}, ["Grundschule Süd"]),
    ({"district": "sued"}, ["Grundschule Süd", "Moscheeverein"]),
    ({"field": "sprache_bildung"}, ["Grundschule Süd", "Stadtverwaltung"]),
    ({"district": "nord", "field": "sport_kultur"}, ["Sportverein TSV"]),
    ({"text": "nobody"}, []),
])
def test_actor_filter(session: MapSession, changes: dict[str, str], expected: list[str]) -> None:
    model = ActorTableModel()
    model.attach(session, "de")
    proxy = MapFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(model.NAME)
    proxy.set_filter(**changes)
    assert names(proxy) == expected
    proxy.set_filter(text="", category="", district="", field="")
    assert len(names(proxy)) == 4


def test_tie_filter_by_the_actors_and_the_tie_field(session: MapSession) -> None:
    model = TieTableModel()
    model.attach(session, "de")
    proxy = MapFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filter(category="religion")
    assert names(proxy, model.KIND) == ["Informationsaustausch"]
    proxy.set_filter(category="", field="sprache_bildung")
    assert names(proxy, model.TARGET) == ["Moscheeverein"]
    proxy.set_filter(field="", text="tsv")
    assert names(proxy, model.TARGET) == ["Sportverein TSV"]
    proxy.set_filter(text="", district="nord")
    assert proxy.rowCount() == 2


def test_sorting_uses_numbers_and_ranks(session: MapSession) -> None:
    model = ActorTableModel()
    model.attach(session, "de")
    proxy = MapFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(model.TIES, Qt.SortOrder.DescendingOrder)
    assert set(names(proxy)[:2]) == {"Stadtverwaltung", "Grundschule Süd"}  # two ties each
    assert [proxy.index(r, model.TIES).data() for r in range(4)] == [2, 2, 1, 1]
    proxy.sort(model.INFLUENCE, Qt.SortOrder.DescendingOrder)
    assert names(proxy)[0] == "Stadtverwaltung"


def test_cluster_table_counts_members_and_dots(session: MapSession) -> None:
    from netmap.domain import Cluster
    from netmap.edits import AddCluster, UpdateCluster

    model = ClusterTableModel()
    model.attach(session, "de")
    ids = list(session.actors)[:2]
    command = AddCluster(Cluster("Bildung", members=tuple(ids)))
    session.execute(command)
    assert model.rowCount() == 1
    assert model.index(0, model.MEMBERS).data() == 2
    session.execute(UpdateCluster(command.added.with_changes(dots=3)))
    assert model.index(0, model.DOTS).data() == 3
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert model.rowCount() == 0


def test_ties_added_elsewhere_update_the_degree_column(session: MapSession) -> None:
    model = ActorTableModel()
    model.attach(session, "de")
    a, b = [i for i, x in session.actors.items() if x.name in ("Moscheeverein", "Sportverein TSV")]
    session.project.add_tie(Tie(a, b, "konflikt"))
    assert model.index(model.row_of(b), model.TIES).data() == 2




def test_the_table_model_sorts_itself_and_stays_sorted_as_the_map_changes(session: MapSession) -> None:
    """The filter passes sorting on to the model (one sort over cached keys); renamed and new
    actors move to their place, and a row someone selected is followed to its new place."""
    model = ActorTableModel()
    model.attach(session, "de")
    proxy = MapFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(model.NAME)
    assert proxy.sortColumn() == -1  # the proxy keeps the model's order
    assert names(proxy) == sorted(names(proxy), key=str.casefold)
    school = next(a for a in session.actors.values() if a.name == "Grundschule Süd")
    selected = QPersistentModelIndex(proxy.mapFromSource(model.index(model.row_of(school.id), model.NAME)))
    assert selected.row() == 0
    session.execute(UpdateActors([school.with_changes(name="Zentrum am Park")]))
    assert names(proxy)[-1] == "Zentrum am Park"
    assert selected.row() == proxy.rowCount() - 1 and selected.data() == "Zentrum am Park"
    session.execute(AddActors([Actor("Arbeitskreis Asyl")]))
    assert names(proxy)[0] == "Arbeitskreis Asyl"
    proxy.sort(model.NAME, Qt.SortOrder.DescendingOrder)
    assert names(proxy) == sorted(names(proxy), key=str.casefold, reverse=True)
    proxy.set_filter(text="a")
    assert names(proxy) == sorted(names(proxy), key=str.casefold, reverse=True)
