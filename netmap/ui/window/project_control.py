"""A project's life in the app: new, open (read-only, team), the recent list, the lock, close.

One project is open at a time. Opening another closes the first; a file someone else holds is
offered read-only (or, when the holder's computer has gone quiet, to take over after a warning).
While a project is open for editing, the lock is renewed so that other computers see it is still
held (`netmap.storage.lock`); a project others may change (read-only or shared) is watched for
their edits. The controller sets the session on the `AppContext`; the window and its parts follow
`sessionChanged` from there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMenu

from netmap.errors import NetMapError, ProjectLockedError
from netmap.project import Project
from netmap.storage.lock import RENEW_EVERY
from netmap.ui.window.actions import WindowActions
from netmap.ui.context import AppContext
from netmap.ui.window.prompts import LockAnswer, Prompts
from netmap.ui.session import MapSession
from netmap.ui.team.mode import TeamWatcher

__all__ = ["ProjectController"]


class ProjectController(QObject):
    """Opens and closes the context's project."""

    closing = Signal()  # a project is about to close: pending edits are stored, layouts finish

    def __init__(self, context: AppContext, prompts: Prompts) -> None:
        super().__init__(context)
        self.context = context
        self.prompts = prompts
        self.watcher: TeamWatcher | None = None
        # Tells other computers that this one still holds the project file (netmap.storage.lock).
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(int(RENEW_EVERY * 1000))
        self.lock_timer.timeout.connect(self._renew_lock)

    def bind(self, actions: WindowActions) -> None:
        """File ▸ New, Open, Open read-only, Open team project and Close act on this controller."""
        actions.new.triggered.connect(self.new_project)
        actions.open.triggered.connect(lambda: self.ask_and_open(False))
        actions.open_read_only.triggered.connect(lambda: self.ask_and_open(True))
        actions.open_team.triggered.connect(self.ask_and_open_team)
        actions.close.triggered.connect(self.close_project)

    def _renew_lock(self) -> None:
        if self.context.session is not None:
            self.context.session.project.renew_lock()

    # -- asking ------------------------------------------------------------------------------

    def ask_and_open(self, read_only: bool = False) -> None:
        title = self.tr("Open project read-only") if read_only else self.tr("Open project")
        path = self.prompts.open_path(title)
        if path:
            self.open_project(path, read_only=read_only)

    def ask_and_open_team(self) -> None:
        servers = [p.partition("#")[0] for p in self.context.prefs.recent_projects() if p.startswith("postgresql://")]
        location = self.prompts.team_location(servers[0] if servers else "")
        if location:
            self.open_project(location)

    def fill_recent_menu(self, menu: QMenu) -> None:
        """File ▸ Open recent: the projects opened last, newest first."""
        menu.clear()
        recent = self.context.prefs.recent_projects()
        for location in recent:
            act = menu.addAction(location)
            act.triggered.connect(lambda _checked=False, loc=location: self.open_project(loc))
        if not recent:
            empty = menu.addAction(self.tr("(none yet)"))
            empty.setEnabled(False)

    # -- opening and closing -------------------------------------------------------------------

    def new_project(self) -> bool:
        path = self.prompts.new_path()
        if not path:
            return False
        try:
            project = Project.create(path)
        except NetMapError as exc:
            self.context.show_message(self.tr("The project could not be created: {0}").format(exc), "error")
            return False
        self._set_project(project)
        return True

    def open_project(self, path: str | Path, read_only: bool = False, take_over: bool = False) -> bool:
        """Open `path`; when someone else has it open, say who and offer read-only (and, when the holder
        is on another computer that has gone quiet, to open it anyway after a warning)."""
        try:
            project = Project.open(path, read_only=read_only, take_over=take_over)
        except ProjectLockedError as exc:
            if read_only:
                return False
            if exc.quiet:
                answer = self.prompts.quiet_lock(exc)
                if answer is LockAnswer.TAKE_OVER:
                    return self.open_project(path, take_over=True)
                return answer is LockAnswer.READ_ONLY and self.open_project(path, read_only=True)
            if self.prompts.open_read_only(exc):
                return self.open_project(path, read_only=True)
            return False
        except NetMapError as exc:
            self.context.show_message(self.tr("The project could not be opened: {0}").format(exc), "error")
            return False
        self._set_project(project)
        return True

    def _set_project(self, project: Project) -> None:
        self.close_project()
        context = self.context
        session = MapSession(project, context.window)
        context.prefs.add_recent_project(project.location)
        context.set_session(session)
        if project.read_only or project.shared:  # someone else may be editing: follow their edits
            self.watcher = TeamWatcher(project, self)
            self.watcher.changedElsewhere.connect(lambda: context.show_status(
                self.tr("The map was updated with changes made elsewhere."), 5000))
            self.watcher.unavailable.connect(lambda message: context.show_message(
                self.tr("The project cannot be reached at the moment: {0}").format(message), "error"))
            self.watcher.start()
        if session.read_only:
            context.show_message(self.tr("Opened read-only: you can look, but not change the map."))
        else:
            self.lock_timer.start()

    def close_project(self) -> None:
        session = self.context.session
        if session is None:
            return
        self.closing.emit()
        self.lock_timer.stop()
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.deleteLater()
            self.watcher = None
        self.context.set_session(None)
        session.close()
        session.deleteLater()
