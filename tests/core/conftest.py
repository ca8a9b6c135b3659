"""Fixtures for the core: fresh projects on both back ends, and a small map with every attribute.

`location` (and so `project`) runs each test twice: on a project file in tmp_path (SQLite) and on a
fresh project of a PostgreSQL server that the test run starts itself (tests/pg/cluster.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from netmap.domain import (
    Actor,
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

BACKENDS = ["sqlite", "postgresql"]


def new_server_location(database: str) -> str:
    return f"{database}#t_{uuid.uuid4().hex[:12]}"


@pytest.fixture(params=BACKENDS)
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """Where a new project may be created: a file path, or a server project's address."""
    if request.param == "sqlite":
        return tmp_path / "test.netmap"
    return new_server_location(request.getfixturevalue("pg_database"))


@pytest.fixture
def project(location: str | Path) -> Iterator[Project]:
    p = Project.create(location)
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
