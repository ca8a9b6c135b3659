"""Tells a second user that a project is already open, and by whom.

A lock file beside the project (`NAME.netmap.lock`, JSON with user, machine, process and time)
works on local disks and SMB shares alike, where SQLite's own locks say nothing about *who*
holds the file. A lock left by a crashed process on this machine is taken over; one from
another machine is trusted, since its process cannot be checked from here.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from netmap.errors import ProjectLockedError

__all__ = ["LockOwner", "ProjectLock"]


@dataclass(frozen=True)
class LockOwner:
    user: str
    host: str
    pid: int
    since: str

    @classmethod
    def me(cls) -> LockOwner:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = "?"
        return cls(user, socket.gethostname(), os.getpid(), datetime.now().isoformat(timespec="seconds"))


class ProjectLock:
    """An acquired lock on one project file; `release()` removes it."""

    def __init__(self, project_path: Path) -> None:
        self.path = project_path.with_name(project_path.name + ".lock")
        self._owner = LockOwner.me()
        self._held = False

    def acquire(self) -> None:
        """Take the lock or raise ProjectLockedError naming its holder."""
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = self.holder()
                if holder is not None and not self._is_stale(holder):
                    raise ProjectLockedError(str(self.path.with_suffix("")), holder.user, holder.host, holder.since)
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(self._owner.__dict__, f)
            self._held = True
            return
        holder = self.holder() or LockOwner("?", "?", 0, "?")
        raise ProjectLockedError(str(self.path.with_suffix("")), holder.user, holder.host, holder.since)

    def holder(self) -> LockOwner | None:
        """Who holds the lock now, or None when there is no readable lock file."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def release(self) -> None:
        if self._held:
            holder = self.holder()
            if holder is not None and holder.pid == self._owner.pid and holder.host == self._owner.host:
                self.path.unlink(missing_ok=True)
            self._held = False

    def _is_stale(self, holder: LockOwner) -> bool:
        if holder.host != self._owner.host:
            return False
        if holder.pid == self._owner.pid:
            return False
        try:
            os.kill(holder.pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False
