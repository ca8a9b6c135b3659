"""File > Import…: bring a workbook or network file into the open map, after a preview.

The flow: choose a file; read it and work out what would change (`netmap.transfer.plan_file_import`)
on a worker thread, with a busy indicator, since a big workbook takes seconds; show the preview
(new actors, matched ones, those whose attributes differ and how, new, changed and removed ties);
OK applies it as one undoable edit (`netmap.edits.ImportMap`). A file that cannot be read is reported with the
place the reader names (file, sheet, row, column) and nothing changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QDate, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netmap.domain import Actor, CatalogueKind, ContactPerson, Direction, MapState, SnapshotInfo, Tie
from netmap.edits import Edit, ImportHistory, ImportMap
from netmap.exchange import SUPPORTED_IMPORTS
from netmap.exchange.notes import Left, Note, describe_note
from netmap.exchange.partitions import PartitionUse
from netmap.history import choose_time_points, snapshot_date, snapshot_label
from netmap.i18n import QT_TRANSLATE_NOOP
from netmap.i18n import tr as translate
from netmap.merge import ImportPlan
from netmap.project import Project
from netmap.transfer import import_notices, import_source, plan_file_import
from netmap.ui.background import BackgroundJob, error_text
from netmap.ui.context import AppWindow
from netmap.ui.i18n import Wording, follow_language
from netmap.ui.labels import (
    attitude_label,
    catalogue_kind_label,
    direction_label,
    strength_label,
    yes_no,
)
from netmap.ui.session import MapSession

__all__ = ["ImportFlow", "ImportPreviewDialog", "import_file",
           "import_filters", "plan_both"]

_C = "ImportDialog"
_FILTERS = (  # (words, patterns); every suffix of SUPPORTED_IMPORTS is in one of them (a test checks)
    (QT_TRANSLATE_NOOP("ImportDialog", "Excel workbooks: NetMap or Kumu"), "*.xlsx"),
    (QT_TRANSLATE_NOOP("ImportDialog", "CSV node or edge lists"), "*.csv"),
    (QT_TRANSLATE_NOOP("ImportDialog", "GraphML: yEd, Gephi, igraph"), "*.graphml"),
    (QT_TRANSLATE_NOOP("ImportDialog", "GEXF: Gephi"), "*.gexf"),
    (QT_TRANSLATE_NOOP("ImportDialog", "Pajek"), "*.net *.paj *.pajek"),
    (QT_TRANSLATE_NOOP("ImportDialog", "UCINET DL"), "*.dl"),
)
_ATTRIBUTES = {
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Name"),
    "category": QT_TRANSLATE_NOOP("ImportDialog", "Category"),
    "district": QT_TRANSLATE_NOOP("ImportDialog", "District"),
    "fields": QT_TRANSLATE_NOOP("ImportDialog", "Fields of action"),
    "stage": QT_TRANSLATE_NOOP("ImportDialog", "Participation stage"),
    "influence": QT_TRANSLATE_NOOP("ImportDialog", "Influence"),
    "attitude": QT_TRANSLATE_NOOP("ImportDialog", "Attitude"),
    "reached": QT_TRANSLATE_NOOP("ImportDialog", "Reached"),
    "notes": QT_TRANSLATE_NOOP("ImportDialog", "Notes"),
    "tags": QT_TRANSLATE_NOOP("ImportDialog", "Tags"),
    "position": QT_TRANSLATE_NOOP("ImportDialog", "Position"),
    "contact": QT_TRANSLATE_NOOP("ImportDialog", "Contact person"),
    "dots": QT_TRANSLATE_NOOP("ImportDialog", "Dots"),
    "is_key": QT_TRANSLATE_NOOP("ImportDialog", "Key actor"),
    "extra": QT_TRANSLATE_NOOP("ImportDialog", "Other attributes"),
    "kind": QT_TRANSLATE_NOOP("ImportDialog", "Kind"),
    "direction": QT_TRANSLATE_NOOP("ImportDialog", "Direction"),
    "strength": QT_TRANSLATE_NOOP("ImportDialog", "Strength"),
    "field": QT_TRANSLATE_NOOP("ImportDialog", "Field of action"),
}
_CATALOGUE_OF = {"category": CatalogueKind.CATEGORY, "district": CatalogueKind.DISTRICT, "stage": CatalogueKind.STAGE,
                 "fields": CatalogueKind.FIELD, "field": CatalogueKind.FIELD, "kind": CatalogueKind.TIE_KIND}
_PARTITION_USES = (
    (PartitionUse.ATTRIBUTE, QT_TRANSLATE_NOOP("ImportDialog", "keep as an attribute")),
    (PartitionUse.CATEGORY, QT_TRANSLATE_NOOP("ImportDialog", "use as categories")),
    (PartitionUse.CLUSTER, QT_TRANSLATE_NOOP("ImportDialog", "use as clusters")),
)
_SHOWN_PER_GROUP = 300
"""A preview of 5,000 new actors lists the first few hundred by name; the counts say the rest."""


def import_filters() -> str:
    """The file dialog's filters: everything NetMap reads first, then each format."""
    everything = " ".join(f"*{suffix}" for suffix in SUPPORTED_IMPORTS)
    everything_words = translate("ImportDialog", "All supported files")
    rows = [f"{everything_words} ({everything})"]
    rows += [f"{translate(_C, words)} ({patterns})" for words, patterns in _FILTERS]
    any_words = translate("ImportDialog", "All files")
    rows.append(f"{any_words} (*)")
    return ";;".join(rows)


