"""A database user without the needed grants is told which grant is missing, not that the project
needs an upgrade, and never sees the name of a project being built (issue 18)."""

from __future__ import annotations

import re
import secrets

import pytest
from sqlalchemy import create_engine, text

from netmap.errors import AccessDeniedError
from netmap.project import Project


@pytest.fixture
def visitor(pg_database: str) -> str:
    """The address of the test database as a new role that may log in, and nothing more."""
    role, password = f"visitor_{secrets.token_hex(4)}", secrets.token_hex(8)
    admin = create_engine(pg_database.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'"))
    admin.dispose()
    return re.sub(r"//[^@]+@", f"//{role}:{password}@", pg_database)


def test_a_user_without_usage_on_the_project_is_told_the_grant(visitor: str, team_location: str) -> None:
    Project.create(team_location).close()
    project = team_location.rpartition("#")[2]
    for read_only in (False, True):
        with pytest.raises(AccessDeniedError) as caught:
            Project.open(f"{visitor}#{project}", read_only=read_only)
        message = str(caught.value)
        assert "may not open this project" in message and f'GRANT USAGE ON SCHEMA "{project}"' in message
        assert "upgrade" not in message and "read-only" not in message


def test_a_user_who_may_not_create_projects_is_told_without_the_stand_in_name(visitor: str) -> None:
    from netmap.demo import write_demo

    with pytest.raises(AccessDeniedError) as caught:
        write_demo(f"{visitor}#Musterstadt")
    message = str(caught.value)
    assert "may not create projects" in message and "GRANT CREATE ON DATABASE" in message
    assert ".partial" not in message and "#" not in message.split(":")[0]
