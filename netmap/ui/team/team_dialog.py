"""File ▸ Open team project: the server's address, then one of the maps kept on it.

A county office keeps the maps of many towns on one PostgreSQL server, one project each; nobody
should have to remember their exact names. The dialog asks the server for its projects
(`storage.database.server_projects`) and builds the address `postgresql://…/DATABASE#PROJECT`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netmap.storage.database import server_projects
from netmap.ui.background import BackgroundJob, error_text

__all__ = ["TeamProjectDialog"]


class TeamProjectDialog(QDialog):
    """Asks for a server address and a project on it; `location()` is the project's address."""

    def __init__(self, parent: QWidget | None = None, server: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open team project"))
        self.server = QLineEdit()
        self.server.setPlaceholderText(self.tr("postgresql://USER@HOST:PORT/DATABASE"))
        self.server_help = QLabel(self.tr(
            "The address your IT gives you for the team server: USER is your login name on it, HOST the "
            "server's name or IP address, PORT usually 5432, DATABASE the database that keeps the maps. "
            "The password comes from ~/.pgpass or PGPASSWORD and is never stored by NetMap."))
        self.server_help.setObjectName("teamServerHelp")
        self.server_help.setWordWrap(True)
        self.server_help.setStyleSheet("color: #616161")
        self.server.setClearButtonEnabled(True)
        self.list_button = QPushButton(self.tr("Show projects"))
        self.list_button.setToolTip(self.tr("Ask the server which maps it keeps"))
        self.projects = QListWidget()
        self.project = QLineEdit()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                        | QDialogButtonBox.StandardButton.Cancel)

        row = QHBoxLayout()
        row.addWidget(self.server, 1)
        row.addWidget(self.list_button)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), row)
        form.addRow("", self.server_help)
        form.addRow(self.tr("Projects on the server:"), self.projects)
        form.addRow(self.tr("Project:"), self.project)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 380)

        self._asked = 0  # numbers the questions to the server: only the latest answer counts
        self.list_button.clicked.connect(self.list_projects)
        self.server.returnPressed.connect(self.list_projects)
        self.server.textChanged.connect(self._on_server_edited)
        self.projects.currentTextChanged.connect(self._on_project_picked)
        self.projects.itemDoubleClicked.connect(lambda _item: self._accept_if_ready())
        self.project.textChanged.connect(lambda _text: self._update_buttons())
        self.buttons.accepted.connect(self._accept_if_ready)
        self.buttons.rejected.connect(self.reject)
        self.server.setText(server)
        self.server.setCursorPosition(0)  # the user and host, not the end of a long address
        self._update_buttons()

    def location(self) -> str:
        """The chosen project's address, `postgresql://…/DATABASE#PROJECT` ("" when incomplete)."""
        server, project = self.server.text().strip(), self.project.text().strip()
        return f"{server}#{project}" if server and project else ""

    def list_projects(self) -> None:
        """Ask the server for its projects, off the UI thread (a server that does not answer takes
        up to the connection timeout); the list or the failure shows when the answer comes."""
        self.projects.clear()
        server = self.server.text().strip()
        if not server:
            return
        self._asked += 1
        self.list_button.setEnabled(False)
        self.status.setText(self.tr("Asking the server…"))
        asked = self._asked
        job = BackgroundJob(self)  # one per question (an earlier one may still be asking); goes with the dialog
        job.finished.connect(lambda names: self._on_found(asked, names))
        job.failed.connect(lambda error: self._on_failed(asked, error_text(error)))
        job.finished.connect(job.deleteLater)
        job.failed.connect(job.deleteLater)
        job.start(lambda: server_projects(server))

    @property
    def asking(self) -> bool:
        """A question to the server is under way."""
        return not self.list_button.isEnabled()

    def _on_failed(self, asked: int, message: str) -> None:
        if asked != self._asked:
            return  # an earlier question, for another address
        self.list_button.setEnabled(True)
        self.status.setText(self.tr("The server could not be asked: {0}").format(message))

    def _on_found(self, asked: int, names: list[str]) -> None:
        if asked != self._asked:
            return
        self.list_button.setEnabled(True)
        self.projects.addItems(names)
        if names:
            self.status.setText(self.tr("Projects on this server: {0}").format(len(names)))
            match = self.projects.findItems(self.project.text().strip(), Qt.MatchFlag.MatchExactly)
            self.projects.setCurrentItem(match[0] if match else self.projects.item(0))
        else:
            self.status.setText(self.tr("There is no NetMap project on this server yet."))

    def _on_server_edited(self, text: str) -> None:
        # A whole address pasted in (…#PROJECT): the server part stays, the project moves below.
        if "#" in text:
            server, _, project = text.partition("#")
            self.server.setText(server)
            self.project.setText(project)
        self._update_buttons()

    def _on_project_picked(self, name: str) -> None:
        if name:
            self.project.setText(name)

    def _update_buttons(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(bool(self.location()))

    def _accept_if_ready(self) -> None:
        if self.location():
            self.accept()

