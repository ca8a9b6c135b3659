"""The one exception hierarchy of NetMap's core.

Each error says in one line what went wrong and where; the CLI prints it, the UI shows it. The
messages go through Qt's translation system (context "Errors"), so they read in the UI's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from netmap.i18n import tr


class NetMapError(Exception):
    """Base of every error NetMap reports to a user."""


class ProjectError(NetMapError):
    """A project cannot be opened or changed as asked."""


class NotAProjectError(ProjectError):
    def __init__(self, location: str, reason: str = "") -> None:
        self.location = location
        if reason:
            message = tr("Errors", "{0} is not a NetMap project: {1}").format(location, reason)
        else:
            message = tr("Errors", "{0} is not a NetMap project").format(location)
        super().__init__(message)


class SchemaTooNewError(ProjectError):
    def __init__(self, location: str, found: str, supported: str) -> None:
        self.location, self.found, self.supported = location, found, supported
        super().__init__(
            tr("Errors", "{0} was saved by a newer version of NetMap (schema {1}; this version knows up to "
                         "{2}). Please update NetMap to open it.").format(location, found, supported)
        )


class ProjectLockedError(ProjectError):
    """Someone holds the project's lock file. `quiet` says the holder is on another computer and has
    not renewed the lock for a while (its NetMap may have crashed or lost the network): only then does
    the app offer to open it anyway."""

    def __init__(self, location: str, user: str, host: str, since: str, *, lock_file: str = "",
                 quiet: bool = False) -> None:
        self.location, self.user, self.host, self.since = location, user, host, since
        self.lock_file, self.quiet = lock_file, quiet
        super().__init__(
            tr("Errors", "{0} is already open by {1} on {2} (since {3}); it can be opened read-only. "
                         "If NetMap no longer runs there, delete the lock file {4} to take the project over")
            .format(location, user, host, since.replace("T", " "), lock_file or location + ".lock")
        )


class FileProblem(StrEnum):
    """What went wrong with a project file underneath NetMap (storage/sqlite.py tells them apart)."""

    FULL = "full"
    WRITE_PROTECTED = "write-protected"
    DAMAGED = "damaged"
    UNREADABLE = "unreadable"


class StorageError(ProjectError):
    """The project file could not be written or read: one line with what happened, that nothing was
    changed (a failed transaction is rolled back whole) and what to do."""

    def __init__(self, location: str, problem: FileProblem, detail: str = "") -> None:
        self.location, self.problem, self.detail = location, problem, detail
        super().__init__(_storage_text(problem).format(location, detail))


def problem_words(problem: FileProblem) -> str:
    """A few words for `problem`, to be quoted inside another sentence."""
    words = {FileProblem.FULL: tr("Errors", "the disk is full"),
             FileProblem.WRITE_PROTECTED: tr("Errors", "the file is write-protected"),
             FileProblem.DAMAGED: tr("Errors", "the file is damaged"),
             FileProblem.UNREADABLE: tr("Errors", "the file could not be read or written")}
    return words[problem]


def _storage_text(problem: FileProblem) -> str:
    """{0} the file, {1} SQLite's or the system's own words."""
    if problem is FileProblem.FULL:
        return tr("Errors", "{0}: the disk is full; nothing was changed. Free some space on the disk and try again")
    if problem is FileProblem.WRITE_PROTECTED:
        return tr("Errors", "{0}: the file cannot be written (the file or its folder is write-protected); "
                            "nothing was changed. Ask for write access, or open the project read-only")
    if problem is FileProblem.DAMAGED:
        return tr("Errors", "{0}: the file is damaged ({1}); nothing was changed. Restore it from a backup "
                            "(a copy NAME.netmap.bak-… beside it, or your own backups)")
    return tr("Errors", "{0}: the file could not be read or written ({1}); nothing was changed. Check the disk "
                        "or the network connection and try again")


class CompactionFailedError(NetMapError):
    """erase-person committed the erasure, but rebuilding the file afterwards (VACUUM) failed: a
    success with a warning, not a failure. `places` are where the person was erased."""

    def __init__(self, location: str, name: str, places: list[str], cause: str) -> None:
        self.location, self.name, self.places, self.cause = location, name, places, cause
        super().__init__(tr("Errors", "{0}: {1!r} was erased and the erased entries were overwritten, but the file "
                                      "could not be rebuilt afterwards ({2}). Nothing else needs to be done; free "
                                      "some space on the disk when you can").format(location, name, cause))


class ReadOnlyError(ProjectError):
    def __init__(self, location: str) -> None:
        self.location = location
        super().__init__(tr("Errors", "{0} is open read-only; changes are not possible").format(location))


class SnapshotNotFoundError(ProjectError):
    def __init__(self, label: str, known: list[str]) -> None:
        self.label = label
        listed = ", ".join(repr(k) for k in known) or tr("Errors", "none")
        super().__init__(tr("Errors", "no snapshot labelled {0!r} (snapshots: {1})").format(label, listed))


class InvalidEditError(ProjectError):
    """An edit breaks a rule of the map (unknown actor, strength out of range, duplicate label)."""


class LocationError(ProjectError):
    """A project location (a path or a `postgresql://…#PROJECT` address) cannot be understood."""

    def __init__(self, location: str, reason: str) -> None:
        self.location = location
        super().__init__(tr("Errors", "{0} is not a valid project location: {1}").format(location, reason))


class ServerUnavailableError(ProjectError):
    """The database server of a team project cannot be reached, or refused what NetMap asked."""

    def __init__(self, location: str, reason: str) -> None:
        self.location, self.reason = location, reason
        super().__init__(tr("Errors", "{0}: the database server cannot be used ({1})").format(location, reason))


class AccessDeniedError(ProjectError):
    """The server refuses this database user what NetMap needs: using a project's schema
    (USAGE), or creating projects in the database (CREATE). Names the grant that would allow it."""

    def __init__(self, location: str, role: str, grant: str, create: bool) -> None:
        self.location, self.role, self.grant = location, role, grant
        if create:
            message = tr("Errors", "{0}: the database user {1} may not create projects in this database; an "
                                   "administrator can allow it with: {2}").format(location, role, grant)
        else:
            message = tr("Errors", "{0}: the database user {1} may not open this project; an administrator can "
                                   "allow it with: {2}").format(location, role, grant)
        super().__init__(message)


class BlockedError(ProjectError):
    """Another session holds the project's edit lock and does not let go (a laptop gone to sleep in
    the middle of an edit): this edit waited a few seconds and gave up; nothing was changed.
    `holders` names who holds it ("user@host"), when the server tells."""

    def __init__(self, location: str, holders: list[str]) -> None:
        self.location, self.holders = location, list(holders)
        if holders:
            message = tr("Errors", "{0}: {1} has an edit open that does not finish, so your edit had to wait; "
                                   "nothing was changed, please try again").format(location, ", ".join(holders))
        else:
            message = tr("Errors", "{0}: another user has an edit open that does not finish, so your edit had to "
                                   "wait; nothing was changed, please try again").format(location)
        super().__init__(message)


class ConflictError(ProjectError):
    """Another user changed (or removed) what this edit was based on; nothing was written.

    `changes` lists what the other user changed as (attribute, their value, your value) where both
    are known; `authors` who changed each of those attributes last (`by` names them all, `at` the
    latest time); `mine` is the refused version and `yours` the attributes the refused edit
    changed (so the user can apply exactly those again), `theirs` what is stored now (None when
    the other user removed it).
    """

    def __init__(self, what: str, name: str, changes: Sequence[tuple[str, object, object]], *,
                 mine: object = None, theirs: object = None, by: str = "", at: str = "",
                 authors: dict[str, str] | None = None, yours: tuple[str, ...] = ()) -> None:
        self.what, self.name, self.changes = what, name, list(changes)
        self.mine, self.theirs, self.by, self.at = mine, theirs, by, at
        self.authors = dict(authors or {})
        self.yours = tuple(yours)
        removed = theirs is None and what != "map"
        detail = "" if removed else "; ".join(tr("Errors", "{0} is now {1}").format(field_word(field), _short(value))
                                              for field, value, _ in changes)
        if mine is None and not removed:
            tail = tr("Errors", "nothing was removed")
        elif self.rebased() is None:
            tail = tr("Errors", "your edit was not saved")
        else:
            tail = tr("Errors", "your edit was not saved and can be applied again")
        main = _conflict_text(removed, bool(by), bool(at), bool(detail)).format(item_word(what), name, by, at, detail)
        self.summary = main  # who changed what, without what becomes of the edit (an undo says its own)
        super().__init__(tr("Errors", "{0}; {1}").format(main, tail))

    def rebased(self) -> object | None:
        """The refused version made to apply over what is stored now ("apply my version"): what is
        stored, with only the attributes the user changed set to the user's values.

        None when there is nothing to apply it over (the other user removed it; the whole map), and
        for a versioned item (actor, tie, cluster) when NetMap does not know which attributes the
        user changed (an edit of a copy read elsewhere): the whole stale copy would overwrite a
        colleague's changes. What carries no version (catalogues, project info) is replaced whole
        or field by field as before."""
        if self.mine is None or self.theirs is None or self.what == "map":
            return None
        versioned = getattr(self.theirs, "version", None) is not None
        replace = getattr(self.theirs, "with_changes", None)
        if self.yours and replace is not None:
            return replace(**{f: getattr(self.mine, f) for f in self.yours})
        if versioned:
            return None  # nothing known to re-apply: only the user's whole copy, which is stale
        return self.mine  # catalogues carry no version: replaced whole, as the user saw them

    def base_unknown(self) -> bool:
        """True when the refused edit was made on a copy of a version this session never read (a
        versioned item, no attribute known as the user's): `changes` then lists where that stale
        copy differs from what is stored, and nothing tells which of those a colleague made."""
        if self.mine is None or self.theirs is None or self.what == "map" or self.yours:
            return False
        return getattr(self.theirs, "version", None) is not None


def item_word(what: str) -> str:
    """The word a user reads for `what` ("actor", "tie", …); code compares `what` itself."""
    words = {"actor": tr("Errors", "actor"), "tie": tr("Errors", "tie"), "cluster": tr("Errors", "cluster"),
             "map": tr("Errors", "map"), "project info": tr("Errors", "project info"),
             "catalogue": tr("Errors", "catalogue")}
    return words.get(what, what)


def field_word(field: str) -> str:
    """The word a user reads for an attribute of an actor, tie, cluster or the project ("stage": "participation
    stage"); unknown ones (custom attributes) as they are."""
    words = {
        "name": tr("Errors", "name"),
        "category": tr("Errors", "category"),
        "district": tr("Errors", "district"),
        "fields": tr("Errors", "fields of action"),
        "stage": tr("Errors", "participation stage"),
        "influence": tr("Errors", "influence"),
        "attitude": tr("Errors", "attitude"),
        "reached": tr("Errors", "reached"),
        "notes": tr("Errors", "notes"),
        "tags": tr("Errors", "tags"),
        "x": tr("Errors", "position"),
        "y": tr("Errors", "position"),
        "contact": tr("Errors", "contact person"),
        "dots": tr("Errors", "dots"),
        "is_key": tr("Errors", "key actor"),
        "extra": tr("Errors", "further attributes"),
        "source": tr("Errors", "from"),
        "target": tr("Errors", "to"),
        "kind": tr("Errors", "kind"),
        "direction": tr("Errors", "direction"),
        "strength": tr("Errors", "strength"),
        "field": tr("Errors", "field of action"),
        "members": tr("Errors", "members"),
        "colour": tr("Errors", "colour"),
        "town": tr("Errors", "town"),
        "topic": tr("Errors", "topic"),
        "facilitator": tr("Errors", "facilitator"),
        "workshop_date": tr("Errors", "workshop date"),
        "language": tr("Errors", "language"),
        "position": tr("Errors", "position"),
    }
    return words.get(field, field)

def _conflict_text(removed: bool, by: bool, at: bool, detail: bool) -> str:
    """The main clause of a ConflictError, one whole clause per case so each translates as a whole:
    {0} what, {1} its name, {2} who changed it, {3} when, {4} what they changed. What became of
    the user's edit follows as a clause of its own."""
    if removed:
        if by and at:
            return tr("Errors", "{0} {1!r} was removed by {2} at {3} while you were editing it")
        if by:
            return tr("Errors", "{0} {1!r} was removed by {2} while you were editing it")
        if at:
            return tr("Errors", "{0} {1!r} was removed by another user at {3} while you were editing it")
        return tr("Errors", "{0} {1!r} was removed by another user while you were editing it")
    if detail:
        if by and at:
            return tr("Errors", "{0} {1!r} was changed by {2} at {3} while you were editing it ({4})")
        if by:
            return tr("Errors", "{0} {1!r} was changed by {2} while you were editing it ({4})")
        if at:
            return tr("Errors", "{0} {1!r} was changed by another user at {3} while you were editing it ({4})")
        return tr("Errors", "{0} {1!r} was changed by another user while you were editing it ({4})")
    if by and at:
        return tr("Errors", "{0} {1!r} was changed by {2} at {3} while you were editing it")
    if by:
        return tr("Errors", "{0} {1!r} was changed by {2} while you were editing it")
    if at:
        return tr("Errors", "{0} {1!r} was changed by another user at {3} while you were editing it")
    return tr("Errors", "{0} {1!r} was changed by another user while you were editing it")


def _short(value: object, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
