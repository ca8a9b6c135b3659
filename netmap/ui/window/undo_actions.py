"""Edit ▸ Undo and Redo: one undo group over the open project's stack, and the actions' words.

The menu names the step ("Undo: Move 3 actors"); the toolbar shows a fixed word, so that no
button moves when the last edit changes. Both are off while the project cannot be changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QWidget

from netmap.ui.i18n import follow_language
from netmap.ui.session import MapSession

__all__ = ["UndoActions"]


class UndoActions(QObject):
    """The undo group of a window and its Undo and Redo actions."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.group = QUndoGroup(window)
        self.group.setObjectName("undoGroup")
        self.undo = QAction(window)
        self.undo.setObjectName("actionUndo")
        self.undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo = QAction(window)
        self.redo.setObjectName("actionRedo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.undo.triggered.connect(self.group.undo)
        self.redo.triggered.connect(self.group.redo)
        self.group.undoTextChanged.connect(lambda _t: self.update_texts())
        self.group.redoTextChanged.connect(lambda _t: self.update_texts())
        self._session: MapSession | None = None
        follow_language(self, self.update_texts)

    def follow(self, session: MapSession | None) -> None:
        """Undo and redo act on `session`'s stack (None: no project)."""
        if self._session is not None:
            self.group.removeStack(self._session.undo_stack)
        self._session = session
        if session is not None:
            self.group.addStack(session.undo_stack)
            self.group.setActiveStack(session.undo_stack)

    def set_editable(self, editable: bool) -> None:
        self.undo.setEnabled(editable and self.group.canUndo())
        self.redo.setEnabled(editable and self.group.canRedo())
        self.update_texts()

    def update_texts(self) -> None:
        undo, redo = self.group.undoText(), self.group.redoText()
        self.undo.setText(self.tr("&Undo: {0}").format(undo) if undo else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo: {0}").format(redo) if redo else self.tr("&Redo"))
        self.undo.setIconText(self.tr("Undo"))
        self.redo.setIconText(self.tr("Redo"))
        self.undo.setToolTip(self.undo.text().replace("&", "") + " (Ctrl+Z)")
        self.redo.setToolTip(self.redo.text().replace("&", "") + " (Ctrl+Y)")
