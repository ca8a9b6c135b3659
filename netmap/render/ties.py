"""A tie as drawn on the map: a line in its kind's colour and dash, as wide as its strength, with
an arrowhead at the target (directed) or at both ends (mutual); QtGui only.

Shared by the canvas's TieItem (ui/canvas/items.py) and the poster's drawing (drawing.py). The
line runs between the two actors' circles (`set_ends`); parallel ties between the same two actors
are drawn side by side (`offset`). A ghost (a removed tie in a comparison) is grey and dashed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from netmap.domain import Direction, Tie
from netmap.render.style import MapStyle, TieLook

__all__ = ["TieFigure", "spread_parallel"]

_UNDIRECTED = Direction.UNDIRECTED
_MUTUAL = Direction.MUTUAL
_NO_PEN = Qt.PenStyle.NoPen


class TieFigure:
    """How one tie looks: see the module docstring. `halo`: a highlight's colour under the line."""

    def __init__(self, tie: Tie, style: MapStyle, *, ghost: bool = False) -> None:
        self.tie = tie
        self.ghost = ghost
        self.offset = 0.0
        self.halo: QColor | None = None
        self.style = style
        self.look: TieLook = style.tie_look(tie.kind, tie.strength, ghost)
        self.line = QLineF()
        self.heads: list[QPolygonF] = []
        self.empty = True

    def apply_style(self, style: MapStyle) -> None:
        """The style's look; the caller sets the ends again."""
        self.style = style
        self.look = style.tie_look(self.tie.kind, self.tie.strength, self.ghost)

    def set_ends(self, px: float, py: float, gap_s: float, qx: float, qy: float, gap_t: float, *,
                 path: bool = True) -> QPainterPath | None:
        """The line from the source's centre (px, py) to the target's (qx, qy), `gap_s` and
        `gap_t` short of them (their circles' edges), with its arrowheads. Returns the path of
        line and heads (for a canvas item's bounds and clicks; `path=False`: none, a poster's
        thousands of ties need none), None when the actors touch."""
        dx, dy = qx - px, qy - py
        length = math.hypot(dx, dy)
        self.heads = []
        if length <= gap_s + gap_t + 2:
            self.line = QLineF()
            self.empty = True
            return None
        self.empty = False
        ux, uy = dx / length, dy / length
        ox, oy = -uy * self.offset, ux * self.offset
        # With a sideways offset the line meets the circle a little further in; close enough.
        x0, y0 = px + ux * gap_s + ox, py + uy * gap_s + oy
        x1, y1 = px + dx - ux * gap_t + ox, py + dy - uy * gap_t + oy
        line = [x0, y0, x1, y1]
        direction = self.tie.direction
        if direction != _UNDIRECTED:
            size = self.look.arrow_size
            self.heads.append(_head(x1, y1, ux, uy, size))
            line[2:] = x1 - ux * size * 0.8, y1 - uy * size * 0.8
            if direction == _MUTUAL:
                self.heads.append(_head(x0, y0, -ux, -uy, size))
                line[:2] = x0 + ux * size * 0.8, y0 + uy * size * 0.8
        self.line = QLineF(*line)
        if not path:
            return None
        shape = QPainterPath(QPointF(x0, y0))
        shape.lineTo(x1, y1)
        for head in self.heads:
            shape.addPolygon(head)
        return shape

    def draw(self, painter: QPainter, scale: float, selected: bool = False) -> None:
        """Draw the tie at `scale` (device units per map unit: fine dashes and arrowheads are
        left out where they would be too small to see)."""
        if self.empty:
            return
        look = self.look
        if self.halo is not None or selected:
            under = QColor(self.style.selection if selected else self.halo)
            under.setAlpha(120)
            wide = QPen(under, look.pen.widthF() + 8 * self.style.line_scale)
            wide.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(wide)
            painter.drawLine(self.line)
        painter.setPen(look.pen if scale >= look.dash_min_scale else look.solid_pen)
        painter.drawLine(self.line)
        if self.heads and scale >= look.head_min_scale:
            painter.setPen(_NO_PEN)
            painter.setBrush(look.head_brush)
            for head in self.heads:
                painter.drawPolygon(head)


def _head(x: float, y: float, ux: float, uy: float, size: float) -> QPolygonF:
    """An arrowhead with its tip at (x, y), pointing along (ux, uy)."""
    bx, by = x - ux * size, y - uy * size
    w = size * 0.45
    return QPolygonF([QPointF(x, y), QPointF(bx - uy * w, by + ux * w), QPointF(bx + uy * w, by - ux * w)])


def spread_parallel(parallel: Sequence[TieFigure], low_end: int, line_scale: float) -> None:
    """Ties between the same two actors side by side, not on top of each other (the canvas's rule
    and the poster's): `parallel` in the order of their ids, `low_end` the smaller actor id of the
    two. Offsets are measured from each tie's own source: those drawn the other way flip."""
    gap = 7.0 * line_scale
    for i, figure in enumerate(parallel):
        offset = (i - (len(parallel) - 1) / 2) * gap
        figure.offset = offset if figure.tie.source == low_end else -offset
