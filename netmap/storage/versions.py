"""No edit silently overwrites another: optimistic concurrency for team mode.

Every actor, tie and cluster row carries a version, who wrote it, and who changed which attribute
last (schema.Versioned, `authors`). An open Project remembers the versions it has read
(`VersionTracker`). Every update is a three-way merge: the edit's `base` (what it was made on),
the user's version (`mine`) and the row as stored now. Only the attributes in which `mine`
differs from `base` are written, over the stored row; another user's change to any other
attribute survives. When someone else changed one of those attributes since `base`, the edit is
refused with a `ConflictError` that names who changed that attribute last, and nothing is written.

Undo and redo pass their base explicitly (what the undone step wrote), so they restore exactly
the attributes that step changed. No check is skipped because this session wrote the row last:
that shortcut once let an undo write a stale row whole over a colleague's rename. Nor is an
attribute exempt because this session changed it last: its own undo may have put back a
colleague's value, which an older undo must then not overwrite. The base already holds this
session's own writes (the tracker remembers them), so they never conflict with themselves.

On a project file only one process writes (the lock), so the base is always what is stored.
Project info and catalogues carry no version: they are compared by content.
"""

from __future__ import annotations

import dataclasses
import getpass
import socket
import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from netmap.domain import (
    Actor,
    CatalogueEntry,
    CatalogueKind,
    Cluster,
    ProjectInfo,
    Tie,
)
from netmap.errors import ConflictError, InvalidEditError, item_word
from netmap.i18n import tr
from netmap.storage.rows import RowMeta, Stamp

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

__all__ = ["VersionTracker", "changed_attributes", "who"]

Item = TypeVar("Item", Actor, Tie, Cluster)

_SKIP = {"id", "version"}
_POSITION = ("x", "y")  # one attribute to a user: moved together, named together
_LIMIT = 200_000  # remembered versions before old ones are forgotten


def _fields(item: DataclassInstance) -> list[str]:
    return [f.name for f in dataclasses.fields(item) if f.name not in _SKIP]


def _differs(name: str, a: object, b: object) -> bool:
    if name == "members":  # a set: stored sorted and without repeats, given in any order
        return set(getattr(a, name)) != set(getattr(b, name))
    return bool(getattr(a, name) != getattr(b, name))


def changed_attributes(a: DataclassInstance, b: DataclassInstance) -> list[str]:
    """The attributes in which `a` and `b` differ (x and y together, as the position)."""
    names = [name for name in _fields(a) if _differs(name, a, b)]
    if any(n in _POSITION for n in names):
        names = [n for n in names if n not in _POSITION] + list(_POSITION)
    return names


