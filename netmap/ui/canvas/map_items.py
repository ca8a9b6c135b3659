"""Making the map's items: actors, ties and clusters of the domain as Qt items in the scene's index.

MapScene owns one MapItems: it keeps the map's look (`style`) and the layer every item hangs under,
makes, updates and removes the items of actors, ties and clusters, and keeps the index (scene_index.py)
in step. The scene decides when (a change from the project, a zoom) and tells the other parts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from netmap.domain import Actor, Cluster, Tie
from netmap.render.clusters import arrange_headings
from netmap.render.ties import spread_parallel
from netmap.ui.canvas.detail import LevelOfDetail
from netmap.ui.canvas.items import ActorItem, ClusterItem, TieItem
from netmap.ui.canvas.owner import Owner
from netmap.ui.canvas.scene_index import Pair, SceneIndex, pair_of
from netmap.render.style import MapStyle

__all__ = ["MapItems"]


class MapItems:
    """The items of the map on `scene`, in `index`, labelled as `detail` says; `cached`: actors
    paint from a pixmap cache."""

    def __init__(self, scene: QGraphicsScene, index: SceneIndex, detail: LevelOfDetail, style: MapStyle, *,
                 cached: bool) -> None:
        self._scene = Owner(scene)
        self._index = index
        self._detail = detail
        self.style = style
        self.cached = cached
        self.show_tower: Callable[[ActorItem], None] | None = None  # the room's votes beside new actors
        self.layer = self._new_layer()

    def _new_layer(self) -> QGraphicsRectItem:
        layer = QGraphicsRectItem()
        layer.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        layer.setPen(QPen(Qt.PenStyle.NoPen))
        self._scene().addItem(layer)
        return layer

    def clear(self) -> None:
        """Every item off the scene at once (a new layer for the next map)."""
        self._index.clear()
        old = self.layer
        self._scene().removeItem(old)
        del old
        self.layer = self._new_layer()

    def restyle(self) -> None:
        """Every item in the current `style`."""
        for item in self._index.actor_items():
            item.apply_style(self.style)
            self.set_tooltip(item)
        for tie in self._index.tie_items():
            tie.apply_style(self.style)
        for cluster in self._index.clusters.values():
            cluster.apply_style(self.style)

    def set_cached(self, on: bool) -> None:
        self.cached = on
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if on else QGraphicsItem.CacheMode.NoCache
        for item in self._index.actor_items():
            item.setCacheMode(mode)

    def show_labels(self, shown: bool, factor: float) -> None:
        """Labels shown or not, grown by `factor` (and the cluster headings with them)."""
        for item in self._index.actor_items():
            item.set_label_shown(shown)
            if shown:
                item.set_label_scale(factor)
        for cluster in self._index.clusters.values():
            cluster.set_heading_scale(factor)
        self.arrange_headings()

    def set_hit_margin(self, margin: float) -> None:
        for item in self._index.actors.values():
            item.set_hit_margin(margin)

    # == actors ================================================================================

    def actor_item(self, actor: Actor, ghost: bool = False) -> ActorItem:
        """A new item for `actor` (a ghost: a removed actor in a comparison), not yet on the map."""
        detail = self._detail
        item = ActorItem(actor, self.style, ghost=ghost, label_shown=detail.labels_shown,
                         label_scale=detail.label_scale, cached=self.cached)
        self.set_tooltip(item)
        return item

    def add_actors(self, actors: Iterable[Actor]) -> None:
        known = self._index.actors
        for number, actor in enumerate(actors):
            if actor.id is None:
                actor = actor.with_changes(id=-(len(known) + number + 1))
            item = self.actor_item(actor)
            item.setParentItem(self.layer)
            item.set_hit_margin(self._detail.hit_margin)
            known[item.actor_id] = item
            if self.show_tower is not None:
                self.show_tower(item)

    def upsert_actors(self, actors: Sequence[Actor]) -> list[Actor]:
        """Update the known actors (their hulls follow); returns the new ones, made too."""
        new = []
        touched: set[ClusterItem] = set()
        for actor in actors:
            item = self._index.actors.get(actor.id) if actor.id is not None else None
            if item is None:
                new.append(actor)
            else:
                item.set_actor(actor)
                self.set_tooltip(item)
                touched.update(item.clusters)
        if new:
            self.add_actors(new)
        for cluster in touched:
            cluster.update_hull()
        if touched:
            self.arrange_headings()
        return new

    def remove_actors(self, ids: Iterable[int]) -> None:
        """Actors off the map, with the ties drawn to them."""
        for actor_id in list(ids):
            item = self._index.actors.pop(actor_id, None)
            if item is None:
                continue
            for tie in list(item.ties):
                self.drop_tie(tie)
            for cluster in list(item.clusters):
                cluster.set_members([m for m in cluster.members if m is not item])
            self._scene().removeItem(item)

    def set_tooltip(self, item: ActorItem) -> None:
        a = item.actor
        text = a.name
        if a.category:
            text += f"\n{self.style.category_label(a.category)}"
        if not item.ghost:
            text += "\n" + QCoreApplication.translate(
                "MapScene", "Drag: move · Shift+drag to another actor: new tie · Double-click: edit")
        item.setToolTip(text)

    # == ties ==================================================================================

    def add_ties(self, ties: Iterable[Tie]) -> None:
        """New ties, and known ones changed (redrawn, or made again when their ends changed)."""
        spread: set[Pair] = set()
        index = self._index
        for tie in ties:
            if tie.id is None:
                continue
            item = index.ties.get(tie.id)
            if item is not None and (item.tie.source, item.tie.target) == (tie.source, tie.target):
                item.set_tie(tie)
                continue
            if item is not None:
                spread.add(self.drop_tie(item))
            source, target = index.actors.get(tie.source), index.actors.get(tie.target)
            if source is None or target is None or source is target:
                continue
            item = TieItem(tie, source, target, self.style)
            item.setParentItem(self.layer)
            if index.add_tie(item):
                spread.add(pair_of(tie))
        for pair in spread:
            self._spread_parallel(pair)

    def remove_ties(self, ids: Iterable[int]) -> None:
        spread = set()
        for tie_id in list(ids):
            item = self._index.ties.get(tie_id)
            if item is not None:
                spread.add(self.drop_tie(item))
        for pair in spread:
            self._spread_parallel(pair)

    def _spread_parallel(self, pair: Pair) -> None:
        """Ties between the same two actors side by side, not on top of each other."""
        parallel = self._index.parallel(pair)
        spread_parallel([tie.figure for tie in parallel], pair[0], self.style.line_scale)
        for tie in parallel:
            tie.update_geometry()

    def drop_tie(self, item: TieItem) -> Pair:
        """Take a tie off the map; returns its pair of actors (whose other ties may move)."""
        pair = self._index.forget_tie(item)
        if item.scene() is self._scene():
            self._scene().removeItem(item)
        return pair

    # == clusters ==============================================================================

    def set_clusters(self, clusters: Sequence[Cluster]) -> None:
        """Replace all clusters (they are few; hulls follow their members from then on)."""
        known = self._index.clusters
        for item in known.values():
            item.set_members([])
            self._scene().removeItem(item.heading)
            self._scene().removeItem(item)
        known.clear()
        actors = self._index.actors
        for number, cluster in enumerate(clusters):
            item = ClusterItem(cluster, self.style, number, self._detail.label_scale)
            item.setParentItem(self.layer)
            item.heading.setParentItem(self.layer)
            item.set_members(actors[m] for m in cluster.members if m in actors)
            known[item.cluster_id] = item
        self.arrange_headings()

    def arrange_headings(self) -> None:
        """Headings of overlapping hulls one above the other (render.clusters.arrange_headings, the
        poster's rule too)."""
        clusters = list(self._index.clusters.values())
        arrange_headings([c.figure for c in clusters], lambda i: clusters[i].update_hull())

    def content_rect(self) -> QRectF:
        """Every actor with its label, every hull and heading, as they are now."""
        rect = QRectF()
        clusters = self._index.clusters.values()
        for item in [*self._index.actor_items(), *clusters, *(c.heading for c in clusters)]:
            rect = rect.united(item.sceneBoundingRect())
        return rect
