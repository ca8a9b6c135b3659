"""What the core tests put into a project: an actor with every attribute set, and a small map of
three actors, two ties and a cluster. Imported by the test modules (a conftest is not for importing)."""

from __future__ import annotations

from datetime import date
from typing import Unpack

from netmap.domain import (
    Actor,
    ActorChanges,
    Attitude,
    CatalogueEntry,
    CatalogueKind,
    Cluster,
    ContactPerson,
    Direction,
    ProjectInfo,
    Tie,
)
from netmap.project import Project


def full_actor(**changes: Unpack[ActorChanges]) -> Actor:
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
