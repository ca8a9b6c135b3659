"""How the zoom decides the labels: whether they show, and how much they grow to stay readable.

One rule for the canvas (MapScene) and the poster's drawing (drawing.py), so a poster shows the
labels the screen would show at the poster's scale and resolution.
"""

from __future__ import annotations

from netmap.render.style import MapStyle

__all__ = ["LABEL_MAX_GROWTH", "LABEL_MIN_PIXELS", "LABEL_MIN_SPACING", "label_state"]

LABEL_MIN_PIXELS = 6.0
"""Labels hide when their letters would be smaller than this on screen."""
LABEL_MIN_SPACING = 55.0
"""... and when the actors are on average closer than this on screen (labels would pile up)."""
LABEL_MAX_GROWTH = 3.0
"""Zoomed out, labels grow up to this factor to stay readable."""


def label_state(style: MapStyle, scale: float, *, dpi: float, mean_spacing: float, min_label_px: float | None = None,
                wall_text_px: float = 0.0, max_growth: float = LABEL_MAX_GROWTH, min_pixels: float = LABEL_MIN_PIXELS,
                min_spacing: float = LABEL_MIN_SPACING) -> tuple[bool, float]:
    """(labels shown, label growth factor) at `scale` device pixels per map unit on a device of
    `dpi` (the thresholds are screen pixels; a poster has finer ones), with the actors
    `mean_spacing` map units apart on average.

    Zoomed out, labels grow up to `max_growth` times so that their letters stay `min_label_px`
    high (11 px, 15 in presentation mode); they hide when that is not enough or when the actors
    are too close for labels. In presentation mode (without a `min_label_px` of its own) every
    name shows, its lines `wall_text_px` high: as large as the back row needs, however far out."""
    device = dpi / 96.0
    minimum = min_label_px
    if minimum is None:
        minimum = (15.0 if style.presentation else 11.0) * device
    natural = style.label_px * scale
    if style.presentation and min_label_px is None:
        # `wall_text_px` is the height of a line of text on screen: the font's line height.
        line = natural * style.label_line_ratio()
        wall = wall_text_px or minimum * style.label_line_ratio()
        return True, round(max(1.0, wall / line), 3) if natural > 0 else 1.0
    factor = min(max_growth, max(1.0, minimum / natural)) if natural > 0 else 1.0
    factor = round(factor, 2)
    shown = natural * factor >= min_pixels * device and (
        mean_spacing * scale >= min_spacing * device or natural >= minimum)
    return shown, factor
