"""Compare two states of the map: two snapshots, or a snapshot with the current map.

The window shows what a council report asks: the indicators side by side, which actors and ties
are new, gone or changed (and in what), who gained or lost most as a connector, and the two maps
side by side with synchronised zoom. The comparison itself is `netmap.compare.compare_states`,
run off the UI thread (betweenness on thousands of actors takes a while); the overlay on the main
map is the business of whoever listens to `resultReady` (SnapshotTools).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netmap.compare import comparison_to_dict
from netmap.domain import Actor, CatalogueKind, MapState, SnapshotInfo, Tie
from netmap.errors import NetMapError
from netmap.reports import format_comparison, indicator_label
from netmap.ui.snapshots.compare_overlay import SyncedViews
from netmap.ui.snapshots.compare_runner import CompareResult, CompareRunner
from netmap.ui.snapshots.compare_words import (
    SHOWN_INDICATORS,
    describe_changes,
    format_change,
    format_indicator,
    indicator_explanation,
)
from netmap.ui.i18n import follow_language
from netmap.ui.labels import direction_label, strength_label
from netmap.ui.snapshots.result_table import Cell, ResultModel, result_table
from netmap.ui.session import MapSession
from netmap.ui.snapshots.snapshots_panel import format_day

__all__ = ["CURRENT", "CompareResult", "CompareWindow"]

CURRENT = ""
"""The choice "current map" in the before/after choosers (snapshot labels are never empty)."""

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
_CHANGE_COLOURS = {ADDED: "#1b5e20", REMOVED: "#616161", CHANGED: "#8d6e00"}


class CompareWindow(QWidget):
    """Choose "before" and "after", see what changed. `resultReady` carries each finished
    CompareResult, `overlayToggled` the "show on the map" choice, `closed` the end of it all."""

    resultReady = Signal(object)
    overlayToggled = Signal(bool)
    closed = Signal()

    def __init__(self, session: MapSession, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compareWindow")
        self.session = session
        self._language = language
        self.result: CompareResult | None = None
        self.runner = CompareRunner(self)
        self.runner.finished.connect(self._show_result)
        self.runner.failed.connect(self._show_failure)
        self._again = QTimer(self)  # the current map changed: compare again, once things settle
        self._again.setSingleShot(True)
        self._again.setInterval(400)
        self._again.timeout.connect(self.compare)

        self.before = QComboBox()
        self.before.setObjectName("compareBefore")
        self.after = QComboBox()
        self.after.setObjectName("compareAfter")
        for combo in (self.before, self.after):
            combo.setMinimumContentsLength(24)
            combo.activated.connect(lambda _i: self.compare())
        self.swap = QToolButton()
        self.swap.setText("⇄")
        self.swap.clicked.connect(self.swap_sides)
        self.overlay = QCheckBox()
        self.overlay.setObjectName("showOverlay")
        self.overlay.setChecked(True)
        self.overlay.toggled.connect(self.overlayToggled)
        self.copy = QPushButton()
        self.copy.clicked.connect(self.copy_report)
        self.captions = (QLabel(), QLabel())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("compareStatus")

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("padding: 4px")
        self.indicators = ResultModel(self)
        self.actors = ResultModel(self)
        self.ties = ResultModel(self)
        self.movers = ResultModel(self)
        self.indicators_view = result_table(self.indicators, "indicatorTable")
        self.actors_view = result_table(self.actors, "actorChanges")
        self.ties_view = result_table(self.ties, "tieChanges")
        self.movers_view = result_table(self.movers, "centralityChanges", stretch=False)
        self.movers_note = QLabel()
        self.movers_note.setWordWrap(True)
        self.side_by_side = SyncedViews()
        overview = QWidget()
        box = QVBoxLayout(overview)
        box.addWidget(self.summary)
        box.addWidget(self.indicators_view, 1)
        movers = QWidget()
        box = QVBoxLayout(movers)
        box.addWidget(self.movers_note)
        box.addWidget(self.movers_view, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("compareTabs")
        for page in (overview, self.actors_view, self.ties_view, movers, self.side_by_side):
            self.tabs.addTab(page, "")
        self._side_by_side_stale = False
        self.tabs.currentChanged.connect(lambda _index: self._update_side_by_side())

        top = QHBoxLayout()
        top.addWidget(self.captions[0])
        top.addWidget(self.before, 1)
        top.addWidget(self.swap)
        top.addWidget(self.captions[1])
        top.addWidget(self.after, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.overlay)
        bottom.addStretch(1)
        bottom.addWidget(self.copy)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        for signal in (session.actorsChanged, session.actorsRemoved, session.tiesChanged, session.tiesRemoved,
                       session.clustersChanged, session.cataloguesChanged, session.reloaded):
            signal.connect(self._current_map_changed)
        session.snapshotsChanged.connect(self.refresh_choices)
        self.retranslate()
        self.refresh_choices()
        self.resize(1100, 760)
        follow_language(self, self.retranslate)

    # -- choosing ------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language()

    def _snapshots(self) -> list[SnapshotInfo]:
        try:
            return self.session.project.snapshots()
        except NetMapError:
            return []

    def refresh_choices(self) -> None:
        """Fill the choosers from the project's snapshots; the chosen ones stay chosen."""
        snapshots = self._snapshots()
        chosen = (self.before.currentData(), self.after.currentData())
        for combo in (self.before, self.after):
            combo.blockSignals(True)
            combo.clear()
        for snapshot in snapshots:
            text = f"{snapshot.label} ({format_day(snapshot.taken_on)})"
            self.before.addItem(text, snapshot.label)
            self.after.addItem(text, snapshot.label)
        self.after.addItem(self.tr("Current map (today)"), CURRENT)
        labels = [s.label for s in snapshots]
        before = chosen[0] if chosen[0] in labels else (labels[-1] if labels else None)
        after = chosen[1] if chosen[1] in [*labels, CURRENT] else CURRENT
        if before is not None:
            self.before.setCurrentIndex(self.before.findData(before))
        self.after.setCurrentIndex(self.after.findData(after))
        for combo in (self.before, self.after):
            combo.blockSignals(False)
        if chosen != (self.before.currentData(), self.after.currentData()) or self.result is None:
            self.compare()

    def choose(self, before: str, after: str = CURRENT) -> None:
        """Compare snapshot `before` with `after` (a snapshot's label, or CURRENT)."""
        index_a, index_b = self.before.findData(before), self.after.findData(after)
        if index_a >= 0:
            self.before.setCurrentIndex(index_a)
        if index_b >= 0:
            self.after.setCurrentIndex(index_b)
        self.compare()

    def swap_sides(self) -> None:
        """Before becomes after; the current map can only be "after", so it swaps with snapshots only."""
        a, b = self.before.currentData(), self.after.currentData()
        if b == CURRENT or a is None:
            return
        self.choose(b, a)

    def chosen(self) -> tuple[str | None, str | None]:
        return self.before.currentData(), self.after.currentData()

    def _state(self, label: str) -> MapState:
        return self.session.state() if label == CURRENT else self.session.project.snapshot_state(label)

    def compare(self) -> None:
        """Compare the chosen states (in the background); `resultReady` when done."""
        self._again.stop()
        label_a, label_b = self.chosen()
        if label_a is None or label_b is None:  # "after" always offers the current map
            self.runner.cancel()
            self._set_status(self.tr("There are no snapshots yet. Take one (Ctrl+Shift+S) to compare the map "
                                     "with it later."))
            return
        if label_a == label_b:
            self.runner.cancel()
            self._set_status(self.tr("Choose two different states to compare."))
            return
        try:
            a, b = self._state(label_a), self._state(label_b)
        except NetMapError as exc:
            self._show_failure(str(exc))
            return
        self._set_status(self.tr("Comparing…"))
        self.runner.run(label_a, label_b, a, b, label_b == CURRENT)

    def _current_map_changed(self, *_args: object) -> None:
        if self.after.currentData() == CURRENT and self.isVisible():
            self._again.start()

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _show_failure(self, message: str) -> None:
        self._set_status(self.tr("The comparison failed: {0}").format(message))

    # -- showing ---------------------------------------------------------------------------

    def name_of(self, label: str) -> str:
        """How a sentence names a state: the current map, or a snapshot's label in quotes."""
        return self.tr("current map") if label == CURRENT else self.tr("“{0}”").format(label)

    def _show_result(self, result: CompareResult) -> None:
        self.result = result
        self._set_status("")
        self._fill()
        self._side_by_side_stale = True
        self._update_side_by_side()
        self.resultReady.emit(result)

    def _update_side_by_side(self) -> None:
        """The two maps are drawn when they are looked at (two more scenes of a big map take a while)."""
        if self.result is None or not self._side_by_side_stale or self.tabs.currentWidget() is not self.side_by_side:
            return
        self._side_by_side_stale = False
        self.side_by_side.show_states(self.result.a, self.result.b, self.language, self.result.parts())

    def _fill(self) -> None:
        result = self.result
        if result is None:
            return
        c, a_name, b_name = result.comparison, self.name_of(result.label_a), self.name_of(result.label_b)
        self.summary.setText(self.tr(
            "{0} → {1}: {2} new actors, {3} no longer on the map, {4} changed; "
            "{5} new ties, {6} ended, {7} changed.").format(
            a_name, b_name, len(c.actors_added), len(c.actors_removed), len(c.actors_changed),
            len(c.ties_added), len(c.ties_removed), len(c.ties_changed)))
        self._fill_indicators(result)
        self._fill_actors(result)
        self._fill_ties(result)
        self._fill_movers(result)
        self.side_by_side.titles[0].setText(self.tr("Before: {0}").format(self._long_name(result.label_a)))
        self.side_by_side.titles[1].setText(self.tr("After: {0}").format(self._long_name(result.label_b)))
        for view in (self.indicators_view, self.actors_view, self.ties_view, self.movers_view):
            view.resizeColumnsToContents()
            for column in range(view.model().columnCount()):
                view.setColumnWidth(column, min(view.columnWidth(column), 360))

    def _long_name(self, label: str) -> str:
        if label == CURRENT:
            return self.tr("Current map")
        day = next((s.taken_on for s in self._snapshots() if s.label == label), None)
        return f"{label} ({format_day(day)})" if isinstance(day, date) else label

    def _change_word(self, change: str) -> Cell:
        words = {ADDED: self.tr("new"), REMOVED: self.tr("no longer there"), CHANGED: self.tr("changed")}
        order = {ADDED: 0, REMOVED: 1, CHANGED: 2}
        return Cell(words[change], order[change], _CHANGE_COLOURS[change])

    def _fill_indicators(self, result: CompareResult) -> None:
        c = result.comparison
        rows = []
        for i, name in enumerate(SHOWN_INDICATORS):
            before, after = c.indicators_a.get(name), c.indicators_b.get(name)
            change = format_change(name, before, after)
            tip = indicator_explanation(name)
            rows.append([Cell(indicator_label(name), i, tip=tip), Cell(format_indicator(name, before), before, tip=tip),
                         Cell(format_indicator(name, after), after, tip=tip),
                         Cell(change, (after or 0) - (before or 0), tip=tip), Cell(tip, i, "#616161", tip)])
        self.indicators.set_rows([self.tr("Indicator"), self._long_name(result.label_a),
                                  self._long_name(result.label_b), self.tr("Change"), self.tr("What it says")],
                                 rows, {1, 2, 3})

    def _fill_actors(self, result: CompareResult) -> None:
        c, language = result.comparison, self.language
        rows = []

        def category(actor: Actor, state: MapState) -> str:
            return state.label(CatalogueKind.CATEGORY, actor.category, language) if actor.category else "–"

        for actor in c.actors_added:
            rows.append([self._change_word(ADDED), Cell(actor.name), Cell(category(actor, result.b)), Cell("")])
        for actor in c.actors_removed:
            rows.append([self._change_word(REMOVED), Cell(actor.name), Cell(category(actor, result.a)), Cell("")])
        for old, new, attributes in c.actors_changed:
            rows.append([self._change_word(CHANGED), Cell(new.name), Cell(category(new, result.b)),
                         Cell(describe_changes(old, new, attributes, result.a, result.b, language))])
        self.actors.set_rows([self.tr("Change"), self.tr("Actor"), self.tr("Category"), self.tr("What changed")], rows)
        self.tabs.setTabText(1, self.tr("Actors ({0})").format(len(rows)))

    def _fill_ties(self, result: CompareResult) -> None:
        c, language = result.comparison, self.language
        names_a = {x.id: x.name for x in result.a.actors}
        names_b = {x.id: x.name for x in result.b.actors}
        rows = []

        def row(change: str, tie: Tie, names: dict[int | None, str], state: MapState, what: str) -> list[Cell]:
            kind = state.label(CatalogueKind.TIE_KIND, tie.kind, language) if tie.kind else "–"
            return [self._change_word(change), Cell(names.get(tie.source, "?")), Cell(names.get(tie.target, "?")),
                    Cell(kind), Cell(direction_label(tie.direction)), Cell(strength_label(tie.strength), tie.strength),
                    Cell(what)]

        for tie in c.ties_added:
            rows.append(row(ADDED, tie, names_b, result.b, ""))
        for tie in c.ties_removed:
            rows.append(row(REMOVED, tie, names_a, result.a, ""))
        for old, new, attributes in c.ties_changed:
            rows.append(row(CHANGED, new, names_b, result.b,
                            describe_changes(old, new, attributes, result.a, result.b, language)))
        self.ties.set_rows([self.tr("Change"), self.tr("From"), self.tr("To"), self.tr("Kind"), self.tr("Direction"),
                            self.tr("Strength"), self.tr("What changed")], rows)
        self.tabs.setTabText(2, self.tr("Ties ({0})").format(len(rows)))

    def _fill_movers(self, result: CompareResult) -> None:
        locale = QLocale()

        def signed(value: float, decimals: int) -> str:
            if abs(value) < 1e-12:
                return "±0"
            return ("+" if value > 0 else "−") + locale.toString(abs(value), "f", decimals)

        def colour(value: float) -> str:
            return "#1b5e20" if value > 1e-12 else "#b71c1c" if value < -1e-12 else ""

        rows = []
        moved = [m for m in result.comparison.metric_changes if m["degree_change"] or m["betweenness_change"]]
        for rank, m in enumerate(moved, start=1):
            rows.append([
                Cell(str(rank), rank), Cell(m["name"]),
                Cell(locale.toString(int(m["degree_before"])), m["degree_before"]),
                Cell(locale.toString(int(m["degree_after"])), m["degree_after"]),
                Cell(signed(m["degree_change"], 0), m["degree_change"], colour(m["degree_change"])),
                Cell(locale.toString(m["betweenness_before"], "f", 3), m["betweenness_before"]),
                Cell(locale.toString(m["betweenness_after"], "f", 3), m["betweenness_after"]),
                Cell(signed(m["betweenness_change"], 3), m["betweenness_change"], colour(m["betweenness_change"])),
            ])
        self.movers.set_rows([self.tr("#"), self.tr("Actor"), self.tr("Ties before"), self.tr("Ties after"),
                              self.tr("Ties ±"), self.tr("Connector before"), self.tr("Connector after"),
                              self.tr("Connector ±")], rows, {0, 2, 3, 4, 5, 6, 7})
        self.tabs.setTabText(3, self.tr("Who gained or lost ({0})").format(len(rows)))

    def report_text(self) -> str:
        """The comparison as the readable text report of `netmap compare`."""
        if self.result is None:
            return ""
        r = self.result
        data = comparison_to_dict(r.comparison, r.a, r.b)
        return format_comparison(data, self._long_name(r.label_a), self._long_name(r.label_b), r.b)

    def copy_report(self) -> None:
        text = self.report_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self._set_status(self.tr("The report is on the clipboard: paste it into your council report."))

    # -- words -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare – what has changed?"))
        self.captions[0].setText(self.tr("Before:"))
        self.captions[1].setText(self.tr("After:"))
        self.swap.setToolTip(self.tr("Swap before and after"))
        self.overlay.setText(self.tr("Show the changes on the map"))
        self.overlay.setToolTip(self.tr("New actors and ties in green, changed ones in amber, those no longer there "
                                        "as grey dashed outlines"))
        self.copy.setText(self.tr("Copy as text report"))
        for index, text in enumerate((self.tr("Overview"), self.tr("Actors"), self.tr("Ties"),
                                      self.tr("Who gained or lost"), self.tr("Side by side"))):
            self.tabs.setTabText(index, text)
        self.movers_note.setText(self.tr(
            "Who gained or lost most as a connector: ties are the direct relationships of an actor; the connector "
            "value (betweenness) says how often an actor lies on the shortest path between two others – who links "
            "groups that would otherwise know nothing of each other. Biggest changes first."))
        self.side_by_side.caption.setText(self.tr(
            "Zoom and scroll one map, the other follows. Left: grey halo – no longer there. Right: green – new, "
            "amber – changed."))
        if self.before.count() or self.after.count():
            index = self.after.findData(CURRENT)
            if index >= 0:
                self.after.setItemText(index, self.tr("Current map (today)"))
        self._fill()
        if self.result is not None:  # catalogue labels on the two maps follow the language too
            self._side_by_side_stale = True
            self._update_side_by_side()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._again.stop()
        self.runner.cancel()
        self.closed.emit()
        super().closeEvent(event)
