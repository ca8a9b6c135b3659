"""The room's votes as a part of the scene: which actor gets a tower (room_tower.py draws it).

One object the scene owns, given the index's actors and a callback for the label declutter
instead of the scene's private attributes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from netmap.participation.votes import RoomView
from netmap.ui.canvas.items import ActorItem
from netmap.ui.canvas.room_tower import RoomTowerItem
from netmap.ui.canvas.scene_index import SceneIndex

__all__ = ["RoomVotes"]


class RoomVotes:
    """The towers beside the actors of `index`: `set_room` puts one beside each actor the room
    rated; `changed` runs after the towers changed (labels keep clear of them)."""

    def __init__(self, index: SceneIndex, changed: Callable[[], None]) -> None:
        self._actors = index.actors
        self._room: dict[str, RoomView] = {}
        self._request_declutter = changed

    def set_room(self, views: Mapping[str, RoomView]) -> None:
        """The room's votes by actor uid (from `room_views`); actors without influence votes get none."""
        room = {uid: view for uid, view in views.items() if view.median is not None}
        if room == self._room:
            return  # an edit of the map that changed no vote: nothing to redraw
        self._room = room
        for item in self._actors.values():
            self._show_tower(item)
        self._request_declutter()  # labels keep clear of the towers

    def show(self, item: ActorItem) -> None:
        """The tower of a new actor, if the room rated it."""
        if self._room:
            self._show_tower(item)

    def _show_tower(self, item: ActorItem) -> None:
        view = self._room.get(item.actor.uid)
        tower = item.tower
        if view is None:
            if tower is not None:
                item.set_tower(None)
        elif not isinstance(tower, RoomTowerItem):
            item.set_tower(RoomTowerItem(item, view))
        else:
            tower.set_view(view)

    @property
    def room_rated(self) -> bool:
        """Some actor on the map shows the room's votes (the legend explains the tower then)."""
        return any(item.tower is not None for item in self._actors.values())

    def room_tower(self, actor_id: int) -> RoomTowerItem | None:
        item = self._actors.get(actor_id)
        tower = item.tower if item is not None else None
        return tower if isinstance(tower, RoomTowerItem) else None
