"""An open project in the user interface: the Project, its undo stack, and Qt signals for its changes.

The core announces each committed edit as a plain `Change`; `MapSession` re-reads what changed, keeps
a cache of the map for the views, and re-announces it as Qt signals. Views refresh from these
signals only, never by poking each other, so the canvas, the tables, the inspector and the file agree.
Every edit goes through `execute()`: the one place where a refused edit turns into a message.

In team mode an edit (and an undo or redo) runs on a worker thread while the window's event loop
keeps turning (painting, timers; keyboard and mouse wait), so a server that makes the edit wait
never freezes the window; the core's change notices of that edit are followed once it is done,
in the UI thread. An edit that is stored but cannot be read back (the server went away right
after the commit) is not reported as failed: it stays on the undo stack and the map is read
again as soon as the server answers.

While an undo or redo is stored, Qt's undo stack is in the middle of moving, and the timers that
fire meanwhile must not move or clear it: whatever the session does to the stack later waits
until no step is being stored (`_when_idle`). A refused undo voids the history at once, so a
second undo pressed before the history is cleared does nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from netmap.domain import (
    Actor,
    CatalogueEntry,
    CatalogueKind,
    Cluster,
    MapState,
    ProjectInfo,
    Tie,
)
from netmap.errors import BlockedError, ConflictError, NetMapError
from netmap.edits import Edit
from netmap.project import Action, Change, Project, Subject
from netmap.ui.undo import UndoStep

__all__ = ["MapSession"]


class MapSession(QObject):
    actorsChanged = Signal(list)  # ids of actors added or updated
    actorsRemoved = Signal(list)
    tiesChanged = Signal(list)
    tiesRemoved = Signal(list)
    clustersChanged = Signal()
    cataloguesChanged = Signal()
    infoChanged = Signal()
    snapshotsChanged = Signal()
    reloaded = Signal()  # the whole map was read again (a change made by another process)
    editFailed = Signal(str)  # a refused edit: nothing was changed
    conflicted = Signal(object)  # a ConflictError: another user changed the same thing; nothing was changed
    # A BlockedError (another session holds the edit lock; nothing was changed) and what tries again.
    blocked = Signal(object, object)
    undoRefused = Signal(object)  # the NetMapError that refused an undo or redo (then editFailed too)
    unsettled = Signal(str)  # an edit was stored, but the map could not be read back yet (it will be)

    RETRY_READ_MS = 2000
    _IDLE_RETRY_MS = 20

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self._busy = False
        self._pending: list[Change] = []
        self._stale = False
        self._history_void = False  # an undo or redo was refused: the stack is about to be cleared
        self._ui_thread = threading.get_ident()
        self._load()
        project.subscribe(self._on_change)

    # -- the cached map --------------------------------------------------------------------

    def _load(self) -> None:
        state = self.project.state()
        self.info: ProjectInfo = state.info
        self.catalogues: dict[CatalogueKind, list[CatalogueEntry]] = state.catalogues
        self.actors: dict[int, Actor] = {a.id: a for a in state.actors if a.id is not None}
        self.ties: dict[int, Tie] = {t.id: t for t in state.ties if t.id is not None}
        self.clusters: list[Cluster] = state.clusters

    def state(self) -> MapState:
        """The current map, from the cache (no database read)."""
        return MapState(self.info, self.catalogues, list(self.actors.values()), list(self.ties.values()),
                        list(self.clusters))

    def catalogue(self, kind: CatalogueKind) -> list[CatalogueEntry]:
        return self.catalogues.get(kind, [])

    def cluster(self, cluster_id: int) -> Cluster | None:
        return next((c for c in self.clusters if c.id == cluster_id), None)

    def ties_among(self, actor_ids: set[int]) -> list[Tie]:
        return [t for t in self.ties.values() if t.source in actor_ids and t.target in actor_ids]

    def ties_touching(self, actor_ids: set[int]) -> list[Tie]:
        return [t for t in self.ties.values() if t.source in actor_ids or t.target in actor_ids]

    @property
    def read_only(self) -> bool:
        return self.project.read_only

    @property
    def location(self) -> str:
        return self.project.location

    # -- editing ---------------------------------------------------------------------------

    def execute(self, edit: Edit) -> bool:
        """Make the edit and put it on the undo stack (merged into the last step when the edits
        merge); a refused edit becomes `editFailed` and leaves the stack as it was."""
        if self.project.read_only:
            self.editFailed.emit(self.tr("This project is open read-only; it cannot be changed."))
            return False
        if self._busy:  # an edit made while the previous one is being stored (a focus change) waits its turn
            self._when_idle(lambda: self.execute(edit))
            return True
        project = self.project
        try:
            self.run(lambda: edit.apply(project))
        except BlockedError as exc:
            self.blocked.emit(exc, lambda: self.execute(edit))
            return False
        except ConflictError as exc:
            self.reload()  # show the other user's version
            self.conflicted.emit(exc)
            return False
        except NetMapError as exc:
            self.editFailed.emit(str(exc))
            return False
        self.undo_stack.push(UndoStep(edit, project, applied=True, runner=self._run_step,
                                      on_refused=self._undo_failed, on_blocked=self._undo_blocked))
        return True

    @property
    def busy(self) -> bool:
        """An edit is being stored (in team mode, on a worker thread)."""
        return self._busy

    def run(self, step: Callable[[], None]) -> None:
        """Run one edit step. On a server it runs on a worker thread while this thread keeps the
        event loop turning without user input; the step's change notices are followed after it,
        here. Raises what the step raised."""
        if not self.project.shared or self._busy:
            step()
            return
        failure: list[BaseException] = []

        def work() -> None:
            try:
                step()
            except BaseException as exc:  # noqa: BLE001 - handed to the UI thread below
                failure.append(exc)

        self._busy = True
        worker = threading.Thread(target=work, name="netmap-edit", daemon=True)
        worker.start()
        try:
            while worker.is_alive():
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 10)
                worker.join(0.005)
        finally:
            self._busy = False
            self._follow_pending()
        if failure:
            raise failure[0]

    def _run_step(self, step: Callable[[], None]) -> None:
        """Run an undo or redo, unless the history is void (a refused undo): then nothing happens
        until the history is cleared."""
        if not self._history_void:
            self.run(step)

    def _when_idle(self, action: Callable[[], object]) -> None:
        """Do `action` from the event loop once no edit is being stored; dropped with the session."""
        def attempt() -> None:
            if self._busy:
                QTimer.singleShot(self._IDLE_RETRY_MS, self, attempt)
            else:
                action()

        QTimer.singleShot(0, self, attempt)

    def retranslate_history(self) -> None:
        """Name every undo step in the language now installed (after a language switch)."""
        stack = self.undo_stack
        for index in range(stack.count()):
            step = stack.command(index)
            if isinstance(step, UndoStep):
                step.retranslate()

    def _undo_blocked(self, error: BlockedError, undoing: bool) -> None:
        """Undo or redo waited in vain for another session: nothing changed. The stack moves back
        over the step (which skips itself), and the user may try again."""
        stack = self.undo_stack
        # Both once QUndoStack.undo()/redo() has returned (it sets its index last) and no other
        # step is being stored: a dialog opened from inside it would move the stack before the
        # stack has finished moving.
        self._when_idle(stack.redo if undoing else stack.undo)
        self._when_idle(lambda: self.blocked.emit(error, stack.undo if undoing else stack.redo))

    def _undo_failed(self, error: NetMapError) -> None:
        """Undo or redo was refused (another user changed what it would restore; nothing was
        written): the history no longer fits the map."""
        self._history_void = True
        self.undoRefused.emit(error)
        # An undo offers nothing to apply again: its conflict says only who changed what.
        reason = error.summary if isinstance(error, ConflictError) and error.rebased() is not None else str(error)
        self.editFailed.emit(self.tr("Undo/redo was not possible: {0}. The undo history was cleared.")
                             .format(reason))
        self._when_idle(self._clear_history)
        self._when_idle(self.reload)

    def _clear_history(self) -> None:
        self.undo_stack.clear()
        self._history_void = False

    # -- following the core's changes ------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if self._busy or threading.get_ident() != self._ui_thread:
            self._pending.append(change)  # followed in the UI thread once the edit is done
            return
        self._follow([change])

    def _follow_pending(self) -> None:
        changes, self._pending = self._pending, []
        self._follow(changes)

    def _follow(self, changes: list[Change]) -> None:
        """Read back what changed; when the server does not answer, the edit still stands (the
        core announces only committed edits) and the map is read again later."""
        try:
            for change in changes:
                self._apply_change(change)
        except NetMapError as exc:
            self.unsettled.emit(str(exc))
            if not self._stale:
                self._stale = True
                QTimer.singleShot(self.RETRY_READ_MS, self._catch_up)

    def _catch_up(self) -> None:
        """Read the whole map again after a failed read-back; retried until the server answers."""
        if not self._stale:
            return
        if self._busy:  # an edit is being stored: read once it is done
            QTimer.singleShot(self.RETRY_READ_MS, self._catch_up)
            return
        try:
            self._load()
        except NetMapError:
            QTimer.singleShot(self.RETRY_READ_MS, self._catch_up)
            return
        self._stale = False
        self.reloaded.emit()

    def _apply_change(self, change: Change) -> None:
        ids = [i for i in change.ids if i is not None]
        if change.what == Subject.ACTOR:
            if change.action == Action.REMOVED:
                for i in ids:
                    self.actors.pop(i, None)
                self.actorsRemoved.emit(ids)
            else:
                for actor in self.project.actors(ids):
                    if actor.id is not None:  # always: the project returns stored actors
                        self.actors[actor.id] = actor
                self.actorsChanged.emit(ids)
        elif change.what == Subject.TIE:
            if change.action == Action.REMOVED:
                for i in ids:
                    self.ties.pop(i, None)
                self.tiesRemoved.emit(ids)
            else:
                for tie in self.project.ties(ids):
                    if tie.id is not None:  # always: the project returns stored ties
                        self.ties[tie.id] = tie
                self.tiesChanged.emit(ids)
        elif change.what == Subject.CLUSTER:
            self.clusters = self.project.clusters()
            self.clustersChanged.emit()
        elif change.what == Subject.CATALOGUE:
            self.catalogues = self.project.catalogues()
            self.cataloguesChanged.emit()
        elif change.what == Subject.INFO:
            self.info = self.project.info()
            self.infoChanged.emit()
        elif change.what == Subject.SNAPSHOT:
            self.snapshotsChanged.emit()
        elif change.what == Subject.MAP:  # an import, another user's edits, an erased person: read it all again
            self._load()
            self.reloaded.emit()

    def reload(self) -> None:
        self._load()
        self.reloaded.emit()

    def close(self) -> None:
        self.project.unsubscribe(self._on_change)
        self.undo_stack.clear()
        self.project.close()
