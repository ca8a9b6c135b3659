"""Drawing the analysis overlays (overlays.py) onto the map's items, and the legend of what is drawn.

A measure sizes and colours the actors, a highlight puts halos around actors and ties, a comparison
gives new actors and ties a green halo, changed actors an amber one, brings removed ones back as grey
dashed ghosts and mutes everything else. MapScene owns the model and calls these with its index.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem

from netmap.domain import Actor
from netmap.render import legend
from netmap.render.map_rules import MUTED_ACTOR, MUTED_TIE, measure_shares
from netmap.render.style import MapStyle
from netmap.ui.canvas.items import ActorItem, TieItem
from netmap.ui.canvas.overlays import Comparison, Highlight
from netmap.ui.canvas.scene_index import SceneIndex

__all__ = ["legend_entries", "mark_comparison", "paint_highlight", "paint_measure", "unmark_comparison"]


def paint_measure(index: SceneIndex, style: MapStyle, measure: dict[int, float] | None) -> None:
    """Size and colour the actors by `measure` (None: back to influence and category)."""
    if measure is None:
        for item in index.actors.values():
            if item._measure is not None:
                item.apply_style(style, None)
    else:
        scaled = measure_shares(measure)
        for actor_id, item in index.actors.items():
            item.apply_style(style, scaled.get(actor_id, 0.0))
    for cluster in index.clusters.values():
        cluster.update_hull()


def paint_highlight(index: SceneIndex, style: MapStyle, old: Highlight, new: Highlight) -> None:
    """Halos from `old` to `new`."""
    colour = style.highlight_colour(new.mode)
    for actor_id in old.actors - new.actors:
        if actor_id in index.actors:
            index.actors[actor_id].set_halo("highlight", None)
    for tie_id in old.ties - new.ties:
        if tie_id in index.ties:
            index.ties[tie_id].set_halo(None)
    for actor_id in new.actors:
        if actor_id in index.actors:
            index.actors[actor_id].set_halo("highlight", colour)
    for tie_id in new.ties:
        if tie_id in index.ties:
            index.ties[tie_id].set_halo(colour)


def mark_comparison(index: SceneIndex, style: MapStyle, comparison: Comparison, layer: QGraphicsItem,
                    make_ghost: Callable[[Actor], ActorItem]) -> None:
    """Mark the map's items by `comparison` and add ghosts (from `make_ghost`) under `layer`."""
    marks = comparison.marks({actor_id: item.actor for actor_id, item in index.actors.items()})
    green, amber = style.highlight_colour("new"), style.highlight_colour("changed")
    for actor_id, item in index.actors.items():
        if actor_id in marks.new_actors:
            item.set_halo("overlay", green)
        elif actor_id in marks.changed_actors:
            item.set_halo("overlay", amber)
        elif comparison.mute:
            item.setOpacity(MUTED_ACTOR)
    for tie_item in index.ties.values():
        if marks.tie_is_new(tie_item.tie):
            tie_item.set_halo(green)
        elif comparison.mute:
            tie_item.setOpacity(MUTED_TIE)
    ghosts: dict[int, ActorItem] = {}
    for actor in comparison.removed_actors:
        ghost = make_ghost(actor)
        ghost.setParentItem(layer)
        index.ghost_actors.append(ghost)
        if actor.id is not None:
            ghosts[actor.id] = ghost
    for tie in comparison.removed_ties:
        source = ghosts.get(tie.source) or index.actors.get(tie.source)
        target = ghosts.get(tie.target) or index.actors.get(tie.target)
        if source is None or target is None or source is target:
            continue
        ghost_tie = TieItem(tie, source, target, style, ghost=True)
        index.add_tie(ghost_tie)
        ghost_tie.setParentItem(layer)


def unmark_comparison(index: SceneIndex, style: MapStyle, highlight: Highlight,
                    drop_tie: Callable[[TieItem], object], drop_actor: Callable[[ActorItem], None]) -> None:
    """Take the ghosts off (through the scene's `drop_tie` and `drop_actor`) and every mark of a
    comparison; the `highlight` stays."""
    for tie in list(index.ghost_ties):
        drop_tie(tie)
    for ghost in index.ghost_actors:
        drop_actor(ghost)
    index.ghost_actors.clear()
    colour = style.highlight_colour(highlight.mode)
    for item in index.actors.values():
        item.set_halo("overlay", None)
        item.setOpacity(1.0)
    for tie_item in index.ties.values():
        tie_item.set_halo(colour if tie_item.tie_id in highlight.ties else None)
        tie_item.setOpacity(1.0)


def legend_entries(index: SceneIndex, style: MapStyle, measure: dict[int, float] | None
                   ) -> list[tuple[str, QColor | QPen]]:
    """The legend of what is on the map now (render.legend, as on the poster)."""
    return legend.legend_entries(style, {item.actor.category for item in index.actors.values()},
                                 {item.tie.kind for item in index.ties.values()}, measured=measure is not None)
