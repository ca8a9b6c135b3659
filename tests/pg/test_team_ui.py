"""The team watcher follows another user's edits; a conflict is explained in a message box."""

from __future__ import annotations

from pathlib import Path

import pytest

from netmap.domain import Actor
from netmap.errors import ConflictError, ServerUnavailableError
from netmap.project import Change, Project
from netmap.ui.team.mode import TeamWatcher, conflict_box


def test_the_watcher_shows_the_other_users_edit_within_seconds(qtbot, team_location: str) -> None:  # type: ignore[no-untyped-def]
    Project.create(team_location).close()
    with Project.open(team_location) as anna, Project.open(team_location) as ben:
        heard: list[Change] = []
        ben.subscribe(heard.append)
        watcher = TeamWatcher(ben, interval_ms=100)
        watcher.start()
        anna.add_actor(Actor("Familienzentrum"))
        with qtbot.waitSignal(watcher.changedElsewhere, timeout=5000):
            pass
        watcher.stop()
        assert heard == [Change("map", "replaced")]
        assert [a.name for a in ben.actors()] == ["Familienzentrum"]


def test_a_read_only_viewer_of_a_file_follows_the_editor(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.netmap"
    with Project.create(path) as editor, Project.open(path, read_only=True) as viewer:
        watcher = TeamWatcher(viewer, interval_ms=50)
        watcher.start()
        editor.add_actor(Actor("Rathaus"))
        with qtbot.waitSignal(watcher.changedElsewhere, timeout=5000):
            pass
        watcher.stop()
        assert [a.name for a in viewer.actors()] == ["Rathaus"]


def test_an_unreachable_server_is_reported_once(qtbot, team_location: str) -> None:  # type: ignore[no-untyped-def]
    Project.create(team_location).close()
    with Project.open(team_location) as ben:
        watcher = TeamWatcher(ben, interval_ms=50)
        def broken() -> bool:
            raise ServerUnavailableError(ben.location, "connection lost")

        ben.has_external_changes = broken  # type: ignore[method-assign]
        with qtbot.waitSignal(watcher.unavailable, timeout=5000) as blocker:
            watcher.check()
        assert "connection lost" in blocker.args[0]
        watcher.stop()


def test_the_conflict_box_names_who_changed_what(qtbot, team_location: str) -> None:  # type: ignore[no-untyped-def]
    Project.create(team_location).close()
    with Project.open(team_location) as anna, Project.open(team_location) as ben:
        added = anna.add_actor(Actor("Tafel e. V.", influence=2))
        stale = ben.actor(added.id)  # type: ignore[arg-type]
        anna.update_actor(anna.actor(added.id).with_changes(influence=6))  # type: ignore[arg-type]
        with pytest.raises(ConflictError) as caught:
            ben.update_actor(stale.with_changes(influence=9))
    box = conflict_box(None, caught.value)
    qtbot.addWidget(box)
    assert "Tafel e. V." in box.text() and anna.editor in box.text()
    assert "influence: now 6 (yours: 9)" in box.informativeText()
    assert {b.text() for b in box.buttons()} == {"Keep their version", "Apply my version"}
    rebased = caught.value.rebased()
    assert isinstance(rebased, Actor) and rebased.influence == 9 and rebased.version == caught.value.theirs.version  # type: ignore[attr-defined]