def who() -> str:
    """This user and computer as recorded with each change: "user@host"."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return f"{user}@{socket.gethostname()}"


def _merged_members(base: tuple[int, ...], mine: tuple[int, ...], stored: tuple[int, ...]) -> tuple[int, ...]:
    """Cluster members as a set merge: whom I added and removed, applied to the stored members."""
    removed, added = set(base) - set(mine), [m for m in mine if m not in set(base)]
    return tuple(dict.fromkeys([m for m in stored if m not in removed] + added))


class VersionTracker:
    """What one open Project has seen and written, and the checks made before each write."""

    def __init__(self) -> None:
        self.session = uuid.uuid4().hex
        self.editor = who()
        self._seen: dict[tuple[str, int, int], Any] = {}
        self._latest: dict[tuple[str, int], int] = {}
        self._written: dict[tuple[str, int], int] = {}
        self._info: ProjectInfo | None = None
        self._catalogues: dict[CatalogueKind, list[CatalogueEntry]] = {}

    def stamp(self) -> Stamp:
        return {"changed_by": self.editor, "changed_at": datetime.now().replace(microsecond=0),
                "edit_session": self.session}

    # -- remembering ---------------------------------------------------------------------

    def saw(self, what: str, items: list[Any]) -> None:
        """Remember items as read from the project (the bases of later edits)."""
        if len(self._seen) > _LIMIT:
            self._seen = {k: v for k, v in self._seen.items() if self._latest.get(k[:2]) == k[2]}
        for item in items:
            if item.id is not None and item.version:
                self._seen[(what, item.id, item.version)] = item
                key = (what, item.id)
                if item.version > self._latest.get(key, 0):
                    self._latest[key] = item.version

    def wrote(self, what: str, item: Any, version: int) -> None:
        stored = item.with_changes(version=version)
        self.saw(what, [stored])
        self._written[(what, item.id)] = version

    def saw_info(self, info: ProjectInfo) -> None:
        self._info = info

    def saw_catalogues(self, catalogues: dict[CatalogueKind, list[CatalogueEntry]]) -> None:
        self._catalogues.update({kind: list(entries) for kind, entries in catalogues.items()})

    def knows(self, what: str, item_id: int) -> bool:
        return (what, item_id) in self._latest

    def last_seen(self, what: str, item_id: int) -> Any:
        """The newest version of an item this session has read or written (None if none)."""
        return self._seen.get((what, item_id, self._latest.get((what, item_id), 0)))

    # -- checking --------------------------------------------------------------------------

    def resolve(self, what: str, name: str, mine: Item, stored: Item | None, meta: RowMeta | None,
                base: Item | None = None) -> tuple[Item, list[str]]:
        """What to write for the edit `mine` (made on `base`) of the row now `stored`, and the
        attributes that changes; raises ConflictError.

        Without `base` the edit is taken to be made on the version `mine` carries; an item never
        read from a project (version 0, scripts) changes every attribute in which it differs from
        the stored row."""
        if stored is None or meta is None:
            if mine.version or base is not None or (mine.id is not None and self.knows(what, mine.id)):
                raise self.removed(what, mine.id, name)
            raise InvalidEditError(tr("Errors", "there is no {0} with id {1}").format(item_word(what), mine.id))
        assert mine.id is not None
        self.saw(what, [stored])  # the base of "apply my version" after a conflict
        name = getattr(stored, "name", name)  # as the other user left it
        given = base is not None
        if base is None:
            base = self._base(what, mine, stored, meta, self._seen.get((what, mine.id, mine.version)))
        ours = changed_attributes(base, mine)
        written = self._written.get((what, mine.id), 0)
        if not ours and not given and written > mine.version and (what, mine.id, written) in self._seen:
            # A previous version handed back whole after this session changed the row (the old way
            # of undoing, still used by scripts): it is measured against that own change instead.
            # Never with an explicit base: an undo of a step that stored nothing changes nothing,
            # and measured so it would write the row as read then (a colleague's since undone
            # name) over this session's later write.
            base = self._seen[(what, mine.id, written)]
            ours = changed_attributes(base, mine)
        theirs = changed_attributes(base, stored)
        clash = [f for f in ours if f in theirs and f != "members" and _differs(f, mine, stored)]
        if clash:
            self._refuse(what, name, mine, stored, meta, clash, ours)
        values = {f: getattr(mine, f) for f in ours}
        if isinstance(base, Cluster) and isinstance(mine, Cluster) and isinstance(stored, Cluster) \
                and "members" in ours and "members" in theirs:
            values["members"] = _merged_members(base.members, mine.members, stored.members)
        changed = [f for f in values if _differs(f, stored, stored.with_changes(**{f: values[f]}))]
        return stored.with_changes(**values), changed

    def _base(self, what: str, mine: Item, stored: Item, meta: RowMeta, seen: Item | None) -> Item:
        """The version `mine` was made on: as read (its version), or the stored row for an item
        never read from a project; an unknown older version is refused, naming where it differs.

        Then nothing tells which of those differences are the user's and which a colleague's, so
        the refusal names none as the user's (`yours` empty): "apply my version" is not offered,
        as it would write the stale copy over the colleague's change."""
        if not mine.version or meta.version == mine.version:
            return stored
        if seen is not None:
            return seen
        self._refuse(what, getattr(stored, "name", ""), mine, stored, meta, changed_attributes(stored, mine), ())
        raise AssertionError  # _refuse raises

    def check_position(self, name: str, stored: Actor, meta: RowMeta, x: float, y: float,
                       expected: tuple[float, float] | None = None) -> None:
        """A move conflicts only with someone else's move of the same actor since the position
        `expected` (an undo: where the undone move put it) or, without it, since this session
        last saw the actor."""
        assert stored.id is not None
        if (x, y) == (stored.x, stored.y):
            return
        if expected is not None:  # every difference counts: this session's own later moves were undone first
            moved = (stored.x, stored.y) != tuple(expected)
        else:  # this session's own moves since its remembered base are no colleague's
            base = self.last_seen("actor", stored.id)
            moved = base is not None and (base.x, base.y) != (stored.x, stored.y) \
                and meta.author("x").session != self.session
        if moved:
            self._refuse("actor", name, stored.with_changes(x=x, y=y), stored, meta, list(_POSITION), _POSITION)

    def check_removal(self, what: str, name: str, stored: Any, meta: RowMeta, expected: Any = None, *,
                      unseen: bool = False) -> None:
        """Removing what someone else changed since `expected` (an undo of an addition: what was
        added) or since this session saw it is refused; with `unseen`, so is removing another
        user's row this session has never seen (a tie that would go with its actor)."""
        base = expected if expected is not None else self.last_seen(what, stored.id)
        if base is None:
            if unseen and meta.author("*").session != self.session:
                self._refuse(what, name, None, stored, meta, ["*"], ())
            return
        theirs = changed_attributes(base, stored)
        if expected is None:
            # Against the remembered base, this session's own later edits (a redo after an undone
            # import, say) are no colleague's work. Against `expected` every difference counts:
            # this session's own undo may have put back a colleague's value.
            theirs = [f for f in theirs if meta.author(f).session != self.session]
        if theirs:
            self._refuse(what, name, None, stored, meta, theirs, ())

    def check_unchanged(self, what: str, name: str, planned: Any, stored: Any, meta: RowMeta | None) -> None:
        """Strict check for a prepared plan (an import): the row must still be as planned. Whoever
        changed it since, this session included (a phone's proposal approved meanwhile), the plan
        would write its old values back over that change."""
        if meta is None or stored is None:
            raise ConflictError(what, name, [], mine=planned, theirs=None)
        if planned.version and meta.version != planned.version:
            changed = changed_attributes(planned, stored)
            if changed:
                self._refuse(what, name, planned, stored, meta, changed, ())

    def check_info(self, mine: ProjectInfo, stored: ProjectInfo, base: ProjectInfo | None = None) -> ProjectInfo:
        """Project info as a three-way merge over `base` (default: as last read)."""
        base = base if base is not None else self._info
        if base is None or stored == base:
            return mine
        theirs, ours = changed_attributes(base, stored), changed_attributes(base, mine)
        if any(getattr(mine, f) != getattr(stored, f) for f in set(theirs) & set(ours)):
            raise ConflictError("project info", stored.name, [(f, getattr(stored, f), getattr(mine, f))
                                                              for f in theirs], mine=mine, theirs=stored,
                                yours=tuple(ours))
        return dataclasses.replace(stored, **{f: getattr(mine, f) for f in ours})

    def check_catalogue(self, kind: CatalogueKind, mine: list[CatalogueEntry], stored: list[CatalogueEntry],
                        base: list[CatalogueEntry] | None = None) -> None:
        """A catalogue is replaced whole: refused when someone else changed it since `base`."""
        base = base if base is not None else self._catalogues.get(kind)
        if base is None or stored == base or mine == stored:
            return
        before = {e.key: e for e in base}
        now = {e.key: e for e in stored}
        changed = [(key, now.get(key), before.get(key)) for key in sorted(set(before) | set(now))
                   if before.get(key) != now.get(key)]
        raise ConflictError("catalogue", str(kind), changed, mine=mine, theirs=stored)

    def removed(self, what: str, item_id: int | None, name: str = "") -> ConflictError:
        """The error for an edit of something another user has removed (named as last seen)."""
        last = self.last_seen(what, item_id) if item_id is not None else None
        return ConflictError(what, getattr(last, "name", "") or name or f"#{item_id}", [], mine=None, theirs=None)

    def _refuse(self, what: str, name: str, mine: Any, stored: Any, meta: RowMeta, fields: list[str],
                yours: tuple[str, ...] | list[str]) -> None:
        changes: list[tuple[str, object, object]] = []
        authors: dict[str, str] = {}
        for f in fields:
            if f == "y" and "x" in fields:
                continue
            if f == "*":  # the whole row is new to this session
                authors[""] = meta.author(f).by
                continue
            if f in _POSITION:
                changes.append(("position", (stored.x, stored.y), (mine.x, mine.y) if mine is not None else None))
            else:
                changes.append((f, getattr(stored, f), getattr(mine, f) if mine is not None else None))
            authors[changes[-1][0]] = meta.author(f).by
        names = [a for a in dict.fromkeys(meta.author(f).by for f in fields) if a]
        at = max((meta.author(f).at for f in fields), default="")
        raise ConflictError(what, name, changes, mine=mine, theirs=stored, by=", ".join(names), at=at,
                            authors=authors, yours=tuple(yours))
