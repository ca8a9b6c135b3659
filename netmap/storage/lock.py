"""Tells a second user that a project is already open, and by whom.

A lock file beside the project (`NAME.netmap.lock`, JSON with user, machine, process, time and a
random token) works on local disks and SMB shares alike, where SQLite's own locks say nothing about
*who* holds the file.

Taking the lock is one atomic step: the content is written to a private file first, which is then
hard-linked to the lock's name (a link never replaces an existing name), so nobody ever sees an empty
or half-written lock. Where a share has no hard links, the lock is created exclusively and written at
once; a reader that finds it empty waits for it to be written (`_SETTLE`) before judging it.

A lock left by a crashed process on this machine is taken over. Taking over is serialised by a
second, short-lived file (`NAME.netmap.lock.break`): whoever holds it re-reads the lock and removes it
only if it is still the very lock (token) that was judged stale, so two processes cannot both take
over. A lock from another computer is trusted (its process cannot be checked from here) unless it has
not been renewed for `QUIET_AFTER`; then the app warns and offers to open the project anyway.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from netmap.errors import ProjectLockedError
from netmap.storage.sqlite import storage_error

__all__ = ["QUIET_AFTER", "RENEW_EVERY", "LockOwner", "ProjectLock"]

RENEW_EVERY = 5 * 60.0
"""Seconds between renewals of a held lock (its file's time) by the app."""
QUIET_AFTER = 30 * 60.0
"""A lock of another computer not renewed for this long may be taken over after a warning."""
_SETTLE = 3.0  # seconds a lock file may stay empty while its creator writes it (no hard links)
_BREAK_EXPIRES = 30.0  # a take-over file older than this was left by a crash
_ATTEMPTS = 200


@dataclass(frozen=True)
class LockOwner:
    user: str
    host: str
    pid: int
    since: str
    token: str = ""

    @classmethod
    def me(cls) -> LockOwner:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = "?"
        return cls(user, socket.gethostname(), os.getpid(), datetime.now().isoformat(timespec="seconds"),
                   uuid.uuid4().hex)


class ProjectLock:
    """An acquired lock on one project file; `release()` removes it."""

    def __init__(self, project_path: Path) -> None:
        self.project = project_path
        self.path = project_path.with_name(project_path.name + ".lock")
        self._owner = LockOwner.me()
        self._held = False

    def acquire(self, *, take_over: bool = False) -> None:
        """Take the lock or raise ProjectLockedError naming its holder. `take_over`: replace a lock
        held elsewhere (only after the user was warned that its holder may still be working)."""
        for _ in range(_ATTEMPTS):
            if self._create():
                self._held = True
                return
            seen = self._read_settled()
            if seen is None:
                continue  # released meanwhile: try again
            text, holder = seen
            if take_over or holder is None or self._is_stale(holder):
                self._remove_if_still(text)
                continue
            raise self._locked_error(holder)
        raise self._locked_error(self.holder() or LockOwner("?", "?", 0, "?"))

    def holder(self) -> LockOwner | None:
        """Who holds the lock now, or None when there is no readable lock file."""
        try:
            return _parse(self.path.read_text(encoding="utf-8"))
        except OSError:
            return None

    def renew(self) -> None:
        """Tell other computers that the holder is still there (the lock file's time)."""
        if self._held and (holder := self.holder()) is not None and holder.token == self._owner.token:
            try:
                os.utime(self.path)
            except OSError:
                pass  # the share is away for a moment; the next renewal will do

    def release(self) -> None:
        if self._held:
            holder = self.holder()
            if holder is not None and holder.token == self._owner.token:
                self.path.unlink(missing_ok=True)
            self._held = False

    # -- taking and judging --------------------------------------------------------------

    def _create(self) -> bool:
        """Create the lock with our content in one step; False when a lock exists."""
        content = json.dumps(asdict(self._owner))
        private = self.path.with_name(f".{self.path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}")
        try:
            private.write_text(content, encoding="utf-8")
        except OSError as exc:  # a full disk or a write-protected folder: nobody can edit here
            with contextlib.suppress(OSError):
                private.unlink(missing_ok=True)
            raise storage_error(str(self.project), exc) or exc from exc
        try:
            os.link(private, self.path)
            return True
        except FileExistsError:
            return False
        except OSError:
            return self._create_without_links(content)
        finally:
            private.unlink(missing_ok=True)

    def _create_without_links(self, content: str) -> bool:
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(content)
        return True

    def _read_settled(self) -> tuple[str, LockOwner | None] | None:
        """The lock's text and holder; None if it vanished. An unreadable lock is waited for while it
        is young (its creator may be writing it) and reported with holder None once it is old."""
        while True:
            try:
                text = self.path.read_text(encoding="utf-8")
                age = time.time() - self.path.stat().st_mtime
            except FileNotFoundError:
                return None
            except OSError:
                text, age = "", _SETTLE
            holder = _parse(text)
            if holder is not None or age >= _SETTLE:
                return text, holder
            time.sleep(0.02)

    def _remove_if_still(self, text: str) -> None:
        """Remove the lock if it still is the one read as `text`, holding the take-over file."""
        breaker = self.path.with_name(self.path.name + ".break")
        try:
            fd = os.open(breaker, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            try:
                if time.time() - breaker.stat().st_mtime > _BREAK_EXPIRES:
                    breaker.unlink(missing_ok=True)
            except OSError:
                pass
            time.sleep(0.01)
            return
        os.close(fd)
        try:
            try:
                current = self.path.read_text(encoding="utf-8")
            except FileNotFoundError:
                return
            if current == text:
                self.path.unlink(missing_ok=True)
        finally:
            breaker.unlink(missing_ok=True)

    def _is_stale(self, holder: LockOwner) -> bool:
        if holder.host != self._owner.host or holder.pid == self._owner.pid:
            return False
        try:
            os.kill(holder.pid, 0)
        except ProcessLookupError:
            return True
        except (PermissionError, OSError):
            return False
        return False

    def _locked_error(self, holder: LockOwner) -> ProjectLockedError:
        try:
            quiet = holder.host != self._owner.host and time.time() - self.path.stat().st_mtime > QUIET_AFTER
        except OSError:
            quiet = False
        return ProjectLockedError(str(self.project), holder.user, holder.host, holder.since,
                                  lock_file=str(self.path), quiet=quiet)


def _parse(text: str) -> LockOwner | None:
    try:
        data = json.loads(text)
        return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]),
                         str(data.get("token", "")))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
