"""The edits of the map itself: actors, ties, clusters, the project facts and the catalogues.

Each edit only calls edit operations of `Project`, which check the rules, commit at once and
announce the change. Undo and redo pass what the step wrote as the `base`/`expected` version,
so in team mode a colleague's later change is never overwritten unseen (ConflictError instead).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Generic, TypeVar

from netmap.domain import Actor, CatalogueEntry, CatalogueKind, Cluster, ProjectInfo, Tie
from netmap.edits.base import Edit, Label, quoted
from netmap.i18n import tr
from netmap.project import Project, RemovedActors, Revision

__all__ = [
    "AddActors", "AddCluster", "AddTies", "MoveActors", "RemoveCluster", "RemoveItems", "SetCatalogue", "SetInfo",
    "UpdateActors", "UpdateCluster", "UpdateTie", "edit_for_version",
]

Point = tuple[float, float]
Item = TypeVar("Item", Actor, Tie, Cluster)


class AddActors(Edit):
    """Add actors, and optionally ties among them (a paste): `ties` refer to actors by list index."""

    def __init__(self, actors: Sequence[Actor], ties: Sequence[tuple[int, int, Tie]] = (),
                 label: Label | None = None) -> None:
        super().__init__(label)
        self._actors = list(actors)
        self._ties = list(ties)
        self.added: list[Actor] = []
        self.added_ties: list[Tie] = []

    def default_text(self) -> str:
        if len(self._actors) == 1:
            return tr("Commands", "Add actor {0}").format(quoted(self._actors[0].name))
        return tr("Commands", "Add actors ({0})").format(len(self._actors))

    def apply(self, project: Project) -> None:
        if self.added:  # redo: the same actors and ties come back with the same ids
            project.restore_actors(RemovedActors(self.added, self.added_ties))
            return
        with project.batch():  # the actors and their ties, or nothing
            added = project.add_actors(self._actors)
            ids = _stored_ids(added)
            ties = [t.with_changes(source=ids[i], target=ids[j], id=None) for i, j, t in self._ties]
            added_ties = project.add_ties(ties) if ties else []
        self.added, self.added_ties = added, added_ties

    def revert(self, project: Project) -> None:
        # Only as added: an actor someone else has changed since is not taken away unseen.
        project.remove_actors(self.ids, expected=self.added)

    @property
    def ids(self) -> list[int]:
        return [a.id for a in self.added if a.id is not None]


def _stored_ids(actors: Sequence[Actor]) -> list[int]:
    """The ids of actors just stored (the project gives every stored actor one)."""
    ids = [a.id for a in actors if a.id is not None]
    if len(ids) != len(actors):
        raise ValueError("an actor came back from the project without an id")
    return ids


class _Revise(Edit, Generic[Item]):
    """Store new versions of actors, ties or clusters. Undo and redo change back exactly the
    attributes the edit changed, merged with what is stored then (`Revision.undoing`), so a
    colleague's later change of another attribute survives. Consecutive edits of the same
    `attribute` of the same items (a spin box stepped up three times) merge into one step."""

    def __init__(self, items: Sequence[Item], label: Label | None, attribute: str) -> None:
        super().__init__(label)
        self._new: list[Item] = list(items)
        self._revisions: list[Revision[Item]] = []
        self._redo: list[tuple[Item, Item]] = []  # (base, target) of each item for a redo
        self.attribute = attribute

    def apply(self, project: Project) -> None:
        with project.batch():
            if self._redo:
                revisions = [project.revise(target, base=base) for base, target in self._redo]
            else:
                revisions = [project.revise(item) for item in self._new]
        self._revisions = revisions

    def revert(self, project: Project) -> None:
        with project.batch():
            undone = [project.revise(target, base=base) for base, target in
                      (r.undoing() for r in self._revisions)]
        self._redo = [r.undoing() for r in undone]

    def merge(self, later: Edit) -> bool:
        if (type(later) is not type(self) or not isinstance(later, _Revise) or not self.attribute
                or later.attribute != self.attribute or [i.id for i in later._new] != [i.id for i in self._new]):
            return False
        self._new = later._new
        self._revisions = [a.then(b) for a, b in zip(self._revisions, later._revisions)]
        return True


class UpdateActors(_Revise[Actor]):
    """Store new versions of one or more actors (see _Revise)."""

    def __init__(self, actors: Sequence[Actor], label: Label | None = None, attribute: str = "") -> None:
        super().__init__(actors, label, attribute)

    def default_text(self) -> str:
        if len(self._new) == 1:
            return tr("Commands", "Edit actor {0}").format(quoted(self._new[0].name))
        return tr("Commands", "Edit actors ({0})").format(len(self._new))


class UpdateTie(_Revise[Tie]):
    def __init__(self, tie: Tie, label: Label | None = None, attribute: str = "") -> None:
        super().__init__([tie], label, attribute)

    def default_text(self) -> str:
        return tr("Commands", "Edit tie")


class UpdateCluster(_Revise[Cluster]):
    def __init__(self, cluster: Cluster, label: Label | None = None, attribute: str = "") -> None:
        super().__init__([cluster], label, attribute)

    def default_text(self) -> str:
        return tr("Commands", "Edit cluster {0}").format(quoted(self._new[0].name))


class MoveActors(Edit):
    """Move actors (a drag, or a layout) as one step. Moves by hand (`by_hand`: drags) of the same
    actors one right after the other are one step: dragging an actor twice is undone at once, back
    to where the first drag found it. A layout stays a step of its own."""

    def __init__(self, positions: dict[int, Point], label: Label | None = None, by_hand: bool = False) -> None:
        super().__init__(label)
        self._new = dict(positions)
        self._old: dict[int, Point] = {}
        self._made = False
        self.by_hand = by_hand

    def default_text(self) -> str:
        return tr("Commands", "Move actors ({0})").format(len(self._new))

    def apply(self, project: Project) -> None:
        if not self._made:
            self._old = project.move_actors(self._new)
            self._made = True
        else:  # redo: the actors must still be where the undo put them
            project.move_actors(self._new, expected=self._old)

    def revert(self, project: Project) -> None:
        project.move_actors(self._old, expected=self._new)

    def merge(self, later: Edit) -> bool:
        if (not isinstance(later, MoveActors) or not (self.by_hand and later.by_hand)
                or set(later._new) != set(self._new) or not (self._made and later._made)):
            return False
        self._new = dict(later._new)  # the first move's old positions stay: undo goes back to them
        return True


class AddTies(Edit):
    def __init__(self, ties: Sequence[Tie], label: Label | None = None) -> None:
        super().__init__(label)
        self._ties = list(ties)
        self.added: list[Tie] = []

    def default_text(self) -> str:
        return tr("Commands", "Add tie") if len(self._ties) == 1 else \
            tr("Commands", "Add ties ({0})").format(len(self._ties))

    def apply(self, project: Project) -> None:
        self.added = project.add_ties(self.added or self._ties)  # redo keeps the ids

    def revert(self, project: Project) -> None:
        project.remove_ties([t.id for t in self.added if t.id is not None], expected=self.added)


class RemoveItems(Edit):
    """Delete actors (with their ties and cluster memberships) and ties; undo brings all of it back."""

    def __init__(self, actor_ids: Sequence[int], tie_ids: Sequence[int] = (), label: Label | None = None) -> None:
        super().__init__(label)
        self._actor_ids = list(actor_ids)
        self._tie_ids = list(tie_ids)
        self._removed: RemovedActors | None = None
        self._removed_ties: list[Tie] = []

    def default_text(self) -> str:
        if self._actor_ids:
            return tr("Commands", "Delete actors ({0})").format(len(self._actor_ids))
        return tr("Commands", "Delete ties ({0})").format(len(self._tie_ids))

    def apply(self, project: Project) -> None:
        # Ties of removed actors go with them; only the others are removed on their own.
        actors = set(self._actor_ids)
        lone = [t.id for t in project.ties(self._tie_ids)
                if t.id is not None and t.source not in actors and t.target not in actors] if self._tie_ids else []
        with project.batch():
            self._removed_ties = project.remove_ties(lone) if lone else []
            self._removed = project.remove_actors(self._actor_ids) if self._actor_ids else None

    def revert(self, project: Project) -> None:
        with project.batch():
            if self._removed is not None:
                project.restore_actors(self._removed)
            if self._removed_ties:
                project.add_ties(self._removed_ties)


class AddCluster(Edit):
    def __init__(self, cluster: Cluster, label: Label | None = None) -> None:
        super().__init__(label)
        self._cluster = cluster
        self.added: Cluster | None = None

    def default_text(self) -> str:
        return tr("Commands", "Group as cluster {0}").format(quoted(self._cluster.name))

    def apply(self, project: Project) -> None:
        self.added = project.add_cluster(self.added or self._cluster)  # redo keeps the id

    def revert(self, project: Project) -> None:
        assert self.added is not None and self.added.id is not None
        project.remove_cluster(self.added.id, expected=self.added)


class RemoveCluster(Edit):
    def __init__(self, cluster_id: int, label: Label | None = None) -> None:
        super().__init__(label)
        self._cluster_id = cluster_id
        self._removed: Cluster | None = None

    def default_text(self) -> str:
        return tr("Commands", "Dissolve cluster")

    def apply(self, project: Project) -> None:
        self._removed = project.remove_cluster(self._cluster_id)

    def revert(self, project: Project) -> None:
        assert self._removed is not None
        project.add_cluster(self._removed)


class SetInfo(Edit):
    def __init__(self, info: ProjectInfo, label: Label | None = None) -> None:
        super().__init__(label)
        self._new = info
        self._step: tuple[ProjectInfo, ProjectInfo] | None = None  # (before, after) of the last apply/revert
        self._redo: tuple[ProjectInfo, ProjectInfo] | None = None  # (base, target) of a redo

    def default_text(self) -> str:
        return tr("Commands", "Edit project info")

    def apply(self, project: Project) -> None:
        if self._redo is None:
            self._step = project.revise_info(self._new)
        else:
            self._step = project.revise_info(self._redo[1], base=self._redo[0])

    def revert(self, project: Project) -> None:
        assert self._step is not None
        base, target = _undoing(*self._step)
        self._redo = _undoing(*project.revise_info(target, base=base))


class SetCatalogue(Edit):
    def __init__(self, kind: CatalogueKind, entries: Sequence[CatalogueEntry], label: Label | None = None) -> None:
        super().__init__(label)
        self.kind = kind
        self._new = list(entries)
        self._old: list[CatalogueEntry] | None = None

    def default_text(self) -> str:
        return tr("Commands", "Edit catalogue")

    def apply(self, project: Project) -> None:
        # Redo: the catalogue must still be as the undo left it.
        old = project.set_catalogue(self.kind, self._new, base=self._old)
        if self._old is None:
            self._old = old

    def revert(self, project: Project) -> None:
        assert self._old is not None
        project.set_catalogue(self.kind, self._old, base=self._new)


def _undoing(before: ProjectInfo, after: ProjectInfo) -> tuple[ProjectInfo, ProjectInfo]:
    """(base, target) that take back the change from `before` to `after`, field by field."""
    changed = [f.name for f in dataclasses.fields(before) if getattr(before, f.name) != getattr(after, f.name)]
    return after, after.with_changes(**{f: getattr(before, f) for f in changed})


def edit_for_version(item: object) -> Edit | None:
    """The edit that stores `item` (an actor, tie, cluster or project info) as it is: used to apply
    one's own version again after a conflict with another user."""
    if isinstance(item, Actor):
        return UpdateActors([item])
    if isinstance(item, Tie):
        return UpdateTie(item)
    if isinstance(item, Cluster):
        return UpdateCluster(item)
    if isinstance(item, ProjectInfo):
        return SetInfo(item)
    return None
