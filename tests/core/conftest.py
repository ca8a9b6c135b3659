"""Fixtures for the core: fresh projects in tmp_path, and a small map with every attribute."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from netmap.domain import Actor, Attitude, CatalogueEntry, CatalogueKind, Cluster, ContactPerson, Direction, ProjectInfo, Tie
from netmap.project import Project


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    p = Project.create(tmp_path / "test.netmap")
    yield p
    p.close()


def full_actor(**changes: object) -> Actor:
    """An actor with every attribute set to something other than its default."""
    actor = Actor(
        name="Moscheeverein Al-Nur e. V.",
        category="religion",
        district="nordstadt",
        fields=("interreligioes", "sprache_bildung"),
        stage="anhoerung",
        influence=7,
        attitude=Attitude.SUPPORTIVE,
        reached=True,
        notes="Freitagsgebet, Hausaufgabenhilfe\nzweite Zeile",
        tags=("Steuerungsgruppe", "Dialog"),
        x=120.5,
        y=-33.25,
        contact=ContactPerson("Ayşe Beispiel", "Vorsitzende", "ayse@example.org", "06151 555-0101"),
        dots=3,
        is_key=True,
        extra={"website": "example.org"},
    )
    return actor.with_changes(**changes)


def add_district(project: Project) -> None:
    project.set_catalogue(CatalogueKind.DISTRICT, [CatalogueEntry("nordstadt", "Nordstadt", "North Town", "#123456")])


def small_map(project: Project) -> tuple[list[Actor], list[Tie], Cluster]:
    add_district(project)
    project.set_info(ProjectInfo("Karte", "Beispielstadt", "Integration", "F. Moderatorin", date(2026, 3, 1), "en"))
    actors = project.add_actors([
        full_actor(),
        Actor("Grundschule Nord", category="schulen"),
        Actor("Stadtverwaltung", category="verwaltung", influence=9),
    ])
    ties = project.add_ties([
        Tie(actors[0].id, actors[1].id, "kooperation", Direction.DIRECTED, 3, "sprache_bildung", "seit 2025",
            {"since": "2025"}),
        Tie(actors[1].id, actors[2].id, "weisung", Direction.MUTUAL, 2),
    ])
    cluster = project.add_cluster(Cluster("Bildung", (actors[0].id, actors[1].id), dots=2, colour="#abcdef"))
    return actors, ties, cluster
