"""Team mode in the window: open a server project by its address; a conflict is explained and
one's own version can be applied again through the undo stack."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from netmap.domain import Actor
from netmap.project import Project
from netmap.edits import UpdateActors


def _window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from netmap.ui.window.main_window import MainWindow

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
    monkeypatch.setattr(window.prompts, "team_location", lambda server="": team_location)
    window.actions_.open_team.trigger()
    assert window.session is not None and window.session.project.shared
    seen = window.session.project.actor(tafel.id)  # type: ignore[arg-type]

    shown = []

    def choose_mine(parent, error):  # type: ignore[no-untyped-def]
        shown.append(error)
        return True

    monkeypatch.setattr("netmap.ui.window.main_window.show_conflict", choose_mine)
    with Project.open(team_location) as ben:  # another officer changes the same attribute meanwhile
        ben.update_actor(ben.actor(tafel.id).with_changes(influence=6))  # type: ignore[arg-type]
        assert not window.session.execute(UpdateActors([seen.with_changes(influence=9)]))
        assert len(shown) == 1 and shown[0].name == "Tafel e. V."
        assert ben.actor(tafel.id).influence == 9  # type: ignore[arg-type]
    assert window.session.undo_stack.count() == 1  # the applied version is one undoable step
    window.session.undo_stack.undo()
    with Project.open(team_location) as check:
        assert check.actor(tafel.id).influence == 6  # type: ignore[arg-type]
    window.close_project()


def test_the_open_dialog_lists_the_projects_on_the_server(qtbot, tmp_path: Path, pg_database: str) -> None:  # type: ignore[no-untyped-def]
    """File ▸ Open team project: type the server once, pick the town's map from the list."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from netmap.ui.team.team_dialog import TeamProjectDialog

    with Project.create(f"{pg_database}#Nordstadt Liste") as setup:
        setup.add_actor(Actor("Stadtteilbüro Nord"))
    Project.create(f"{pg_database}#Südstadt Liste").close()
    window = _window(qtbot, tmp_path)
    seen: list[list[str]] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TeamProjectDialog)
        # A whole address pasted in is split into server and project.
        dialog.server.setText(f"{pg_database}#Irgendwas")
        assert dialog.server.text() == pg_database and dialog.project.text() == "Irgendwas"
        qtbot.mouseClick(dialog.list_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.asking, timeout=15000)
        names = [dialog.projects.item(i).text() for i in range(dialog.projects.count())]
        seen.append(names)
        dialog.projects.setCurrentItem(dialog.projects.findItems("Nordstadt Liste", Qt.MatchFlag.MatchExactly)[0])
        assert dialog.project.text() == "Nordstadt Liste"
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Open), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose)
    window.actions_.open_team.trigger()
    assert {"Nordstadt Liste", "Südstadt Liste"} <= set(seen[0])
    assert window.session is not None
    without_password = re.sub(r":[^:@/]+@", "@", pg_database)  # never kept in the recent projects
    assert window.session.project.location == f"{without_password}#Nordstadt Liste"
    assert [a.name for a in window.session.actors.values()] == ["Stadtteilbüro Nord"]
    window.close_project()
    # Next time the server is filled in from the recent projects.
    QTimer.singleShot(0, lambda: (seen.append([QApplication.activeModalWidget().server.text()]),
                                  QApplication.activeModalWidget().reject()))
    window.actions_.open_team.trigger()
    assert seen[1] == [without_password]
    assert window.session is None
