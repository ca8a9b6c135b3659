"""The level of detail at a zoom: whether labels show, how much they grow, how far a click reaches.

Plain numbers, no Qt: MapScene keeps one `LevelOfDetail`, tells it the zoom its views report, and
applies the answer to its items; the label declutter reads the zoom from it. Zoomed out, labels
(and cluster headings) grow up to LABEL_MAX_GROWTH times so that their letters stay readable; they
hide when that is not enough or when the actors are too close on screen for labels, and come back
when zoomed in. On the projector every name shows, as large as the back row needs.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Protocol

__all__ = ["LabelLook", "LevelOfDetail", "mean_spacing"]


class LabelLook(Protocol):
    """What the level of detail needs of the map's style (MapStyle has it)."""

    @property
    def presentation(self) -> bool: ...

    @property
    def label_px(self) -> float: ...

    def label_line_ratio(self) -> float: ...


class LevelOfDetail:
    """The zoom last reported and what it means for labels and hit areas."""

    LABEL_MIN_PIXELS = 6.0
    """Labels hide when their letters would be smaller than this on screen."""
    LABEL_MIN_SPACING = 55.0
    """... and when the actors are on average closer than this on screen (labels would pile up)."""
    LABEL_MAX_GROWTH = 3.0
    """Zoomed out, labels grow up to this factor to stay readable."""
    HIT_PX = 10.0
    """A click this many screen pixels beyond an actor's circle still hits it."""

    def __init__(self) -> None:
        self.view_scale = 1.0  # device pixels per map unit
        self.dpi = 96.0
        self.min_label_px: float | None = None  # a poster's own minimum letter height
        self.wall_text_px = 0.0  # presentation: letters at least this high on screen
        self.labels_shown = True
        self.label_scale = 1.0
        self.hit_margin = 2.0
        self.spacing: float | None = None  # mean_spacing of the actors; None: to be measured again

    def label_state(self, scale: float, look: LabelLook, spacing: float) -> tuple[bool, float]:
        """(labels shown, label growth factor) at `scale`, the actors `spacing` map units apart."""
        device = self.dpi / 96.0  # the thresholds are screen pixels; a poster has finer ones
        min_label_px = self.min_label_px
        if min_label_px is None:
            min_label_px = (15.0 if look.presentation else 11.0) * device
        natural = look.label_px * scale
        if look.presentation and self.min_label_px is None:
            # On the wall every name shows, as large as the back row needs, however far out.
            # `wall_text_px` is the height of a line of text on screen: the font's line height.
            line = natural * look.label_line_ratio()
            wall = self.wall_text_px or min_label_px * look.label_line_ratio()
            return True, round(max(1.0, wall / line), 3) if natural > 0 else 1.0
        factor = min(self.LABEL_MAX_GROWTH, max(1.0, min_label_px / natural)) if natural > 0 else 1.0
        factor = round(factor, 2)
        on_screen = spacing * scale
        shown = natural * factor >= self.LABEL_MIN_PIXELS * device and (
            on_screen >= self.LABEL_MIN_SPACING * device or natural >= min_label_px)
        return shown, factor

    def hit_margin_at(self, scale: float) -> float:
        """The hit margin in map units for this zoom, in steps of 25 % (a zoom step does not touch
        every actor)."""
        wanted = self.HIT_PX / max(scale, 1e-9)
        return round(1.25 ** round(math.log(wanted, 1.25)), 2)

    def text_gap(self, pixels: float) -> float:
        """`pixels` screen pixels (at 96 dpi) in map units at the current zoom."""
        return pixels * self.dpi / 96.0 / max(self.view_scale, 1e-9)


def mean_spacing(points: Iterable[tuple[float, float]]) -> float:
    """Map units per actor: the side of the square each actor at `points` has on average."""
    listed = list(points)
    if len(listed) < 2:
        return math.inf
    xs = [p[0] for p in listed]
    ys = [p[1] for p in listed]
    area = max(max(xs) - min(xs), 60.0) * max(max(ys) - min(ys), 60.0)
    return math.sqrt(area / len(listed))
