"""The scene's index: which item draws which actor, tie and cluster, and the comparison's ghosts.

MapScene makes the Qt items and puts them on the canvas; this index keeps them findable by id, links
each tie to its two actors and knows which ties run between the same two actors (they are drawn
side by side). The gesture controller, the label declutter and the analysis overlays read the
items through it, never through the scene's private attributes. It draws nothing itself.
"""

from __future__ import annotations

from netmap.domain import Tie
from netmap.ui.canvas.items import ActorItem, ClusterItem, TieItem

__all__ = ["Pair", "SceneIndex", "pair_of"]

Pair = tuple[int, int]
"""Two actor ids, the smaller first: the ties between them, whichever way they point."""


def pair_of(tie: Tie) -> Pair:
    return (min(tie.source, tie.target), max(tie.source, tie.target))


class SceneIndex:
    """The items of one map by id: `actors`, `ties`, `clusters`, and the ghosts of a comparison."""

    def __init__(self) -> None:
        self.actors: dict[int, ActorItem] = {}
        self.ties: dict[int, TieItem] = {}
        self.clusters: dict[int, ClusterItem] = {}
        self.ghost_actors: list[ActorItem] = []
        self.ghost_ties: list[TieItem] = []
        self._pairs: dict[Pair, list[TieItem]] = {}

    def actor_items(self) -> list[ActorItem]:
        """Every actor drawn, the ghosts of removed ones included."""
        return [*self.actors.values(), *self.ghost_actors]

    def tie_items(self) -> list[TieItem]:
        """Every tie drawn, the ghosts of removed ones included."""
        return [*self.ties.values(), *self.ghost_ties]

    def size(self) -> int:
        """Actors and ties of the map (what a drag would have to paint)."""
        return len(self.actors) + len(self.ties)

    def add_tie(self, item: TieItem) -> bool:
        """Link `item` to its actors; True when its actors now have more than one tie between them."""
        item.source.ties.append(item)
        item.target.ties.append(item)
        if item.ghost:
            self.ghost_ties.append(item)
            return False
        self.ties[item.tie_id] = item
        parallel = self._pairs.setdefault(pair_of(item.tie), [])
        parallel.append(item)
        return len(parallel) > 1

    def forget_tie(self, item: TieItem) -> Pair:
        """Unlink `item` from its actors and the index; returns its pair (whose other ties may move)."""
        for end in (item.source, item.target):
            if item in end.ties:
                end.ties.remove(item)
        pair = pair_of(item.tie)
        if item.ghost:
            if item in self.ghost_ties:
                self.ghost_ties.remove(item)
        else:
            if self.ties.get(item.tie_id) is item:
                del self.ties[item.tie_id]
            parallel = self._pairs.get(pair)
            if parallel is not None and item in parallel:
                parallel.remove(item)
                if not parallel:
                    del self._pairs[pair]
        return pair

    def parallel(self, pair: Pair) -> list[TieItem]:
        """The ties between the two actors of `pair`, in the order of their ids."""
        return sorted(self._pairs.get(pair, ()), key=lambda t: t.tie_id)

    def clear(self) -> None:
        """Forget every item. Actors and their ties point at each other: unlinked, they are freed at
        once instead of waiting for Python's cycle collector (0.15 s for the 160,000 objects of
        5,000 actors)."""
        for item in self.actors.values():
            item.ties.clear()
        for cluster in self.clusters.values():
            cluster.set_members([])
        self.actors.clear()
        self.ties.clear()
        self._pairs.clear()
        self.clusters.clear()
        self.ghost_actors.clear()
        self.ghost_ties.clear()
