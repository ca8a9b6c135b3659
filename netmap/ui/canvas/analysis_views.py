"""What the analysis shows on the map: a measure as size and colour, a highlight (gaps, what-if),
a comparison with a snapshot (new, changed, gone), and the legend of what is drawn.

A mixin of MapScene: it works on the scene's items (`_actors`, `_ties`, ...) and style.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem

from netmap.domain import Actor, Attitude, Tie
from netmap.render.drawing import in_catalogue_order as _in_order
from netmap.render.drawing import measure_shares as _shares
from netmap.ui.canvas.items import ActorItem, TieItem

if TYPE_CHECKING:
    from netmap.ui.canvas.items import ClusterItem
    from netmap.ui.canvas.style import MapStyle

__all__ = ["AnalysisViews"]


class AnalysisViews:
    """Measure, highlight, comparison overlay and legend of a MapScene."""

    # Provided by MapScene.
    style: MapStyle
    layer: QGraphicsItem
    _actors: dict[int, ActorItem]
    _ties: dict[int, TieItem]
    _clusters: dict[int, ClusterItem]
    _ghost_actors: list[ActorItem]
    _ghost_ties: list[TieItem]
    _measure: dict[int, float] | None
    _highlight: tuple[set[int], set[int], str]
    _overlay_on: bool
    _labels_shown: bool
    _label_scale: float
    _cached: bool

    def set_measure(self, values: dict[int, float] | None) -> None:
        """Size and colour actors by an analysis measure (None: back to influence and category)."""
        self._measure = dict(values) if values is not None else None
        self._apply_measure()

    @property
    def measure(self) -> dict[int, float] | None:
        return self._measure

    def _apply_measure(self) -> None:
        values = self._measure
        if values is None:
            for item in self._actors.values():
                if item._measure is not None:
                    item.apply_style(self.style, None)
        else:
            shares = _shares(values)
            for actor_id, item in self._actors.items():
                item.apply_style(self.style, shares.get(actor_id, 0.0))
        for cluster in self._clusters.values():
            cluster.update_hull()

    def set_highlight(self, actor_ids: Iterable[int], tie_ids: Iterable[int] = (), mode: str = "gap") -> None:
        """A halo around these actors and ties (gaps, what-if); empty sets clear it."""
        actors, ties = set(actor_ids), set(tie_ids)
        old_actors, old_ties, _ = self._highlight
        colour = self.style.highlight_colour(mode)
        for actor_id in old_actors - actors:
            if actor_id in self._actors:
                self._actors[actor_id].set_halo("highlight", None)
        for tie_id in old_ties - ties:
            if tie_id in self._ties:
                self._ties[tie_id].set_halo(None)
        for actor_id in actors:
            if actor_id in self._actors:
                self._actors[actor_id].set_halo("highlight", colour)
        for tie_id in ties:
            if tie_id in self._ties:
                self._ties[tie_id].set_halo(colour)
        self._highlight = (actors, ties, mode)

    def set_overlay(self, added_actors: Sequence[Actor] | None = None, removed_actors: Sequence[Actor] | None = None,
                    added_ties: Sequence[Tie] | None = None, removed_ties: Sequence[Tie] | None = None,
                    changed_actor_ids: Iterable[int] | None = None, *, mute: bool = True) -> None:
        """Compare with a snapshot: new actors and ties get a green halo, changed actors an amber
        one, removed ones come back as grey dashed ghosts, everything else is muted.
        All None (or `clear_overlay()`) ends the comparison."""
        self.clear_overlay()
        if all(x is None for x in (added_actors, removed_actors, added_ties, removed_ties, changed_actor_ids)):
            return
        self._end_gestures()
        self._overlay_on = True
        by_uid = {item.actor.uid: item for item in self._actors.values()}
        new_actor_items = {self._match(a, by_uid) for a in added_actors or ()} - {None}
        changed = {self._actors[i] for i in changed_actor_ids or () if i in self._actors}
        new_tie_ids = {t.id for t in added_ties or () if t.id is not None}
        new_tie_uids = {t.uid for t in added_ties or ()}
        green, amber = self.style.highlight_colour("new"), self.style.highlight_colour("changed")
        for item in self._actors.values():
            if item in new_actor_items:
                item.set_halo("overlay", green)
            elif item in changed:
                item.set_halo("overlay", amber)
            elif mute:
                item.setOpacity(0.35)
        for tie in self._ties.values():
            if tie.tie_id in new_tie_ids or tie.tie.uid in new_tie_uids:
                tie.set_halo(green)
            elif mute:
                tie.setOpacity(0.3)
        ghosts: dict[int, ActorItem] = {}
        for actor in removed_actors or ():
            ghost = ActorItem(actor, self.style, ghost=True, label_shown=self._labels_shown,
                             label_scale=self._label_scale, cached=self._cached)
            self._set_tooltip(ghost)
            ghost.setParentItem(self.layer)
            self._ghost_actors.append(ghost)
            if actor.id is not None:
                ghosts[actor.id] = ghost
        for tie in removed_ties or ():
            source = ghosts.get(tie.source) or self._actors.get(tie.source)
            target = ghosts.get(tie.target) or self._actors.get(tie.target)
            if source is None or target is None or source is target:
                continue
            item = TieItem(tie, source, target, self.style, ghost=True)
            source.ties.append(item)
            target.ties.append(item)
            item.setParentItem(self.layer)
            self._ghost_ties.append(item)
        self._update_scene_rect()

    def _match(self, actor: Actor, by_uid: dict[str, ActorItem]) -> ActorItem | None:
        item = self._actors.get(actor.id) if actor.id is not None else None
        if item is not None and item.actor.uid == actor.uid:
            return item
        return by_uid.get(actor.uid) or item

    def clear_overlay(self) -> None:
        if not self._overlay_on and not self._ghost_actors and not self._ghost_ties:
            return
        self._end_gestures()
        for tie in list(self._ghost_ties):
            self._drop_tie(tie)
        for ghost in self._ghost_actors:
            self.removeItem(ghost)
        self._ghost_actors.clear()
        highlighted_ties = self._highlight[1]
        colour = self.style.highlight_colour(self._highlight[2])
        for item in self._actors.values():
            item.set_halo("overlay", None)
            item.setOpacity(1.0)
        for tie in self._ties.values():
            tie.set_halo(colour if tie.tie_id in highlighted_ties else None)
            tie.setOpacity(1.0)
        self._overlay_on = False

    def ghost_actor_items(self) -> list[ActorItem]:
        return list(self._ghost_actors)

    def ghost_tie_items(self) -> list[TieItem]:
        return list(self._ghost_ties)

    # == legend ================================================================================

    def legend_entries(self) -> list[tuple[str, QColor | QPen]]:
        """(label, colour) for each category on the map, then (label, pen) for each tie kind on it,
        in catalogue order. With a measure on, the colour ramp replaces the categories."""
        entries: list[tuple[str, QColor | QPen]] = []
        if self._measure is not None:
            entries.append((self.style.word("lowest"), self.style.measure_colour(0.0)))
            entries.append((self.style.word("middle"), self.style.measure_colour(0.5)))
            entries.append((self.style.word("highest"), self.style.measure_colour(1.0)))
        else:
            used = {item.actor.category for item in self._actors.values()}
            for key in _in_order(used, self.style.category_order):
                entries.append((self.style.category_label(key), self.style.category_colour(key)))
        kinds = {item.tie.kind for item in self._ties.values()}
        for key in _in_order(kinds, self.style.kind_order):
            entries.append((self.style.tie_kind(key).label, QPen(self.style.tie_pen(key, 2))))
        return entries

    def attitude_legend(self) -> list[tuple[str, QPen]]:
        """(label, outline pen) for each attitude."""
        return [(self.style.attitude_label(a), self.style.attitude_pen(a)) for a in Attitude]
