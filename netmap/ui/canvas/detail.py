"""The level of detail at a zoom: whether labels show, how much they grow, how far a click reaches.

Plain numbers, no Qt: MapScene keeps one `LevelOfDetail`, tells it the zoom its views report, and
applies the answer to its items; the label declutter reads the zoom from it. The label rule is the
poster's too (netmap.render.map_rules): zoomed out, labels (and cluster headings) grow so that
their letters stay readable; they hide when that is not enough or when the actors are too close
on screen for labels, and come back when zoomed in. On the projector every name shows, as large
as the back row needs.
"""

from __future__ import annotations

import math

from netmap.render.map_rules import LabelLook, label_state

__all__ = ["LevelOfDetail"]


class LevelOfDetail:
    """The zoom last reported and what it means for labels and hit areas."""

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
        """(labels shown, label growth factor) at `scale`, the actors `spacing` map units apart:
        the rule the poster follows too (map_rules.label_state), with this view's dpi and minimums."""
        return label_state(look, scale, dpi=self.dpi, mean_spacing=spacing, min_label_px=self.min_label_px,
                           wall_text_px=self.wall_text_px)

    def hit_margin_at(self, scale: float) -> float:
        """The hit margin in map units for this zoom, in steps of 25 % (a zoom step does not touch
        every actor)."""
        wanted = self.HIT_PX / max(scale, 1e-9)
        return round(1.25 ** round(math.log(wanted, 1.25)), 2)

    def text_gap(self, pixels: float) -> float:
        """`pixels` screen pixels (at 96 dpi) in map units at the current zoom."""
        return pixels * self.dpi / 96.0 / max(self.view_scale, 1e-9)
