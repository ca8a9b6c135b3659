"""A workbook exported from a snapshot, edited, and imported into the live map: a three-way merge.

The snapshot is the common ancestor. What the workbook still has as in the snapshot was not edited
in Excel: the live map's value stands (it may have changed since). What the workbook changed is an
edit and wins. Actors and ties added to the map after the snapshot are not in the workbook, and are
kept; those of the snapshot that the workbook lacks were deleted in Excel.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import TypeVar

from netmap.domain import Actor, MapState, Tie

__all__ = ["rebase_on_snapshot"]

_IDENTITY = {"id", "uid", "source", "target", "version"}
T = TypeVar("T", Actor, Tie)


def rebase_on_snapshot(incoming: MapState, snapshot: MapState | None, current: MapState) -> MapState:
    """`incoming` with every value it did not change since `snapshot` taken from `current`, and
    with what `current` gained since `snapshot`. Ids are `incoming`'s (the reader gave matched
    actors the ids of `current`)."""
    if snapshot is None:
        return incoming
    then_actors = {a.uid: a for a in snapshot.actors}
    now_actors = {a.uid: a for a in current.actors}
    actors = [_rebased(a, then_actors.get(a.uid), now_actors.get(a.uid)) for a in incoming.actors]
    listed = {a.uid for a in incoming.actors}
    actors += [a for a in current.actors if a.uid not in then_actors and a.uid not in listed]
    then_ties = {t.uid: t for t in snapshot.ties}
    now_ties = {t.uid: t for t in current.ties}
    ties = [_rebased(t, then_ties.get(t.uid), now_ties.get(t.uid)) for t in incoming.ties]
    listed_ties = {t.uid for t in incoming.ties}
    ids = {a.id for a in actors}
    ties += [t for t in current.ties if t.uid not in then_ties and t.uid not in listed_ties
             and t.source in ids and t.target in ids]
    return replace(incoming, actors=actors, ties=ties)


def _rebased(item: T, then: T | None, now: T | None) -> T:
    if then is None or now is None:
        return item
    changes = {}
    for f in fields(item):
        if f.name in _IDENTITY:
            continue
        if getattr(item, f.name) == getattr(then, f.name):
            changes[f.name] = getattr(now, f.name)
    return replace(item, **changes)
