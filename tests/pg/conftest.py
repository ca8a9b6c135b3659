"""Team mode against a real PostgreSQL server, which the test run starts itself (cluster.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from netmap.project import Project


@pytest.fixture
def team_location(pg_database: str) -> str:
    """The address of a new, not yet created project on the test server."""
    return f"{pg_database}#Team {uuid.uuid4().hex[:8]}"


@pytest.fixture
def team_of_three(team_location: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Project, Project, Project]]:
    """Anna, Ben and Carl on one team project; getpass reads LOGNAME, so each session records its user."""
    Project.create(team_location).close()
    users = []
    for name in ("anna", "ben", "carl"):
        monkeypatch.setenv("LOGNAME", name)
        users.append(Project.open(team_location))
    yield users[0], users[1], users[2]
    for user in users:
        user.close()


@pytest.fixture
def anna_and_ben(team_location: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Project, Project]]:
    """Two users' sessions; getpass reads LOGNAME, so each session records its own user."""
    Project.create(team_location).close()
    monkeypatch.setenv("LOGNAME", "anna")
    anna = Project.open(team_location)
    monkeypatch.setenv("LOGNAME", "ben")
    ben = Project.open(team_location)
    yield anna, ben
    anna.close()
    ben.close()
