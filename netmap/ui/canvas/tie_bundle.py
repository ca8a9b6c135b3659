"""All ties of a map drawn by one item: how a poster draws thousands of ties.

On the canvas every tie is an item of its own, so that it can be clicked, selected and moved
with its actors. A poster draws its ties once: a scene item per tie would cost more to make and to
paint (one Python call each) than drawing them; a poster of 5,000 actors has 15,000 ties. The
bundle draws the same TieItems, kept off the scene, with their own `draw` (their look, line,
arrowheads and halo), so the poster still looks like the screen.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from netmap.ui.canvas.items import TIE_Z, TieItem

__all__ = ["TieBundle"]


class TieBundle(QGraphicsItem):
    """Draws the ties of `ties` (the scene's own dict, read at every paint) in their order."""

    def __init__(self, ties: Mapping[int, TieItem]) -> None:
        super().__init__()
        self._ties = ties
        self._bounds = QRectF()
        self.setZValue(TIE_Z)

    def refresh(self) -> None:
        """Take the new extent of the ties (after ties were added or actors moved)."""
        xs: list[float] = []
        ys: list[float] = []
        margin = 0.0
        ends = set()
        for tie in self._ties.values():
            ends.add(tie.source)
            ends.add(tie.target)
            # A sideways offset (parallel ties), the pen and a halo may reach past the centres.
            margin = max(margin, abs(tie.offset) + tie.look.bounds_pen_wide.widthF())
        for actor in ends:
            p = actor.pos()
            xs.append(p.x())
            ys.append(p.y())
        self.prepareGeometryChange()
        if xs:
            self._bounds = QRectF(min(xs) - margin, min(ys) - margin,
                                  max(xs) - min(xs) + 2 * margin, max(ys) - min(ys) + 2 * margin)
        else:
            self._bounds = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scale = abs(painter.worldTransform().m11())
        base = painter.opacity()
        current = 1.0
        for tie in self._ties.values():
            opacity = tie.opacity()
            if opacity != current:
                painter.setOpacity(base * opacity)
                current = opacity
            tie.draw(painter, scale)
        painter.setOpacity(base)
