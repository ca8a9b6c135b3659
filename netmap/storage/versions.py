"""No edit silently overwrites another: optimistic concurrency for team mode.

Every actor, tie and cluster row carries a version and who wrote it (schema.Versioned). An open
Project remembers the versions it has read (`VersionTracker`). An edit whose object is the stored
version, or whose row this same session wrote last (its own undo and redo), is written as it is.
Otherwise someone else changed the row in between, and the edit is compared with the version it
was based on (three-way): attributes only one side changed are merged; when both changed the same
attribute, or the base is unknown, `ConflictError` names what the other user changed, keeps the
refused version (`mine`) for the user to apply again, and nothing is written.

On a project file only one process writes (the lock), so a check finds its own session and costs
one comparison. Project info and catalogues carry no version: they are compared by content.
"""

from __future__ import annotations

import dataclasses
import getpass
import socket
import uuid
from datetime import datetime
from typing import Any, TypeVar

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

__all__ = ["VersionTracker"]

Item = TypeVar("Item", Actor, Tie, Cluster)

_SKIP = {"id", "version"}
_LIMIT = 200_000  # remembered versions before old ones are forgotten


def _fields(item: object) -> list[str]:
    return [f.name for f in dataclasses.fields(item) if f.name not in _SKIP]  # type: ignore[arg-type]


def _diff(a: object, b: object) -> list[str]:
    return [name for name in _fields(a) if getattr(a, name) != getattr(b, name)]


def _who() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return f"{user}@{socket.gethostname()}"


class VersionTracker:
    """What one open Project has seen and written, and the checks made before each write."""

    def __init__(self) -> None:
        self.session = uuid.uuid4().hex
        self.editor = _who()
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

    # -- checking --------------------------------------------------------------------------

    def resolve(self, what: str, name: str, mine: Item, stored: Item | None, meta: RowMeta | None) -> Item:
        """What to write for the edit `mine` of the row now `stored`; raises ConflictError."""
        if stored is None or meta is None:
            if mine.version or (mine.id is not None and self.knows(what, mine.id)):
                last_seen = self._seen.get((what, mine.id, self._latest.get((what, mine.id), 0)))  # type: ignore[arg-type]
                raise ConflictError(what, getattr(last_seen, "name", name), [], mine=mine, theirs=None)
            raise InvalidEditError(tr("Errors", "there is no {0} with id {1}").format(item_word(what), mine.id))
        if not mine.version or meta.version == mine.version or meta.edit_session == self.session:
            return mine
        name = getattr(stored, "name", name)  # as the other user left it
        assert mine.id is not None
        base_version = max(mine.version, self._written.get((what, mine.id), 0))
        base = self._seen.get((what, mine.id, base_version))
        if base is None:
            self._refuse(what, name, mine, stored, meta, _diff(stored, mine))
        theirs, ours = _diff(base, stored), _diff(base, mine)
        if any(getattr(mine, f) != getattr(stored, f) for f in set(theirs) & set(ours)):
            self._refuse(what, name, mine, stored, meta, theirs)
        return stored.with_changes(**{f: getattr(mine, f) for f in ours})

    def check_position(self, name: str, stored: Actor, meta: RowMeta, x: float, y: float) -> None:
        """A move conflicts only with someone else's move of the same actor since this session saw it."""
        assert stored.id is not None
        latest = self._latest.get(("actor", stored.id))
        if meta.edit_session == self.session or latest is None or latest == meta.version:
            return
        base = self._seen.get(("actor", stored.id, latest))
        theirs = _diff(base, stored) if base is not None else ["x", "y"]
        if ("x" in theirs or "y" in theirs) and (x, y) != (stored.x, stored.y):
            self._refuse("actor", name, stored.with_changes(x=x, y=y), stored, meta, theirs)

    def check_removal(self, what: str, name: str, stored: Any, meta: RowMeta) -> None:
        """Removing what someone else changed since this session saw it is refused."""
        latest = self._latest.get((what, stored.id))
        if meta.edit_session == self.session or latest is None or latest == meta.version:
            return
        base = self._seen.get((what, stored.id, latest))
        self._refuse(what, name, None, stored, meta, _diff(base, stored) if base is not None else [])

    def check_unchanged(self, what: str, name: str, planned: Any, stored: Any, meta: RowMeta | None) -> None:
        """Strict check for a prepared plan (an import): the row must still be the planned version."""
        if meta is None or stored is None:
            raise ConflictError(what, name, [], mine=planned, theirs=None)
        if planned.version and meta.version != planned.version and meta.edit_session != self.session:
            self._refuse(what, name, planned, stored, meta, _diff(planned, stored))

    def check_info(self, mine: ProjectInfo, stored: ProjectInfo) -> ProjectInfo:
        base = self._info
        if base is None or stored == base:
            return mine
        theirs, ours = _diff(base, stored), _diff(base, mine)
        if any(getattr(mine, f) != getattr(stored, f) for f in set(theirs) & set(ours)):
            raise ConflictError("project info", stored.name, [(f, getattr(stored, f), getattr(mine, f))
                                                              for f in theirs], mine=mine, theirs=stored)
        return dataclasses.replace(stored, **{f: getattr(mine, f) for f in ours})

    def check_catalogue(self, kind: CatalogueKind, mine: list[CatalogueEntry], stored: list[CatalogueEntry]) -> None:
        base = self._catalogues.get(kind)
        if base is None or stored == base or mine == stored:
            return
        before = {e.key: e for e in base}
        now = {e.key: e for e in stored}
        changed = [(key, now.get(key), before.get(key)) for key in sorted(set(before) | set(now))
                   if before.get(key) != now.get(key)]
        raise ConflictError("catalogue", str(kind), changed, mine=mine, theirs=stored)

    def _refuse(self, what: str, name: str, mine: Any, stored: Any, meta: RowMeta, fields: list[str]) -> None:
        changes = [(f, getattr(stored, f), getattr(mine, f) if mine is not None else None) for f in fields]
        at = meta.changed_at.strftime("%Y-%m-%d %H:%M") if meta.changed_at else ""
        raise ConflictError(what, name, changes, mine=mine, theirs=stored, by=meta.changed_by, at=at)
