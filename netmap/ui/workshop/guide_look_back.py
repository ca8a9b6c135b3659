"""Step 4 of the guided workshop, "ten years ago": the page that runs the look back.

Start keeps today's map as a snapshot (the live map becomes the copy the group changes), Store
saves the changed map dated in the year typed, brings today's map back and opens the comparison
with its overlay; Cancel brings today's map back. The core does the work (`netmap.workshop`); the
project remembers a look back in progress, so reopening the project goes on where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from netmap.errors import NetMapError
from netmap.ui.snapshots.compare_view import CompareWindow
from netmap.ui.context import AppContext
from netmap.ui.i18n import follow_language
from netmap.ui.session import MapSession
from netmap.workshop import begin_look_back, cancel_look_back, finish_look_back

__all__ = ["LookBackPage", "sized"]


def sized(widget: QWidget, pixels: int, bold: bool = False) -> None:
    """Type readable from the back of the room; fields grow with it (styles would clip them)."""
    font = QFont(widget.font())
    font.setPixelSize(pixels)
    font.setBold(bold)
    widget.setFont(font)
    if isinstance(widget, (QSpinBox, QPushButton)):
        widget.setMinimumHeight(round(pixels * 1.9))


class LookBackPage(QWidget):
    changed = Signal()  # the look back started, was stored or cancelled

    def __init__(self, context: AppContext, compare: Callable[[str], CompareWindow | None]) -> None:
        super().__init__()
        self.context = context
        self._compare = compare  # opens the comparison with a snapshot (SnapshotTools.compare)
        self.session: MapSession | None = None
        self.label: str | None = None  # the snapshot keeping today's map while the group looks back
        self.year = QSpinBox()
        self.year.setRange(1900, 2999)
        sized(self.year, 18)
        self.start = QPushButton()
        self.store = QPushButton()
        self.cancel = QPushButton()
        for button in (self.start, self.store, self.cancel):
            sized(button, 15)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.start.clicked.connect(self.start_look_back)
        self.store.clicked.connect(self.store_look_back)
        self.cancel.clicked.connect(self.cancel_look_back)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 4)
        for widget in (self.year, self.start, self.store, self.cancel, self.state):
            box.addWidget(widget)
        box.addStretch(1)
        self._retranslate()
        follow_language(self, self._retranslate)

    def attach(self, session: MapSession | None) -> None:
        self.session = session
        self.label = (session.info.look_back or None) if session is not None else None
        if session is not None:
            workshop = session.info.workshop_date or date.today()
            self.year.setValue(workshop.year - 10)
        self.refresh()

    def refresh(self) -> None:
        looking = self.label is not None
        self.start.setEnabled(not looking)
        self.store.setEnabled(looking)
        self.cancel.setEnabled(looking)
        self.state.setText(self.tr("The map now is the copy to change: remove or change what did not exist in {0}.")
                           .format(self.year.value()) if looking else "")

    def _failed(self, exc: NetMapError) -> bool:
        self.context.show_message(str(exc), "error")
        return False

    def start_look_back(self) -> bool:
        session = self.session
        if session is None or session.read_only or self.label is not None:
            return False
        try:
            self.label = begin_look_back(session.project).label
        except NetMapError as exc:
            return self._failed(exc)
        self.refresh()
        self.changed.emit()
        return True

    def store_look_back(self) -> bool:
        """Store the changed map as the map of the typed year, bring today's back, show the overlay."""
        session, label = self.session, self.label
        if session is None or label is None:
            return False
        try:
            info = finish_look_back(session.project, self.year.value(), label)
        except NetMapError as exc:
            return self._failed(exc)
        self.label = None
        session.undo_stack.clear()  # the edits of the look back belong to the stored past, not to today
        compare = self._compare(info.label)
        if compare is not None:
            compare.overlay.setChecked(True)
        self.refresh()
        self.changed.emit()
        return True

    def cancel_look_back(self) -> bool:
        session, label = self.session, self.label
        if session is None or label is None:
            return False
        try:
            cancel_look_back(session.project, label)
        except NetMapError as exc:
            return self._failed(exc)
        self.label = None
        session.undo_stack.clear()
        self.refresh()
        self.changed.emit()
        return True

    def _retranslate(self) -> None:
        self.year.setPrefix(self.tr("Year: "))
        self.start.setText(self.tr("1. Start from a copy of today's map"))
        self.store.setText(self.tr("2. Store it as the map of that year and compare"))
        self.cancel.setText(self.tr("Cancel: back to today's map"))
        self.refresh()
