"""The analysis panel: who is central, who connects, who is missing, where the network breaks.

Docked in the main window; it shows what `AnalysisRunner` (analysis_worker) computes off the UI
thread and updates by itself after every edit:

- at the top, the network in one line, "Map: size and colour by" (`scene.set_measure(values)`, or
  `set_measure(None)` for the map as entered) and the options: one kind of tie only, ties with
  direction, tie strength counts;
- "Ranking": the actors ranked by one measure (rank, actor, category, value), the measure's
  plain-language sentence under the chooser and as tooltip; a row chosen selects the actor on the map;
- "Gaps" (analysis_gaps): who is missing, where the network is weak, each with its sentence,
  highlighted on the map when selected;
- "What if …" (analysis_whatif): who loses the connection when the actor clicked on leaves.

One halo at a time: selecting a gap ends the what-if, turning the what-if on clears the gap. The
panel never changes the map; it reads the session only for names and catalogue labels.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPointF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QHideEvent,
    QLinearGradient,
    QPainter,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netmap.analysis.result import AnalysisReport
from netmap.domain import CatalogueKind
from netmap.ui.analysis.analysis_gaps import GapsView, gap_groups
from netmap.ui.analysis.analysis_models import (
    MEASURES,
    RankingModel,
    RankingProxy,
    format_number,
    measure_by_code,
    measure_value,
)
from netmap.ui.analysis.analysis_whatif import WhatIfView
from netmap.ui.analysis.analysis_worker import AnalysisOptions, AnalysisRunner
from netmap.render.style import MEASURE_RAMP
from netmap.ui.analysis.explain import explanation
from netmap.ui.i18n import follow_language
from netmap.ui.editing.models import CatalogueLookup, IdRole

__all__ = ["AnalysisPanel", "bind_dock_action"]

_GREY = "color: #616161"
_NOTE = "font-style: italic; color: #37474f"
RANKING, GAPS, WHAT_IF = range(3)  # the tabs


def _ramp_pixmap(width: int = 110, height: int = 12) -> QPixmap:
    """The map's colour ramp for a measure, low to high."""
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(width, 0))
    for i, colour in enumerate(MEASURE_RAMP):
        gradient.setColorAt(i / (len(MEASURE_RAMP) - 1), QColor(colour))
    painter.fillRect(0, 0, width, height, gradient)
    painter.end()
    return pixmap


