"""Words and numbers of a comparison: indicators as a report prints them, with one sentence each
on what they say, and what changed in an actor or tie in plain words."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from netmap.compare import INDICATORS
from netmap.domain import Actor, CatalogueKind, MapState, Tie
from netmap.i18n import tr as translate
from netmap.reports import attribute_label
from netmap.ui.labels import attitude_label, direction_label, strength_label, yes_no

__all__ = ["SHOWN_INDICATORS", "describe_changes", "format_change", "format_indicator", "indicator_explanation"]

SHOWN_INDICATORS = (*INDICATORS, "lowest_stage_actors")
"""The indicators the compare window and the monitoring chart offer, in display order."""

_CATALOGUED = {"category": CatalogueKind.CATEGORY, "district": CatalogueKind.DISTRICT, "stage": CatalogueKind.STAGE,
               "kind": CatalogueKind.TIE_KIND, "field": CatalogueKind.FIELD}


def format_indicator(name: str, value: float | None) -> str:
    """An indicator's value as a report prints it, in the user's locale."""
    if value is None:
        return "–"
    locale = QLocale()
    if name == "share_reached":
        return locale.toString(100 * float(value), "f", 1) + " %"
    if name == "density":
        return locale.toString(float(value), "f", 3)
    if name == "average_stage":
        return locale.toString(float(value), "f", 2)
    return locale.toString(int(round(float(value))))


def format_change(name: str, before: float | None, after: float | None) -> str:
    if before is None or after is None:
        return ""
    delta = float(after) - float(before)
    if abs(delta) < 1e-9:
        return "±0"
    sign = "+" if delta > 0 else "−"
    if name == "share_reached":
        return sign + translate("CompareWindow", "{0} percentage points").format(
            QLocale().toString(abs(100 * delta), "f", 1))
    return sign + format_indicator(name, abs(delta)).replace(" %", "")


def indicator_explanation(name: str) -> str:
    """One sentence for a council member: what the indicator says."""
    texts = {
        "actors": translate("CompareWindow", "How many actors are on the map."),
        "ties": translate("CompareWindow", "How many relationships between actors are on the map."),
        "density": translate("CompareWindow", "Which share of all possible relationships exists: "
                                              "higher means a more closely knit network."),
        "components": translate("CompareWindow", "Into how many parts without any tie between them the network "
                                                 "falls: 1 means everyone is connected, directly or indirectly."),
        "isolates": translate("CompareWindow", "Actors without any tie: on the map, but not in the network."),
        "categories_covered": translate("CompareWindow", "How many of the catalogue's actor categories have at "
                                                         "least one actor: who is missing?"),
        "share_reached": translate("CompareWindow", "Which share of the actors the strategy process has reached."),
        "average_stage": translate("CompareWindow", "How far the actors take part on average, on the participation "
                                                    "ladder from decoration to self-organisation (higher is more)."),
        "lowest_stage_actors": translate("CompareWindow", "Actors at the stages decoration or instruction: "
                                                          "not taking part yet."),
    }
    return texts.get(name, "")


def _value_text(attribute: str, value: object, state: MapState, language: str) -> str:
    kind = _CATALOGUED.get(attribute)
    if kind is not None and isinstance(value, str):
        return state.label(kind, value, language) if value else "–"
    if attribute == "fields" and isinstance(value, tuple):
        fields = [state.label(CatalogueKind.FIELD, str(f), language) for f in value]
        return ", ".join(fields) or "–"
    if attribute == "tags" and isinstance(value, tuple):
        return ", ".join(str(t) for t in value) or "–"
    if attribute == "attitude":
        return attitude_label(str(value))
    if attribute == "direction":
        return direction_label(str(value))
    if attribute == "strength" and isinstance(value, int):
        return strength_label(value)
    if isinstance(value, bool):
        return yes_no(value)
    return str(value) if value not in (None, "") else "–"


def describe_changes(old: Actor | Tie, new: Actor | Tie, attributes: list[str], before: MapState, after: MapState,
                     language: str) -> str:
    """"participation stage: Hearing → Co-determination; notes" – notes and contact persons are
    named, never quoted (too long, or personal data)."""
    parts = []
    for name in attributes:
        label = translate("CompareWindow", "further data") if name == "extra" else attribute_label(name)
        if name in ("notes", "contact", "extra"):
            parts.append(label)
            continue
        parts.append(f"{label}: {_value_text(name, getattr(old, name), before, language)} → "
                     f"{_value_text(name, getattr(new, name), after, language)}")
    return "; ".join(parts)
