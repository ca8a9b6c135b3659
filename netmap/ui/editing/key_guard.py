"""Keys typed into a table or a field stay there: the map's single-key shortcuts wait.

The map has shortcuts without a modifier (T for the tie tool, + and − for dots, 1–9 for the tie
kind, Backspace for delete), active anywhere in the window. Typing "Elt" in the actor table to
jump to a row switched on the tie tool, and Backspace deleted an actor. Text fields already keep
their keys; tables, combo boxes and spin boxes do not. The guard claims such keys for the widget
that has the focus (Qt asks with a ShortcutOverride event first) when that widget is a table, a
list, a text field, a combo box or a spin box. Keys with Ctrl or Alt still reach the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

__all__ = ["KeyGuard"]

_TYPING_WIDGETS = (QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)
_PLAIN = {Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.KeypadModifier}
_KEPT_KEYS = {Qt.Key.Key_Backspace}


class KeyGuard(QObject):
    """An event filter for the application; `window` is the one whose shortcuts it holds back."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and isinstance(watched, QWidget) and self._typing_into(watched, event):
            event.accept()  # the focused widget gets the key; the window's shortcut does not fire
        return False

    def _typing_into(self, widget: QWidget, event: QKeyEvent) -> bool:
        if widget.window() is not self._window or not isinstance(widget, _TYPING_WIDGETS):
            return False
        if Qt.KeyboardModifier(event.modifiers().value & ~Qt.KeyboardModifier.KeypadModifier.value) not in _PLAIN:
            return False
        text = event.text()
        return (bool(text) and text.isprintable()) or event.key() in _KEPT_KEYS
