"""The comparison sheet of a workbook exported with an earlier state to compare with: the network's
figures before and after, who joined and who left, ties gained and lost, and the biggest movers.

Uses `netmap.compare` (the one comparison of the product); contact persons never appear.
"""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from netmap.compare import compare_states
from netmap.domain import MapState
from netmap.exchange.workbook.vocabulary import _i

__all__ = ["write_comparison"]

_HEADING = Font(bold=True, size=12, color="1F4E79")
_TEXT: dict[str, tuple[str, str]] = {
    "figures": ("The network before and after", "Das Netzwerk vorher und nachher"),
    "figure": ("Figure", "Kennzahl"), "before": ("Before", "Vorher"), "after": ("After", "Nachher"),
    "change": ("Change", "Veränderung"),
    "actors": ("Actors", "Akteure"), "ties": ("Ties", "Beziehungen"), "density": ("Density", "Dichte"),
    "components": ("Separate parts", "Getrennte Teile"), "isolates": ("Actors without ties", "Akteure ohne Verbindung"),
    "categories_covered": ("Actor groups covered", "Vertretene Akteursgruppen"),
    "share_reached": ("Share reached", "Anteil erreicht"),
    "average_stage": ("Average participation stage", "Mittlere Beteiligungsstufe"),
    "lowest_stage_actors": ("Actors at the lowest stages", "Akteure auf den untersten Stufen"),
    "added": ("New actors", "Neue Akteure"), "removed": ("Actors no longer on the map", "Nicht mehr auf der Karte"),
    "ties_added": ("New ties", "Neue Beziehungen"), "ties_removed": ("Ties that ended", "Beendete Beziehungen"),
    "movers": ("Biggest changes in position", "Größte Veränderungen der Stellung"),
    "name": ("Name", "Name"), "degree": ("Ties before → after", "Verbindungen vorher → nachher"),
    "betweenness": ("Go-between before → after", "Vermittlung vorher → nachher"),
}


def _t(key: str, lang: str) -> str:
    return _TEXT[key][_i(lang)]


def write_comparison(sheet: Worksheet, before: MapState, after: MapState, lang: str, put: Any,
                     header: Any) -> None:
    result = compare_states(before, after)
    header(sheet, [_t(k, lang) for k in ("figure", "before", "after", "change")])
    row = 1
    for key, value in result.indicators_b.items():
        if key not in _TEXT:
            continue
        row += 1
        old = result.indicators_a.get(key, 0)
        put(sheet, row, 1, _t(key, lang))
        for column, number in ((2, old), (3, value), (4, value - old)):
            put(sheet, row, column, number).number_format = "0.000" if isinstance(number, float) and \
                not float(number).is_integer() else "0"
    names_a = {a.id: a.name for a in before.actors}
    names_b = {a.id: a.name for a in after.actors}
    sections = [
        ("added", [a.name for a in result.actors_added]),
        ("removed", [a.name for a in result.actors_removed]),
        ("ties_added", [f"{names_b.get(t.source, '?')} — {names_b.get(t.target, '?')}" for t in result.ties_added]),
        ("ties_removed", [f"{names_a.get(t.source, '?')} — {names_a.get(t.target, '?')}"
                          for t in result.ties_removed]),
    ]
    for key, items in sections:
        row += 2
        put(sheet, row, 1, f"{_t(key, lang)} ({len(items)})").font = _HEADING
        for item in items:
            row += 1
            put(sheet, row, 1, item)
    row += 2
    put(sheet, row, 1, _t("movers", lang)).font = _HEADING
    row += 1
    for column, key in enumerate(("name", "degree", "betweenness"), start=1):
        put(sheet, row, column, _t(key, lang)).font = Font(bold=True)
    for change in result.metric_changes[:15]:
        row += 1
        put(sheet, row, 1, change["name"])
        put(sheet, row, 2, f"{change['degree_before']:.0f} → {change['degree_after']:.0f}")
        put(sheet, row, 3, f"{change['betweenness_before']:.3f} → {change['betweenness_after']:.3f}")
    for letter, width in zip("ABCD", (48, 30, 30, 14), strict=True):
        sheet.column_dimensions[letter].width = width
