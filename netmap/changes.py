"""What an edit changed: the notices a Project sends its listeners, and the records undo takes back.

Notices name their subject and action with enums (StrEnums, so code that still compares them
with the words "actor", "removed" … keeps working); `netmap.ui.session` turns them into Qt
signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

from netmap.domain import Actor, Cluster, Tie

__all__ = ["Action", "Change", "Item", "Listener", "RemovedActors", "Revision", "Subject"]


class Subject(StrEnum):
    """What a change notice is about. MAP: everything may have changed (an import, an undo of
    one, another user's edits, an erased person): read it all again."""

    ACTOR = "actor"
    TIE = "tie"
    CLUSTER = "cluster"
    INFO = "info"
    CATALOGUE = "catalogue"
    SNAPSHOT = "snapshot"
    MAP = "map"


class Action(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    REMOVED = "removed"
    REPLACED = "replaced"  # with Subject.MAP only


@dataclass(frozen=True)
class Change:
    """One notice: `what` had `action` done to it; `ids` are the actors', ties', clusters' or
    snapshots' ids (empty for info, catalogues and the whole map)."""

    what: Subject
    action: Action
    ids: tuple[int, ...] = ()


Listener = Callable[[Change], None]
Item = TypeVar("Item", Actor, Tie, Cluster)


@dataclass(frozen=True)
class RemovedActors:
    """Everything removing actors took with it, so that undo can put it all back."""

    actors: list[Actor]
    ties: list[Tie]
    memberships: dict[int, tuple[int, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Revision(Generic[Item]):
    """One stored update of an actor, tie or cluster: the row before and after it, and the
    attributes it changed (only those; another user's attributes merged in are not among them)."""

    before: Item
    after: Item
    changed: tuple[str, ...]

    def undoing(self) -> tuple[Item, Item]:
        """(base, target) of the update that takes this one back: the attributes it changed return
        to their old values, and nothing else is touched (`Project.revise(target, base=base)`)."""
        return self.after, self.after.with_changes(**{f: getattr(self.before, f) for f in self.changed})

    def then(self, later: Revision[Item]) -> Revision[Item]:
        """This update followed by `later` as one (merged undo steps)."""
        return Revision(self.before, later.after, tuple(dict.fromkeys(self.changed + later.changed)))
