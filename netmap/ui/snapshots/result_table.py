"""A read-only, sortable table of what a comparison found: rows of cells, each with its own sort value."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

__all__ = ["Cell", "ResultModel", "SortRole", "result_table"]

SortRole = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Cell:
    text: str
    sort: object = None
    colour: str = ""
    tip: str = ""


class ResultModel(QAbstractTableModel):
    """Rows of cells with a sort value each: what a comparison found, for a sortable table."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[Cell]] = []
        self.numeric: set[int] = set()

    def set_rows(self, headers: list[str], rows: list[list[Cell]], numeric: set[int] | None = None) -> None:
        self.beginResetModel()
        self.headers, self.rows, self.numeric = headers, rows, numeric or set()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        cell = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == SortRole:
            return cell.sort if cell.sort is not None else cell.text.casefold()
        if role == Qt.ItemDataRole.ForegroundRole and cell.colour:
            return QColor(cell.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tip or (cell.text if len(cell.text) > 40 else None)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def column(self, column: int) -> list[str]:
        return [row[column].text for row in self.rows]


def result_table(model: ResultModel, name: str, stretch: bool = True) -> QTableView:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(stretch)
    return view
