"""Fixtures for the core: fresh projects on both back ends (the maps to fill them are in fixtures.py).

`location` (and so `project`) runs each test twice: on a project file in tmp_path (SQLite) and on a
fresh project of a PostgreSQL server that the test run starts itself (tests/pg/cluster.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

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
