"""Mouse gestures of the map that Qt does not provide: drawing a tie, and a fast drag.

Drawing a tie: with the tie tool on, or holding Shift, press on an actor and drag to another
actor; a dashed line follows the mouse, the actor under it lights up, releasing there asks for
the tie (Esc or releasing elsewhere cancels).

Fast drag: while actors are dragged, everything that does not move is drawn from a picture taken
when the drag began, and only the moving actors, their ties and their clusters are painted
again at each step. The rest of the map sits in one layer item whose opacity goes to 0 for the
drag, so Qt skips it without visiting its thousands of items.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem

from netmap.ui.canvas.items import ActorItem, TieItem

if TYPE_CHECKING:
    from netmap.ui.canvas.scene import MapScene

__all__ = ["FastDrag", "TieDrag"]


class TieDrag:
    """One tie being drawn from `source`."""

    def __init__(self, scene: MapScene, source: ActorItem) -> None:
        self.scene = scene
        self.source = source
        self.target: ActorItem | None = None
        pen = QPen(QColor("#1565c0"), 2.5 * scene.style.line_scale, Qt.PenStyle.DashLine)
        pen.setCosmetic(False)
        self.line = QGraphicsLineItem()
        self.line.setPen(pen)
        self.line.setZValue(1000)
        self.line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        scene.addItem(self.line)
        source.set_drop_target(True)
        self.move(source.pos())

    def move(self, pos: QPointF) -> None:
        self.line.setLine(QLineF(self.source.pos(), pos))
        target = self.scene.actor_at(pos)
        if target is self.source:
            target = None
        if target is not self.target:
            if self.target is not None:
                self.target.set_drop_target(False)
            self.target = target
            if target is not None:
                target.set_drop_target(True)

    def finish(self) -> ActorItem | None:
        """Remove the rubber line; the actor it ended on, if any."""
        target = self.target
        for item in (self.source, self.target):
            if item is not None:
                item.set_drop_target(False)
        self.scene.removeItem(self.line)
        self.line = None  # type: ignore[assignment]
        return target


class FastDrag:
    """Moves the items that change during a drag out of the static layer, and back afterwards."""

    def __init__(self, scene: MapScene, movers: list[ActorItem]) -> None:
        self.scene = scene
        dynamic: dict[int, QGraphicsItem] = {}
        for actor in movers:
            dynamic[id(actor)] = actor
            for tie in actor.ties:
                dynamic[id(tie)] = tie
            for cluster in actor.clusters:
                dynamic[id(cluster)] = cluster
                dynamic[id(cluster.heading)] = cluster.heading
        self.items: list[QGraphicsItem] = list(dynamic.values())
        views = [v for v in scene.views() if hasattr(v, "capture_static")]
        for view in views:
            view.capture_static(self.items)  # type: ignore[attr-defined]
        # A full update first: Qt then skips collecting the dirty areas of thousands of items
        # (a region of thousands of rectangles costs more than painting the view once).
        scene.update()
        for item in self.items:
            item.setParentItem(None)
        scene.layer.setOpacity(0.0)
        self.views = views

    def end(self) -> None:
        layer = self.scene.layer
        self.scene.update()  # see __init__
        for item in self.items:
            if item.scene() is self.scene:
                item.setParentItem(layer)
        layer.setOpacity(1.0)
        for view in self.views:
            view.release_static()  # type: ignore[attr-defined]
        self.items = []


def is_actor(item: QGraphicsItem | None) -> bool:
    return isinstance(item, ActorItem) and not item.ghost


def is_tie(item: QGraphicsItem | None) -> bool:
    return isinstance(item, TieItem) and not item.ghost