# == planning off the UI thread =========================================================================


class _MapAsRead:
    """Stands in for the Project while planning on a worker thread: the map (and, for a workbook,
    the snapshots it may come from) was read on the UI thread (SQLite connections stay there), and
    planning only asks for those."""

    def __init__(self, state: MapState, snapshots: dict[str, MapState] | None = None) -> None:
        self._state = state
        self._snapshots = snapshots or {}

    def state(self) -> MapState:
        return self._state

    def snapshots(self) -> list[SnapshotInfo]:
        return [SnapshotInfo(0, label, date.min) for label in self._snapshots]

    def snapshot_state(self, label: str) -> MapState:
        return self._snapshots[label]


def plan_both(state: MapState, path: str | Path, network: str | None = None,
              partitions: Mapping[str, PartitionUse] | None = None,
              snapshots: dict[str, MapState] | None = None) -> tuple[ImportPlan, ImportPlan]:
    """Read `path` once and plan the import both ways: (add and update, replace the map).

    The two differ only in what replacing removes (`netmap.merge.plan_import`), so the
    add-and-update plan is the replacing one without its removals. `network` and `partitions`
    are the choices the preview offers (see `netmap.transfer.plan_file_import`); `snapshots` are the
    project's, against which a workbook exported from a snapshot is merged."""
    replacing = plan_file_import(cast(Project, _MapAsRead(state, snapshots)), path, replace_map=True, network=network,
                                 partitions=partitions)
    adding = replace(replacing, removed_actors=[], removed_ties=[])
    return adding, replacing


# == the preview ====================================================================================


