"""Team mode in the window: open a server project by its address; a conflict is explained and
one's own version can be applied again through the undo stack."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from netmap.domain import Actor
from netmap.project import Project
from netmap.ui.commands import UpdateActorsCommand


def _window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from netmap.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "en")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_team_project_opens_by_address_and_a_conflict_can_be_resolved_with_mine(
        qtbot, tmp_path: Path, team_location: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with Project.create(team_location) as setup:
        tafel = setup.add_actor(Actor("Tafel e. V.", influence=2))
    window = _window(qtbot, tmp_path)
    monkeypatch.setattr(window.prompts, "team_location", lambda: team_location)
    window.actions_.open_team.trigger()
    assert window.session is not None and window.session.project.shared
    seen = window.session.project.actor(tafel.id)  # type: ignore[arg-type]

    shown = []

    def choose_mine(parent, error):  # type: ignore[no-untyped-def]
        shown.append(error)
        return True

    monkeypatch.setattr("netmap.ui.main_window.show_conflict", choose_mine)
    with Project.open(team_location) as ben:  # another officer changes the same attribute meanwhile
        ben.update_actor(ben.actor(tafel.id).with_changes(influence=6))  # type: ignore[arg-type]
        assert not window.session.execute(UpdateActorsCommand(window.session.project,
                                                              [seen.with_changes(influence=9)]))
        assert len(shown) == 1 and shown[0].name == "Tafel e. V."
        assert ben.actor(tafel.id).influence == 9  # type: ignore[arg-type]
    assert window.session.undo_stack.count() == 1  # the applied version is one undoable step
    window.session.undo_stack.undo()
    with Project.open(team_location) as check:
        assert check.actor(tafel.id).influence == 6  # type: ignore[arg-type]
    window.close_project()
