"""The gaps of the analysis panel: who is missing, where the network is weak, shown on the map.

`gap_groups` turns the report's gaps into the list the panel shows, in the user interface's language
(the report's labels are in the project's language: entries are relabelled by catalogue key), each
entry with the actors to highlight. `GapsView` lists them with their plain-language sentence;
selecting a gap or one of its entries puts a halo on its actors (`scene.set_highlight`, mode "gap").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netmap.i18n import QT_TRANSLATE_NOOP
from netmap.analysis.actor_figures import ActorRef
from netmap.analysis.gap_findings import GAP_FINDINGS
from netmap.analysis.gap_types import (
    CatalogueRef,
    Gaps,
    IsolatedActor,
    KeyActorFigure,
    KeyActors,
    NotReached,
    PeripheralGroup,
    SinglePoint,
    UnconnectedGroups,
)
from netmap.analysis.result import AnalysisReport
from netmap.domain import CatalogueKind
from netmap.i18n import tr as translate
from netmap.ui.analysis.analysis_models import format_percent, names
from netmap.ui.analysis.explain import explanation
from netmap.ui.editing.models import CatalogueLookup

__all__ = ["GapEntry", "GapGroup", "GapsView", "gap_groups"]

_NOTE = "font-style: italic; color: #37474f"


@dataclass
class GapEntry:
    key: str
    text: str
    actors: list[int] = field(default_factory=list)  # highlighted when the entry is selected
    tooltip: str = ""


@dataclass
class GapGroup:
    code: str  # the report's gap key (and the explanation's code)
    title: str
    entries: list[GapEntry]
    actors: list[int]  # highlighted when the whole group is selected
    summary: str = ""  # shown after the title instead of the count


def _ids(items: Iterable[ActorRef | IsolatedActor | SinglePoint | KeyActorFigure]) -> list[int]:
    return [i.id for i in items]


def _all(entries: Iterable[GapEntry]) -> list[int]:
    return sorted({i for e in entries for i in e.actors})


class _Context:
    """What the builders need besides the gap itself."""

    def __init__(self, report: AnalysisReport, lookup: CatalogueLookup, fields_of: dict[str, list[int]]) -> None:
        self.report = report
        self.lookup = lookup
        self.fields_of = fields_of
        self.degree = {a.id: a.degree for a in report.actors}

    def label(self, kind: CatalogueKind, entry: CatalogueRef | PeripheralGroup | NotReached) -> str:
        return self.lookup.label(kind, entry.key) or entry.label or entry.key

    def members(self, community: int) -> tuple[ActorRef, ...]:
        communities = self.report.communities
        return communities[community].members if community < len(communities) else ()

    def community_name(self, community: int) -> str:
        """A group is named by its best connected member: a name the steering group knows."""
        best = max(self.members(community), key=lambda m: (self.degree.get(m.id, 0), -m.id), default=None)
        return translate("GapsView", "Group around {0}").format(best.name) if best else "?"


Built = tuple[list[GapEntry], list[int], str]  # entries, actors of the whole group, summary


def _catalogue_gap(kind: CatalogueKind, items: Iterable[CatalogueRef], c: _Context) -> Built:
    return [GapEntry(e.key, c.label(kind, e)) for e in items], [], ""


def _fields(items: Iterable[CatalogueRef], c: _Context) -> Built:
    tip = translate("GapsView", "Highlighted: the actors working in this field")
    entries = [GapEntry(e.key, c.label(CatalogueKind.FIELD, e), c.fields_of.get(e.key, []), tip) for e in items]
    return entries, _all(entries), ""


def _single_points(items: tuple[SinglePoint, ...], _c: _Context) -> Built:
    entries = []
    for e in items:
        text = translate("GapsView", "{0} – cuts off {1}").format(e.name, names(e.cut_off))
        tip = translate("GapsView", "If {0} leaves, these lose their connection: {1}").format(
            e.name, names(e.cut_off, 20))
        entries.append(GapEntry(str(e.id), text, [e.id, *_ids(e.cut_off)], tip))
    return entries, _ids(items), ""


def _isolated(items: tuple[IsolatedActor, ...], _c: _Context) -> Built:
    return [GapEntry(str(e.id), e.name, [e.id]) for e in items], _ids(items), ""


def _peripheral(items: tuple[PeripheralGroup, ...], c: _Context) -> Built:
    entries = []
    for e in items:
        who = translate("GapsView", "all without ties") if e.all_isolated else names(e.actors)
        label = c.label(CatalogueKind.CATEGORY, e)
        entries.append(GapEntry(e.key, f"{label} – {who}", _ids(e.actors), f"{label}: {names(e.actors, 50)}"))
    return entries, _all(entries), ""


def _not_reached(items: tuple[NotReached, ...], c: _Context) -> Built:
    entries = []
    for e in items:
        label = c.label(CatalogueKind.CATEGORY, e)
        entries.append(GapEntry(e.key, f"{label}: {names(e.actors)}", [a.id for a in e.actors],
                                f"{label}: {names(e.actors, 50)}"))
    return entries, _all(entries), ""


def _unconnected(items: tuple[UnconnectedGroups, ...], c: _Context) -> Built:
    entries = []
    for e in items:
        a, b = e.communities
        tip = translate("GapsView", "Best placed to bring them together: {0}").format(names(e.go_betweens, 10)) \
            if e.go_betweens else ""
        members = [m.id for x in (a, b) for m in c.members(x)]
        entries.append(GapEntry(f"{a}-{b}", f"{c.community_name(a)} ↔ {c.community_name(b)}", members, tip))
    return entries, _all(entries), ""


def _key_actors(value: KeyActors | None, _c: _Context) -> Built:
    if value is None:
        return [], [], ""
    entries = [GapEntry(str(e.id), translate("GapsView", "{0}: {1} of all shortest paths run through it").format(
        e.name, format_percent(e.path_share)), [e.id]) for e in value.actors]
    if value.cut_off:
        text = translate("GapsView", "If they leave, these lose their connection: {0}").format(names(value.cut_off))
        tip = translate("GapsView", "If they leave, these lose their connection: {0}").format(
            names(value.cut_off, 50))
        entries.append(GapEntry("cut_off", text, _ids(value.cut_off), tip))
    shares = [e.path_share for e in value.actors if e.path_share is not None]
    return entries, _ids(value.actors), format_percent(max(shares)) if shares else ""


_NOT_HANDBOOK = str(QT_TRANSLATE_NOOP("GapsView", "Not asked: no actor has one of the handbook's categories, so "
                                                  "the map's groups are not the handbook's"))

_BUILDERS: dict[str, Callable[[Gaps, _Context], Built]] = {
    "missing_categories": lambda g, c: _catalogue_gap(CatalogueKind.CATEGORY, g.missing_categories, c),
    "missing_districts": lambda g, c: _catalogue_gap(CatalogueKind.DISTRICT, g.missing_districts, c),
    "fields_without_ties": lambda g, c: _fields(g.fields_without_ties, c),
    "single_points_of_failure": lambda g, c: _single_points(g.single_points_of_failure, c),
    "isolated_actors": lambda g, c: _isolated(g.isolated_actors, c),
    "peripheral_categories": lambda g, c: _peripheral(g.peripheral_categories, c),
    "not_reached": lambda g, c: _not_reached(g.not_reached, c),
    "unconnected_communities": lambda g, c: _unconnected(g.unconnected_communities, c),
    "key_actors": lambda g, c: _key_actors(g.key_actors, c),
}
"""How each gap of the table (analysis.gap_findings) becomes the panel's entries."""