class _Words:
    """Values of actors and ties as the user reads them: catalogue labels, yes/no, names of ends."""

    def __init__(self, current: MapState, plans: tuple[ImportPlan, ...], language: str) -> None:
        self.language = language
        self.labels: dict[tuple[CatalogueKind, str], str] = {}
        for kind, entries in current.catalogues.items():
            for entry in entries:
                self.labels[(kind, entry.key)] = entry.label(language)
        self.names: dict[int, str] = {a.id: a.name for a in current.actors if a.id is not None}
        for plan in plans:
            for kind, entries in plan.new_entries.items():
                for entry in entries:
                    self.labels.setdefault((kind, entry.key), entry.label(language))
            self.names.update({a.id: a.name for a in plan.new_actors if a.id is not None})
            self.names.update({after.id: after.name for _, after in plan.updated_actors if after.id is not None})

    def value(self, attribute: str, value: Any) -> str:
        if value in ("", (), {}, None):
            return "—"
        kind = _CATALOGUE_OF.get(attribute)
        if kind is not None:
            keys: tuple[str, ...] = value if isinstance(value, tuple) else (value,)
            return ", ".join(self.labels.get((kind, k), k) for k in keys)
        if attribute == "attitude":
            return attitude_label(value)
        if attribute == "direction":
            return direction_label(value)
        if attribute == "strength":
            return strength_label(value)
        if isinstance(value, bool):
            return yes_no(value)
        if isinstance(value, ContactPerson):
            return ", ".join(v for v in (value.name, value.role, value.email, value.phone) if v)
        if isinstance(value, tuple):
            return ", ".join(str(v) for v in value)
        if isinstance(value, dict):
            return "; ".join(f"{k}: {v}" for k, v in value.items())
        return _short(str(value))

    def changes(self, now: Actor | Tie, after: Actor | Tie, attributes: list[str]) -> list[tuple[str, str]]:
        """(attribute, "before → after") for each attribute that differs; x and y as one position."""
        rows = []
        for attribute in attributes:
            if attribute == "y" and "x" in attributes:
                continue
            if attribute in ("x", "y") and isinstance(now, Actor) and isinstance(after, Actor):
                rows.append((translate(_C, _ATTRIBUTES["position"]),
                             f"({now.x:.0f}, {now.y:.0f}) → ({after.x:.0f}, {after.y:.0f})"))
                continue
            label = _ATTRIBUTES.get(attribute)
            before = self.value(attribute, getattr(now, attribute))
            later = self.value(attribute, getattr(after, attribute))
            rows.append((translate(_C, label) if label else attribute, f"{before} → {later}"))
        return rows

    def tie(self, tie: Tie) -> str:
        arrow = {Direction.DIRECTED: "→", Direction.MUTUAL: "↔"}.get(tie.direction, "—")
        return f"{self.names.get(tie.source, '?')} {arrow} {self.names.get(tie.target, '?')}"


def _date_text(point: str) -> str:
    """The date a time point's snapshot gets, in the user's locale (the day of the import for numbers)."""
    day = snapshot_date(point) or date.today()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _differences(now: Tie, after: Tie) -> list[str]:
    return [f for f in ("kind", "direction", "strength", "field", "notes", "extra")
            if getattr(now, f) != getattr(after, f)]


