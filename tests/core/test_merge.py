"""Imports add and update without duplicates, keep identities, and are all or nothing."""

from __future__ import annotations

import pytest

from netmap.domain import Actor, Attitude, CatalogueEntry, CatalogueKind, Cluster, MapState, Tie
from netmap.errors import InvalidEditError
from netmap.merge import plan_import
from netmap.project import Project


def incoming(*actors: Actor, ties: tuple[Tie, ...] = (), clusters: tuple[Cluster, ...] = (),
             categories: tuple[CatalogueEntry, ...] = ()) -> MapState:
    return MapState(actors=list(actors), ties=list(ties), clusters=list(clusters),
                    catalogues={CatalogueKind.CATEGORY: list(categories)} if categories else {})


def test_import_into_an_empty_project_adds_everything(project: Project) -> None:
    source = incoming(Actor("Rathaus", id=1, category="rat", x=5, y=6), Actor("Moschee", id=2),
                      ties=(Tie(1, 2, "kooperation", strength=2),), clusters=(Cluster("Dialog", (1, 2)),),
                      categories=(CatalogueEntry("rat", "Rat", "Council"),))
    plan = plan_import(project.state(), source)
    assert [a.name for a in plan.new_actors] == ["Rathaus", "Moschee"]
    project.apply_import(plan)
    state = project.state()
    assert [(a.name, a.category, a.x) for a in state.actors] == [("Rathaus", "rat", 5), ("Moschee", "", 0)]
    assert len(state.ties) == 1 and state.ties[0].strength == 2
    assert state.clusters[0].members == tuple(a.id for a in state.actors)
    assert state.label(CatalogueKind.CATEGORY, "rat") == "Rat"


def test_importing_the_same_file_twice_duplicates_nothing(project: Project) -> None:
    source = incoming(Actor("Rathaus", id=1), Actor("Moschee", id=2), ties=(Tie(1, 2, "kooperation"),))
    project.apply_import(plan_import(project.state(), source))
    again = plan_import(project.state(), incoming(Actor(" rathaus ", id=7), Actor("MOSCHEE", id=8),
                                                  ties=(Tie(8, 7, "kooperation"),)))
    assert again.is_empty()


def test_parallel_ties_and_namesakes_of_a_file_are_found_again_on_a_second_import(project: Project) -> None:
    # A Gephi sample with 804 parallel edges grew by 804 ties on every import; two nodes of one
    # name gave a new actor each time.
    def source() -> MapState:
        return incoming(Actor("Rathaus", id=1), Actor("Moschee", id=2), Actor("Moschee", id=3),
                        ties=(Tie(1, 2, "kooperation"), Tie(2, 1, "kooperation", strength=3),
                              Tie(1, 3, "kooperation"), Tie(1, 3, "")))

    project.apply_import(plan_import(project.state(), source()))
    assert (len(project.state().actors), len(project.state().ties)) == (3, 4)
    again = plan_import(project.state(), source())
    assert again.is_empty(), again
    project.apply_import(again)
    assert (len(project.state().actors), len(project.state().ties)) == (3, 4)


def test_matched_actors_keep_identity_and_only_filled_values_change(project: Project) -> None:
    kept = project.add_actor(Actor("Rathaus", category="verwaltung", influence=8, x=100, y=50,
                                   attitude=Attitude.CRITICAL))
    plan = plan_import(project.state(), incoming(Actor("Rathaus", id=1, notes="neu", influence=0)))
    (now, after), = plan.updated_actors
    assert after.id == kept.id and after.uid == kept.uid
    assert (after.notes, after.influence, after.category, after.x) == ("neu", 8, "verwaltung", 100)
    assert [c[2] for c in plan.conflicts] == [["notes"]]


def test_a_workbook_that_carries_every_column_can_clear_values(project: Project) -> None:
    kept = project.add_actor(Actor("Rathaus", influence=8, attitude=Attitude.CRITICAL, reached=True))
    source = incoming(Actor("Rathaus", id=1, uid=kept.uid))
    plan = plan_import(project.state(), source, carried=frozenset({"influence", "attitude", "reached"}))
    project.apply_import(plan)
    after = project.actor(kept.id)  # type: ignore[arg-type]
    assert (after.influence, after.attitude, after.reached) == (0, Attitude.NEUTRAL, False)


def test_identity_wins_over_names_so_renames_come_through(project: Project) -> None:
    kept = project.add_actor(Actor("Jugendtreff Nord"))
    plan = plan_import(project.state(), incoming(Actor("Jugendzentrum Nordstadt", id=1, uid=kept.uid)))
    project.apply_import(plan)
    assert [(a.id, a.name) for a in project.actors()] == [(kept.id, "Jugendzentrum Nordstadt")]


def test_replace_makes_the_map_the_source_but_matched_actors_keep_their_place(project: Project) -> None:
    a, b, c = project.add_actors([Actor("A", x=1, y=1), Actor("B", x=2, y=2), Actor("C")])
    project.add_ties([Tie(a.id, b.id), Tie(b.id, c.id)])  # type: ignore[arg-type]
    project.take_snapshot("vorher")
    plan = plan_import(project.state(), incoming(Actor("A", id=1), Actor("B", id=2), Actor("D", id=3),
                                                 ties=(Tie(1, 3, "kooperation"),)), replace_map=True)
    assert [x.name for x in plan.removed_actors] == ["C"]
    project.apply_import(plan)
    state = project.state()
    assert [(x.id, x.name, x.x) for x in state.actors][:2] == [(a.id, "A", 1), (b.id, "B", 2)]
    assert {x.name for x in state.actors} == {"A", "B", "D"}
    assert len(state.ties) == 1  # A-B and B-C are not in the source
    assert len(project.snapshot_state("vorher").actors) == 3


def test_an_invalid_import_changes_nothing(project: Project) -> None:
    project.add_actor(Actor("Rathaus"))
    before = project.state()
    plan = plan_import(before, incoming(Actor("Neu", id=1), Actor("x" * 10_000, id=2)))
    with pytest.raises(InvalidEditError, match="10,000"):
        project.apply_import(plan)
    plan = plan_import(before, incoming(Actor("Neu", id=1), Actor("Alt", id=2), ties=(Tie(1, 2, strength=9),)))
    with pytest.raises(InvalidEditError, match="strength"):
        project.apply_import(plan)
    assert project.state() == before


def test_restore_map_undoes_an_import(project: Project) -> None:
    project.add_actor(Actor("Rathaus", category="verwaltung"))
    before = project.apply_import(plan_import(project.state(), incoming(Actor("Neu", id=1),
                                                                        categories=(CatalogueEntry("x", "X", "X"),))))
    assert len(project.actors()) == 2
    project.restore_map(before)
    assert project.state() == before


def test_a_plan_is_refused_when_its_actor_changed_since_it_was_made(project: Project) -> None:
    """Between planning and applying (a phone's proposal approved meanwhile, by this very session),
    the plan would write its old values back over the change."""
    from netmap.errors import ConflictError

    rathaus = project.add_actor(Actor("Rathaus", influence=2))
    plan = plan_import(project.state(), MapState(actors=[Actor("Rathaus", influence=4)]))
    project.update_actor(project.actor(rathaus.id).with_changes(notes="von einem Telefon"))  # type: ignore[arg-type]
    with pytest.raises(ConflictError):
        project.apply_import(plan)
    now = project.actor(rathaus.id)  # type: ignore[arg-type]
    assert (now.notes, now.influence) == ("von einem Telefon", 2)