def gap_groups(report: AnalysisReport, lookup: CatalogueLookup,
               fields_of: dict[str, list[int]] | None = None) -> list[GapGroup]:
    """The report's gaps as the panel lists them (see the module docstring), in the order and with the
    titles of the one table of gap findings.

    `fields_of`: field of action -> actors working in it (a field without ties then highlights them).
    """
    context = _Context(report, lookup, fields_of or {})
    groups = []
    for finding in GAP_FINDINGS:
        entries, actors, summary = _BUILDERS[finding.key](report.gaps, context)
        if not entries and finding.key == "missing_categories" and report.notes.missing_categories:
            reason = translate("GapsView", _NOT_HANDBOOK)  # say why the list is empty
            entries, summary = [GapEntry("not_asked", reason, tooltip=reason)], "–"  # the tip: a narrow dock
        groups.append(GapGroup(finding.key, finding.title_in(translate), entries, actors, summary))
    return groups


# == the list ===============================================================================================

_KeyRole = Qt.ItemDataRole.UserRole + 10  # (gap code, entry key or "")
_ActorsRole = Qt.ItemDataRole.UserRole + 11


class GapsView(QWidget):
    """The gaps with their sentences; the selected one is highlighted on `scene`."""

    selected = Signal(bool)  # a gap was selected (True) or none is (False)

    def __init__(self, scene: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.groups: list[GapGroup] = []
        self.tree = QTreeWidget()
        self.tree.setObjectName("gapsList")
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.explanation = QLabel()
        self.explanation.setObjectName("gapExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(_NOTE)
        self.detail = QLabel()  # the list cuts long lines: the selected entry in full
        self.detail.setObjectName("gapDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.explanation)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self._explain(None)

    def show_groups(self, groups: list[GapGroup], highlight: bool = True) -> None:
        """List `groups`, keeping the selection and the open branches; `highlight`: the selected gap
        (its actors may have changed) goes on the map again."""
        wanted = self.selected_gap()
        expanded = {top.data(0, _KeyRole)[0] for top in self._top_items() if top.isExpanded()}
        self.groups = groups
        restore: QTreeWidgetItem | None = None
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            for group in groups:
                top = self._group_item(group)
                self.tree.addTopLevelItem(top)
                top.setExpanded(group.code in expanded)
                if wanted is not None and wanted[0] == group.code:
                    restore = top if not wanted[1] else next(
                        (c for c in _children(top) if c.data(0, _KeyRole)[1] == wanted[1]), None)
            if restore is not None:
                self.tree.setCurrentItem(restore)
        finally:
            self.tree.blockSignals(False)
        if wanted is not None and restore is None:
            self._on_current_changed(None)  # the gap closed: no halo left behind
        else:
            if restore is not None and highlight:
                self._highlight(restore)
            self._explain(restore)

    @staticmethod
    def _group_item(group: GapGroup) -> QTreeWidgetItem:
        count = group.summary or str(len(group.entries))
        top = QTreeWidgetItem([f"{group.title} ({count if group.entries else 0})"])
        top.setData(0, _KeyRole, (group.code, ""))
        top.setData(0, _ActorsRole, group.actors)
        top.setToolTip(0, explanation(group.code))
        if group.entries:
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
        else:
            top.setForeground(0, QColor("#9e9e9e"))  # nothing missing here: shown, but quiet
        for entry in group.entries:
            child = QTreeWidgetItem([entry.text])
            child.setData(0, _KeyRole, (group.code, entry.key))
            child.setData(0, _ActorsRole, entry.actors)
            child.setToolTip(0, entry.tooltip or explanation(group.code))
            top.addChild(child)
        return top

    def _top_items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def selected_gap(self) -> tuple[str, str] | None:
        """(gap code, entry key or "" for the whole gap), or None."""
        item = self.tree.currentItem()
        if item is None:
            return None
        code, key = item.data(0, _KeyRole)
        return str(code), str(key)

    def select_gap(self, code: str, key: str = "") -> bool:
        """Select a gap (or one of its entries) as a click would; False if it is not listed."""
        for top in self._top_items():
            for item in [top, *_children(top)]:
                if tuple(item.data(0, _KeyRole)) == (code, key):
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def highlight_selected(self) -> None:
        """Put the selected gap's halo on the map (again)."""
        item = self.tree.currentItem()
        if item is not None:
            self._highlight(item)

    def clear_selection(self) -> None:
        """No gap selected, without touching the map (the what-if takes it over)."""
        self.tree.blockSignals(True)
        self.tree.setCurrentIndex(QModelIndex())
        self.tree.clearSelection()
        self.tree.blockSignals(False)
        self._explain(None)

    def retranslate(self) -> None:
        self._explain(self.tree.currentItem())

    def _on_current_changed(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            self.scene.set_highlight(set())
        else:
            self._highlight(item)
        self._explain(item)
        self.selected.emit(item is not None)

    def _highlight(self, item: QTreeWidgetItem) -> None:
        self.scene.set_highlight(set(item.data(0, _ActorsRole) or []), set(), mode="gap")

    def _explain(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            self.explanation.setText(self.tr("Select a gap to see it on the map."))
            self.detail.hide()
            return
        code, key = item.data(0, _KeyRole)
        self.explanation.setText(explanation(code))
        if key:  # an entry: its longest wording, the tooltip where it has one
            tip = item.toolTip(0)
            self.detail.setText(tip if tip and tip != explanation(code) else item.text(0))
        self.detail.setVisible(bool(key))


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    children = (item.child(i) for i in range(item.childCount()))
    return [child for child in children if child is not None]
