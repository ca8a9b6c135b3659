"""Every attribute survives a round trip through the file; edits are in the file at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from netmap.catalogues import default_catalogues
from netmap.domain import Actor, CatalogueEntry, CatalogueKind, Cluster, ContactPerson, Direction, ProjectInfo, Tie
from netmap.errors import InvalidEditError, ReadOnlyError
from netmap.project import Change, Project

from .fixtures import add_district, full_actor, small_map


def test_every_attribute_round_trips_through_the_file(location: str | Path) -> None:
    path = location
    with Project.create(path) as project:
        actors, ties, cluster = small_map(project)
    with Project.open(path) as project:
        state = project.state()
    assert state.info == ProjectInfo("Karte", "Beispielstadt", "Integration", "F. Moderatorin", date(2026, 3, 1), "en")
    assert state.actors == actors
    assert state.ties == ties
    assert state.clusters == [cluster]
    assert state.actors[0].contact == ContactPerson("Ayşe Beispiel", "Vorsitzende", "ayse@example.org",
                                                    "06151 555-0101")
    assert state.ties[0].direction == Direction.DIRECTED and state.ties[0].extra == {"since": "2025"}
    expected = default_catalogues()
    expected[CatalogueKind.DISTRICT] = [CatalogueEntry("nordstadt", "Nordstadt", "North Town", "#123456")]
    assert state.catalogues == expected


def test_default_catalogues_follow_the_handbook(project: Project) -> None:
    catalogues = project.catalogues()
    categories = {e.label_de for e in catalogues[CatalogueKind.CATEGORY]}
    assert {"Verwaltung", "Religions-/Glaubensgemeinschaften", "Migrant*innenorganisationen",
            "Interessenvertretungen und Beiräte", "Wohlfahrtsverbände", "Unternehmen"} <= categories
    assert len(categories) >= 25
    stages = [e.key for e in catalogues[CatalogueKind.STAGE]]
    assert stages[0] == "dekoration" and stages[-1] == "selbstorganisation" and len(stages) == 7
    assert len(catalogues[CatalogueKind.TIE_KIND]) == 7
    assert len(catalogues[CatalogueKind.FIELD]) == 12
    assert all(e.label_en and e.label_de for entries in catalogues.values() for e in entries)


def test_each_edit_is_committed_at_once(location: str | Path) -> None:
    path = location
    project = Project.create(path)
    actor = project.add_actor(Actor("Stadtbibliothek", category="bildungstraeger"))
    # A second, read-only connection sees the edit before the first project is closed.
    with Project.open(path, read_only=True) as reader:
        assert [a.name for a in reader.actors()] == ["Stadtbibliothek"]
    project.update_actor(actor.with_changes(name="Stadtbücherei"))
    with Project.open(path, read_only=True) as reader:
        assert reader.actor(actor.id).name == "Stadtbücherei"  # type: ignore[arg-type]
    project.close()


def test_removing_an_actor_takes_its_ties_and_memberships_and_undo_restores_them(project: Project) -> None:
    actors, ties, cluster = small_map(project)
    before = project.state()
    removed = project.remove_actors([actors[1].id])  # type: ignore[list-item]
    after = project.state()
    assert len(after.actors) == 2 and after.ties == []
    assert after.clusters[0].members == (actors[0].id,)
    project.restore_actors(removed)
    assert project.state() == before


def test_ids_are_never_reused(project: Project) -> None:
    first = project.add_actor(Actor("A"))
    project.remove_actors([first.id])  # type: ignore[list-item]
    second = project.add_actor(Actor("B"))
    assert second.id != first.id


def test_moves_are_stored_and_return_old_positions(project: Project) -> None:
    a = project.add_actor(Actor("A", x=1, y=2))
    old = project.move_actors({a.id: (10.0, 20.0)})  # type: ignore[dict-item]
    assert old == {a.id: (1.0, 2.0)}
    assert (project.actor(a.id).x, project.actor(a.id).y) == (10.0, 20.0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "actor, message",
    [
        (Actor(""), "needs a name"),
        (Actor("x" * 10_000), "10,000 characters"),
        (Actor("bad\x00name"), "control character"),
        (Actor("A", influence=11), "outside 0-10"),
        (Actor("A", category="nonexistent"), "not in the project's catalogue"),
        (Actor("A", fields=("nope",)), "not in the project's catalogue"),
    ],
)
def test_invalid_actors_are_refused_and_change_nothing(project: Project, actor: Actor, message: str) -> None:
    revision = project.revision()
    with pytest.raises(InvalidEditError, match=message):
        project.add_actor(actor)
    assert project.actors() == [] and project.revision() == revision


def test_invalid_ties_are_refused(project: Project) -> None:
    a, b = project.add_actors([Actor("A"), Actor("B")])
    for tie, message in [
        (Tie(a.id, a.id), "two different"),  # type: ignore[arg-type]
        (Tie(a.id, 999), "two actors of the map"),  # type: ignore[arg-type]
        (Tie(a.id, b.id, strength=4), "outside 1-3"),  # type: ignore[arg-type]
        (Tie(a.id, b.id, kind="freundschaft"), "not in the project's catalogue"),  # type: ignore[arg-type]
    ]:
        with pytest.raises(InvalidEditError, match=message):
            project.add_tie(tie)
    assert project.ties() == []


def test_a_failing_batch_adds_nothing(project: Project) -> None:
    with pytest.raises(InvalidEditError):
        project.add_actors([Actor("fine"), Actor("")])
    assert project.actors() == []


def test_catalogue_edits_keep_keys_in_use(project: Project) -> None:
    add_district(project)
    project.add_actor(full_actor(is_key=False))
    categories = project.catalogues()[CatalogueKind.CATEGORY]
    renamed = [e if e.key != "religion" else CatalogueEntry("religion", "Glaube", "Faith", e.colour, e.rank)
               for e in categories]
    project.set_catalogue(CatalogueKind.CATEGORY, renamed)
    assert project.state().label(CatalogueKind.CATEGORY, "religion") == "Glaube"
    with pytest.raises(InvalidEditError, match="religion"):
        project.set_catalogue(CatalogueKind.CATEGORY, [e for e in renamed if e.key != "religion"])
    with pytest.raises(InvalidEditError, match="unique"):
        project.set_catalogue(CatalogueKind.CATEGORY, renamed + renamed[:1])


def test_listeners_hear_every_edit(project: Project) -> None:
    heard: list[Change] = []
    project.subscribe(heard.append)
    a, b = project.add_actors([Actor("A"), Actor("B")])
    tie = project.add_tie(Tie(a.id, b.id))  # type: ignore[arg-type]
    project.add_cluster(Cluster("C", (a.id,)))  # type: ignore[arg-type]
    project.remove_actors([b.id])  # type: ignore[list-item]
    assert [(c.what, c.action) for c in heard] == [
        ("actor", "added"), ("tie", "added"), ("cluster", "added"), ("tie", "removed"), ("actor", "removed"),
    ]
    assert heard[3].ids == (tie.id,)


def test_read_only_projects_refuse_edits_and_never_write(tmp_path: Path) -> None:
    path = tmp_path / "p.netmap"
    with Project.create(path) as project:
        project.add_actor(Actor("A"))
    before = path.read_bytes()
    with Project.open(path, read_only=True) as reader:
        assert reader.read_only
        with pytest.raises(ReadOnlyError):
            reader.add_actor(Actor("B"))
        assert [a.name for a in reader.actors()] == ["A"]
    assert path.read_bytes() == before
    assert not path.with_name("p.netmap.lock").exists()


def test_a_batch_stores_all_its_edits_or_none(project: Project) -> None:
    heard: list[Change] = []
    project.subscribe(heard.append)
    revision = project.revision()
    with pytest.raises(InvalidEditError, match="strength"):
        with project.batch():
            a, b = project.add_actors([Actor("A"), Actor("B")])
            project.add_tie(Tie(a.id, b.id, strength=9))  # type: ignore[arg-type]
    assert project.actors() == [] and heard == [] and project.revision() == revision
    with project.batch():
        a, b = project.add_actors([Actor("A"), Actor("B")])
        project.add_tie(Tie(a.id, b.id))  # type: ignore[arg-type]
        assert heard == []  # listeners hear of the batch once it is stored
    assert [(c.what, c.action) for c in heard] == [("actor", "added"), ("tie", "added")]
    assert project.revision() == revision + 1 and len(project.ties()) == 1
