"""The map's legend: what each colour, line and outline on it means, in catalogue order.

One rule for the canvas (the legend beside the map, MapScene.legend_entries) and the poster's
drawing (MapDrawing.legend_entries), which only differ in where they find the categories and tie
kinds on the map.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QPen

from netmap.domain import Attitude
from netmap.render.map_rules import in_catalogue_order
from netmap.render.style import MapStyle

__all__ = ["attitude_legend", "legend_entries"]


def legend_entries(style: MapStyle, categories: Iterable[str], kinds: Iterable[str], *, measured: bool
                   ) -> list[tuple[str, QColor | QPen]]:
    """(label, colour) for each of the `categories` on the map, then (label, pen) for each of its
    tie `kinds`, in catalogue order. With a measure on, the colour ramp replaces the categories."""
    entries: list[tuple[str, QColor | QPen]] = []
    if measured:
        entries += [(style.word(word), style.measure_colour(share))
                    for word, share in (("lowest", 0.0), ("middle", 0.5), ("highest", 1.0))]
    else:
        entries += [(style.category_label(key), style.category_colour(key))
                    for key in in_catalogue_order(categories, style.category_order)]
    entries += [(style.tie_kind(key).label, QPen(style.tie_pen(key, 2)))
                for key in in_catalogue_order(kinds, style.kind_order)]
    return entries


def attitude_legend(style: MapStyle) -> list[tuple[str, QPen]]:
    """(label, outline pen) for each attitude."""
    return [(style.attitude_label(a), style.attitude_pen(a)) for a in Attitude]
