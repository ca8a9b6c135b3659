"""The one exception hierarchy of NetMap's core.

Each error says in one line what went wrong and where; the CLI prints it, the UI shows it.
"""

from __future__ import annotations


class NetMapError(Exception):
    """Base of every error NetMap reports to a user."""


class ProjectError(NetMapError):
    """A project cannot be opened or changed as asked."""


class NotAProjectError(ProjectError):
    def __init__(self, location: str, reason: str = "") -> None:
        self.location = location
        detail = f": {reason}" if reason else ""
        super().__init__(f"{location} is not a NetMap project{detail}")


class SchemaTooNewError(ProjectError):
    def __init__(self, location: str, found: str, supported: str) -> None:
        self.location, self.found, self.supported = location, found, supported
        super().__init__(
            f"{location} was saved by a newer version of NetMap (schema {found}; this version knows up to "
            f"{supported}). Please update NetMap to open it."
        )


class ProjectLockedError(ProjectError):
    def __init__(self, location: str, user: str, host: str, since: str) -> None:
        self.location, self.user, self.host, self.since = location, user, host, since
        super().__init__(
            f"{location} is already open by {user} on {host} (since {since}); it can be opened read-only"
        )


class ReadOnlyError(ProjectError):
    def __init__(self, location: str) -> None:
        self.location = location
        super().__init__(f"{location} is open read-only; changes are not possible")


class SnapshotNotFoundError(ProjectError):
    def __init__(self, label: str, known: list[str]) -> None:
        self.label = label
        listed = ", ".join(repr(k) for k in known) or "none"
        super().__init__(f"no snapshot labelled {label!r} (snapshots: {listed})")


class InvalidEditError(ProjectError):
    """An edit breaks a rule of the map (unknown actor, strength out of range, duplicate label)."""


class LocationError(ProjectError):
    """A project location (a path or a `postgresql://…#PROJECT` address) cannot be understood."""

    def __init__(self, location: str, reason: str) -> None:
        self.location = location
        super().__init__(f"{location} is not a valid project location: {reason}")


class ServerUnavailableError(ProjectError):
    """The database server of a team project cannot be reached, or refused what NetMap asked."""

    def __init__(self, location: str, reason: str) -> None:
        self.location, self.reason = location, reason
        super().__init__(f"{location}: the database server cannot be used ({reason})")


class ConflictError(ProjectError):
    """Another user changed (or removed) what this edit was based on; nothing was written.

    `changes` lists what the other user changed as (attribute, their value, your value) where both
    are known; `mine` is the refused version (so the user can look at it and apply it again),
    `theirs` what is stored now (None when the other user removed it).
    """

    def __init__(self, what: str, name: str, changes: list[tuple[str, object, object]], *,
                 mine: object = None, theirs: object = None, by: str = "", at: str = "") -> None:
        self.what, self.name, self.changes = what, name, changes
        self.mine, self.theirs, self.by, self.at = mine, theirs, by, at
        who = f" by {by}" if by else " by another user"
        when = f" at {at}" if at else ""
        if theirs is None and what != "map":
            event, detail = "removed", ""
        else:
            event = "changed"
            detail = "; ".join(f"{field} is now {_short(value)}" for field, value, _ in changes)
        detail = f" ({detail})" if detail else ""
        super().__init__(f"{what} {name!r} was {event}{who}{when} while you were editing it{detail}; "
                         f"your edit was not saved and can be applied again")

    def rebased(self) -> object | None:
        """The refused version made to apply over what is stored now ("keep mine after all"), or
        None when there is nothing to apply it over (the other user removed it; the whole map)."""
        if self.mine is None or self.theirs is None or self.what == "map":
            return None
        version = getattr(self.theirs, "version", None)
        replace = getattr(self.mine, "with_changes", None)
        if version is None or replace is None:
            return self.mine  # project info and catalogues carry no version
        return replace(version=version)


def _short(value: object, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
