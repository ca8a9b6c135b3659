"""The words of File > Import…: the file dialog's filters and the preview's values as the user reads them.

Kept apart from the dialog and the flow, which both use them: the preview's lists show catalogue labels,
yes/no and the names of a tie's ends instead of keys and ids. The texts here are translated in the
"ImportDialog" context, as they were when they lived in one module with the dialog.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale

from netmap.domain import Actor, CatalogueKind, ContactPerson, Direction, MapState, Tie
from netmap.exchange import SUPPORTED_IMPORTS
from netmap.history import snapshot_date
from netmap.i18n import QT_TRANSLATE_NOOP
from netmap.i18n import tr as translate
from netmap.merge import ImportPlan
from netmap.ui.labels import attitude_label, direction_label, strength_label, yes_no

__all__ = ["CONTEXT", "PreviewWords", "import_filters", "locale_date", "point_date", "short", "tie_differences"]

CONTEXT = "ImportDialog"
"""The translation context of the import's constant texts (the filters, attributes, partition uses)."""

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
_TIE_ATTRIBUTES = ("kind", "direction", "strength", "field", "notes", "extra")


def import_filters() -> str:
    """The file dialog's filters: everything NetMap reads first, then each format."""
    everything = " ".join(f"*{suffix}" for suffix in SUPPORTED_IMPORTS)
    everything_words = translate("ImportDialog", "All supported files")
    rows = [f"{everything_words} ({everything})"]
    rows += [f"{translate(CONTEXT, words)} ({patterns})" for words, patterns in _FILTERS]
    any_words = translate("ImportDialog", "All files")
    rows.append(f"{any_words} (*)")
    return ";;".join(rows)


class PreviewWords:
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
        return short(str(value))

    def changes(self, now: Actor | Tie, after: Actor | Tie, attributes: list[str]) -> list[tuple[str, str]]:
        """(attribute, "before → after") for each attribute that differs; x and y as one position."""
        rows = []
        for attribute in attributes:
            if attribute == "y" and "x" in attributes:
                continue
            if attribute in ("x", "y") and isinstance(now, Actor) and isinstance(after, Actor):
                rows.append((translate(CONTEXT, _ATTRIBUTES["position"]),
                             f"({now.x:.0f}, {now.y:.0f}) → ({after.x:.0f}, {after.y:.0f})"))
                continue
            label = _ATTRIBUTES.get(attribute)
            before = self.value(attribute, getattr(now, attribute))
            later = self.value(attribute, getattr(after, attribute))
            rows.append((translate(CONTEXT, label) if label else attribute, f"{before} → {later}"))
        return rows

    def tie(self, tie: Tie) -> str:
        arrow = {Direction.DIRECTED: "→", Direction.MUTUAL: "↔"}.get(tie.direction, "—")
        return f"{self.names.get(tie.source, '?')} {arrow} {self.names.get(tie.target, '?')}"


def tie_differences(now: Tie, after: Tie) -> list[str]:
    """The attributes in which a matched tie differs from the file's."""
    return [f for f in _TIE_ATTRIBUTES if getattr(now, f) != getattr(after, f)]


def short(text: str, limit: int = 80) -> str:
    """`text` on one line, cut with "…" at `limit` characters (a long note in a list row, a file name)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def point_date(point: str) -> str:
    """The date a time point's snapshot gets, in the user's locale (the day of the import for numbers)."""
    return locale_date(snapshot_date(point) or date.today())


def locale_date(value: date | None) -> str:
    """A date as the user's locale writes it (short format); empty when there is none."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
