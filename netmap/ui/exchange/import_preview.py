"""The import preview: what importing a file would change, before anything changes.

Lists new actors, matched ones (those whose attributes differ with how), new, changed and removed ties,
new catalogue entries and clusters, changed project facts, the dated snapshots a dynamic file brings and
what the file held that the map does not get ("Left out"); the user chooses between adding to the map
and replacing it. The plans come from the import flow (`netmap.ui.exchange.import_flow`), which reads the file
again when the user changes one of the file's options (`netmap.ui.exchange.import_options`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netmap.domain import MapState
from netmap.exchange.notes import Left, Note, describe_note
from netmap.exchange.partitions import PartitionUse
from netmap.history import choose_time_points, snapshot_label
from netmap.merge import ImportPlan
from netmap.transfer import import_notices
from netmap.ui.i18n import follow_language
from netmap.ui.exchange.import_options import ImportOptions
from netmap.ui.exchange.import_words import PreviewWords, locale_date, point_date, tie_differences
from netmap.ui.labels import catalogue_kind_label

__all__ = ["ImportPreviewDialog"]

_SHOWN_PER_GROUP = 300
"""A preview of 5,000 new actors lists the first few hundred by name; the counts say the rest."""


class ImportPreviewDialog(QDialog):
    """What the import would do; the user chooses between adding and replacing the map, then OK.

    A file that offers choices (the networks of a Pajek project, partitions that could be categories
    or clusters) shows them above the list; a change emits `optionsChanged`, and the flow reads the
    file again and hands the new plans to `set_plans`. What the file held that the map does not get
    is listed with its counts ("Left out")."""

    optionsChanged = Signal(object, object)  # network name or None, {partition: PartitionUse}

    def __init__(self, source: str, current: MapState, plans: tuple[ImportPlan, ImportPlan], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.source = source
        self.current = current
        self.plans = plans
        self.words = PreviewWords(current, plans, language)
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
        self.options = ImportOptions()
        self.options.changed.connect(self._options_changed)
        self.network = self.options.network
        self.partition_boxes = self.options.partition_boxes
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
        self.options.offer(plans[0].facts)
        self.resize(760, 560)
        self._retranslate()
        follow_language(self, self._retranslate)

    def time_points(self) -> list[str]:
        """The time points of a dynamic file that become snapshots (none for a file without time)."""
        timeline = self.plans[0].facts.timeline
        return choose_time_points(timeline) if len(timeline) > 1 else []

    def _options_changed(self, network: str | None, partitions: dict[str, PartitionUse]) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)  # until the new plans come
        self.optionsChanged.emit(network, partitions)

    def set_plans(self, plans: tuple[ImportPlan, ImportPlan]) -> None:
        """The plans read again after the user changed an option."""
        self.plans = plans
        self.words = PreviewWords(self.current, plans, self.words.language)
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
        self.options.retranslate()
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
            changes = w.changes(now_tie, after_tie, tie_differences(now_tie, after_tie))
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
                (self.tr("Workshop date"), locale_date(now_info.workshop_date), locale_date(plan.info.workshop_date)),
                (self.tr("Language"), now_info.language, plan.info.language)) if before != after]
            group = self._group("changed_info", self.tr("Changed project facts ({0})"), len(facts))
            self._children(group, facts, len(facts))

        points = self.time_points()
        if points:
            group = self._group("snapshots", self.tr("Dated snapshots, one per time point of the file ({0})"),
                                len(points))
            self._children(group, [(snapshot_label(self.source, p), point_date(p)) for p in points], len(points))
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

