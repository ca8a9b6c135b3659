"""The questions the main window asks (file names, "open read-only?"), in one replaceable place.

Tests swap single methods for answers; nothing else in the window opens a blocking dialog.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from netmap.errors import ProjectLockedError
from netmap.i18n import tr as translate
from netmap.storage.lock import QUIET_AFTER
from netmap.ui.team.team_dialog import TeamProjectDialog

__all__ = ["LockAnswer", "Prompts"]


class LockAnswer(Enum):
    """What the user chose for a project whose holder has gone quiet."""

    CANCEL = "cancel"
    READ_ONLY = "read-only"
    TAKE_OVER = "take-over"


def _when(since: str) -> str:
    """The lock's time (ISO, as the lock file stores it) as the user's locale writes a date and time."""
    moment = QDateTime.fromString(since, Qt.DateFormat.ISODate)
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat) if moment.isValid() else since


class Prompts:
    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def _filter(self) -> str:
        return translate("Prompts", "NetMap projects (*.netmap)")

    def open_path(self, title: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", self._filter())
        return path

    def team_location(self, server: str = "") -> str:
        """The address of a team project, chosen from the projects on a server ("" if cancelled)."""
        dialog = TeamProjectDialog(self.parent, server)
        return dialog.location() if dialog.exec() == QDialog.DialogCode.Accepted else ""

    def new_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self.parent, translate("Prompts", "New project"), "", self._filter(),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path and not path.lower().endswith(".netmap"):
            path += ".netmap"
        return path

    def open_read_only(self, error: ProjectLockedError) -> bool:
        """Someone holds the project: say who, and offer to open it read-only."""
        box = QMessageBox(QMessageBox.Icon.Question, translate("Prompts", "Project in use"),
                          translate("Prompts", "“{0}” is open in NetMap by {1} on the computer {2} (since {3}).")
                          .format(error.location, error.user, error.host, _when(error.since)),
                          QMessageBox.StandardButton.Cancel, self.parent)
        box.setInformativeText(translate("Prompts", "You can open it read-only: you see the map and follow "
                                                    "their changes, but cannot change it."))
        read_only = box.addButton(translate("Prompts", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(read_only)
        box.exec()
        return box.clickedButton() is read_only

    def quiet_lock(self, error: ProjectLockedError) -> LockAnswer:
        """The holder is on another computer and has not renewed the lock for a while: warn, and
        offer read-only (the default) or to open it anyway."""
        box = QMessageBox(QMessageBox.Icon.Warning, translate("Prompts", "Project in use"),
                          translate("Prompts", "“{0}” was opened by {1} on the computer {2} (since {3}); that computer "
                                               "has not been heard from for more than {4} minutes.")
                          .format(error.location, error.user, error.host, _when(error.since),
                                  int(QUIET_AFTER // 60)),
                          QMessageBox.StandardButton.Cancel, self.parent)
        box.setInformativeText(translate("Prompts", "Perhaps NetMap crashed there or the computer lost the network. "
                                                    "If {0} is still working on the map, opening it anyway lets both "
                                                    "of you change it and work can be lost: ask {0} first if you "
                                                    "can.").format(error.user))
        read_only = box.addButton(translate("Prompts", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(translate("Prompts", "Open anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(read_only)
        box.exec()
        if box.clickedButton() is anyway:
            return LockAnswer.TAKE_OVER
        return LockAnswer.READ_ONLY if box.clickedButton() is read_only else LockAnswer.CANCEL

    def about(self, title: str, text: str) -> None:
        QMessageBox.about(self.parent, title, text)

    def information(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)
