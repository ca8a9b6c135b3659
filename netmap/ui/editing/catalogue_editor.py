"""Editing the five catalogues of a project: labels in German and English, colour, line style, order.

The dialog only shows and collects; the project decides. Removing an entry that actors or ties still
use is refused by the core, and its message shows here, with nothing changed. All catalogues
changed in one visit of the dialog are one undo step.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netmap.domain import CatalogueEntry, CatalogueKind
from netmap.edits import Composite, Edit, SetCatalogue
from netmap.i18n import QT_TRANSLATE_NOOP
from netmap.ui.i18n import Wording, follow_language
from netmap.ui.labels import LINE_STYLES, catalogue_kind_label, catalogue_kind_wording, line_style_label
from netmap.ui.session import MapSession
from netmap.ui.editing.swatch_delegate import SwatchDelegate

__all__ = ["CatalogueEditor", "CataloguePage", "make_key"]

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def make_key(label: str, taken: set[str]) -> str:
    """A stable key for a new entry, from its label: "Jugendhilfe Süd" -> "jugendhilfe_sued"."""
    text = unicodedata.normalize("NFKD", label.translate(_UMLAUTS)).encode("ascii", "ignore").decode()
    key = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:40] or "entry"
    candidate, n = key, 2
    while candidate in taken:
        candidate, n = f"{key}_{n}", n + 1
    return candidate


def _usage(session: MapSession, kind: CatalogueKind) -> Counter[str]:
    actors, ties = session.actors.values(), session.ties.values()
    if kind == CatalogueKind.CATEGORY:
        return Counter(a.category for a in actors)
    if kind == CatalogueKind.DISTRICT:
        return Counter(a.district for a in actors)
    if kind == CatalogueKind.STAGE:
        return Counter(a.stage for a in actors)
    if kind == CatalogueKind.TIE_KIND:
        return Counter(t.kind for t in ties)
    return Counter([f for a in actors for f in a.fields] + [t.field for t in ties])


class CataloguePage(QWidget):
    """One catalogue as an editable table."""

    LABEL_DE, LABEL_EN, COLOUR, STYLE, USED, KEY = range(6)

    def __init__(self, kind: CatalogueKind, entries: list[CatalogueEntry], usage: Counter[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.original = list(entries)
        self._usage = usage
        self.table = QTableWidget(0, 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.LABEL_DE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.LABEL_EN, QHeaderView.ResizeMode.Stretch)
        for column in (self.COLOUR, self.STYLE, self.USED, self.KEY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnHidden(self.STYLE, kind != CatalogueKind.TIE_KIND)
        self.table.setColumnHidden(self.COLOUR, kind in (CatalogueKind.FIELD,))
        # Users see colours as swatches and no internal keys (the key column holds each row's entry).
        self.table.setItemDelegateForColumn(self.COLOUR, SwatchDelegate(self.table))
        self.table.setColumnHidden(self.KEY, True)
        self.table.cellDoubleClicked.connect(lambda _row, column: self.pick_colour() if column == self.COLOUR
                                             else None)
        for entry in entries:
            self._append(entry)
        self.table.itemChanged.connect(self._on_item_changed)

        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.up_button, self.down_button, self.colour_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.colour_button.clicked.connect(self.pick_colour)
        self.colour_button.setVisible(not self.table.isColumnHidden(self.COLOUR))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button, self.colour_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Label (German)"), self.tr("Label (English)"),
                                              self.tr("Colour"), self.tr("Line"), self.tr("Used"), self.tr("Key")])
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.colour_button.setText(self.tr("Colour…"))
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, self.STYLE)
            if isinstance(combo, QComboBox):
                for i, style in enumerate(LINE_STYLES):
                    combo.setItemText(i, line_style_label(style))

    # -- rows -------------------------------------------------------------------------------

    def _append(self, entry: CatalogueEntry, row: int | None = None) -> int:
        row = self.table.rowCount() if row is None else row
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, self.LABEL_DE, QTableWidgetItem(entry.label_de))
        self.table.setItem(row, self.LABEL_EN, QTableWidgetItem(entry.label_en))
        self.table.setItem(row, self.COLOUR, QTableWidgetItem(entry.colour))  # painted as a swatch
        used = QTableWidgetItem(str(self._usage.get(entry.key, 0)) if entry.key else "0")
        used.setFlags(used.flags() & ~Qt.ItemFlag.ItemIsEditable)
        used.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, self.USED, used)
        key = QTableWidgetItem(entry.key)
        key.setFlags(key.flags() & ~Qt.ItemFlag.ItemIsEditable)
        key.setForeground(QColor("#757575"))
        key.setData(Qt.ItemDataRole.UserRole, entry)
        self.table.setItem(row, self.KEY, key)
        combo = QComboBox()
        for style in LINE_STYLES:
            combo.addItem(line_style_label(style), style)
        combo.setCurrentIndex(max(0, combo.findData(entry.style)))
        self.table.setCellWidget(row, self.STYLE, combo)
        self.table.blockSignals(False)
        return row

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == self.COLOUR:
            self.table.viewport().update()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        """The item of a cell: `_append` gives every cell of a row one."""
        item = self.table.item(row, column)
        assert item is not None, (row, column)
        return item

    def _row_entry(self, row: int) -> CatalogueEntry | None:
        entry: CatalogueEntry | None = self._cell(row, self.KEY).data(Qt.ItemDataRole.UserRole)  # set by _append
        return entry

    def add_entry(self) -> int:
        row = self._append(CatalogueEntry("", self.tr("New entry"), self.tr("New entry"), "#888888"))
        self.table.setCurrentCell(row, self.LABEL_DE)
        self.table.editItem(self._cell(row, self.LABEL_DE))
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_current(self, delta: int) -> None:
        row = self.table.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        entry = self._entry_at(row)
        original = self._row_entry(row)
        self.table.removeRow(row)
        new_row = self._append(entry, target)
        self._cell(new_row, self.KEY).setData(Qt.ItemDataRole.UserRole, original)
        self.table.setCurrentCell(new_row, self.LABEL_DE)

    def pick_colour(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        item = self._cell(row, self.COLOUR)
        colour = QColorDialog.getColor(QColor(item.text()), self)
        if colour.isValid():
            item.setText(colour.name())

    # -- result -----------------------------------------------------------------------------

    def _entry_at(self, row: int) -> CatalogueEntry:
        def text(column: int) -> str:
            return " ".join((self._cell(row, column).text() or "").split())

        combo = self.table.cellWidget(row, self.STYLE)
        colour = text(self.COLOUR)
        original = self._row_entry(row)
        return CatalogueEntry(
            key=original.key if original else "",
            label_de=text(self.LABEL_DE) or text(self.LABEL_EN),
            label_en=text(self.LABEL_EN) or text(self.LABEL_DE),
            colour=colour if QColor.isValidColorName(colour) else (original.colour if original else "#888888"),
            rank=row,
            style=str(combo.currentData()) if isinstance(combo, QComboBox) else "solid",
        )

    def entries(self) -> list[CatalogueEntry]:
        """The catalogue as the table shows it; new entries get keys made from their labels."""
        entries = [self._entry_at(row) for row in range(self.table.rowCount())]
        taken = {e.key for e in entries if e.key} | {e.key for e in self.original}
        result = []
        for entry in entries:
            if not entry.key:
                key = make_key(entry.label_de or entry.label_en, taken)
                taken.add(key)
                entry = CatalogueEntry(key, entry.label_de, entry.label_en, entry.colour, entry.rank, entry.style)
            result.append(entry)
        return result

    def changed(self) -> bool:
        return self.entries() != self.original


class CatalogueEditor(QDialog):
    """The five catalogues in tabs; OK stores every changed one as one undo step."""

    def __init__(self, session: MapSession, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueEditor")
        self.session = session
        self.tabs = QTabWidget()
        self.pages: dict[CatalogueKind, CataloguePage] = {}
        for kind in (CatalogueKind.CATEGORY, CatalogueKind.TIE_KIND, CatalogueKind.FIELD, CatalogueKind.DISTRICT,
                     CatalogueKind.STAGE):
            page = CataloguePage(kind, session.catalogue(kind), _usage(session, kind))
            self.pages[kind] = page
            self.tabs.addTab(page, catalogue_kind_label(kind))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(760, 560)
        self._language = language
        follow_language(self, self._language_changed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Catalogues of this project"))
        for i, kind in enumerate(self.pages):
            self.tabs.setTabText(i, catalogue_kind_label(kind))

    def page(self, kind: CatalogueKind) -> CataloguePage:
        return self.pages[kind]

    def accept(self) -> None:
        """Store the changed catalogues; a refusal shows its reason and keeps the dialog open."""
        changed = [page for page in self.pages.values() if page.changed()]
        if not changed:
            super().accept()
            return
        parts = [SetCatalogue(page.kind, page.entries()) for page in changed]
        command: Edit = parts[0] if len(parts) == 1 else Composite(
            parts, Wording("CatalogueEditor", QT_TRANSLATE_NOOP("CatalogueEditor", "Edit catalogues")))
        if len(parts) == 1:
            command.label = Wording("CatalogueEditor", QT_TRANSLATE_NOOP("CatalogueEditor", "Edit catalogue: {0}"),
                                    (catalogue_kind_wording(parts[0].kind),))
        messages: list[str] = []

        def collect(message: str) -> None:
            messages.append(message)

        self.session.editFailed.connect(collect)
        try:
            done = self.session.execute(command)
        finally:
            self.session.editFailed.disconnect(collect)
        if done:
            super().accept()
        else:
            self.error.setText(self.tr("Nothing was changed: {0}").format("; ".join(messages)))
            self.error.show()

    def _language_changed(self) -> None:
        self.retranslate()
        for page in self.pages.values():
            page.retranslate()
