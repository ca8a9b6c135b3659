"""The scene's mouse and keyboard gestures (a mixin of MapScene); see the scene's docstring.

Drawing a tie: with the tie tool on (`set_tie_mode(True)`) or holding Shift, press on an actor and
drag to another actor; moving actors: Qt's own item dragging, with the ties and hulls following and
one `actorsMoved` at the end; double-clicks: add an actor, open an actor, a cluster or a tie.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from netmap.ui.canvas.gestures import FastDrag, TieDrag, is_actor

if TYPE_CHECKING:
    from netmap.ui.canvas.items import ActorItem, ClusterItem

__all__ = ["SceneGestures"]


class SceneGestures:
    """Mouse and keyboard handling of a MapScene (which provides the signals and the items)."""

    # Provided by MapScene.
    _actors: dict[int, ActorItem]
    _tie_mode: bool
    _tie_drag: TieDrag | None
    _fast_drag: FastDrag | None
    _press_positions: dict[int, QPointF] | None
    FAST_DRAG_MIN_ITEMS: int

    def set_tie_mode(self, on: bool) -> None:
        """The tie tool: dragging from an actor draws a tie instead of moving it."""
        if on != self._tie_mode:
            self._tie_mode = on
            self.tieModeChanged.emit(on)

    def tie_mode(self) -> bool:
        return self._tie_mode

    def _end_gestures(self) -> None:
        """Data changes end a drag in progress (its picture of the map would be stale)."""
        if self._fast_drag is not None:
            self._fast_drag.end()
            self._fast_drag = None
        if self._tie_drag is not None:
            self._tie_drag.finish()
            self._tie_drag = None

    def end_fast_drag(self) -> None:
        """The view's zoom or scroll changed during a drag: paint normally from now on."""
        if self._fast_drag is not None:
            self._fast_drag.end()
            self._fast_drag = None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press_positions = None
        if event.button() == Qt.MouseButton.LeftButton and (
                self._tie_mode or event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            source = self.actor_at(event.scenePos())
            if source is not None:
                self._end_gestures()
                self._tie_drag = TieDrag(self, source)
                event.accept()
                return
        super().mousePressEvent(event)
        grabber = self.mouseGrabberItem()
        if event.button() == Qt.MouseButton.LeftButton and is_actor(grabber):
            self._press_positions = {i.actor_id: i.pos() for i in self.selectedItems() if is_actor(i)}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._tie_drag is not None:
            self._tie_drag.move(event.scenePos())
            event.accept()
            return
        if (self._press_positions and self._fast_drag is None
                and event.buttons() & Qt.MouseButton.LeftButton
                and len(self._actors) + len(self._ties) >= self.FAST_DRAG_MIN_ITEMS):
            movers = [self._actors[i] for i in self._press_positions if i in self._actors]
            self._fast_drag = FastDrag(self, movers)
        super().mouseMoveEvent(event)
        if self._press_positions:
            # Qt moved the selected actors; their ties and hulls follow (each hull once).
            clusters: set[ClusterItem] = set()
            for actor_id in self._press_positions:
                item = self._actors.get(actor_id)
                if item is not None:
                    for tie in item.ties:
                        tie.update_geometry()
                    clusters.update(item.clusters)
            for cluster in clusters:
                cluster.update_hull()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._tie_drag is not None:
            drag, self._tie_drag = self._tie_drag, None
            target = drag.finish()
            event.accept()
            if target is not None:
                self.tieRequested.emit(drag.source.actor_id, target.actor_id)
            return
        super().mouseReleaseEvent(event)
        start, self._press_positions = self._press_positions, None
        if self._fast_drag is not None:
            self._fast_drag.end()
            self._fast_drag = None
        if start:
            moved = {}
            for actor_id, before in start.items():
                item = self._actors.get(actor_id)
                if item is not None and item.pos() != before:
                    moved[actor_id] = (round(item.pos().x(), 2), round(item.pos().y(), 2))
            if moved:
                self._mean_spacing = None
                if any(self._actors[i].clusters for i in moved):
                    self._arrange_headings()
                self._update_scene_rect()
                self.actorsMoved.emit(moved)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        pos = event.scenePos()
        actor = self.actor_at(pos)
        event.accept()
        if actor is not None:
            self.actorActivated.emit(actor.actor_id)
            return
        cluster = self.cluster_at(pos)
        if cluster is not None:
            self.clusterActivated.emit(cluster.cluster_id)
            return
        tie = self.tie_at(pos)
        if tie is not None:
            self.tieActivated.emit(tie.tie_id)
            return
        self.addActorRequested.emit(pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._tie_drag is not None:
            self._tie_drag.finish()
            self._tie_drag = None
            event.accept()
            return
        super().keyPressEvent(event)
