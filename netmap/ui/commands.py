"""Every user edit as one undoable command.

A command's `apply()` and `revert()` only call edit operations of `netmap.project.Project`, which
check the rules, commit at once and announce the change; the views follow those announcements.
`MapSession.execute()` applies a command first (so a refused edit never lands on the undo stack),
then pushes it; Qt's first `redo()` after the push is therefore skipped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand

from netmap.domain import (
    Actor,
    CatalogueEntry,
    CatalogueKind,
    Cluster,
    ProjectInfo,
    Tie,
)
from netmap.errors import BlockedError, NetMapError
from netmap.project import Project, RemovedActors, Revision
from netmap.ui.i18n import Wording

__all__ = [
    "AddActorsCommand", "AddClusterCommand", "AddTiesCommand", "CompositeCommand", "EditCommand",
    "MoveActorsCommand", "RemoveClusterCommand", "RemoveItemsCommand", "SetCatalogueCommand", "SetInfoCommand",
    "UpdateActorsCommand", "UpdateClusterCommand", "UpdateTieCommand", "command_for_version",
]

_UPDATE_ACTOR_ID = 1001
_UPDATE_TIE_ID = 1002
_UPDATE_CLUSTER_ID = 1003
_C = "Commands"
Text = str | Wording
"""An undo step's name: a Wording is translated again after a language switch, a str stays as it is."""


def _quoted(name: str, limit: int = 40) -> str:
    return "“" + (name if len(name) <= limit else name[: limit - 1] + "…") + "”"


class EditCommand(QUndoCommand):
    """Base of NetMap's commands: `apply()` makes the edit (raising when refused), `revert()` undoes it."""

    def __init__(self, project: Project, text: Text) -> None:
        super().__init__(str(text))
        self.wording = text if isinstance(text, Wording) else None
        self.project = project
        self._skip_redo = False
        self._skip_undo = False
        self.report_failure: Callable[[NetMapError], None] | None = None
        # Set by the session: runs a step so that the window keeps responding while the server
        # is waited for; reports an edit that had to wait in vain (BlockedError).
        self.runner: Callable[[Callable[[], None]], None] | None = None
        self.report_blocked: Callable[[BlockedError, bool], None] | None = None

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def set_wording(self, text: Text) -> None:
        self.wording = text if isinstance(text, Wording) else None
        self.setText(str(text))

    def retranslate(self) -> None:
        """The name in the language now installed (the undo menu after a language switch)."""
        if self.wording is not None:
            self.setText(str(self.wording))

    def mark_applied(self) -> None:
        """The edit was made by `apply()`; the redo() that QUndoStack.push() calls must not repeat it."""
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guarded(self.apply, undoing=False)

    def undo(self) -> None:
        if self._skip_undo:
            self._skip_undo = False
            return
        self._guarded(self.revert, undoing=True)

    def _guarded(self, step: Callable[[], None], undoing: bool) -> None:
        try:
            if self.runner is not None:
                self.runner(step)
            else:
                step()
        except BlockedError as exc:
            if self.report_blocked is None:
                raise
            # Nothing happened, yet the stack's index has moved: the session moves it back over
            # this command, which then must not act (the skip flag), and offers to try again.
            if undoing:
                self._skip_redo = True
            else:
                self._skip_undo = True
            self.report_blocked(exc, undoing)
        except NetMapError as exc:
            if self.report_failure is None:
                raise
            self.report_failure(exc)


class CompositeCommand(EditCommand):
    """Several edits as one undo step; when one is refused, those already made are undone."""

    def __init__(self, project: Project, text: Text, parts: Sequence[EditCommand]) -> None:
        super().__init__(project, text)
        self.parts = list(parts)

    def apply(self) -> None:
        done: list[EditCommand] = []
        try:
            for part in self.parts:
                part.apply()
                done.append(part)
        except NetMapError:
            for part in reversed(done):
                part.revert()
            raise

    def revert(self) -> None:
        for part in reversed(self.parts):
            part.revert()


class AddActorsCommand(EditCommand):
    """Add actors, and optionally ties among them (a paste): `ties` refer to actors by list index."""

    def __init__(self, project: Project, actors: Sequence[Actor],
                 ties: Sequence[tuple[int, int, Tie]] = (), text: Text = "") -> None:
        if not text:
            text = (Wording(_C, QT_TRANSLATE_NOOP("Commands", "Add actor {0}"), (_quoted(actors[0].name),))
                    if len(actors) == 1 else
                    Wording(_C, QT_TRANSLATE_NOOP("Commands", "Add actors ({0})"), (len(actors),)))
        super().__init__(project, text)
        self._actors = list(actors)
        self._ties = list(ties)
        self.added: list[Actor] = []
        self.added_ties: list[Tie] = []

    def apply(self) -> None:
        if self.added:  # redo: the same actors and ties come back with the same ids
            self.project.restore_actors(RemovedActors(self.added, self.added_ties))
            return
        with self.project.batch():  # the actors and their ties, or nothing
            added = self.project.add_actors(self._actors)
            ids = [a.id for a in added]
            ties = [t.with_changes(source=ids[i], target=ids[j], id=None) for i, j, t in self._ties]
            added_ties = self.project.add_ties(ties) if ties else []
        self.added, self.added_ties = added, added_ties

    def revert(self) -> None:
        # Only as added: an actor someone else has changed since is not taken away unseen.
        self.project.remove_actors([a.id for a in self.added if a.id is not None], expected=self.added)

    @property
    def ids(self) -> list[int]:
        return [a.id for a in self.added if a.id is not None]


