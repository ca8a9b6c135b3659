"""The map's mouse gestures that Qt does not provide: drawing a tie, moving actors, a fast drag.

Drawing a tie: with the tie tool on (`tie_mode`), or holding Shift, press on an actor and drag to
another actor; a dashed line follows the mouse, the actor under it lights up, releasing there asks
for the tie (Esc or releasing elsewhere cancels).

Moving actors is Qt's own item dragging; the controller makes their ties and hulls follow and
reports the new positions once, at the release.

Fast drag: while actors are dragged, everything that does not move is drawn from a picture taken
when the drag began, and only the moving actors, their ties and their clusters are painted
again at each step. The rest of the map sits in one layer item whose opacity goes to 0 for the
drag, so Qt skips it without visiting its thousands of items.

MapScene owns one GestureController and hands it its mouse events; the controller knows the
scene only as a QGraphicsScene with the map's items in a SceneIndex.
"""

from __future__ import annotations

from typing import Protocol, TypeGuard, runtime_checkable

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QGraphicsScene, QGraphicsSceneMouseEvent

from netmap.ui.canvas.items import ActorItem, ClusterHeadingItem, ClusterItem, TieItem
from netmap.ui.canvas.owner import Owner
from netmap.ui.canvas.scene_index import SceneIndex

__all__ = ["FastDrag", "GestureController", "Moves", "StillPicture", "TieDrag", "actor_at", "cluster_at",
           "is_actor", "tie_at"]

Moves = dict[int, tuple[float, float]]
"""Actor id -> its new (x, y), rounded to 1/100 of a map unit."""


def is_actor(item: QGraphicsItem | None) -> TypeGuard[ActorItem]:
    return isinstance(item, ActorItem) and not item.ghost


def actor_at(scene: QGraphicsScene, pos: QPointF) -> ActorItem | None:
    """The actor (no ghost) at `pos`, the topmost one."""
    for item in scene.items(pos):
        if is_actor(item):
            return item
    return None


def cluster_at(scene: QGraphicsScene, pos: QPointF) -> ClusterItem | None:
    """The cluster whose heading is at `pos` (the hull itself takes no clicks)."""
    for item in scene.items(pos):
        if isinstance(item, ClusterHeadingItem):
            return item.cluster_item
    return None


def tie_at(scene: QGraphicsScene, pos: QPointF) -> TieItem | None:
    for item in scene.items(pos):
        if isinstance(item, TieItem) and not item.ghost:
            return item
    return None


@runtime_checkable
class StillPicture(Protocol):
    """A view that can paint the still part of the map from a picture during a drag (MapView)."""

    def capture_static(self, moving: list[QGraphicsItem]) -> None: ...

    def release_static(self) -> None: ...


class TieDrag:
    """One tie being drawn from `source`."""

    def __init__(self, scene: QGraphicsScene, source: ActorItem, line_scale: float) -> None:
        self.scene = scene
        self.source = source
        self.target: ActorItem | None = None
        pen = QPen(QColor("#1565c0"), 2.5 * line_scale, Qt.PenStyle.DashLine)
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
        target = actor_at(self.scene, pos)
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
        if self.line.scene() is self.scene:
            self.scene.removeItem(self.line)
        return target


class FastDrag:
    """Moves the items that change during a drag out of the still `layer`, and back afterwards."""

    def __init__(self, scene: QGraphicsScene, layer: QGraphicsItem, movers: list[ActorItem]) -> None:
        self.scene = scene
        self.layer = layer
        dynamic: dict[int, QGraphicsItem] = {}
        for actor in movers:
            dynamic[id(actor)] = actor
            for tie in actor.ties:
                dynamic[id(tie)] = tie
            for cluster in actor.clusters:
                dynamic[id(cluster)] = cluster
                dynamic[id(cluster.heading)] = cluster.heading
        self.items: list[QGraphicsItem] = list(dynamic.values())
        self.views = [v for v in scene.views() if isinstance(v, StillPicture)]
        for view in self.views:
            view.capture_static(self.items)
        # A full update first: Qt then skips collecting the dirty areas of thousands of items
        # (a region of thousands of rectangles costs more than painting the view once).
        scene.update()
        for item in self.items:
            item.setParentItem(None)  # type: ignore[arg-type]  # None takes it off the layer; the stubs omit it
        layer.setOpacity(0.0)

    def end(self) -> None:
        self.scene.update()  # see __init__
        for item in self.items:
            if item.scene() is self.scene:
                item.setParentItem(self.layer)
        self.layer.setOpacity(1.0)
        for view in self.views:
            view.release_static()
        self.items = []


