"""Words for the core's codes and enums, in the user's language.

The core hands out codes (`Attitude.SUPPORTIVE`, catalogue keys); the UI turns them into words here,
so the tables, the inspector and the legend call everything by the same name.
"""

from __future__ import annotations


from netmap.domain import Attitude, CatalogueKind, Direction
from netmap.i18n import QT_TRANSLATE_NOOP
from netmap.i18n import tr as translate
from netmap.ui.i18n import Wording

__all__ = [
    "attitude_label", "catalogue_kind_label", "catalogue_kind_wording", "direction_label", "strength_label", "yes_no",
]

_ATTITUDES = {
    Attitude.SUPPORTIVE: QT_TRANSLATE_NOOP("Labels", "supportive"),
    Attitude.NEUTRAL: QT_TRANSLATE_NOOP("Labels", "neutral"),
    Attitude.CRITICAL: QT_TRANSLATE_NOOP("Labels", "critical"),
}
_DIRECTIONS = {
    Direction.UNDIRECTED: QT_TRANSLATE_NOOP("Labels", "undirected"),
    Direction.DIRECTED: QT_TRANSLATE_NOOP("Labels", "directed (from → to)"),
    Direction.MUTUAL: QT_TRANSLATE_NOOP("Labels", "mutual"),
}
_STRENGTHS = {
    1: QT_TRANSLATE_NOOP("Labels", "1 – weak"),
    2: QT_TRANSLATE_NOOP("Labels", "2 – medium"),
    3: QT_TRANSLATE_NOOP("Labels", "3 – strong"),
}
_KINDS = {
    CatalogueKind.CATEGORY: QT_TRANSLATE_NOOP("Labels", "Actor categories"),
    CatalogueKind.TIE_KIND: QT_TRANSLATE_NOOP("Labels", "Tie kinds"),
    CatalogueKind.FIELD: QT_TRANSLATE_NOOP("Labels", "Fields of action"),
    CatalogueKind.DISTRICT: QT_TRANSLATE_NOOP("Labels", "Districts"),
    CatalogueKind.STAGE: QT_TRANSLATE_NOOP("Labels", "Participation stages"),
}
_STYLES = {
    "solid": QT_TRANSLATE_NOOP("Labels", "solid"),
    "dash": QT_TRANSLATE_NOOP("Labels", "dashed"),
    "dot": QT_TRANSLATE_NOOP("Labels", "dotted"),
}
LINE_STYLES = tuple(_STYLES)


def attitude_label(attitude: Attitude | str) -> str:
    return translate("Labels", _ATTITUDES.get(Attitude(attitude), str(attitude)))


def direction_label(direction: Direction | str) -> str:
    return translate("Labels", _DIRECTIONS.get(Direction(direction), str(direction)))


def strength_label(strength: int) -> str:
    text = _STRENGTHS.get(strength)
    return translate("Labels", text) if text else str(strength)


def catalogue_kind_label(kind: CatalogueKind) -> str:
    return translate("Labels", _KINDS[kind])


def catalogue_kind_wording(kind: CatalogueKind) -> Wording:
    """The catalogue's name inside a text that is translated again later (an undo step's name)."""
    return Wording("Labels", _KINDS[kind])


def line_style_label(style: str) -> str:
    text = _STYLES.get(style)
    return translate("Labels", text) if text else style


def yes_no(value: bool) -> str:
    return translate("Labels", "yes") if value else translate("Labels", "no")
