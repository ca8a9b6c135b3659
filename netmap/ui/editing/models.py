"""Table models of the map: actors, ties and clusters, and a filter over them.

Thin Qt models over the session's cache of domain rows: named column constants, a sort role, a
role that hands back the domain object through any proxy, and precise `dataChanged` signals
instead of resets (a drag of 100 actors changes no visible cell, so it signals nothing).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from netmap.domain import Actor, CatalogueEntry, CatalogueKind, Cluster, Tie
from netmap.i18n import QT_TRANSLATE_NOOP
from netmap.i18n import tr as translate
from netmap.ui.labels import attitude_label, direction_label, yes_no
from netmap.ui.session import MapSession

__all__ = [
    "ActorTableModel",
    "CatalogueLookup",
    "ClusterTableModel",
    "IdRole",
    "MapFilterModel",
    "ObjectRole",
    "SortRole",
    "TableFilter",
    "TieTableModel",
]

ObjectRole = Qt.ItemDataRole.UserRole + 1  # the Actor, Tie or Cluster of a row
IdRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class CatalogueLookup:
    """Labels, colours and ranks of catalogue keys in one language."""

    def __init__(self, catalogues: dict[CatalogueKind, list[CatalogueEntry]] | None = None,
                 language: str = "de") -> None:
        self.language = language
        self.catalogues = catalogues or {}
        self._entries = {kind: {e.key: e for e in entries} for kind, entries in (catalogues or {}).items()}

    def with_language(self, language: str) -> CatalogueLookup:
        return CatalogueLookup(self.catalogues, language)

    def entry(self, kind: CatalogueKind, key: str) -> CatalogueEntry | None:
        return self._entries.get(kind, {}).get(key)

    def label(self, kind: CatalogueKind, key: str) -> str:
        entry = self.entry(kind, key)
        return entry.label(self.language) if entry else key

    def rank(self, kind: CatalogueKind, key: str) -> int:
        entry = self.entry(kind, key)
        return entry.rank if entry else -1

    def colour(self, kind: CatalogueKind, key: str) -> str | None:
        entry = self.entry(kind, key)
        return entry.colour if entry else None


@dataclass(frozen=True)
class TableFilter:
    """What the tables show: text anywhere in a row, and catalogue keys ("" = any)."""

    text: str = ""
    category: str = ""
    district: str = ""
    field: str = ""

    def is_empty(self) -> bool:
        return not (self.text.strip() or self.category or self.district or self.field)


class _RowModel(QAbstractTableModel):
    """A table over domain rows with ids; subclasses say what each column shows."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._row_of: dict[int, int] = {}
        self._order: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.lookup = CatalogueLookup()

    # -- Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return translate("Tables", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, index.column())
        if role == SortRole:
            return self.sort_key(item, index.column())
        if role == ObjectRole:
            return item
        if role == IdRole:
            return item.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, index.column())
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(item, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and self.is_numeric(index.column()):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- what subclasses fill in ------------------------------------------------------------

    def display(self, item: Any, column: int) -> Any:
        raise NotImplementedError

    def sort_key(self, item: Any, column: int) -> Any:
        value = self.display(item, column)
        return value.casefold() if isinstance(value, str) else value

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by `column` (a click on the table's header); they stay in that order as
        rows change. The model sorts itself: one Python sort over the rows' keys instead of a
        proxy's comparisons, each a call into Python (seconds for the 15,000 ties of a big map)."""
        self._order = (column, order)
        self._resort()

    def _resort(self) -> None:
        column, order = self._order
        count = len(self._rows)
        if column < 0 or count < 2:
            return
        keys = [self.sort_key(item, column) for item in self._rows]
        new_order = sorted(range(count), key=lambda row: _orderable(keys[row]),
                           reverse=order == Qt.SortOrder.DescendingOrder)
        if all(old == new for new, old in enumerate(new_order)):
            return
        self.layoutAboutToBeChanged.emit()
        moved_to = {old: new for new, old in enumerate(new_order)}
        self._rows = [self._rows[row] for row in new_order]
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        before = self.persistentIndexList()
        self.changePersistentIndexList(before, [self.index(moved_to[i.row()], i.column()) for i in before])
        self.layoutChanged.emit()

    def tooltip(self, item: Any, column: int) -> str | None:
        return None

    def decoration(self, item: Any, column: int) -> Any:
        return None

    def is_numeric(self, column: int) -> bool:
        return False

    def visible(self, item: Any) -> tuple[Any, ...]:
        """What a row shows; a change elsewhere (a position) signals nothing."""
        return tuple(self.display(item, c) for c in range(len(self.HEADERS)))

    def row_matches(self, row: int, flt: TableFilter) -> bool:
        raise NotImplementedError

    # -- keeping up with the map ------------------------------------------------------------

    def item(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, item_id: int) -> int | None:
        return self._row_of.get(item_id)

    def ids(self) -> list[int]:
        return [r.id for r in self._rows]

    def reset(self, items: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        self.endResetModel()
        self._resort()

    def upsert(self, items: Sequence[Any]) -> None:
        new = []
        changed = []
        for item in items:
            row = self._row_of.get(item.id)
            if row is None:
                new.append(item)
                continue
            before = self.visible(self._rows[row])
            self._rows[row] = item
            if self.visible(item) != before:
                changed.append(row)
        if changed:
            self.refresh_rows(changed)
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for offset, item in enumerate(new):
                self._rows.append(item)
                self._row_of[item.id] = first + offset
            self.endInsertRows()
            self._resort()

    def remove(self, ids: Iterable[int]) -> None:
        rows = sorted({self._row_of[i] for i in ids if i in self._row_of}, reverse=True)
        while rows:  # remove contiguous blocks from the bottom up
            last = first = rows.pop(0)
            while rows and rows[0] == first - 1:
                first = rows.pop(0)
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first:last + 1]
            self.endRemoveRows()
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}

    def refresh_rows(self, rows: Iterable[int], columns: tuple[int, int] | None = None) -> None:
        first_col, last_col = columns or (0, len(self.HEADERS) - 1)
        rows = list(rows)
        for row in rows:
            self.dataChanged.emit(self.index(row, first_col), self.index(row, last_col))
        if rows:
            self._resort()

    def refresh_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.HEADERS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        self._resort()

    def set_lookup(self, lookup: CatalogueLookup) -> None:
        self.lookup = lookup
        self.refresh_all()

    def set_language(self, language: str) -> None:
        """Catalogue labels, words and headers in `language` (after the translator changed)."""
        self.set_lookup(self.lookup.with_language(language))


def _orderable(key: Any) -> tuple[int, Any]:
    """Numbers before text, so that a column of mixed kinds still sorts (None counts as text)."""
    if isinstance(key, bool):
        return (0, int(key))
    if isinstance(key, (int, float)):
        return (0, key)
    return (1, key if isinstance(key, str) else str(key if key is not None else ""))


def _contains(needle: str, *haystacks: str) -> bool:
    return any(needle in h.casefold() for h in haystacks if h)


class ActorTableModel(_RowModel):
    NAME, CATEGORY, DISTRICT, FIELDS, STAGE, INFLUENCE, ATTITUDE, REACHED, TIES, DOTS = range(10)
    HEADERS = (
        QT_TRANSLATE_NOOP("Tables", "Name"), QT_TRANSLATE_NOOP("Tables", "Category"),
        QT_TRANSLATE_NOOP("Tables", "District"), QT_TRANSLATE_NOOP("Tables", "Fields of action"),
        QT_TRANSLATE_NOOP("Tables", "Participation"), QT_TRANSLATE_NOOP("Tables", "Influence"),
        QT_TRANSLATE_NOOP("Tables", "Attitude"), QT_TRANSLATE_NOOP("Tables", "Reached"),
        QT_TRANSLATE_NOOP("Tables", "Ties"), QT_TRANSLATE_NOOP("Tables", "Dots"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._degree: Counter[int] = Counter()

    def display(self, a: Actor, column: int) -> Any:
        lookup = self.lookup
        if column == self.NAME:
            return a.name
        if column == self.CATEGORY:
            return lookup.label(CatalogueKind.CATEGORY, a.category)
        if column == self.DISTRICT:
            return lookup.label(CatalogueKind.DISTRICT, a.district)
        if column == self.FIELDS:
            return ", ".join(lookup.label(CatalogueKind.FIELD, f) for f in a.fields)
        if column == self.STAGE:
            return lookup.label(CatalogueKind.STAGE, a.stage)
        if column == self.INFLUENCE:
            return a.influence
        if column == self.ATTITUDE:
            return attitude_label(a.attitude)
        if column == self.REACHED:
            return yes_no(a.reached)
        if column == self.TIES:
            return self._degree.get(a.id or -1, 0)
        if column == self.DOTS:
            return a.dots
        return None

    def sort_key(self, a: Actor, column: int) -> Any:
        if column == self.STAGE:
            return self.lookup.rank(CatalogueKind.STAGE, a.stage)
        if column == self.REACHED:
            return int(a.reached)
        return super().sort_key(a, column)

    def decoration(self, a: Actor, column: int) -> Any:
        if column == self.CATEGORY:
            colour = self.lookup.colour(CatalogueKind.CATEGORY, a.category)
            return QColor(colour) if colour else None
        return None

    def tooltip(self, a: Actor, column: int) -> str | None:
        return a.notes or None

    def is_numeric(self, column: int) -> bool:
        return column in (self.INFLUENCE, self.TIES, self.DOTS)

    def row_matches(self, row: int, flt: TableFilter) -> bool:
        a: Actor = self._rows[row]
        if flt.category and a.category != flt.category:
            return False
        if flt.district and a.district != flt.district:
            return False
        if flt.field and flt.field not in a.fields:
            return False
        text = flt.text.strip().casefold()
        if text:
            lookup = self.lookup
            return _contains(text, a.name, a.notes, " ".join(a.tags),
                             lookup.label(CatalogueKind.CATEGORY, a.category),
                             lookup.label(CatalogueKind.DISTRICT, a.district))
        return True

    def set_degrees(self, degrees: Counter[int]) -> None:
        changed = [row for actor_id, row in self._row_of.items()
                   if degrees.get(actor_id, 0) != self._degree.get(actor_id, 0)]
        self._degree = degrees
        self.refresh_rows(changed, (self.TIES, self.TIES))

    def attach(self, session: MapSession, language: str) -> None:
        """Follow `session`: rows, degrees and labels stay current by themselves."""
        self._session = session
        self.lookup = CatalogueLookup(session.catalogues, language)
        self.reset(session.actors.values())
        self._count_degrees()
        session.actorsChanged.connect(self._on_actors_changed)
        session.actorsRemoved.connect(self.remove)
        session.tiesChanged.connect(self._count_degrees)
        session.tiesRemoved.connect(self._count_degrees)
        session.cataloguesChanged.connect(self._on_catalogues_changed)
        session.reloaded.connect(self._on_reloaded)

    def _on_actors_changed(self, ids: list[int]) -> None:
        actors = self._session.actors
        self.upsert([actors[i] for i in ids if i in actors])

    def _count_degrees(self, _ids: object = None) -> None:
        count: Counter[int] = Counter()
        for tie in self._session.ties.values():
            count[tie.source] += 1
            count[tie.target] += 1
        self.set_degrees(count)

    def _on_catalogues_changed(self) -> None:
        self.set_lookup(CatalogueLookup(self._session.catalogues, self.lookup.language))

    def _on_reloaded(self) -> None:
        self.reset(self._session.actors.values())
        self._count_degrees()


class TieTableModel(_RowModel):
    SOURCE, TARGET, KIND, DIRECTION, STRENGTH, FIELD, NOTES = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("Tables", "From"), QT_TRANSLATE_NOOP("Tables", "To"), QT_TRANSLATE_NOOP("Tables", "Kind"),
        QT_TRANSLATE_NOOP("Tables", "Direction"), QT_TRANSLATE_NOOP("Tables", "Strength"),
        QT_TRANSLATE_NOOP("Tables", "Field of action"), QT_TRANSLATE_NOOP("Tables", "Notes"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.actors: dict[int, Actor] = {}
        self._names: dict[int, str | None] = {}

    def _name(self, actor_id: int) -> str:
        actor = self.actors.get(actor_id)
        return actor.name if actor else "?"

    def display(self, t: Tie, column: int) -> Any:
        if column == self.SOURCE:
            return self._name(t.source)
        if column == self.TARGET:
            return self._name(t.target)
        if column == self.KIND:
            return self.lookup.label(CatalogueKind.TIE_KIND, t.kind)
        if column == self.DIRECTION:
            return direction_label(t.direction)
        if column == self.STRENGTH:
            return t.strength
        if column == self.FIELD:
            return self.lookup.label(CatalogueKind.FIELD, t.field)
        if column == self.NOTES:
            return t.notes.splitlines()[0] if t.notes else ""
        return None

    def decoration(self, t: Tie, column: int) -> Any:
        if column == self.KIND:
            colour = self.lookup.colour(CatalogueKind.TIE_KIND, t.kind)
            return QColor(colour) if colour else None
        return None

    def tooltip(self, t: Tie, column: int) -> str | None:
        return t.notes or None

    def is_numeric(self, column: int) -> bool:
        return column == self.STRENGTH

    def row_matches(self, row: int, flt: TableFilter) -> bool:
        t: Tie = self._rows[row]
        ends = [a for a in (self.actors.get(t.source), self.actors.get(t.target)) if a is not None]
        if flt.category and not any(a.category == flt.category for a in ends):
            return False
        if flt.district and not any(a.district == flt.district for a in ends):
            return False
        if flt.field and t.field != flt.field:
            return False
        text = flt.text.strip().casefold()
        if text:
            return _contains(text, self._name(t.source), self._name(t.target), t.notes,
                             self.lookup.label(CatalogueKind.TIE_KIND, t.kind))
        return True

    def actors_changed(self, ids: Iterable[int]) -> None:
        """Actors changed: when their names did, refresh the rows of their ties (a move changes nothing
        here and signals nothing)."""
        renamed = set()
        for actor_id in ids:
            actor = self.actors.get(actor_id)
            name = actor.name if actor else None
            if self._names.get(actor_id) != name:
                self._names[actor_id] = name
                renamed.add(actor_id)
        if renamed:
            self.refresh_rows([row for row, t in enumerate(self._rows) if t.source in renamed or t.target in renamed],
                              (self.SOURCE, self.TARGET))

    def attach(self, session: MapSession, language: str) -> None:
        self._session = session
        self.actors = session.actors  # the session's live cache
        self._names = {i: a.name for i, a in session.actors.items()}
        self.lookup = CatalogueLookup(session.catalogues, language)
        self.reset(session.ties.values())
        session.actorsChanged.connect(self.actors_changed)
        session.tiesChanged.connect(self._on_ties_changed)
        session.tiesRemoved.connect(self.remove)
        session.cataloguesChanged.connect(self._on_catalogues_changed)
        session.reloaded.connect(self._on_reloaded)

    def _on_ties_changed(self, ids: list[int]) -> None:
        ties = self._session.ties
        self.upsert([ties[i] for i in ids if i in ties])

    def _on_catalogues_changed(self) -> None:
        self.set_lookup(CatalogueLookup(self._session.catalogues, self.lookup.language))

    def _on_reloaded(self) -> None:
        self.actors = self._session.actors
        self._names = {i: a.name for i, a in self.actors.items()}
        self.reset(self._session.ties.values())


class ClusterTableModel(_RowModel):
    NAME, MEMBERS, DOTS = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("Tables", "Cluster"), QT_TRANSLATE_NOOP("Tables", "Actors"),
               QT_TRANSLATE_NOOP("Tables", "Dots"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.actors: dict[int, Actor] = {}

    def display(self, c: Cluster, column: int) -> Any:
        if column == self.NAME:
            return c.name
        if column == self.MEMBERS:
            return len(c.members)
        if column == self.DOTS:
            return c.dots
        return None

    def tooltip(self, c: Cluster, column: int) -> str | None:
        names = [self.actors[m].name for m in c.members if m in self.actors]
        return "\n".join(names) or None

    def is_numeric(self, column: int) -> bool:
        return column in (self.MEMBERS, self.DOTS)

    def row_matches(self, row: int, flt: TableFilter) -> bool:
        c: Cluster = self._rows[row]
        members = [self.actors[m] for m in c.members if m in self.actors]
        if flt.category and not any(a.category == flt.category for a in members):
            return False
        if flt.district and not any(a.district == flt.district for a in members):
            return False
        if flt.field and not any(flt.field in a.fields for a in members):
            return False
        text = flt.text.strip().casefold()
        return not text or _contains(text, c.name, *(a.name for a in members))

    def set_clusters(self, clusters: Sequence[Cluster]) -> None:
        ids = {c.id for c in clusters}
        self.remove([i for i in self.ids() if i not in ids])
        self.upsert(list(clusters))

    def attach(self, session: MapSession, language: str) -> None:
        self._session = session
        self.actors = session.actors
        self.lookup = CatalogueLookup(session.catalogues, language)
        self.reset(session.clusters)
        session.clustersChanged.connect(self._on_clusters_changed)
        session.reloaded.connect(self._on_reloaded)

    def _on_clusters_changed(self, _ids: object = None) -> None:
        self.set_clusters(self._session.clusters)

    def _on_reloaded(self) -> None:
        self.actors = self._session.actors
        self.reset(self._session.clusters)


class MapFilterModel(QSortFilterProxyModel):
    """Keeps the rows that match a `TableFilter`; sorting is passed on to the table model (see
    `_RowModel.sort`), so this proxy keeps the model's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(True)
        self.filter = TableFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, _RowModel):
            model.sort(column, order)

    def set_filter(self, **changes: str) -> None:
        new = replace(self.filter, **changes)
        if new == self.filter:
            return
        self.beginFilterChange()
        self.filter = new
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self.filter.is_empty() or not isinstance(model, _RowModel):
            return True
        return model.row_matches(source_row, self.filter)
