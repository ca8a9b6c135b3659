"""Where a project lives: a `*.netmap` file, or a project on a PostgreSQL server (team mode).

Every place that accepts a project (Project.open/create, each command of the command line and,
through them, the app's Open dialog) passes the user's text through `parse_location`, so both
forms are accepted everywhere:

    Musterstadt.netmap                                   a file (SQLite)
    postgresql://USER@HOST:PORT/DB#PROJECT               project PROJECT in database DB

The part after `#` names the project (percent-escapes such as `%20` are decoded). Passwords
belong in libpq's password file (`~/.pgpass`, `%APPDATA%\\postgresql\\pgpass.conf`) or in
PGPASSWORD, not in the address; one given in the address works but is never shown.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from netmap.errors import LocationError
from netmap.i18n import tr

__all__ = [
    "MAX_PROJECT_NAME_BYTES",
    "FileLocation",
    "Location",
    "ServerLocation",
    "is_server_location",
    "parse_location",
]

MAX_PROJECT_NAME_BYTES = 48
"""A project is a PostgreSQL schema, whose names have at most 63 bytes; the rest leaves room for
the names of a project's backup (`NAME.bak-0001`) and of a project being built."""

_SCHEME = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]+)://")
_POSTGRES_SCHEMES = {"postgresql", "postgres", "postgresql+psycopg"}
_RESERVED = {"public", "information_schema"}


@dataclass(frozen=True)
class FileLocation:
    """A project file on a disk or a network share."""

    path: Path

    def __str__(self) -> str:
        return str(self.path)


@dataclass(frozen=True)
class ServerLocation:
    """A project on a PostgreSQL server: one schema named `project` in the database of `url`."""

    url: URL
    project: str

    @property
    def engine_url(self) -> URL:
        """The SQLAlchemy address of the database (driver psycopg 3)."""
        return self.url.set(drivername="postgresql+psycopg")

    def __str__(self) -> str:
        """The address as a user typed it, without a password."""
        shown = self.url._replace(drivername="postgresql", password=None)  # URL is a named tuple
        return f"{shown.render_as_string(hide_password=True)}#{self.project}"

    def sibling(self, project: str) -> ServerLocation:
        """Another project in the same database (a backup, or a project being built)."""
        return ServerLocation(self.url, project)


Location = FileLocation | ServerLocation


def is_server_location(value: str | Path | Location) -> bool:
    """True for a `postgresql://` address (without checking it further)."""
    if isinstance(value, ServerLocation):
        return True
    if isinstance(value, (FileLocation, Path)):
        return False
    match = _SCHEME.match(value)
    return match is not None and match["scheme"].lower() in _POSTGRES_SCHEMES


def parse_location(value: str | Path | Location) -> Location:
    """Turn what a user typed (or a Path) into a location; raises LocationError when it is neither a
    path nor a usable `postgresql://…#PROJECT` address."""
    if isinstance(value, (FileLocation, ServerLocation)):
        return value
    if isinstance(value, Path):
        return FileLocation(value)
    text = value.strip()
    match = _SCHEME.match(text)
    if match is None:
        if not text:
            raise LocationError(repr(value), tr("Errors", "it is empty"))
        return FileLocation(Path(value))
    if match["scheme"].lower() not in _POSTGRES_SCHEMES:
        raise LocationError(_without_password(text),
                            tr("Errors", "{0}:// is not supported; use a .netmap file or "
                                         "postgresql://USER@HOST:PORT/DATABASE#PROJECT").format(match["scheme"]))
    address, _, fragment = text.partition("#")
    try:
        url = make_url(address)
    except (ArgumentError, ValueError) as exc:
        raise LocationError(_without_password(text),
                            tr("Errors", "the address cannot be read ({0})").format(exc)) from None
    if not url.database:
        raise LocationError(_without_password(text), tr("Errors", "the database name is missing "
                                                                  "(postgresql://USER@HOST:PORT/DATABASE#PROJECT)"))
    project = check_project_name(unquote(fragment), _without_password(text))
    return ServerLocation(url, project)


def check_project_name(name: str, where: str) -> str:
    """The project name after `#`, checked: it becomes the name of a PostgreSQL schema."""
    name = unicodedata.normalize("NFC", name.strip())
    if not name:
        raise LocationError(where, tr("Errors", "the project name after '#' is missing"))
    if len(name.encode("utf-8")) > MAX_PROJECT_NAME_BYTES:
        raise LocationError(where, tr("Errors", "the project name is longer than {0} bytes")
                            .format(MAX_PROJECT_NAME_BYTES))
    if any(unicodedata.category(c).startswith("C") for c in name):
        raise LocationError(where, tr("Errors", "the project name contains a control character"))
    if name.lower() in _RESERVED or name.lower().startswith("pg_") or name.startswith("."):
        raise LocationError(where, tr("Errors", "{0!r} cannot be a project name (reserved by PostgreSQL or NetMap)")
                            .format(name))
    return name


def _without_password(text: str) -> str:
    return re.sub(r"(://[^:/@#]*):[^@/#]*@", r"\1:***@", text)
