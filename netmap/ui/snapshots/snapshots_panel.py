"""The snapshots of a project as a timeline.

A snapshot is a dated, labelled, read-only copy of the whole map. The panel lists them
oldest first, like a timeline, and asks for what the user wants done with one through its
signals; `SnapshotTools` (snapshot_tools.py) does it. The panel itself never changes the project.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netmap.domain import SnapshotInfo
from netmap.ui.i18n import follow_language

__all__ = ["SnapshotListModel", "SnapshotsPanel", "format_day"]

ObjectRole = Qt.ItemDataRole.UserRole + 1  # the SnapshotInfo of a row
Index = QModelIndex | QPersistentModelIndex


def format_day(day: date) -> str:
    """A date as people write it: "14. November 2024" in German, "14 November 2024" in English."""
    locale = QLocale()
    pattern = "d. MMMM yyyy" if locale.language() == QLocale.Language.German else "d MMMM yyyy"
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


class SnapshotListModel(QAbstractListModel):
    """The project's snapshots, oldest first (the order of `Project.snapshots()`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SnapshotInfo] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        snapshot = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return snapshot.label
        if role == ObjectRole:
            return snapshot
        if role == Qt.ItemDataRole.ToolTipRole:
            note = f"\n\n{snapshot.note}" if snapshot.note else ""
            return f"{snapshot.label}\n{format_day(snapshot.taken_on)}{note}"
        return None

    def set_snapshots(self, snapshots: list[SnapshotInfo]) -> None:
        if snapshots == self._rows:
            return
        self.beginResetModel()
        self._rows = list(snapshots)
        self.endResetModel()

    def snapshots(self) -> list[SnapshotInfo]:
        return list(self._rows)

    def row_of(self, label: str) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.label == label), None)


class TimelineDelegate(QStyledItemDelegate):
    """Each snapshot as a stop on a vertical line: a dot, the label in bold, the date, the note."""

    LINE_X = 14
    TEXT_X = 30

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 3 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        snapshot = index.data(ObjectRole)
        if snapshot is None:
            return
        rect: QRect = option.rect
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            painter.fillRect(rect, palette.highlight())
        line_x = rect.left() + self.LINE_X
        centre_y = rect.top() + QFontMetrics(option.font).height() // 2 + 7
        painter.setPen(QPen(QColor("#90a4ae"), 2))
        last = index.row() == index.model().rowCount() - 1
        top = centre_y if index.row() == 0 else rect.top()
        bottom = centre_y if last else rect.bottom() + 1
        if bottom > top:
            painter.drawLine(line_x, top, line_x, bottom)
        painter.setBrush(QColor("#1565c0") if last else QColor("#ffffff"))
        painter.setPen(QPen(QColor("#ffffff") if selected else QColor("#1565c0"), 2))
        painter.drawEllipse(QPoint(line_x, centre_y), 5, 5)

        text_colour = palette.highlightedText().color() if selected else palette.text().color()
        muted = text_colour if selected else QColor("#616161")
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        left = rect.left() + self.TEXT_X
        width = rect.width() - self.TEXT_X - 6
        y = rect.top() + 5
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(QRect(left, y, width, metrics.height()), Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(bold).elidedText(snapshot.label, Qt.TextElideMode.ElideRight, width))
        painter.setFont(font)
        painter.setPen(muted)
        y += metrics.height()
        painter.drawText(QRect(left, y, width, metrics.height()), Qt.AlignmentFlag.AlignLeft,
                         format_day(snapshot.taken_on))
        if snapshot.note:
            y += metrics.height()
            note = " ".join(snapshot.note.split())
            painter.drawText(QRect(left, y, width, metrics.height()), Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(note, Qt.TextElideMode.ElideRight, width))
        painter.restore()


