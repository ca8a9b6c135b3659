"""The room's votes on the map: a Net-Map influence tower with its range beside a rated actor.

The handbook stacks checkers into a tower for an actor's influence; when the room disagrees, the
discussion is the point. So beside an actor the room has rated stands a small tower of the 0-10
scale, filled up to the median of the influence votes, and next to it a thin line with caps from
the lowest to the highest vote: a short line means the room agrees, a long one is worth a talk.
The figures come from the core (`netmap.participation.votes.RoomView`); this module only draws them.

Posters leave it out (MapScene.set_room is never called for their scene): a poster records the
map the group decided on, and a handful of anonymous votes of one afternoon would need a legend
and an explanation there; on the screen and the projector they serve the discussion.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from netmap.participation.votes import RoomView

if TYPE_CHECKING:
    from netmap.ui.canvas.items import ActorItem
    from netmap.ui.canvas.style import MapStyle

__all__ = ["RoomTowerItem", "RoomTowers", "draw_tower", "tower_reach", "vote_number"]

_SCALE = 10.0  # the influence scale's top (votes are 0-10)
_HEIGHT, _WIDTH, _GAP, _WHISKER = 30.0, 9.0, 5.0, 6.0  # map units at line scale 1
_FRAME, _FILL, _RANGE = QColor("#263238"), QColor("#37474f"), QColor("#d84315")


def vote_number(value: float) -> str:
    """5 or 5.5 (5,5 in German): a median of an even number of votes may fall between two."""
    return QLocale().toString(value, "f", 1) if value % 1 else QLocale().toString(int(value))


def _level(bar: QRectF, value: float) -> float:
    """The y of an influence value on a tower in `bar` (0 at its bottom, 10 at its top)."""
    return bar.bottom() - bar.height() * max(0.0, min(_SCALE, value)) / _SCALE


def _unit(style: MapStyle, grow: float) -> float:
    """One map unit of the tower: thicker in presentation mode, and growing with the labels when
    zoomed out (like the dots badge), so that it stays readable from the back of the room."""
    return style.line_scale * max(1.0, grow)


def tower_reach(body: float, style: MapStyle, grow: float) -> tuple[float, float]:
    """How far left of the actor's centre the tower (with its range line) reaches, and how far up:
    it stands on the level of the circle's bottom, so a label below never covers it."""
    u = _unit(style, grow)
    return body + (_GAP + _WIDTH + _WHISKER + 2.0) * u, _HEIGHT * u + 2.0 * u - body


class RoomTowerItem(QGraphicsItem):
    """The tower beside one actor (a child item: it moves with the actor and goes with it)."""

    def __init__(self, actor: ActorItem, view: RoomView) -> None:
        super().__init__(actor)
        self.view = view
        self._bar = QRectF()
        self._bounds = QRectF()
        self._unit = 1.0
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # a click goes to the actor
        self.follow()

    def set_view(self, view: RoomView) -> None:
        """New votes on the actor."""
        if view != self.view:
            self.view = view
            self._set_tooltip()
            self.update()

    def follow(self) -> None:
        """Fit the actor again (its size, the style, the zoom's label growth changed)."""
        actor: ActorItem = self.parentItem()  # type: ignore[assignment]
        self.prepareGeometryChange()
        u = self._unit = _unit(actor.style, actor.label_scale)
        right = -(actor.body_radius() + _GAP * u)
        height = _HEIGHT * u
        bottom = actor.body_radius()  # standing beside the actor, clear of a label below it
        self._bar = QRectF(right - _WIDTH * u, bottom - height, _WIDTH * u, height)
        self._bounds = self._bar.adjusted(-(_WHISKER + 2) * u, -2 * u, 2 * u, 2 * u)
        self._set_tooltip()

    @property
    def median_y(self) -> float:
        return _level(self._bar, self.view.median or 0.0)

    @property
    def range_ys(self) -> tuple[float, float]:
        """The y of the lowest and of the highest vote."""
        return _level(self._bar, self.view.low or 0), _level(self._bar, self.view.high or 0)

    def _set_tooltip(self) -> None:
        view = self.view
        text = QCoreApplication.translate("RoomTower", "Votes of the room: {0}. Influence {1}, from {2} to {3}.")
        self.setToolTip(text.format(view.votes, vote_number(view.median or 0.0), vote_number(view.low or 0),
                                    vote_number(view.high or 0)))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        view = self.view
        draw_tower(painter, self._bar, view.median or 0.0, view.low or 0, view.high or 0, self._unit)


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
    painter.drawRect(QRectF(bar.left(), _level(bar, median), bar.width(), bar.bottom() - _level(bar, median)))
    painter.setPen(QPen(_FRAME, 1.2 * u))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(bar)
    painter.setPen(QPen(QColor("#ffffff"), 1.0 * u))  # a tick at 5: half the scale, seen on the fill too
    painter.drawLine(QPointF(bar.left(), _level(bar, 5)), QPointF(bar.left() + bar.width() / 3, _level(bar, 5)))
    x = bar.left() - _WHISKER / 2 * u - 1.5 * u
    painter.setPen(QPen(_RANGE, 2.2 * u, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    painter.drawLine(QPointF(x, _level(bar, low)), QPointF(x, _level(bar, high)))
    for y in (_level(bar, low), _level(bar, high)):
        painter.drawLine(QPointF(x - _WHISKER / 2 * u, y), QPointF(x + _WHISKER / 2 * u, y))
    painter.restore()


class RoomTowers:
    """The towers of a MapScene (a mixin): `set_room` puts one beside each actor the room rated."""

    # Provided by MapScene.
    _actors: dict[int, ActorItem]
    _room: dict[str, RoomView]
    _request_declutter: Callable[..., None]

    def set_room(self, views: Mapping[str, RoomView]) -> None:
        """The room's votes by actor uid (from `room_views`); actors without influence votes get none."""
        room = {uid: view for uid, view in views.items() if view.median is not None}
        if room == self._room:
            return  # an edit of the map that changed no vote: nothing to redraw
        self._room = room
        for item in self._actors.values():
            self._show_tower(item)
        self._request_declutter()  # labels keep clear of the towers

    def _show_tower(self, item: ActorItem) -> None:
        view = self._room.get(item.actor.uid)
        tower = item.tower
        if view is None:
            if tower is not None:
                item.set_tower(None)
        elif tower is None:
            item.set_tower(RoomTowerItem(item, view))
        else:
            tower.set_view(view)

    @property
    def room_rated(self) -> bool:
        """Some actor on the map shows the room's votes (the legend explains the tower then)."""
        return any(item.tower is not None for item in self._actors.values())

    def room_tower(self, actor_id: int) -> RoomTowerItem | None:
        item = self._actors.get(actor_id)
        return item.tower if item is not None else None
