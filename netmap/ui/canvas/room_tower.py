"""The room's votes on the map: a Net-Map influence tower with its range beside a rated actor.

The handbook stacks checkers into a tower for an actor's influence; when the room disagrees, the
discussion is the point. So beside an actor the room has rated stands a small tower of the 0-10
scale, filled up to the median of the influence votes, and next to it a thin line with caps from
the lowest to the highest vote: a short line means the room agrees, a long one is worth a talk.
The figures come from the core (`netmap.participation.votes.RoomView`); this module only draws them.

Which actor gets a tower is room_votes.py's part. Posters leave the towers out (the render layer
draws no votes): a poster records the map the group decided on, and a handful of anonymous votes
of one afternoon would need a legend and an explanation there; on the screen and the projector
they serve the discussion.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from netmap.participation.votes import RoomView
from netmap.render.tower import (
    TOWER_GAP,
    TOWER_HEIGHT,
    TOWER_WHISKER,
    TOWER_WIDTH,
    draw_tower,
    tower_level,
    tower_reach,
    tower_unit,
)
from netmap.ui.canvas.items import ActorItem, CompanionItem

__all__ = ["RoomTowerItem", "draw_tower", "tower_reach", "vote_number"]


def vote_number(value: float) -> str:
    """5 or 5.5 (5,5 in German): a median of an even number of votes may fall between two."""
    return QLocale().toString(value, "f", 1) if value % 1 else QLocale().toString(int(value))


class RoomTowerItem(CompanionItem):
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
        actor = self.parentItem()
        assert isinstance(actor, ActorItem)  # a tower is made as an actor's child
        self.prepareGeometryChange()
        u = self._unit = tower_unit(actor.style, actor.label_scale)
        right = -(actor.body_radius() + TOWER_GAP * u)
        height = TOWER_HEIGHT * u
        bottom = actor.body_radius()  # standing beside the actor, clear of a label below it
        self._bar = QRectF(right - TOWER_WIDTH * u, bottom - height, TOWER_WIDTH * u, height)
        self._bounds = self._bar.adjusted(-(TOWER_WHISKER + 2) * u, -2 * u, 2 * u, 2 * u)
        self._set_tooltip()

    @property
    def median_y(self) -> float:
        return tower_level(self._bar, self.view.median or 0.0)

    @property
    def range_ys(self) -> tuple[float, float]:
        """The y of the lowest and of the highest vote."""
        return tower_level(self._bar, self.view.low or 0), tower_level(self._bar, self.view.high or 0)

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

