"""The room's votes as a part of the scene: room_tower.RoomTowers working on the scene's index.

RoomTowers decides which actor gets a tower (room_tower.py); here it is one object the scene owns,
given the index's actors and a callback for the label declutter instead of the scene's private
attributes.
"""

from __future__ import annotations

from collections.abc import Callable

from netmap.participation.votes import RoomView
from netmap.ui.canvas.items import ActorItem
from netmap.ui.canvas.room_tower import RoomTowers
from netmap.ui.canvas.scene_index import SceneIndex

__all__ = ["RoomVotes"]


class RoomVotes(RoomTowers):
    """The towers beside the actors of `index`; `changed` runs after the towers changed (labels keep
    clear of them)."""

    def __init__(self, index: SceneIndex, changed: Callable[[], None]) -> None:
        self._actors = index.actors
        self._room: dict[str, RoomView] = {}
        self._request_declutter = changed

    def show(self, item: ActorItem) -> None:
        """The tower of a new actor, if the room rated it."""
        if self._room:
            self._show_tower(item)
