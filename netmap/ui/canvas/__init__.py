"""The map canvas: the scene that shows a map as items to work on, and the view on it (the items
hold the render layer's figures, netmap.render, which draws posters from plain data)."""

from netmap.ui.canvas.scene import MapScene
from netmap.ui.canvas.view import MapView

__all__ = ["MapScene", "MapView"]