class ImportPreviewDialog(QDialog):
    """What the import would do; the user chooses between adding and replacing the map, then OK.

    A file that offers choices (the networks of a Pajek project, partitions that could be categories
    or clusters) shows them above the list; a change emits `optionsChanged`, and the flow reads the
    file again and hands the new plans to `set_plans`. What the file held that the map does not get
    is listed with its counts ("Left out")."""

    optionsChanged = Signal(object, object)  # network name or None, {partition: PartitionUse}

    GROUPS = ("new_actors", "changed_actors", "unchanged_actors", "removed_actors", "new_ties", "changed_ties",
              "removed_ties", "new_entries", "new_clusters")

    def __init__(self, source: str, current: MapState, plans: tuple[ImportPlan, ImportPlan], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.source = source
        self.current = current
        self.plans = plans
        self.words = _Words(current, plans, language)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        self.tree = QTreeWidget()
        self.tree.setObjectName("importPreviewTree")
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.options = QFormLayout()
        self.network = QComboBox()
        self.network.setObjectName("importNetwork")
        self.network_label = QLabel()
        self.partition_boxes: dict[str, tuple[QLabel, QComboBox]] = {}
        self.replace_map = QCheckBox()
        self.replace_map.setObjectName("replaceMap")
        self.replace_map.toggled.connect(self._fill)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5200")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(self.options)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.replace_map)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.items: dict[str, QTreeWidgetItem] = {}
        self._build_options()
        self.resize(760, 560)
        self._retranslate()
        follow_language(self, self._retranslate)

    def _build_options(self) -> None:
        facts = self.plans[0].facts
        if len(facts.networks) > 1:
            self.network.addItems(facts.networks)
            self.network.setCurrentText(facts.network)
            self.network.currentTextChanged.connect(self._options_changed)
            self.options.addRow(self.network_label, self.network)
        for title in facts.partitions:
            box = QComboBox()
            box.setObjectName(f"partition:{title}")
            for use, _ in _PARTITION_USES:
                box.addItem("", use)
            box.currentIndexChanged.connect(self._options_changed)
            label = QLabel()
            self.partition_boxes[title] = (label, box)
            self.options.addRow(label, box)

    def time_points(self) -> list[str]:
        """The time points of a dynamic file that become snapshots (none for a file without time)."""
        timeline = self.plans[0].facts.timeline
        return choose_time_points(timeline) if len(timeline) > 1 else []

    def chosen_options(self) -> tuple[str | None, dict[str, PartitionUse]]:
        """The network and the use of each partition as chosen in the dialog."""
        network = self.network.currentText() if self.network.count() else None
        return network, {title: PartitionUse(box.currentData()) for title, (_, box) in self.partition_boxes.items()}

    def _options_changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)  # until the new plans come
        self.optionsChanged.emit(*self.chosen_options())

    def set_plans(self, plans: tuple[ImportPlan, ImportPlan]) -> None:
        """The plans read again after the user changed an option."""
        self.plans = plans
        self.words = _Words(self.current, plans, self.words.language)
        self._fill()

    def plan(self) -> ImportPlan:
        """The plan as chosen: replacing the map or adding to it."""
        return self.plans[1] if self.replace_map.isChecked() else self.plans[0]

    def counts(self) -> dict[str, int]:
        plan = self.plan()
        removed_ids = {a.id for a in plan.removed_actors}
        with_actors = [t for t in self.current.ties if t.source in removed_ids or t.target in removed_ids]
        return {
            "new_actors": len(plan.new_actors),
            "changed_actors": len(plan.updated_actors),
            "unchanged_actors": len(plan.unchanged_actors),
            "removed_actors": len(plan.removed_actors),
            "new_ties": len(plan.new_ties),
            "changed_ties": len(plan.updated_ties),
            "removed_ties": len(plan.removed_ties) + len(with_actors),
            "new_entries": sum(len(e) for e in plan.new_entries.values()),
            "new_clusters": len(plan.new_clusters),
        }

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import preview"))
        self.heading.setText(self.tr("Importing “{0}” would change the map as listed below. Nothing is changed "
                                     "until you choose Import; afterwards Undo takes it back.")
                             .format(Path(self.source).name))
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Now → after the import")])
        self.replace_map.setText(self.tr("Replace the map: remove the actors and ties that are not in the file "
                                         "(matched actors keep their position and their snapshots)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.network_label.setText(self.tr("Network of the file:"))
        for title, (label, box) in self.partition_boxes.items():
            label.setText(self.tr("Partition “{0}”:").format(title))
            for index, (_, words) in enumerate(_PARTITION_USES):
                box.setItemText(index, translate(_C, words))
        self._fill()

    def _group(self, key: str, title: str, count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title.format(count), ""])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setData(0, Qt.ItemDataRole.UserRole, key)
        item.setDisabled(count == 0)
        item.setFirstColumnSpanned(True)  # a heading: the whole width, never cut off
        self.items[key] = item
        return item

    def _children(self, group: QTreeWidgetItem, rows: list[tuple[str, str]], total: int) -> None:
        for first, second in rows[:_SHOWN_PER_GROUP]:
            QTreeWidgetItem(group, [first, second])
        if total > _SHOWN_PER_GROUP:
            QTreeWidgetItem(group, [self.tr("… and {0} more").format(total - _SHOWN_PER_GROUP), ""])

    def _fill(self) -> None:
        plan, w, counts = self.plan(), self.words, self.counts()
        self.tree.clear()
        self.items = {}
        category = self.tr("Category: {0}")

        group = self._group("new_actors", self.tr("New actors ({0})"), counts["new_actors"])
        self._children(group, [(a.name, category.format(w.value("category", a.category)) if a.category else "")
                               for a in plan.new_actors], counts["new_actors"])
        group = self._group("changed_actors", self.tr("Matched actors whose attributes differ ({0})"),
                            counts["changed_actors"])
        for now, after, attributes in plan.conflicts[:_SHOWN_PER_GROUP]:
            changes = w.changes(now, after, attributes)
            item = QTreeWidgetItem(group, [now.name, ", ".join(label for label, _ in changes)])
            for label, text in changes:
                QTreeWidgetItem(item, [label, text])
            item.setExpanded(len(plan.conflicts) <= 20)
        self._children(group, [], counts["changed_actors"])
        group = self._group("unchanged_actors", self.tr("Matched actors without differences ({0})"),
                            counts["unchanged_actors"])
        self._children(group, [(a.name, "") for a in plan.unchanged_actors], counts["unchanged_actors"])
        if self.replace_map.isChecked():
            group = self._group("removed_actors", self.tr("Actors removed from the map ({0})"),
                                counts["removed_actors"])
            self._children(group, [(a.name, "") for a in plan.removed_actors], counts["removed_actors"])

        kind = self.tr("Kind: {0}")
        group = self._group("new_ties", self.tr("New ties ({0})"), counts["new_ties"])
        self._children(group, [(w.tie(t), kind.format(w.value("kind", t.kind))) for t in plan.new_ties],
                       counts["new_ties"])
        group = self._group("changed_ties", self.tr("Ties whose attributes differ ({0})"), counts["changed_ties"])
        for now_tie, after_tie in plan.updated_ties[:_SHOWN_PER_GROUP]:
            changes = w.changes(now_tie, after_tie, _differences(now_tie, after_tie))
            item = QTreeWidgetItem(group, [w.tie(now_tie), ", ".join(label for label, _ in changes)])
            for label, text in changes:
                QTreeWidgetItem(item, [label, text])
        self._children(group, [], counts["changed_ties"])
        if self.replace_map.isChecked():
            group = self._group("removed_ties", self.tr("Ties removed from the map ({0})"), counts["removed_ties"])
            removed_ids = {a.id for a in plan.removed_actors}
            gone = list(plan.removed_ties) + [t for t in self.current.ties
                                              if t.source in removed_ids or t.target in removed_ids]
            self._children(group, [(w.tie(t), kind.format(w.value("kind", t.kind))) for t in gone],
                           counts["removed_ties"])

        if counts["new_entries"]:
            group = self._group("new_entries", self.tr("New catalogue entries ({0})"), counts["new_entries"])
            self._children(group, [(entry.label(w.language), catalogue_kind_label(k))
                                   for k, entries in plan.new_entries.items() for entry in entries],
                           counts["new_entries"])
        if counts["new_clusters"]:
            group = self._group("new_clusters", self.tr("New clusters ({0})"), counts["new_clusters"])
            self._children(group, [(c.name, "") for c in plan.new_clusters], counts["new_clusters"])
        if plan.updated_clusters:
            group = self._group("changed_clusters", self.tr("Clusters with other members ({0})"),
                                len(plan.updated_clusters))
            self._children(group, [(after.name, f"{len(now.members)} → {len(after.members)}")
                                   for now, after in plan.updated_clusters], len(plan.updated_clusters))
        if plan.info is not None:
            now_info = self.current.info
            facts = [(name, f"{before or '—'} → {after or '—'}") for name, before, after in (
                (self.tr("Project"), now_info.name, plan.info.name), (self.tr("Town"), now_info.town, plan.info.town),
                (self.tr("Topic"), now_info.topic, plan.info.topic),
                (self.tr("Facilitator"), now_info.facilitator, plan.info.facilitator),
                (self.tr("Workshop date"), _date(now_info.workshop_date), _date(plan.info.workshop_date)),
                (self.tr("Language"), now_info.language, plan.info.language)) if before != after]
            group = self._group("changed_info", self.tr("Changed project facts ({0})"), len(facts))
            self._children(group, facts, len(facts))

        points = self.time_points()
        if points:
            group = self._group("snapshots", self.tr("Dated snapshots, one per time point of the file ({0})"),
                                len(points))
            self._children(group, [(snapshot_label(self.source, p), _date_text(p)) for p in points], len(points))
            left_points = len(plan.facts.timeline) - len(points)
            if left_points:
                QTreeWidgetItem(group, [describe_note(Note(Left.TIME_POINTS, left_points)), ""])
            group.setExpanded(True)
        notes = plan.facts.notes
        if notes:
            group = self._group("left_out", self.tr("Left out or kept as they are ({0})"), len(notes))
            self._children(group, [(describe_note(n), "") for n in notes], len(notes))
            group.setExpanded(True)
            for index in range(group.childCount()):
                if child := group.child(index):
                    child.setFirstColumnSpanned(True)

        for key in ("new_actors", "changed_actors", "new_ties", "changed_ties", "removed_actors"):
            if key in self.items and 0 < self.items[key].childCount() <= 50:
                self.items[key].setExpanded(True)
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0) + 24, 380))

        read = plan.facts
        self.summary.setText(self.tr("{0} new actors, {1} matched ({2} with differences); {3} new ties, "
                                     "{4} changed.").format(counts["new_actors"],
                                                            counts["changed_actors"] + counts["unchanged_actors"],
                                                            counts["changed_actors"], counts["new_ties"],
                                                            counts["changed_ties"])
                             + (" " + self.tr("The file holds {0} actors and {1} ties.").format(
                                 read.actors_read, read.ties_read) if read.actors_read else "")
                             + "".join("\n" + notice for notice in import_notices(plan)))
        if self.replace_map.isChecked() and (counts["removed_actors"] or counts["removed_ties"]):
            self.warning.setText(self.tr("Replacing removes {0} actors and {1} ties from the map.")
                                 .format(counts["removed_actors"], counts["removed_ties"]))
        elif plan.is_empty():
            self.warning.setText(self.tr("The file holds nothing that is not on the map already: importing "
                                         "would change nothing."))
        else:
            self.warning.setText("")
        self.warning.setVisible(bool(self.warning.text()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not plan.is_empty())


# == the whole flow ====================================================================================


class ImportFlow(QObject):
    """One import, from the file dialog to the undo stack (see the module's docstring)."""

    finished = Signal(bool)  # True: the import was applied

    def __init__(self, window: AppWindow, session: MapSession) -> None:
        super().__init__(cast(QObject, window))
        self.window = window
        self.session = session
        self.parent_widget = cast(QWidget, window)
        self.path = ""
        self.current = MapState()
        self.job = BackgroundJob(self)
        self.job.finished.connect(self._on_planned)
        self.job.failed.connect(self._on_failed)
        self.progress: QProgressDialog | None = None
        self.preview: ImportPreviewDialog | None = None
        self.error_box: QMessageBox | None = None
        self.command: Edit | None = None
        self._cancelled = False

    def ask(self) -> str:
        location = Path(self.session.location)
        folder = str(location.parent) if location.suffix.lower() == ".netmap" and location.parent.is_dir() else ""
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Import a map"), folder, import_filters())
        return path

    def start(self, path: str | Path) -> None:
        """Read and plan `path` on the worker; a busy indicator shows when it takes a moment."""
        self.path = str(path)
        self.current = self.session.project.state()  # read here: the database stays on the UI thread
        current, source = self.current, self.path
        project = self.session.project
        # A workbook exported from a snapshot is merged against it: the snapshots are read here too.
        snapshots = ({info.label: project.snapshot_state(info.label) for info in project.snapshots()}
                     if Path(source).suffix.lower() == ".xlsx" else {})
        self.job.start(lambda: plan_both(current, source, snapshots=snapshots) if snapshots
                       else plan_both(current, source))
        self._show_progress()

    def _replan(self, network: str | None, partitions: dict[str, PartitionUse]) -> None:
        """Read the file again with the options the preview offers; the preview gets the new plans."""
        current, source = self.current, self.path
        self.job.start(lambda: plan_both(current, source, network, partitions))
        self._show_progress()

    def _show_progress(self) -> None:
        source = self.path
        self.progress = QProgressDialog(self.tr("Reading “{0}” …").format(Path(source).name), self.tr("Cancel"),
                                        0, 0, self.parent_widget)
        self.progress.setObjectName("importProgress")
        self.progress.setWindowTitle(self.tr("Import"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.canceled.connect(self._cancel)
        self.progress.setValue(0)

    def _cancel(self) -> None:
        """The reading goes on to its end on the worker (it cannot be interrupted); its result is dropped."""
        self._cancelled = True
        self._close_progress()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self._cancelled = self._cancelled or self.progress.wasCanceled()
            self.progress.canceled.disconnect(self._cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _still_current(self) -> bool:
        return not self._cancelled and self.window.session is self.session and not self.session.read_only

    def _on_failed(self, error: object) -> None:
        self._close_progress()
        if self.preview is not None:  # reading again with other options failed: the preview goes too
            self.preview.rejected.disconnect()
            self.preview.reject()
            self.preview = None
        if self._cancelled:
            self._done(False)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import"),
                          self.tr("“{0}” could not be imported; nothing was changed.").format(Path(self.path).name),
                          QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setObjectName("importError")
        box.setInformativeText(error_text(error))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._done(False))
        self.error_box = box
        box.open()

    def _on_planned(self, plans: tuple[ImportPlan, ImportPlan]) -> None:
        self._close_progress()
        if not self._still_current():
            if self.preview is not None:
                self.preview.reject()
            self._done(False)
            return
        if self.preview is not None:  # read again with other options
            self.preview.set_plans(plans)
            return
        dialog = ImportPreviewDialog(self.path, self.current, plans, self.window.language, self.parent_widget)
        dialog.optionsChanged.connect(self._replan)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply(dialog.plan(), dialog.time_points(),
                                                    dialog.replace_map.isChecked()))
        dialog.rejected.connect(lambda: self._done(False))
        self.preview = dialog
        dialog.open()

    def _apply(self, plan: ImportPlan, points: list[str] | None = None, replace_map: bool = False) -> None:
        if not self._still_current():
            self._done(False)
            return
        name = Path(self.path).name
        text = Wording("ImportFlow", QT_TRANSLATE_NOOP("ImportFlow", "Import “{0}”"), (_short(name, 40),))
        command: Edit = (ImportHistory(self.path, points, replace_map, text)
                         if points else ImportMap(plan, text, import_source(self.path)))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # thousands of actors take seconds to store
        try:
            applied = self.session.execute(command)  # a refused import is reported by the session
        finally:
            QGuiApplication.restoreOverrideCursor()
        if applied:
            self.command = command
            self.window.show_message(self.tr("Imported “{0}”: {1} new actors, {2} updated, {3} removed; {4} new "
                                             "ties. Undo takes it back.")
                                     .format(name, len(plan.new_actors), len(plan.updated_actors),
                                             len(plan.removed_actors), len(plan.new_ties)))
        self._done(applied)

    def _done(self, applied: bool) -> None:
        self.finished.emit(applied)


def import_file(window: AppWindow, path: str | Path | None = None) -> ImportFlow | None:
    """File > Import…: ask for a file (unless `path` is given) and start the flow. None when no
    editable project is open or the user chose no file."""
    session = window.session
    if session is None or session.read_only:
        return None
    flow = ImportFlow(window, session)
    chosen = str(path) if path else flow.ask()
    if not chosen:
        flow.deleteLater()
        return None
    flow.finished.connect(lambda _applied: flow.deleteLater())
    flow.start(chosen)
    return flow


def _date(value: date | None) -> str:
    """A date as the user's locale writes it (short format); empty when there is none."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
