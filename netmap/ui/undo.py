"""The one bridge between NetMap's plain edits (`netmap.edits`) and Qt's undo stack.

`MapSession.execute()` applies an edit first, outside the stack, so that a refused edit never
touches the stack (neither lands on it nor drops the steps that could be redone). It then pushes
an `UndoStep` made with `applied=True`. `QUndoStack.push()` calls `redo()` on every command it is
given; an UndoStep keeps whether its edit is in effect, and `redo()` of an edit in effect has
nothing to do, as `undo()` of one not in effect has not. So a step is never applied twice, also
when an undo or redo that waited in vain for another session makes the session move the stack
back over it.

Consecutive steps merge when their edits do (`Edit.merge`): every step has the same `id()`, so
Qt offers each new step to the one before it, and the plain edit decides.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from netmap.edits import Edit
from netmap.errors import BlockedError, NetMapError
from netmap.project import Project

__all__ = ["UndoStep"]

_MERGEABLE = 1  # QUndoStack only asks steps with the same id() (not -1) to merge; Edit.merge decides

Runner = Callable[[Callable[[], None]], None]


class UndoStep(QUndoCommand):
    """A plain edit on Qt's undo stack. `runner` runs a step (in team mode while the window keeps
    responding); `on_refused` hears of an undo or redo the project refused, `on_blocked` of one
    that waited in vain for another session's edit lock (nothing changed in either case)."""

    def __init__(self, edit: Edit, project: Project, *, applied: bool, runner: Runner,
                 on_refused: Callable[[NetMapError], None],
                 on_blocked: Callable[[BlockedError, bool], None]) -> None:
        super().__init__(edit.text())
        self.edit = edit
        self.project = project
        self.in_effect = applied
        self._runner = runner
        self._on_refused = on_refused
        self._on_blocked = on_blocked

    def retranslate(self) -> None:
        """Name the step in the language now installed (the undo menu after a language switch)."""
        self.setText(self.edit.text())

    def id(self) -> int:
        return _MERGEABLE

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UndoStep) or not (self.in_effect and other.in_effect):
            return False
        if not self.edit.merge(other.edit):
            return False
        self.setText(self.edit.text())
        return True

    def redo(self) -> None:
        if not self.in_effect:
            self._step(undoing=False)

    def undo(self) -> None:
        if self.in_effect:
            self._step(undoing=True)

    def _step(self, undoing: bool) -> None:
        def step() -> None:
            if undoing:
                self.edit.revert(self.project)
            else:
                self.edit.apply(self.project)
            self.in_effect = not undoing

        try:
            self._runner(step)
        except BlockedError as exc:
            # Nothing happened, yet the stack's index has moved: the session moves it back over
            # this step, which then finds its edit as it is and does nothing, and offers to try again.
            self._on_blocked(exc, undoing)
        except NetMapError as exc:
            self._on_refused(exc)