class AnalysisPanel(QWidget):
    """The analysis dock's contents (see the module docstring)."""

    def __init__(self, scene: Any, parent: QWidget | None = None, runner: AnalysisRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysisPanel")
        self.scene = scene
        self.runner = runner if runner is not None else AnalysisRunner(self)
        self.session: Any = None
        self.language = "de"
        self.report: AnalysisReport | None = None
        self._lookup = CatalogueLookup()
        self._shown = False
        self._dock: QDockWidget | None = None
        self._error = ""
        self._build()
        self._connect()
        self.retranslate()
        follow_language(self, self.retranslate)

    # == building ==========================================================================================

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("analysisSummary")
        self.summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setStyleSheet(_GREY)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addLayout(self._build_options())
        self.gaps = GapsView(self.scene)
        self.what_if = WhatIfView(self.scene, self.runner)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("analysisTabs")
        self.tabs.addTab(self._build_ranking(), "")
        self.tabs.addTab(self.gaps, "")
        self.tabs.addTab(self.what_if, "")
        layout.addWidget(self.tabs, 1)

    def _build_options(self) -> QFormLayout:
        self.map_measure = QComboBox()
        self.map_measure.setObjectName("mapMeasure")
        ramp = QLabel()
        ramp.setPixmap(_ramp_pixmap())
        self.ramp_low, self.ramp_high = QLabel(), QLabel()
        self.ramp_box = QWidget()
        row = QHBoxLayout(self.ramp_box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.ramp_low, ramp, self.ramp_high):
            row.addWidget(widget)
        row.addStretch(1)
        for label in (self.ramp_low, self.ramp_high):
            label.setStyleSheet(_GREY)
        self.ramp_box.hide()
        self.tie_kind = QComboBox()
        self.tie_kind.setObjectName("analysisTieKind")
        self.directed = QCheckBox()
        self.weighted = QCheckBox()
        checks = QHBoxLayout()
        checks.setContentsMargins(0, 0, 0, 0)
        checks.addWidget(self.directed)
        checks.addWidget(self.weighted)
        checks.addStretch(1)
        self.map_label, self.kind_label = QLabel(), QLabel()
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.map_label, self.map_measure)
        form.addRow("", self.ramp_box)
        form.addRow(self.kind_label, self.tie_kind)
        form.addRow("", checks)
        return form

    def _build_ranking(self) -> QWidget:
        self.measure = QComboBox()
        self.measure.setObjectName("rankingMeasure")
        self.measure_label = QLabel()
        self.measure_explanation = QLabel()
        self.measure_explanation.setObjectName("measureExplanation")
        self.measure_explanation.setWordWrap(True)
        self.measure_explanation.setStyleSheet(_NOTE)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.model = RankingModel(self)
        self.proxy = RankingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("rankingTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RankingModel.RANK, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RankingModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((RankingModel.RANK, 44), (RankingModel.CATEGORY, 84), (RankingModel.VALUE, 58)):
            header.resizeSection(column, width)
        chooser = QHBoxLayout()
        chooser.addWidget(self.measure_label)
        chooser.addWidget(self.measure, 1)
        ranking = QWidget()
        box = QVBoxLayout(ranking)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(chooser)
        box.addWidget(self.measure_explanation)
        box.addWidget(self.filter)
        box.addWidget(self.table, 1)
        return ranking

    def _connect(self) -> None:
        runner = self.runner
        runner.reportReady.connect(self._show_report)
        runner.failed.connect(self._on_failed)
        runner.busyChanged.connect(self._update_status)
        self.measure.currentIndexChanged.connect(self._on_measure_chosen)
        self.map_measure.currentIndexChanged.connect(lambda _i: self._apply_map_measure())
        self.tie_kind.currentIndexChanged.connect(lambda _i: self._on_options())
        self.directed.toggled.connect(lambda _on: self._on_options())
        self.weighted.toggled.connect(lambda _on: self._on_options())
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.gaps.selected.connect(self._on_gap_selected)
        self.what_if.modeChanged.connect(self._on_what_if_mode)

    # == the session and the language =========================================================================

    def attach(self, session: Any, language: str) -> None:
        """Follow `session` (None: no project open)."""
        if self.session is not None:
            try:
                self.session.cataloguesChanged.disconnect(self._on_catalogues_changed)
            except (RuntimeError, TypeError):
                pass
        self.session = self.what_if.session = session
        self.language = language
        self.report = None
        self._error = ""
        self.what_if.set_on(False)
        self.gaps.clear_selection()
        self.gaps.show_groups([])
        self.model.set_actors([])
        if self.scene.measure is not None:
            self.scene.set_measure(None)  # the old map's values; the new ones come with the report
        if session is not None:
            session.cataloguesChanged.connect(self._on_catalogues_changed)
        self._on_catalogues_changed()
        self.runner.attach(session)
        self._update_active()
        self._show_summary()
        self._update_status(session is not None)

    def set_language(self, language: str) -> None:
        self.language = language
        self._on_catalogues_changed()
        self.retranslate()

    def _on_catalogues_changed(self) -> None:
        catalogues = self.session.catalogues if self.session is not None else {}
        self._lookup = CatalogueLookup(catalogues, self.language)
        self.model.set_lookup(self._lookup)
        current = self.tie_kind.currentData()
        self.tie_kind.blockSignals(True)
        self.tie_kind.clear()
        self.tie_kind.addItem(self.tr("All kinds of ties"), None)
        for entry in catalogues.get(CatalogueKind.TIE_KIND, []):
            self.tie_kind.addItem(entry.label(self.language), entry.key)
        index = self.tie_kind.findData(current) if current is not None else 0
        self.tie_kind.setCurrentIndex(max(index, 0))
        self.tie_kind.blockSignals(False)
        if index < 0:
            self._on_options()  # the chosen kind left the catalogue
        self._show_gaps()

    def retranslate(self) -> None:
        self.map_label.setText(self.tr("Map:"))
        self.ramp_low.setText(self.tr("low"))
        self.ramp_high.setText(self.tr("high"))
        self.kind_label.setText(self.tr("Ties:"))
        self.tie_kind.setToolTip(self.tr("Analyse all ties, or only the ties of one kind"))
        if self.tie_kind.count():
            self.tie_kind.setItemText(0, self.tr("All kinds of ties"))
        self.directed.setText(self.tr("With direction"))
        self.directed.setToolTip(self.tr("Count who informs, funds or instructs whom; otherwise every tie counts "
                                         "both ways"))
        self.weighted.setText(self.tr("Strength counts"))
        self.weighted.setToolTip(self.tr("Strong ties (3) count more than weak ones (1)"))
        self.measure_label.setText(self.tr("Rank by:"))
        self.filter.setPlaceholderText(self.tr("Find an actor…"))
        for index, text, tip in ((RANKING, self.tr("Ranking"), self.tr("Who is central, who connects?")),
                                 (GAPS, self.tr("Gaps"), self.tr("Who is missing, where is the network weak?")),
                                 (WHAT_IF, self.tr("What if …"), explanation("what_if"))):
            self.tabs.setTabText(index, text)
            self.tabs.setTabToolTip(index, tip)
        self._fill_measure_choosers()
        self.model.retranslate()
        self._show_measure_explanation()
        self._show_map_explanation()
        self._show_summary()
        self._show_gaps(highlight=False)
        self.gaps.retranslate()
        self.what_if.retranslate()
        self._update_status(self.session is not None and not self.runner.idle)

    def _fill_measure_choosers(self) -> None:
        ranking = self.measure.currentData() or MEASURES[0].code
        on_map = self.map_measure.currentData()
        for combo in (self.measure, self.map_measure):
            combo.blockSignals(True)
            combo.clear()
        self.map_measure.addItem(self.tr("As entered (influence and category)"), None)
        for m in MEASURES:
            for combo in (self.measure, self.map_measure):
                combo.addItem(m.label(), m.code)
                combo.setItemData(combo.count() - 1, explanation(m.code), Qt.ItemDataRole.ToolTipRole)
        self.measure.setCurrentIndex(max(self.measure.findData(ranking), 0))
        self.map_measure.setCurrentIndex(max(self.map_measure.findData(on_map), 0) if on_map else 0)
        for combo in (self.measure, self.map_measure):
            combo.blockSignals(False)

    # == who is looking ========================================================================================

    # In a dock tabbed behind another one the panel counts as visible (Qt stacks the tabs' widgets),
    # so a docked panel goes by its dock's visibilityChanged, which follows the tabs too.

    @property
    def seen(self) -> bool:
        """Whether anyone can see the panel now."""
        return self._shown

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange:
            self._follow_dock()
        return super().event(event)

    def _follow_dock(self) -> None:
        if self._dock is not None:
            try:
                self._dock.visibilityChanged.disconnect(self._on_seen)
            except (RuntimeError, TypeError):
                pass
        parent = self.parentWidget()
        self._dock = parent if isinstance(parent, QDockWidget) else None
        if self._dock is not None:
            self._dock.visibilityChanged.connect(self._on_seen)
            self._on_seen(self._dock.isVisible() and not self._dock.visibleRegion().isEmpty())

    def _on_seen(self, visible: bool) -> None:
        self._shown = visible
        self._update_active()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dock is None:
            self._on_seen(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self._dock is None:
            self._on_seen(False)
        super().hideEvent(event)

    def _update_active(self) -> None:
        """Compute while anyone looks: at the panel, at a map coloured by a measure, at a halo."""
        wanted = (self._shown or self.map_measure.currentData() is not None
                  or self.gaps.selected_gap() is not None or self.what_if.on)
        self.runner.set_active(wanted)

    # == following the analysis ================================================================================

    def _update_status(self, busy: bool) -> None:
        if self.session is None:
            text = self.tr("No project is open.")
        elif self._error:
            text = self.tr("The analysis failed: {0}").format(self._error)
        elif busy or self.report is None:
            text = self.tr("Updating…")
        else:
            text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _on_failed(self, message: str) -> None:
        self._error = message
        self._update_status(False)

    def _show_report(self, report: AnalysisReport) -> None:
        self.report = report
        self._error = ""
        self.model.set_actors(report.actors)
        self._show_summary()
        self._show_gaps()
        self._apply_map_measure()
        self._update_status(not self.runner.idle)

    def _show_summary(self) -> None:
        if self.report is None:
            self.summary.setText("")
            self.summary.setToolTip("")
            return
        n = self.report.network
        self.summary.setText(" · ".join((
            self.tr("%n actors", "", n.actors), self.tr("%n ties", "", n.ties),
            self.tr("%n separate parts", "", n.components),
            self.tr("density {0}").format(format_number(n.density, 2)),
            self.tr("average distance {0}").format(format_number(n.average_distance, 1)))))
        self.summary.setToolTip("\n".join(
            f"{title}: {explanation(code)}" for code, title in (
                ("components", self.tr("Separate parts")), ("density", self.tr("Density")),
                ("average_distance", self.tr("Average distance")))))

    def _show_gaps(self, highlight: bool = True) -> None:
        groups = gap_groups(self.report, self._lookup, self._fields_of()) if self.report is not None else []
        self.gaps.show_groups(groups, highlight=highlight and not self.what_if.on)

    def _fields_of(self) -> dict[str, list[int]]:
        fields: dict[str, list[int]] = {}
        for actor in self.session.actors.values() if self.session is not None else ():
            for key in actor.fields:
                fields.setdefault(key, []).append(actor.id)
        return fields

    # == ranking and the map's measure =========================================================================

    def _on_measure_chosen(self, _index: int) -> None:
        code = self.measure.currentData()
        if code:
            self.model.set_measure(code)
        self._show_measure_explanation()

    def _show_measure_explanation(self) -> None:
        code = self.measure.currentData() or MEASURES[0].code
        text = explanation(code)
        if measure_by_code(code).ascending:
            text += " " + self.tr("(Lowest first: the most room to broker.)")
        self.measure_explanation.setText(text)
        self.measure.setToolTip(text)

    def _show_map_explanation(self) -> None:
        code = self.map_measure.currentData()
        self.map_measure.setToolTip(explanation(code) if code else self.tr(
            "Size and colour of the circles on the map: as entered (influence and category) or by a measure of "
            "the analysis"))

    def _apply_map_measure(self) -> None:
        code = self.map_measure.currentData()
        self.ramp_box.setVisible(code is not None)
        self._show_map_explanation()
        self._update_active()
        if code is None or self.report is None:
            if self.scene.measure is not None:
                self.scene.set_measure(None)
            return
        values = {a.id: v for a in self.report.actors if (v := measure_value(a, code)) is not None}
        if values != self.scene.measure:
            self.scene.set_measure(values)

    def _on_table_selection(self, *_args: object) -> None:
        ids = [int(i.data(IdRole)) for i in self.table.selectionModel().selectedRows()]
        if ids:
            self.scene.select_actors(ids)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        item = self.scene.actor_item(int(index.data(IdRole)))
        if item is not None:
            for view in self.scene.views():
                view.centerOn(item)

    # == one halo at a time ======================================================================================

    def _on_gap_selected(self, selected: bool) -> None:
        if selected and self.what_if.on:
            self.what_if.set_on(False)  # takes its halo off the map: the gap's goes on again
            self.gaps.highlight_selected()
        self._update_active()

    def _on_what_if_mode(self, on: bool) -> None:
        if on:
            self.tabs.setCurrentIndex(WHAT_IF)
            self.gaps.clear_selection()
        self._update_active()

    # == options =============================================================================================

    def options(self) -> AnalysisOptions:
        kind = self.tie_kind.currentData()
        return AnalysisOptions(directed=self.directed.isChecked(), weighted=self.weighted.isChecked(),
                               tie_kind=str(kind) if kind else None)

    def _on_options(self) -> None:
        self.runner.set_options(self.options())
        self._update_status(True)


def bind_dock_action(action: QAction, dock: QDockWidget) -> None:
    """`action` (checkable, with a shortcut) brings `dock` to the front, or closes it when it is in front.

    A dock tabbed behind another one is open but not visible: the action then raises it.
    """
    view = dock.toggleViewAction()
    action.setCheckable(True)
    action.setChecked(view.isChecked())
    view.toggled.connect(action.setChecked)

    def triggered(_checked: bool) -> None:
        if dock.isVisible() and not dock.visibleRegion().isEmpty():
            dock.close()
        else:
            dock.show()
            dock.raise_()
        action.setChecked(not dock.isHidden())

    action.triggered.connect(triggered)
