"""A message strip above the map: refused edits and notices, readable, never in the way.

Modal message boxes in front of a projector stop a workshop; this strip says what happened and
goes away by itself (or with its close button).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

__all__ = ["MessageBar"]

_STYLES = {
    "error": "background: #fdecea; color: #611a15; border: 1px solid #e57373;",
    "info": "background: #e8f4fd; color: #0d3c61; border: 1px solid #64b5f6;",
}


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.level = ""
        self.hide()

    def show_message(self, text: str, level: str = "info", seconds: float = 8.0) -> None:
        self.level = level
        self.label.setText(text)
        self.setStyleSheet(f"QFrame#messageBar {{ {_STYLES.get(level, _STYLES['info'])} border-radius: 3px }}")
        self.show()
        self._timer.start(int(seconds * 1000))

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
