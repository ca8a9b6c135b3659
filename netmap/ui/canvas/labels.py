"""Label layout and placement now live in the render layer (`netmap.render.labels`), which the
poster uses without widgets; the canvas modules import them from here until their imports point there."""

from netmap.render.labels import LabelLayout, LabelRequest, Rect, place_labels

__all__ = ["LabelLayout", "LabelRequest", "Rect", "place_labels"]
