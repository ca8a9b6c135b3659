"""The selection of the map in ids: Qt's selected items, the tables' choice and the picked labels in step.

Qt keeps which items are selected; the window and its tables speak of actor and tie ids. MapScene owns
one MapSelection: it selects actors by id (the tables, the rubber band), gives the ids once per
change, and keeps the labels of selected actors shown (the next declutter pass places them first).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsScene

from netmap.ui.canvas.gestures import is_actor
from netmap.ui.canvas.items import TieItem
from netmap.ui.canvas.owner import Owner
from netmap.ui.canvas.scene_index import SceneIndex

__all__ = ["MapSelection"]


class MapSelection:
    """The selection on `scene`; `update` tells of each change once."""

    def __init__(self, scene: QGraphicsScene, index: SceneIndex) -> None:
        self._scene = Owner(scene)
        self._index = index
        self._last: tuple[list[int], list[int]] = ([], [])
        self._selecting = False
        self._picked: set[int] = set()  # selected actors, whose labels always show

    def actor_ids(self) -> list[int]:
        return sorted(i.actor_id for i in self._scene().selectedItems() if is_actor(i))

    def tie_ids(self) -> list[int]:
        return sorted(i.tie_id for i in self._scene().selectedItems() if isinstance(i, TieItem) and not i.ghost)

    def select_actors(self, ids: Iterable[int]) -> None:
        """Select exactly these actors; one change reported at most."""
        self._selecting = True
        try:
            self._scene().clearSelection()
            for actor_id in ids:
                item = self._index.actors.get(actor_id)
                if item is not None:
                    item.setSelected(True)
        finally:
            self._selecting = False

    def select_in_rect(self, rect: QRectF, base: Iterable[int] = ()) -> bool:
        """The rubber band: select the actors whose circle touches `rect` (scene units), plus
        `base` (Ctrl extends a selection); True if the selection changed. Ties are selected by
        clicking them."""
        wanted = set(base)
        for actor_id, item in self._index.actors.items():
            p = item.pos()
            r = item.radius
            nx = min(max(p.x(), rect.left()), rect.right())
            ny = min(max(p.y(), rect.top()), rect.bottom())
            if (nx - p.x()) ** 2 + (ny - p.y()) ** 2 <= r * r:
                wanted.add(actor_id)
        if wanted != set(self.actor_ids()) or self.tie_ids():
            self.select_actors(sorted(wanted))
            return True
        return False

    def forget(self) -> None:
        """The items are gone (a new map): no label is picked any more."""
        self._picked.clear()

    def update(self) -> tuple[list[int], list[int]] | None:
        """Qt's selection changed (or items went): pick labels; the actor and tie ids if they changed."""
        if self._selecting:
            return None
        current = (self.actor_ids(), self.tie_ids())
        picked = set(current[0])
        if picked != self._picked:
            # Selected actors show their labels (over their neighbours) without moving others;
            # the next declutter pass places them first.
            for actor_id in self._picked ^ picked:
                item = self._index.actors.get(actor_id)
                if item is not None:
                    item.set_label_picked(actor_id in picked)
            self._picked = picked
        if current == self._last:
            return None
        self._last = current
        return list(current[0]), list(current[1])
