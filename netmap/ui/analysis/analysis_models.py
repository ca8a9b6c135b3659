"""The analysis panel's ranking without widgets: the measures, their values and the table model.

`RankingModel` is a thin table model over the report's actors (rank, actor, category, value of one
measure), sorted and filtered by `RankingProxy`. Tested without any widget
(tests/ui/test_analysis_panel_models.py).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from netmap.analysis.actor_figures import ActorFigures, Named
from netmap.i18n import QT_TRANSLATE_NOOP
from netmap.domain import CatalogueKind
from netmap.i18n import tr as translate
from netmap.ui.analysis.explain import explanation
from netmap.ui.editing.models import CatalogueLookup, IdRole, SortRole

__all__ = [
    "MEASURES",
    "Measure",
    "RankingModel",
    "RankingProxy",
    "format_number",
    "format_percent",
    "measure_by_code",
    "measure_value",
    "names",
]

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Measure:
    code: str  # the report's field name (and the explanation's code)
    title: str  # English, translated when shown
    ascending: bool = False  # rank the lowest value first

    def label(self) -> str:
        """The title in the user interface's language."""
        return _tr(self.title)


MEASURES = (
    Measure("degree", QT_TRANSLATE_NOOP("AnalysisPanel", "Most ties (degree)")),
    Measure("betweenness", QT_TRANSLATE_NOOP("AnalysisPanel", "Who connects (betweenness)")),
    Measure("closeness", QT_TRANSLATE_NOOP("AnalysisPanel", "Who reaches everyone fastest (closeness)")),
    Measure("eigenvector", QT_TRANSLATE_NOOP("AnalysisPanel", "Well-connected contacts (eigenvector)")),
    Measure("pagerank", QT_TRANSLATE_NOOP("AnalysisPanel", "Where the ties lead (PageRank)")),
    Measure("constraint", QT_TRANSLATE_NOOP("AnalysisPanel", "Little room to broker (constraint)"), ascending=True),
    Measure("effective_size", QT_TRANSLATE_NOOP("AnalysisPanel", "Separate circles reached (effective size)")),
    Measure("brokerage", QT_TRANSLATE_NOOP("AnalysisPanel", "Brokers between others (brokerage)")),
)
_MEASURES = {m.code: m for m in MEASURES}
_INTEGER_MEASURES = {"degree", "brokerage"}


def measure_by_code(code: str) -> Measure:
    return _MEASURES[code]


def measure_value(actor: ActorFigures, code: str) -> float | None:
    """The actor's value of `code` in a report (brokerage: all roles together); None where undefined."""
    value = actor.measure(code)
    return value if value is not None and math.isfinite(value) else None


def _tr(text: str) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("AnalysisPanel", ...)."""
    return translate("AnalysisPanel", text)


def format_number(value: float | None, decimals: int = 3) -> str:
    if value is None:
        return "–"
    return QLocale().toString(float(value), "f", decimals)


def format_percent(share: float | None) -> str:
    return "–" if share is None else QLocale().toString(share * 100, "f", 0) + " %"


def names(items: Sequence[Named], limit: int = 4) -> str:
    names = [i.name for i in items]
    text = ", ".join(names[:limit])
    if len(names) > limit:
        text += " " + translate("AnalysisPanel", "and {0} more").format(len(names) - limit)
    return text


# == the ranking ============================================================================================

class RankingModel(QAbstractTableModel):
    """The report's actors ranked by one measure: rank, actor, category, value.

    Ties in value share a rank ("1, 2, 2, 4"); actors where the measure is undefined have none and
    sort last. A new report of the same actors changes cells (dataChanged), not the whole model.
    """

    RANK, NAME, CATEGORY, VALUE = range(4)
    COLUMNS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._actors: list[ActorFigures] = []
        self._ids: list[int] = []
        self._values: list[float | None] = []
        self._ranks: list[int | None] = []
        self.measure = MEASURES[0]
        self.lookup = CatalogueLookup()

    # -- feeding ------------------------------------------------------------------------------------

    def set_actors(self, actors: Sequence[ActorFigures]) -> None:
        ids = [a.id for a in actors]
        if ids == self._ids:
            self._actors = list(actors)
            self._rank()
            self._changed(self.RANK, self.VALUE)
            return
        self.beginResetModel()
        self._actors, self._ids = list(actors), ids
        self._rank()
        self.endResetModel()

    def set_measure(self, code: str) -> None:
        self.measure = _MEASURES[code]
        self._rank()
        self._changed(self.RANK, self.VALUE)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.VALUE, self.VALUE)

    def set_lookup(self, lookup: CatalogueLookup) -> None:
        self.lookup = lookup
        self._changed(self.CATEGORY, self.CATEGORY)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        self._changed(self.RANK, self.VALUE)  # numbers follow the locale

    def _changed(self, first: int, last: int) -> None:
        if self._actors:
            self.dataChanged.emit(self.index(0, first), self.index(len(self._actors) - 1, last))

    def _rank(self) -> None:
        code, sign = self.measure.code, (1.0 if self.measure.ascending else -1.0)
        self._values = [measure_value(a, code) for a in self._actors]
        order = sorted((sign * v, i) for i, v in enumerate(self._values) if v is not None)
        ranks: list[int | None] = [None] * len(self._actors)
        previous: float | None = None
        rank = 0
        for position, (key, i) in enumerate(order, start=1):
            if previous is None or not math.isclose(key, previous, rel_tol=1e-9, abs_tol=1e-12):
                rank = position
                previous = key
            ranks[i] = rank
        self._ranks = ranks

    # -- reading ------------------------------------------------------------------------------------

    def actor_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, actor_id: int) -> int | None:
        try:
            return self._ids.index(actor_id)
        except ValueError:
            return None

    def ranked(self) -> list[tuple[int | None, str, float | None]]:
        """(rank, name, value) in rank order: what the table shows, for tests and reports."""
        rows = sorted(range(len(self._actors)), key=lambda r: (self._ranks[r] is None, self._ranks[r] or 0,
                                                               self._actors[r].name.casefold()))
        return [(self._ranks[r], self._actors[r].name, self._values[r]) for r in rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._actors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (translate("AnalysisPanel", "Rank"), translate("AnalysisPanel", "Actor"),
                    translate("AnalysisPanel", "Category"), translate("AnalysisPanel", "Value"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.VALUE:
            return explanation(self.measure.code)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            return self._sort_key(row, column)
        if role == IdRole:
            return self._ids[row]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.RANK, self.VALUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self._actors[row].name}\n{explanation(self.measure.code)}"
        return None

    def _display(self, row: int, column: int) -> str:
        actor = self._actors[row]
        if column == self.RANK:
            rank = self._ranks[row]
            return "–" if rank is None else str(rank)
        if column == self.NAME:
            return actor.name
        if column == self.CATEGORY:
            key = actor.category
            return self.lookup.label(CatalogueKind.CATEGORY, key) if key else ""
        return format_number(self._values[row], 0 if self.measure.code in _INTEGER_MEASURES else 3)

    def _sort_key(self, row: int, column: int) -> Any:
        if column == self.RANK:
            rank = self._ranks[row]
            return float(rank) if rank is not None else math.inf
        if column == self.VALUE:
            value = self._values[row]
            return value if value is not None else -math.inf
        return self._display(row, column).casefold()


class RankingProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterKeyColumn(RankingModel.NAME)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