class _ReviseCommand(EditCommand):
    """Store new versions of actors, ties or clusters. Undo and redo change back exactly the
    attributes the edit changed, merged with what is stored then (`Revision.undoing`), so a
    colleague's later change of another attribute survives; consecutive edits of the same
    attribute of the same items (a spin box stepped up three times) merge into one undo step."""

    def __init__(self, project: Project, items: Sequence[Actor | Tie | Cluster], text: Text, attribute: str) -> None:
        super().__init__(project, text)
        self._new = list(items)
        self._revisions: list[Revision] = []  # type: ignore[type-arg]
        self._redo: list[tuple[object, object]] = []
        self.attribute = attribute

    def apply(self) -> None:
        with self.project.batch():
            if self._redo:
                revisions = [self.project.revise(target, base=base) for base, target in self._redo]  # type: ignore[type-var]
            else:
                revisions = [self.project.revise(item) for item in self._new]
        self._revisions = revisions

    def revert(self) -> None:
        with self.project.batch():
            undone = [self.project.revise(target, base=base) for base, target in
                      (r.undoing() for r in self._revisions)]
        self._redo = [r.undoing() for r in undone]

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (type(other) is not type(self) or not self.attribute
                or other.attribute != self.attribute):  # type: ignore[attr-defined]
            return False
        assert isinstance(other, _ReviseCommand)
        if [i.id for i in other._new] != [i.id for i in self._new]:
            return False
        self._new = other._new
        self._revisions = [a.then(b) for a, b in zip(self._revisions, other._revisions)]
        return True


class UpdateActorsCommand(_ReviseCommand):
    """Store new versions of one or more actors (see _ReviseCommand)."""

    def __init__(self, project: Project, actors: Sequence[Actor], text: Text = "", attribute: str = "") -> None:
        if not text:
            text = (Wording(_C, QT_TRANSLATE_NOOP("Commands", "Edit actor {0}"), (_quoted(actors[0].name),))
                    if len(actors) == 1 else
                    Wording(_C, QT_TRANSLATE_NOOP("Commands", "Edit actors ({0})"), (len(actors),)))
        super().__init__(project, actors, text, attribute)

    def id(self) -> int:
        return _UPDATE_ACTOR_ID


class MoveActorsCommand(EditCommand):
    """Move actors (a drag, or a layout): one undo step for all of them."""

    def __init__(self, project: Project, positions: dict[int, tuple[float, float]], text: Text = "") -> None:
        super().__init__(project, text or Wording(_C, QT_TRANSLATE_NOOP("Commands", "Move actors ({0})"),
                                                  (len(positions),)))
        self._new = dict(positions)
        self._old: dict[int, tuple[float, float]] = {}

    def apply(self) -> None:
        if not self._old:
            self._old = self.project.move_actors(self._new)
        else:  # redo: the actors must still be where the undo put them
            self.project.move_actors(self._new, expected=self._old)

    def revert(self) -> None:
        self.project.move_actors(self._old, expected=self._new)


class AddTiesCommand(EditCommand):
    def __init__(self, project: Project, ties: Sequence[Tie], text: Text = "") -> None:
        if not text:
            text = (Wording(_C, QT_TRANSLATE_NOOP("Commands", "Add tie")) if len(ties) == 1
                    else Wording(_C, QT_TRANSLATE_NOOP("Commands", "Add ties ({0})"), (len(ties),)))
        super().__init__(project, text)
        self._ties = list(ties)
        self.added: list[Tie] = []

    def apply(self) -> None:
        self.added = self.project.add_ties(self.added or self._ties)  # redo keeps the ids

    def revert(self) -> None:
        self.project.remove_ties([t.id for t in self.added if t.id is not None], expected=self.added)


class UpdateTieCommand(_ReviseCommand):
    def __init__(self, project: Project, tie: Tie, text: Text = "", attribute: str = "") -> None:
        super().__init__(project, [tie], text or Wording(_C, QT_TRANSLATE_NOOP("Commands", "Edit tie")), attribute)

    def id(self) -> int:
        return _UPDATE_TIE_ID


