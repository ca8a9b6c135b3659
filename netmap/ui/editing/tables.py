"""The actors, ties and clusters tables with their filter bars (sortable, filterable)."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netmap.domain import CatalogueEntry, CatalogueKind
from netmap.ui.editing.forms import CatalogueCombo
from netmap.ui.i18n import follow_language
from netmap.ui.editing.models import IdRole, MapFilterModel, _RowModel

__all__ = ["TablePanel"]


class TablePanel(QWidget):
    """A table over one of the models, with a text filter and catalogue filters above it."""

    selectionIdsChanged = Signal(list)
    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = MapFilterModel(self)
        self.model: _RowModel | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.category = CatalogueCombo()
        self.district = CatalogueCombo()
        self.field = CatalogueCombo()
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        # Column widths from the first rows are as good as from all 15,000 ties of a big map.
        self.view.horizontalHeader().setResizeContentsPrecision(200)
        self.view.setWordWrap(False)
        # Tab leaves the table for the next field (arrow keys move between cells).
        self.view.setTabKeyNavigation(False)
        self._bar = QHBoxLayout()
        self._bar.setContentsMargins(0, 0, 0, 0)
        self._filters = QHBoxLayout()
        self._filters.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(self._bar)
        layout.addLayout(self._filters)
        layout.addWidget(self.view)
        self.set_narrow(False)
        self._syncing = False
        self._catalogues: dict[CatalogueKind, list[CatalogueEntry]] = {}
        self._language = "de"

        self.search.textChanged.connect(lambda text: self.proxy.set_filter(text=text))
        self.category.currentIndexChanged.connect(lambda _i: self.proxy.set_filter(category=self.category.key()))
        self.district.currentIndexChanged.connect(lambda _i: self.proxy.set_filter(district=self.district.key()))
        self.field.currentIndexChanged.connect(lambda _i: self.proxy.set_filter(field=self.field.key()))
        self.view.doubleClicked.connect(self._on_double_clicked)
        self.retranslate()
        follow_language(self, self.retranslate)

    def set_narrow(self, narrow: bool) -> None:
        """Narrow (beside the map on a small screen): the catalogue filters go below the text filter."""
        self._bar.addWidget(self.search, 2)
        for combo in (self.category, self.district, self.field):
            (self._filters if narrow else self._bar).addWidget(combo, 1)
            # Qt keeps a combo's minimum size hint at 14 characters; a set minimum width wins over it.
            combo.setMinimumWidth(60 if narrow else 0)

    def set_model(self, model: _RowModel | None) -> None:
        old = self.model
        self.model = model
        if model is not None:  # in the order the header shows, before the table sees the rows
            header = self.view.horizontalHeader()
            model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        # None empties the table, as Qt documents; PySide6's stub does not allow it.
        self.proxy.setSourceModel(model)  # type: ignore[arg-type]
        if old is not None:
            old.deleteLater()
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(max(header.sectionSize(column), 60), 240))

    def set_catalogues(self, catalogues: dict[CatalogueKind, list[CatalogueEntry]], language: str) -> None:
        self._catalogues, self._language = catalogues, language
        self.category.set_entries(catalogues.get(CatalogueKind.CATEGORY, []), language, self.tr("All categories"),
                                  icons=True)
        self.district.set_entries(catalogues.get(CatalogueKind.DISTRICT, []), language, self.tr("All districts"),
                                  icons=False)
        self.field.set_entries(catalogues.get(CatalogueKind.FIELD, []), language, self.tr("All fields of action"),
                               icons=False)
        self.district.setVisible(bool(catalogues.get(CatalogueKind.DISTRICT)))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Filter: name, notes, tags…"))
        if self._catalogues:
            self.set_catalogues(self._catalogues, self._language)

    # -- selection --------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return [int(index.data(IdRole)) for index in self.view.selectionModel().selectedRows()]

    def select_ids(self, ids: list[int]) -> None:
        """Select these rows (following the map's selection) without echoing it back."""
        if self.model is None or sorted(ids) == sorted(self.selected_ids()):
            return
        self._syncing = True
        try:
            selection = QItemSelection()
            last = QModelIndex()
            for item_id in ids:
                row = self.model.row_of(item_id)
                if row is None:
                    continue
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    selection.select(index, index)
                    last = index
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().select(selection, flags)
            if last.isValid():
                self.view.scrollTo(last)
        finally:
            self._syncing = False

    def _on_selection_changed(self, *_args: object) -> None:
        if not self._syncing:
            self.selectionIdsChanged.emit(self.selected_ids())

    def _on_double_clicked(self, index: QModelIndex) -> None:
        item_id = index.data(IdRole)
        if item_id is not None:
            self.activated.emit(int(item_id))
