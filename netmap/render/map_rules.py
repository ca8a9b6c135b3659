"""The plain rules of how a map is drawn, without Qt: one definition for the canvas and the poster.

The canvas's Qt-free models (ui/canvas/detail.py, overlays.py) and the render layer's drawing
(drawing.py) both follow them, so a poster shows what the screen would show at the poster's
scale and resolution: whether labels show at a zoom and how much they grow (`label_state`), how
far apart the actors are (`mean_spacing`), how a measure sizes and colours them
(`measure_shares`), and in which order the legend lists categories and tie kinds
(`in_catalogue_order`), and how faint a comparison draws what did not change. Imports nothing
of Qt or of the rest of NetMap.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Protocol

__all__ = ["LABEL_MAX_GROWTH", "LABEL_MIN_PIXELS", "LABEL_MIN_SPACING", "MUTED_ACTOR", "MUTED_TIE", "LabelLook",
           "in_catalogue_order", "label_state", "mean_spacing", "measure_shares"]

LABEL_MIN_PIXELS = 6.0
"""Labels hide when their letters would be smaller than this on screen."""
LABEL_MIN_SPACING = 55.0
"""... and when the actors are on average closer than this on screen (labels would pile up)."""
LABEL_MAX_GROWTH = 3.0
"""Zoomed out, labels grow up to this factor to stay readable."""
MUTED_ACTOR, MUTED_TIE = 0.35, 0.3
"""The opacity of the actors and ties a comparison mutes (what did not change)."""


class LabelLook(Protocol):
    """What the label rule needs of the map's style (render.style.MapStyle has it)."""

    @property
    def presentation(self) -> bool: ...

    @property
    def label_px(self) -> float: ...

    def label_line_ratio(self) -> float: ...


def label_state(look: LabelLook, scale: float, *, dpi: float, mean_spacing: float, min_label_px: float | None = None,
                wall_text_px: float = 0.0) -> tuple[bool, float]:
    """(labels shown, label growth factor) at `scale` device pixels per map unit on a device of
    `dpi` (the thresholds are screen pixels; a poster has finer ones), with the actors
    `mean_spacing` map units apart on average.

    Zoomed out, labels grow up to LABEL_MAX_GROWTH times so that their letters stay
    `min_label_px` high (11 px, 15 in presentation mode); they hide when that is not enough or
    when the actors are too close for labels. In presentation mode (without a `min_label_px` of
    its own) every name shows, its lines `wall_text_px` high: as large as the back row needs,
    however far out."""
    device = dpi / 96.0
    minimum = min_label_px
    if minimum is None:
        minimum = (15.0 if look.presentation else 11.0) * device
    natural = look.label_px * scale
    if look.presentation and min_label_px is None:
        # `wall_text_px` is the height of a line of text on screen: the font's line height.
        line = natural * look.label_line_ratio()
        wall = wall_text_px or minimum * look.label_line_ratio()
        return True, round(max(1.0, wall / line), 3) if natural > 0 else 1.0
    factor = min(LABEL_MAX_GROWTH, max(1.0, minimum / natural)) if natural > 0 else 1.0
    factor = round(factor, 2)
    shown = natural * factor >= LABEL_MIN_PIXELS * device and (
        mean_spacing * scale >= LABEL_MIN_SPACING * device or natural >= minimum)
    return shown, factor


def mean_spacing(points: Iterable[tuple[float, float]]) -> float:
    """Map units per actor: the side of the square each actor at `points` has on average."""
    listed = list(points)
    if len(listed) < 2:
        return math.inf
    xs = [p[0] for p in listed]
    ys = [p[1] for p in listed]
    area = max(max(xs) - min(xs), 60.0) * max(max(ys) - min(ys), 60.0)
    return math.sqrt(area / len(listed))


def measure_shares(values: Mapping[int, float]) -> dict[int, float]:
    """Values scaled to 0..1: by the largest when none is negative (so size stays proportional),
    else from the smallest to the largest; missing and NaN values are left out."""
    clean = {k: float(v) for k, v in values.items() if v is not None and not math.isnan(float(v))}
    if not clean:
        return {}
    low, high = min(clean.values()), max(clean.values())
    if low >= 0:
        return {k: (v / high if high > 0 else 0.0) for k, v in clean.items()}
    span = high - low
    return {k: ((v - low) / span if span > 0 else 0.5) for k, v in clean.items()}


def in_catalogue_order(keys: Iterable[str], order: list[str]) -> list[str]:
    """`keys` in catalogue `order`; unknown keys after, alphabetically, the empty key last."""
    present = set(keys)
    known = [k for k in order if k in present]
    rest = sorted(k for k in present if k not in set(order) and k)
    return known + rest + ([""] if "" in present else [])