class GestureController:
    """The gestures of one scene: the scene calls the `press`/`move`/`release` steps around Qt's
    own handling of its mouse events; `finish_tie` gives the ends of a tie asked for, `released`
    the actors moved (once, at the end of a drag)."""

    def __init__(self, scene: QGraphicsScene, index: SceneIndex) -> None:
        self._scene = Owner(scene)
        self._index = index
        self.tie_mode = False
        self._tie_drag: TieDrag | None = None
        self._fast_drag: FastDrag | None = None
        self._press_positions: dict[int, QPointF] | None = None

    @property
    def dragging(self) -> bool:
        """A fast drag is on (its picture of the map would go stale if the labels moved now)."""
        return self._fast_drag is not None

    def end(self) -> None:
        """Data changes end a drag in progress (its picture of the map would be stale)."""
        self.end_fast_drag()
        if self._tie_drag is not None:
            self._tie_drag.finish()
            self._tie_drag = None

    def end_fast_drag(self) -> None:
        """Paint normally from now on (the view's zoom or scroll changed during a drag)."""
        if self._fast_drag is not None:
            self._fast_drag.end()
            self._fast_drag = None

    # == the steps of a mouse event; True: the gesture took the event, Qt's handling is skipped =========

    def press(self, event: QGraphicsSceneMouseEvent, line_scale: float) -> bool:
        """Before Qt's press: a press on an actor with the tie tool or Shift starts a tie."""
        self._press_positions = None
        if event.button() == Qt.MouseButton.LeftButton and (
                self.tie_mode or event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            source = actor_at(self._scene(), event.scenePos())
            if source is not None:
                self.end()
                self._tie_drag = TieDrag(self._scene(), source, line_scale)
                event.accept()
                return True
        return False

    def pressed(self, event: QGraphicsSceneMouseEvent) -> None:
        """After Qt's press: an actor grabbed the mouse, so the selected actors may be moved."""
        scene = self._scene()
        if event.button() == Qt.MouseButton.LeftButton and is_actor(scene.mouseGrabberItem()):
            self._press_positions = {i.actor_id: i.pos() for i in scene.selectedItems() if is_actor(i)}

    def move(self, event: QGraphicsSceneMouseEvent, layer: QGraphicsItem, fast_from: int) -> bool:
        """Before Qt's move: the rubber line of a tie follows; a drag of actors on a map of at least
        `fast_from` actors and ties starts the fast drag, with the still map in `layer`."""
        if self._tie_drag is not None:
            self._tie_drag.move(event.scenePos())
            event.accept()
            return True
        if (self._press_positions and self._fast_drag is None
                and event.buttons() & Qt.MouseButton.LeftButton and self._index.size() >= fast_from):
            actors = self._index.actors
            movers = [actors[i] for i in self._press_positions if i in actors]
            self._fast_drag = FastDrag(self._scene(), layer, movers)
        return False

    def moved(self) -> None:
        """After Qt's move: Qt moved the selected actors; their ties and hulls follow (each hull once)."""
        if not self._press_positions:
            return
        clusters: set[ClusterItem] = set()
        for actor_id in self._press_positions:
            item = self._index.actors.get(actor_id)
            if item is not None:
                for tie in item.ties:
                    tie.update_geometry()
                clusters.update(item.clusters)
        for cluster in clusters:
            cluster.update_hull()

    @property
    def drawing_tie(self) -> bool:
        return self._tie_drag is not None

    def finish_tie(self, event: QGraphicsSceneMouseEvent) -> tuple[int, int] | None:
        """Instead of Qt's release while `drawing_tie`: the tie's (source, target) actor ids if it
        ended on another actor."""
        drag, self._tie_drag = self._tie_drag, None
        event.accept()
        target = drag.finish() if drag is not None else None
        if drag is None or target is None:
            return None
        return drag.source.actor_id, target.actor_id

    def released(self) -> Moves:
        """After Qt's release: the moved actors' new places (none if nothing moved)."""
        start, self._press_positions = self._press_positions, None
        self.end_fast_drag()
        moved: Moves = {}
        if not start:
            return moved
        for actor_id, before in start.items():
            item = self._index.actors.get(actor_id)
            if item is not None and item.pos() != before:
                moved[actor_id] = (round(item.pos().x(), 2), round(item.pos().y(), 2))
        return moved

    def escape(self) -> bool:
        """Esc: a tie being drawn is dropped."""
        if self._tie_drag is None:
            return False
        self._tie_drag.finish()
        self._tie_drag = None
        return True
