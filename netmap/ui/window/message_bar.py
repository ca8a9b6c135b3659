"""A message strip over the top of the map: refused edits and notices, readable, never in the way.

Modal message boxes in front of a projector stop a workshop; this strip says what happened and
goes away by itself (or with its close button). It floats over the map (`float_over`) instead of
taking a row of the layout: a message never pushes the map down. A message may carry one button
(after a deletion: undo it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

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
        self.button = QPushButton()
        self.button.setObjectName("messageBarButton")
        self.button.hide()
        self.button.clicked.connect(self._on_button)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self._action: Callable[[], object] | None = None
        self._host: QWidget | None = None
        self.level = ""
        self.hide()

    def float_over(self, host: QWidget) -> None:
        """Sit over the top edge of `host` (the map), following its size, outside any layout."""
        self._host = host
        self.setParent(host)
        host.installEventFilter(self)
        self._place()

    def show_message(self, text: str, level: str = "info", seconds: float = 8.0,
                     action: tuple[str, Callable[[], object]] | None = None) -> None:
        """Show `text`; with `action` (button text, what it does) a button next to it."""
        self.level = level
        self.label.setText(text)
        self.setStyleSheet(f"QFrame#messageBar {{ {_STYLES.get(level, _STYLES['info'])} border-radius: 3px }}")
        self._action = action[1] if action else None
        self.button.setText(action[0] if action else "")
        self.button.setVisible(action is not None)
        self._place()
        self.show()
        self.raise_()
        self._timer.start(int(seconds * 1000))

    def deletion_text(self, names: list[str], ties: int) -> str:
        """"Deleted: “A”, “B” and 3 more with 2 ties" in the user's language, Qt's plural forms."""
        parts = []
        if names:
            shown = ", ".join(self.tr("“{0}”").format(n) for n in names[:3])
            if len(names) > 3:
                shown += " " + self.tr("and %n more", "", len(names) - 3)
            parts.append(shown)
            if ties:
                parts.append(self.tr("with %n ties", "", ties))
        elif ties:
            parts.append(self.tr("%n ties", "", ties))
        return self.tr("Deleted: {0}").format(" ".join(parts))

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def _on_button(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        if self._host is None:
            return
        width = max(200, self._host.width() - 24)
        self.setFixedWidth(width)
        height = self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height()
        self.setGeometry(12, 6, width, max(height, self.sizeHint().height()))

