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


@pytest.fixture
def team_window(qtbot, tmp_path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A factory: the main window (in English) with the team project at a location opened through
    File ▸ Open team project."""
    from PySide6.QtCore import QSettings

    from netmap.ui.window.main_window import MainWindow

    def open_window(location: str) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("ui/language", "en")
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.show()
        monkeypatch.setattr(window.prompts, "team_location", lambda server="": location)
        window.actions_.open_team.trigger()
        assert window.session is not None and window.session.project.shared
        return window

    return open_window
