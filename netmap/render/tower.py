"""The room's influence tower beside an actor, as geometry and painting (QtGui only).

The canvas's `RoomTowerItem` (ui/canvas/room_tower.py) stands it beside a rated actor; the actor's
figure (figures.py) keeps its label clear of it with `tower_reach`. Posters leave the tower out.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from netmap.render.style import MapStyle

__all__ = ["TOWER_GAP", "TOWER_HEIGHT", "TOWER_WHISKER", "TOWER_WIDTH", "draw_tower", "tower_level", "tower_reach",
           "tower_unit"]

_SCALE = 10.0  # the influence scale's top (votes are 0-10)
TOWER_HEIGHT, TOWER_WIDTH, TOWER_GAP, TOWER_WHISKER = 30.0, 9.0, 5.0, 6.0  # map units at line scale 1
_FRAME, _FILL, _RANGE = QColor("#263238"), QColor("#37474f"), QColor("#d84315")


def tower_level(bar: QRectF, value: float) -> float:
    """The y of an influence value on a tower in `bar` (0 at its bottom, 10 at its top)."""
    return bar.bottom() - bar.height() * max(0.0, min(_SCALE, value)) / _SCALE


def tower_unit(style: MapStyle, grow: float) -> float:
    """One map unit of the tower: thicker in presentation mode, and growing with the labels when
    zoomed out (like the dots badge), so that it stays readable from the back of the room."""
    return style.line_scale * max(1.0, grow)


def tower_reach(body: float, style: MapStyle, grow: float) -> tuple[float, float]:
    """How far left of the actor's centre the tower (with its range line) reaches, and how far up:
    it stands on the level of the circle's bottom, so a label below never covers it."""
    u = tower_unit(style, grow)
    return body + (TOWER_GAP + TOWER_WIDTH + TOWER_WHISKER + 2.0) * u, TOWER_HEIGHT * u + 2.0 * u - body


def draw_tower(painter: QPainter, bar: QRectF, median: float, low: float, high: float, unit: float) -> None:
    """The tower in `bar` (0 at its bottom, 10 at its top) filled to `median`, and left of it the
    line from `low` to `high` with caps; `unit`: the width of a thin line (the map's and the legend's)."""
    u = unit
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffffff"))
    painter.drawRect(bar)
    painter.setBrush(_FILL)
    painter.drawRect(QRectF(bar.left(), tower_level(bar, median), bar.width(), bar.bottom() - tower_level(bar, median)))
    painter.setPen(QPen(_FRAME, 1.2 * u))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(bar)
    painter.setPen(QPen(QColor("#ffffff"), 1.0 * u))  # a tick at 5: half the scale, seen on the fill too
    painter.drawLine(QPointF(bar.left(), tower_level(bar, 5)),
                     QPointF(bar.left() + bar.width() / 3, tower_level(bar, 5)))
    x = bar.left() - TOWER_WHISKER / 2 * u - 1.5 * u
    painter.setPen(QPen(_RANGE, 2.2 * u, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    painter.drawLine(QPointF(x, tower_level(bar, low)), QPointF(x, tower_level(bar, high)))
    for y in (tower_level(bar, low), tower_level(bar, high)):
        painter.drawLine(QPointF(x - TOWER_WHISKER / 2 * u, y), QPointF(x + TOWER_WHISKER / 2 * u, y))
    painter.restore()
