"""The Open team project dialog without a server: what it says when the server cannot be asked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from netmap.ui.team.team_dialog import TeamProjectDialog


def test_an_unreachable_server_is_said_in_the_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = TeamProjectDialog(server="postgresql://nobody@127.0.0.1:1/karten")
    qtbot.addWidget(dialog)
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert not open_button.isEnabled()  # no project chosen yet
    qtbot.mouseClick(dialog.list_button, Qt.MouseButton.LeftButton)
    assert dialog.asking  # off the UI thread: the dialog stays responsive
    qtbot.waitUntil(lambda: not dialog.asking, timeout=15000)
    assert dialog.projects.count() == 0
    said = dialog.status.text()
    assert "postgresql://nobody@127.0.0.1:1/karten:" in said  # the server as typed, no stand-in project
    assert "#" not in said
    dialog.project.setText("Musterstadt")
    assert open_button.isEnabled()
    assert dialog.location() == "postgresql://nobody@127.0.0.1:1/karten#Musterstadt"


def test_a_location_that_is_no_server_address_is_refused_in_the_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = TeamProjectDialog(server="C:/Karten/Musterstadt.netmap")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.list_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.asking, timeout=15000)
    assert dialog.projects.count() == 0
    assert dialog.status.text()


def test_the_server_address_is_explained_in_german(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from netmap.ui.i18n import install_language

    install_language("de")
    try:
        dialog = TeamProjectDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.server.placeholderText() == "postgresql://BENUTZER@SERVER:PORT/DATENBANK"
        help_text = dialog.server_help.text()
        assert dialog.server_help.isVisible() and "BENUTZER ist Ihr Anmeldename" in help_text
        assert "5432" in help_text and "Passwort" in help_text
    finally:
        install_language("en")