class SnapshotsPanel(QWidget):
    """The timeline dock's contents. The signals carry the label of the snapshot meant."""

    takeRequested = Signal()
    openRequested = Signal(str)
    compareRequested = Signal(str)
    renameRequested = Signal(str)
    deleteRequested = Signal(str)
    newMapRequested = Signal(str)
    monitoringRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snapshotsPanel")
        self.model = SnapshotListModel(self)
        self.view = QListView()
        self.view.setObjectName("snapshotList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(TimelineDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda _index: self._emit(self.openRequested))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setStyleSheet("color: #616161; padding: 8px")

        def action(name: str, signal: SignalInstance) -> QAction:
            act = QAction(self)
            act.setObjectName(name)
            act.triggered.connect(lambda: self._emit(signal))
            return act

        self.open_action = action("actionOpenSnapshot", self.openRequested)
        self.compare_action = action("actionCompareSnapshot", self.compareRequested)
        self.rename_action = action("actionRenameSnapshot", self.renameRequested)
        self.delete_action = action("actionDeleteSnapshot", self.deleteRequested)
        self.new_map_action = action("actionNewMapFromSnapshot", self.newMapRequested)
        self.take_button = QToolButton()
        self.take_button.setObjectName("takeSnapshotButton")
        self.take_button.clicked.connect(self.takeRequested)
        self.open_button = QToolButton()
        self.open_button.setDefaultAction(self.open_action)
        self.compare_button = QToolButton()
        self.compare_button.setDefaultAction(self.compare_action)
        self.more_menu = QMenu(self)
        self.more_menu.addActions([self.rename_action, self.delete_action])
        self.more_menu.addSeparator()
        self.more_menu.addAction(self.new_map_action)
        self.more_button = QToolButton()
        self.more_button.setObjectName("moreSnapshotActions")
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.monitoring_button = QToolButton()
        self.monitoring_button.clicked.connect(self.monitoringRequested)
        for button in (self.take_button, self.open_button, self.compare_button, self.more_button,
                       self.monitoring_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(False)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.take_button)
        top.addStretch(1)
        top.addWidget(self.monitoring_button)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.open_button)
        row.addWidget(self.compare_button)
        row.addWidget(self.more_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(row)
        self._has_project = False
        self._editable = False
        self.retranslate()
        self.set_snapshots([], has_project=False, editable=False)
        follow_language(self, self.retranslate)

    # -- contents ------------------------------------------------------------------------

    def set_snapshots(self, snapshots: list[SnapshotInfo], *, has_project: bool = True, editable: bool = True) -> None:
        """Show `snapshots`; the selected one stays selected (by label), else the newest is."""
        chosen = self.current_label()
        self._has_project, self._editable = has_project, editable
        self.model.set_snapshots(snapshots)
        row = self.model.row_of(chosen) if chosen else None
        if row is None and snapshots:
            row = len(snapshots) - 1
        if row is not None:
            self.select(self.model.snapshots()[row].label)
        self.view.setVisible(bool(snapshots))
        self.empty.setVisible(not snapshots)
        self._update_empty_text()
        self._update_buttons()

    def select(self, label: str) -> None:
        row = self.model.row_of(label)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row))

    def current_label(self) -> str:
        index = self.view.currentIndex()
        snapshot = index.data(ObjectRole) if index.isValid() else None
        return snapshot.label if snapshot is not None else ""

    def _emit(self, signal: SignalInstance) -> None:
        label = self.current_label()
        if label:
            signal.emit(label)

    def _update_buttons(self) -> None:
        chosen = bool(self.current_label())
        for act in (self.open_action, self.compare_action, self.new_map_action):
            act.setEnabled(chosen)
        for act in (self.rename_action, self.delete_action):
            act.setEnabled(chosen and self._editable)
        self.more_button.setEnabled(chosen)
        self.take_button.setEnabled(self._has_project and self._editable)
        self.monitoring_button.setEnabled(self._has_project)

    def _context_menu(self, pos: QPoint) -> None:
        if not self.view.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addActions([self.open_action, self.compare_action])
        menu.addSeparator()
        menu.addActions([self.rename_action, self.delete_action])
        menu.addSeparator()
        menu.addAction(self.new_map_action)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # -- words ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.take_button.setText(self.tr("Take snapshot…"))
        self.take_button.setToolTip(self.tr("Keep the map as it is today, to compare it later (Ctrl+Shift+S)"))
        self.open_action.setText(self.tr("Open read-only"))
        self.open_action.setToolTip(self.tr("Show the map as it was at this snapshot, in a window of its own"))
        self.compare_action.setText(self.tr("Compare…"))
        self.compare_action.setToolTip(self.tr("What changed between this snapshot and the current map"))
        self.rename_action.setText(self.tr("Rename…"))
        self.delete_action.setText(self.tr("Delete…"))
        self.new_map_action.setText(self.tr("Start a new map from this snapshot…"))
        self.new_map_action.setToolTip(self.tr("A new project file with this snapshot's actors, ties and clusters"))
        self.more_button.setText(self.tr("More"))
        self.monitoring_button.setText(self.tr("Monitoring…"))
        self.monitoring_button.setToolTip(self.tr("Indicators across all snapshots as a chart"))
        self._update_empty_text()

    def _update_empty_text(self) -> None:
        if not self._has_project:
            self.empty.setText(self.tr("No project is open."))
        else:
            self.empty.setText(self.tr("No snapshots yet.\n\nTake a snapshot at the end of a workshop: it keeps "
                                       "the map as it is, and the next workshop can be compared with it."))
