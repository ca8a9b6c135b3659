"""The map's look now lives in the render layer (`netmap.render.style`), which draws without
widgets; the canvas modules import it from here until their imports point there."""

from netmap.render.style import (
    CLUSTER_PALETTE,
    HIGHLIGHT_COLOURS,
    MEASURE_RAMP,
    MapStyle,
    TieKindStyle,
    TieLook,
    Translate,
)

__all__ = ["CLUSTER_PALETTE", "HIGHLIGHT_COLOURS", "MEASURE_RAMP", "MapStyle", "TieKindStyle", "TieLook", "Translate"]
