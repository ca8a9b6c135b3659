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
