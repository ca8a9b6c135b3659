"""Presentation mode's room for names: actors spread apart on the projector, never stored.

On the wall every actor's name shows, at a size readable from the back row (the scene keeps
letters at least 1/50 of the screen height), and the whole map is on screen. At 1280×720 the
names of a 60-actor town do not fit between the actors where the group put them, so for the
projector each actor (its circle with its label below) is pushed apart from its neighbours
inside the screen's frame (netmap.overlap.separate), as little as needed: neighbours stay
neighbours. The project keeps its positions: leaving presentation (or any change of an actor,
which brings its stored position) puts everyone back, and the spread is made again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF

from netmap.overlap import Box, Group, overlapping_pairs, pack_groups, separate
from netmap.ui.canvas.items import ActorItem

__all__ = ["actor_box", "restore_positions", "spread_actors"]


def actor_box(item: ActorItem) -> Box:
    """The actor with its label below it, in scene coordinates."""
    left, top, right, bottom = item.label_extent()
    x, y = item.x(), item.y()
    return (x + left, y + top, x + right, y + bottom)


def spread_actors(items: Sequence[ActorItem], frame: QRectF, gap: float, heading_room: float = 0.0) -> int:
    """Move `items` (display only) so that no two actor boxes overlap and all stay in `frame`
    (`heading_room` below its top kept for the cluster headings when the actors stay where they
    are); returns how many pairs still overlap (0 when there was room)."""
    restore_positions(items)
    boxes = [actor_box(item) for item in items]
    if not boxes:
        return 0
    bounds = (frame.left(), frame.top(), frame.right(), frame.bottom())
    shifts = separate(boxes, (bounds[0], bounds[1] + heading_room, bounds[2], bounds[3]), gap=gap)
    moved = [(b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy) for b, (dx, dy) in zip(boxes, shifts)]
    if not overlapping_pairs(moved):
        _move(items, shifts)
        if not _headings_covered(items):
            return 0
        restore_positions(items)
    # No room where they are (or a cluster's heading under names): clusters as blocks in rows.
    r = HULL_ROOM
    inner = (bounds[0] + r, bounds[1] + r, bounds[2] - r, bounds[3] - r)
    shifts, _need = pack_groups(boxes, _groups(items), inner, gap=gap, group_gap=gap + 2 * r)
    _move(items, shifts)
    return len(overlapping_pairs([actor_box(item) for item in items]))


def _move(items: Sequence[ActorItem], shifts: Sequence[tuple[float, float]]) -> None:
    for item, (dx, dy) in zip(items, shifts):
        if dx or dy:
            item.setPos(item.x() + dx, item.y() + dy)
            item.moved()


def _headings_covered(items: Sequence[ActorItem]) -> bool:
    """Does an actor's box lie on a cluster heading (where the hulls now put them)?"""
    headings = {id(c): c.heading_area() for item in items for c in item.clusters}
    areas = [(h.left(), h.top(), h.right(), h.bottom()) for h in headings.values() if not h.isNull()]
    if not areas:
        return False
    boxes = [actor_box(item) for item in items]
    return any(min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])
               for a in areas for b in boxes)


HULL_ROOM = 40.0
"""Map units a cluster's hull reaches beyond its members' boxes (items.ClusterItem.update_hull)."""


def _groups(items: Sequence[ActorItem]) -> list[Group]:
    """Each cluster's members as a group with its heading's size; everyone else alone."""
    index = {id(item): k for k, item in enumerate(items)}
    by_cluster: dict[int, list[int]] = {}
    headings: dict[int, tuple[float, float]] = {}
    groups = []
    for k, item in enumerate(items):
        cluster = item.clusters[0] if item.clusters else None
        if cluster is None:
            groups.append(Group((k,)))
            continue
        key = id(cluster)
        by_cluster.setdefault(key, []).append(k)
        rect = cluster.heading_area()
        headings[key] = (rect.width(), rect.height())
    groups.extend(Group(tuple(m for m in members if m in index.values()), headings[key])
                  for key, members in by_cluster.items())
    return groups


def restore_positions(items: Sequence[ActorItem]) -> bool:
    """Everyone back where the project has them; True when anyone moved."""
    moved = False
    for item in items:
        if (item.x(), item.y()) != (item.actor.x, item.actor.y):
            item.setPos(item.actor.x, item.actor.y)
            item.moved()
            moved = True
    return moved