class RemoveItemsCommand(EditCommand):
    """Delete actors (with their ties and cluster memberships) and ties; undo brings all of it back."""

    def __init__(self, project: Project, actor_ids: Sequence[int], tie_ids: Sequence[int] = (),
                 text: Text = "") -> None:
        if not text:
            text = (Wording(_C, QT_TRANSLATE_NOOP("Commands", "Delete actors ({0})"), (len(actor_ids),)) if actor_ids
                    else Wording(_C, QT_TRANSLATE_NOOP("Commands", "Delete ties ({0})"), (len(tie_ids),)))
        super().__init__(project, text)
        self._actor_ids = list(actor_ids)
        self._tie_ids = list(tie_ids)
        self._removed: RemovedActors | None = None
        self._removed_ties: list[Tie] = []

    def apply(self) -> None:
        # Ties of removed actors go with them; only the others are removed on their own.
        actors = set(self._actor_ids)
        lone = [t.id for t in self.project.ties(self._tie_ids)
                if t.id is not None and t.source not in actors and t.target not in actors] if self._tie_ids else []
        with self.project.batch():
            self._removed_ties = self.project.remove_ties(lone) if lone else []
            self._removed = self.project.remove_actors(self._actor_ids) if self._actor_ids else None

    def revert(self) -> None:
        with self.project.batch():
            if self._removed is not None:
                self.project.restore_actors(self._removed)
            if self._removed_ties:
                self.project.add_ties(self._removed_ties)


class AddClusterCommand(EditCommand):
    def __init__(self, project: Project, cluster: Cluster, text: Text = "") -> None:
        super().__init__(project, text or Wording(_C, QT_TRANSLATE_NOOP("Commands", "Group as cluster {0}"),
                                                  (_quoted(cluster.name),)))
        self._cluster = cluster
        self.added: Cluster | None = None

    def apply(self) -> None:
        self.added = self.project.add_cluster(self.added or self._cluster)  # redo keeps the id

    def revert(self) -> None:
        assert self.added is not None and self.added.id is not None
        self.project.remove_cluster(self.added.id, expected=self.added)


class UpdateClusterCommand(_ReviseCommand):
    def __init__(self, project: Project, cluster: Cluster, text: Text = "", attribute: str = "") -> None:
        super().__init__(project, [cluster], text or Wording(_C, QT_TRANSLATE_NOOP("Commands", "Edit cluster {0}"),
                                                             (_quoted(cluster.name),)), attribute)

    def id(self) -> int:
        return _UPDATE_CLUSTER_ID


class RemoveClusterCommand(EditCommand):
    def __init__(self, project: Project, cluster_id: int, text: Text = "") -> None:
        super().__init__(project, text or Wording(_C, QT_TRANSLATE_NOOP("Commands", "Dissolve cluster")))
        self._cluster_id = cluster_id
        self._removed: Cluster | None = None

    def apply(self) -> None:
        self._removed = self.project.remove_cluster(self._cluster_id)

    def revert(self) -> None:
        assert self._removed is not None
        self.project.add_cluster(self._removed)


class SetInfoCommand(EditCommand):
    def __init__(self, project: Project, info: ProjectInfo, text: Text = "") -> None:
        super().__init__(project, text or Wording(_C, QT_TRANSLATE_NOOP("Commands", "Edit project info")))
        self._new = info
        self._step: tuple[ProjectInfo, ProjectInfo] | None = None  # (before, after) of the last apply/revert
        self._redo: tuple[ProjectInfo, ProjectInfo] | None = None  # (base, target) of a redo

    def apply(self) -> None:
        if self._redo is None:
            self._step = self.project.revise_info(self._new)
        else:
            self._step = self.project.revise_info(self._redo[1], base=self._redo[0])

    def revert(self) -> None:
        assert self._step is not None
        base, target = _undoing(*self._step)
        self._redo = _undoing(*self.project.revise_info(target, base=base))


class SetCatalogueCommand(EditCommand):
    def __init__(self, project: Project, kind: CatalogueKind, entries: Sequence[CatalogueEntry],
                 text: Text = "") -> None:
        super().__init__(project, text or Wording(_C, QT_TRANSLATE_NOOP("Commands", "Edit catalogue")))
        self.kind = kind
        self._new = list(entries)
        self._old: list[CatalogueEntry] | None = None

    def apply(self) -> None:
        # Redo: the catalogue must still be as the undo left it.
        old = self.project.set_catalogue(self.kind, self._new, base=self._old)
        if self._old is None:
            self._old = old

    def revert(self) -> None:
        assert self._old is not None
        self.project.set_catalogue(self.kind, self._old, base=self._new)


def _undoing(before: ProjectInfo, after: ProjectInfo) -> tuple[ProjectInfo, ProjectInfo]:
    """(base, target) that take back the change from `before` to `after`, field by field."""
    changed = [f.name for f in dataclasses.fields(before) if getattr(before, f.name) != getattr(after, f.name)]
    return after, after.with_changes(**{f: getattr(before, f) for f in changed})


def command_for_version(project: Project, item: object) -> EditCommand | None:
    """The undoable command that stores `item` (an actor, tie, cluster or project info) as it is:
    used to apply one's own version again after a conflict with another user."""
    if isinstance(item, Actor):
        return UpdateActorsCommand(project, [item])
    if isinstance(item, Tie):
        return UpdateTieCommand(project, item)
    if isinstance(item, Cluster):
        return UpdateClusterCommand(project, item)
    if isinstance(item, ProjectInfo):
        return SetInfoCommand(project, item)
    return None

