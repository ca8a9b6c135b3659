"""Monitoring: the network's indicators across all snapshots, as the chart a council report shows.

Choose the indicators, include the current map as "today" or not, export the chart as PNG or SVG
for the report (monitoring_chart.py draws it). Each snapshot's indicators are worked out once; the
current map's again when it changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netmap.compare import indicators
from netmap.domain import SnapshotInfo
from netmap.errors import NetMapError
from netmap.reports import indicator_label
from netmap.ui.snapshots.compare_words import SHOWN_INDICATORS, indicator_explanation
from netmap.ui.i18n import follow_language
from netmap.ui.snapshots.monitoring_chart import DEFAULT_INDICATORS, IndicatorChart, collect_series
from netmap.ui.session import MapSession

__all__ = ["DEFAULT_INDICATORS", "MonitoringWindow"]


class MonitoringWindow(QWidget):
    """Choose indicators, see them across all snapshots, export the chart for a report."""

    def __init__(self, session: MapSession, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("monitoringWindow")
        self.session = session
        self._language = language
        self._cache: dict[tuple[int, str], dict[str, float]] = {}
        self.chart = IndicatorChart()
        self.choices = QListWidget()
        self.choices.setObjectName("indicatorChoices")
        for name in SHOWN_INDICATORS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in DEFAULT_INDICATORS else Qt.CheckState.Unchecked)
            self.choices.addItem(item)
        self.choices.itemChanged.connect(lambda _item: self.refresh())
        self.include_current = QCheckBox()
        self.include_current.setObjectName("includeCurrentMap")
        self.include_current.setChecked(True)
        self.include_current.toggled.connect(lambda _on: self.refresh())
        self.export_png_button = QPushButton()
        self.export_png_button.setObjectName("exportPng")
        self.export_png_button.clicked.connect(lambda: self.export("png"))
        self.export_svg_button = QPushButton()
        self.export_svg_button.setObjectName("exportSvg")
        self.export_svg_button.clicked.connect(lambda: self.export("svg"))
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #616161")
        side = QVBoxLayout()
        side.addWidget(self.heading)
        side.addWidget(self.choices, 1)
        side.addWidget(self.include_current)
        side.addWidget(self.export_png_button)
        side.addWidget(self.export_svg_button)
        side.addWidget(self.status)
        panel = QWidget()
        panel.setLayout(side)
        panel.setMaximumWidth(300)
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(self.chart, 1)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(500)
        self._later.timeout.connect(self.refresh)
        session.snapshotsChanged.connect(self.refresh)
        for signal in (session.actorsChanged, session.actorsRemoved, session.tiesChanged, session.tiesRemoved,
                       session.cataloguesChanged, session.reloaded, session.infoChanged):
            signal.connect(self._map_changed)
        self.retranslate()
        self.resize(1280, 800)
        follow_language(self, self.retranslate)

    def chosen(self) -> list[str]:
        return [str(self.choices.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.choices.count())
                if self.choices.item(i).checkState() == Qt.CheckState.Checked]

    def set_chosen(self, names: list[str]) -> None:
        self.choices.blockSignals(True)
        for i in range(self.choices.count()):
            item = self.choices.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in names
                               else Qt.CheckState.Unchecked)
        self.choices.blockSignals(False)
        self.refresh()

    def _map_changed(self, *_args: object) -> None:
        if self.include_current.isChecked():
            self._later.start()

    def _snapshot_indicators(self) -> list[tuple[SnapshotInfo, dict[str, float]]]:
        """Each snapshot's indicators; a snapshot never changes, so they are worked out once."""
        found = []
        for snapshot in self.session.project.snapshots():
            key = (snapshot.id, snapshot.taken_on.isoformat())
            if key not in self._cache:
                self._cache[key] = indicators(self.session.project.snapshot_state(snapshot.label))
            found.append((snapshot, self._cache[key]))
        return found

    def refresh(self) -> None:
        self._later.stop()
        try:
            snapshots = self._snapshot_indicators()
        except NetMapError as exc:
            self.status.setText(str(exc))
            return
        current = indicators(self.session.state()) if self.include_current.isChecked() else None
        self.series = collect_series(snapshots, current)
        self.chart.set_data(self.series, self.chosen(), self._title())
        self.status.setText("")

    def _title(self) -> str:
        name = self.session.info.town or self.session.info.name
        return self.tr("Network monitoring: {0}").format(name) if name else self.tr("Network monitoring")

    def export(self, kind: str) -> Path | None:
        """Ask where, then write the chart as PNG or SVG."""
        suffix = f".{kind}"
        filters = {"png": self.tr("PNG picture (*.png)"), "svg": self.tr("SVG drawing (*.svg)")}
        name = (self.session.info.town or self.session.info.name or "netmap").replace("/", "-")
        suggestion = str(Path(self.session.location).parent / f"{self.tr('Monitoring')} {name}{suffix}") \
            if "://" not in self.session.location else f"{self.tr('Monitoring')} {name}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the chart"), suggestion, filters[kind])
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            written = self.chart.export_png(path) if kind == "png" else self.chart.export_svg(path)
        except OSError as exc:
            self.status.setText(self.tr("The chart could not be exported: {0}").format(exc))
            return None
        self.status.setText(self.tr("Exported: {0}").format(written))
        return written

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Monitoring – the network over time"))
        self.heading.setText(self.tr("Indicators"))
        self.choices.blockSignals(True)
        for i in range(self.choices.count()):
            item = self.choices.item(i)
            name = str(item.data(Qt.ItemDataRole.UserRole))
            item.setText(indicator_label(name))
            item.setToolTip(indicator_explanation(name))
        self.choices.blockSignals(False)
        self.include_current.setText(self.tr("Include the current map (“today”)"))
        self.export_png_button.setText(self.tr("Export as PNG…"))
        self.export_svg_button.setText(self.tr("Export as SVG…"))
        self.refresh()
