"""Snapshots freeze the whole map and survive every later edit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from netmap.domain import Actor, CatalogueKind, Tie
from netmap.errors import InvalidEditError, SnapshotNotFoundError
from netmap.project import Project

from .fixtures import small_map


def test_a_snapshot_is_unaffected_by_later_edits(location: str | Path) -> None:
    path = location
    with Project.create(path) as project:
        actors, ties, cluster = small_map(project)
        frozen = project.state()
        project.take_snapshot("Workshop März", date(2026, 3, 1), "erste Runde")
        # Edit everything the snapshot holds.
        project.update_actor(actors[0].with_changes(name="Umbenannt", x=0.0, stage="mitbestimmung", contact=None))
        project.remove_ties([ties[0].id])  # type: ignore[list-item]
        project.remove_actors([actors[2].id])  # type: ignore[list-item]
        project.update_cluster(cluster.with_changes(name="Anders", members=()))
        project.add_actor(Actor("Neu"))
        entries = project.catalogues()[CatalogueKind.CATEGORY]
        project.set_catalogue(CatalogueKind.CATEGORY, [e.__class__(e.key, e.label_de + "!", e.label_en, e.colour,
                                                                   e.rank) for e in entries])
    with Project.open(path) as project:
        snapshot = project.snapshot_state("Workshop März")
        assert snapshot.actors == frozen.actors
        assert snapshot.ties == frozen.ties
        assert snapshot.clusters == frozen.clusters
        assert snapshot.info == frozen.info
        assert snapshot.catalogues == frozen.catalogues
        assert [(s.label, s.taken_on, s.note) for s in project.snapshots()] == [
            ("Workshop März", date(2026, 3, 1), "erste Runde")]


def test_snapshot_labels_are_unique_and_can_be_renamed_and_deleted(project: Project) -> None:
    project.take_snapshot("A", date(2025, 1, 1))
    project.take_snapshot("B", date(2024, 1, 1))
    assert [s.label for s in project.snapshots()] == ["B", "A"]  # oldest first
    with pytest.raises(InvalidEditError, match="exists already"):
        project.take_snapshot("A")
    with pytest.raises(InvalidEditError, match="exists already"):
        project.rename_snapshot("A", "B")
    project.rename_snapshot("A", "C", note="umbenannt")
    assert [s.label for s in project.snapshots()] == ["B", "C"]
    project.delete_snapshot("B")
    with pytest.raises(SnapshotNotFoundError, match="'B'.*'C'"):
        project.snapshot_state("B")


def test_actors_keep_their_identity_across_snapshots(project: Project) -> None:
    a, b = project.add_actors([Actor("Jugendtreff Nord"), Actor("B")])
    project.add_tie(Tie(a.id, b.id))  # type: ignore[arg-type]
    project.take_snapshot("vorher")
    project.update_actor(project.actor(a.id).with_changes(name="Jugendzentrum Nordstadt"))  # type: ignore[arg-type]
    project.take_snapshot("nachher")
    before = {x.uid: x.name for x in project.snapshot_state("vorher").actors}
    after = {x.uid: x.name for x in project.snapshot_state("nachher").actors}
    assert before[a.uid] == "Jugendtreff Nord" and after[a.uid] == "Jugendzentrum Nordstadt"
