"""The kind of the next tie: the toolbar's chooser and the number keys 1–9.

A tie drawn on the map (or typed with a digit in the typed-tie field) gets the kind chosen here.
The first nine kinds of the project's catalogue are on the number keys, as window actions, so they
work with the menu bar hidden (presentation mode); the chooser takes no focus, so the keys keep
working on the map.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from netmap.domain import CatalogueEntry, CatalogueKind
from netmap.ui.context import AppContext
from netmap.ui.editing.forms import swatch
from netmap.ui.i18n import follow_language
from netmap.ui.session import MapSession

__all__ = ["TieKindChooser"]


class TieKindChooser(QObject):
    """"New ties: [kind]" in the toolbar, and the number keys; `current` is the key chosen."""

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.current = ""
        self.actions: list[QAction] = []
        self.label = QLabel()
        self.label.setContentsMargins(6, 0, 4, 0)
        self.combo = QComboBox()
        self.combo.setObjectName("tieKindChooser")
        self.combo.setMinimumContentsLength(16)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # number keys keep working on the map
        self.combo.activated.connect(lambda i: self.set_kind(str(self.combo.itemData(i))))
        context.sessionChanged.connect(self._follow)
        follow_language(self, self.retranslate)
        self.retranslate()

    def _follow(self, session: MapSession | None) -> None:
        if session is not None:
            session.cataloguesChanged.connect(self.fill)
        self.fill()

    def _kinds(self) -> list[CatalogueEntry]:
        session = self.context.session
        return session.catalogue(CatalogueKind.TIE_KIND) if session is not None else []

    def retranslate(self) -> None:
        self.label.setText(self.tr("New ties:"))
        self.combo.setToolTip(self.tr("Kind of the next tie you draw (number keys 1–9 choose)"))
        self.fill()

    def set_kind(self, key: str) -> None:
        """Choose `key` for the next ties, and say so in the status bar."""
        self.current = key
        index = self.combo.findData(key)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        for act in self.actions:
            act.setChecked(act.data() == key)
        if self.context.session is not None and key:
            language = self.context.language
            label = next((e.label(language) for e in self._kinds() if e.key == key), key)
            self.context.show_status(self.tr("New ties: {0}").format(label), 3000)

    def choose_number(self, number: int) -> None:
        """The kind on number key `number` (1-based; nothing for 0 or a number past the list)."""
        kinds = self._kinds()
        if 0 < number <= len(kinds):
            self.set_kind(kinds[number - 1].key)

    def fill(self) -> None:
        """The tie kinds in the chooser, the first nine on the number keys."""
        for act in self.actions:
            self.window.removeAction(act)
            act.deleteLater()
        self.actions = []
        self.combo.clear()
        language = self.context.language
        entries = self._kinds()
        for number, entry in enumerate(entries, start=1):
            prefix = f"{number}  " if number <= 9 else ""
            self.combo.addItem(swatch(entry.colour), prefix + entry.label(language), entry.key)
            if number <= 9:
                act = QAction(entry.label(language), self.window)
                act.setObjectName(f"actionTieKind{number}")
                act.setShortcut(QKeySequence(str(number)))
                act.setCheckable(True)
                act.setData(entry.key)
                act.triggered.connect(lambda _checked=False, key=entry.key: self.set_kind(key))
                self.window.addAction(act)
                self.actions.append(act)
        keys = [e.key for e in entries]
        self.set_kind(self.current if self.current in keys else (keys[0] if keys else ""))
        self.set_enabled(self.context.editable_session() is not None)

    def set_enabled(self, editable: bool) -> None:
        for act in self.actions:
            act.setEnabled(editable)
        self.combo.setEnabled(editable)
