"""The map canvas: the scene that draws a map (shared with the poster) and the view on it."""

from netmap.ui.canvas.scene import MapScene
from netmap.ui.canvas.style import MapStyle
from netmap.ui.canvas.view import MapView

__all__ = ["MapScene", "MapStyle", "MapView"]
